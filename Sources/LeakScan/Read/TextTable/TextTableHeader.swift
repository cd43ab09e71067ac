/// The header line of a table laid out in text, the columns it names, and the column each cell
/// of the table's rows stands in.
struct TextTableHeader {
    let separator: TextTableSeparator
    /// A column per header cell, in order.
    let columns: [Column]
    /// Where the header's cells stand on screen, widths counted both ways (`TextTableCell`).
    private let wide: ScreenColumns
    private let narrow: ScreenColumns

    init(separator: TextTableSeparator, cells: [TextTableCell], columns: [Column]) {
        self.separator = separator
        self.columns = columns
        wide = ScreenColumns(cells.map(\.wide))
        narrow = ScreenColumns(cells.map(\.narrow))
    }

    /// The header that the line `t[range]` is, if it is one: cells set apart by `|` (when the
    /// line has one), else by tabs, wide blanks or single blanks, whichever gives more labels
    /// (tabs first); two cells or more (three with single blanks, which prose has); each a short
    /// text that is no number, and no long run of digits in the line; two labels or more
    /// (`isLabel`: a text names a kind of value or a form's field), half the cells or more (one
    /// between `|`s outside a table: a Markdown table's first line is its header, while its row
    /// `| 班长 | 张子涵 |` under `| 职务 | 姓名 |` is a row); and
    /// not a form's labels each followed by its value (`姓名 王小明 性别 男`). A line of `|`
    /// cells `underlined` by a rule of `|` and dashes is a Markdown table's header whatever
    /// else its words say, when one is a label (`| 班级 | 学生 | 症状 | 就诊医院 | 追踪情况 |`:
    /// labels and words that are none alternate, as a form's would).
    static func make(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inTable: Bool, underlined: Bool = false,
                     isLabel: (String) -> Bool) -> TextTableHeader? {
        guard mayBeHeader(t, range) else { return nil }
        let separators: [TextTableSeparator] = ByteScanning.firstIndex(of: UInt8(ascii: "|"), in: t, range) != nil ? [.pipe]
            : ByteScanning.firstIndex(of: 0x09, in: t, range) != nil ? [.tab, .wideBlank, .blank] : [.wideBlank, .blank]
        var best: (header: TextTableHeader, labels: Int)?
        let pieces = separators.contains(.blank) ? TextTableLine.pieces(t, range) : []
        for separator in separators {
            // An empty cell between `|`s names no column but stands as one; tabs that align
            // (two in a row) are no tab-separated header.
            let split = separator == .blank ? pieces
                : separator == .wideBlank ? TextTableLine.joinedAtSingleBlanks(pieces) : TextTableLine.cells(t, range, separator: separator)
            let cells = split.filter { !$0.isEmpty }
            guard cells.count >= (separator == .blank ? 3 : 2), cells.count <= maximumCells, separator != .tab || cells.count == split.count,
                  cells.allSatisfy({ $0.bytes.count <= SecondHeaderRow.labelLimit && !isNumber(t, $0.bytes) }) else { continue }
            // Labels are looked up until half the cells can no longer be (a line of prose stops
            // early); a Markdown table's first line is its header with one label (| 学生 | 情况 | 处理 |).
            let markdownHeader = separator == .pipe && underlined
            let opensPipeTable = separator == .pipe && !inTable || markdownHeader
            var labelCells: [Bool] = []
            var labels = 0
            for cell in cells where opensPipeTable || (labels + cells.count - labelCells.count) * 2 >= cells.count {
                let label = HeaderText.make(UnsafeBufferPointer(rebasing: t[cell.bytes]))
                    .map { HeaderRowFinder.isColumnLabel($0, isLabel: isLabel) } ?? false
                labelCells.append(label)
                if label { labels += 1 }
            }
            guard opensPipeTable ? labels >= 1 : labels >= 2 && labels * 2 >= cells.count,
                  markdownHeader || !HeaderRowFinder.pairsLabelsWithValues(labelCells),
                  labels > best?.labels ?? 0 else { continue }
            let columns = split.enumerated().map {
                Column(number: $0.offset + 1, header: HeaderText.make(UnsafeBufferPointer(rebasing: t[$0.element.bytes])))
            }
            best = (TextTableHeader(separator: separator, cells: split, columns: columns), labels)
        }
        return best?.header
    }

    /// Bytes of a header line at most, and cells: 64 labels of a few characters.
    private static let maximumLength = 4096
    private static let maximumCells = 64
    /// Digits in a row that no header holds (`2024级` may head a column; `13812345678` is data).
    private static let digitRunLimit = 6

    /// A cheap look before splitting, in one pass: a line short enough for a header, with a
    /// blank (space, tab, ideographic space) or a `|` in it, no run of digits a header would not
    /// hold (most lines of a table), and none of the marks of a sentence (`，` `。` `；`, or `,`
    /// `;` before a blank: prose).
    private static func mayBeHeader(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count <= maximumLength else { return false }
        var run = 0
        var separates = false
        for i in line {
            let b = t[i]
            run = isDigit(b) ? run + 1 : 0
            if run >= digitRunLimit { return false }
            let next = i + 1 < line.upperBound ? t[i + 1] : 0
            let third = i + 2 < line.upperBound ? t[i + 2] : 0
            if (b == UInt8(ascii: ",") || b == UInt8(ascii: ";")) && next == 0x20 { return false }
            // U+3002 。 (E3 80 82), U+FF0C ， (EF BC 8C), U+FF1B ； (EF BC 9B).
            if b == 0xE3 && next == 0x80 && third == 0x82 || b == 0xEF && next == 0xBC && (third == 0x8C || third == 0x9B) { return false }
            // U+3000, the ideographic space: E3 80 80.
            separates = separates || b == 0x20 || b == 0x09 || b == UInt8(ascii: "|") || b == 0xE3 && next == 0x80 && third == 0x80
        }
        return separates
    }

