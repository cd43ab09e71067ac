/// Streams one worksheet's cells to the detection engine, each as a piece with its column.
///
/// Cell values: `t="s"` is an index into the shared strings; `t="inlineStr"` holds `<is><t>`;
/// `t="str"` is a formula's cached text; numbers (no `t`, or `t="n"`) are scanned as written
/// in `<v>`, with the exponent form written out (see `NumericCellText`); formulas are scanned by
/// their cached value, never their formula text; booleans and errors are skipped. Cells or
/// rows without an `r` attribute follow the previous one, as Excel reads them.
final class WorksheetParser<S: FindingSink>: XMLContentHandler {
    private let sheet: SheetContext
    private let strings: SharedStrings
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private var header = HeaderRowFinder()
    private var columns = TableColumns()
    private var hiddenColumns: [Bool] = []

    private var row = 0
    private var rowHidden = false
    private var cell = CellReference(column: 0, row: 0)
    private var cellType = CellType.number
    private var collecting = false
    private var inInlineString = false
    private var phoneticDepth = 0
    private let text = CellTextBuffer()
    private let expanded = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: NumericCellText.maximumDigits)

    init(sheet: SheetContext, strings: SharedStrings, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.sheet = sheet
        self.strings = strings
        self.engine = engine
        self.sink = sink
        // Each sheet is a document of its own: a sheet read ahead on another engine finds the
        // same values as one read in turn.
        engine.beginDocument()
    }

    deinit { expanded.deallocate() }

    /// Some cell was longer than `CellTextBuffer.limit` and was cut (the reader reports it).
    var textOverflowed: Bool { text.overflowed }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        switch name.bytes[0] {
        case UInt8(ascii: "c") where name.is("c"):
            if let r = attributes.value("r"), let reference = CellReference(r) {
                cell = reference
            } else {
                cell = CellReference(column: cell.column + 1, row: row)
            }
            cellType = CellType(attributes.value("t"))
            text.clear()
        case UInt8(ascii: "v") where name.is("v"):
            collecting = cellType.hasValue
        case UInt8(ascii: "t") where name.is("t"):
            collecting = inInlineString && phoneticDepth == 0
        case UInt8(ascii: "r") where name.is("row"):
            endRow()
            if let r = attributes.value("r"), let number = XMLAttributes.integer(r) { row = number } else { row += 1 }
            rowHidden = attributes.flag("hidden")
            cell = CellReference(column: 0, row: row)
        case UInt8(ascii: "r") where name.is("rPh"):
            phoneticDepth += 1
        case UInt8(ascii: "i") where name.is("is"):
            inInlineString = true
        case UInt8(ascii: "c") where name.is("col"):
            markHiddenColumns(attributes)
        default:
            break
        }
    }

    override func endElement(_ name: XMLName) {
        switch name.bytes[0] {
        case UInt8(ascii: "v") where name.is("v"), UInt8(ascii: "t") where name.is("t"):
            collecting = false
        case UInt8(ascii: "c") where name.is("c"):
            finishCell()
        case UInt8(ascii: "r") where name.is("rPh"):
            phoneticDepth -= 1
        case UInt8(ascii: "i") where name.is("is"):
            inInlineString = false
        default:
            break
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting { text.append(bytes) }
    }

    /// The sheet has ended.
    func finish() { endRow() }

    /// Hands the row's findings on (with its `record`, if it is one); a row that holds
    /// personal data is a row of the table, never its header.
    private func endRow() {
        let found = engine.finishRecord(sink: &sink.pointee)
        header.endRow(holdsData: found > 0, isLabel: engine.isColumnLabel)
        if let settled = header.takeSettled() { columns.name(settled, limit: CellReference.maximumColumn) }
    }

    private func finishCell() {
        collecting = false
        guard !text.isEmpty else { return }
        switch cellType {
        case .sharedString:
            guard let index = text.withBytes(XMLAttributes.integer), let value = strings.string(index) else { return }
            scan(value, isNumber: false, sourceLength: nil)
        case .text:
            text.withBytes { scan($0, isNumber: false, sourceLength: nil) }
        case .number:
            text.withBytes { raw in
                if let written = NumericCellText.expandExponent(raw, into: expanded) {
                    scan(UnsafeBufferPointer(rebasing: expanded[0..<written.length]), isNumber: true,
                         isApproximate: written.isPadded, sourceLength: raw.count)
                } else {
                    scan(raw, isNumber: true, sourceLength: nil)
                }
            }
        case .skipped:
            break
        }
    }

    /// `sourceLength`: the cell's stored text was rewritten (exponent form); a finding then spans
    /// the whole stored value.
    private func scan(_ value: UnsafeBufferPointer<UInt8>, isNumber: Bool, isApproximate: Bool = false, sourceLength: Int?) {
        guard !value.isEmpty else { return }
        if header.wantsCells { header.note(column: cell.column, value: value, isText: !isNumber) }
        let column = columns.reference(cell.column)
        let hidden = sheet.isHidden || rowHidden || (cell.column < hiddenColumns.count && hiddenColumns[cell.column])
        var locator = CellLocator(sheet: sheet.name, cell: cell, hidden: hidden, sourceLength: sourceLength)
        engine.scan(Piece(window: value, scan: 0..<value.count, columnReference: column, isNumber: isNumber,
                          isApproximate: isApproximate),
                    locator: &locator, sink: &sink.pointee)
    }

    private func markHiddenColumns(_ attributes: XMLAttributes) {
        guard attributes.flag("hidden"),
              let low = attributes.value("min").flatMap(XMLAttributes.integer),
              let high = attributes.value("max").flatMap(XMLAttributes.integer) else { return }
        let last = min(high, CellReference.maximumColumn)
        guard low >= 1, low <= last else { return }
        if hiddenColumns.count <= last { hiddenColumns.append(contentsOf: repeatElement(false, count: last + 1 - hiddenColumns.count)) }
        for k in low...last { hiddenColumns[k] = true }
    }
}

/// What a worksheet's findings say about where they are.
struct SheetContext {
    var name: String
    var isHidden: Bool
}

/// How a cell stores its value (`t` attribute).
enum CellType {
    case sharedString, text, number, skipped

    init(_ t: UnsafeBufferPointer<UInt8>?) {
        guard let t, let first = t.first else { self = .number; return }
        switch first {
        case UInt8(ascii: "s"): self = t.count == 1 ? .sharedString : .text   // "s" or "str"
        case UInt8(ascii: "i"), UInt8(ascii: "d"): self = .text                // "inlineStr", ISO "d"ate
        case UInt8(ascii: "n"): self = .number
        default: self = .skipped                                                // "b"oolean, "e"rror
        }
    }

    /// Whether `<v>` holds something worth scanning.
    var hasValue: Bool { self != .skipped }
}

/// Locates a finding in a cell: sheet, cell reference, hidden flag; byte offsets are within the
/// cell's text (a workbook is rewritten cell by cell, not byte by byte).
struct CellLocator: PieceLocator {
    let sheet: String
    let cell: CellReference
    let hidden: Bool
    let sourceLength: Int?

    func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        (Location(sheet: sheet, cell: cell.name, hidden: hidden), sourceLength.map { 0..<$0 } ?? range)
    }
}
