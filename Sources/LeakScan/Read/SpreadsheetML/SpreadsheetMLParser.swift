/// The SAX handler of `SpreadsheetMLReader`. Each `Worksheet` (named by `ss:Name`) holds a
/// `Table` of `Row`s of `Cell`s: `ss:Index` on a row or cell skips to that row or column,
/// `ss:MergeAcross` makes a cell span columns, `ss:Hidden` hides a row or a `Column`. A cell's
/// value is its `Data`: `ss:Type="Number"` is a number cell as Excel wrote it
/// (`3.70102201001185E+017`), any other type text (rich text's formatting elements inside it are
/// joined). The cells go to `SheetCells` as a workbook's do; a cell's `Comment` is scanned at
/// its cell after the sheet's cells, as an `.xlsx` sheet's comments are; the
/// `DocumentProperties` (author, last author, company …) first. A sheet hidden by its
/// `WorksheetOptions`, which come after its cells, is not flagged hidden.
final class SpreadsheetMLParser<S: FindingSink>: XMLContentHandler {
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private var cells: SheetCells<S>?
    private var row = 0
    private var column = 0
    private var rowOpen = false
    private var isNumber = false
    /// Inside a cell's `Data` (its value) or a `Comment`'s.
    private var inData = false
    private var inComment = false
    private let text = CellTextBuffer()
    private var commentAuthor: [UInt8] = []
    /// Inside `DocumentProperties`: its parser, handed the events until it ends.
    private var properties: DocumentPropertiesParser<S>?
    private(set) var overflowed = false
    /// The first sheet's error for what was not scanned (`SheetCells.finish`).
    private(set) var sheetError: ScanError?

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.engine = engine
        self.sink = sink
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if let properties {
            properties.startElement(name, attributes)
        } else if name.is("Data") {
            inData = true
            if !inComment {
                text.clear()
                isNumber = attributes.value("Type").map { String(decoding: $0, as: UTF8.self) == "Number" } ?? false
            }
        } else if name.is("Cell") {
            column = attributes.value("Index").flatMap(XMLAttributes.integer) ?? column + 1
            cells?.cell = CellReference(column: column, row: row)
            if let across = attributes.value("MergeAcross").flatMap(XMLAttributes.integer) { column += min(across, CellReference.maximumColumn) }
        } else if name.is("Row") {
            endRow()
            row = attributes.value("Index").flatMap(XMLAttributes.integer) ?? row + 1
            column = 0
            rowOpen = true
            cells?.rowHidden = attributes.flag("Hidden")
        } else if name.is("Column") {
            column = attributes.value("Index").flatMap(XMLAttributes.integer) ?? column + 1
            let last = column + (attributes.value("Span").flatMap(XMLAttributes.integer) ?? 0)
            if attributes.flag("Hidden") { cells?.hideColumns(column, last) }
            column = min(last, CellReference.maximumColumn)
        } else if name.is("Comment") {
            inComment = true
            commentAuthor = attributes.value("Author").map(Array.init) ?? []
            text.clear()
        } else if name.is("Table") {
            row = 0
            column = 0
        } else if name.is("Worksheet") {
            cells = SheetCells(sheet: SheetContext(name: attributes.string("Name") ?? "", isHidden: false), engine: engine, sink: sink)
            row = 0
        } else if name.is("DocumentProperties") {
            // Its children are the properties: the first depth the parser sees.
            properties = DocumentPropertiesParser(engine: engine, sink: sink, propertyDepth: 1)
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("DocumentProperties") {
            properties = nil
        } else if let properties {
            properties.endElement(name)
        } else if name.is("Data") {
            inData = false
            guard !inComment, let cells else { return }
            overflowed = overflowed || text.overflowed
            text.withBytes { isNumber ? cells.number($0) : cells.text($0) }
            text.clear()
        } else if name.is("Comment") {
            inComment = false
            overflowed = overflowed || text.overflowed
            cells?.comment(text.withBytes { Array($0) }, author: commentAuthor)
            text.clear()
        } else if name.is("Table") {
            endRow()
        } else if name.is("Worksheet") {
            endRow()
            sheetError = sheetError ?? cells?.finish()
            cells = nil
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let properties {
            properties.characters(bytes)
        } else if inData {
            text.append(bytes)
        }
    }

    /// The document has ended: a memory guard that cut text is reported.
    func finish() throws {
        if let sheetError { throw sheetError }
        if overflowed {
            throw ScanError(.other("a cell or comment of more than \(CellTextBuffer.limit >> 20) MiB of text: only its start was scanned (memory guard)"))
        }
    }

    private func endRow() {
        if rowOpen { cells?.endRow() }
        rowOpen = false
    }
}
