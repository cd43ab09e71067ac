extension NameDetector {
    /// Line shapes of chat exports: a numbered list of names, one a line, as a class chat's
    /// sign-up list (接龙) is written (`8. 胡鑫` with nothing else on the line, or a word that
    /// follows names after a blank: `3. 白若汐 已阅`, `6. 钟雨泽 收到`); and a message's
    /// header, its sender alone before the date (`康新民  2024-11-18 08:06:05`) or after the time
    /// (`2024-11-18 08:06:05 康新民`, QQ's `2024-11-18 8:06:05 康新民(10001)`).
    func namesBeside(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let end = context.scan.upperBound
        if token.groups.count == 1, token.groups[0].count == 2, token.start > 0, w[token.start - 1] == UInt8(ascii: ":") {
            if let sender = senderAfterTime(endingAt: token.end, context) ?? fileNameAfterTime(endingAt: token.end, context) {
                matches.append(Match(kind: .name, confidence: .medium, range: sender))
            }
            return
        }
        if let sender = senderBeforeTime(token, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: sender))
            return
        }
        if token.groups.count >= 3, token.groups[0].count == 4, w[token.groups[1].lowerBound - 1] == UInt8(ascii: "-") {
            if let sender = senderOpeningLine(before: token.start, context) {
                matches.append(Match(kind: .name, confidence: .medium, range: sender))
            }
            return
        }
        // A file named by a pupil's number and name, wherever a listing, a path or a log gives it
        // (`… 123,456 2024070301_廖秀兰.jpg`, `D:\FaceDB\…\2024070301_廖秀兰.jpg`, `filename=…`).
        if token.end + 3 < end, w[token.end] == UInt8(ascii: "_"), HanText.han(w, at: token.end + 1, end: end) != nil,
           token.start == context.scan.lowerBound || !isAlphanumeric(w[token.start - 1]),
           let name = nameInListedFile(at: token.end + 1, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        if let name = nameAfterCode(token, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        if let name = nameBesideAccount(token, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        guard token.groups.count == 1, token.groups[0].count <= 3, !token.trailingX else { return }
        if let name = nameBeforeAge(token, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        if let name = romanisedNameBeforeClass(token, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        guard let afterMarker = LineHeads.markerEnd(at: token.end, in: w, end: end),
              let found = spans.name(after: afterMarker, context) else { return }
        // An item of a list written on one line (总分前十名：1.钟语嫣 2.孙雨泽 3.郭语嫣): the item
        // before or after it holds the number next to its own, and a name.
        let number = LineHeads.number(w, token.start..<token.end)
        guard Self.startsLine(at: token.start, w, lower: 0) || itemNamed(number - 1, before: token.start, context),
              Self.endsLine(at: found.upperBound, w, end: end) || followWordAfterBlanks(found.upperBound, w, end: end)
                || itemNamed(number + 1, after: found.upperBound, context)
        else { return }
        matches.append(Match(kind: .name, confidence: .medium, range: found))
    }

    /// The name before an age that stands alone among a person's particulars, as a sex does
    /// (`张庄村：田家豪，12岁，在家没去上学`, `李娜 8岁`): `token` is the age, 岁 after it.
    private func nameBeforeAge(_ token: NumberToken, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        guard token.groups[0].count <= 2, HanText.scalar(w, at: token.end, end: context.scan.upperBound) == 0x5C81,  // 岁
              Particulars.ends(at: token.end + 3, w, end: context.scan.upperBound) else { return nil }
        let separator = Particulars.separator(endingAt: token.start, w, lower: lower)
        guard separator > 0 else { return nil }
        return spans.name(before: token.start - separator, context, beforeTitle: false, delimitedOnly: true)
    }

    /// Blanks end at `start`, and before them a list's item numbered `number` names a person
    /// (`1.钟语嫣 ` before `2.`).
    private func itemNamed(_ number: Int, before start: Int, _ context: DetectionContext) -> Bool {
        let w = context.window
        let lower = spans.lowerBound(context)
        let blank = Blanks.run(endingAt: start, w, lower: lower)
        guard blank > 0, let name = spans.name(before: start - blank, context, beforeTitle: false, delimitedOnly: true) else { return false }
        return LineHeads.itemNumber(endingAt: name.lowerBound, in: w, lower: lower) == number
    }

    /// Blanks follow `start`, then a list's item numbered `number` that names a person
    /// (` 2.孙雨泽` after `1.钟语嫣`).
    private func itemNamed(_ number: Int, after start: Int, _ context: DetectionContext) -> Bool {
        let w = context.window
        let end = context.scan.upperBound
        let itemStart = Self.blanksEnd(from: start, w, end: end)
        guard itemStart > start, let item = LineHeads.numberedItem(at: itemStart, in: w, end: end), item.number == number else { return false }
        return spans.name(after: item.end, context) != nil
    }

    /// A name glued to an account's number (6 to 12 digits: a 学号, 工号 or card number) as
    /// systems' logs and exports write their users: the name in brackets after it
    /// (`user=20231234(王一诺)`), the number in brackets after the name (`王一诺(20231234)`), or
    /// the two set apart by a slash (`[王一诺/20231234]`). The name stands alone: a bracket or
    /// the slash ends it, and it starts where an item does.
    @inline(__always)
    private func nameBesideAccount(_ token: NumberToken, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        guard token.groups.count == 1, (6...12).contains(token.groups[0].count), !token.trailingX else { return nil }
        if token.end < end, let open = LineHeads.openingBracketLength(at: token.end, in: w, end: end),
           let name = spans.name(after: token.end + open, context), LineHeads.closingBracketLength(at: name.upperBound, in: w, end: end) != nil {
            return name
        }
        let lower = spans.lowerBound(context)
        guard token.start > lower else { return nil }
        let before: Int
        if w[token.start - 1] == UInt8(ascii: "/") {
            before = 1
        } else if LineHeads.closingBracketLength(at: token.end, in: w, end: end) != nil {
            if w[token.start - 1] == UInt8(ascii: "(") {
                before = 1
            } else if token.start - 3 >= lower, HanText.scalar(w, at: token.start - 3, end: token.start) == 0xFF08 {
                before = 3
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let name = spans.name(before: token.start - before, context, beforeTitle: false, delimitedOnly: true),
              !lexicon.opensWithOrdinaryWord(w, name) else { return nil }
        return name
    }

    /// The name right after a code and the label before it, as exam and score lists are written
    /// in text (`考号：18030101234 张梓涵 总分295`, `学号 2023001 李娜`): the code (`HeaderKeywords`'
    /// identifiers) is no personal value, so no value wakes the look for the name beside it. The
    /// name stands alone: blanks, a comma or the line's end after it.
    @inline(__always)
    private func nameAfterCode(_ token: NumberToken, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        guard token.groups.count == 1, !token.trailingX, token.end < end else { return nil }
        let comma = w[token.end] == UInt8(ascii: ",") ? 1 : HanText.scalar(w, at: token.end, end: end) == 0xFF0C ? 3 : 0
        let start = Self.blanksEnd(from: token.end + comma, w, end: end)
        // Most numbers stop here, before their label is looked for: no blank or comma after them.
        guard start > token.end, HanText.han(w, at: start, end: end) != nil,
              keywords.isIdentifierLabel(before: token.start, in: w, distance: context.keywordDistance(before: token.start, atMost: 16)),
              let name = spans.name(after: start, context), Self.endsField(at: name.upperBound, w, end: end),
              !lexicon.opensWithOrdinaryWord(w, name)
        else { return nil }
        return name
    }

    /// A blank, a comma (`,` `，` `、`) or the line's end stands at `i`.
    private static func endsField(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        if endsLine(at: i, w, end: end) || Blanks.length(at: i, in: w, end: end) > 0 || w[i] == UInt8(ascii: ",") { return true }
        let s = HanText.scalar(w, at: i, end: end)
        return s == 0xFF0C || s == 0x3001
    }

    /// The sender of a chat message's header after its time, which ends at `timeEnd`: the line
    /// holds only the date and time before it (perhaps in brackets), and after it nothing, the
    /// sender's account in brackets (QQ's number, `<…@qq.com>`), or a colon and the message.
    private func senderAfterTime(endingAt timeEnd: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        // The date and time perhaps in brackets (`[2024-11-09 19:05] 王建国：`).
        let bracketed = timeEnd < end && w[timeEnd] == UInt8(ascii: "]")
        var start = bracketed ? timeEnd + 1 : timeEnd
        let blanks = start
        while start < end, w[start] == 0x20 || w[start] == 0x09 { start += 1 }
        guard start > blanks else { return nil }
        var lineStart = timeEnd
        while lineStart > 0, isDigit(w[lineStart - 1]) || "-/:. ".utf8.contains(w[lineStart - 1]) { lineStart -= 1 }
        if bracketed, lineStart > 0, w[lineStart - 1] == UInt8(ascii: "[") { lineStart -= 1 }
        guard lineStart == 0 || w[lineStart - 1] == 0x0A, let sender = spans.name(after: start, context) else { return nil }
        var after = sender.upperBound
        if after < end, w[after] == UInt8(ascii: "(") || w[after] == UInt8(ascii: "<") {
            let close = w[after] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: ">")
            guard let closing = w[after..<end].firstIndex(where: { $0 == close || $0 == 0x0A }), w[closing] == close else { return nil }
            after = closing + 1
        }
        // The message itself may follow the sender's colon (`19:05 王建国: 好的`).
        return Self.endsLine(at: after, w, end: end) || HanText.isColon(w, at: after, end: end) ? sender : nil
    }

    /// The sender of a chat message's header that gives the time alone after the name, as a
    /// message copied the day it was sent shows it (`于建华 09:20`, `于建华  09:20:11`): the
    /// hour is `token`, and the line holds the name, blanks and the time only.
    private func senderBeforeTime(_ token: NumberToken, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        guard token.groups.count == 1, token.groups[0].count <= 2, token.end + 3 <= end, w[token.end] == UInt8(ascii: ":"),
              isDigit(w[token.end + 1]), isDigit(w[token.end + 2]) else { return nil }
        var timeEnd = token.end + 3
        if timeEnd + 3 <= end, w[timeEnd] == UInt8(ascii: ":"), isDigit(w[timeEnd + 1]), isDigit(w[timeEnd + 2]) { timeEnd += 3 }
        guard Self.endsLine(at: timeEnd, w, end: end), let sender = senderOpeningLine(before: token.start, context),
              !lexicon.opensWithOrdinaryWord(w, sender) else { return nil }
        return sender
    }

    /// A chat header's sender: the name that opens its line, blanks between it and `start`.
    private func senderOpeningLine(before start: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        var nameEnd = start
        while nameEnd > 0, w[nameEnd - 1] == 0x20 || w[nameEnd - 1] == 0x09 { nameEnd -= 1 }
        guard nameEnd < start, let sender = spans.name(before: nameEnd, context, beforeTitle: false, delimitedOnly: true),
              Self.startsLine(at: sender.lowerBound, w, lower: 0) else { return nil }
        return sender
    }

    /// Where the answer starts on the line under a numbered question that ends its own short
    /// line with no colon (an answer page's `1、学生姓名 ↵ 毛铭泽`, a text export's `Q1 学生姓名 ↵
    /// A：毛铭泽`): after the next line's blanks and an answer's mark (A：, 答：); nil when the
    /// label does not end its line, the line is longer than a label or opens with no number.
    static func answerBelowLabelLine(labelAt at: Int, lineEnd: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        guard lineEnd < end, w[lineEnd] == 0x0A || w[lineEnd] == 0x0D else { return nil }
        let lineStart = ByteScanning.lastIndex(of: 0x0A, in: w, 0..<at).map { $0 + 1 } ?? 0
        guard QuestionLabel.isQuestionLine(w, lineStart..<lineEnd) else { return nil }
        var i = Self.blankLinesEnd(from: lineEnd, w, end: end)
        if i < end, w[i] == UInt8(ascii: "A") || HanText.scalar(w, at: i, end: end) == 0x7B54 {  // 答
            let mark = w[i] == UInt8(ascii: "A") ? 1 : 3
            if HanText.isColon(w, at: i + mark, end: end) { i += mark + HanText.colonLength(w, at: i + mark) }
        }
        return i
    }

    /// Where the line under a prize's title starts, the title alone on its line, perhaps with a
    /// count in brackets (一等奖（1名） ↵ 王梓涵　八年级（3）班: winners listed by prize, one or two
    /// under each title); nil when the cue is no prize (its last character 奖) or does not end
    /// its line.
    static func lineBelowPrizeTitle(cueAt at: Int, cueEnd: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        // 等奖 after its rank (一等奖, 特等奖), or 优秀奖.
        guard HanText.scalar(w, at: cueEnd - 3, end: cueEnd) == 0x5956,   // 奖
              startsLine(at: at, w, lower: 0) || at >= 3 && HanText.han(w, at: at - 3, end: at) != nil && startsLine(at: at - 3, w, lower: 0)
        else { return nil }
        var i = cueEnd
        if let open = LineHeads.openingBracketLength(at: i, in: w, end: end) {
            i += open
            while i < end, i - cueEnd < prizeCountLength, LineHeads.closingBracketLength(at: i, in: w, end: end) == nil, w[i] != 0x0A { i += 1 }
            guard let close = LineHeads.closingBracketLength(at: i, in: w, end: end) else { return nil }
            i += close
        }
        return lineBreak(after: i, w, end: end).map { blankLinesEnd(from: $0, w, end: end) }
    }

    /// A line break stands in `w[from..<to]`.
    static func lineBreakBetween(_ from: Int, _ to: Int, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        from < to && ByteScanning.firstIndex(of: 0x0A, in: w, from..<to) != nil
    }

    /// Bytes of a prize's count in brackets at most (（10名）, （共3人）).
    private static let prizeCountLength = 18

    /// The names opening lines from `start` on, each alone or before blanks, a bracket or a
    /// comma and what qualifies it, until a line opens with none (the next prize's title).
    /// `labelled`: under a label's colon, as `NameSpans.name(after:)` takes it.
    func namesOpeningLines(from start: Int, _ context: DetectionContext, labelled: Bool, into matches: MatchList) {
        let w = context.window
        let end = context.scan.upperBound
        var i = start
        while i < end, let name = nameBeforeGrade(at: i, w, end: end) ?? spans.name(after: i, context, labelled: labelled),
              i == start || !lexicon.opensWithOrdinaryWord(w, name),
              Self.endsLine(at: name.upperBound, w, end: end) || Blanks.length(at: name.upperBound, in: w, end: end) > 0
                || LineHeads.openingBracketLength(at: name.upperBound, in: w, end: end) != nil
                || HanText.scalar(w, at: name.upperBound, end: end) == 0xFF0C   // ，
                || Self.opensGrade(at: name.upperBound, w, end: end) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            // The names after it on its line, a grid's (张梓涵　李浩然　王一诺): found here, as the
            // lines below are, before the scan passes them.
            appendBlankSeparatedNames(after: name.upperBound, context, into: matches)
            guard let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: w, name.upperBound..<end) else { return }
            i = Self.blankLinesEnd(from: lineEnd, w, end: end)
        }
    }

    /// A name of two or three characters at `i` with a grade glued after it (黎一诺三年级(2)班).
    private func nameBeforeGrade(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Range<Int>? {
        let run = HanRun(w, from: i, end: end, limit: 4)
        for length in [3, 2] where run.count > length && lexicon.isName(run, length: length, evidence: .row)
            && Self.opensGrade(at: run.offset(length), w, end: end) {
            return i..<run.offset(length)
        }
        return nil
    }

    /// A grade opens at `i` (三年级, 5年级, 初二, 高一), glued to a name before it: a list under a
    /// prize's title that sets no blank between them, or whose blank a conversion dropped
    /// (黎一诺三年级(2)班 for 黎一诺　三年级(2)班).
    private static func opensGrade(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let first = HanText.scalar(w, at: i, end: end) ?? (i < end && isDigit(w[i]) ? UInt32(w[i]) : nil) else { return false }
        let next = first < 0x80 ? i + 1 : i + 3
        if first == 0x521D || first == 0x9AD8 {   // 初, 高
            return HanText.scalar(w, at: next, end: end).map { $0 == 0x4E00 || $0 == 0x4E8C || $0 == 0x4E09 } == true   // 一 二 三
        }
        return (first < 0x80 || ChineseNumerals.contains(first)) && HanText.has(Self.gradeWord, in: w, at: next, end: end)
    }

    private static let gradeWord = Array("年级".utf8)

    /// Only blanks, or a speaker's colon, stand between the line's start and `i`.
    static func startsLine(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var j = i
        while j > lower, w[j - 1] == 0x20 || w[j - 1] == 0x09 { j -= 1 }
        return j == lower || w[j - 1] == 0x0A || (j - 3 >= lower && HanText.scalar(w, at: j - 3, end: j) == 0xFF1A)
    }

    /// Blanks at `i`, then a word that follows names (a sign-up list's 已阅, 收到).
    private func followWordAfterBlanks(_ i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let blanks = Blanks.length(at: i, in: w, end: end)
        return blanks > 0 && lexicon.cues.wordFollows(at: i + blanks, in: w, end: end)
    }

    /// Only blanks stand between `i` and the line's end.
    static func endsLine(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var j = i
        while j < end, w[j] == 0x20 || w[j] == 0x09 || w[j] == 0x0D { j += 1 }
        return j == end || w[j] == 0x0A
    }
}
