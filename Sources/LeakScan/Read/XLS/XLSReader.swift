/// Reads a legacy Excel workbook (`.xls`: BIFF8, as Excel 97–2003, WPS and LibreOffice write
/// it) from its OLE compound file. The workbook globals, first in the "Workbook" stream, name
/// the sheets (with their hidden state and where each starts) and hold the shared strings; then
/// each worksheet's records follow, and their cells go to `SheetCells` in order, row by row, as
/// a `.xlsx` sheet's do. Text cells, numbers (RK, MULRK, NUMBER) and formulas' cached results
/// are scanned, each sheet's cell comments after its cells (`SheetComments`), then the document
/// properties (`OLEProperties`); charts are not read.
enum XLSReader {
    /// Record types (MS-XLS 2.3).
    private enum Record {
        static let bof = 0x0809, eof = 0x000A, filePass = 0x002F, boundSheet = 0x0085
        static let sst = 0x00FC, continuation = 0x003C
        static let row = 0x0208, columnInfo = 0x007D
        static let labelSST = 0x00FD, label = 0x0204, richString = 0x00D6
        static let number = 0x0203, rk = 0x027E, multipleRK = 0x00BD, formula = 0x0006, string = 0x0207
        static let object = 0x005D, textObject = 0x01B6, note = 0x001C
    }

    /// The `BOF` substream type of a worksheet.
    private static let worksheetSubstream = 0x0010
    private static let biff8 = 0x0600

    static func scan<S: FindingSink>(_ file: CompoundFileDirectory, engine: DetectionEngine, sink: inout S) throws {
        guard let stream = try file.stream(named: .workbook) else {
            throw corrupt("no Workbook stream")
        }
        let records = BIFFRecords(stream)
        guard try records.next(), records.type == Record.bof else {
            throw corrupt("the Workbook stream does not start with a BOF record")
        }
        guard records.body.u16(0) == biff8 else {
            throw ScanError(.unsupported("Excel 5.0/95 workbook (BIFF5): not supported; save it as .xlsx to scan it"))
        }
        let (sheets, strings) = try readGlobals(records)
        var substreamsLeft = sheets.count
        try withUnsafeMutablePointer(to: &sink) { sink in
            // Writers pad the stream after the last substream (xlwt to 4096 bytes, with zeros).
            while substreamsLeft > 0, try records.next() {
                guard records.type == Record.bof else { continue }
                substreamsLeft -= 1
                let sheet = sheets.first { $0.offset == records.offset }
                if records.body.u16(2) == worksheetSubstream, let sheet {
                    try scanSheet(records, SheetContext(name: sheet.name, isHidden: sheet.isHidden), strings: strings,
                                  engine: engine, sink: sink)
                } else {
                    try skipSubstream(records)
                }
            }
            if substreamsLeft > 0 { throw corrupt("the Workbook stream ends before its last \(substreamsLeft) sheet(s)") }
            try OLEProperties.scan(file, engine: engine, sink: sink)
        }
    }

    /// A sheet as the globals list it (`BoundSheet8`).
    private struct SheetEntry {
        var offset: Int
        var name: String
        var isHidden: Bool
    }

    /// The sheets and the shared strings, up to the globals' EOF.
    private static func readGlobals(_ records: BIFFRecords) throws -> ([SheetEntry], SharedStrings) {
        var sheets: [SheetEntry] = []
        let sst = SSTReader(limit: XLSXReader.sharedStringsLimit)
        var inSST = false
        while try records.next() {
            let body = records.body
            switch records.type {
            case Record.filePass:
                throw ScanError(.unsupported("encrypted workbook: cannot be scanned (remove the password, or scan it before it is encrypted)"))
            case Record.boundSheet:
                // Stream offset of the sheet's BOF, hidden state (0 visible, 1 hidden, 2 very hidden), name.
                sheets.append(SheetEntry(offset: Int(body.u32(0)), name: String(decoding: BIFFText.string(body, at: 6, shortLength: true), as: UTF8.self),
                                         isHidden: body.u8(4) & 3 != 0))
            case Record.sst:
                try sst.add(body, first: true)
                inSST = true
                continue
            case Record.continuation where inSST:
                try sst.add(body, first: false)
                continue
            case Record.eof:
                try sst.finish()
                return (sheets, sst.strings)
            default:
                break
            }
            if inSST { try sst.finish() }
            inSST = false
        }
        throw corrupt("the workbook globals have no end")
    }

