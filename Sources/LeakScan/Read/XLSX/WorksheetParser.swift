/// Reads one worksheet's XML and hands its cells to `SheetCells`, which scans each with its column.
///
/// Cell values: `t="s"` is an index into the shared strings; `t="inlineStr"` holds `<is><t>`;
/// `t="str"` is a formula's cached text; numbers (no `t`, or `t="n"`) are scanned as written
/// in `<v>`, with the exponent form written out (see `NumericCellText`), or as the date their
/// style shows (`DateStyles`); formulas are scanned by
/// their cached value, never their formula text; booleans and errors are skipped. Cells or
/// rows without an `r` attribute follow the previous one, as Excel reads them.
final class WorksheetParser<S: FindingSink>: XMLContentHandler {
    private let strings: SharedStrings
    private let dates: DateStyles
    /// The shared strings this sheet's cells use.
    let usedStrings: SharedStringUse
    private let cells: SheetCells<S>

    private var row = 0
    private var cellType = CellType.number
    /// The open cell's style (`s`), which may show its number as a date.
    private var cellStyle = 0
    private var collecting = false
    private var inInlineString = false
    private var phoneticDepth = 0
    private let text = CellTextBuffer()
    /// The text of the open cell's formula, gathered only to read a `HYPERLINK` (`LinkedFiles`):
    /// nil once it opens with another function.
    private var formula: [UInt8]?
    /// The files the sheet's cells link to, by a hyperlink or a `HYPERLINK` formula.
    private(set) var links = LinkedFiles()

    init(sheet: SheetContext, strings: SharedStrings, dates: DateStyles, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.strings = strings
        self.dates = dates
        usedStrings = SharedStringUse(count: strings.count)
        cells = SheetCells(sheet: sheet, engine: engine, sink: sink)
    }

    /// Some cell was longer than `CellTextBuffer.limit` and was cut (the reader reports it).
    var textOverflowed: Bool { text.overflowed }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        switch name.bytes[0] {
        case UInt8(ascii: "c") where name.is("c"):
            if let r = attributes.value("r"), let reference = CellReference(r) {
                cells.cell = reference
            } else {
                cells.cell = CellReference(column: cells.cell.column + 1, row: row)
            }
            cellType = CellType(attributes.value("t"))
            cellStyle = attributes.value("s").flatMap(XMLAttributes.integer) ?? 0
            text.clear()
        case UInt8(ascii: "v") where name.is("v"):
            collecting = cellType.hasValue
        case UInt8(ascii: "t") where name.is("t"):
            collecting = inInlineString && phoneticDepth == 0
        case UInt8(ascii: "r") where name.is("row"):
            cells.endRow()
            if let r = attributes.value("r"), let number = XMLAttributes.integer(r) { row = number } else { row += 1 }
            cells.rowHidden = attributes.flag("hidden")
            cells.cell = CellReference(column: 0, row: row)
        case UInt8(ascii: "r") where name.is("rPh"):
            phoneticDepth += 1
        case UInt8(ascii: "i") where name.is("is"):
            inInlineString = true
        case UInt8(ascii: "c") where name.is("col"):
            markHiddenColumns(attributes)
        case UInt8(ascii: "f") where name.bytes[1] == 0:
            formula = []
        case UInt8(ascii: "h") where name.is("hyperlink"):
            // `ref` may be a range (A2:A9) for one link over merged cells: its first cell.
            if let ref = attributes.value("ref"),
               let reference = CellReference(UnsafeBufferPointer(rebasing: ref.prefix { $0 != UInt8(ascii: ":") })) {
                links.add(relationship: attributes.value("id"), at: cells.location(of: reference))
            }
        case UInt8(ascii: "f") where name.is("formula1"):
            // A data validation's list of choices, after the cells.
            cells.endRow()
            inValidationList = true
            text.clear()
        case UInt8(ascii: "o") where Self.isPageMargin(name), UInt8(ascii: "e") where Self.isPageMargin(name),
             UInt8(ascii: "f") where Self.isPageMargin(name):
            // After the cells: the last row ends before the page's margins are read.
            cells.endRow()
            inPageMargin = true
            text.clear()
        default:
            break
        }
    }

    override func endElement(_ name: XMLName) {
        if inValidationList, name.is("formula1") {
            inValidationList = false
            text.withBytes { cells.validationList(Array($0)) }
            text.clear()
            return
        }
        if inPageMargin, Self.isPageMargin(name) {
            inPageMargin = false
            text.withBytes { cells.pageMargin(Array($0)) }
            text.clear()
            return
        }
        switch name.bytes[0] {
        case UInt8(ascii: "v") where name.is("v"), UInt8(ascii: "t") where name.is("t"):
            collecting = false
        case UInt8(ascii: "c") where name.is("c"):
            finishCell()
        case UInt8(ascii: "f") where name.bytes[1] == 0:
            if let formula { links.add(formula: formula, at: cells.location(of: cells.cell)) }
            formula = nil
        case UInt8(ascii: "r") where name.is("rPh"):
            phoneticDepth -= 1
        case UInt8(ascii: "i") where name.is("is"):
            inInlineString = false
        default:
            break
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting || inPageMargin || inValidationList { text.append(bytes) }
        guard formula != nil else { return }
        if formula!.isEmpty, !LinkedFiles.mayBeHyperlink(bytes) {
            formula = nil
        } else if formula!.count < LinkedFiles.formulaLimit {
            formula!.append(contentsOf: bytes)
        }
    }

    /// Inside a page header or footer (`<headerFooter>`'s `oddHeader` … `firstFooter`).
    private var inPageMargin = false
    /// Inside a data validation's `<formula1>`: a dropdown's choices (`"王芳,李娜,张伟"`).
    private var inValidationList = false

    private static func isPageMargin(_ name: XMLName) -> Bool {
        name.bytes[1] != 0 && pageMargins.contains { name.is($0) }   // a formula's <f> at once
    }

    /// The sheet has ended: the error for cells that were not scanned, if any.
    func finish() -> ScanError? {
        cells.endRow()
        return cells.finish()
    }

    private func finishCell() {
        collecting = false
        guard !text.isEmpty else { return }
        switch cellType {
        case .sharedString:
            guard let index = text.withBytes(XMLAttributes.integer), let value = strings.string(index) else { return }
            usedStrings.mark(index)
            cells.text(value)
        case .text:
            text.withBytes { cells.text($0) }
        case .number:
            // A date typed into Excel is its serial number, shown as a date by its style.
            if dates.isDate(style: cellStyle), let date = text.withBytes(dates.isoDate(serial:)) {
                date.withUnsafeBufferPointer { cells.text($0) }
            } else {
                text.withBytes { cells.number($0) }
            }
        case .skipped:
            break
        }
    }

    private func markHiddenColumns(_ attributes: XMLAttributes) {
        guard attributes.flag("hidden"),
              let low = attributes.value("min").flatMap(XMLAttributes.integer),
              let high = attributes.value("max").flatMap(XMLAttributes.integer) else { return }
        cells.hideColumns(low, high)
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

/// The elements of a worksheet's page headers and footers (`WorksheetParser.isPageMargin`).
private let pageMargins: [StaticString] = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"]
