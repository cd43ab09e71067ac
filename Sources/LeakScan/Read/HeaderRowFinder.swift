/// Finds a table's header row while its rows stream past (worksheets, HTML and Word tables,
/// CSV records).
///
/// School tables open with lines above the header: a title in a merged cell
/// (2024级新生信息登记表), a date (填表日期：…), form fields (学校：… | 填表人：…). So:
/// - A row of one cell is a title, unless it is a short label (家长手机) and the row under it
///   has one cell too: then it heads a one-column table.
/// - A row of form fields alone (填报单位：… | 填报日期：…) is no header either.
/// - The first row with two cells or more and no personal data is taken for the header. When
///   none of its cells is a label a detector knows (姓名, 身份证号 …), it is kept only until a
///   row with labels comes, before any data, within `searchRows` rows.
/// - A row in which personal data was found is a row of the table, not its header: after one,
///   only a row with two labels or more is a header (a sheet whose header row is missing).
/// - A row of a form (姓名 | 王小明 | 性别 | 男: labels each followed by a value; or 联系电话 |
///   0371… alone) is no header.
/// - The row right under the header may be a second header row (`SecondHeaderRow`).
/// Rows before the header is settled are scanned without column headers.
struct HeaderRowFinder {
    /// Rows looked at for a header with labels once a header without them, or data, has come:
    /// a table's header is near its top.
    static let searchRows = 16
    /// A lone cell that heads a one-column table is a short label (身份证号码, 家长联系电话).
    static let loneLabelLimit = 8

    /// A header with labels is settled, or the search is over.
    private var isFinal = false
    /// A header with labels names the columns.
    private(set) var namesColumns = false
    /// A header without labels is settled; a row with labels may still replace it.
    private var hasHeader = false
    private var sawData = false
    private var rowsSeen = 0
    /// The header row's texts while the row under it may still be a second header row.
    private var headerAbove: [(column: Int, text: String)]?
    /// Each non-empty cell of the current row, in order: its column, and its header text (nil
    /// for a number, or blanks).
    private var currentCells: [(column: Int, text: String?)] = []
    private var currentHasNumber = false
    /// Cells of the current row that span columns (HTML `colspan`, Word `gridSpan`): the column
    /// each starts in, and the last it covers.
    private var currentSpans: [Int: Int] = [:]
    /// The last row of one cell met before any header: a title, or a one-column table's header.
    private var loneRow: [(column: Int, text: String)]?
    private var settled: [(column: Int, text: String)]?

    /// Whether the current row's cells are wanted (`note`): the header, or the row under it, is
    /// not known yet.
    var wantsCells: Bool { !isFinal || headerAbove != nil }

    /// A non-empty cell of the current row, spanning `span` columns from `column`.
    mutating func note(column: Int, value: UnsafeBufferPointer<UInt8>, isText: Bool, span: Int = 1) {
        if span > 1 { currentSpans[column] = column + span - 1 }
        currentCells.append((column, isText ? HeaderText.make(value) : nil))
        currentHasNumber = currentHasNumber || !isText
    }

    /// A row of `cells` non-empty cells starts, for readers that know a row whole before they
    /// scan it (CSV): under a one-column table's lone label, the row is named before it is scanned.
    mutating func beginRow(cells: Int, isLabel: (String) -> Bool) {
        guard cells == 1, !isFinal, let lone = loneRow, Self.headsOneColumn(lone, isLabel: isLabel) else { return }
        loneRow = nil
        settle(lone, isFinal: true)
    }

    /// The label a row's first cell, in `column`, stands under when it opens a one-column table:
    /// the lone label of the row above it in the same column (姓名 over 孙浩然). Readers that
    /// meet a row's cells one by one learn that the row has one cell only when it ends, after
    /// the cell was scanned; what `endRow` then settles, the cell is scanned under at once. Ask
    /// before `note`, for the row's first cell.
    func loneLabel(above column: Int, isLabel: (String) -> Bool) -> String? {
        guard !isFinal, currentCells.isEmpty, let lone = loneRow, lone.first?.column == column,
              Self.headsOneColumn(lone, isLabel: isLabel) else { return nil }
        return lone.first?.text
    }

