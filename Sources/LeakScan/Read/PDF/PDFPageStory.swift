/// Hands the lines of one PDF page to a `WordStory`, as a Word document's paragraphs and tables.
///
/// A PDF has no tables, only words placed on the page; a table is recognised by its layout:
/// - a run of two or more lines cut into two or more segments (`PDFLines`) is a table (a line
///   alone is running text, its segments apart by a tab: `身份证号：⇥410…`), each segment a cell
///   in the column it lies under; the columns are those of the run's first line, their
///   boundaries midway between its segments (a header cell spanning two columns is placed again
///   when the line under it has more segments); once a table is open, a line of one segment
///   inside a column is a row too (a column the others leave empty), unless it is a sentence;
/// - a line close under a row (less than `wrapGap` line heights) that leaves the row's first
///   column empty and keeps inside the columns continues the row: text wrapped inside cells,
///   placed on the row's first line;
/// - cells go to the story as a Word table's, so that they are read under their column headers
///   and each row is a record.
/// Other lines are running text, a paragraph each, so that a finding's line is the page's line.
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
    /// The story's table is open: a second row came.
    private var tableStarted = false

    /// Gaps between a table's rows are at least this (in line heights) unless the table is drawn
    /// without cell padding; lines closer than this may be a cell's wrapped text.
    static var wrapGap: Double { 0.5 }

    init(story: WordStory<S>) { self.story = story }

    mutating func read(_ lines: [PDFLine]) {
        for line in lines {
            if let table = columns {
                let placed = table.place(line)
                if let placed, continuesRow(line, placed, table) {
                    for (column, segment) in zip(placed, line.segments) { row[column] = Self.joined(row[column], segment.text) }
                    wrappedLines += 1
                    firstLine = nil
                    rowBottom = line.bottom
                    continue
                }
                if let placed, line.segments.count >= 2
                    || (table.keepsInside(line, placed, past: true) && !Self.isSentence(line.segments[0].text)) {
                    emitRow()
                    gather(line, placed)
                    continue
                }
                if let header = firstLine, line.segments.count > table.count,
                   let placedHeader = PDFColumns(line).place(header, byLeftEdge: true) {
                    columns = PDFColumns(line)
                    gather(header, placedHeader)
                    emitRow()
                    gather(line, Array(line.segments.indices))
                    continue
                }
                endTable()
            }
            if line.segments.count >= 2 {
                columns = PDFColumns(line)
                gather(line, Array(line.segments.indices))
                firstLine = line
            } else {
                story.startParagraph()
                line.segments[0].text.withUnsafeBufferPointer { story.append($0) }
            }
        }
        endTable()
    }

    /// Whether `line` is wrapped text of the gathered row: close under it, its first column
    /// empty, and inside the columns.
    private func continuesRow(_ line: PDFLine, _ placed: [Int], _ table: PDFColumns) -> Bool {
        guard line.top - rowBottom < Self.wrapGap * line.height, let first = row.keys.min(), !placed.contains(first) else {
            return false
        }
        return table.keepsInside(line, placed, past: false)
    }

    /// Text with a Chinese comma or full stop (，。；) is a sentence: alone on its line under a
    /// table it is running text (a signature line, a note), not a cell.
    static func isSentence(_ text: [UInt8]) -> Bool {
        let marks: [[UInt8]] = [[0xEF, 0xBC, 0x8C], [0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x9B]]
        return text.withUnsafeBufferPointer { b in marks.contains { ByteScanning.contains($0, in: b) } }
    }

    /// A cell's wrapped lines are one text. Chinese runs on without a break, and so does a
    /// number or an address (e-mail) cut where the cell was too narrow for it, unless the line
    /// above ends in a whole phone number or ID; other text is joined with a space.
    static func joined(_ head: [UInt8]?, _ tail: [UInt8]) -> [UInt8] {
        guard let head, let last = head.last, let first = tail.first else { return (head ?? []) + tail }
        if last >= 0x80 && first >= 0x80 { return head + tail }
        if isWordByte(last), isWordByte(first) {
            let digits = head.reversed().prefix { isDigit($0) }.count
            if !(isDigit(first) && [11, 15, 18].contains(digits)) { return head + tail }
        }
        return head + [0x20] + tail
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || isASCIILetter(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "@") || b == UInt8(ascii: "_")
    }

    private mutating func gather(_ line: PDFLine, _ columns: [Int]) {
        row = Dictionary(uniqueKeysWithValues: zip(columns, line.segments.map(\.text)))
        rowBottom = line.bottom
        firstLine = nil
    }

    /// The gathered row goes to the story as a table row, its cells on one line.
    private mutating func emitRow() {
        guard !row.isEmpty else { return }
        if !tableStarted {
            story.startTable()
            tableStarted = true
        }
        story.startRow()
        for (k, column) in row.keys.sorted().enumerated() {
            story.startCell(at: column + 1)
            if k == 0 { story.startParagraph() }
            row[column]!.withUnsafeBufferPointer { story.append($0) }
        }
        story.skipParagraphs(wrappedLines)
        row = [:]
        wrappedLines = 0
    }

    private mutating func endTable() {
        guard columns != nil else { return }
        if tableStarted {
            emitRow()
            story.endTable()
        } else {
            emitRunningText()
        }
        tableStarted = false
        columns = nil
        firstLine = nil
    }

    /// A table of one row was a line of running text set out with tabs.
    private mutating func emitRunningText() {
        story.startParagraph()
        for (k, column) in row.keys.sorted().enumerated() {
            if k > 0 { story.append(0x09) }
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
