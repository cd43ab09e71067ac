/// What leakscan knows about Chinese personal names, from patterns/: surnames with their
/// frequency ranks and pinyin (surnames.txt), ordinary words that begin like a name
/// (name_stop_words.txt), public and historical figures (public_figures.txt), pinyin syllables
/// (pinyin_syllables.txt), the words around names (name_cues.txt) and the elements of Tibetan
/// and Mongolian names, which have no surname, and the clans that open Yi names
/// (minority_name_elements.txt).
///
/// Every check works on `HanRun`s and 64-bit word keys: looking at a candidate allocates nothing.
final class NameLexicon: @unchecked Sendable {
    static let shared = NameLexicon(
        surnames: .embedded("surnames.txt"), stopWords: .embedded("name_stop_words.txt"),
        publicFigures: .embedded("public_figures.txt"), syllables: .embedded("pinyin_syllables.txt"),
        minorityElements: .embedded("minority_name_elements.txt"), cues: NameCues(file: PatternFile.embedded("name_cues.txt").withTraditionalSpellings(column: 1)),
        divisions: .shared, emptyValues: .shared)

    /// Frequency rank of each single-character surname by scalar (0: not a surname).
    private let surnameRank: [UInt16]
    /// Compound surnames (欧阳, 司马 …), and their first characters for a quick no.
    private let compoundSurnames: WordSet
    private let compoundFirsts: ScalarSet
    /// Words that are never a name nor a given name: titles, kinship and role words (王老师,
    /// 母亲, 孙阿姨) and empty-value words (同上).
    private let notNames: WordSet
    /// First characters of the empty-value words (暂, 待, 见 …): a name whose surname is not in
    /// our list never starts like a placeholder (暂缺, 待补充, 见备注).
    private let placeholderStarts: ScalarSet
    private let stopWords: WordSet
    /// The stop words jieba tags as a person's name (王晓东, 赵大明, 韦小宝): ordinary enough in
    /// text to be kept out of it, a name in a column of names.
    private let personStopWords: WordSet
    private let publicFigures: WordSet
    /// Romanised surnames (`zhang`, `ouyang`) and syllables, lower case.
    private let pinyinSurnames: Set<[UInt8]>
    private let syllables: Set<[UInt8]>
    /// Elements of Tibetan and Mongolian names (格桑, 卓玛, 巴特尔).
    private let minorityElements: WordSet
    /// Clan names of the Yi (吉克, 沙马), which open their names as a surname would.
    private let yiClans: WordSet
    /// The last characters of those elements: what a name of them ends with.
    private let elementLasts: ScalarSet
    let cues: NameCues
    /// `cues.followWordSeconds`, derived once and kept here: looked at before every name before a
    /// cue, where reaching into the cues' struct copied it.
    private let followSeconds: ScalarSet
    /// The `follow` words of two characters (参加, 观察): never a given name in running text.
    private let followWords: WordSet
    private let divisions: DivisionNames

    /// A surname at least this common, right before a title (向王老师), is taken for a bare surname.
    static let commonSurnameRank = 100
    /// Single surnames ranked after this are rare (the 百家姓 ones that the frequency lists lack).
    static let rareSurnameRank = 400

