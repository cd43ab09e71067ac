/// A table header of two rows. School rosters group their columns under titles in merged
/// cells: 学生信息 over 姓名 | 身份证号 | 出生日期, 家长信息 over 姓名 | 关系 | 联系电话. The first
/// row then holds only the group titles (the cells a merge covers are empty), and the labels
/// that say what each column holds are in the row under it. A row of a title and form fields
/// above the header (花名册 … 制表日期：…; 学校：… | 填表人：…) is taken for the header until the
/// row under it says otherwise: it holds no group title, and the labels under it replace it.
enum SecondHeaderRow {
    /// The longest label (`QuestionLabel.labelLimit`).
    static let labelLimit = QuestionLabel.labelLimit

    /// The columns named after both rows when `below`, the row right under the header row
    /// `top`, is a second header row; nil when it is not. Both hold each non-empty text cell by
    /// column number; `isLabel` says whether a text names a kind of value that detectors
    /// look for (姓名, 联系电话).
    ///
    /// `below` is a header row when it holds at least one label, no number and no long text,
    /// and either names a column that `top` left empty (a column under a merged group title) or
    /// `top` holds no group title at all (a label, not a form field): then `below` alone names
    /// the columns. Otherwise a column `below` names takes the group title above it: the text of
    /// `top` in that column, or else in the nearest column to its left, when every column
    /// between is named in `below` only (the span of the merged title). Columns `below` leaves
    /// empty keep their header.
    static func merge(top: [(column: Int, text: String)], below: [(column: Int, text: String)],
                      isLabel: (String) -> Bool) -> [(column: Int, text: String)]? {
        let upper = Dictionary(top, uniquingKeysWith: { first, _ in first })
        let lower = Dictionary(below, uniquingKeysWith: { first, _ in first })
        let hasGroupTitles = upper.values.contains { isLabel($0) && !isFormField($0) }
        guard lower.count >= 2, !hasGroupTitles || lower.keys.contains(where: { upper[$0] == nil }),
              lower.values.contains(where: isLabel),
              lower.values.allSatisfy({ $0.utf8.count <= labelLimit && !isNumber($0) }) else { return nil }
        guard hasGroupTitles else { return below }
        var merged: [(column: Int, text: String)] = []
        var group: String?
        var previous = 0
        for column in Set(upper.keys).union(lower.keys).sorted() {
            if column != previous + 1 { group = nil }
            previous = column
            if let title = upper[column] { group = title }
            guard let label = lower[column] else {
                // Empty below: a header cell merged down both rows; it ends any group.
                group = nil
                merged.append((column, upper[column]!))
                continue
            }
            merged.append((column, group.map { "\($0)/\(label)" } ?? label))
        }
        return merged
    }

    /// A form field filled in above a table (填表日期：2024年9月1日, 学校：…): a label, a colon
    /// and a value. A group title or a column label has nothing after a colon.
    static func isFormField(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        // A statistics form's sub-column (其中：女, 其中：少数民族: "of which") is a header.
        guard !text.hasPrefix("其中"), let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        return scalars[scalars.index(after: colon)...].contains { !$0.properties.isWhitespace }
    }

    /// A cell of digits and the signs numbers and dates are written with (1, 2024-09-01, 3.5).
    private static func isNumber(_ text: String) -> Bool {
        text.utf8.allSatisfy { isDigit($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2F || $0 == 0x3A || $0 == 0x20 }
    }
}