    /// One worksheet's cells, to its EOF; a chart's substream inside it is passed over.
    private static func scanSheet<S: FindingSink>(_ records: BIFFRecords, _ context: SheetContext, strings: SharedStrings,
                                                  engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws {
        let cells = SheetCells(sheet: context, engine: engine, sink: sink)
        var row = -1
        var hiddenRows = Set<Int>()
        var formulaWithText: (row: Int, column: Int)?
        /// Makes the cell at 0-based `r`, `c` current, ending the row before it.
        func at(_ r: Int, _ c: Int) {
            if r != row {
                if row >= 0 { cells.endRow() }
                row = r
                cells.rowHidden = hiddenRows.contains(r)
            }
            cells.cell = CellReference(column: c + 1, row: r + 1)
        }
        func number(_ value: Double) {
            BIFFNumber.text(value).withUnsafeBufferPointer { cells.number($0) }
        }
        defer { if row >= 0 { cells.endRow() } }
        var comments = SheetComments()
        var depth = 1
        while try records.next() {
            let body = records.body
            if records.type != Record.continuation { comments.endText() }
            switch records.type {
            case Record.bof:
                depth += 1
            case Record.eof:
                depth -= 1
                if depth == 0 {
                    if row >= 0 { cells.endRow() }
                    row = -1
                    if let error = cells.finish() { throw error }
                    if comments.dropped { throw PendingComments.overflow(in: context) }
                    return
                }
            case _ where depth > 1:
                break
            case Record.object:
                comments.object(body)
            case Record.textObject:
                comments.beginText(body)
            case Record.continuation:
                comments.continueText(body)
            case Record.note:
                comments.note(body, to: cells)
            case Record.row:
                // Flag 0x20 (fDyZero): the row is hidden.
                if body.u16(12) & 0x20 != 0 { hiddenRows.insert(body.u16(0)) }
            case Record.columnInfo:
                if body.u16(8) & 1 != 0 { cells.hideColumns(body.u16(0) + 1, body.u16(2) + 1) }
            case Record.labelSST:
                at(body.u16(0), body.u16(2))
                if let text = strings.string(Int(body.u32(6))) { cells.text(text) }
            case Record.label, Record.richString:
                at(body.u16(0), body.u16(2))
                BIFFText.string(body, at: 6).withUnsafeBufferPointer { cells.text($0) }
            case Record.number:
                at(body.u16(0), body.u16(2))
                number(body.f64(6))
            case Record.rk:
                at(body.u16(0), body.u16(2))
                number(BIFFNumber.rk(body.u32(6)))
            case Record.multipleRK:
                // Row, first column, then 6 bytes a cell (format, RK), then the last column.
                let first = body.u16(2)
                for k in 0..<max(0, (body.count - 6) / 6) {
                    at(body.u16(0), first + k)
                    number(BIFFNumber.rk(body.u32(4 + 6 * k + 2)))
                }
            case Record.formula:
                // The cached result: a double, or (top bytes 0xFFFF) a tag; tag 0 is text, in the
                // STRING record that follows.
                if body.u16(12) == 0xFFFF {
                    formulaWithText = body.u8(6) == 0 ? (body.u16(0), body.u16(2)) : nil
                } else {
                    at(body.u16(0), body.u16(2))
                    number(body.f64(6))
                }
            case Record.string:
                if let cell = formulaWithText {
                    at(cell.row, cell.column)
                    BIFFText.string(body, at: 0).withUnsafeBufferPointer { cells.text($0) }
                }
                formulaWithText = nil
            default:
                break
            }
        }
        throw corrupt("sheet \(context.name) has no end")
    }

    /// Passes over a substream that is not a worksheet (a chart sheet, a macro sheet), with any
    /// substreams nested in it.
    private static func skipSubstream(_ records: BIFFRecords) throws {
        var depth = 1
        while try records.next() {
            if records.type == Record.bof { depth += 1 }
            if records.type == Record.eof { depth -= 1; if depth == 0 { return } }
        }
    }

    static func corrupt(_ what: String) -> ScanError {
        ScanError(.other("corrupt .xls workbook: \(what)"))
    }
}
