extension NameDetector {
    func namesBeside(value: Match, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let lower = spans.lowerBound(context)
        var before = value.range.lowerBound
        // A note in brackets between the name and its value (王小明（汉族）138…, 扎西顿珠（藏族）).
        let bracketEnd = before - Blanks.run(endingAt: before, w, lower: lower)
        if let open = NameSpans.bracketStart(endingAt: bracketEnd, w, lower: lower) { before = open }
        var skipped = 0
        while skipped < 2, before > lower, let length = spans.separatorLength(w, endingAt: before, lower: lower) {
            before -= length
            skipped += 1
        }
        // An ID, a phone number or a birth date may have its name right beside it (张伟 138…,
        // 张伟（138…）, 李娜，2011年11月生); any value, before its label (张伟，家庭住址：…).
        let standsBeside = value.kind != .address && value.kind != .email
        let besideName = standsBeside ? spans.name(before: before, context, beforeTitle: false) ?? spans.elementName(endingAt: before, context)
            : displayName(of: value, context)
        // An office's mailbox names its sender only by the display name before it.
        if value.kind == .email, value.organisational {
            if let besideName { matches.append(textName(besideName, confidence: .medium, context, mayBeOffices: true)) }
            return
        }
        if let found = besideName
            ?? nameBeforeLabel(endingAt: before, of: value.kind, context)
            ?? (value.kind == .address ? nameBeforeHomeClause(value.range, context) : nil)
            ?? nameOpeningLine(of: value.range, context)
            ?? (standsBeside ? nameAloneAbove(value.range, context) : nil)
            ?? (Self.followsEnglishLabel(value.range.lowerBound, w, lower: lower)
                ? titledRomanisedName(before: value.range.lowerBound, context) ?? romanisedNameAbove(value.range, context) : nil) {
            matches.append(textName(found, confidence: .medium, context, mayBeOffices: true))
        }
        guard standsBeside else { return }
        let after = spans.skipSeparators(w, from: value.range.upperBound, end: context.scan.upperBound)
        if let found = spans.name(after: after, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: found))
        }
    }

    /// The name before a comma and the word of a home that opens an address's clause, wherever
    /// it stands on its line (`还有袁书瑶，住大柳树村四组`, `…，王磊，家住…`): the person who lives there.
    private func nameBeforeHomeClause(_ address: Range<Int>, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        // Every home's word ends in 住 or 在: one look first.
        guard let last = HanText.scalar(w, at: address.lowerBound - 3, end: address.lowerBound), last == 0x4F4F || last == 0x5728,
              let word = Self.homeWords.first(where: { address.lowerBound - $0.count >= lower
                && HanText.has($0, in: w, at: address.lowerBound - $0.count, end: address.lowerBound) }) else { return nil }
        let comma = address.lowerBound - word.count - 3
        guard comma >= lower, HanText.scalar(w, at: comma, end: comma + 3) == 0xFF0C else { return nil }  // ，
        return spans.name(before: comma, context, beforeTitle: false)
    }

    /// Words of a home before its address, longest first.
    private static let homeWords = ["家住在", "居住在", "家住", "住在", "现住", "住"].map { Array($0.utf8) }

    /// The display name before a mail address in angle brackets (`曾建华 <zengjh@163.com>`,
    /// `"秦红霞"<qinhx@126.com>`, `Wang Zihan <…>`), as mail headers and the recipients lines pasted from them
    /// write a person, wherever it stands on the line.
    private func displayName(of value: Match, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        var end = value.range.lowerBound
        guard value.kind == .email, end - 1 > lower, w[end - 1] == UInt8(ascii: "<") else { return nil }
        end -= 1
        while end > lower, w[end - 1] == 0x20 { end -= 1 }
        if end > lower, w[end - 1] == UInt8(ascii: "\"") { end -= 1 }
        return spans.name(before: end, context, beforeTitle: false) ?? romanisedDisplayName(endingAt: end, w, lower: lower)
    }

    /// A display name in Latin letters (`Wang Zihan <…>`, `"Emily Johnson" <…>`): the whole of
    /// what stands between the line's start, a field's colon, a comma or a quote and the address,
    /// a name in pinyin or in another language's letters, not an organisation's
    /// (`School Office`, `Tsinghua University`).
    private func romanisedDisplayName(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int>? {
        var start = end
        while start > lower, end - start <= 40, isASCIILetter(w[start - 1]) || w[start - 1] == 0x20 || w[start - 1] == 0x2D || w[start - 1] == 0x27 {
            start -= 1
        }
        let boundary = start
        while start < end, w[start] == 0x20 { start += 1 }
        guard start < end, !EnglishOrganisationNames.occur(in: w, start..<end) else { return nil }
        // Pinyin may follow a word of the sentence (`Contact Wang Zihan <…>`).
        if let name = pinyinName(endingAt: end, from: start, w) { return name }
        guard boundary == lower || [0x0A, 0x22, 0x3A, 0x2C, 0x3B, 0x09].contains(w[boundary - 1]),
              lexicon.isLatinName(w, start..<end) else { return nil }
        return start..<end
    }

    /// An English label and its colon stand right before the value, blanks between (`Tel: +86 …`,
    /// `(father): …`): an English document's contact, where a name is in pinyin.
    private static func followsEnglishLabel(_ value: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var i = value
        while i > lower, w[i - 1] == 0x20 { i -= 1 }
        return i - 2 >= lower && w[i - 1] == UInt8(ascii: ":") && (isASCIILetter(w[i - 2]) || w[i - 2] == UInt8(ascii: ")"))
    }

    /// A name in pinyin after an English title on the value's line, up to a comma or a bracket
    /// (`Ms. Wang Li, Head Teacher, Tel: 0371-…`: a CV's referee; `Mr. Zhang Wei (father): 138…`).
    private func titledRomanisedName(before value: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        guard let lineStart = LineHeads.lineStart(before: value, in: w, lower: spans.lowerBound(context), reach: Self.openingReach) else { return nil }
        var i = lineStart
        while i < value {
            defer { i += 1 }
            guard w[i] | 0x20 == UInt8(ascii: "m") || w[i] | 0x20 == UInt8(ascii: "d"), i == lineStart || !isASCIILetter(w[i - 1]),
                  let title = Self.englishTitles.first(where: { i + $0.count < value && FoldedWords.equalsFolded(w, i..<(i + $0.count), $0) })
            else { continue }
            var start = i + title.count
            if w[start] == UInt8(ascii: ".") { start += 1 }
            guard start < value, w[start] == 0x20 else { continue }
            while start < value, w[start] == 0x20 { start += 1 }
            var end = start
            while end < value, isASCIILetter(w[end]) || w[end] == 0x20 || w[end] == UInt8(ascii: "-") { end += 1 }
            while end > start, w[end - 1] == 0x20 { end -= 1 }
            if end > start, lexicon.isPinyinName(w, start..<end) { return start..<end }
        }
        return nil
    }

    private static let englishTitles = ["mrs", "mr", "ms", "miss", "dr"].map { Array($0.utf8) }

    /// A name in pinyin alone on the line above the value's, which opens with an English label
    /// (`ZHANG YUXUAN` ↵ `Tel: +86 152 9745 8464 | Email: …`: a CV's heading over its contacts).
    private func romanisedNameAbove(_ value: Range<Int>, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        guard let lineStart = LineHeads.lineStart(before: value.lowerBound, in: w, lower: lower, reach: Self.openingReach), lineStart > lower
        else { return nil }
        var label = LineHeads.wordsStart(ofLineAt: lineStart, in: w, end: value.lowerBound)
        let labelStart = label
        while label < value.lowerBound, isASCIILetter(w[label]) || w[label] == UInt8(ascii: "-") { label += 1 }
        guard label > labelStart, label < value.lowerBound, w[label] == UInt8(ascii: ":"),
              let words = Self.wordsOfLineAbove(lineStart, w, lower: lower) else { return nil }
        return !words.isEmpty && lexicon.isPinyinName(w, words) ? words : nil
    }

    /// A pupil's name in pinyin before their class or grade, as an English honour roll or news
    /// writes it (`Lin Yutong, Grade 11`, `Liu Haoran of Class 5, Grade 8`, `Zhou Yutong (Class 6,
    /// Grade 10)`): the number `token` after `Grade`, `Class` or `Year`, and before the word a
    /// comma, `(`, `of`, `from` or `in` after the name.
    func romanisedNameBeforeClass(_ token: NumberToken, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = max(spans.lowerBound(context), token.start - 64)
        guard token.start - 2 > lower, w[token.start - 1] == 0x20, isASCIILetter(w[token.start - 2]) else { return nil }
        var word = token.start - 1
        while word > lower, isASCIILetter(w[word - 1]) { word -= 1 }
        guard Self.classWords.contains(where: { FoldedWords.equalsFolded(w, word..<(token.start - 1), $0) }) else { return nil }
        var end = word
        while end > lower, w[end - 1] == 0x20 { end -= 1 }
        if end > lower, w[end - 1] == UInt8(ascii: ",") || w[end - 1] == UInt8(ascii: "(") {
            end -= 1
        } else if let joint = Self.nameJoints.first(where: { end - $0.count > lower && w[end - $0.count - 1] == 0x20
                                                            && FoldedWords.equalsFolded(w, (end - $0.count)..<end, $0) }) {
            end -= joint.count + 1
        } else {
            return nil
        }
        while end > lower, w[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > lower, isASCIILetter(w[start - 1]) || w[start - 1] == 0x20 || w[start - 1] == UInt8(ascii: "-") { start -= 1 }
        // A word of the sentence may come first (`Student Liu Haoran of …`).
        while start < end, w[start] == 0x20 { start += 1 }
        return pinyinName(endingAt: end, from: start, w)
    }

    /// The longest run of words from `start` (a word's start) to `end` that is a name in pinyin:
    /// the words of the sentence before it dropped one by one.
    private func pinyinName(endingAt end: Int, from start: Int, _ w: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var from = start
        while from < end {
            if lexicon.isPinyinName(w, from..<end) { return from..<end }
            while from < end, w[from] != 0x20 { from += 1 }
            while from < end, w[from] == 0x20 { from += 1 }
        }
        return nil
    }

    private static let classWords = ["grade", "class", "year"].map { Array($0.utf8) }
    private static let nameJoints = ["of", "from", "in"].map { Array($0.utf8) }

    /// A name found in text or beside a value, the organisation's when it is given as an
    /// office's contact (联系人：区体卫艺科 孙建国); `mayBeOffices`: after a staff word or beside a
    /// value (most names follow cues that are no staff's, and need no look).
    func textName(_ found: Range<Int>, confidence: Confidence, _ context: DetectionContext, mayBeOffices: Bool) -> Match {
        Match(kind: .name, confidence: confidence, range: found,
              organisational: mayBeOffices && organisation.isOfficeContact(name: found, context))
    }
}
