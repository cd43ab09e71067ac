/// Hands the lines of one PDF page to a `WordStory`, as a Word document's paragraphs and tables.
///
/// A PDF has no tables, only words placed on the page; a table is recognised by its layout:
/// - a run of two or more lines cut into two or more segments (`PDFLines`) is a table (a line
///   alone is running text, its segments apart by a tab: `身份证号：⇥410…`), each segment a cell
///   in the column it lies under; the columns are those of the run's first line, their
///   boundaries midway between its segments (a header cell spanning two columns is placed again
///   when the line under it has more segments); once a table is open, a line of one segment
///   inside a column is a row too (a column the others leave empty);
/// - a line close under a row (less than `wrapGap` line heights) that leaves the row's first
///   column empty and keeps inside the columns continues the row: text wrapped inside cells,
///   placed on the row's first line;
/// - cells go to the story as a Word table's, so that they are read under their column headers
///   and each row is a record.
/// Other lines are running text, a paragraph each, so that a finding's line is the page's line.
struct PDFPageStory<S: FindingSink> {
    let story: WordStory<S>
    /// Boundaries between the open table's columns, left to right.
    private var boundaries: [Double]?
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
            if let boundaries {
                let columns = Self.columns(of: line, boundaries)
                if let columns, continuesRow(line, columns) {
                    for (column, segment) in zip(columns, line.segments) { row[column] = Self.joined(row[column], segment.text) }
                    wrappedLines += 1
                    firstLine = nil
                    rowBottom = line.bottom
                    continue
                }
                if let columns, line.segments.count >= 2 || Self.keepsInside(line, columns, boundaries) {
                    emitRow()
                    gather(line, columns)
                    continue
                }
                if let header = firstLine, line.segments.count > boundaries.count + 1,
                   let placed = Self.columns(of: header, Self.boundaries(of: line), byLeftEdge: true) {
                    self.boundaries = Self.boundaries(of: line)
                    gather(header, placed)
                    emitRow()
                    gather(line, Array(line.segments.indices))
                    continue
                }
                endTable()
            }
            if line.segments.count >= 2 {
                boundaries = Self.boundaries(of: line)
                gather(line, Array(line.segments.indices))
                firstLine = line
            } else {
                story.startParagraph()
                line.segments[0].text.withUnsafeBufferPointer { story.append($0) }
            }
        }
        endTable()
    }

    private static func boundaries(of line: PDFLine) -> [Double] {
        zip(line.segments, line.segments.dropFirst()).map { ($0.right + $1.left) / 2 }
    }

    /// The column of each segment of `line` (by its middle, or its left edge); nil when two fall in one.
    private static func columns(of line: PDFLine, _ boundaries: [Double], byLeftEdge: Bool = false) -> [Int]? {
        let columns = line.segments.map { segment in
            let x = byLeftEdge ? segment.left : segment.middle
            return boundaries.firstIndex { x < $0 } ?? boundaries.count
        }
        return Set(columns).count == columns.count ? columns : nil
    }

    /// Whether `line` is wrapped text of the gathered row: close under it, its first column
    /// empty, and inside the columns.
    private func continuesRow(_ line: PDFLine, _ columns: [Int]) -> Bool {
        guard let boundaries, line.top - rowBottom < Self.wrapGap * line.height, let first = row.keys.min(),
              !columns.contains(first) else { return false }
        return Self.keepsInside(line, columns, boundaries)
    }

    /// Whether each segment of `line` lies inside its column: a line of running text under a
    /// table crosses the boundaries.
    private static func keepsInside(_ line: PDFLine, _ columns: [Int], _ boundaries: [Double]) -> Bool {
        zip(columns, line.segments).allSatisfy { column, segment in
            (column == 0 || segment.left >= boundaries[column - 1]) && (column == boundaries.count || segment.right <= boundaries[column])
        }
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
        guard boundaries != nil else { return }
        if tableStarted {
            emitRow()
            story.endTable()
        } else {
            emitRunningText()
        }
        tableStarted = false
        boundaries = nil
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
