/// The SAX handler of `HTMLReader`: lays the cells of each table out in rows and columns,
/// gathers running text into blocks, and hands both to the detection engine.
final class HTMLDocument<S: FindingSink>: HTMLContentHandler {
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    /// Open tables, innermost last (layout pages nest them).
    private var tables: [HTMLTable] = []
    /// The text of the open cell, or of the running-text block.
    private let text = CellTextBuffer()
    /// Where the gathered text stands in the source, by line.
    private var textLines = HTMLTextLines()
    private var cell: OpenCell?
    /// Depth inside `<script>` and `<style>`, whose text is not the page's.
    private var skipDepth = 0
    /// The address of an open `mailto:` or `tel:` link, and where the link's text starts in `text`.
    private var link: (target: [UInt8], textStart: Int)?
    /// The file an open link points to (`LinkTarget`), where its text starts, and its line.
    private var fileLink: (name: [UInt8], textStart: Int, line: Int)?
    /// A term of a description list has just ended (`</dt>`): its description follows on its
    /// line, as a label's value does (`<dt>姓名</dt> <dd>张子涵</dd>` reads `姓名：张子涵`).
    private var termEnded = false
    /// A number cell's digits written out from its exponent form.
    private let expanded = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: NumericCellText.maximumDigits)

    private struct OpenCell {
        var column: Int
        var columnSpan: Int
        /// The number a spreadsheet wrote beside the text it shows (Excel's `x:num`, LibreOffice's
        /// `sdval`): all the digits it kept, where the text may show fewer (`4.30104E+17`).
        var storedNumber: [UInt8]?
    }

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.engine = engine
        self.sink = sink
    }

    deinit { expanded.deallocate() }

    var textOverflowed: Bool { text.overflowed }

    override func startElement(_ name: XMLName, _ attributes: HTMLAttributes) {
        if name.is("script") || name.is("style") {
            skipDepth += 1
        } else if name.is("td") || name.is("th") {
            startCell(attributes)
        } else if name.is("tr") {
            finishRow()
            finishRunningText()
            tables.last?.startRow()
        } else if name.is("table") {
            finishCell()
            finishRunningText()
            tables.append(HTMLTable())
        } else if name.is("a") {
            link = HTMLReader.contactTarget(attributes).map { ($0, text.count) }
            if link == nil { fileLink = HTMLReader.linkedFile(attributes, "href").map { ($0, text.count, parserLine) } }
        } else if name.is("input") {
            appendInputValue(attributes)
        } else if name.is("img") {
            let altStart = text.count
            appendAlternativeText(attributes)
            if let file = HTMLReader.linkedFile(attributes, "src") { scanLinkedFile(file, shownFrom: altStart, line: parserLine) }
        } else if termEnded, name.is("dd") || HTMLReader.isBlock(name) {
            // The description (or a label's value in the next block) goes on the term's line.
            termEnded = false
        } else if HTMLReader.isBlock(name) {
            breakText()
        }
        termEnded = false
    }

    override func endElement(_ name: XMLName) {
        if name.is("script") || name.is("style") {
            skipDepth = max(0, skipDepth - 1)
        } else if name.is("td") || name.is("th") {
            finishCell()
        } else if name.is("tr") {
            finishRow()
        } else if name.is("table") {
            finishRow()
            finishRunningText()
            _ = tables.popLast()
        } else if name.is("a") {
            finishLink()
            if let (file, start, line) = fileLink { scanLinkedFile(file, shownFrom: start, line: line) }
            fileLink = nil
        } else if cell == nil, name.is("dt") || (name.is("div") || name.is("p")) && lineIsLabel() {
            endTerm()
            return
        } else if HTMLReader.isBlock(name) {
            breakText()
        }
        termEnded = false
    }

    /// The line of running text gathered so far is a form's label and nothing else, perhaps
    /// numbered: a survey's answer page lays its questions and answers out in `<div>`s or `<p>`s
    /// (`<div>1、学生姓名</div><div>毛铭泽</div>`), which read as a term and its description (a
    /// title or a heading is none). A
    /// label is a few Chinese characters and nothing else (not a heading or a sentence that
    /// holds a label's word: 高一(3)班家长通讯录, 家长您好，以下同学…).
    private func lineIsLabel() -> Bool {
        text.withBytes { bytes in
            let start = ByteScanning.lastIndex(of: 0x0A, in: bytes, 0..<bytes.count).map { $0 + 1 } ?? 0
            let words = LineHeads.markedItemEnd(at: start, in: bytes, end: bytes.count) ?? start
            let run = HanRun(bytes, from: words, end: bytes.count, limit: labelBlockCharacters + 1)
            guard (2...labelBlockCharacters).contains(run.count), words + 3 * run.count == bytes.count,
                  let label = HeaderText.make(UnsafeBufferPointer(rebasing: bytes[words...])) else { return false }
            return HeaderRowFinder.isColumnLabel(label, isLabel: engine.isColumnLabel)
        }
    }

    /// A term's end: a colon after it, unless it has one, and its description goes on its line.
    private func endTerm() {
        let endsWithColon = text.withBytes { $0.last == UInt8(ascii: ":") || $0.count >= 3 && Array($0.suffix(3)) == HTMLReader.colon }
        if !endsWithColon { HTMLReader.colon.withUnsafeBufferPointer { text.append($0) } }
        termEnded = true
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        guard skipDepth == 0 else { return }
        // The blanks between a term and its description keep them on one line.
        if termEnded {
            if bytes.allSatisfy({ $0 <= 0x20 }) { return }
            termEnded = false
        }
        textLines.appended(bytes, at: text.count, line: line)
        text.append(bytes)
        if cell == nil, text.count >= HTMLReader.blockLimit || textLines.anchors.count >= HTMLTextLines.anchorLimit {
            finishRunningText(keepingLastLine: true)
        }
    }

    /// A link to an e-mail address or a phone number is a leak of its own when its text does not
    /// show it (<a href="mailto:zhang.wei@qq.com">联系家长</a>): the address joins the text.
    private func finishLink() {
        guard let (target, start) = link else { return }
        link = nil
        let shown = start <= text.count && text.withBytes { bytes in
            let linkText = UnsafeBufferPointer(rebasing: bytes[start...])
            if ByteScanning.contains(target, in: linkText) { return true }
            // A phone's digits may be shown grouped (tel:18609700163 shows 186-0970-0163).
            let digits = target.filter(isDigit)
            guard !target.contains(UInt8(ascii: "@")), digits.count >= 7 else { return false }
            return linkText.filter(isDigit).withUnsafeBufferPointer { ByteScanning.contains(digits, in: $0) }
        }
        guard !shown else { return }
        text.append(0x20)
        target.withUnsafeBufferPointer { text.append($0) }
        text.append(0x20)
    }

    /// The name of the file a link or an image points to, scanned as a file's own name is
    /// (`FileNameReader`), unless the text shown from `shownFrom` on holds it already (its stem:
    /// `<a href="张梓涵.jpg">张梓涵</a>`).
    private func scanLinkedFile(_ file: [UInt8], shownFrom start: Int, line: Int) {
        guard skipDepth == 0 else { return }
        let stem = Array(file.prefix(FileNameReader.stemLength(file)))
        let shown = start <= text.count && text.withBytes { ByteScanning.contains(stem, in: UnsafeBufferPointer(rebasing: $0[start...])) }
        guard !shown else { return }
        var locator = FixedLocator(location: Location(line: line, column: cell?.column))
        FileNameReader.scan(name: file, isFolder: false, locator: &locator, engine: engine, sink: &sink.pointee)
    }

    /// An image's text alternative stands in its place, as a browser shows it when the image
    /// is missing: a caption pasted there (<img alt="张子涵 410105… 获奖证书">) is the page's text.
    private func appendAlternativeText(_ attributes: HTMLAttributes) {
        guard skipDepth == 0, let alternative = attributes.lookup("alt").value, !alternative.isEmpty else { return }
        text.append(0x20)
        text.append(alternative)
        text.append(0x20)
    }

    /// A form's field filled in (`<label>身份证号</label><input value="410…">`, a saved
    /// confirmation page): its value is the page's text, after its label with a colon. Not a
    /// button's caption, a box's or a hidden field's value (a session's token).
    private func appendInputValue(_ attributes: HTMLAttributes) {
        guard skipDepth == 0, let value = attributes.lookup("value").value, !value.isEmpty else { return }
        if let type = attributes.lookup("type").value, HTMLReader.unreadInputTypes.contains(String(decoding: type, as: UTF8.self).lowercased()) { return }
        let follows = text.withBytes { bytes in bytes.last.map { $0 != 0x20 && $0 != 0x0A && $0 != UInt8(ascii: ":") } ?? false }
        if follows { HTMLReader.colon.withUnsafeBufferPointer { text.append($0) } }
        text.append(value)
        text.append(0x20)
    }

    /// The page has ended: what is still open is scanned.
    func finish() {
        finishRow()
        finishRunningText()
    }

    /// A block starts or ends: a line break, unless the text is empty or has just broken its line
    /// (running text runs on across blocks, as a document's paragraphs do, so that detectors see
    /// the lines around a line: a list of names, one a paragraph).
    private func breakText() {
        if cell == nil, text.isEmpty || text.withBytes({ $0.last == 0x0A }) { return }
        textLines.addedBreak(at: text.count)
        text.append(0x0A)
    }

    private func startCell(_ attributes: HTMLAttributes) {
        finishCell()
        finishRunningText()
        if tables.isEmpty { tables.append(HTMLTable()) }
        let table = tables[tables.count - 1]
        if !table.rowOpen { table.startRow() }
        let columnSpan = attributes.span("colspan", limit: HTMLTable.maximumColumnSpan)
        let rowSpan = attributes.span("rowspan", limit: HTMLTable.maximumRowSpan)
        guard let column = table.place(columnSpan: columnSpan, rowSpan: rowSpan) else { return }
        let stored = attributes.lookup("x:num").value ?? attributes.lookup("sdval").value
        cell = OpenCell(column: column, columnSpan: min(columnSpan, HTMLTable.maximumColumn + 1 - column),
                        storedNumber: stored.flatMap { $0.isEmpty ? nil : Array($0) })
    }

    private func finishCell() {
        guard let open = cell, let table = tables.last else {
            cell = nil
            return
        }
        cell = nil
        text.withBytes { scanCell($0, open, table: table) }
        clearText()
        scanBoxedValue(table)
    }

    /// An ID typed a character a cell along the row (`DigitBoxes`), located at its first box.
    private func scanBoxedValue(_ table: HTMLTable, rowEnding: Bool = false) {
        let lines = textLines
        table.layout.scanBoxedValue(rowEnding: rowEnding, engine: engine, sink: &sink.pointee) { column, length in
            HTMLLocator(lines: lines, column: column, wholeValue: 0..<length)
        }
    }

    /// Scans a cell's text. A number shown in exponent form is written out in digits, from the
    /// stored number when the file has one, and scanned as a workbook's number cell is.
    private func scanCell(_ shown: UnsafeBufferPointer<UInt8>, _ open: OpenCell, table: HTMLTable) {
        let content = HTMLReader.trimmed(shown)
        guard !content.isEmpty else { return }
        let value = UnsafeBufferPointer(rebasing: shown[content])
        let column = table.layout.column(for: open.column, value: value, isText: true, span: open.columnSpan, engine: engine)
        if var digits = NumericCellText.expandFloatForm(value, into: expanded) {
            if let stored = open.storedNumber {
                // A stored number not in exponent form leaves `expanded` half written: write the
                // shown one out again.
                digits = stored.withUnsafeBufferPointer { NumericCellText.expandFloatForm($0, into: expanded) }
                    ?? NumericCellText.expandFloatForm(value, into: expanded) ?? digits
            }
            var locator = HTMLLocator(lines: textLines, column: open.column, wholeValue: content)
            engine.scan(Piece(window: UnsafeBufferPointer(rebasing: expanded[0..<digits.length]), scan: 0..<digits.length,
                              columnReference: column, isNumber: true, isApproximate: digits.isPadded),
                        locator: &locator, sink: &sink.pointee)
        } else {
            var locator = HTMLLocator(lines: textLines, column: open.column)
            engine.scan(Piece(window: shown, scan: content, columnReference: column, hints: table.layout.cellHints),
                        locator: &locator, sink: &sink.pointee)
        }
    }

    /// Ends the open row of the innermost table: its findings go on (with its `record`), and a
    /// row without personal data may be the header.
    private func finishRow() {
        finishCell()
        guard let table = tables.last, table.rowOpen else { return }
        scanBoxedValue(table, rowEnding: true)
        let holdsData = engine.finishRecord(sink: &sink.pointee)
        table.endRow()
        table.layout.endRow(holdsData: holdsData, engine: engine)
    }

    /// Scans the gathered running text (text that is only blanks, as between a page's tags, is
    /// dropped). `keepingLastLine`: only up to the last line break, so that no value is cut.
    private func finishRunningText(keepingLastLine: Bool = false) {
        guard cell == nil, !text.isEmpty else { return }
        let end = text.withBytes { block -> Int in
            var end = block.count
            if keepingLastLine, let lastBreak = ByteScanning.lastIndex(of: 0x0A, in: block, 0..<block.count) { end = lastBreak + 1 }
            let part = UnsafeBufferPointer(rebasing: block[0..<end])
            let content = HTMLReader.trimmed(part)
            if !content.isEmpty {
                var locator = HTMLLocator(lines: textLines, column: nil)
                engine.scan(Piece(window: part, scan: content), locator: &locator, sink: &sink.pointee)
            }
            if end < block.count { textLines.dropFirst(end, of: block) }
            return end
        }
        if end < text.count {
            text.removeFirst(end)
        } else {
            clearText()
        }
    }

    private func clearText() {
        text.clear()
        textLines.removeAll()
    }
}

/// Locates a finding in an HTML page: the source line and, in a table, the 1-based column.
/// Byte offsets are within the cell's or the running text's gathered text, as in a workbook:
/// markup and character references stand between the text and the file's bytes.
struct HTMLLocator: PieceLocator {
    private var lines: HTMLLineCursor
    let column: Int?
    /// A number written out from its exponent form: findings span the whole stored value.
    var wholeValue: Range<Int>?

    init(lines: HTMLTextLines, column: Int?, wholeValue: Range<Int>? = nil) {
        self.lines = HTMLLineCursor(lines)
        self.column = column
        self.wholeValue = wholeValue
    }

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        if let wholeValue { return (Location(line: lines.firstLine, column: column), wholeValue) }
        return (Location(line: lines.line(at: range.lowerBound, in: window), column: column), range)
    }
}

/// Characters of a label block at most (家长手机号码: `HTMLDocument.lineIsLabel`).
private let labelBlockCharacters = 8
