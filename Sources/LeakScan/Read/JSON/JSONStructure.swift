/// Where a JSON value stands: the containers around it, the key it is the value of, and so the
/// column it belongs to and the record it is part of.
///
/// A value's column is named after its key and the key of the object around it
/// (`guardians.phone`, `students.name`): the key says what the value is, as a CSV header does,
/// and the outer key tells a student's name from a guardian's. An object that is an element of
/// an array, or stands at the top (a line of JSON Lines), is a record, as a CSV row is; objects
/// inside it add their values to its record. In an object keyed by data (`{"张伟": {…}}`), each
/// key and its value are a record. A form's field given as a label beside its value, as
/// office platforms' APIs write them (钉钉 `{"name": "姓名", "value": "黎振宇"}`, 企业微信
/// `{"title": [{"text": "外出人"}], "value": {"text": "黎振宇"}}`, a questionnaire's answers
/// `{"题目": "学生姓名", "答案": "孔梓涵"}`), names its value by that label.
final class JSONStructure {
    private struct Container {
        let isObject: Bool
        /// Named after the key this container is the value of (an array's elements share the
        /// array's name).
        let name: Unmanaged<Column>
        /// An object that is a record of its own.
        let isRecord: Bool
        /// The column of the next value: in an object, its last key's (`name.key`); in an
        /// array, its name.
        var value: Unmanaged<Column>
        /// In an object, the last key alone: the name of a container that is its value.
        var keyName: Unmanaged<Column>
        /// The last key read was data (a name, an ID), not a label.
        var keyIsData = false
        /// What the last key says about a label beside a value (`SiblingKey`).
        var siblingKey = SiblingKey.none
        /// The column a label read beside the values names (`{"name": "姓名", …}`).
        var siblingLabel: Unmanaged<Column>?
        /// The container is the value of a labelled field (`"value": {"text": …}`): it is named
        /// after the label, and its own value keys take that name.
        var labelled = false
    }

    /// Keys of a field's label and of its value.
    enum SiblingKey {
        case none
        /// name, label, title, question (题目): the string under it may be the field's label.
        case label
        /// value, values, answer (答案): the field's value.
        case value
        /// text: a label's text in a title's list, or a value's text.
        case text
    }

    /// What a key is, worked out once per key and object name.
    private struct KeyEntry {
        let parent: Int
        let key: [UInt8]
        let isLabel: Bool
        let joined: Unmanaged<Column>
        let alone: Unmanaged<Column>
    }

    /// Containers tracked at most: deeper ones (hostile nesting) are counted, not kept.
    static let maximumDepth = 256
    /// Keys remembered and columns made at most: past that (a file keyed by millions of
    /// distinct keys), keys are looked at each time and name nothing, so memory stays bounded.
    static let maximumKeys = 4096

    private var stack: [Container] = []
    private var untrackedDepth = 0
    /// The next string in the current object is a key.
    private(set) var expectsKey = false
    private var keys: [UInt64: [KeyEntry]] = [:]
    private var keyCount = 0
    /// The columns of the labels read under each object name (by its column's number), as a
    /// table's header lists them.
    private var labelColumns: [Int: [Unmanaged<Column>]] = [:]
    private var columns: [String: Column] = [:]
    private let unnamed: Unmanaged<Column>
    private let unnamedColumn = Column(number: 0, header: nil)
    private let engine: DetectionEngine

    init(engine: DetectionEngine) {
        self.engine = engine
        unnamed = Unmanaged.passUnretained(unnamedColumn)
    }

    /// The column of a key: its object's name (a key may be data: objects keyed by student).
    var keyColumn: Unmanaged<Column> { stack.last?.name ?? unnamed }

    /// The column of a value at the current position.
    var valueColumn: Unmanaged<Column> { stack.last?.value ?? unnamed }

    /// A value ends the record when it stands alone at the top (JSON Lines of plain values).
    var isAtTop: Bool { stack.isEmpty && untrackedDepth == 0 }

    /// `{` or `[`. Returns whether the records read so far end here: an object that is a record
    /// of its own starts, and the values of its parent read before it are a record apart.
    func open(object: Bool) -> Bool {
        guard untrackedDepth == 0, stack.count < Self.maximumDepth else {
            untrackedDepth += 1
            return false
        }
        let top = stack.last
        let name = top.map { $0.isObject ? $0.keyName : $0.name } ?? unnamed
        let isRecord = object && (top == nil || top?.isObject == false)
        // The value of a labelled field, or an element of its list of values.
        let labelled = top.map { $0.isObject ? $0.siblingLabel != nil && $0.siblingKey == .value : $0.labelled } ?? false
        stack.append(Container(isObject: object, name: name, isRecord: isRecord,
                               value: object ? unnamed : name, keyName: unnamed, labelled: labelled))
        expectsKey = object
        return isRecord
    }

    /// `}` or `]`. Returns whether a record ends here.
    func close() -> Bool {
        if untrackedDepth > 0 {
            untrackedDepth -= 1
            return false
        }
        guard let closed = stack.popLast() else { return false }
        expectsKey = false
        return closed.isRecord || stack.isEmpty || (closed.isObject && closed.keyIsData)
    }

    /// `,`: in an object, a key comes next. Returns whether a record ends here: the entry of
    /// a key that is data.
    func comma() -> Bool {
        expectsKey = untrackedDepth == 0 && stack.last?.isObject == true
        return expectsKey && stack[stack.count - 1].keyIsData
    }

    /// A value was read: a key comes only after the next comma.
    func valueRead() {
        expectsKey = false
    }

