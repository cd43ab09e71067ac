/// A table's sign-off row: the row under a sheet's data or above it that says who made the
/// table and how to reach them (制表： | 教务处 | | 联系电话： | 0371-…, 填报单位：金水区教育局（盖章）
/// | | 联系电话：0371-…, 班主任签字： | 李静 | | 家委会代表： | 赵丽华). Its cells are labels and their
/// values, not values of the columns they stand in (家长手机, 学生姓名): a label written with its
/// colon names the cell after it. Once a cell has named an organisation (教务处, 金水区教育局), the
/// landlines, e-mails and addresses after it are the organisation's, as on a letterhead, until a
/// person's label (填表人：, 联系人：) says whose the next ones are.
struct SignOffRow {
    /// A cell has named an organisation, and no person's label has come since.
    var speaksForOrganisation = false

    /// Bytes of the longest label taken before a colon (填报单位联系人 is seven characters).
    private static let labelLimit = 8 * 3

    /// Whether a row's first cell opens a sign-off row: a short label and its colon, perhaps
    /// with its value after it (`制表：`, `填报单位：金水区教育局`); no time nor number (`12:30`).
    static func opens(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        colon(in: cell) != nil
    }

    /// The label before a cell's first colon (its range) and where its value starts, when the
    /// label is a short run of Chinese with no digit.
    static func colon(in cell: UnsafeBufferPointer<UInt8>) -> (label: Range<Int>, valueStart: Int)? {
        let start = Blanks.end(from: 0, in: cell, end: cell.count)
        var i = start
        while i < cell.count, i - start <= labelLimit {
            if HanText.isColon(cell, at: i, end: cell.count) {
                guard i > start else { return nil }
                return (start..<i, Blanks.end(from: i + HanText.colonLength(cell, at: i), in: cell, end: cell.count))
            }
            guard let scalar = HanText.scalar(cell, at: i, end: cell.count), HanText.isHan(scalar) else { return nil }
            i += 3
        }
        return nil
    }
}
