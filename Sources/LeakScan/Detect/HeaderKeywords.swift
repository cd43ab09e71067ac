/// Keywords that say what a value is: in a column header (`身份证号码`, `Phone`) or in the text
/// just before a value (`身份证：410…`). Loaded from patterns/header_keywords.txt.
public struct HeaderKeywords: Sendable {
    struct Keyword: Sendable {
        let bytes: [UInt8]
        let hint: ContextHints
        /// ASCII keywords match whole words only, so that `id` does not fire inside `valid`; a
        /// change from a small letter to a capital ends a word (`studentName`, `idCard`).
        let wholeWord: Bool
        /// A field code (`XM` 姓名, `LXDH` 联系电话: pinyin initials) also ends a longer word of
        /// letters, since codes are joined without a separator (`JHRXM` 监护人姓名); marked `code`.
        let endsWord: Bool
        /// In a header the keyword counts only as its last word, no Chinese word after it: a
        /// Chinese compound names what its last word names, so 学生 and 监护人 head a column of
        /// names but 学生类别, 监护人关系 and 老师评语 do not (marked `head` in the file); an
        /// English keyword, no word after it (Student, not Student ID).
        let headOnly: Bool
        /// The keyword names a column only, in a header: before a value in running text it says
        /// nothing (部门, 单位: a form's 部门：教务处 手机：138… is a person's mobile; marked `column`).
        let columnOnly: Bool
        /// A title that follows a bare surname: a header of one character and the title (张老师)
        /// names one person by their surname, so its column is that person's, not one of names
        /// (a timetable's columns 张老师 | 李老师 over places or subjects; marked `title`).
        let title: Bool
        /// A person keyword for staff (联系人, 老师, 主任: marked `staff`): after an office's name,
        /// the office's landline or e-mail it introduces is the office's (`OrganisationContext`).
        let staff: Bool
        /// A staff word that addresses a person after their surname (杨老师, 王主任: marked
        /// `addressed`): the landline or e-mail after it is the office's (`OrganisationContext`).
        let addressed: Bool
        /// Bytes of the keyword's first character when another label may end with it (号码 after
        /// 发票号, 证件号, 卡号: marked `shared`): then the keyword is that label's tail, and says
        /// nothing of its own (`isTailOfLabel`); 0 otherwise.
        let sharedHead: UInt8
        /// The keyword opens a certificate's name when 证 or 医学证明 follows (出生证, 出生医学证明:
        /// marked `certificate`): there it names the document, not what the keyword names.
        let opensCertificate: Bool
    }

    let keywords: [Keyword]
    /// Indices into `keywords` by their opening pair of (lower-cased) bytes, in list order, of the
    /// keywords that may stand before a value (`nearestHint`): not those that name a column
    /// only, nor the field labels (性别, 数量), which no detector asks for and which ordinary text
    /// is full of, nor the labels of codes (学号), which count right before a number only. A
    /// position is compared with the few keywords of its pair, not with all that share its first
    /// byte (every Chinese keyword's is one of a handful): pair `p`'s are
    /// `byOpeningPair[pairStart[p]..<pairStart[p] + pairCount[p]]`.
    private let byOpeningPair: [Int]
    private let pairStart: [UInt16]
    private let pairCount: [UInt8]
    /// A bit for each pair of bytes (ASCII lower-cased) that opens such a keyword (the pairs of
    /// `pairCount`, as bits that stay in the first-level cache): most positions of a text open
    /// none and are passed after one look (every keyword has two bytes or more).
    private let openingPairs: [UInt64]
    /// A bit for each opening of a keyword (`opener`), of every keyword: a header's text is
    /// searched for them all (`hints(in:range:)`).
    private let keywordOpeners: [UInt64]
    /// Indices into `keywords` by their opening (`opener`): a header's text is searched for the
    /// keywords that open at one of its characters only, not for all of them.
    private let keywordsByOpener: [Int: [Int]]
    /// Indices into `keywords` by last byte, of the `.identifier` and `.biometric` keywords: labels
    /// looked for right before their value only (`isIdentifierLabel`, `endsLabel`), not by
    /// `nearestHint` before every value (人脸特征's pair of bytes opens 人, 从, 他 …).
    private let labelsByLastByte: [[Int]]
    /// Indices into `keywords` of the `shared` ones (号码).
    private let sharedKeywords: [Int]
    /// English words that make the `name` after them a thing's (`thing_name`: deviceName, stop_name).
    private let thingWords: Set<[UInt8]>