    /// The key just read names the values after it when it is a label (`姓名`, `idCard`), not
    /// data (a name, an ID: objects keyed by student); a key that is data names nothing, so it
    /// never shows up as a field in a report. Returns whether it is a label: a label holds no
    /// personal data, and needs no scan.
    func keyRead(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        expectsKey = false
        guard untrackedDepth == 0, !stack.isEmpty else { return KeyLabel.isLabel(key, engine: engine) }
        let top = stack.count - 1
        let entry = self.entry(for: key, parent: stack[top].name)
        stack[top].value = entry?.joined ?? unnamed
        stack[top].keyName = entry?.alone ?? unnamed
        let label = entry?.isLabel ?? KeyLabel.isLabel(key, engine: engine)
        stack[top].keyIsData = !label
        let sibling = Self.siblingKey(key)
        stack[top].siblingKey = sibling
        // A field's value is named by the label beside it, or inside a labelled value by its name.
        let labelledName = stack[top].labelled ? stack[top].name : nil
        // A text beside a label is its value (问卷 exports: `{"title": "学生姓名", "type": "text",
        // "text": "孔梓涵"}`).
        if let named = sibling == .value || sibling == .text ? stack[top].siblingLabel ?? labelledName : nil {
            stack[top].value = named
            stack[top].keyName = named
        }
        return label
    }

    /// Bytes of a label beside a value, at most (身份证号（购票用）, twelve Chinese characters).
    private static let labelLength = 36
    private static let wideColon = Array("：".utf8)

    private static let siblingKeys: [(key: [UInt8], role: SiblingKey)] = [
        ("name", SiblingKey.label), ("label", .label), ("title", .label), ("fieldName", .label), ("field_name", .label),
        ("question", .label), ("题目", .label), ("问题", .label), ("字段", .label),
        ("value", .value), ("values", .value), ("answer", .value), ("答案", .value), ("回答", .value), ("text", .text),
    ].map { (key: Array($0.0.utf8), role: $0.1) }

    /// Compared byte by byte: every key of a large file passes here.
    private static func siblingKey(_ key: UnsafeBufferPointer<UInt8>) -> SiblingKey {
        guard key.count <= 10 else { return .none }
        return siblingKeys.first { $0.key.elementsEqual(key) }?.role ?? .none
    }

    /// A string value just read is a field's label beside its value (`{"name": "姓名", …}`, or
    /// the text in a title's list, `{"title": [{"text": "外出人"}], …}`): a header the detectors
    /// know, short, with no digit, blank or colon (a mind map's node titled `妈妈电话 175…` is
    /// data). It then names the values of its object's value key, and holds nothing to scan.
    func labelBesideValueRead(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard untrackedDepth == 0, let top = stack.indices.last, stack[top].isObject, text.count <= Self.labelLength,
              !text.contains(where: { isDigit($0) || $0 == 0x20 || $0 == UInt8(ascii: ":") }), !ByteScanning.contains(Self.wideColon, in: text)
        else { return false }
        let owner: Int
        switch stack[top].siblingKey {
        case .label: owner = top
        case .text where top >= 2 && !stack[top - 1].isObject && stack[top - 2].isObject && stack[top - 2].siblingKey == .label:
            owner = top - 2
        default: return false
        }
        // A school's name is a value, though it ends in a label's word (`{"name":"中牟县东风路学校",
        // "tel":…}`, a map's point).
        let label = String(decoding: text, as: UTF8.self)
        guard engine.isColumnLabel(label), !OrganisationContext.shared.isPlacedOrganisationName(text) else { return false }
        stack[owner].siblingLabel = column(named: label)
        return true
    }

    private func entry(for key: UnsafeBufferPointer<UInt8>, parent: Unmanaged<Column>) -> KeyEntry? {
        let parentNumber = parent.takeUnretainedValue().number
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(parentNumber)
        for b in key { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        if let entries = keys[hash],
           let found = entries.first(where: { $0.parent == parentNumber && $0.key.elementsEqual(key) }) {
            return found
        }
        guard keyCount < Self.maximumKeys else { return nil }
        keyCount += 1
        let label = KeyLabel.isLabel(key, engine: engine)
        var joined = unnamed
        var alone = unnamed
        if label {
            let text = String(decoding: key, as: UTF8.self)
            alone = column(named: text)
            joined = column(named: parent.takeUnretainedValue().header.map { "\($0).\(text)" } ?? text)
            settleLabels(adding: joined, parent: parentNumber)
        }
        let entry = KeyEntry(parent: parentNumber, key: Array(key), isLabel: label, joined: joined, alone: alone)
        keys[hash, default: []].append(entry)
        return entry
    }

    /// The objects under one name are a table's rows and their labels its header, settled as a
    /// table's (`DetectionEngine.settleHeader`) with each new label: in a list of published
    /// works (`{"书名": …, "作者": "鲁迅"}`) the authors' key says nothing; in a list of schools
    /// (`{"school_name": …, "phone": …}`) their contact details are their own.
    private func settleLabels(adding column: Unmanaged<Column>, parent: Int) {
        guard labelColumns[parent, default: []].count < DetectionEngine.settledHeaderKeys else { return }
        labelColumns[parent, default: []].append(column)
        engine.settleHeader(of: labelColumns[parent, default: []].map { $0.takeUnretainedValue() })
    }

    private func column(named field: String) -> Unmanaged<Column> {
        if let column = columns[field] { return Unmanaged.passUnretained(column) }
        guard columns.count < Self.maximumKeys else { return unnamed }
        let column = Column(number: columns.count + 1, header: field)
        columns[field] = column
        return Unmanaged.passUnretained(column)
    }
}
