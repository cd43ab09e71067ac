/// A column of a table (CSV field position, worksheet column) and the header that names it.
/// One instance per column per file, shared by every piece of that column, so that what the
/// header says is worked out once per column, not once per cell.
public final class Column: @unchecked Sendable {
    /// 1-based column number.
    public let number: Int
    /// Header text, when the table has a header row.
    public let header: String?
    /// Filled in by the detection engine the first time it meets the column.
    public var hints: ContextHints?
    /// What the column's cells have held so far (kept by the detection engine).
    public var tally = ColumnTally()
    /// Name-shaped cells of the column's first rows that stood alone in their rows: dropped,
    /// unless the column turns out to hold mostly such cells (`ColumnTally.holdsLookalikes`),
    /// when they are reported after all (`RecordCollector`). Their findings, nil when the sink
    /// only counts.
    var heldNames: [Finding?] = []
    /// Header text kept at most (bytes): enough for any real header, bounded for hostile ones.
    public static let headerLimit = 1024

    public init(number: Int, header: String?) {
        self.number = number
        self.header = header
    }
}

/// What a column's cells have held so far, as the detection engine read them.
public struct ColumnTally: Sendable {
    /// Cells in which a detector found a value with high confidence: a column that has shown
    /// names may hold one whose surname is rare.
    public var confirmedCells = 0
    /// Cells of text (not opening with a digit) that the cell detectors read.
    public var textCells = 0
    /// Those in which they found values with medium confidence only: what looks like a value
    /// with no header to say so (a name-shaped cell under no name header).
    public var lookalikeCells = 0
    /// Cells of text that titled the values under them (一等奖 over names: `Detector.headsValues`),
    /// not counted in `textCells`.
    public var titleCells = 0
    /// The column is a form's label (`RowLabels`): it names the value beside it, as a header
    /// does, but a header row's words beside each other look the same (负责人 | 任务), so what
    /// is an ordinary word (任务, 费用) is no value of it.
    public var isFormLabel = false

    public init() {}

    /// Three cells at least and three in four of the column's text cells look like values: a
    /// column of such values with no header to say so (a chart's categories, a header-less export).
    /// Under a title that heads them (一等奖 over its one or two winners), one is enough.
    public var holdsLookalikes: Bool {
        lookalikeCells >= (titleCells > 0 ? 1 : 3) && lookalikeCells * 4 >= textCells * 3
    }

    /// `holdsLookalikes`, with one more cell that looks like a value (the one being read).
    public var holdsLookalikesWithOneMore: Bool {
        var withIt = self
        withIt.lookalikeCells += 1
        withIt.textCells += 1
        return withIt.holdsLookalikes
    }
}

/// What the surroundings of a value (a column header, a keyword before it) say it is.
public struct ContextHints: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let idNumber = ContextHints(rawValue: 1 << 0)
    public static let phone = ContextHints(rawValue: 1 << 1)
    public static let email = ContextHints(rawValue: 1 << 2)
    public static let bankCard = ContextHints(rawValue: 1 << 3)
    public static let birthDate = ContextHints(rawValue: 1 << 4)
    /// The value belongs to an organisation (办公电话, 学校地址, 传真 …).
    public static let organisation = ContextHints(rawValue: 1 << 5)
    /// The value belongs to a person (家长, 学生, 班主任 …).
    public static let person = ContextHints(rawValue: 1 << 6)
    /// The value is a person's name (姓名, 监护人, Name …).
    public static let name = ContextHints(rawValue: 1 << 7)
    /// The value is a postal address (家庭住址, 通讯地址, Address …).
    public static let address = ContextHints(rawValue: 1 << 8)
    /// The value is of a kind no detector looks for (性别, 民族, 班级, 备注): the text names a
    /// column all the same, which tells a header row, and a form's labels from their values.
    /// Readers see it (`DetectionEngine.isColumnLabel`); detectors only on a published work's
    /// authors' column (`PublishedWorks`), where no name is looked for.
    public static let field = ContextHints(rawValue: 1 << 9)
    /// The cell follows one holding a sex alone (男, 女) in a table without a header: the next
    /// of a person's particulars (张伟 | 男 | 2012-03-05), a birth date if it is a date. Set for
    /// that cell by the engine (rows of delimited text) or the reader (`TableLayout`), never by
    /// a header.
    public static let followsSex = ContextHints(rawValue: 1 << 10)
    /// The value is a code of the school's or a system's own (学号, 考号, 准考证号, 工号, 订单号):
    /// a number there with a phone's shape is that code, not a phone (students numbered
    /// 18030101234 on). From a column header, or a label right before the value.
    public static let identifier = ContextHints(rawValue: 1 << 11)
    /// The text is a file's or folder's own name (`FileNameReader`): a name that is all of it,
    /// perhaps after a date or a number, is a person's (林子涵.jpg, 20220801_谭可欣.jpg: a class's
    /// photos). Set by that reader, never by a header.
    public static let ownName = ContextHints(rawValue: 1 << 12)
    /// The text is a document's own name (`FileNameReader`, not a photo's): a name that opens it
    /// before a blank or a dash (an underscore read as a blank) and the document's title is a
    /// person's (张子涵_检讨书.docx, 王梓萱-作文.doc: a class's submitted work), and so is one of
    /// three characters that is all of it but a number (0815王一诺.docx). Set by that
    /// reader, and by a header or key of files' names (文档名称, `document=`: `file_name` in
    /// header_keywords.txt), whose values are read the same way.
    public static let titledName = ContextHints(rawValue: 1 << 14)
    /// The text speaks for an organisation as a letterhead does, and its landline, e-mail and
    /// address are the organisation's unless a person's word stands before them: a document's
    /// page header or footer (a Word document's `header1.xml`, `footer1.xml`; set by the reader),
    /// or a cell of a statistics table, whose header names no person and no personal value (set
    /// by `DetectionEngine.settleHeader`).
    public static let letterhead = ContextHints(rawValue: 1 << 13)
    /// The value is a face, fingerprint, iris or palm-vein template (人脸特征值, 指纹模板,
    /// faceFeature, a ZKTeco clock's TEMPLATE).
    public static let biometric = ContextHints(rawValue: 1 << 15)
    /// With `.identifier`: the code is a thing's (资产编号, 订单号, 序列号: flag `thing`), never a
    /// person's, so a number there shaped like an ID is the code whatever its date. A column of
    /// things' names (物品名称, 商品名称: 名称 with flag `thing`) has it too: its words that look
    /// like names (文件盒, 白板笔) are things'.
    public static let thingCode = ContextHints(rawValue: 1 << 16)
    /// With `.name`: the column holds one part of a name (Surname | Given Name, 姓氏, as a
    /// passport's, an airline's or a visa form's table splits it), so one word is a name's part.
    public static let namePart = ContextHints(rawValue: 1 << 17)
    /// The column holds examples (错误写法（示例）, 填写示例: a guide's table of how to write and
    /// how not to): its values are made up. From a header, never a keyword's.
    public static let example = ContextHints(rawValue: 1 << 18)
}
