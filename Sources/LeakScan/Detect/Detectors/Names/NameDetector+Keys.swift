extension NameDetector {
    /// A name right after a name key in a log line or query string (`name=张三`, `"xm":"张三"`),
    /// as after a label (姓名：张三), or romanised after a form's English label (`Name: Li Xinyi`).
    func nameAfter(keyed at: Int, key: ContextHints, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let found = key.contains(.titledName)
            ? Self.keyedValue(at: at, context).flatMap { nameInFileName($0, dot: Self.extensionDot(endingAt: $0.upperBound, w, lower: $0.lowerBound), context) }
            : isNameColumn(key) ? spans.name(after: at, context, labelled: true) ?? spans.romanisedName(at: at, context)
                ?? (key.contains(.namePart) ? spans.namePart(at: at, context) : nil) : nil
        if let found { matches.append(Match(kind: .name, confidence: .medium, range: found)) }
    }

    /// The value at `at` after its key: to its closing quote when a quote opens it
    /// (`document="刘浩然 家长会发言稿.docx"`), else to a blank or the line's end.
    private static func keyedValue(at: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let limit = min(context.scan.upperBound, at + Self.lineReach)
        let quote: UInt8? = at > 0 && (w[at - 1] == UInt8(ascii: "\"") || w[at - 1] == UInt8(ascii: "'")) ? w[at - 1] : nil
        var end = at
        while end < limit, w[end] != 0x0A, w[end] != 0x0D, quote.map({ w[end] != $0 }) ?? (w[end] != 0x20 && w[end] != 0x09) { end += 1 }
        return end > at ? at..<end : nil
    }

    /// The name before the label of a value of `kind` and a comma or blanks, at the start of its
    /// line or item (张伟，电话：138…; 王芳 身份证号：410…; 赵磊，家庭住址：…): the label, ending at
    /// `end` before its colon, a word of two to six characters that holds a keyword of that kind
    /// (电话, 手机, 联系方式, 身份证, 住址, 邮箱).
    func nameBeforeLabel(endingAt end: Int, of kind: Kind, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        // A label may end with a blank instead: an ID's (郑子轩（身份证 410102…）, a teacher's
        // note), or any in a line set out by blanks (1月18日至1月24日  男生1号楼  范振华  手机 158…).
        let colon = HanText.isColon(w, at: end, end: context.scan.upperBound)
        guard colon || end < context.scan.upperBound && w[end] == 0x20 else { return nil }
        let label = HanRun(w, endingAt: end, lower: spans.lowerBound(context), limit: 7)
        let start = end - 3 * label.count
        guard colon || kind == .cnID || kind == .cnID15 || Blanks.run(endingAt: start, w, lower: spans.lowerBound(context)) > 0 else { return nil }
        guard label.count >= 2, label.count <= 6, let found = name(beforeLabelAt: start, context),
              keywords.has(Self.labelHints(of: kind), before: end, in: w, distance: end - start) else { return nil }
        return found
    }

    /// What the label of a value of `kind` says.
    private static func labelHints(of kind: Kind) -> ContextHints {
        switch kind {
        case .address: return .address
        case .email: return .email
        case .bankCard: return .bankCard
        default: return [.phone, .idNumber]
        }
    }

    /// The name that opens the line of a value, or its item after a semicolon, before a comma,
    /// a colon, blanks or a dash: the person the line is about (张子涵，家住…; 江悦：该生家住…;
    /// 潘建国，建行卡号：…, as aid lists and the narratives of hardship applications are written;
    /// 4. 郭凯 八年级2班 北门下 199…, a chat's sign-up list; 1. 王建华－鼎力机械－手机：138…; a
    /// chat's `…；沈沐阳，家长电话137…`). Not an ordinary word shaped like one (周末，…), nor a
    /// label (原住址：…).
    func nameOpeningLine(of value: Range<Int>, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        guard let lineStart = LineHeads.lineStart(before: value.lowerBound, in: w, lower: spans.lowerBound(context),
                                                  reach: Self.openingReach) else { return nil }
        if let item = Self.itemStart(after: lineStart, before: value.lowerBound, w),
           let name = nameOpening(at: item, before: value.lowerBound, context) { return name }
        return nameOpening(at: LineHeads.wordsStart(ofLineAt: lineStart, in: w, end: value.lowerBound), before: value.lowerBound, context)
    }

    /// A plain name at `words`, before a comma, a colon, a dash, a bracket or blanks ahead of `end`.
    private func nameOpening(at words: Int, before end: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        guard HanText.han(w, at: words, end: end) != nil, let name = spans.name(after: words, context),
              name.upperBound < end, isPlainName(name, w) else { return nil }
        let after = LineHeads.skipEmphasis(from: name.upperBound, in: w, end: end)
        let mark = HanText.scalar(w, at: after, end: end)
        // ， ： － —, or an ASCII dash; or a note in brackets (马红霞（马浩宇妈妈），电话 135…).
        let opens = mark == 0xFF0C || mark == 0xFF1A || mark == 0xFF0D || mark == 0x2014 || mark == 0xFF08
            || w[after] == UInt8(ascii: "-") || w[after] == UInt8(ascii: "(")
        return opens || Blanks.length(at: after, in: w, end: end) > 0 ? name : nil
    }

    /// A plain name opening its line or item right before the comma at `comma`, that line or
    /// item opening two to four characters before it.
    @inline(never)
    func itemOpeningName(beforeComma comma: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        guard (2...4).contains(where: { Self.opensItem(at: comma - 3 * $0, w, lower: lower) }),
              let name = spans.name(before: comma, context, beforeTitle: false, delimitedOnly: true),
              isPlainName(name, w), Self.opensItem(at: name.lowerBound, w, lower: lower) else { return nil }
        return name
    }

    /// Text at `i` opens its line or an item: the text's start, a line feed, a blank or the end
    /// of a sentence or a clause of a list (；：。！？) before it.
    static func opensItem(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard i > lower else { return true }
        if w[i - 1] == 0x0A || Blanks.run(endingAt: i, w, lower: lower) > 0 { return true }
        guard let s = HanText.scalar(w, at: i - 3, end: i) else { return false }
        return s == 0xFF1B || s == 0xFF1A || s == 0x3002 || s == 0xFF01 || s == 0xFF1F
    }

    /// Where the last item before `end` on a line (from `lineStart`) starts: after its last
    /// semicolon (`；`) and the blanks after it; nil when none stands there.
    static func itemStart(after lineStart: Int, before end: Int, _ w: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = end - 3
        while k >= lineStart {
            if w[k] == 0xEF, w[k + 1] == 0xBC, w[k + 2] == 0x9B { return blanksEnd(from: k + 3, w, end: end) }
            k -= 1
        }
        return nil
    }

    /// A name alone on the line above a value that opens its line: a caption's, an award slide's
    /// or a wrapped cell's name over its ID or phone (谢佳怡 / 410105…). Not a word shaped like
    /// one (通知), nor a label.
    func nameAloneAbove(_ value: Range<Int>, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        guard let lineStart = LineHeads.lineStart(before: value.lowerBound, in: w, lower: lower, reach: LineHeads.maximumLength),
              lineStart > lower, LineHeads.wordsStart(ofLineAt: lineStart, in: w, end: value.lowerBound) == value.lowerBound
        else { return nil }
        guard let words = Self.wordsOfLineAbove(lineStart, w, lower: lower),
              let name = spans.name(after: words.lowerBound, context), name.upperBound == words.upperBound, isPlainName(name, w) else { return nil }
        return name
    }

    /// The words of the line above the one starting at `lineStart` (after its head, before its
    /// blanks and CR), that line short enough to hold a name alone (`aloneReach`); nil otherwise.
    static func wordsOfLineAbove(_ lineStart: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int>? {
        var lineEnd = lineStart - 1
        if lineEnd > lower, w[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        lineEnd -= Blanks.run(endingAt: lineEnd, w, lower: lower)
        guard let above = LineHeads.lineStart(before: lineEnd, in: w, lower: lower, reach: aloneReach) else { return nil }
        return LineHeads.wordsStart(ofLineAt: above, in: w, end: lineEnd)..<lineEnd
    }

    /// A name found at a line's start with no cue: no label's word (原住址, 通知) and not opening
    /// with an ordinary word (周末).
    private func isPlainName(_ name: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        keywords.hints(in: w, range: name).isEmpty && !lexicon.opensWithOrdinaryWord(w, name)
    }

    /// Bytes a line holding a name alone takes at most (its head, a name of four characters).
    private static let aloneReach = LineHeads.maximumLength + 12

    /// The name before a label that starts at `start` and the comma or blanks before it, at the
    /// start of its line or item (`nameBeforeLabel`); or right before a bracket that opens with
    /// the label (其中李娟（身份证号：410…）缺失, as a village committee's 证明 writes a person).
    func name(beforeLabelAt start: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        if let open = LineHeads.openingBracketLength(endingAt: start, in: w, lower: lower), start - open - 3 >= lower,
           HanText.han(w, at: start - open - 3, end: start - open) != nil {
            return spans.name(before: start - open, context, beforeTitle: false)
        }
        let separator = Particulars.separator(endingAt: start, w, lower: lower)
        // A name ends in a Han character (not 学号2022501594，身份证号：).
        guard separator > 0, HanText.han(w, at: start - separator - 3, end: start - separator) != nil else { return nil }
        return spans.name(before: start - separator, context, beforeTitle: false, delimitedOnly: true)
    }
}
