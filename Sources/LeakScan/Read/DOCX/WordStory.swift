/// The text of one story of a Word document (the body, a header or footer, the footnotes, the
/// comments) as its paragraphs and tables stream past, whatever the file format: the `.docx`
/// XML (`WordDocumentParser`) or a legacy `.doc`'s characters (`WordBinaryStory`). Paragraphs
/// outside tables are gathered into blocks of running text, one line each; each table cell (its
/// paragraphs one line each) is scanned as a cell with its column header, as in a worksheet,
/// and each table row is a record. A table typed with tabs or blanks (序号 ⇥ 姓名 ⇥ 电话, a
/// paragraph a row) is read as a table too (`TextTableLayout`), as in a text file.
final class WordStory<S: FindingSink> {
    private let field: String?
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    /// Open tables, innermost last (a table may sit in another's cell).
    private(set) var tables: [WordTable] = []
    /// The text of the open cell, or of the running-text block.
    private let text = CellTextBuffer()
    /// Paragraphs begun so far in the story: the number of the current one.
    private(set) var paragraph = 0
    /// Paragraph where the gathered text starts.
    private var textParagraph = 0
    /// Tables typed in paragraphs, with tabs or blanks between their cells.
    private var typedTables = TextTableLayout()
    /// Offsets in the gathered text where a line went on without a line feed (`continueParagraph`).
    private var softBreaks: [Int] = []

    /// Running text is scanned once it holds this much, at the next paragraph.
    static var blockLimit: Int { HTMLReader.blockLimit }

    /// What the story's running text is known by: `.letterhead` for a page header or footer.
    private let storyHints: ContextHints

    /// `isLetterhead`: the story is a page header or footer (`ContextHints.letterhead`).
    init(field: String?, isLetterhead: Bool = false, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.field = field
        storyHints = isLetterhead ? .letterhead : []
        self.engine = engine
        self.sink = sink
    }

