/// The words around a name in running text, from patterns/name_cues.txt (see its header for
/// the roles). Cues are looked up by their first character, the one that wakes the detector.
struct NameCues: Sendable {
    enum Role: Sendable {
        case before, weakBefore, after, title, classWord, list, speaker, sex, score, amount
    }

    struct Cue: Sendable {
        let bytes: [UInt8]
        let role: Role
        /// The cue is also a header of a column of names (姓名, 家长姓名, 联系人): before a colon
        /// it labels the name after it as a form's field does (`HeaderKeywords`).
        let namesColumn: Bool
    }

    /// Cues grouped by first scalar, longest first in each group (联系人 before 联系).
    private let cues: [Cue]
    /// For each BMP scalar, where its group starts in `cues` and how long it is (count 0: none).
    private let groupStart: [UInt16]
    private let groupCount: [UInt8]
    private let follow: HanWordList
    private let lead: HanWordList
    private let notCues: HanWordList
    private let records: HanWordList
    private let subjects: HanWordList
    /// The third characters of those words (家长|会): most cues are followed by none of them.
    private let notCueThirds: ScalarSet
    /// Titles and kinship or role words, as word keys.
    let titleAndKinKeys: [UInt64]
    /// Function characters and characters that end role nouns.
    private let function: ScalarSet
    private let notLast: ScalarSet

    init(file: PatternFile, keywords: HeaderKeywords = .shared) {
        var byFirst: [UInt32: [Cue]] = [:]
        var follow: [[UInt8]] = []
        var lead: [[UInt8]] = []
        var notCues: [[UInt8]] = []
        var records: [[UInt8]] = []
        var subjects: [[UInt8]] = []
        var titlesAndKin: [UInt64] = []
        var function: [UInt32] = []
        var notLast: [UInt32] = []
        let roles: [Substring: Role] = ["before": .before, "weak_before": .weakBefore, "after": .after, "title": .title, "class": .classWord, "list": .list, "speaker": .speaker, "sex": .sex, "score": .score, "amount": .amount]
        for row in file.rows where row.count >= 2 && !row[1].isEmpty {
            let text = row[1]
            if let role = roles[row[0]], let first = text.unicodeScalars.first?.value {
                let namesColumn = role == .before && keywords.hints(forHeader: String(text)).contains(.name)
                byFirst[first, default: []].append(Cue(bytes: Array(text.utf8), role: role, namesColumn: namesColumn))
                if role == .title, let scalars = HanText.scalars(text) { titlesAndKin.append(HanText.key(scalars)) }
            } else if row[0] == "follow" {
                follow.append(Array(text.utf8))
            } else if row[0] == "lead" {
                lead.append(Array(text.utf8))
            } else if row[0] == "not_cue" {
                notCues.append(Array(text.utf8))
            } else if row[0] == "record" {
                records.append(Array(text.utf8))
            } else if row[0] == "subject" {
                subjects.append(Array(text.utf8))
            } else if row[0] == "kin", let scalars = HanText.scalars(text) {
                titlesAndKin.append(HanText.key(scalars))
            } else if row[0] == "function", let s = text.unicodeScalars.first?.value {
                function.append(s)
            } else if row[0] == "not_last", let s = text.unicodeScalars.first?.value {
                notLast.append(s)
            }
        }
        var cues: [Cue] = []
        var groupStart = [UInt16](repeating: 0, count: 0x10000)
        var groupCount = [UInt8](repeating: 0, count: 0x10000)
        for (first, group) in byFirst.sorted(by: { $0.key < $1.key }) where first < 0x10000 {
            groupStart[Int(first)] = UInt16(cues.count)
            groupCount[Int(first)] = UInt8(group.count)
            cues += group.sorted { $0.bytes.count > $1.bytes.count }
        }
        self.cues = cues
        self.groupStart = groupStart
        self.groupCount = groupCount
        self.follow = HanWordList(follow)
        self.lead = HanWordList(lead)
        self.notCues = HanWordList(notCues)
        self.records = HanWordList(records)
        self.subjects = HanWordList(subjects)
        notCueThirds = ScalarSet(notCues.compactMap { word in
            let scalars = Array(String(decoding: word, as: UTF8.self).unicodeScalars)
            return scalars.count > 2 ? scalars[2].value : nil
        })
        titleAndKinKeys = titlesAndKin
        self.function = ScalarSet(function)
        self.notLast = ScalarSet(notLast)
    }

    /// The characters that start a cue: what wakes the name detector.
    var triggers: [Unicode.Scalar] {
        Array(Set(cues.compactMap { HanText.firstScalar($0.bytes) }))
    }

    /// Indices in `cue(at:)` of the cues that start with `scalar`, longest first.
    @inline(__always)
    func cueIndices(startingWith scalar: UInt32) -> Range<Int> {
        guard scalar < 0x10000 else { return 0..<0 }
        let start = Int(groupStart[Int(scalar)])
        return start..<(start + Int(groupCount[Int(scalar)]))
    }

    @inline(__always) func cue(at index: Int) -> Cue { cues[index] }