    init(surnames: PatternFile, stopWords: PatternFile, publicFigures: PatternFile, syllables: PatternFile,
         minorityElements: PatternFile, cues: NameCues, divisions: DivisionNames, emptyValues: EmptyValues) {
        var rank = [UInt16](repeating: 0, count: 0x10000)
        var compound: [UInt64] = []
        var pinyin = Set<[UInt8]>()
        for row in surnames.rows where row.count >= 2 {
            guard let scalars = HanText.scalars(row[0], limit: 2) else { continue }
            if scalars.count == 1 {
                let r = UInt16(clamping: Int(row[1]) ?? Int(UInt16.max))
                if rank[Int(scalars[0])] == 0 || r < rank[Int(scalars[0])] { rank[Int(scalars[0])] = max(r, 1) }
            } else {
                compound.append(HanText.key(scalars))
            }
            if row.count >= 3 {
                for reading in row[2].split(separator: ",") { pinyin.insert(Array(reading.lowercased().utf8)) }
            }
        }
        // A traditional surname (陳, 張) ranks as its simplified form, for the checks of a raw
        // character (`mayOpenSurname`); a `HanRun` holds the simplified one already.
        var firsts = Set(compound.map { UInt32($0 & 0xFFFF) })
        for (traditional, simplified, _) in TraditionalCharacters.pairs {
            if rank[Int(traditional)] == 0 { rank[Int(traditional)] = rank[Int(simplified)] }
            if firsts.contains(simplified) { firsts.insert(traditional) }
        }
        surnameRank = rank
        compoundSurnames = WordSet(compound)
        compoundFirsts = ScalarSet(Array(firsts))
        notNames = WordSet(cues.titleAndKinKeys + emptyValues.hanKeys)
        placeholderStarts = ScalarSet(emptyValues.hanKeys.map { UInt32($0 & 0xFFFF) })
        pinyinSurnames = pinyin
        self.stopWords = WordSet(stopWords.rows.compactMap { HanText.scalars($0[0]).map(HanText.key) })
        personStopWords = WordSet(stopWords.rows.compactMap { $0.count >= 2 && $0[1] == "person" ? HanText.scalars($0[0]).map(HanText.key) : nil })
        self.publicFigures = WordSet(publicFigures.rows.compactMap { HanText.scalars($0[0]).map(HanText.key) })
        self.syllables = Set(syllables.rows.map { Array($0[0].lowercased().utf8) })
        let elements = minorityElements.rows.compactMap { $0.count >= 2 && $0[0] != "yi_clan" ? HanText.scalars($0[1]) : nil }
        self.minorityElements = WordSet(elements.map(HanText.key))
        yiClans = WordSet(minorityElements.rows.compactMap { $0.count >= 2 && $0[0] == "yi_clan" ? HanText.scalars($0[1]).map(HanText.key) : nil })
        elementLasts = ScalarSet(elements.compactMap(\.last))
        self.cues = cues
        followSeconds = cues.followWordSeconds
        followWords = WordSet(cues.followWordKeys)
        self.divisions = divisions
    }

    /// Frequency rank of a single-character surname, 0 when it is none.
    @inline(__always)
    func rank(ofSurname s: UInt32) -> Int { s < 0x10000 ? Int(surnameRank[Int(s)]) : 0 }

    /// One of the `commonSurnameRank` most common surnames.
    @inline(__always)
    func isCommonSurname(_ s: UInt32) -> Bool { (1...Self.commonSurnameRank).contains(rank(ofSurname: s)) }

    /// `s` is a surname or the first character of a compound one: what `surnameLength` needs of
    /// a run's first character, for a quick no before the run is read.
    @inline(__always)
    func mayOpenSurname(_ s: UInt32) -> Bool { rank(ofSurname: s) > 0 || compoundFirsts.contains(s) }

    /// Characters of the surname that starts `run` at character `i`: 2 (compound), 1, or 0.
    @inline(__always)
    func surnameLength(_ run: HanRun, at i: Int = 0) -> Int {
        if i + 1 < run.count, compoundFirsts.contains(run[i]), compoundSurnames.contains(run.key(i..<(i + 2))) { return 2 }
        return i < run.count && rank(ofSurname: run[i]) > 0 ? 1 : 0
    }

    /// How much a name must prove. Under a name header (`column`) the header vouches for it: a
    /// surname and one to three more characters that are not a title or kinship word (王老师,
    /// 母亲, 孙阿姨), an empty-value word (同上), a role noun (门卫室) or an ordinary word of three
    /// characters or more (家庭住址). A whole cell under another
    /// header (`row`) must also have at most two given characters and not be an ordinary word
    /// (高兴, 王国) or a place (江苏); in running text (`context`) its given name may not hold a
    /// function character either (张伟在).
    enum Evidence {
        case column, row, context
    }

