extension NameDetector {
    /// A chat's mention, `@` then a Han name (`@冯丽华 请把材料交一下`, WeChat and DingTalk put a
    /// blank after it): the name is the mention's whole value, as after a label's colon. An
    /// e-mail address's `@` has letters or digits after it, never Han characters.
    func nameMentioned(atSign at: Int, _ context: DetectionContext, into matches: MatchList) {
        let start = at + 1
        guard HanText.han(context.window, at: start, end: context.scan.upperBound) != nil,
              let name = spans.name(after: start, context, labelled: true) else { return }
        matches.append(Match(kind: .name, confidence: .medium, range: name))
    }

    /// Looks at a Chinese word after a blank: the second name of a list written apart?
    func nameAfter(blankAt at: Int, _ context: DetectionContext, into matches: MatchList) {
        namesWrittenApart(at: at, context, into: matches)
        // A chat export's sender line: a time, then the sender alone, perhaps with a note in
        // brackets (`2025年1月15日 09:12  何建国（办公室）`, WeChat's PC export; the message below).
        // The sender's nickname may open with their role and a dash (`… 12:30:15 家委会-陈秀梅`).
        if Self.followsTime(at - Blanks.run(endingAt: at, context.window, lower: spans.lowerBound(context)), context.window,
                            lower: spans.lowerBound(context)),
           let name = spans.name(after: Self.roleDashEnd(at: at, context.window, end: context.scan.upperBound) ?? at, context),
           Self.endsSenderLine(at: name.upperBound, context.window, end: context.scan.upperBound) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
        }
        nameAfterScore(at: at, context, into: matches)
        if let name = nameAfterOrganisation(at: at, context) { matches.append(Match(kind: .name, confidence: .medium, range: name)) }
        // A step of an approval flow's log, its approver opening the line (`黎振宇 同意 2024-03-14
        // 18:10`, `邱淑芬 已同意 03-09 09:30`, as office-automation systems print it, in a
        // cell's lines too).
        if Self.decidesApprovalStep(at: at, context.window, end: context.scan.upperBound),
           let name = spans.name(before: at - Blanks.run(endingAt: at, context.window, lower: spans.lowerBound(context)), context,
                                 beforeTitle: false, delimitedOnly: true) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
        }
    }

    /// Where a nickname's role (two to five Han characters) and the dash after it end, when one
    /// opens at `i` (家委会-陈秀梅, 数学-王老师); nil otherwise.
    private static func roleDashEnd(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let role = HanRun(w, from: i, end: end, limit: 6)
        let dash = i + 3 * role.count
        guard (2...5).contains(role.count), dash < end else { return nil }
        if w[dash] == UInt8(ascii: "-") { return dash + 1 }
        return HanText.scalar(w, at: dash, end: end).map { $0 == 0xFF0D || $0 == 0x2014 } == true ? dash + 3 : nil
    }

    /// A name after its organisation's name and a blank, closing a bracket or its line, as a
    /// mail's subject or a file's title says who writes (学分补录申请（白沙镇中学 张振华）).
    private func nameAfterOrganisation(at at: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        let blanks = Blanks.run(endingAt: at, w, lower: lower)
        guard organisation.organisationNameEnds(at: at - blanks, in: w, lower: max(lower, at - blanks - 3 * OrganisationContext.nameLength)),
              let name = spans.name(after: at, context), name.upperBound < context.scan.upperBound,
              LineHeads.closingBracketLength(at: name.upperBound, in: w, end: context.scan.upperBound) != nil else { return nil }
        return name
    }

    /// Where the blanks after an office's name opening at `i` end (校医室 |林淑芬); nil when no
    /// office's name and blank stand there.
    static func officeEnd(from i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let run = HanRun(w, from: i, end: end, limit: OrganisationContext.nameLength / 3)
        let runEnd = run.offset(run.count)
        let after = Blanks.end(from: runEnd, in: w, end: end)
        guard run.count >= 2, after > runEnd, HanText.han(w, at: after, end: end) != nil,
              OrganisationContext.shared.organisationNameEnds(at: runEnd, in: w, lower: i) else { return nil }
        return after
    }

    /// A time of day ends at `end` (09:12, 9:12:05), after the line's start, a blank or a date.
    private static func followsTime(_ end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var i = end
        for _ in 0..<2 {
            guard i - 3 >= lower, isDigit(w[i - 1]), isDigit(w[i - 2]), w[i - 3] == UInt8(ascii: ":") else { break }
            i -= 3
        }
        guard i < end, i - 1 >= lower, isDigit(w[i - 1]) else { return false }
        i -= 1
        if i - 1 >= lower, isDigit(w[i - 1]) { i -= 1 }
        return i == lower || w[i - 1] == 0x20 || w[i - 1] == 0x0A || w[i - 1] >= 0x80
    }

    /// A subject's top score, then its pupil after blanks, ending the line (a 喜报's
    /// `语文 142 分　邹梦瑶`).
    func nameAfterScore(at at: Int, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let lower = spans.lowerBound(context)
        guard Self.followsScore(at - Blanks.run(endingAt: at, w, lower: lower), w, lower: lower),
              let name = spans.name(after: at, context), Self.endsSenderLine(at: name.upperBound, w, end: context.scan.upperBound) else { return }
        matches.append(Match(kind: .name, confidence: .medium, range: name))
    }

    /// A score ends at `end`: digits (a half point after a dot), perhaps a blank, then 分.
    private static func followsScore(_ end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard end - 4 >= lower, HanText.scalar(w, at: end - 3, end: end) == 0x5206 else { return false }  // 分
        var i = end - 3
        if w[i - 1] == 0x20 { i -= 1 }
        if i - 2 >= lower, w[i - 2] == UInt8(ascii: "."), isDigit(w[i - 1]) { i -= 2 }
        var digits = 0
        while i > lower, isDigit(w[i - 1]), digits < 4 { i -= 1; digits += 1 }
        return digits > 0
    }

    /// The sender's line ends at `i`: blanks, perhaps a note in brackets (（办公室）), then the line's end.
    private static func endsSenderLine(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var k = blanksEnd(from: i, w, end: end)
        if let open = LineHeads.openingBracketLength(at: k, in: w, end: end) {
            var close = k + open
            while close < end, close - k < 40, w[close] != 0x0A, LineHeads.closingBracketLength(at: close, in: w, end: end) == nil { close += 1 }
            guard let length = LineHeads.closingBracketLength(at: close, in: w, end: end) else { return false }
            k = blanksEnd(from: close + length, w, end: end)
        }
        if k < end, w[k] == 0x0D { k += 1 }
        return k == end || w[k] == 0x0A
    }
}
