/// Hands a worksheet's cells to the detection engine, whatever the workbook's format (the XML of
/// `.xlsx`, the records of a legacy `.xls`): each cell a piece with its column, the header row
/// found as the cells stream past (`HeaderRowFinder`), a number scanned as its digits read
/// (`NumericCellText`), and a cell in a hidden sheet, row or column flagged hidden. The reader
/// says where each cell is, then gives its text or number, and says where a row ends; comments
/// that sit among the cells wait for the sheet's end (`PendingComments`, `finish`).
final class SheetCells<S: FindingSink> {
    private let sheet: SheetContext
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private var layout = TableLayout(limit: CellReference.maximumColumn)
    private var hiddenColumns: [Bool] = []
    private let expanded = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: NumericCellText.maximumDigits)

    /// Some cell lay beyond Excel's last column and was not scanned (`finish` reports it).
    private var beyondLastColumn = false
    private var comments = PendingComments()
    /// The cell the next value belongs to, and whether its row is hidden.
    var cell = CellReference(column: 0, row: 0)
    var rowHidden = false

    init(sheet: SheetContext, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.sheet = sheet
        self.engine = engine
        self.sink = sink
        // Each sheet is a document of its own: a sheet read ahead on another engine finds the
        // same values as one read in turn.
        engine.beginDocument()
        scanName()
    }

    /// The sheet's own name, read as a file's is (`FileNameReader`): a workbook of forms, one a
    /// sheet, names each tab after its pupil (毛铭泽), and the name leaks whatever the cells hold.
    private func scanName() {
        let name = Array(sheet.name.utf8)
        guard !name.isEmpty else { return }
        name.withUnsafeBufferPointer { window in
            var locator = FixedLocator(location: Location(sheet: sheet.name, hidden: sheet.isHidden))
            engine.scan(Piece(window: window, scan: 0..<window.count, columnReference: nil, hints: .ownName), locator: &locator, sink: &sink.pointee)
        }
    }

    deinit { expanded.deallocate() }

    /// Scans the current cell's text.
    func text(_ value: UnsafeBufferPointer<UInt8>) {
        scan(value, isNumber: false, sourceLength: nil)
    }

    /// Scans the current cell's number as stored (`4.10105200803121E+17`): the exponent form is
    /// written out in digits, and a finding then spans the whole stored value.
    func number(_ stored: UnsafeBufferPointer<UInt8>) {
        if let written = NumericCellText.expandFloatForm(stored, into: expanded) {
            scan(UnsafeBufferPointer(rebasing: expanded[0..<written.length]), isNumber: true,
                 isApproximate: written.isPadded, sourceLength: stored.count)
        } else {
            scan(stored, isNumber: true, sourceLength: nil)
        }
    }

    /// Hands the row's findings on (with its `record`, if it is one); a row that holds
    /// personal data is a row of the table, never its header.
    func endRow() {
        scanBoxedValue(rowEnding: true)
        layout.endRow(holdsData: engine.finishRecord(sink: &sink.pointee), engine: engine)
    }

    /// An ID typed a character a cell along the row (`DigitBoxes`), located at its first box.
    private func scanBoxedValue(rowEnding: Bool = false) {
        let (sheet, row, hidden) = (sheet.name, cell.row, sheet.isHidden || rowHidden)
        layout.scanBoxedValue(rowEnding: rowEnding, engine: engine, sink: &sink.pointee) { column, _ in
            CellLocator(sheet: sheet, cell: CellReference(column: column, row: row), hidden: hidden, sourceLength: nil)
        }
    }

    /// Scans the sheet's page header or footer (its codes taken out, `PageMarginText`) as a
    /// letterhead: the school's landline there is its own, a class teacher's mobile theirs.
    func pageMargin(_ coded: [UInt8]) {
        let text = PageMarginText.plain(coded)
        text.withUnsafeBufferPointer { bytes in
            var locator = FixedLocator(location: Location(sheet: sheet.name, field: "page header or footer", hidden: sheet.isHidden))
            engine.scan(Piece(window: bytes, scan: 0..<bytes.count, columnReference: nil, hints: .letterhead), locator: &locator,
                        sink: &sink.pointee)
        }
        engine.finishRecord(sink: &sink.pointee)
    }

    /// A data validation's list of choices (`"王芳,李娜,张伟"`: a dropdown a template fills a name's
    /// or a pupil's cells from, which no cell shows): each choice read as a cell of a column of
    /// its own, hidden, a record of its own; a list taken from cells (`$A$2:$A$40`) is theirs.
    func validationList(_ formula: [UInt8]) {
        guard formula.count > 2, formula.first == UInt8(ascii: "\""), formula.last == UInt8(ascii: "\"") else { return }
        let column = Column(number: 0, header: nil)
        let location = Location(sheet: sheet.name, field: "data validation list", hidden: true)
        for choice in formula.dropFirst().dropLast().split(separator: UInt8(ascii: ",")) {
            Array(choice).withUnsafeBufferPointer { bytes in
                var locator = FixedLocator(location: location)
                engine.scan(Piece(window: bytes, scan: 0..<bytes.count, columnReference: Unmanaged.passUnretained(column)),
                            locator: &locator, sink: &sink.pointee)
            }
            engine.finishRecord(sink: &sink.pointee)
        }
        withExtendedLifetime(column) {}
    }

    /// Keeps a comment on `cell` (the current cell when nil) and its author's name; it is
    /// scanned when the sheet ends.
    func comment(_ text: [UInt8], at cell: CellReference? = nil, author: [UInt8] = []) {
        comments.keep(text, at: cell ?? self.cell, author: author)
    }

    /// The sheet's cells are all read: its comments are scanned. Returns the error for what was
    /// not scanned (cells beyond Excel's last column, comments past the memory guard), if any.
    func finish() -> ScanError? {
        comments.scan(sheet, engine: engine, sink: sink)
        if beyondLastColumn {
            return ScanError(.other("sheet \(sheet.name) has cells beyond Excel's last column (XFD): they were not scanned"))
        }
        if comments.overflowed { return PendingComments.overflow(in: sheet) }
        return nil
    }

    /// Columns `low...high` (1-based) are hidden.
    func hideColumns(_ low: Int, _ high: Int) {
        let last = min(high, CellReference.maximumColumn)
        guard low >= 1, low <= last else { return }
        if hiddenColumns.count <= last { hiddenColumns.append(contentsOf: repeatElement(false, count: last + 1 - hiddenColumns.count)) }
        for k in low...last { hiddenColumns[k] = true }
    }

    /// Where a value of the cell `reference` is: its row's hidden flag known only while the
    /// row is read (a hyperlink comes after the cells).
    func location(of reference: CellReference) -> Location {
        Location(sheet: sheet.name, cell: reference.name, hidden: isHidden(reference))
    }

    private func isHidden(_ reference: CellReference) -> Bool {
        sheet.isHidden || reference.row == cell.row && rowHidden
            || reference.column < hiddenColumns.count && hiddenColumns[reference.column]
    }

    private func scan(_ value: UnsafeBufferPointer<UInt8>, isNumber: Bool, isApproximate: Bool = false, sourceLength: Int?) {
        guard !value.isEmpty else { return }
        // No sheet has a column past Excel's last (XFD); a file that claims one (a hostile
        // `ss:Index`, cells counted on without end) would make the column table grow without bound.
        guard cell.column >= 1, cell.column <= CellReference.maximumColumn else {
            beyondLastColumn = true
            return
        }
        let column = layout.column(for: cell.column, value: value, isText: !isNumber, engine: engine)
        var locator = CellLocator(sheet: sheet.name, cell: cell, hidden: isHidden(cell), sourceLength: sourceLength)
        engine.scan(Piece(window: value, scan: 0..<value.count, columnReference: column, isNumber: isNumber,
                          isApproximate: isApproximate, hints: layout.cellHints),
                    locator: &locator, sink: &sink.pointee)
        scanBoxedValue()
    }
}