    /// Characters `i..<i+length` of `run` make a plausible full name (see `Evidence`).
    func isName(_ run: HanRun, at i: Int = 0, length: Int, evidence: Evidence) -> Bool {
        guard i + length <= run.count else { return false }
        let surname = surnameLength(run, at: i)
        guard surname > 0 else { return false }
        let given = length - surname
        guard given >= 1, given <= (surname == 1 && evidence == .column ? 3 : 2) else { return false }
        guard !cues.isNotLast(run[i + length - 1]) else { return false }
        // 某 stands for a character of the given name withheld (陈某, 王某某, 陈小某: a name
        // already masked).
        for k in (i + surname)..<(i + length) where run[k] == Self.withheld { return false }
        let word = run.key(i..<(i + length))
        if notNames.contains(word) || notNames.contains(run.key((i + surname)..<(i + length))) { return false }
        // A city and a direction name a railway station (郑州东, 许昌东, 广州南), no person.
        if length == 3, Self.isDirection(run[i + 2]), divisions.isName(run.key(i..<(i + 2))) { return false }
        // Two-character words are common given names too (高峰, 金鑫), and so are a compound
        // surname's words of one given character (欧阳天, 上官洲: dictionaries list such names);
        // other longer ones are labels or phrases (家庭住址, 班主任), never a name, even under a
        // name header, unless jieba knows them as a person's (王晓东). A rare surname's word of
        // two is the word (爱好: a blank form's padded label 爱　　好 under 姓　　名).
        guard evidence != .column else {
            if given == 1, surname == 1, !isCommonSurname(run[i]), stopWords.contains(word) { return false }
            return given == 1 || !stopWords.contains(word) || personStopWords.contains(word)
        }
        // In running text a function character ends the name (张伟在…); a cell has its own ends
        // (卜可为). Nor is a word that follows names a given name there: the surname stands alone
        // before it (学生王参加了…, a file's 心理委员周观察记录表).
        if evidence == .context {
            let givenName = run.key((i + surname)..<(i + length))
            if given == 2, followWords.contains(givenName) { return false }
            if !Self.givenWordsWithFunctionCharacters.contains(givenName) {
                for k in (i + surname)..<(i + length) where cues.isFunction(run[k]) { return false }
            }
        }
        return !stopWords.contains(word) && !divisions.isName(word)
    }

    /// Given names that are words of a function character, common in the generation of
    /// teachers and parents (张向阳, 王为民, 李和平) and of older rural adults (马有才): a name in running text all the same.
    private static let givenWordsWithFunctionCharacters = WordSet(
        ["向阳", "向东", "向荣", "向红", "为民", "为国", "为华", "和平", "有才", "有福", "有财", "有德", "有林", "有田",
         "有根", "有富", "有成", "有志"].compactMap { HanText.scalars($0[...]).map(HanText.key) })

    /// 东, 南, 西 or 北.
    @inline(__always)
    private static func isDirection(_ s: UInt32) -> Bool {
        s == 0x4E1C || s == 0x5357 || s == 0x897F || s == 0x5317
    }

    /// 某, "a certain": what is written for a character of a name kept back.
    private static let withheld: UInt32 = 0x67D0

    /// A word that follows names, of two characters, straddles window offset `i`: a name ending
    /// there would end inside it (放学时间推|迟到: 推迟).
    @inline(__always)
    func followWordStraddles(_ i: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int, end: Int) -> Bool {
        guard i - 3 >= lower, i + 3 <= end, let second = HanText.scalar(w, at: i, end: end), followSeconds.contains(second) else { return false }
        return cues.followWordStraddles(i, in: w)
    }

    /// Characters `i..<i+2` of `run` are an ordinary word (谢谢, 年底).
    func isStopWord(_ run: HanRun, at i: Int) -> Bool {
        i + 2 <= run.count && stopWords.contains(run.key(i..<(i + 2)))
    }

    /// The Han characters at `range` of `w` open with an ordinary word (方案一, 周末, 项目二): lines
    /// and columns of labels share it, names only their surname. Not a surname and 子 before a
    /// third character: as many given names open with 子 (王子涵, 李子轩) as words do (王子, 李子).
    func opensWithOrdinaryWord(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let run = HanRun(w, from: range.lowerBound, end: range.upperBound, limit: 3)
        return opensWithOrdinaryWord(run, length: run.count)
    }