    /// The current row has ended; `holdsData`: personal data was found in it. `isLabel`: whether
    /// a text names a kind of value (`DetectionEngine.isColumnLabel`); `namesOrganisation`:
    /// whether it is an organisation's name (`DetectionEngine.namesOrganisation`); `mayBeValue`:
    /// whether a text may be a form's value beside a label (`DetectionEngine.mayBeValue`).
    mutating func endRow(holdsData: Bool, isLabel: (String) -> Bool, namesOrganisation: (String) -> Bool = { _ in false },
                         mayBeValue: (_ label: String, _ text: String) -> Bool = { _, _ in true }) {
        guard !currentCells.isEmpty else { return }
        defer {
            currentCells.removeAll()
            currentHasNumber = false
            currentSpans.removeAll()
        }
        // One cell naming an office (德育处办公室, …中学教务处) is a form's value beside its label
        // (谈话地点, 学校), no column's name; a row of several heads a table laid out by office.
        let organisations = currentCells.map { cell in cell.text.map(namesOrganisation) ?? false }
        let loneOrganisation = organisations.filter { $0 }.count == 1 ? organisations.firstIndex(of: true) : nil
        let currentRow = currentCells.indices.compactMap { k in
            k == loneOrganisation ? nil : currentCells[k].text.map { (column: currentCells[k].column, text: $0) }
        }
        if let top = headerAbove {
            headerAbove = nil
            if !holdsData, !currentHasNumber,
               let merged = SecondHeaderRow.merge(top: top, below: currentRow, isLabel: isLabel) {
                settle(merged, isFinal: true)
                return
            }
        }
        guard !isFinal else { return }
        // A form's fields above the table (填报单位：郑州市第十九中学 | 填报日期：…) are no header,
        // as a title is not: the table's header may follow.
        if !hasHeader, !sawData, !holdsData, currentCells.count >= 2,
           currentCells.allSatisfy({ $0.text.map(SecondHeaderRow.isFormField) ?? false }) { return }
        // Titles and notes above the table (rows of one cell) do not count.
        if hasHeader || sawData {
            rowsSeen += 1
            if rowsSeen >= Self.searchRows { isFinal = true }
        }
        let lone = loneRow
        loneRow = nil
        // Each non-empty cell in order: a label, or a value (a number, or text that is no label).
        // A quantity's label (超期天数, 金额（元）) is no form's value, whatever its words.
        let isLabelCell = currentCells.indices.map { k in
            k != loneOrganisation && currentCells[k].text.map { Self.isColumnLabel($0, isLabel: isLabel) || Self.namesQuantity($0) } ?? false
        }
        let labels = isLabelCell.filter { $0 }.count
        let formView = formView(of: isLabelCell)
        if currentCells.count == 1, let lone, Self.headsOneColumn(lone, isLabel: isLabel) {
            settle(lone, isFinal: true)
        } else if holdsData, sawData || labels < 2 || labels * 2 < currentCells.count
                    || labels * 2 == currentCells.count && isFormRow(formView, mayBeValue: mayBeValue) {
            // Data, unless half the first row of it or more is labels, not a form's each beside
            // its value: a header one of whose words looks like a name (姓名 | 房号 | 备注, 房 a
            // surname; 姓名 | 出生日期 | 乙肝疫苗 | 麻腮风, 麻 a surname).
            sawData = true
        } else if currentCells.count >= 2 {
            guard labels >= 2 || (!sawData && (labels > 0 || !hasHeader)), !isFormRow(formView, mayBeValue: mayBeValue) else { return }
            // A header cell spanning columns names each of them, unless a second header row
            // names them apart (that row finds the spanned columns empty above it).
            settle(currentRow.flatMap { cell in (cell.column...(currentSpans[cell.column] ?? cell.column)).map { ($0, cell.text) } },
                   isFinal: labels > 0)
            headerAbove = currentRow
        } else if !hasHeader, !sawData {
            loneRow = currentRow
        }
    }

    /// The header texts, once, when the header has just been settled.
    mutating func takeSettled() -> [(column: Int, text: String)]? {
        defer { settled = nil }
        return settled
    }

    /// No header is to be looked for any more (a record too long to be one).
    mutating func stopSearching() {
        isFinal = true
        headerAbove = nil
    }

