/// The labels of a form, for the values beside them.
///
/// A registration or application form (学生登记表, 资助申请表) lays its fields out in rows of
/// label and value: 姓名 | 王小明 | 性别 | 男 | 出生日期 | 2008年3月2日. It has no header row,
/// so a value would be scanned with nothing to say what it is. A cell whose column says nothing
/// (no header, or one of a kind no detector looks for) is scanned under the last label before it
/// in its row instead (a label as a header row's, `HeaderRowFinder.isColumnLabel`): the value beside a form's label, and each value of a table laid out sideways
/// (姓名 | 王小明 | 李华 | …, 身份证号 | … in the row under). A label cell itself keeps its column.
struct RowLabels {
    /// The last label of the row so far: the column to scan the cells after it under.
    private var pending: Unmanaged<Column>?
    /// A label alone in a one-column table's record: the column of the record under it.
    private var labelAbove: Unmanaged<Column>?
    /// A column per label text met, nil for a text that is no label; bounded.
    private var columns: [String: Column?] = [:]
    private static let maximumTexts = 512
    /// A row of the form has named an organisation beside its label, and no person's label has
    /// come since (`place`).
    private var describesOrganisation = false
    /// The next cell is the first after the pending label: its value.
    private var labelsFirstValue = false
    /// A person's label has come in the table: a person's form, whose 工作单位 is their employer.
    private var personLabelled = false
    /// The current row is a sign-off row (`SignOffRow`).
    private var signOff: SignOffRow?
    /// Each of the current row's cells may be a label: it is a sign-off row.
    var inSignOffRow: Bool { signOff != nil }
    /// Per label column, its cells as an organisation's sign-off names them (`SignOffRow`):
    /// its hints and the letterhead's.
    private var organisationColumns: [ObjectIdentifier: Column] = [:]
    /// A sign-off row's cell with no label, after an organisation's name.
    private let organisationCell: Column = {
        let column = Column(number: 0, header: nil)
        column.hints = .letterhead
        return column
    }()

    /// The column a non-empty cell is scanned under: `own`, or the label before it.
    /// `mayBeLabel`: the cell is a text that may itself be a label; `opensRow`: it is the
    /// row's first, which may open a sign-off row.
    mutating func column(for own: Unmanaged<Column>, value: UnsafeBufferPointer<UInt8>, mayBeLabel: Bool, opensRow: Bool,
                         engine: DetectionEngine) -> Unmanaged<Column> {
        if opensRow { signOff = mayBeLabel && SignOffRow.opens(value) ? SignOffRow() : nil }
        if signOff != nil { return signOffColumn(for: own, value: value, isText: mayBeLabel, engine: engine) }
        return place(own, label: mayBeLabel ? label(value, engine: engine) : nil, value: value, engine: engine)
    }

    /// The column of a sign-off row's cell (`SignOffRow`): a label, alone or with its colon,
    /// keeps its own and names the cells after it whatever their columns; a label with its value
    /// in the cell is read under its own column; both, once an organisation is named, as the
    /// organisation's.
    private mutating func signOffColumn(for own: Unmanaged<Column>, value: UnsafeBufferPointer<UInt8>, isText: Bool,
                                        engine: DetectionEngine) -> Unmanaged<Column> {
        let colon = isText ? SignOffRow.colon(in: value) : nil
        let valueStart = colon?.valueStart ?? 0
        // A label alone keeps its colon, as a form's label does (姓名：).
        let labelText = colon.map { valueStart < value.count ? UnsafeBufferPointer(rebasing: value[$0.label]) : value } ?? value
        if isText, let label = label(labelText, engine: engine) {
            if !engine.hints(of: label).isDisjoint(with: [.name, .person]) { signOff?.speaksForOrganisation = false }
            if valueStart == value.count {
                pending = Unmanaged.passUnretained(label)
                return own
            }
        }
        let forOrganisation = signOff?.speaksForOrganisation == true
        let column: Unmanaged<Column>
        if colon == nil, let pending {
            column = forOrganisation ? Unmanaged.passUnretained(organisationColumn(pending, engine: engine)) : pending
        } else {
            column = forOrganisation ? Unmanaged.passUnretained(organisationCell) : own
        }
        // A signers' label names every cell after it up to the next label (评委签字： | 付丹丹 | 曹秋菊 | 严振华).
        if colon != nil || pending.map({ label in label._withUnsafeGuaranteedRef { !engine.hints(of: $0).contains(.name) } }) ?? true {
            pending = nil
        }
        if isText, OrganisationContext.shared.isOrganisationName(UnsafeBufferPointer(rebasing: value[valueStart...])) {
            signOff?.speaksForOrganisation = true
        }
        return column
    }

