/// The tables laid out in a run of text lines (a text file, a Word document's paragraphs): what
/// each line is. A header line (`TextTableHeader`) starts a table; the table goes on past blank
/// lines and rules (`----`, `|---|`), starts again at a header, and ends at a line that is none
/// of its rows.
struct TextTableLayout {
    enum Line {
        /// Running text.
        case text
        /// A table's header: labels, to be scanned as text all the same, and the columns they
        /// name, for the reader to settle what they say together (`DetectionEngine.settleHeader`).
        case header([Column])
        /// A blank line or a rule inside a table: nothing to scan.
        case blankOrRule
        /// A row of the table (a record): each cell's bytes and column (nil past the header's
        /// columns, in a table set apart by `|`: running text).
        case row([(bytes: Range<Int>, column: Unmanaged<Column>?)])
    }

    /// The table whose rows the lines are, if any; it owns the columns rows point to.
    private var table: TextTableHeader?
    /// The table's header was underlined by a rule (a Markdown table's): only another such
    /// header starts a table again, since its rows may hold labels (a data dictionary's
    /// `| xm | 学生姓名 | 王小明 |` under `| 字段 | 说明 | 示例 |`).
    private var underlined = false

    /// What the line `t[range]` (no line feed) is. `isLabel`: whether a text names a column.
    mutating func read(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isLabel: (String) -> Bool) -> Line {
        if table != nil, Self.isBlankOrRule(t, range) { return .blankOrRule }
        let ruled = Self.pipeRuleFollows(t, range)
        if table == nil || ruled || !underlined,
           let header = TextTableHeader.make(t, range, inTable: table != nil, underlined: ruled, isLabel: isLabel) {
            table = header
            underlined = ruled
            return .header(header.columns)
        }
        guard let table, let cells = table.row(t, range) else {
            table = nil
            return .text
        }
        return .row(cells.map { ($0.bytes, $0.column.map { Unmanaged.passUnretained(table.columns[$0]) }) })
    }

    /// A table ends (a Word table or the end of the text comes between).
    mutating func end() {
        table = nil
    }

    /// `line` opens with `|` and the line after it is a rule of `|` or `+` and dashes
    /// (`|---|:--|`, a MySQL client's `+----+----+`): `line` is a Markdown table's or a query
    /// grid's header, whatever its words. False when the text at hand ends first.
    private static func pipeRuleFollows(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let first = t[line].firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), t[first] == UInt8(ascii: "|"),
              line.upperBound < t.count, t[line.upperBound] == 0x0A else { return false }
        let next = line.upperBound + 1
        let nextEnd = ByteScanning.firstIndex(of: 0x0A, in: t, next..<t.count) ?? t.count
        return nextEnd > next && t[next..<nextEnd].contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "+") })
            && TextTableLine.isRule(t, next..<nextEnd)
    }

    private static func isBlankOrRule(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        t[line].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } || TextTableLine.isRule(t, line)
    }
}
