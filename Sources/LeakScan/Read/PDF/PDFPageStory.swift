/// Hands the lines of one PDF page to a `WordStory`, as a Word document's paragraphs and tables.
///
/// A PDF has no tables, only words placed on the page; a table is recognised by its layout:
/// - a run of two or more lines cut into two or more segments (`PDFLines`) is a table (a line
///   alone is running text, its segments apart by a tab: `身份证号：⇥410…`; so is a line of a
///   form's or letterhead's fields, `PDFCellText.isFieldLine`), each segment a cell
///   in the column it lies under; the columns are those of the run's first line, their
///   boundaries midway between its segments (a header cell spanning two columns is placed again
///   when the line under it has more segments); once a table is open, a line of one segment
///   inside a column is a row too (a column the others leave empty), unless it is a sentence;
/// - a line close under a row (less than `wrapGap` line heights) that leaves the row's first
///   column empty and keeps inside the columns continues the row: text wrapped inside cells,
///   placed on the row's first line;
/// - cells go to the story as a Word table's, so that they are read under their column headers
///   and each row is a record.
/// Other lines are running text, a paragraph each, so that a finding's line is the page's line;
/// a line that fills the text's width and the line close under it that goes on from the left
/// margin are one paragraph wrapped (`wraps`): they are joined, each still counted as a line.
struct PDFPageStory<S: FindingSink> {
    let story: WordStory<S>
    /// The open table's columns.
    private var columns: PDFColumns?
    /// The table row being gathered: each column's text.
    private var row: [Int: [UInt8]] = [:]
    /// The table's first line while it is the gathered row, unwrapped: it may be placed again.
    private var firstLine: PDFLine?
    /// Lines of the gathered row after its first.
    private var wrappedLines = 0
    private var rowBottom = 0.0
    /// The last line handed on as running text of one segment, while nothing came after it.
    private var runningLine: PDFLine?
    /// Whether the lines since a header typed with blanks (`isTypedWithBlanks`) are still read as text.
    private var typedWithBlanks = false
    /// The edges of the page's text: a line that spans them may wrap.
    private var leftMargin = 0.0, rightMargin = 0.0

    /// Gaps between a table's rows are at least this (in line heights) unless the table is drawn
    /// without cell padding; lines closer than this may be a cell's wrapped text.
    static var wrapGap: Double { 0.5 }

    init(story: WordStory<S>) { self.story = story }

    /// Scans the words placed on one page (a PDF's, an OFD's), their findings located on page
    /// `page` (nil: a part of no page of its own, such as an OFD page template) and in `field`.
    static func scan<Base: FindingSink>(_ words: [PDFWord], page: Int?, field: String?, engine: DetectionEngine,
                                        sink: inout Base) where S == PlacedSink<Base> {
        guard !words.isEmpty else { return }
        PlacedSink.placing(&sink, page: page) { pageSink in
            var story = PDFPageStory(story: WordStory(field: field, engine: engine, sink: pageSink))
            story.read(PDFLines.lines(words))
            story.story.finish()
            engine.finishRecord(sink: &pageSink.pointee)
        }
    }