    /// The row's cells as a form would pair them (`isLabel` for each): a text with no digit
    /// right after a quantity's label (班级数, 合计, 金额（元）) is no value of it, whose value is a
    /// number, but the next column's name (年级 | 班级数 | 男 | 女 | 合计 | 留守儿童, a statistics
    /// header); an amount is its value (申请金额 | 986.50元).
    private func formView(of isLabel: [Bool]) -> [Bool] {
        var view = isLabel
        for k in currentCells.indices.dropLast() where isLabel[k] && !isLabel[k + 1] {
            guard let text = currentCells[k + 1].text, !text.utf8.contains(where: isDigit) else { continue }
            if let label = currentCells[k].text, Self.namesQuantity(label) { view[k + 1] = true }
        }
        // A subject after the label of one is its value, though a subject names a score's
        // column (任教学科 | 初中英语: a teacher's form, no header).
        for k in currentCells.indices.dropLast() where isLabel[k] && isLabel[k + 1] {
            if let label = currentCells[k].text, let text = currentCells[k + 1].text, Self.namesSubjectTaught(label),
               Self.subjects.contains(where: text.contains) { view[k + 1] = false }
        }
        return view
    }

    /// A label of the subject a teacher teaches or a pupil takes (任教学科, 所教科目, 课程).
    private static func namesSubjectTaught(_ label: String) -> Bool {
        ["学科", "科目", "课程"].contains(where: label.hasSuffix)
    }

