/// The SAX handler of `DOCXReader` for one story of a Word document (the body, a header or
/// footer, the footnotes, the comments). WordprocessingML (ECMA-376 Part 1, 17.3) keeps text in
/// runs (`w:t`) inside paragraphs (`w:p`); one word may be cut into several runs when its
/// formatting changes, so a paragraph's runs are joined. Paragraphs outside tables are gathered
/// into blocks of running text, one line each; each table cell (`w:tc`, its paragraphs one line
/// each) is scanned as a cell with its column header, as in a worksheet, and each table row is
/// a record. Deleted text of tracked changes (`w:delText`) is scanned too: it is still in the
/// file. Field codes (`w:instrText`) are not text, and the copy of a text box kept for older
/// readers (`mc:Fallback`) is skipped, so that a text box is not read twice.
final class WordDocumentParser<S: FindingSink>: XMLContentHandler {
    private let field: String?
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    /// Open tables, innermost last (a table may sit in another's cell).
    private var tables: [WordTable] = []
    /// The text of the open cell, or of the running-text block.
    private let text = CellTextBuffer()
    /// Paragraphs begun so far in the part: the number of the current one.
    private var paragraph = 0
    /// Paragraph where the gathered text starts.
    private var textParagraph = 0
    private var inText = false
    private var fallbackDepth = 0

    /// Running text is scanned once it holds this much, at the next paragraph.
    static var blockLimit: Int { HTMLReader.blockLimit }

    init(field: String?, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.field = field
        self.engine = engine
        self.sink = sink
    }

    var textOverflowed: Bool { text.overflowed }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("Fallback") { fallbackDepth += 1 }
        guard fallbackDepth == 0 else { return }
        if name.is("t") || name.is("delText") {
            inText = true
        } else if name.is("p") {
            startParagraph()
        } else if name.is("tab") {
            // A tab in a run; `w:tabs` holds tab stops (`w:tab w:pos=…`), which are no text.
            if attributes.value("pos") == nil { text.append(0x09) }
        } else if name.is("br") || name.is("cr") {
            // A line break inside a paragraph. A tab, not a newline (lines are paragraphs) nor a
            // space (which would join the digits on either side into one number).
            text.append(0x09)
        } else if name.is("noBreakHyphen") {
            text.append(0x2D)
        } else if name.is("tc") {
            finishCell()
            tables.last?.startCell()
        } else if name.is("gridSpan") {
            tables.last?.span(attributes.value("val").flatMap(XMLAttributes.integer) ?? 1)
        } else if name.is("gridBefore") {
            tables.last?.skip(attributes.value("val").flatMap(XMLAttributes.integer) ?? 0)
        } else if name.is("tr") {
            finishRow()
            tables.last?.startRow()
        } else if name.is("tbl") {
            finishCell()
            finishRunningText()
            tables.append(WordTable())
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("Fallback") {
            fallbackDepth = max(0, fallbackDepth - 1)
            return
        }
        guard fallbackDepth == 0 else { return }
        if name.is("t") || name.is("delText") {
            inText = false
        } else if name.is("tc") {
            finishCell()
        } else if name.is("tr") {
            finishRow()
        } else if name.is("tbl") {
            finishRow()
            _ = tables.popLast()
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText, fallbackDepth == 0 { text.append(bytes) }
    }

    /// The part has ended: what is still open is scanned.
    func finish() {
        finishRow()
        finishRunningText()
    }

    /// A paragraph starts a line of the gathered text; running text long enough is scanned first.
    private func startParagraph() {
        paragraph += 1
        if tables.last?.openCell == nil, text.count >= Self.blockLimit { finishRunningText() }
        if text.isEmpty {
            textParagraph = paragraph
        } else {
            text.append(0x0A)
        }
    }

    private func finishRunningText() {
        guard !text.isEmpty else { return }
        var locator = ParagraphLocator(firstParagraph: textParagraph, tableColumn: nil, field: field)
        text.withBytes { bytes in
            engine.scan(Piece(window: bytes, scan: 0..<bytes.count), locator: &locator, sink: &sink.pointee)
        }
        text.clear()
    }

    /// Scans the open cell's text as a cell of its column; the header row is looked for meanwhile.
    private func finishCell() {
        guard let table = tables.last, table.openCell != nil else { return }
        let placed = table.endCell()
        defer { text.clear() }
        guard let (column, span) = placed else { return }
        text.withBytes { bytes in
            let content = trimmedBlanks(bytes, 0..<bytes.count)
            guard !content.isEmpty else { return }
            if table.header.wantsCells {
                table.header.note(column: column, value: UnsafeBufferPointer(rebasing: bytes[content]), isText: true, span: span)
            }
            var locator = ParagraphLocator(firstParagraph: textParagraph, tableColumn: column, field: nil)
            engine.scan(Piece(window: bytes, scan: content, columnReference: table.columns.reference(column)),
                        locator: &locator, sink: &sink.pointee)
        }
    }

    /// Ends the open row of the innermost table: its findings go on (with its `record`), and a
    /// row without personal data may be the header.
    private func finishRow() {
        finishCell()
        guard let table = tables.last else { return }
        let found = engine.finishRecord(sink: &sink.pointee)
        table.header.endRow(holdsData: found > 0, isLabel: engine.isColumnLabel)
        if let settled = table.header.takeSettled() { table.columns.name(settled, limit: WordTable.maximumColumn) }
    }
}
