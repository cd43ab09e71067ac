/// Holds what the engine finds in one record (a table row, a line of text) until the record ends,
/// then hands it to the sink, deciding on the way what only the whole record can tell:
/// - a value that says little alone (`needsCompanion`: a cell that merely looks like a name, an
///   address under a plain 地址 header, a card number with no label) counts only beside a
///   personal value of another kind in the same row (a card's and a look-alike name's vouch for
///   each other), or, for names, beside two more names (`vouchForEachOther`); the first two
///   such names of a column are held back (`Column.heldNames`), and reported with the third
///   that its column vouches for (a header-less list of names);
/// - a mobile number taken for an organisation's (after 教务处, a school's name, under 办公电话)
///   is the person's when its line, or its row when its column's header made it the
///   organisation's, or its cell, holds their name (姓名：张伟 部门：教务处 手机：138…; 教务处 |
///   13812345678 | 张伟: offices have landlines, people mobiles; a cell's `会务组：潘卫俊 电话：159…`;
///   a roster's remark `报名咨询电话：187…` stays the school's beside the pupil's name); on a line of text, an
///   address so taken (after a school's name) is the person's when the line also holds their
///   name, ID or phone, and a name so taken (an office's 联系人) is the person's when the line
///   holds their mobile or another personal value;
/// - a name together with another personal value is also reported as one `record`.
struct RecordCollector {
    /// What the decisions need of a value; plain data, so that counting costs no reference counting.
    private struct Entry {
        var kind: Kind
        var confidence: Confidence
        var organisational: Bool
        var needsCompanion: Bool
        var columnMayVouch: Bool
        /// The table column of the value's cell (nil in running text).
        var column: Unmanaged<Column>?
    }

    /// Names a column holds back at most (`Column.heldNames`): a column vouches for its names
    /// from its third on.
    static let heldNamesLimit = 2

    /// Names in the record that only look like names, and those of three characters or more.
    private var lookalikeNames = 0
    /// Card or account numbers in the record that need company (`needsCompanion`: no label, or
    /// no card's prefix).
    private var unlabelledCards = 0
    /// The last record handed on held names that only look like names, reported or not.
    private(set) var lastRecordHadLookalikeNames = false
    private var longLookalikeNames = 0
    /// Reused storage: a value is added for every finding, millions of times.
    private let entries = ReusedStorage<Entry>(capacity: 64)
    /// The findings of `entries`, one for one, when the sink wants details.
    private var findings: [Finding] = []
    /// A record this long is handed on in parts, so that memory stays bounded on a hostile
    /// line (a million phone numbers on one line is a list, not a record).
    static let limit = 4096

    var isEmpty: Bool { entries.isEmpty }
    var isFull: Bool { entries.count >= Self.limit }
    /// A cell of the record marks it as a template's example (示例, 样例, 范例: `…（示例）,张三,男,
    /// 2012-01-01`): its values are made up, and none is handed on.
    private var isExample = false

    /// The record being read is a template's example row.
    mutating func markExample() { isExample = true }

    /// A cell of the record names an organisation where a person's name stands (a map's points
    /// keyed `name`: `{"name":"…小学","address":…,"tel":…}`): its landlines, e-mails and
    /// addresses are the organisation's.
    private var namesOrganisation = false

    mutating func markOrganisation() { namesOrganisation = true }

    /// The record's first cell names an office (德育处 | （办公室） | 0371-…, a contact table's
    /// office row; 总务处制 in a duty roster's footer row): with no person's name in the record,
    /// its landlines, e-mails and addresses are the office's.
    private var opensWithOrganisation = false

    mutating func markOpensWithOrganisation() { opensWithOrganisation = true }

    /// The kinds of value an office has of its own.
    private static let officeKinds: UInt32 = 1 << Kind.landline.ordinal | 1 << Kind.email.ordinal | 1 << Kind.address.ordinal