    mutating func read(_ lines: [PDFLine]) {
        leftMargin = lines.lazy.compactMap { $0.segments.first?.left }.min() ?? 0
        rightMargin = lines.lazy.compactMap { $0.segments.last?.right }.max() ?? 0
        for (k, line) in lines.enumerated() {
            let previousRunningLine = runningLine
            runningLine = nil
            // Lines typed with blanks between their columns stay text lines, read as a text
            // file's table is, until a line comes with no blank in its words.
            if typedWithBlanks {
                if line.segments.contains(where: { $0.text.contains(0x20) }) {
                    appendRunningText(line)
                    continue
                }
                typedWithBlanks = false
            }
            if line.segments.count >= 2, PDFCellText.isFieldLine(line.segments.map(\.text)) {
                endTable()
                appendRunningText(line)
                continue
            }
            if let table = columns {
                let placed = table.place(line)
                if let placed, continuesRow(line, placed, table) {
                    for (column, segment) in zip(placed, line.segments) { row[column] = PDFCellText.joined(row[column], segment.text) }
                    wrappedLines += 1
                    firstLine = nil
                    rowBottom = line.bottom
                    continue
                }
                // Under a letterhead's or masthead's line (an organisation's name and labelled
                // values alone: 郑州市第四十七中学　地址：…　电话：…), a line of one segment is a
                // title or the line's wrapped end, not a row.
                if let placed, line.segments.count >= 2
                    || (table.keepsInside(line, placed, past: true) && !PDFCellText.isSentence(line.segments[0].text)
                        && !(firstLine?.segments.allSatisfy { PDFCellText.isLetterheadPart($0.text) } ?? false)) {
                    emitRow()
                    gather(line, placed)
                    continue
                }
                if let header = firstLine, line.segments.count > table.count {
                    let relaid = PDFColumns(line)
                    if let placedHeader = relaid.place(header, byLeftEdge: true) {
                        columns = relaid
                        gather(header, placedHeader)
                        emitRow()
                        gather(line, Array(line.segments.indices))
                        continue
                    }
                }
                endTable()
            }
            if line.segments.count >= 2, k + 1 < lines.count, Self.isTypedWithBlanks(header: line, row: lines[k + 1]) {
                typedWithBlanks = true
                appendRunningText(line)
            } else if line.segments.count >= 2 {
                columns = PDFColumns(line)
                gather(line, Array(line.segments.indices))
                firstLine = line
            } else if let previousRunningLine, wraps(previousRunningLine, into: line) {
                let before = previousRunningLine.segments[0].text.last, after = line.segments[0].text.first
                story.continueParagraph()
                // Words of Latin script wrapped keep their space; Chinese text and a number cut
                // at the margin have none.
                if let before, let after, before < 0x80, after < 0x80, !(isDigit(before) && isDigit(after)), before != UInt8(ascii: "-") {
                    story.append(0x20)
                }
                line.segments[0].text.withUnsafeBufferPointer { story.append($0) }
                runningLine = line
            } else {
                appendRunningText(line)
                if line.segments.count == 1 { runningLine = line }
            }
        }
        endTable()
    }

    /// A table typed with single blanks between its columns, which the page's gaps cut apart
    /// only here and there (`序号 姓名 | 身份证号 | 原就读小学` over `1 | 高可馨 4101… 金水区经三路小学`):
    /// the row under the header has fewer segments, one of them Chinese words with two blanks
    /// or more between. Read as a text file's lines, its columns are found by their blanks.
    private static func isTypedWithBlanks(header: PDFLine, row: PDFLine) -> Bool {
        row.segments.count < header.segments.count && header.segments.contains(where: { $0.text.contains(0x20) })
            && row.segments.contains { segment in
                segment.text.lazy.filter { $0 == 0x20 }.count >= 2 && segment.text.contains(where: { $0 >= 0xE0 })
            }
    }

    /// `text` opens with an item's number: digits, then a blank, a dot or 、.
    private static func opensWithItemNumber(_ text: [UInt8]) -> Bool {
        guard let next = text.firstIndex(where: { !isDigit($0) }), next > 0, next <= 3 else { return false }
        return text[next] == 0x20 || text[next] == UInt8(ascii: ".") || text[next...].starts(with: "、".utf8)
    }

    /// Line heights between a wrapped line and the next, at most (a paragraph's gap is wider).
    static var wrapLeading: Double { 0.8 }

    /// Whether `line` goes on the running text of `previous`, wrapped at the margin: `previous`
    /// spans the text's width (from the left margin, or a paragraph's indent of two or so
    /// characters, to the right margin within one and a half: not a line set to the right, as a
    /// document's number is), `line` is close under it in the same size, and it starts no
    /// further right than `previous` (a paragraph's first line is indented, its wrapped lines
    /// are not).
    private func wraps(_ previous: PDFLine, into line: PDFLine) -> Bool {
        let height = max(previous.height, 1)
        // Items of a numbered list, one a line, whose widest fills the text's width (1 高可馨
        // 金水区文化路第一小学 ↵ 2 夏子轩 …, a list printed with blanks for its columns), do not wrap.
        if Self.opensWithItemNumber(previous.segments[0].text), Self.opensWithItemNumber(line.segments[0].text) { return false }
        // Nor does a line that ends with a whole phone number or ID (a duty roster's lines, each
        // `…  范振华  手机 15837349519`, as wide as the page): its next line is the next record.
        if PDFCellText.endsWithWholeNumber(previous.segments[0].text) { return false }
        return previous.segments[0].left <= leftMargin + 2.5 * height && previous.segments[0].right >= rightMargin - 1.5 * height
            && line.top > previous.top && line.top - previous.bottom < Self.wrapLeading * height
            && abs(line.height - previous.height) < 0.2 * height
            && line.segments[0].left <= previous.segments[0].left + 0.5 * height
    }

