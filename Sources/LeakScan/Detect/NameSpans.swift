/// Where a name begins and ends in running text, around a cue, a list separator or a value:
/// Chinese has no spaces between words, so the extent of a name is decided from the surname, the
/// characters that may stand next to a name (function words, cues, words that follow names) and
/// the stop list (see `NameLexicon`). Candidates are tried longest first.
struct NameSpans {
    let lexicon: NameLexicon

    /// Where looking back must stop: a table cell's own start, else the window's.
    func lowerBound(_ context: DetectionContext) -> Int {
        context.isTableCell ? context.scan.lowerBound : 0
    }

    /// A name starting at `start`: the longest that ends where a name may end (with
    /// `needsWordAfter`, only before a cue, a word that follows names or a bracketed note;
    /// `labelled`: right after a label's colon; `cued`: right after a cue, where a full name,
    /// a surname and two characters, may also run into the verb after it: 班主任杨梦瑶安排…,
    /// 学生彭雨欣仍未返校, 校长韩志刚再次入户).
    func name(after start: Int, _ context: DetectionContext, needsWordAfter: Bool = false, labelled: Bool = false,
              cued: Bool = false) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        let run = HanRun(w, from: start, end: end, limit: 5)
        if let dotted = dottedName(at: start, run, w, end: end) { return Self.opensLifespan(at: dotted.upperBound, w, end: end) ? nil : dotted }
        // A Yi name, its clan's name and two given characters (家访马海木呷。, 母亲马海拉惹在家), read
        // whole before a Han name's shorter reading (马海木).
        if run.count >= 4, lexicon.isYiClan(run, at: 0), endsName(at: run.offset(4), w, end: end),
           !lexicon.cues.titleStarts(at: run.offset(2), in: w, end: end) { return run.offset(0)..<run.offset(4) }
        // The first part of a name with middle dots that is none (皮埃尔·居里, a textbook's figure).
        if run.count < 5, NameLexicon.middleDotLength(w, at: start + 3 * run.count, end: end) > 0 { return nil }
        let surname = lexicon.surnameLength(run)
        guard surname > 0, !startsWithFunctionWord(run, at: 0),
              // After a function word, another one is a preposition (请向团委反映); so is one that
              // is a rare surname, unless a label's colon comes before (老师和体育老师; 主持人：和平).
              !((needsWordAfter || !labelled && !lexicon.isCommonSurname(run[0])) && isFunctionWord(run, at: 0))
        else { return nil }
        // A word that leads names, its first character no common surname, opens no name
        // (证明|明天交: 明天 "tomorrow"; 周一鸣 keeps its common surname).
        if run.count >= 3, !lexicon.isCommonSurname(run[0]),
           lexicon.cues.isLeadWord(w, run.offset(0)..<run.offset(2)) { return nil }
        if run.count == surname, let spaced = spacedName(at: start, surname: surname, w, end: end, anySurname: labelled) { return spaced }
        if labelled, run.count < 3, let split = blankSplitName(at: start, run, w, end: end) { return split }
        // A rare surname character is more often part of a word (考生须提前): only a cue or a
        // word that follows names (同学, 负责) vouches for it, or a label's colon when the name
        // is the label's whole value (姓名：厍皓天).
        let rare = needsWordAfter || (surname == 1 && lexicon.rank(ofSurname: run[0]) > NameLexicon.rareSurnameRank)
        var length = min(surname + 2, run.count)
        while length > surname {
            defer { length -= 1 }
            let next = run.offset(length)
            // After a label (指导教师：曾会芳) the name is the label's whole value: a function
            // character may be part of it.
            guard lexicon.isName(run, length: length, evidence: labelled ? .row : .context),
                  rare ? lexicon.cues.wordFollows(at: next, in: w, end: end) || opensBracket(at: next, w, end: end)
                            || (labelled && !needsWordAfter && endsValue(at: next, w, end: end) && !lexicon.isStopWord(run, at: surname))
                       : endsName(at: next, w, end: end) || cued && length == surname + 2 && runsIntoVerb(run, nameEnd: next, w, end: end),
                  // The name does not end inside a word that follows it (张伟可|以, 张伟同|学).
                  !lexicon.cues.wordFollows(at: run.offset(length - 1), in: w, end: end),
                  // Before a title, a common surname is a bare surname (谢谢孙|老师), and so is a
                  // Yi clan's name (曲比|老师).
                  !(lexicon.cues.titleStarts(at: next, in: w, end: end)
                    && (lexicon.isCommonSurname(run[length - 1]) || lexicon.isYiClan(run, at: length - 2))),
                  // After a weak cue, a name does not begin with an ordinary word (，年底前完成);
                  // after a cue, one that does ends at a word's end, not at a function character
                  // (学生方阵经|过, 奶奶高兴地|说, 学生全部按|时到校; 学生王国庆同学 is a name, and so is
                  // 被保险人金子墨在…: 子 opens many given names);
                  // after a label, it is the label's whole value or a cue follows it (姓名：王国庆;
                  // not a salutation's sentence, 各位家长：明天开|会, 学生：高兴地|说).
                  !(length > 2 && lexicon.opensWithOrdinaryWord(run, length: length)
                    && (needsWordAfter
                        || labelled && !endsValue(at: next, w, end: end) && !lexicon.cues.afterCueStarts(at: next, in: w, end: end)
                        || !labelled && HanText.han(w, at: next, end: end) != nil
                        && !lexicon.cues.wordFollows(at: next, in: w, end: end))),
                  // A surname that is also a preposition of time, before a time word, is that
                  // preposition (家长于周五到校); other surnames are not (许明天, 曾明天 are names).
                  !(Self.timePrepositions.contains(run[0]) && lexicon.cues.isLeadWord(w, run.offset(surname)..<next)) else { continue }
            return lexicon.isPublicFigure(run, at: 0, length: length) || Self.opensLifespan(at: next, w, end: end)
                || Self.gluedToLetters(at: next, w, end: end) || Self.opensDocumentNumber(at: next, w, end: end) ? nil : run.offset(0)..<next
        }
        return nil
    }

    /// A document number's year in its brackets follows at `i` (牟教〔2024〕56号, 郑教[2024]12号):
    /// the word before it is its issuer's short name, no person's.
    static func opensDocumentNumber(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        // 〔 is E3 80 94: most names are followed by another lead byte.
        guard i < end, w[i] == 0xE3 || w[i] == UInt8(ascii: "[") else { return false }
        let open = w[i] == UInt8(ascii: "[") ? 1 : HanText.scalar(w, at: i, end: end) == 0x3014 ? 3 : 0
        guard open > 0, i + open + 4 <= end else { return false }
        return (i + open..<i + open + 4).allSatisfy { isDigit(w[$0]) }
    }

    /// Two Latin letters or more follow at `i` with no blank between: a brand's or a channel's
    /// name (图片：文博TV, 乐学APP), not a person's.
    private static func gluedToLetters(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        i + 1 < end && isASCIILetter(w[i]) && isASCIILetter(w[i + 1])
    }

    /// A full name after a cue may run into the verb after it (班主任杨梦瑶安排…) when its surname
    /// is a common one and no preposition (于当日, 和), and no organisation's suffix starts in it
    /// or right after it (联系区医保中心, 区教育局: 区 a surname, as 左 of 致左桡骨远端骨折 is a rare one).
    private func runsIntoVerb(_ run: HanRun, nameEnd: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard lexicon.isCommonSurname(run[0]), !lexicon.cues.isFunction(run[0]) else { return false }
        return !stride(from: run.offset(1), through: nameEnd, by: 3).contains { OrganisationContext.shared.namesOrganisation(at: $0, in: w, end: end) }
    }

    /// A life's years in brackets open at `i` (（1942—2016）, （1905年7月19日—1972年2月15日）,
    /// （1937— ）): the name before them is a writer's or a historical figure's, as reference
    /// works and lesson plans introduce them, not a pupil's.
    static func opensLifespan(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var i = i
        if i < end, w[i] == UInt8(ascii: "(") { i += 1 } else if HanText.scalar(w, at: i, end: end) == 0xFF08 { i += 3 } else { return false }
        let yearStart = i
        while i < end, i - yearStart < 4, isDigit(w[i]) { i += 1 }
        guard i - yearStart == 4 else { return false }
        // The rest of the date: 年7月19日, .7.19.
        let dateEnd = min(end, i + 18)
        while i < dateEnd {
            if isDigit(w[i]) || w[i] == UInt8(ascii: ".") || w[i] == 0x20 { i += 1; continue }
            guard let scalar = HanText.scalar(w, at: i, end: end), scalar == 0x5E74 || scalar == 0x6708 || scalar == 0x65E5 else { break }   // 年 月 日
            i += 3
        }
        let dash: Int
        if i < end, w[i] == UInt8(ascii: "-") || w[i] == UInt8(ascii: "~") { dash = 1 }
        else if let scalar = HanText.scalar(w, at: i, end: end), [0x2014, 0x2013, 0xFF0D, 0xFF5E, 0x81F3].contains(scalar) { dash = 3 }   // — – － ～ 至
        else { return false }
        i += dash
        if HanText.scalar(w, at: i, end: end) == 0x2014 { i += 3 }   // a doubled dash (——)
        while case let blank = Blanks.length(at: i, in: w, end: end), blank > 0 { i += blank }
        // The year of death, or none yet (1949— ); a month after the dash is a date's (2016-10-17).
        var digits = 0
        while i + digits < end, isDigit(w[i + digits]) { digits += 1 }
        if digits >= 4 { return true }
        guard i < end, let close = LineHeads.closingBracketLength(at: i, in: w, end: end) else { return false }
        // None yet, and a sex after it: an author's own note (作者简介：谢杰（1969.06—），女，河南中牟人),
        // a journal's form, a living author's birth; a famous one is known by name.
        return !Particulars.sexFollows(i + close, w, end: end)
    }

    /// A name with middle dots right after a cue (一年级（4）班　依明·沙吾提): its parts up to the
    /// first character that is neither Han nor a dot.
    private func dottedName(at start: Int, _ run: HanRun, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Range<Int>? {
        guard run.count >= 1, run.count <= 6 else { return nil }
        var i = start + 3 * run.count
        guard NameLexicon.middleDotLength(w, at: i, end: end) > 0, !isFunctionOutsideDottedName(run[0]) else { return nil }
        while i < end {
            let dot = NameLexicon.middleDotLength(w, at: i, end: end)
            guard dot > 0 else { break }
            let part = HanRun(w, from: i + dot, end: end, limit: 7)
            // The name ends before a word that follows names (买买提江·阿不都获得一等奖).
            let length = (1..<max(1, part.count)).first { lexicon.cues.wordFollows(at: part.offset($0), in: w, end: end) } ?? part.count
            guard length >= 1 else { break }
            i += dot + 3 * length
            if length < part.count { break }
        }
        return lexicon.isDottedName(w, start..<i) ? start..<i : nil
    }

    /// A name with middle dots ending at `end`, before a cue (阿依古丽·买买提同学), as
    /// `dottedName(at:)` reads one forward. Its first part begins after the last function
    /// character before it (请阿依古丽·买买提同学, 同学和努尔艾力·吐尔洪同学).
    private func dottedName(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int>? {
        var start = end
        var parts = 0
        while parts < 4 {
            let part = HanRun(w, endingAt: start, lower: lower, limit: 8)
            parts += 1
            if part.count <= 6, let dot = NameLexicon.middleDotLength(w, endingAt: start - 3 * part.count, lower: lower) {
                guard part.count >= 1 else { return nil }
                start -= 3 * part.count + dot
                continue
            }
            // The first part: the characters after the last function character (和努尔艾力).
            var length = 0
            while length < part.count, !isFunctionOutsideDottedName(part[part.count - 1 - length]) { length += 1 }
            guard length >= 1, length <= 6 else { return nil }
            start -= 3 * length
            return parts >= 2 && lexicon.isDottedName(w, start..<end) ? start..<end : nil
        }
        return nil
    }

    /// A look before `dottedName(endingAt:)`, which most ends of names fail: a middle dot (·,
    /// ‧, ・) ends one to six characters before `end`, right before `run`, the Han characters
    /// (at most four) that end there, or two more characters back.
    @inline(__always)
    private static func mayEndDottedPart(_ run: HanRun, _ end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard run.count > 0 else { return false }
        return (run.count...(run.count < 4 ? run.count : 6)).contains {
            NameLexicon.middleDotLength(w, endingAt: end - 3 * $0, lower: lower) != nil
        }
    }

    /// A function character that is no part of a name with middle dots: such a name neither
    /// opens with it nor reaches back over it. Not 不, 都 or 其, syllables of such names too
    /// (阿不都·热合曼, 其木格·巴特尔).
    private func isFunctionOutsideDottedName(_ s: UInt32) -> Bool {
        lexicon.cues.isFunction(s) && !Self.transliterationSyllables.contains(s)
    }

    /// 不, 都 and 其.
    private static let transliterationSyllables = ScalarSet([0x4E0D, 0x90FD, 0x5176])

    /// A two-character name padded to the width of three with an ideographic space (贺　华), as
    /// lists of names are aligned: a common surname (any, after a label's colon: `anySurname`,
    /// 姓名：康　鑫), the space, one Han character, then no more. Not 年　月, the blanks a form
    /// leaves for a date after its signature (签名：　　　　年　月　日).
    private func spacedName(at start: Int, surname: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int, anySurname: Bool = false) -> Range<Int>? {
        let space = start + 3 * surname
        guard surname == 1, let first = HanText.han(w, at: start, end: end), first != 0x5E74,   // 年
              anySurname || lexicon.isCommonSurname(first),
              HanText.scalar(w, at: space, end: end) == 0x3000, let given = HanText.han(w, at: space + 3, end: end),
              !lexicon.cues.isFunction(given), HanText.han(w, at: space + 6, end: end) == nil else { return nil }
        return start..<(space + 6)
    }

    /// A label's whole value of two or three characters in pieces parted by one blank each, as
    /// OCR sets a name apart (姓名：王 梓涵, 孙 嘉 怡, 杜一 诺); a sex after it is none of it (王 芳 女).
    private func blankSplitName(at start: Int, _ head: HanRun, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Range<Int>? {
        var joined = head
        var i = start + 3 * head.count
        while joined.count < 3 {
            let blank = Blanks.length(at: i, in: w, end: end)
            guard blank > 0 else { break }
            let piece = HanRun(w, from: i + blank, end: end, limit: 4)
            guard piece.count > 0, joined.count + piece.count <= 3,
                  !Particulars.isSexAlone(w, (i + blank)..<(i + blank + 3 * piece.count)) else { break }
            joined = HanRun(joining: joined, piece)
            i += blank + 3 * piece.count
        }
        guard joined.count > head.count, endsValue(at: i, w, end: end),
              lexicon.isName(joined, length: joined.count, evidence: .row) else { return nil }
        return start..<i
    }

    /// A padded two-character name (贺　华) ending at `end`, as `spacedName(at:)` reads it forward.
    private func spacedName(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int>? {
        let start = end - 9
        guard start >= lower else { return nil }
        return spacedName(at: start, surname: lexicon.surnameLength(HanRun(w, from: start, end: end, limit: 1)), w, end: end)
    }

    /// A name ending at `end`: the longest that starts where a name may start (with
    /// `delimitedOnly`, only after a non-Han character, a cue or the start of the text).
    func name(before end: Int, _ context: DetectionContext, beforeTitle: Bool, delimitedOnly: Bool = false) -> Range<Int>? {
        let w = context.window
        let lower = lowerBound(context)
        let run = HanRun(w, endingAt: end, lower: lower, limit: 4)
        if Self.mayEndDottedPart(run, end, w, lower: lower), let dotted = dottedName(endingAt: end, w, lower: lower),
           delimitedOnly ? startsList(at: dotted.lowerBound, w, lower: lower) : startsName(at: dotted.lowerBound, w, lower: lower) {
            return dotted
        }
        // Before a title, a common surname is a bare surname (请王老师, 谢谢韩老师): no full name;
        // so is a Yi clan's name (曲比老师).
        if beforeTitle, run.count > 0,
           lexicon.isCommonSurname(run[run.count - 1]) || lexicon.isYiClan(run, at: run.count - 2) { return nil }
        if run.count == 1, let spaced = spacedName(endingAt: end, w, lower: lower),
           delimitedOnly ? startsList(at: spaced.lowerBound, w, lower: lower) : startsName(at: spaced.lowerBound, w, lower: lower) {
            return spaced
        }
        // A word that follows names straddles the end: the name would end inside it (放学时间推|迟到:
        // 推迟 goes on into the cue).
        if lexicon.followWordStraddles(end, in: w, lower: lower, end: context.scan.upperBound) { return nil }
        var length = run.count
        while length >= 2 {
            let i = run.count - length
            defer { length -= 1 }
            // A rare surname character after a function character is more often the end of a
            // word (不能|参加的家长): only a delimiter, a cue or a word that leads names vouches for it.
            let rare = lexicon.rank(ofSurname: run[i]) > NameLexicon.rareSurnameRank
            // A full name of three characters with a common surname before a title needs no
            // start of its own (上午听张晓东老师…, 观摩谭海涛老师的课): the title vouches for it.
            let titled = beforeTitle && !delimitedOnly && length == 3 && lexicon.isCommonSurname(run[i])
            guard lexicon.surnameLength(run, at: i) > 0, lexicon.isName(run, at: i, length: length, evidence: .context),
                  titled || (delimitedOnly || rare ? startsList(at: run.offset(i), w, lower: lower) : startsName(at: run.offset(i), w, lower: lower)),
                  // The first character belongs to a cue before it (学生|张伟, 二班|张伟).
                  !lexicon.cues.cueEnds(at: run.offset(i + 1), in: w, lower: lower, roles: [.before, .classWord]),
                  !startsWithFunctionWord(run, at: i),
                  // A function character that is a rare surname, right after a word, is the
                  // function word (孩子有想家、: 有 "has"), as after a cue (`name(after:)`).
                  !(rare && isFunctionWord(run, at: i) && HanText.han(w, at: run.offset(i) - 3, end: run.offset(i)) != nil),
                  // Before a title a function word is a preposition, whatever else it may be (向监考老师).
                  !(beforeTitle && isFunctionWord(run, at: i)) else { continue }
            return lexicon.isPublicFigure(run, at: i, length: length) ? nil : run.offset(i)..<end
        }
        return nil
    }

    /// At how many of the edges of `range` (0, 1 or 2) a name may start or end (see
    /// `startsName`, `endsName`).
    func nameEdges(_ range: Range<Int>, _ context: DetectionContext) -> Int {
        let w = context.window
        return (startsName(at: range.lowerBound, w, lower: lowerBound(context)) ? 1 : 0)
            + (endsName(at: range.upperBound, w, end: context.scan.upperBound) ? 1 : 0)
    }

    /// Character `i` is a function word, not the start of a compound surname (上 of 上官).
    private func isFunctionWord(_ run: HanRun, at i: Int) -> Bool {
        lexicon.cues.isFunction(run[i]) && lexicon.surnameLength(run, at: i) < 2
    }

    /// A function word that is also a surname, before a surname (和李娜, 向王老师): the name
    /// starts after it. A common surname that is also a function word (曾, 于) starts a name as
    /// often as not.
    private func startsWithFunctionWord(_ run: HanRun, at i: Int) -> Bool {
        isFunctionWord(run, at: i) && !lexicon.isCommonSurname(run[i]) && lexicon.surnameLength(run, at: i + 1) > 0
    }

    /// A label's value ends at `i`: the text ends, or punctuation or a blank comes (not a
    /// character, letter or digit: 须提前30分钟 is no name).
    private func endsValue(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        i >= end || (HanText.han(w, at: i, end: end) == nil && !isAlphanumeric(w[i]))
    }

    /// A name may end at `i`: the text ends, or a non-Han character, a function character, a
    /// cue or a word that follows names (同意, 参加) comes next.
    private func endsName(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let next = HanText.han(w, at: i, end: end) else { return true }
        return lexicon.cues.isFunction(next) || lexicon.cues.wordFollows(at: i, in: w, end: end)
    }

    /// A name may start at `i`: the text starts, or a non-Han character, a function character,
    /// a cue (学生, 二班), a word that may lead a name (今天) or an organisation's name
    /// (郑州市第十九中学|孙东春老师, 教务处|钟雪梅) comes before.
    private func startsName(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        if Self.isUnitAfterNumber(at: i, w, lower: lower) { return false }
        guard i - 3 >= lower, let previous = HanText.han(w, at: i - 3, end: i) else { return true }
        return lexicon.cues.isFunction(previous) || lexicon.cues.leadEnds(at: i, in: w, lower: lower)
            || lexicon.cues.cueEnds(at: i, in: w, lower: lower, roles: [.before, .classWord])
            || OrganisationContext.shared.organisationNameEnds(at: i, in: w, lower: lower)
    }

    /// Where a bracketed note that ends at `end` opens (（初二3班）, (3班), 【借读】, [转出], 《春》),
    /// if one does, within a few characters.
    @inline(__always)
    static func bracketStart(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        guard end > lower else { return nil }
        let close = end - 3 >= lower ? HanText.scalar(w, at: end - 3, end: end) : nil
        // （…）, 【…】, 《…》 (a work's title after its author), or ASCII (…) and […].
        let open: UInt32?
        switch close {
        case 0xFF09: open = 0xFF08
        case 0x3011: open = 0x3010
        case 0x300B: open = 0x300A
        default: open = nil
        }
        let asciiOpen: UInt8? = open != nil ? nil : (w[end - 1] == UInt8(ascii: ")") ? UInt8(ascii: "(")
            : w[end - 1] == UInt8(ascii: "]") ? UInt8(ascii: "[") : nil)
        guard open != nil || asciiOpen != nil else { return nil }
        var i = end - (open != nil ? 3 : 1)
        // A class's number in brackets inside the note (（初一（3）班）): brackets nest.
        var depth = 0
        while i > lower, end - i < 60 {
            if let asciiOpen {
                if w[i - 1] == asciiOpen {
                    if depth == 0 { return i - 1 }
                    depth -= 1
                } else if w[i - 1] == w[end - 1] {
                    depth += 1
                }
            } else if let open, i - 3 >= lower, let s = HanText.scalar(w, at: i - 3, end: i), s == open || s == close {
                if s == open {
                    if depth == 0 { return i - 3 }
                    depth -= 1
                } else {
                    depth += 1
                }
            }
            i -= 1
        }
        return nil
    }

    /// The character at `i` is the unit of the number or the determiner right before it
    /// (2025年秋季家长会, 3月, 5号, 2024届; 各位新生家长, 每位考生, 这位同学, 近两周多次迟到): a
    /// surname there (年, 月, 届, 位, 周 …) opens no name.
    private static func isUnitAfterNumber(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard i > lower, let s = HanText.scalar(w, at: i, end: w.count), numberUnits.contains(s) else { return false }
        return isDigit(w[i - 1]) || i - 3 >= lower && HanText.scalar(w, at: i - 3, end: i).map(determiners.contains) == true
    }

    private static let numberUnits = ScalarSet("年月日号届级期班岁名次个位元周".unicodeScalars.map(\.value))
    private static let determiners = ScalarSet("各每这那哪诸几两".unicodeScalars.map(\.value))

    /// The end of a bracketed note in ASCII or full-width round brackets that opens at `i`
    /// (张梓涵（八年级3班）), within a few characters; `i` when none does.
    @inline(__always)
    static func noteEnd(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        // Most names are followed by a blank or punctuation: one look.
        guard i < end, w[i] == UInt8(ascii: "(") || w[i] == 0xEF else { return i }
        return bracketedNoteEnd(at: i, w, end: end)
    }

    private static func bracketedNoteEnd(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        let ascii = w[i] == UInt8(ascii: "(")
        guard ascii || HanText.scalar(w, at: i, end: end) == 0xFF08 else { return i }
        var j = i + (ascii ? 1 : 3)
        // （ is EF BC 88, ）EF BC 89; brackets nest (（初一（3）班）).
        var depth = 0
        while j < end, j - i < 60, w[j] != 0x0A {
            let fullWidth = !ascii && w[j] == 0xEF && j + 2 < end && w[j + 1] == 0xBC
            if ascii ? w[j] == UInt8(ascii: ")") : fullWidth && w[j + 2] == 0x89 {
                if depth == 0 { return j + (ascii ? 1 : 3) }
                depth -= 1
            } else if ascii ? w[j] == UInt8(ascii: "(") : fullWidth && w[j + 2] == 0x88 {
                depth += 1
            }
            j += 1
        }
        return i
    }

    /// The first name of a list may start at `i`: the text starts, or a non-Han character, a cue
    /// or a word that may lead a name comes before (参加人员：|张伟、李娜; 周一|张伟、李娜).
    private func startsList(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        if Self.isUnitAfterNumber(at: i, w, lower: lower) { return false }
        guard i - 3 >= lower, HanText.han(w, at: i - 3, end: i) != nil else { return true }
        return lexicon.cues.leadEnds(at: i, in: w, lower: lower)
            || lexicon.cues.cueEnds(at: i, in: w, lower: lower, roles: [.before, .weakBefore, .classWord])
    }

    /// A bracketed note opens at `i` (林翠兰（家委会主任）).
    private func opensBracket(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        (i < end && w[i] == UInt8(ascii: "(")) || HanText.scalar(w, at: i, end: end) == 0xFF08
    }

    /// A colon, or a log's `=`, lies in `w[range]` (the separators after a label).
    func hasColon(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.contains { w[$0] == UInt8(ascii: ":") || w[$0] == UInt8(ascii: "=") || (w[$0] == 0x9A && $0 >= range.lowerBound + 2 && w[$0 - 1] == 0xBC && w[$0 - 2] == 0xEF) }
    }

    /// A class number ends at `i` (二班, 3班, (2)班, （2）班).
    func numberEnds(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard i > lower else { return false }
        let b = w[i - 1]
        if isDigit(b) || b == UInt8(ascii: ")") { return true }
        guard let s = HanText.scalar(w, at: i - 3, end: i) else { return false }
        return s == 0xFF09 || ChineseNumerals.contains(s)
    }

    /// Skips at most two blanks, colons (a log's `=` too: 姓名=张伟), dashes (a payment's
    /// `三(2)班-王子涵-午餐费`), a bracket's close (甲方(签字) 王卫东) or slashes after a cue or value (联系人：张伟, 13812345678 张伟,
    /// （张伟）; a byline's 摄影/张伟, 编辑｜李娜, 编辑 | 李娜), and Markdown's emphasis (`**来访者**：**孔涛**`);
    /// after a colon, then any blanks and underscores (a form's line to write on).
    func skipSeparators(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        var skipped = 0
        var limit = 2
        var labelled = false
        while skipped < limit, i < end {
            if w[i] == UInt8(ascii: "*") {
                while i < end, w[i] == UInt8(ascii: "*") { i += 1 }
                continue
            }
            if w[i] == 0x20 || w[i] == 0x09 || w[i] == UInt8(ascii: ":") || w[i] == UInt8(ascii: "=") || w[i] == UInt8(ascii: "-") || w[i] == UInt8(ascii: "(")
                || w[i] == UInt8(ascii: ")") || w[i] == UInt8(ascii: "/") || w[i] == UInt8(ascii: "|") {
                // An equals sign is a colon here, blanks around it (博文妈妈 = 杨博文: a chat's nicknames matched to pupils).
                labelled = labelled || w[i] == UInt8(ascii: ":") || w[i] == UInt8(ascii: "=")
                // A bar set apart by blanks (编辑 | 李娜).
                if w[i] == UInt8(ascii: "|") { limit = 3 }
                i += 1
            } else if let s = HanText.scalar(w, at: i, end: end), Self.separators.contains(s) || Self.slashes.contains(s) {
                labelled = labelled || s == 0xFF1A
                i += 3
            } else {
                break
            }
            skipped += 1
        }
        // After a label's colon, the blanks and the line a form leaves to write on, around what
        // is written in (学生签名：    梁明哲; 学生姓名：＿＿余锦程＿＿＿; a page's &nbsp;), and the
        // line break of a label that ends its line (学生姓名：↵毛铭泽: an answer page's text).
        while labelled, i < end {
            if w[i] == 0x20 || w[i] == 0x09 || w[i] == UInt8(ascii: "_") || w[i] == 0x0A || w[i] == 0x0D {
                i += 1
            } else if w[i] == 0xC2, i + 1 < end, w[i + 1] == 0xA0 {
                i += 2
            } else if let s = HanText.scalar(w, at: i, end: end), s == 0x3000 || s == 0xFF3F {
                i += 3
            } else {
                break
            }
        }
        return i
    }

    /// Bytes of a blank, colon, comma or opening bracket ending at `end` (between a name and a
    /// value beside it: 张伟 138…, 李娜，2011年11月生), nil when none.
    func separatorLength(_ w: UnsafeBufferPointer<UInt8>, endingAt end: Int, lower: Int) -> Int? {
        let b = w[end - 1]
        if b == 0x20 || b == 0x09 || b == UInt8(ascii: ":") || b == UInt8(ascii: "(") || b == UInt8(ascii: ",") { return 1 }
        guard end - 3 >= lower, let s = HanText.scalar(w, at: end - 3, end: end),
              Self.separators.contains(s) || s == 0xFF0C else { return nil }   // ，
        return 3
    }

    /// A list's item that ends at `end` and is a name of Tibetan or Mongolian name elements
    /// (`NameLexicon.isNameOfElements`): all the Han characters back to the item's start.
    func elementName(endingAt end: Int, _ context: DetectionContext) -> Range<Int>? {
        // Asked beside every value in text: most end with no element's last character.
        guard let last = HanText.han(context.window, at: end - 3, end: end), lexicon.mayEndNameOfElements(last) else { return nil }
        let run = HanRun(context.window, endingAt: end, lower: lowerBound(context))
        return elementName(run, goesOn: { HanText.han(context.window, at: run.offset(0) - 3, end: end) != nil })
    }

    /// A list's item that starts at `start` and is a name of name elements, to the item's end.
    func elementName(startingAt start: Int, _ context: DetectionContext) -> Range<Int>? {
        let run = HanRun(context.window, from: start, end: context.scan.upperBound)
        return elementName(run, goesOn: { HanText.han(context.window, at: run.offset(run.count), end: context.scan.upperBound) != nil })
    }

    /// The span of `run` when it is a name of elements; a run of eight, the most a `HanRun`
    /// holds, only when the item `goesOn` no further.
    private func elementName(_ run: HanRun, goesOn: () -> Bool) -> Range<Int>? {
        (run.count < 8 || !goesOn()) && lexicon.isNameOfElements(run) ? run.offset(0)..<run.offset(run.count) : nil
    }

    /// A romanised name at `start`, a name label's whole value (姓名：Wang Haoran, 学生姓名：ZHANG
    /// Ruoxi, as bilingual schools' forms are filled in; a foreign pupil's `Name: Emily Sato`):
    /// capitalised words of pinyin or of another language up to the line's or the clause's end
    /// (`NameLexicon.isPinyinName`, `isLatinName`).
    func romanisedName(at start: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        guard start < end, w[start] &- UInt8(ascii: "A") < 26 else { return nil }
        var i = start
        while i < end, i - start < 40, isASCIILetter(w[i]) || w[i] == 0x20 || w[i] == UInt8(ascii: "-") || w[i] == UInt8(ascii: "'") {
            // Each word capitalised (Wang Haoran, WANG Haoran; not a sentence, Wang is here).
            if w[i] != 0x20, i > start, w[i - 1] == 0x20, w[i] &- UInt8(ascii: "A") >= 26 { return nil }
            // A gap of blanks ends a form's field (`Name: Li Xinyi    Class: 7`).
            if w[i] == 0x20, i + 1 < end, w[i + 1] == 0x20 { break }
            i += 1
        }
        // A word right before a colon is the next field's label (`Name: Emily Sato Gender: F`,
        // as a PDF's text layer closes the gap between fields).
        if i < end, w[i] == UInt8(ascii: ":") {
            while i > start, w[i - 1] != 0x20 { i -= 1 }
        }
        while i > start, w[i - 1] == 0x20 { i -= 1 }
        // The value ends there: the line, a punctuation mark or a bracket, not a digit or more letters.
        guard i == end || !isAlphanumeric(w[i]), lexicon.isPinyinName(w, start..<i) || lexicon.isLatinName(w, start..<i) else { return nil }
        return start..<i
    }

    /// A name's part at `start`, the whole value of a label of one (`Surname: ZHANG`,
    /// `given_name=Jianhua`, 姓氏：张): a word of letters or a Han surname (`NameLexicon.isNamePart`).
    func namePart(at start: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        guard start < end else { return nil }
        var i = start
        if HanText.han(w, at: start, end: end) != nil {
            let run = HanRun(w, from: start, end: end, limit: 3)
            i = run.offset(run.count)
        } else {
            while i < end, isASCIILetter(w[i]) || (i > start && (w[i] == 0x2D || w[i] == 0x27)) { i += 1 }
            guard i == end || !isAlphanumeric(w[i]) else { return nil }
        }
        return lexicon.isNamePart(w, start..<i) ? start..<i : nil
    }

    /// 于 and 从, surnames and prepositions that may stand before a time (于周五, 从明天起).
    private static let timePrepositions = ScalarSet([0x4E8E, 0x4ECE])

    /// ： （ ） and the ideographic space.
    private static let separators = ScalarSet([0xFF1A, 0xFF08, 0xFF09, 0x3000])
    /// ／, ｜ and 丨 (a stroke editors type for a bar), as bylines set a role apart from its name
    /// (文字丨龙德明, 初审丨冯建华: a WeChat article's credits).
    private static let slashes = ScalarSet([0xFF0F, 0xFF5C, 0x4E28])
}