    @inline(__always)
    mutating func add(_ m: Match, finding: Finding?, column: Unmanaged<Column>?) {
        entries.append(Entry(kind: m.kind, confidence: m.confidence, organisational: m.organisational,
                             needsCompanion: m.needsCompanion, columnMayVouch: m.columnMayVouch, column: column))
        if m.needsCompanion, m.kind == .bankCard { unlabelledCards += 1 }
        if m.needsCompanion, m.kind == .name {
            lookalikeNames += 1
            // Three characters or more: nine bytes (王梓轩, or 王　明 padded).
            if m.range.count >= 9 { longLookalikeNames += 1 }
        }
        if let finding { findings.append(finding) }
    }

    /// Ends the record: hands its findings to `sink` in the order they were found, then its
    /// `record` finding if it is one. Returns how many findings were handed on (or dropped as an
    /// example row's: the row is a row of data all the same, no header).
    @discardableResult
    mutating func flush<S: FindingSink>(into sink: inout S, isTextLine: Bool) -> Int {
        lastRecordHadLookalikeNames = lookalikeNames > 0
        let example = isExample
        let organisation = namesOrganisation
        let organisationRow = opensWithOrganisation
        isExample = false
        namesOrganisation = false
        opensWithOrganisation = false
        guard !entries.isEmpty else { return 0 }
        defer {
            entries.removeAll()
            findings.removeAll(keepingCapacity: true)
            lookalikeNames = 0
            longLookalikeNames = 0
            unlabelledCards = 0
        }
        guard !example else { return entries.count }
        if organisation || organisationRow && !entries.contains(where: { $0.kind == .name && !$0.organisational }) {
            // An organisation's row holds its bank account too (收款户名 | 收款账号: a school's); an
            // office's row, a staff member's card as often.
            let kinds = organisation ? Self.officeKinds | 1 << Kind.bankCard.ordinal : Self.officeKinds
            for k in entries.indices where kinds & 1 << entries[k].kind.ordinal != 0 {
                entries.all[k].organisational = true
                if sink.wantsDetails { findings[k].organisational = true }
            }
        }
        // Kinds of the personal values that stand on their own.
        var confirmed: UInt32 = 0
        for e in entries where !e.organisational && !e.needsCompanion { confirmed |= 1 << e.kind.ordinal }
        let namesVouch = vouchForEachOther()
        // A card beside a name, even one that only looks like a name: they vouch for each other
        // (a bank's payroll row, 6217…|王梓涵|1250.00|助学金; a parent's `王梓涵 6217…`).
        if unlabelledCards > 0, confirmed & 1 << Kind.name.ordinal != 0 || lookalikeNames > 0 {
            confirmed |= 1 << Kind.name.ordinal | 1 << Kind.bankCard.ordinal
        }
        let hasName = confirmed & (1 << Kind.name.ordinal) != 0
        let hasPersonalBesideName = confirmed & ~(1 << Kind.name.ordinal) != 0
        let details = sink.wantsDetails
        var joined: UInt32 = 0
        var recordConfidence = Confidence.medium
        var first: Int?
        var spanStart = Int.max
        var spanEnd = 0
        var handed = 0
        // Personal values met so far on the line: an organisation's address gives way only to a
        // person named before it (张伟，家住… over a school's; not 该校位于…，校长郭建民同志).
        var personalBefore = false
        for k in entries.indices {
            var e = entries[k]
            let addressMayGiveWay = personalBefore
            personalBefore = personalBefore || e.kind != .address && !e.organisational && !e.needsCompanion
            // A value that needs company keeps it only beside a personal value of another kind.
            // So does a name its column vouches for by now: a list's names may all stand in one
            // record (a JSON array of them), the column's tally counting them all before its end.
            if e.needsCompanion, confirmed & ~(1 << e.kind.ordinal) == 0, !(namesVouch && e.kind == .name),
               !(e.columnMayVouch && e.column.map(Self.vouches) == true) {
                if e.columnMayVouch, let column = e.column { hold(details ? findings[k] : nil, in: column) }
                continue
            }
            if e.kind == .name, let column = e.column { handed += release(column, into: &sink) }
            if e.organisational, e.kind == .mobile && hasName && (isTextLine || e.column.map(Self.namesOrganisations) == true
                                                                  || namesPerson(inCellOf: e))
                || isTextLine && ((e.kind == .address && addressMayGiveWay) || (e.kind == .name && hasPersonalBesideName)) {
                e.organisational = false
                if details { findings[k].organisational = false }
            }
            handed += 1
            if details { sink.add(findings[k]) } else { sink.count(e.kind, organisational: e.organisational) }
            guard !e.organisational else { continue }
            joined |= 1 << e.kind.ordinal
            recordConfidence = max(recordConfidence, e.confidence)
            if details {
                if first == nil { first = k }
                spanStart = min(spanStart, findings[k].sourceRange.lowerBound)
                spanEnd = max(spanEnd, findings[k].sourceRange.upperBound)
            }
        }
        let name: UInt32 = 1 << Kind.name.ordinal
        guard joined & name != 0, joined & ~name != 0 else { return handed }
        if let first {
            var location = findings[first].location
            location.column = nil
            location.field = nil
            sink.add(Finding(kind: .record, confidence: recordConfidence, location: location, sourceRange: spanStart..<max(spanStart, spanEnd),
                             value: "", joins: [.name] + Kind.allCases.filter { $0 != .name && joined & (1 << $0.ordinal) != 0 }))
        } else {
            sink.count(.record, organisational: false)
        }
        return handed + 1
    }