    /// The subjects of Chinese schools (科目 of the 课程方案), as forms fill them in (初中英语).
    private static let subjects = ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "道德与法治", "思想品德",
                                   "科学", "音乐", "美术", "体育", "信息技术", "通用技术", "心理健康", "劳动", "书法", "日语", "俄语"]

    /// A label of a quantity: a count (班级数, 人数, 合计, 比例) or a measure with its unit.
    static func namesQuantity(_ text: String) -> Bool {
        text.hasSuffix("数") || endsWithUnit(text) || DetectionEngine.namesCount(text)
    }

    /// Whether the current row is a row of a form: more than half its labels, and two or more,
    /// are followed by a cell that is no label (their values); or it is a label and its value
    /// alone, right beside it (a form of one field a row: 联系电话 | 0371…; a header of two
    /// labels apart, 班级 | | 情况, is not, nor one whose second word is no value of the first:
    /// 姓名 | 回执). `isLabel`: for each non-empty cell.
    /// A label's pair counts only when the text after it may be its value (届别 after 姓名, 微信号
    /// after 手机: a header's columns, 姓名 | 届别 | 职务 | 所在城市 | 手机 | 微信号 | 邮箱).
    private func isFormRow(_ isLabel: [Bool], mayBeValue: (String, String) -> Bool) -> Bool {
        func mayPair(_ k: Int) -> Bool {
            currentCells[k].text.flatMap { label in currentCells[k + 1].text.map { mayBeValue(label, $0) } } ?? true
        }
        return Self.pairsLabelsWithValues(isLabel, mayPair: mayPair) || alternatesWithBlankValues(isLabel)
            || isLabel == [true, false] && currentCells[1].column == currentCells[0].column + 1 && mayPair(0)
    }

    /// Whether the row's cells alternate label and value when an empty cell right after a label
    /// counts as its value, left blank: a form (曾用名 | | 性别 | 女), not a header with an empty
    /// column (姓名 | | 电话 | 地址). A row with no such blank is `pairsLabelsWithValues`' to judge
    /// (job_id | start_time | size_bytes | status: no text there is its label's value).
    private func alternatesWithBlankValues(_ isLabel: [Bool]) -> Bool {
        var sequence: [Bool] = []
        for (k, label) in isLabel.enumerated() {
            sequence.append(label)
            let column = currentCells[k].column
            if label, k + 1 < currentCells.count, currentCells[k + 1].column > (currentSpans[column] ?? column) + 1 { sequence.append(false) }
        }
        guard sequence.count > isLabel.count, sequence.count >= 4, sequence.count % 2 == 0 else { return false }
        return stride(from: 0, to: sequence.count, by: 2).allSatisfy { sequence[$0] && !sequence[$0 + 1] }
    }

    /// Whether two labels or more, and more than half the labels, of a row's cells in order
    /// (`isLabel` for each) are followed by a cell that is no label: a form's labels with their
    /// values (姓名 | 王小明 | 性别 | 男).
    static func pairsLabelsWithValues(_ isLabel: [Bool], mayPair: (Int) -> Bool = { _ in true }) -> Bool {
        let pairs = labelValuePairs(isLabel, mayPair: mayPair)
        return pairs >= 2 && pairs * 2 > isLabel.filter { $0 }.count
    }

    /// How many labels of a row's cells in order (`isLabel` for each) are followed by a cell
    /// that is no label (and that `mayPair`, given the label's index, says may be its value).
    static func labelValuePairs(_ isLabel: [Bool], mayPair: (Int) -> Bool = { _ in true }) -> Int {
        isLabel.indices.dropLast().filter { isLabel[$0] && !isLabel[$0 + 1] && mayPair($0) }.count
    }

    private mutating func settle(_ row: [(column: Int, text: String)], isFinal final: Bool) {
        namesColumns = namesColumns || final
        isFinal = isFinal || final
        hasHeader = true
        settled = row
    }

    /// A lone cell above another heads a one-column table when it is a short label, not a
    /// title (2024级学生名单, 子女教育支出信息 over a template's 填写说明 row).
    private static func headsOneColumn(_ row: [(column: Int, text: String)], isLabel: (String) -> Bool) -> Bool {
        // A label with its colon is a form's field left blank (a bill's 姓名： over its account
        // line), no column's name.
        guard let text = row.first?.text, !text.hasSuffix("："), !text.hasSuffix(":"),
              !titleEndings.contains(where: { text.hasSuffix($0) }) else { return false }
        return text.unicodeScalars.count <= loneLabelLimit && isColumnLabel(text, isLabel: isLabel)
    }

    /// The last words of a sheet's title (…信息, …名单, …登记表), no column's name.
    private static let titleEndings = ["信息", "情况", "名单", "名册", "汇总", "统计", "一览", "表"]

    /// A header's word for a quantity with its unit in brackets (用电量（kWh）, 电费（元）, 身高(cm)):
    /// a column's name, never a form's value, though no keyword knows it.
    static func endsWithUnit(_ text: String) -> Bool {
        guard let unit = bracketsAtEnd(text), unit.startIndex > text.unicodeScalars.index(after: text.unicodeScalars.startIndex) else { return false }
        return (1...Self.unitLength).contains(unit.count)
    }

    /// What the brackets closing `text` hold (`（人/天）` of 可容纳考生（人/天）), nil when it ends in none.
    static func bracketsAtEnd(_ text: String) -> Substring.UnicodeScalarView? {
        let scalars = text.unicodeScalars
        guard let close = scalars.last, close == "）" || close == ")",
              let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        return Substring(text).unicodeScalars[scalars.index(after: open)..<scalars.index(before: scalars.endIndex)]
    }

    /// Characters of a unit in brackets, at most (kWh, 万元, m³).
    private static let unitLength = 4

    /// A cell that names its column: a label the header keywords know, a few words long, not a
    /// form field (填表日期：…) nor a remark that happens to hold a keyword.
    static func isColumnLabel(_ text: String, isLabel: (String) -> Bool) -> Bool {
        text.utf8.count <= SecondHeaderRow.labelLimit && !SecondHeaderRow.isFormField(text) && !isGradeOrRank(text)
            && !kindsFilledIn.contains(text) && isLabel(text) && !isPlacedOrganisationName(text)
    }

    /// The values of a form's 单位性质 and 证件类型 (事业单位, 居民身份证): they hold a label's word
    /// (单位, 身份证) but fill the field in (单位性质 | 事业单位 is a filing form's row, no header).
    private static let kindsFilledIn: Set<String> = ["事业单位", "企业单位", "行政单位", "机关单位", "行政事业单位", "参公事业单位",
                                                     "民办非企业单位", "国有企业单位", "居民身份证", "中华人民共和国居民身份证"]

    /// An organisation's name opened by a place's: a form's value, though it ends in a label's
    /// word (学校 | 郑州外国语学校 | 年级 | 高一 is no header).
    private static func isPlacedOrganisationName(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(OrganisationContext.shared.isPlacedOrganisationName)
    }

    /// A grade, a class or a rank, as a form fills them in beside their labels (三年级, 三年级2班,
    /// 高一（3）班, 一级教师, 2021级): a number, then the word saying what it counts. It holds a
    /// label's word (年级, 教师) but is a value: a form's row `学生姓名 | 冯宇轩 | 年级 | 三年级`
    /// is no header.
    static func isGradeOrRank(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "初" || first == "高" {
            return scalars.dropFirst().first.map({ ChineseNumerals.contains($0.value) }) ?? false
        }
        let number = scalars.prefix { ChineseNumerals.contains($0.value) || ("0"..."9").contains($0) }
        guard !number.isEmpty else { return false }
        scalars = scalars.dropFirst(number.count)
        return scalars.first == "级" || scalars.starts(with: "年级".unicodeScalars)
    }
}