    /// `label`'s column as an organisation's sign-off names its cell: its hints and the letterhead's.
    private mutating func organisationColumn(_ label: Unmanaged<Column>, engine: DetectionEngine) -> Column {
        label._withUnsafeGuaranteedRef { label in
            if let made = organisationColumns[ObjectIdentifier(label)] { return made }
            let made = Column(number: 0, header: label.header)
            made.hints = engine.hints(of: label).union(.letterhead)
            organisationColumns[ObjectIdentifier(label)] = made
            return made
        }
    }

    /// `own` for a label cell (`label`), which the cells after it take; else the pending label,
    /// when `own` says nothing, and the label says something or `own` has no header: a field's
    /// label (班级, or a value holding its word, 一年级) names no cell of a column with a header.
    /// A label of a personal value (出生日期, 银行卡号) also names the cell beside it under a
    /// header of names: a form's table of family members (家庭成员 | 姓名 | 关系) above its rows
    /// of other fields.
    ///
    /// A form that describes an organisation (a supplier's or a travel agency's particulars,
    /// 单位名称 | 河南中旅国际旅行社有限公司 | 注册地址 | … | 联系电话 | 0371-…) gives its values as
    /// the organisation's, as a letterhead does, from the row whose label of a name (名称) has the
    /// organisation's name for its first value, before any person's label, until a person's label
    /// (联系人, 法定代表人) in the same table; in a column that says nothing. A person's form
    /// names their employer (姓名 | 金娜 … 工作单位 | 中牟县韩寺镇中心小学 | 电子邮箱 | …): theirs.
    private mutating func place(_ own: Unmanaged<Column>, label: Column?, value: UnsafeBufferPointer<UInt8>,
                                engine: DetectionEngine) -> Unmanaged<Column> {
        if let label {
            let hints = engine.hints(of: label)
            if !hints.isDisjoint(with: [.name, .person]), !hints.contains(.organisation) {
                describesOrganisation = false
                personLabelled = true
            }
            pending = Unmanaged.passUnretained(label)
            labelsFirstValue = true
            return own
        }
        guard let pending else { return own }
        let labelHints = pending._withUnsafeGuaranteedRef { engine.hints(of: $0) }
        defer { labelsFirstValue = false }
        if labelsFirstValue, !personLabelled, labelHints.contains(.organisation),
           pending._withUnsafeGuaranteedRef({ $0.header?.contains("名称") == true }), OrganisationContext.shared.isOrganisationName(value) {
            describesOrganisation = true
            return own
        }
        // A statistics table's columns say whose their contact details are, not what a cell is.
        let ownHints = own._withUnsafeGuaranteedRef { engine.hints(of: $0) }.subtracting(.letterhead)
        if ownHints.isEmpty {
            guard own._withUnsafeGuaranteedRef({ $0.header == nil }) || !labelHints.isEmpty else { return own }
            return describesOrganisation ? Unmanaged.passUnretained(organisationColumn(pending, engine: engine)) : pending
        }
        return ownHints.isSubset(of: [.name, .person]) && !labelHints.isDisjoint(with: Self.personalValues) ? pending : own
    }

    /// Hints of labels of a person's values other than names.
    private static let personalValues: ContextHints = [.idNumber, .phone, .email, .bankCard, .birthDate, .address]

    /// A row ends: its last label names nothing in the next row.
    mutating func endRow() {
        pending = nil
        signOff = nil
    }

    /// A one-column table laid out as a form downwards, a label alone on its line over its value
    /// (学生姓名 ↵ 毛铭泽 ↵ 出生日期 ↵ 2012-10-23 ↵ 家长手机 ↵ 187…: a form or an answer page copied
    /// line by line): the column the record's one value `text` is scanned under when a label
    /// stood alone in the record above it, else nil (a label itself keeps its column and names
    /// the next record).
    mutating func columnBelowLabel(value text: [UInt8], engine: DetectionEngine) -> Unmanaged<Column>? {
        if let above = labelAbove {
            labelAbove = nil
            return above
        }
        labelAbove = text.withUnsafeBufferPointer { label($0, engine: engine) }.map { Unmanaged.passUnretained($0) }
        return nil
    }