    /// Drops the entries' columns (references that hold nothing alive): the record is handed
    /// on without holding names back for, or releasing them from, columns that may be gone.
    mutating func forgetColumns() {
        for k in entries.all.indices { entries.all[k].column = nil }
    }

    /// Holds back a name of a column's first rows that stood alone in its row (`Match.columnMayVouch`).
    private func hold(_ finding: Finding?, in column: Unmanaged<Column>) {
        column._withUnsafeGuaranteedRef { column in
            guard column.heldNames.count < Self.heldNamesLimit, column.tally.lookalikeCells <= Self.heldNamesLimit else { return }
            column.heldNames.append(finding)
        }
    }

    /// `column`'s header names organisations' contact details (办公电话, 学校电话).
    private static func namesOrganisations(_ column: Unmanaged<Column>) -> Bool {
        column._withUnsafeGuaranteedRef { $0.hints?.contains(.organisation) == true }
    }

    /// A person's name stands in the cell of `entry` (`会务组：潘卫俊  电话：159…`: the person the
    /// office's cue named).
    private func namesPerson(inCellOf entry: Entry) -> Bool {
        guard let column = entry.column?.toOpaque() else { return false }
        return entries.contains { $0.kind == .name && !$0.organisational && $0.column?.toOpaque() == column }
    }

    /// `column` holds mostly names that only look like names (`Column.holdsLookalikes`).
    private static func vouches(_ column: Unmanaged<Column>) -> Bool {
        column._withUnsafeGuaranteedRef { $0.tally.holdsLookalikes }
    }

    /// Hands on the names `column` held back, once it holds mostly names; returns how many.
    private func release<S: FindingSink>(_ column: Unmanaged<Column>, into sink: inout S) -> Int {
        column._withUnsafeGuaranteedRef { column in
            // Asked for every name of a table: no copy of the array until there is one to hand on.
            guard !column.heldNames.isEmpty, column.tally.holdsLookalikes else { return 0 }
            let held = column.heldNames
            for finding in held {
                if let finding { sink.add(finding) } else { sink.count(.name, organisational: false) }
            }
            column.heldNames = []
            return held.count
        }
    }

    /// Three cells or more of the row look like names, half of them or more of three characters:
    /// a grid of names (a list of award winners laid out in a table, a seating plan), whose
    /// names vouch for each other as in a list (张伟、李娜). Abbreviations that look like names
    /// have two characters (高数 | 马哲 | 毛概).
    private func vouchForEachOther() -> Bool {
        lookalikeNames >= 3 && longLookalikeNames * 2 >= lookalikeNames
    }
}