    /// The first `length` characters of `run` open with an ordinary word (`opensWithOrdinaryWord`).
    func opensWithOrdinaryWord(_ run: HanRun, length: Int) -> Bool {
        isStopWord(run, at: 0) && !(length == 3 && run[1] == Self.zi && surnameLength(run) == 1)
    }

    /// 子, the first character of many given names.
    private static let zi: UInt32 = 0x5B50

    /// A well-known figure (李白, 鲁迅): in running text, not a leak.
    func isPublicFigure(_ run: HanRun, at i: Int, length: Int) -> Bool {
        publicFigures.contains(run.key(i..<(i + length)))
    }

    /// The run's last two to four characters are a well-known figure's name (他们是毛泽东 ends
    /// in 毛泽东).
    func endsWithPublicFigure(_ run: HanRun) -> Bool {
        run.count >= 2 && (2...min(run.count, 4)).contains { isPublicFigure(run, at: run.count - $0, length: $0) }
    }

    /// The run's first two to four characters are a well-known figure's name (包惠僧等); not two
    /// that open a name of three (刘秀兰: 刘秀 an emperor, 刘秀兰 a pupil).
    func opensWithPublicFigure(_ run: HanRun) -> Bool {
        run.count >= 2 && (2...min(run.count, 4)).contains { length in
            isPublicFigure(run, at: 0, length: length) && !(length == 2 && run.count >= 3 && isName(run, length: 3, evidence: .context))
        }
    }

    /// `w[range]` is a whole Han name of 2–4 characters (see `Evidence`), perhaps padded after
    /// its surname (see `nameCell`).
    func isHanName(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, evidence: Evidence) -> Bool {
        // Every such name opens with a surname: most cells (女, 汉族, 初三(9)班) fail at their first character.
        guard let first = HanText.han(w, at: range.lowerBound, end: range.upperBound), mayOpenSurname(first),
              let (run, padded) = nameCell(w, range) else { return false }
        return (padded == nil || padded == surnameLength(run)) && isName(run, length: run.count, evidence: evidence)
    }

    /// Under a name header, a name whose surname our list lacks (蹇文, 琚浩然: rare surnames that
    /// frequency lists miss): two or three characters, none a function character, that are no
    /// ordinary word, place, title or kinship word, and do not start like a placeholder.
    func isNameWithUnlistedSurname(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let (run, padded) = nameCell(w, range), run.count == 2 || run.count == 3, padded == nil || padded == 1,
              surnameLength(run) == 0, !placeholderStarts.contains(run[0]), !cues.isNotLast(run[run.count - 1])
        else { return false }
        for k in 0..<run.count where cues.isFunction(run[k]) { return false }
        let word = run.key(0..<run.count)
        return !notNames.contains(word) && !notNames.contains(run.key(1..<run.count)) && !stopWords.contains(word)
            && !isStopWord(run, at: 0) && !divisions.isName(word)
    }