    var count: Int { cues.count }

    @inline(__always) func isFunction(_ s: UInt32) -> Bool { function.contains(s) }

    @inline(__always) func isNotLast(_ s: UInt32) -> Bool { notLast.contains(s) }

    /// A word that opens with a cue and is none starts at window offset `i` (家长|会).
    func notCueStarts(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let third = HanText.scalar(w, at: i + 6, end: end), notCueThirds.contains(third) else { return false }
        return notCues.length(at: i, in: w, end: end) > 0
    }

    /// Keys (`HanText.key`) of the `follow` words of two characters that lead no names: time
    /// words (明天, 今年) are given names too (许明天).
    var followWordKeys: [UInt64] {
        let leads = Set(lead.words)
        return follow.words.compactMap { word in
            let scalars = String(decoding: word, as: UTF8.self).unicodeScalars.map(\.value)
            return scalars.count == 2 && !leads.contains(word) ? HanText.key(scalars) : nil
        }
    }

    /// A `follow` word of two characters or more starts at window offset `i` (最近, 参加; not 获).
    func longFollowWordStarts(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        follow.contains(at: i, in: w, end: end) { $0 >= 6 }
    }

    /// The second characters of the `follow` words of two: one at a name's end may open such a
    /// word that began inside the name (时间推|迟到: 推迟).
    var followWordSeconds: ScalarSet {
        ScalarSet(follow.words.compactMap { word in
            let scalars = Array(String(decoding: word, as: UTF8.self).unicodeScalars)
            return scalars.count == 2 ? scalars[1].value : nil
        })
    }

    /// A `follow` word of two characters straddles window offset `i`, its first the character
    /// before (放学时间推|迟到: 推迟), and no shorter one ends there; asked once the character at
    /// `i` is a second one (`NameLexicon.followWordStraddles`).
    func followWordStraddles(_ i: Int, in w: UnsafeBufferPointer<UInt8>) -> Bool {
        follow.length(at: i - 3, in: w, end: i + 3) == 6 && follow.length(at: i - 3, in: w, end: i) == 0
    }

    /// `w[range]` holds a word naming a record of a person (表, 成绩, 档案): a document's title.
    func namesRecord(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if records.length(at: i, in: w, end: range.upperBound) > 0 { return true }
            i += ByteScanning.sequenceLength(lead: w[i])
        }
        return false
    }

    /// `w[range]` is a school subject and nothing else (语文, 道德与法治).
    func isSubject(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && subjects.contains(at: range.lowerBound, in: w, end: range.upperBound) { $0 == range.count }
    }

    /// A school subject opens the text at `i` (数学 of 数学　高级教师).
    func subjectStarts(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        subjects.contains(at: i, in: w, end: end) { _ in true }
    }

    /// A `follow` word starts at window offset `i`.
    func followWordStarts(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        follow.length(at: i, in: w, end: end) > 0
    }

    /// A `lead` word ends at window offset `end` (今天|张伟).
    func leadEnds(at end: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        lead.length(endingAt: end, in: w, lower: lower) > 0
    }

    /// `w[range]` is a whole `lead` word of two characters or more (周五, 明天).
    func isLeadWord(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count >= 6 && lead.contains(at: range.lowerBound, in: w, end: range.upperBound) { $0 == range.count }
    }

    /// A cue of one of `roles`, longer than `longerThan` bytes, ends right at window offset `end`
    /// (学生|张伟, 二班|张伟).
    func cueEnds(at end: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int, roles: [Role], longerThan: Int = 0) -> Bool {
        cues.contains { cue in
            roles.contains(cue.role) && cue.bytes.count > longerThan && end - cue.bytes.count >= lower
                && HanText.has(cue.bytes, in: w, at: end - cue.bytes.count, end: end)
        }
    }

    /// A cue of one of `roles`, or a `follow` word, starts at window offset `i`, and no word that
    /// opens with one and is none (家长会).
    func wordFollows(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        (followWordStarts(at: i, in: w, end: end) || afterCueStarts(at: i, in: w, end: end)) && !notCueStarts(at: i, in: w, end: end)
    }

    /// A title (老师, 先生) starts at window offset `i`.
    func titleStarts(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let s = HanText.scalar(w, at: i, end: end) else { return false }
        return cueIndices(startingWith: s).contains { cues[$0].role == .title && HanText.has(cues[$0].bytes, in: w, at: i, end: end) }
    }

    /// A cue that stands after a name (同学, 老师, 之子) starts at window offset `i`; one of a
    /// single character (妈, 等) only before what is not Chinese (罗天佑妈138…, 白博文等4名同学;
    /// not 一等奖).
    func afterCueStarts(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let s = HanText.scalar(w, at: i, end: end) else { return false }
        return cueIndices(startingWith: s).contains {
            (cues[$0].role == .after || cues[$0].role == .title) && HanText.has(cues[$0].bytes, in: w, at: i, end: end)
                && (cues[$0].bytes.count > 3 || HanText.han(w, at: i + 3, end: end) == nil)
        }
    }
}