    /// The columns of a whole row's non-empty cells (`own` column and text, in order), for
    /// readers that know a row before they scan it (CSV); nil, and the row ended, when it is no
    /// row of a form: two labels or more each followed by its value, a label and its value
    /// alone, or a label heading values (a table laid out sideways). A row of data that holds
    /// one label-like value (母亲 beside a phone) keeps its columns.
    mutating func columns(forRow cells: [(own: Unmanaged<Column>, text: [UInt8])],
                          engine: DetectionEngine) -> [Unmanaged<Column>]? {
        defer { endRow() }
        var labels = cells.map { cell in cell.text.withUnsafeBufferPointer { label($0, engine: engine) } }
        // An office's name beside a label is its value, though offices head columns of their
        // landlines elsewhere (姓名 | 冯丽华 | 部门 | 教务处); so is a bank's branch beside the
        // bank's label (开户行 | 中国建设银行郑州经三路支行), though a bank's name is a card's keyword.
        for k in labels.indices.dropFirst() {
            guard let label = labels[k], let before = labels[k - 1] else { continue }
            let text = String(decoding: cells[k].text, as: UTF8.self)
            if engine.namesOrganisation(text)
                || engine.hints(of: label) == .bankCard && engine.hints(of: before) == .bankCard && Self.namesBankBranch(text) {
                labels[k] = nil
            }
        }
        let isLabel = labels.map { $0 != nil }
        guard HeaderRowFinder.labelValuePairs(isLabel) >= 2 || isLabel.count >= 2 && isLabel[0] && !isLabel.dropFirst().contains(true) else { return nil }
        return zip(cells, labels).map { cell, label in
            cell.text.withUnsafeBufferPointer { place(cell.own, label: label, value: $0, engine: engine) }
        }
    }

    /// A bank or a credit union, as a payee's form names it (工商银行, 中国建设银行郑州经三路支行,
    /// 农村信用社): four characters at least, ending in 行 or 社, not a label's words (开户银行).
    private static func namesBankBranch(_ text: String) -> Bool {
        text.unicodeScalars.count >= 4 && (text.hasSuffix("行") || text.hasSuffix("社")) && !text.contains("开户") && !text.contains("名称")
    }

    /// The columns of a sign-off row's non-empty cells (`own` column and text, in order), for
    /// readers that know a row before they scan it and have seen its first cell open a sign-off
    /// (CSV, `SignOffRow.opens`).
    mutating func columns(forSignOffRow cells: [(own: Unmanaged<Column>, text: [UInt8])],
                          engine: DetectionEngine) -> [Unmanaged<Column>] {
        defer { endRow() }
        signOff = SignOffRow()
        return cells.map { cell in
            cell.text.withUnsafeBufferPointer { signOffColumn(for: cell.own, value: $0, isText: true, engine: engine) }
        }
    }

    /// The column named by `value` when it is a label. Columns live in `columns` (pieces point to
    /// them unretained): once it is full, a text not met before names nothing.
    private mutating func label(_ value: UnsafeBufferPointer<UInt8>, engine: DetectionEngine) -> Column? {
        // A text with a digit is a value (初一(3)班, 第2项), though it holds a label's word; not
        // a question's number nor its note (1、学生姓名, 身份证号（18位）), and the label is the
        // question's words (第4题：银行卡号 is no form's field filled in).
        // Most cells asked about are no label: they are turned away before a string is made.
        // The label's words are outside its note: a name with its class in brackets (周雨桐
        // （七年级5班）) is a value.
        let core = QuestionLabel.core(of: value)
        guard value.count <= SecondHeaderRow.labelLimit, !value[core].contains(where: isDigit),
              engine.mayNameColumn(UnsafeBufferPointer(rebasing: value[core])),
              let text = HeaderText.make(UnsafeBufferPointer(rebasing: value[QuestionLabel.questionStart(value)...]))
        else { return nil }
        if let known = columns[text] { return known }
        guard columns.count < Self.maximumTexts else { return nil }
        let made = HeaderRowFinder.isColumnLabel(text, isLabel: engine.isColumnLabel) ? Column(number: 0, header: text) : nil
        made?.tally.isFormLabel = true
        columns[text] = made
        return made
    }
}