    /// `line` as a paragraph of running text, its segments apart by a tab.
    private func appendRunningText(_ line: PDFLine) {
        story.startParagraph()
        for (k, segment) in line.segments.enumerated() {
            if k > 0 { story.append(0x09) }
            segment.text.withUnsafeBufferPointer { story.append($0) }
        }
    }

    /// Whether `line` is wrapped text of the gathered row: close under it, its first column
    /// empty, and inside the columns.
    private func continuesRow(_ line: PDFLine, _ placed: [Int], _ table: PDFColumns) -> Bool {
        guard line.top - rowBottom < Self.wrapGap * line.height, let first = row.keys.min(), !placed.contains(first) else {
            return false
        }
        return table.keepsInside(line, placed, past: false)
    }

    private mutating func gather(_ line: PDFLine, _ columns: [Int]) {
        row = Dictionary(uniqueKeysWithValues: zip(columns, line.segments.map(\.text)))
        rowBottom = line.bottom
        firstLine = nil
    }

    /// The gathered row goes to the story as a table row, its cells on one line; the first row
    /// opens the story's table (a table of one row is running text: `endTable`).
    private mutating func emitRow() {
        guard !row.isEmpty else { return }
        let story = self.story
        if !story.inTable { story.startTable() }
        story.startRow()
        handOnRow { k, column in
            story.startCell(at: column + 1)
            if k == 0 { story.startParagraph() }
        }
    }

    private mutating func endTable() {
        guard columns != nil else { return }
        if story.inTable {
            emitRow()
            story.endTable()
        } else {
            // A table of one row was a line of running text set out with tabs.
            let story = self.story
            story.startParagraph()
            handOnRow { k, _ in if k > 0 { story.append(0x09) } }
        }
        columns = nil
        firstLine = nil
    }

    /// Appends the gathered row's cells to the story in column order, each after `before` (its
    /// rank and column), counts its wrapped lines, and forgets the row.
    private mutating func handOnRow(_ before: (_ k: Int, _ column: Int) -> Void) {
        for (k, column) in row.keys.sorted().enumerated() {
            before(k, column)
            row[column]!.withUnsafeBufferPointer { story.append($0) }
        }
        story.skipParagraphs(wrappedLines)
        row = [:]
        wrappedLines = 0
    }
}

/// The columns of a table on a PDF page, from the line that sets them out (its first, or the
/// row that places a spanning header cell again): a segment belongs to the column whose
/// boundaries (midway between that line's segments) hold its middle.
struct PDFColumns {
    let segments: [PDFSegment]
    let boundaries: [Double]

    init(_ line: PDFLine) {
        segments = line.segments
        boundaries = zip(line.segments, line.segments.dropFirst()).map { ($0.right + $1.left) / 2 }
    }

    var count: Int { segments.count }

    /// The column of each segment of `line` (by its middle, or its left edge); nil when two fall in one.
    func place(_ line: PDFLine, byLeftEdge: Bool = false) -> [Int]? {
        let columns = line.segments.map { segment in
            let x = byLeftEdge ? segment.left : segment.middle
            return boundaries.firstIndex { x < $0 } ?? boundaries.count
        }
        return Set(columns).count == columns.count ? columns : nil
    }

    /// Whether each segment of `line` keeps inside its column: within its boundaries or, `past`
    /// them, clear of the text that set out the columns on either side (a cell of a column the
    /// others leave empty may run past the midway boundary, as an e-mail address under a short
    /// header does). A line of running text runs across a column. Wrapped text must keep within
    /// the boundaries: a row with its first cell empty is as close under the row above.
    func keepsInside(_ line: PDFLine, _ placed: [Int], past: Bool) -> Bool {
        zip(placed, line.segments).allSatisfy { column, segment in
            let left = column == 0 ? -Double.infinity : past ? segments[column - 1].right : boundaries[column - 1]
            let right = column == count - 1 ? Double.infinity : past ? segments[column + 1].left : boundaries[column]
            return segment.left >= left && segment.right <= right
        }
    }
}