    /// The characters of a cell that holds 2–4 Han characters and nothing else, and, when blanks
    /// stand after its first one or two characters, how many characters come before them: rosters
    /// pad a short name to the width of a longer one after its surname (王　芳, 王  芳, 欧阳　娜).
    private func nameCell(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (run: HanRun, padded: Int?)? {
        guard range.count >= 6, range.count <= 24 else { return nil }
        let head = HanRun(w, from: range.lowerBound, end: range.upperBound, limit: 4)
        let headEnd = head.offset(head.count)
        if headEnd == range.upperBound { return head.count >= 2 ? (head, nil) : nil }
        guard head.count == 1 || head.count == 2 else { return nil }
        let gapEnd = Self.paddingEnd(w, from: headEnd, end: range.upperBound)
        guard gapEnd > headEnd else { return nil }
        let tail = HanRun(w, from: gapEnd, end: range.upperBound, limit: 4)
        guard tail.count >= 1, head.count + tail.count <= 4, tail.offset(tail.count) == range.upperBound else { return nil }
        return (HanRun(joining: head, tail), head.count)
    }

    /// The end of at most four blanks from `i` (spaces, ideographic spaces, no-break spaces).
    private static func paddingEnd(_ w: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
        var j = i
        for _ in 0..<4 {
            if j < end, w[j] == 0x20 {
                j += 1
            } else if j + 2 < end, w[j] == 0xE3, w[j + 1] == 0x80, w[j + 2] == 0x80 {
                j += 3
            } else if j + 1 < end, w[j] == 0xC2, w[j + 1] == 0xA0 {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    /// `w[range]` is a Tibetan or Mongolian name without a surname: two to eight Han characters
    /// that are one or two name elements (卓玛, 格桑卓玛, 其木格, 斯琴高娃).
    func isNameOfElements(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 6, range.count <= 24, range.count % 3 == 0 else { return false }
        let run = HanRun(w, from: range.lowerBound, end: range.upperBound)
        return run.count * 3 == range.count && isNameOfElements(run)
    }

    /// `s` may end a name of name elements (玛 of 卓玛): a quick no before a run is read.
    @inline(__always)
    func mayEndNameOfElements(_ s: UInt32) -> Bool { elementLasts.contains(TraditionalCharacters.simplified(s, in: TraditionalCharacters.simplifiedForms)) }

    /// All of `run` (two characters or more) is one or two name elements.
    /// Characters `i..<i+2` of `run` are a Yi clan's name (吉克, 沙马).
    func isYiClan(_ run: HanRun, at i: Int) -> Bool {
        i >= 0 && i + 2 <= run.count && yiClans.contains(run.key(i..<(i + 2)))
    }

    func isNameOfElements(_ run: HanRun) -> Bool {
        guard run.count >= 2 else { return false }
        // A Yi name: its clan's name, then a given name of one to three characters (吉克阿依).
        // Not the clan's name before a title (沙马老师, a cell of teachers).
        if (3...5).contains(run.count), isYiClan(run, at: 0) { return !notNames.contains(run.key(2..<run.count)) }
        if run.count <= 4, minorityElements.contains(run.key(0..<run.count)) { return true }
        for split in 1..<run.count where split <= 4 && run.count - split <= 4 {
            if minorityElements.contains(run.key(0..<split)), minorityElements.contains(run.key(split..<run.count)) { return true }
        }
        return false
    }

    /// `w[range]` is a name in the style of Uyghur, Kazakh or Tibetan names written in Chinese:
    /// two to four parts of Han characters joined by a middle dot (阿不都·热合曼); with
    /// `fullStop`, under a name header, by the full stop typed for it too (热依拉.玉素甫).
    @inline(__always)
    func isDottedName(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fullStop: Bool = false) -> Bool {
        // Every middle dot ends in one of these bytes: a cell without one has none.
        guard range.count >= 8, range.count <= 60,
              range.contains(where: { w[$0] == 0xB7 || w[$0] == 0xA2 || w[$0] == 0xA7 || w[$0] == 0xBB || w[$0] == 0x8E
                                      || fullStop && w[$0] == 0x2E })
        else { return false }
        return isDottedName(parts: w, range, fullStop: fullStop)
    }

    /// The parts of `isDottedName`, once a byte of a middle dot is there.
    private func isDottedName(parts w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fullStop: Bool) -> Bool {
        var parts = 0
        var i = range.lowerBound
        var lastStart = i
        while i < range.upperBound {
            let run = HanRun(w, from: i, end: range.upperBound)
            guard run.count >= 1, run.count <= 6 else { return false }
            parts += 1
            lastStart = i
            i += 3 * run.count
            guard i < range.upperBound else { break }
            let dot = fullStop && w[i] == 0x2E ? 1 : Self.middleDotLength(w, at: i, end: range.upperBound)
            guard dot > 0, i + dot < range.upperBound else { return false }
            i += dot
        }
        guard parts >= 2, parts <= 4 else { return false }
        // A textbook's foreign figure, known by the last part of the name (玛丽·居里, 海伦·凯勒).
        guard (6...12).contains(range.upperBound - lastStart) else { return true }
        let last = HanRun(w, from: lastStart, end: range.upperBound, limit: 4)
        return !isPublicFigure(last, at: 0, length: last.count)
    }

    /// Bytes of a middle dot at `i` (· U+00B7, • U+2022, ‧ U+2027, ・ U+30FB, ． U+FF0E), or 0.
    static func middleDotLength(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        if i + 2 <= end, w[i] == 0xC2, w[i + 1] == 0xB7 { return 2 }
        guard let s = HanText.scalar(w, at: i, end: end) else { return 0 }
        return s == 0x2022 || s == 0x2027 || s == 0x30FB || s == 0xFF0E ? 3 : 0
    }

    /// Bytes of a middle dot ending at `end` (· U+00B7, ‧ U+2027, ・ U+30FB), or nil. Not a
    /// fullwidth full stop or a bullet: read backwards from a name, with nothing to say where a
    /// name began, they more often end a sentence or open an item (活动结束．张伟同学发言).
    @inline(__always)
    static func middleDotLength(_ w: UnsafeBufferPointer<UInt8>, endingAt end: Int, lower: Int) -> Int? {
        guard end - 2 >= lower else { return nil }
        if w[end - 1] == 0xB7, w[end - 2] == 0xC2 { return 2 }
        guard end - 3 >= lower, w[end - 1] == 0xA7 && w[end - 2] == 0x80 && w[end - 3] == 0xE2   // ‧
                || w[end - 1] == 0xBB && w[end - 2] == 0x83 && w[end - 3] == 0xE3 else { return nil }   // ・
        return 3
    }

    /// `w[range]` is a romanised name: two to four words of pinyin syllables, the first or the
    /// last a surname (`Zhang Wei`, `OUYANG Nana`, `Xiaoming Li`, `ZHAO/JIANHUA`, `LUO, Yaqi`), or each of two syllables or
    /// more (`Aziguli Shawuti`: Uyghur and other names are romanised from their Chinese form).
    func isPinyinName(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 4, range.count <= 40 else { return false }
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let b = w[i]
            i += 1
            if isASCIILetter(b) {
                current.append(b | 0x20)
                continue
            }
            // A space between words; inside a given name, a hyphen (Xiao-Ming) or the apostrophe
            // that divides syllables before a vowel (隔音符号: Zi'an, Zi’an).
            guard !current.isEmpty else { return false }
            // An airline's and a passport's `ZHAO/JIANHUA`: the surname, a slash, the given name.
            if b == 0x20 || b == UInt8(ascii: "/") {
                words.append(current)
                current = []
            } else if b == UInt8(ascii: ","), words.isEmpty, i < range.upperBound, w[i] == 0x20 {
                // A register's `LUO, Yaqi`: the surname first, a comma and a blank.
                words.append(current)
                current = []
                i += 1
            } else if b == 0xE2, i + 1 < range.upperBound, w[i] == 0x80, w[i + 1] == 0x99 {
                i += 2
            } else if b != 0x2D, b != 0x27 {
                return false
            }
        }
        if !current.isEmpty { words.append(current) }
        guard words.count >= 2, words.count <= 4 else { return false }
        let counts = words.map(syllableCount)
        guard counts.allSatisfy({ $0 > 0 }) else { return false }
        return pinyinSurnames.contains(words[0]) || pinyinSurnames.contains(words[words.count - 1])
            || counts.allSatisfy { $0 >= 2 }
    }

    /// `w[range]` is a surname in pinyin (`zhang`, `Wang`), capitals folded.
    func isPinyinSurname(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        pinyinSurnames.contains(range.map { w[$0] | 0x20 })
    }

    /// `w[range]` is a name in Latin letters of another language, as a column of names holds it
    /// (a visiting group's `Emily Johnson`, a foreign teacher's `Mary-Jane O'Brien`, `SMITH John`):
    /// two to four words, each a capital and letters (or all capitals), hyphens and apostrophes
    /// inside, none of the words a column's placeholders or labels hold (`Not Applicable`,
    /// `To Be Confirmed`, `Class Teacher`). Asked under a name header only: elsewhere such
    /// words are anything's.
    func isLatinName(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 5, range.count <= 40 else { return false }
        var words = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let start = i
            guard w[i] &- UInt8(ascii: "A") < 26 else { return false }
            while i < range.upperBound, isASCIILetter(w[i]) || (i > start && (w[i] == 0x2D || w[i] == 0x27)) { i += 1 }
            guard i - start >= 2, !Self.latinNonNames.contains(w, start..<i) else { return false }
            words += 1
            guard i == range.upperBound || w[i] == 0x20 else { return false }
            if i < range.upperBound { i += 1 }
        }
        return (2...4).contains(words)
    }

    /// `w[range]` is one part of a name, as a column of surnames or of given names holds it
    /// (`ZHANG` | `Jianhua`, `Emily`; 张 under 姓氏): one word of Latin letters, a capital and
    /// letters or all capitals (hyphens and apostrophes inside, `Xiao-Ming`, `O'Brien`), not a
    /// placeholder; or a Han surname alone. Asked under such a column only (`ContextHints.namePart`).
    func isNamePart(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if let first = HanText.han(w, at: range.lowerBound, end: range.upperBound) {
            guard range.count <= 6, mayOpenSurname(first) else { return false }
            let run = HanRun(w, from: range.lowerBound, end: range.upperBound, limit: 2)
            return run.offset(run.count) == range.upperBound && surnameLength(run) == run.count
        }
        guard range.count >= 2, range.count <= 24, w[range.lowerBound] &- UInt8(ascii: "A") < 26 else { return false }
        for i in range where !(isASCIILetter(w[i]) || (i > range.lowerBound && i < range.upperBound - 1 && (w[i] == 0x2D || w[i] == 0x27))) {
            return false
        }
        return !Self.latinNonNames.contains(w, range)
    }

    /// Words of a names column's cells that are no names (placeholders, totals, posts).
    private static let latinNonNames = FoldedWords([
        "not", "applicable", "none", "unknown", "to", "be", "confirmed", "tbd", "tba", "total", "class", "grade", "teacher",
        "student", "parent", "guardian", "name", "example", "sample", "test", "user", "admin", "guest", "staff", "group",
        "the", "and", "of", "room", "team", "leader", "no", "yes", "n", "a", "mr", "ms", "mrs", "miss", "dr", "see", "above", "below",
        // The placeholders of English templates (John Doe, Jane Doe).
        "doe",
        // An organisation's desk in a phone's call log or contacts (School Office, Customer Service).
        "school", "office", "department", "company", "centre", "center", "service", "support", "desk", "private", "number",
        "mobile", "home", "work", "customer", "reception", "hotline",
        // A table's other columns beside a name's (Chinese Name | Reading Level).
        "level", "score", "result", "status", "type", "date", "code", "notes", "remarks", "comments", "subject", "house",
        // A name's parts' headers printed again, and a sex in the wrong column.
        "surname", "given", "first", "last", "family", "forename", "male", "female",
        // A sentence's or a letter's words before a display name (Contact Emily Johnson <…>).
        "contact", "dear", "from", "attn", "hi", "hello", "cc",
        // A form's instructions in a name's place (Name: Please Print, Block Capitals).
        "please", "print", "write", "fill", "enter", "here", "your", "block", "capitals", "letters", "same", "as", "passport",
    ])

    /// The fewest pinyin syllables (at most six letters each) the word splits into; 0 when it
    /// is not pinyin.
    private func syllableCount(_ word: [UInt8]) -> Int {
        var fewest = [Int](repeating: Int.max, count: word.count + 1)
        fewest[0] = 0
        for start in 0..<word.count where fewest[start] < Int.max {
            for length in 1...min(6, word.count - start) where syllables.contains(Array(word[start..<(start + length)])) {
                fewest[start + length] = min(fewest[start + length], fewest[start] + 1)
            }
        }
        return fewest[word.count] == Int.max ? 0 : fewest[word.count]
    }
}