    /// Whether `t[range]` holds nothing but digits and the signs dates are written with (`1`,
    /// `2008.03.12`): data, not a label.
    private static func isNumber(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        t[range].allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") }
    }

    /// The cells of the line `t[range]` with the number of each one's column (nil for a cell
    /// past the header's last, in a table set apart by `|` or tabs), or nil when the line is no row of
    /// the table: a row has two cells or more (under single blanks, as many as the header's); in
    /// a table aligned by wide blanks, one cell
    /// standing under a column other than the first (a value wrapped onto the next line) will
    /// do, or pieces between single blanks that line up with two of the header's cells.
    ///
    /// Cells stand in order when they are set apart by `|` or tabs (the filled ones, when more
    /// tabs than the header's align them), or are as many as the header's.
    /// Else each piece of text between blanks goes under the column it stands under on screen
    /// (`ScreenColumns`), widths counted the way that lines more pieces up with the header's,
    /// and neighbours under one column are joined into one cell: so cells left empty, an
    /// address or a phone holding a blank (`159 1108 8309`), and pandas' cells, which one
    /// blank sets apart while the header's padding makes wide blanks, all find their column.
    func row(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [(bytes: Range<Int>, column: Int?)]? {
        if separator == .pipe || separator == .tab {
            let split = TextTableLine.cells(t, range, separator: separator)
            let filled = split.filter { !$0.isEmpty }
            guard filled.count >= 2 else { return nil }
            // More tabs than the header's: tabs that align; the filled cells stand in order.
            let cells = separator == .tab && split.count > columns.count ? filled : split
            return cells.enumerated().map { ($0.element.bytes, $0.offset < columns.count ? $0.offset : nil) }
        }
        var pieces = TextTableLine.pieces(t, range)
        // A list item's number before a row's cells is none of them (`1. 邱佳怡 已返校 …`).
        if let first = pieces.first, LineHeads.markedItemEnd(at: first.bytes.lowerBound, in: t, end: first.bytes.upperBound) == first.bytes.upperBound {
            pieces.removeFirst()
        }
        let split = separator == .wideBlank ? TextTableLine.joinedAtSingleBlanks(pieces) : pieces
        if split.count == columns.count { return split.enumerated().map { ($0.element.bytes, $0.offset) } }
        // Under a header set apart by single blanks (typed by hand, where a piece stands
        // says nothing), pieces that are not as many as its cells are a line of text: a 接龙's
        // entry under its format line (`1. 邱佳怡 已返校 139 0298 6164` under `格式：姓名 是否返校 家长电话`).
        if separator == .blank { return nil }
        let (linedUpWide, linedUpNarrow) = (pieces.filter { wide.linesUp($0.wide) }.count, pieces.filter { narrow.linesUp($0.narrow) }.count)
        guard split.count >= 2 || split.count == 1 && separator == .wideBlank && columns.count >= 2
                && (split[0].wide.lowerBound >= wide.spans[1].lowerBound || split[0].narrow.lowerBound >= narrow.spans[1].lowerBound
                    || max(linedUpWide, linedUpNarrow) >= 2)
        else { return nil }
        let byWidth = linedUpWide >= linedUpNarrow
        var placed: [(bytes: Range<Int>, column: Int?)] = []
        for piece in pieces {
            let column = byWidth ? wide.column(of: piece.wide) : narrow.column(of: piece.narrow)
            if let last = placed.last, last.column == column {
                placed[placed.count - 1].bytes = last.bytes.lowerBound..<piece.bytes.upperBound
            } else {
                placed.append((piece.bytes, column))
            }
        }
        return placed
    }
}

/// Where a header's cells stand on screen, counted one way, and the column a cell of a row
/// stands under.
private struct ScreenColumns {
    let spans: [Range<Int>]

    init(_ spans: [Range<Int>]) { self.spans = spans }

    /// Whether `span` starts where a header cell starts (left-aligned) or ends where one ends
    /// (right-aligned: numbers, and every column of pandas).
    func linesUp(_ span: Range<Int>) -> Bool {
        spans.contains { $0.lowerBound == span.lowerBound || $0.upperBound == span.upperBound }
    }

    /// The column whose header cell `span` starts or ends with; else the one whose stretch (from
    /// its header cell's start to the next one's) it overlaps most; the first when it overlaps
    /// none (it stands left of the header).
    func column(of span: Range<Int>) -> Int {
        if let k = spans.firstIndex(where: { $0.lowerBound == span.lowerBound }) { return k }
        if let k = spans.firstIndex(where: { $0.upperBound == span.upperBound }) { return k }
        var best = (column: 0, overlap: 0)
        for k in spans.indices {
            let end = k + 1 < spans.count ? spans[k + 1].lowerBound : Int.max
            let overlap = min(end, span.upperBound) - max(spans[k].lowerBound, span.lowerBound)
            if overlap > best.overlap { best = (k, overlap) }
        }
        return best.column
    }
}