    public static let shared = HeaderKeywords(file: PatternFile.embedded("header_keywords.txt").withTraditionalSpellings(column: 1))

    public init(file: PatternFile) {
        let names: [Substring: ContextHints] = [
            "id_number": .idNumber, "phone": .phone, "email": .email, "bank_card": .bankCard,
            "birth_date": .birthDate, "organisation": .organisation, "person": .person,
            "name": .name, "address": .address, "field": .field, "identifier": .identifier,
            "biometric": .biometric, "file_name": .titledName,
        ]
        let keywords: [Keyword] = file.rows.compactMap { row in
            guard row.count >= 2, let hint = names[row[0]], !row[1].isEmpty else { return nil }
            let bytes = Array(row[1].lowercased().utf8)
            let flags = row.count >= 3 ? Set(row[2].split(separator: ",")) : []
            let isASCII = bytes.allSatisfy { $0 < 0x80 }
            let flagged = hint.union(flags.contains("thing") ? .thingCode : []).union(flags.contains("part") ? .namePart : [])
            return Keyword(bytes: bytes, hint: flagged, wholeWord: isASCII, endsWord: isASCII && flags.contains("code"),
                           headOnly: flags.contains("head"), columnOnly: flags.contains("column"),
                           title: flags.contains("title"), staff: flags.contains("staff"), addressed: flags.contains("addressed"),
                           sharedHead: flags.contains("shared") ? UInt8(String(row[1]).unicodeScalars.first.map { UTF8.width($0) } ?? 0) : 0,
                           opensCertificate: flags.contains("certificate"))
        }
        precondition(keywords.allSatisfy { $0.bytes.count >= 2 }, "keywords open with a pair of bytes")
        var index: [Int: [Int]] = [:]
        var pairs = [UInt64](repeating: 0, count: 0x10000 / 64)
        var labels = [[Int]](repeating: [], count: 256)
        var openers = [UInt64](repeating: 0, count: 0x10000 / 64)
        var byOpener: [Int: [Int]] = [:]
        for (i, k) in keywords.enumerated() {
            let opener = Self.opener(k.bytes, at: 0, end: k.bytes.count)
            openers[opener >> 6] |= 1 << UInt64(opener & 63)
            byOpener[opener, default: []].append(i)
        }
        for (i, k) in keywords.enumerated() where k.hint != .field && !k.columnOnly {
            guard k.hint.isDisjoint(with: [.identifier, .biometric]) else {
                labels[Int(k.bytes[k.bytes.count - 1])].append(i)
                continue
            }
            let pair = Self.pair(k.bytes[0], k.bytes[1])
            index[pair, default: []].append(i)
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.keywords = keywords
        var flat: [Int] = []
        var starts = [UInt16](repeating: 0, count: 0x10000)
        var counts = [UInt8](repeating: 0, count: 0x10000)
        for (pair, indices) in index {
            starts[pair] = UInt16(flat.count)
            counts[pair] = UInt8(indices.count)
            flat += indices
        }
        byOpeningPair = flat
        pairStart = starts
        pairCount = counts
        openingPairs = pairs
        keywordOpeners = openers
        keywordsByOpener = byOpener
        labelsByLastByte = labels
        sharedKeywords = keywords.indices.filter { keywords[$0].sharedHead > 0 }
        thingWords = Set(file.rows.filter { $0.count >= 2 && $0[0] == "thing_name" }.map { Array($0[1].lowercased().utf8) })
    }

    /// Whether the label right before window offset `offset`, a colon and blanks apart at most,
    /// is a keyword for `.identifier` (学号：18030101234), in the `distance` bytes before `offset`.
    /// Such codes say what a number is only as its label: 学号 a sentence earlier says nothing
    /// of a phone number, so `nearestHint` does not look for them.
    public func isIdentifierLabel(before offset: Int, in window: UnsafeBufferPointer<UInt8>, distance: Int) -> Bool {
        identifierLabelEnd(before: offset, in: window, distance: distance) != nil || paddedIdentifierLabel(before: offset, in: window, distance: distance) != nil
            || isThingsCodeKey(before: offset, in: window, distance: distance)
    }

    /// An English key of a thing's code stands right before `offset`, as a column of one is
    /// named (`namesThing`): a log's or a query's `out_trade_no=…`, `orderNo:…`, `job_id=…`.
    private func isThingsCodeKey(before offset: Int, in window: UnsafeBufferPointer<UInt8>, distance: Int) -> Bool {
        let lower = max(0, offset - distance)
        let end = Self.labelEnd(before: offset, in: window, lower: lower)
        guard end < offset, end > lower, isASCIILetter(window[end - 1]) else { return false }
        var start = end
        while start > lower, isAlphanumeric(window[start - 1]) || window[start - 1] == UInt8(ascii: "_") || window[start - 1] == UInt8(ascii: "-") {
            start -= 1
        }
        return namesThing(window, range: start..<end, by: Self.codeWords)
    }

    /// The hints of the identifier's label right before `offset` (`isIdentifierLabel`):
    /// `.identifier`, with `.thingCode` for a thing's code (订单号：…, 资产编号：… whose 编号 is
    /// a code's too); nil when none.
    public func identifierLabel(before offset: Int, in window: UnsafeBufferPointer<UInt8>, distance: Int) -> ContextHints? {
        guard let label = identifierLabelEnd(before: offset, in: window, distance: distance) else {
            return paddedIdentifierLabel(before: offset, in: window, distance: distance)
                ?? (isThingsCodeKey(before: offset, in: window, distance: distance) ? Self.thingCodeHints : nil)
        }
        return labelsByLastByte[Self.folded(window[label.end - 1])].reduce(into: []) { hints, index in
            if isLabel(index, of: .identifier, endingAt: label.end, in: window, lower: label.lower) { hints.formUnion(keywords[index].hint) }
        }
    }

    /// The hints of an identifier's label padded with blanks to line up with longer labels, as
    /// forms type them (考　　号：, 准 考 证 号：): the label's Chinese characters read without
    /// the blanks between them; nil when no blank stands among them or no label is there. The
    /// blanks do not count in `distance`.
    private func paddedIdentifierLabel(before offset: Int, in window: UnsafeBufferPointer<UInt8>, distance: Int) -> ContextHints? {
        let end = Self.labelEnd(before: offset, in: window, lower: max(0, offset - distance))
        var i = end
        var lower = max(0, offset - distance)
        var characters = 0
        var padded = false
        // Back over the label's characters and blanks; the characters are copied only when
        // blanks stand among them (most numbers asked about have no label at all).
        while i - 3 >= lower, characters < 8 {
            let blank = Blanks.length(endingAt: i, in: window, lower: 0)
            if blank > 0 {
                padded = padded || characters > 0
                lower = max(0, lower - blank)
                i -= blank
            } else if let s = HanText.scalar(window, at: i - 3, end: i), HanText.isHan(s) {
                characters += 1
                i -= 3
            } else {
                break
            }
        }
        guard padded else { return nil }
        var label: [UInt8] = []
        var k = i
        while k < end {
            let blank = Blanks.length(at: k, in: window, end: end)
            if blank == 0 { label += window[k..<k + 3] }
            k += blank > 0 ? blank : 3
        }
        return label.withUnsafeBufferPointer { identifierLabel(before: $0.count, in: $0, distance: $0.count) }
    }

    /// Where the identifier's label right before `offset` ends (before a shared tail: 合同号码's
    /// 合同号), and the lowest offset it may start at; nil when none.
    private func identifierLabelEnd(before offset: Int, in window: UnsafeBufferPointer<UInt8>, distance: Int) -> (end: Int, lower: Int)? {
        let lower = max(0, offset - distance)
        let end = Self.labelEnd(before: offset, in: window, lower: lower)
        guard end > lower else { return nil }
        if endsLabel(of: .identifier, at: end, in: window, lower: lower) { return (end, lower) }
        // 合同号码：…, 发票号码：…: the code's label with the shared tail 号码.
        for index in sharedKeywords {
            let k = keywords[index]
            let tailStart = end - k.bytes.count + Int(k.sharedHead)
            if end - k.bytes.count >= lower, matches(k, in: window, at: end - k.bytes.count, range: lower..<end),
               endsLabel(of: .identifier, at: tailStart, in: window, lower: lower) { return (tailStart, lower) }
        }
        return nil
    }

    /// Where the label of a value at `offset` ends: back over the blanks and colons between them
    /// (学号：, 家庭电话 : ), a log's or a query's equals sign (`sn=…`), a JSON-like text's
    /// quotes (`"orderNo": "…"`) and PHP's arrow (`'order_no' => '…'`), not before `lower`.
    /// Blanks (0x09, 0x20), `"` (0x22), `'` (0x27), `:` (0x3A), `=` (0x3D) and `=>`'s `>` (0x3E),
    /// one bit each: a literal, so that the hot loop reads no lazily made global.
    private static let labelEndBytes: UInt64 = 0x6400_0085_0000_0200

    static func labelEnd(before offset: Int, in window: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        var end = offset
        while end > lower {
            let b = window[end - 1]
            // Most values follow a Han character or a letter: one test turns them away.
            if b < 0x40, Self.labelEndBytes >> UInt64(b) & 1 != 0, b != UInt8(ascii: ">") || end - 2 >= lower && window[end - 2] == UInt8(ascii: "=") {
                end -= 1
            } else if end - 3 >= lower, window[end - 3] == 0xEF, window[end - 2] == 0xBC, window[end - 1] == 0x9A {
                end -= 3  // ：
            } else {
                break
            }
        }
        return end
    }

    /// Whether a keyword for `hint` (`.identifier` or `.biometric`) ends at window offset `end`,
    /// starting at `lower` or after.
    func endsLabel(of hint: ContextHints, at end: Int, in window: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        labelsByLastByte[Self.folded(window[end - 1])].contains { isLabel($0, of: hint, endingAt: end, in: window, lower: lower) }
    }

    /// Keyword `index` is one for `hint` and ends at `end`, starting at `lower` or after.
    @inline(__always)
    private func isLabel(_ index: Int, of hint: ContextHints, endingAt end: Int, in window: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        let k = keywords[index]
        return k.hint.contains(hint) && end - k.bytes.count >= lower && matches(k, in: window, at: end - k.bytes.count, range: lower..<end)
    }

    /// A byte as keywords keep it: an ASCII capital as its small letter (a label in capitals,
    /// SN, Serial, by its small one).
    @inline(__always)
    private static func folded(_ b: UInt8) -> Int { Int(b &- 0x41 < 26 ? b | 0x20 : b) }

    /// Whether keyword `index` (`shared`), matched at `s`, is the tail of another label: a keyword of another
    /// kind ends with its first character (发票号码, 证件号码, 银行卡号码: the number of a thing,
    /// not a phone).
    @inline(never)
    private func isTailOfLabel(_ index: Int, at s: Int, in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        let hint = keywords[index].hint
        let end = s + Int(keywords[index].sharedHead)
        return keywords.contains { other in
            other.hint != hint && end - other.bytes.count >= range.lowerBound
                && matches(other, in: text, at: end - other.bytes.count, range: range)
        }
    }

    /// The index of two bytes, ASCII letters lower-cased as keywords are.
    @inline(__always)
    private static func pair(_ a: UInt8, _ b: UInt8) -> Int {
        folded(a) << 8 | folded(b)
    }

    /// Hints from a column header (matching folds ASCII case itself).
    public func hints(forHeader header: String) -> ContextHints {
        Array(header.utf8).withUnsafeBufferPointer { hints(in: $0, range: 0..<$0.count) }
    }

    /// Whether a keyword for `hint` lies in the `distance` bytes of `window` before `offset`,
    /// stopping at a line break (a keyword on the previous line says nothing about this value).
    public func has(_ hint: ContextHints, before offset: Int, in window: UnsafeBufferPointer<UInt8>, distance: Int) -> Bool {
        nearestHint(before: offset, in: window, distance: distance, among: hint) != nil
    }

    /// A keyword found before a value: its hint, the window offset where it starts, whether it is
    /// a staff word, and whether one that addresses a person after their surname.
    public typealias Cue = (hint: ContextHints, at: Int, staff: Bool, addressed: Bool)

    /// The hint of the keyword nearest to the end of the `distance` bytes before `offset`, with
    /// the window offset where that keyword starts, whether it is a staff word and whether one
    /// that addresses a person after their surname (老师, 主任); nil when no keyword is there.
    ///
    /// One backward pass over the bytes, trying only the keywords that start with the pair of
    /// bytes at hand: the cost is the distance, not the distance times the number of keywords.
    public func nearestHint(before offset: Int, in window: UnsafeBufferPointer<UInt8>, distance: Int,
                            among wanted: ContextHints) -> Cue? {
        let limit = max(0, offset - distance)
        var start = ByteScanning.lastIndex(of: 0x0A, in: window, limit..<max(limit, offset)).map { $0 + 1 } ?? limit
        // A label that ends its line with a colon names the value that opens the next (a PDF's
        // or a form's line wrapped after the label: 咨询电话：↵0371-…), and so does a numbered
        // question alone on its line (an answer page's, over its answer: 2、出生日期 ↵ 2012-03-05).
        if start > limit, start <= offset, window[start..<offset].allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
           Self.endsWithColon(window, before: start - 1, lower: limit) || Self.isLabelLine(window, before: start - 1, lower: limit) {
            start = ByteScanning.lastIndex(of: 0x0A, in: window, limit..<(start - 1)).map { $0 + 1 } ?? limit
        }
        // A keyword has two bytes or more: the last one that can open one is `offset - 2`.
        var s = offset - 2
        while s >= start {
            let pair = Self.pair(window[s], window[s + 1])
            guard openingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else {
                s -= 1
                continue
            }
            let first = Int(pairStart[pair])
            for index in byOpeningPair[first..<(first + Int(pairCount[pair]))] {
                let k = keywords[index]
                if wanted.contains(k.hint), s + k.bytes.count <= offset, matches(k, in: window, at: s, range: start..<offset),
                   k.sharedHead == 0 || !isTailOfLabel(index, at: s, in: window, range: start..<offset) {
                    return (k.hint, s, k.staff, k.addressed)
                }
            }
            s -= 1
        }
        return nil
    }

    /// The text before the line feed at `lineFeed` ends with a colon (`:` or `：`), blanks aside.
    private static func endsWithColon(_ w: UnsafeBufferPointer<UInt8>, before lineFeed: Int, lower: Int) -> Bool {
        var i = lineFeed
        while i > lower, w[i - 1] == 0x20 || w[i - 1] == 0x09 || w[i - 1] == 0x0D { i -= 1 }
        return i > lower && w[i - 1] == UInt8(ascii: ":") || i - 3 >= lower && HanText.isColon(w, at: i - 3, end: i)
    }

    /// The line before the line feed at `lineFeed`, all of it within `lower`, is a
    /// questionnaire's numbered question (`QuestionLabel.isQuestionLine`). A line of words alone
    /// says nothing of the next (咨询电话 ↵ …).
    private static func isLabelLine(_ w: UnsafeBufferPointer<UInt8>, before lineFeed: Int, lower: Int) -> Bool {
        let start = ByteScanning.lastIndex(of: 0x0A, in: w, lower..<lineFeed).map { $0 + 1 } ?? lower
        return (start > lower || lower == 0) && QuestionLabel.isQuestionLine(w, start..<lineFeed)
    }

    /// The last characters of the Chinese keywords for `hint` (特征值's 值, 指纹's 纹, traditional
    /// spellings too): a detector of values that follow such a label in text wakes at them.
    func lastCharacters(of hint: ContextHints) -> [Unicode.Scalar] {
        let last = keywords.compactMap { k in k.hint == hint && !k.wholeWord ? String(decoding: k.bytes, as: UTF8.self).unicodeScalars.last : nil }
        return Set(last).sorted { $0.value < $1.value }
    }

    /// `bytes` are a staff word's (联系人, 老师: flag `staff`).
    func isStaffWord(_ bytes: [UInt8]) -> Bool {
        keywords.contains { $0.staff && $0.bytes == bytes }
    }

    /// Whether a column header names an organisation's staff (联系人, 负责人, 校长): it holds a
    /// staff word, and every other keyword of a person or a name in it is one too (班主任, 家长
    /// and 学生 are no office's).
    func namesStaff(_ header: String) -> Bool {
        Array(header.utf8).withUnsafeBufferPointer { text in
            var staff = false
            for index in keywords.indices where !keywords[index].hint.isDisjoint(with: [.name, .person])
                && occurs(index, in: text, range: 0..<text.count) {
                // 联系人 is also a keyword of names, the same word.
                guard keywords[index].staff || isStaffWord(keywords[index].bytes) else { return false }
                staff = true
            }
            return staff
        }
    }

    /// Whether a header's text holds a keyword that names a column only (学校, 部门, 供应商名称).
    func holdsColumnKeyword(_ header: String) -> Bool {
        Array(header.utf8).withUnsafeBufferPointer { text in
            keywords.indices.contains { keywords[$0].columnOnly && occurs($0, in: text, range: 0..<text.count) }
        }
    }

    /// Hints from the header text at `range` of `text`.
    func hints(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> ContextHints {
        guard mayNameColumn(text, range: range) else { return namesThing(text, range: range, by: Self.codeWords) ? Self.thingCodeHints : [] }
        var found: ContextHints = []
        var looked: [Int] = []
        var s = range.lowerBound
        while s + 1 < range.upperBound {
            let opener = Self.opener(text, at: s, end: range.upperBound)
            s += text[s] < 0xE0 ? 1 : text[s] < 0xF0 ? 3 : 4
            guard keywordOpeners[opener >> 6] & (1 << UInt64(opener & 63)) != 0, !looked.contains(opener),
                  let candidates = keywordsByOpener[opener] else { continue }
            looked.append(opener)
            for index in candidates where !found.contains(keywords[index].hint) && occurs(index, in: text, range: range) {
                found.insert(keywords[index].hint)
            }
        }
        if found.contains(.name), namesThing(text, range: range, by: Self.nameWords) || isItemCode(text, range: range) { found.remove(.name) }
        if namesThing(text, range: range, by: Self.codeWords) {
            // A thing's `id` (job_id) is no ID card's.
            found.remove(.idNumber)
            if found.isDisjoint(with: [.phone, .bankCard]) { found.formUnion(Self.thingCodeHints) }
        }
        return found
    }

    /// The header's last English word is one of `words` and the word before it a thing's
    /// (`thing_name`): a key or column of things' names (deviceName, stops.stop_name, Route
    /// Name), no person's, or of things' codes (job_id, reportId, trade_no).
    private func namesThing(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, by words: Set<[UInt8]>) -> Bool {
        guard let last = lastWord(text, before: range.upperBound, lower: range.lowerBound),
              words.contains(text[last].map({ $0 | 0x20 })) else { return false }
        guard let previous = lastWord(text, before: last.lowerBound, lower: range.lowerBound) else {
            // `code` alone is a code's, whatever thing it codes (a log's `code=15002003001`).
            return last == range && text[last].map({ $0 | 0x20 }).elementsEqual(Self.code)
        }
        return thingWords.contains(text[previous].map { $0 | 0x20 })
    }

    private static let code = Array("code".utf8)

    /// A field code ending in `xm` for 项目, not 姓名 (`tcxm` 特长项目, `csxm` 测试项目, `tjxm` 体检项目).
    private func isItemCode(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        range.count == 4 && Self.itemCodes.contains(text[range].map { $0 | 0x20 })
    }

    private static let itemCodes: Set<[UInt8]> = Set(["tcxm", "csxm", "bsxm", "ksxm", "jcxm", "tjxm", "sfxm", "hdxm"].map { Array($0.utf8) })

    private static let nameWords: Set<[UInt8]> = [Array("name".utf8)]
    private static let codeWords: Set<[UInt8]> = Set(["id", "no", "code"].map { Array($0.utf8) })
    private static let thingCodeHints: ContextHints = [.identifier, .thingCode]

    /// The last word of ASCII letters ending at or before `end`, past one separator at most
    /// (`_`, `-`, `.`, a blank, or none at a small letter followed by a capital: stopName).
    private func lastWord(_ t: UnsafeBufferPointer<UInt8>, before end: Int, lower: Int) -> Range<Int>? {
        var e = end
        if e > lower, !isASCIILetter(t[e - 1]) {
            guard [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), 0x20].contains(t[e - 1]) else { return nil }
            e -= 1
        }
        var s = e
        while s > lower, isASCIILetter(t[s - 1]) {
            s -= 1
            if s > lower, isCamelCaseBreak(t[s - 1], t[s]) { break }
        }
        return s < e ? s..<e : nil
    }

    /// Whether `text` may name a column once its blanks are dropped (`HeaderText`): a keyword
    /// may open at one of its characters (`keywordOpeners`), or a blank may split one (`姓　名`,
    /// `身份证` over `号码`). Most texts asked about (a row's first cell: a name, a class) are
    /// turned away by it at one look a character, before a string is made of them.
    public func mayNameColumn(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        var s = range.lowerBound
        while s + 1 < range.upperBound {
            let opener = Self.opener(text, at: s, end: range.upperBound)
            if keywordOpeners[opener >> 6] & (1 << UInt64(opener & 63)) != 0 { return true }
            if text[s] == 0x0A || text[s] == 0x0D || Blanks.length(at: s, in: text, end: range.upperBound) > 0 { return true }
            s += text[s] < 0xE0 ? 1 : text[s] < 0xF0 ? 3 : 4
        }
        return false
    }

    /// What a keyword opening at `s` is known by in `keywordOpeners`: a Chinese character's
    /// scalar (its three UTF-8 bytes hold 16 bits), else the pair of bytes (ASCII lower-cased).
    /// The two may share a bit: a text it lets through is only searched in vain.
    private static func opener<C: Collection<UInt8>>(_ bytes: C, at s: C.Index, end: C.Index) -> Int where C.Index == Int {
        let lead = bytes[s]
        if lead & 0xF0 == 0xE0, s + 2 < end {
            return Int(lead & 0x0F) << 12 | Int(bytes[s + 1] & 0x3F) << 6 | Int(bytes[s + 2] & 0x3F)
        }
        return pair(lead, s + 1 < end ? bytes[s + 1] : 0)
    }

    private func occurs(_ index: Int, in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        let k = keywords[index]
        guard range.count >= k.bytes.count else { return false }
        var s = range.upperBound - k.bytes.count
        while s >= range.lowerBound {
            if matches(k, in: text, at: s, range: range, isHeader: true), k.sharedHead == 0 || !isTailOfLabel(index, at: s, in: text, range: range),
               !k.headOnly || isLastWord(k, in: text, at: s, range: range),
               !k.title || !followsOneCharacter(k, in: text, at: s, range: range) {
                return true
            }
            s -= 1
        }
        return false
    }

    /// No word follows keyword `k` at `s`: no Chinese character right after it (学生类别); for an
    /// English keyword, no letter anywhere after it (Student ID, studentNo; Parent 1 is one).
    private func isLastWord(_ k: Keyword, in text: UnsafeBufferPointer<UInt8>, at s: Int, range: Range<Int>) -> Bool {
        let end = s + k.bytes.count
        guard k.wholeWord else { return HanText.han(text, at: end, end: range.upperBound) == nil }
        return !text[end..<range.upperBound].contains { ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 >= 0x80 }
    }

    /// Keyword `k` at `s` makes the whole header with one Chinese character before it (张老师),
    /// or the whole of a note in brackets that ends it (a timetable's 数学（李老师）: the subject
    /// and its teacher).
    private func followsOneCharacter(_ k: Keyword, in text: UnsafeBufferPointer<UInt8>, at s: Int, range: Range<Int>) -> Bool {
        let keywordEnd = s + k.bytes.count
        guard s - 3 >= range.lowerBound, HanText.han(text, at: s - 3, end: s) != nil else { return false }
        if keywordEnd == range.upperBound, s - 3 == range.lowerBound { return true }
        guard LineHeads.openingBracketLength(endingAt: s - 3, in: text, lower: range.lowerBound) != nil,
              let close = LineHeads.closingBracketLength(at: keywordEnd, in: text, end: range.upperBound) else { return false }
        return keywordEnd + close == range.upperBound
    }

    /// Keyword `k` stands at `s` (ASCII compared case-insensitively, whole words for ASCII keywords).
    /// `isHeader`: in a header, a keyword's blank also matches the underscore or dash of a data
    /// file's key (school_name, id-card); in text, where this is looked for before every value,
    /// only itself.
    @inline(__always)
    private func matches(_ k: Keyword, in text: UnsafeBufferPointer<UInt8>, at s: Int, range: Range<Int>, isHeader: Bool = false) -> Bool {
        let n = k.bytes.count
        var j = 0
        while j < n {
            var b = text[s + j]
            if b &- 0x41 < 26 { b |= 0x20 }
            if b != k.bytes[j], !(isHeader && k.bytes[j] == 0x20 && (b == UInt8(ascii: "_") || b == UInt8(ascii: "-"))) { return false }
            j += 1
        }
        guard k.wholeWord else { return !k.opensCertificate || !Self.certificateFollows(text, s + n, range.upperBound) }
        return (k.endsWord || startsWord(text, s, range)) && endsWord(text, s + n, range)
    }

    /// 证 or 医学证明 at `i`: what a certificate's name goes on with after 出生.
    private static func certificateFollows(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        HanText.has(certificate, in: t, at: i, end: end) || HanText.has(medicalCertificate, in: t, at: i, end: end)
    }

    private static let certificate = Array("证".utf8)
    private static let medicalCertificate = Array("医学证明".utf8)

    /// A word of letters starts at `s`: no letter before it, or a capital after a small letter.
    private func startsWord(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ range: Range<Int>) -> Bool {
        s == range.lowerBound || !isASCIILetter(t[s - 1]) || isCamelCaseBreak(t[s - 1], t[s])
    }

    /// A word of letters ends before `e`.
    private func endsWord(_ t: UnsafeBufferPointer<UInt8>, _ e: Int, _ range: Range<Int>) -> Bool {
        e == range.upperBound || !isASCIILetter(t[e]) || isCamelCaseBreak(t[e - 1], t[e])
    }

    @inline(__always)
    private func isCamelCaseBreak(_ a: UInt8, _ b: UInt8) -> Bool {
        a &- 0x61 < 26 && b &- 0x41 < 26
    }
}

@inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
