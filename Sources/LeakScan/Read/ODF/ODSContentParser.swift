/// The SAX handler of an OpenDocument spreadsheet's `content.xml`. Each `table:table` is a sheet
/// (hidden when its table style, among the automatic styles before the body, says
/// `table:display="false"`). Rows and cells may repeat (`number-rows-repeated`,
/// `number-columns-repeated`: a repeated cell is scanned once, and takes its columns); a
/// `covered-table-cell` (under a merged cell) takes its column; rows and columns with a
/// `table:visibility` other than `visible` are hidden. A `float`, `percentage` or `currency`
/// cell is a number cell, its `office:value` as written (`4.30104201608218E+017`); any other
/// cell is its paragraphs' text. A cell's `office:annotation` is scanned at its cell after the
/// sheet's cells, as an `.xlsx` sheet's comments are.
final class ODSContentParser<S: FindingSink>: XMLContentHandler {
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private var hiddenTableStyles = Set<String>()
    private var styleName: String?
    private var cells: SheetCells<S>?
    private var row = 0
    private var rowRepeat = 1
    private var column = 0
    private var cellRepeat = 1
    private var numberValue: [UInt8]?
    private var paragraphDepth = 0
    private var inAnnotation = false
    private let text = CellTextBuffer()
    private let annotation = CellTextBuffer()
    private var overflowed = false
    /// The first sheet's error for what was not scanned (`SheetCells.finish`).
    private var sheetError: ScanError?

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.engine = engine
        self.sink = sink
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if paragraphDepth > 0, let space = ODFText.whiteSpace(name, attributes) {
            space.withUnsafeBufferPointer { (inAnnotation ? annotation : text).append($0) }
        } else if name.is("p") || name.is("h") {
            let target = inAnnotation ? annotation : text
            if paragraphDepth == 0, !target.isEmpty { target.append(0x0A) }
            paragraphDepth += 1
        } else if name.is("table-cell") || name.is("covered-table-cell") {
            column += 1
            cells?.cell = CellReference(column: column, row: row)
            cellRepeat = min(max(attributes.value("number-columns-repeated").flatMap(XMLAttributes.integer) ?? 1, 1), CellReference.maximumColumn)
            let type = attributes.string("value-type")
            numberValue = type == "float" || type == "percentage" || type == "currency" ? attributes.value("value").map(Array.init) : nil
            text.clear()
        } else if name.is("annotation") {
            inAnnotation = true
            annotation.clear()
        } else if name.is("table-row") {
            row += rowRepeat
            rowRepeat = min(max(attributes.value("number-rows-repeated").flatMap(XMLAttributes.integer) ?? 1, 1), 1 << 20)
            column = 0
            cells?.rowHidden = attributes.string("visibility").map { $0 != "visible" } ?? false
        } else if name.is("table-column") {
            let repeated = min(max(attributes.value("number-columns-repeated").flatMap(XMLAttributes.integer) ?? 1, 1), CellReference.maximumColumn)
            if let visibility = attributes.string("visibility"), visibility != "visible" { cells?.hideColumns(column + 1, column + repeated) }
            column = min(column + repeated, CellReference.maximumColumn)
        } else if name.is("table") {
            let context = SheetContext(name: attributes.string("name") ?? "",
                                       isHidden: attributes.string("style-name").map(hiddenTableStyles.contains) ?? false)
            cells = SheetCells(sheet: context, engine: engine, sink: sink)
            row = 0
            rowRepeat = 1
            column = 0
        } else if name.is("style") {
            styleName = attributes.string("family") == "table" ? attributes.string("name") : nil
        } else if name.is("table-properties"), let styleName, attributes.string("display") == "false" {
            hiddenTableStyles.insert(styleName)
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("p") || name.is("h") {
            paragraphDepth = max(0, paragraphDepth - 1)
        } else if name.is("annotation") {
            inAnnotation = false
            overflowed = overflowed || annotation.overflowed
            cells?.comment(annotation.withBytes { Array($0) })
            annotation.clear()
        } else if name.is("table-cell") || name.is("covered-table-cell") {
            finishCell()
        } else if name.is("table-row") {
            cells?.endRow()
        } else if name.is("table") {
            sheetError = sheetError ?? cells?.finish()
            cells = nil
        } else if name.is("style") {
            styleName = nil
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard paragraphDepth > 0 else { return }
        (inAnnotation ? annotation : text).append(bytes)
    }

    /// The part `part` has been read whole: the first sheet's error, or the memory guard's.
    func check(part: String) throws {
        if let sheetError { throw sheetError }
        if overflowed {
            throw ScanError(.other("\(part) has a cell of more than \(CellTextBuffer.limit >> 20) MiB of text: only its start was scanned (memory guard)"))
        }
    }

    private func finishCell() {
        defer {
            column += cellRepeat - 1
            text.clear()
        }
        guard let cells else { return }
        overflowed = overflowed || text.overflowed
        if let numberValue {
            numberValue.withUnsafeBufferPointer { cells.number($0) }
        } else {
            text.withBytes { cells.text($0) }
        }
    }
}