    var textOverflowed: Bool { text.overflowed }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(bytes) }

    func append(_ byte: UInt8) { text.append(byte) }

    /// A paragraph starts a line of the gathered text; running text long enough is scanned first.
    func startParagraph() {
        paragraph += 1
        if tables.last?.openCell == nil, text.count >= Self.blockLimit { finishRunningText() }
        if text.isEmpty {
            textParagraph = paragraph
        } else {
            text.append(0x0A)
        }
    }

    /// The next line goes on the current paragraph's text without a break, yet counts as a line
    /// of its own: a PDF's running text wrapped at the right margin (电话： ↵ 0377-…, an ID cut in
    /// two), whose values would otherwise be cut apart.
    func continueParagraph() {
        guard !text.isEmpty else { return startParagraph() }
        paragraph += 1
        softBreaks.append(text.count)
    }

    func startTable() {
        finishCell()
        finishRunningText()
        typedTables.end()
        tables.append(WordTable())
    }

    func endTable() {
        finishRow()
        _ = tables.popLast()
    }

    func startRow() {
        finishRow()
        tables.last?.startRow()
    }

    func startCell() {
        finishCell()
        tables.last?.startCell()
    }

    /// Starts a cell in grid column `column` (1-based), leaving the columns before it empty: for
    /// formats that place cells by position (PDF).
    func startCell(at column: Int) {
        finishCell()
        tables.last?.startCell(at: column)
    }

    /// Counts `count` paragraphs that were not handed on (lines of a cell gathered elsewhere).
    func skipParagraphs(_ count: Int) {
        paragraph += count
    }

    /// Whether a table is open.
    var inTable: Bool { !tables.isEmpty }

    /// Makes sure a cell is open, opening a table and a row first where none is: for formats
    /// that mark only where a cell ends (`.doc`, RTF).
    func openCell() {
        if tables.isEmpty { startTable() }
        if tables.last?.rowOpen == false { startRow() }
        if tables.last?.openCell == nil { startCell() }
    }

    /// Ends the open row, if one is.
    func endRow() {
        if tables.last?.rowOpen == true { finishRow() }
    }

    /// The story has ended: what is still open is scanned.
    func finish() {
        finishRow()
        finishRunningText()
    }

    /// Scans the gathered paragraphs: running text, but for the rows of tables typed in them.
    private func finishRunningText() {
        guard !text.isEmpty else { return }
        var locator = ParagraphLocator(firstParagraph: textParagraph, tableColumn: nil, field: field, softBreaks: softBreaks)
        text.withBytes { bytes in
            // Where the running text not scanned yet starts.
            var prose = 0
            func scanProse(to end: Int) {
                if end > prose {
                    engine.scan(Piece(window: bytes, scan: prose..<end, columnReference: nil, hints: storyHints), locator: &locator, sink: &sink.pointee)
                }
            }
            var start = 0
            while start < bytes.count {
                let end = ByteScanning.firstIndex(of: 0x0A, in: bytes, start..<bytes.count) ?? bytes.count
                switch typedTables.read(bytes, start..<end, isLabel: engine.isColumnLabel) {
                case .header(let columns):
                    engine.settleHeader(of: columns)
                case .text:
                    break
                case .blankOrRule:
                    scanProse(to: start)
                    prose = end
                case .row(let cells):
                    scanProse(to: start)
                    for cell in cells where !cell.bytes.isEmpty {
                        if let column = cell.column {
                            scanCell(bytes, cell.bytes, column: column, hints: [], locator: &locator)
                        } else {
                            engine.scan(Piece(window: bytes, scan: cell.bytes), locator: &locator, sink: &sink.pointee)
                        }
                    }
                    engine.finishRecord(sink: &sink.pointee)
                    prose = end
                }
                start = end + 1
            }
            scanProse(to: bytes.count)
        }
        text.clear()
        softBreaks.removeAll(keepingCapacity: true)
    }

    /// Scans the open cell's text as a cell of its column; the header row is looked for meanwhile.
    func finishCell() {
        guard let table = tables.last, table.openCell != nil else { return }
        let placed = table.endCell()
        defer { text.clear() }
        guard let (column, span) = placed else { return }
        text.withBytes { bytes in
            let content = trimmedBlanks(bytes, 0..<bytes.count)
            guard !content.isEmpty else { return }
            let reference = table.layout.column(for: column, value: UnsafeBufferPointer(rebasing: bytes[content]), isText: true,
                                                span: span, engine: engine)
            var locator = ParagraphLocator(firstParagraph: textParagraph, tableColumn: column, field: nil)
            scanCell(bytes, content, column: reference, hints: table.layout.cellHints, locator: &locator)
        }
        scanBoxedValue(table)
    }

    /// An ID typed a character a cell along the row (`DigitBoxes`), located at its first box.
    private func scanBoxedValue(_ table: WordTable, rowEnding: Bool = false) {
        let paragraph = textParagraph
        table.layout.scanBoxedValue(rowEnding: rowEnding, engine: engine, sink: &sink.pointee) { column, _ in
            ParagraphLocator(firstParagraph: paragraph, tableColumn: column, field: nil)
        }
    }

    /// `bytes[content]` as a cell of `column`, known by `hints` beyond it (`TableLayout.cellHints`).
    private func scanCell(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>, column: Unmanaged<Column>,
                          hints: ContextHints, locator: inout ParagraphLocator) {
        // A number copied or printed from a spreadsheet keeps Excel's exponent form.
        guard !NumericCellText.scanFloatFormCell(bytes, content, column: column, engine: engine,
                                                locator: &locator, sink: &sink.pointee) else { return }
        engine.scan(Piece(window: bytes, scan: content, columnReference: column, hints: hints), locator: &locator, sink: &sink.pointee)
    }

    /// Ends the open row of the innermost table: its findings go on (with its `record`), and a
    /// row without personal data may be the header.
    func finishRow() {
        finishCell()
        guard let table = tables.last else { return }
        table.rowOpen = false
        scanBoxedValue(table, rowEnding: true)
        table.layout.endRow(holdsData: engine.finishRecord(sink: &sink.pointee), engine: engine)
    }
}

/// The SAX handler of one part holding a story (a `.docx` part, a slide, an OpenDocument's
/// content): it hands the story's text on when the part ends, and says whether text was cut.
protocol StoryParser: XMLContentHandler {
    func finish()
    var textOverflowed: Bool { get }
}

extension OfficePackage {
    /// Parses the story part `part` with `parser`, to its end.
    func parseStory(_ part: String, with parser: some StoryParser) throws {
        try parse(part, with: parser)
        try parser.finish(part: part)
    }
}

extension StoryParser {
    /// The part `part` has been read whole: its story is handed on; an error when text was cut.
    func finish(part: String) throws {
        finish()
        if textOverflowed {
            throw ScanError(.other("\(part) has a paragraph or table cell of more than \(CellTextBuffer.limit >> 20) MiB of text: only its start was scanned (memory guard)"))
        }
    }
}
