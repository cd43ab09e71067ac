extension NameDetector {
    func namesAround(han scalar: Unicode.Scalar, at: Int, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        if scalar == Self.ideographicSpace {
            namesWrittenApart(at: at + 3, context, into: matches)
            // The engine sees no word start after ideographic spaces (an indent, 　　张梓涵; a
            // 喜报's gap, 142 分　邹梦瑶): looked at from the first.
            guard HanText.scalar(w, at: at - 3, end: at) != Self.ideographicSpace.value else { return }
            let words = Self.blanksEnd(from: at, w, end: context.scan.upperBound)
            nameAfterScore(at: words, context, into: matches)
            if !context.isTableCell {
                if HanText.han(w, at: words, end: context.scan.upperBound) != nil, LineHeads.startsWords(at: words, in: w, lower: 0) {
                    detect(lineStart: words, context, into: matches)
                }
            }
            return
        }
        if scalar == Self.headingBracket {
            // The engine sees no word start after it: a heading opening its line is looked at here.
            if !context.isTableCell, HanText.han(w, at: at + 3, end: context.scan.upperBound) != nil,
               LineHeads.startsWords(at: at + 3, in: w, lower: 0) {
                detect(lineStart: at + 3, context, into: matches)
            }
            return
        }
        if scalar == Self.wideClosingBracket {
            nameAroundBracket(closingAt: at, context, into: matches)
            return
        }
        if scalar == Self.wideFullStop { return }
        let end = context.scan.upperBound
        var opensNoCue: Bool?
        // Cues come longest first: a shorter one that opens a longer one met is part of it
        // (咨询 of 咨询师签名：冯建伟, whose 师签 is no name).
        var metBefore = false
        for index in lexicon.cues.cueIndices(startingWith: scalar.value) {
            let cue = lexicon.cues.cue(at: index)
            guard HanText.has(cue.bytes, in: w, at: at, end: end) else { continue }
            if cue.role == .before {
                if metBefore { continue }
                metBefore = true
            }
            // A word that opens with the cue is none (家长|会), looked at once a cue is there.
            if opensNoCue == nil { opensNoCue = lexicon.cues.notCueStarts(at: at, in: w, end: end) }
            if opensNoCue == true { return }
            // A cue before a name at the very end of its cell or text has nothing after it (母亲).
            if cue.role == .before || cue.role == .weakBefore || cue.role == .classWord || cue.role == .list,
               at + cue.bytes.count + 6 > end { continue }
            let found: Range<Int>?
            var confidence = Confidence.medium
            switch cue.role {
            case .before:
                // A published work's author after its title (《搭船的鸟》（作者郭风）, a reading list's
                // 《海洋与生命》　作者：童裳亮), whom the book makes public; not a pupil's entry in a
                // contest (一等奖　《校园里的鸟类观察》　作者：乔川姗　指导教师：危飞).
                if scalar.value == 0x4F5C, cue.bytes == Self.author,  // 作
                   Self.followsWorkTitle(at, w, lower: spans.lowerBound(context)) || Self.citesPublication(before: at, w, lower: spans.lowerBound(context)),
                   !Self.lineNamesEntry(around: at, w, lower: spans.lowerBound(context), end: end) { continue }
                // A well-known figure's kin or pupil (朱自清与父亲朱鸿钧, 鲁迅的父亲周伯宜, 孔子的学生颜回)
                // is a textbook's.
                if followsPublicFigure(cueAt: at, w, lower: spans.lowerBound(context)) { continue }
                // An official document's signer (（签发人：赵明远）, GB/T 9704's field) signs for the
                // organisation that issues it.
                if scalar.value == 0x4EBA, HanText.scalar(w, at: at - 3, end: at) == 0x53D1, HanText.scalar(w, at: at - 6, end: at - 3) == 0x7B7E,  // 人, 发, 签
                   HanText.isColon(w, at: at + 3, end: end) { continue }
                var nameStart = spans.skipSeparators(w, from: at + cue.bytes.count, end: end)
                var labelled = spans.hasColon(w, (at + cue.bytes.count)..<nameStart)
                // A copula between (该生是林琪, 组长为王家豪), as a colon would be.
                if !labelled, nameStart == at + cue.bytes.count, let copula = HanText.scalar(w, at: nameStart, end: end),
                   copula == 0x662F || copula == 0x4E3A {  // 是, 为
                    nameStart += 3
                }
                if !labelled, cue.namesColumn, let after = Self.englishLabelEnd(at: nameStart, w, end: end) {
                    nameStart = after
                    labelled = true
                }
                if !labelled, cue.namesColumn, let answer = Self.answerBelowLabelLine(labelAt: at, lineEnd: nameStart, w, end: end) {
                    nameStart = answer
                    labelled = true
                }
                // Under a prize's title, or a label whose colon ends its line (大队长候选人： ↵
                // 董一诺（五年级1中队） ↵ 彭梓萱（五年级2中队）), the names opening the lines below.
                let below: Int?
                if labelled {
                    below = Self.lineBreakBetween(at + cue.bytes.count, nameStart, w) ? nameStart : nil
                } else {
                    below = Self.lineBelowPrizeTitle(cueAt: at, cueEnd: at + cue.bytes.count, w, end: end)
                }
                if let below {
                    namesOpeningLines(from: below, context, labelled: labelled, into: matches)
                    continue
                }
                // The person's office before them and a blank (报告人：校医室 林淑芬, 记录人：教务处 孟晓东).
                if labelled, let afterOffice = Self.officeEnd(from: nameStart, w, end: end) { nameStart = afterOffice }
                let named = spans.name(after: nameStart, context, labelled: labelled, cued: true)
                    ?? (labelled && cue.namesColumn ? spans.romanisedName(at: nameStart, context) ?? spans.elementName(startingAt: nameStart, context) : nil)
                // After an office's label (教务处：蒋国庆, a list of nominees by office) a name is a
                // person's, but not before a landline: then it is the office's contact
                // (教务处：张伟 0371-…).
                if let named, cue.bytes.count == 6, scalar.value == 0x5904 || scalar.value == 0x5BA4,  // 处：, 室：
                   Self.landlineFollows(named.upperBound, w, end: end) { continue }
                found = named
                // A form's label (姓名：, 家长姓名：) says what follows as a column header would.
                if labelled, cue.namesColumn { confidence = .high }
            case .weakBefore:
                // 和 of 共和 is no conjunction: 国 after it ends 共和国 (《中华人民共和国户口登记条例》).
                if scalar.value == 0x548C, at - 3 >= spans.lowerBound(context), HanText.scalar(w, at: at - 3, end: at) == 0x5171 { continue }
                found = spans.name(after: at + cue.bytes.count, context, needsWordAfter: true)
                // Two persons said so after the second (魏鹏和邓红军两位家长): the first may have two characters.
                let pair = found.map { HanText.has(Self.twoPersons, in: w, at: $0.upperBound, end: end) } ?? false
                if cue.bytes.count == 3, !context.isTableCell, let subject = clauseSubject(endingAt: at, context, length: pair ? 2 : 3) {
                    matches.append(Match(kind: .name, confidence: .medium, range: subject))
                }
            case .classWord:
                // A grade's 级 follows 年 (五年级陶雨桐同学) or a year's digits (2021级宋思远同学); after
                // a numeral alone it is a rank (一级（高危）, 二级教师). A bed or a bus may have 号
                // after its number (1号床 蒋佳怡, 8号车王梓涵同学).
                var numberEnd = at
                if cue.bytes == Self.grade {
                    if HanText.scalar(w, at: at - 3, end: at) == Self.year {
                        numberEnd = at - 3
                    } else if at == 0 || !isDigit(w[at - 1]) {
                        continue
                    }
                } else if HanText.scalar(w, at: at - 3, end: at) == 0x53F7 {  // 号
                    numberEnd = at - 3
                }
                guard spans.numberEnds(at: numberEnd, w, lower: spans.lowerBound(context)) else { continue }
                // Perhaps a possessive between (我是七年级（3）班的韩雨桐).
                var nameStart = spans.skipSeparators(w, from: at + cue.bytes.count, end: end)
                if HanText.han(w, at: nameStart, end: end) == Self.possessive { nameStart += 3 }
                found = spans.name(after: nameStart, context, cued: true)
            case .after:
                // A cue of one character (妈, short for 妈妈) before no other word, and not a
                // kinship word's end (罗天佑妈138…; not 舅妈, 妈妈).
                if cue.bytes.count == 3, HanText.han(w, at: at + 3, end: end) != nil || endsKinshipWord(at + 3, w, lower: spans.lowerBound(context)) {
                    continue
                }
                // A household (我帮扶的姜建军家，) ends its clause: an estate's 名门世家28号楼 does not.
                if scalar.value == 0x5BB6, cue.bytes.count == 3, !Self.endsClause(at: at + 3, w, end: end) { continue }  // 家
                var nameEnd = at
                if HanText.han(w, at: at - 3, end: end) == Self.possessive { nameEnd -= 3 }
                // A chat's system message quotes its member (`"刘晓燕"加入了群聊`, `“张鹏”撤回了一条消息`).
                if nameEnd > spans.lowerBound(context), w[nameEnd - 1] == UInt8(ascii: "\"") {
                    nameEnd -= 1
                } else if HanText.scalar(w, at: nameEnd - 3, end: nameEnd) == 0x201D {
                    nameEnd -= 3
                }
                // A child's pet name in brackets between (万梓萱（妞妞）奶奶 187…, a parents' group list).
                if let open = NameSpans.bracketStart(endingAt: nameEnd, w, lower: spans.lowerBound(context)) { nameEnd = open }
                let gap = Self.gapBeforeCue(endingAt: nameEnd, w, lower: spans.lowerBound(context))
                // A comma between, the person a line or an item is about before their kin's word
                // (沈沐阳，家长沈春梅 137…; a chat's `…；沈沐阳，家长…`): looked for out of line, as most
                // commas before a kin's word follow a clause.
                let comma = gap == 0 && cue.bytes.count > 3 && HanText.scalar(w, at: nameEnd - 3, end: nameEnd) == Self.fullWidthComma
                // After a blank or a dash (张伟 爸爸 13812345678, 吴雨桐——奶奶), only a name that
                // starts its line or item. Before a cue of one character, not a word's start
                // (许多商家，: 许多 "many").
                let name = comma ? itemOpeningName(beforeComma: nameEnd - 3, context)
                    : spans.name(before: nameEnd - gap, context, beforeTitle: false, delimitedOnly: gap > 0)
                // Nor one of three characters opening with a word after another word
                // (史铁生在|文中写|母亲: 文中 "in the text"), unless that word leads names (找|江天佑家长).
                let opensWithWord = name.map { name in
                    (cue.bytes.count == 3 || name.count == 9 && HanText.han(w, at: name.lowerBound - 3, end: name.lowerBound) != nil
                        && !lexicon.cues.leadEnds(at: name.lowerBound, in: w, lower: spans.lowerBound(context)))
                        && lexicon.opensWithOrdinaryWord(w, name)
                } ?? false
                found = opensWithWord ? nil
                    : name ?? (scalar.value == 0x540C ? givenNameAddressed(endingAt: nameEnd, w, lower: spans.lowerBound(context)) : nil)  // 同学
                // The child's name and kin in brackets after the parent's own name, as a class's
                // chat shows a member (王建军（张梓涵爸爸）): the parent too.
                if let found, at + cue.bytes.count < end, w[at + cue.bytes.count] == 0xEF || w[at + cue.bytes.count] == UInt8(ascii: ")"),
                   LineHeads.closingBracketLength(at: at + cue.bytes.count, in: w, end: end) != nil,
                   let open = LineHeads.openingBracketLength(endingAt: found.lowerBound, in: w, lower: spans.lowerBound(context)),
                   let parent = spans.name(before: found.lowerBound - open, context, beforeTitle: false, delimitedOnly: true) {
                    matches.append(Match(kind: .name, confidence: .medium, range: parent))
                }
            case .score, .amount:
                // A name right before its score (王梓涵98分、高子墨97.5分): a pupil's result; not
                // minutes nor a word going on (须提前15分钟, 3分之1).
                let next = HanText.han(w, at: at + cue.bytes.count, end: end)
                guard next.map({ lexicon.cues.isFunction($0) }) ?? true,
                      let number = Self.scoreStart(endingAt: at, w, lower: spans.lowerBound(context)) else { continue }
                let name = spans.name(before: number, context, beforeTitle: false)
                // An amount's name opens its item: no character of a word before it (共计约300元).
                let opensItem = name.map { HanText.han(w, at: $0.lowerBound - 3, end: $0.lowerBound) == nil } ?? false
                found = cue.role == .score || opensItem ? name : nil
            case .sex:
                guard Particulars.ends(at: at + cue.bytes.count, w, end: end) else { continue }
                // Or the particulars in brackets after the name, its birth date next (我所办理的
                // 苏铭泽（男，2010年…出生）); a roster line's （女，汉族） follows a cue's name already.
                if let open = LineHeads.openingBracketLength(endingAt: at, in: w, lower: spans.lowerBound(context)) {
                    guard HanText.scalar(w, at: at + 3, end: end) == 0xFF0C, at + 6 < end, isDigit(w[at + 6]) else { continue }  // ，
                    found = spans.name(before: at - open, context, beforeTitle: false)
                    break
                }
                let separator = Particulars.separator(endingAt: at, w, lower: spans.lowerBound(context))
                guard separator > 0 else { continue }
                found = spans.name(before: at - separator, context, beforeTitle: false, delimitedOnly: true)
            case .title:
                // The title ends a longer word that introduces a name (成长档案·班主任寄语: 班主任, not 主任).
                guard !lexicon.cues.cueEnds(at: at + cue.bytes.count, in: w, lower: spans.lowerBound(context), roles: [.before],
                                            longerThan: cue.bytes.count) else { continue }
                if let open = LineHeads.openingBracketLength(endingAt: at, in: w, lower: spans.lowerBound(context)),
                   LineHeads.closingBracketLength(at: at + cue.bytes.count, in: w, end: end) != nil {
                    // The role in brackets after the name (周四：王家豪（组长）, a rota's group leader).
                    found = spans.name(before: at - open, context, beforeTitle: false)
                    break
                }
                // After a blank, only a name that starts its line (a certificate's 黄振宇 同志：).
                let gap = Blanks.run(endingAt: at, w, lower: spans.lowerBound(context))
                found = spans.name(before: at - gap, context, beforeTitle: true, delimitedOnly: gap > 0)
            case .speaker:
                // A chat line's speaker (09:30 贾晴：, 家委会-贾晴：): a name after a time or a dash,
                // or opening its line before a word that follows names (a class book's 张伟：生日3月12日);
                // or after a label, a name that a word following names vouches for (晚自习：谷浩然身体不适).
                // Alone on its line, a letter's addressee (信访人 郭宏伟： ↵ 你于…提出的信访事项); opening
                // its line or cell before 你, the child a report's comment speaks to (石诗涵：你是一个…).
                // A label before the colon is no speaker (09:12 来电人：刘女士).
                let said = Self.blanksEnd(from: at + cue.bytes.count, w, end: end)
                if let speaker = spans.name(before: at, context, beforeTitle: false, delimitedOnly: true),
                   !lexicon.cues.cueEnds(at: at, in: w, lower: spans.lowerBound(context), roles: [.before]),
                   Self.startsSpeaker(at: speaker.lowerBound, w, lower: spans.lowerBound(context))
                    || Self.startsLine(at: speaker.lowerBound, w, lower: spans.lowerBound(context))
                    && (lexicon.cues.wordFollows(at: said, in: w, end: end) || Self.endsLine(at: at + cue.bytes.count, w, end: end)
                        || HanText.scalar(w, at: said, end: end) == Self.you
                        || Self.inTranscript(lineAt: speaker.lowerBound, w, lower: spans.lowerBound(context))) {
                    found = speaker
                } else {
                    found = spans.name(after: spans.skipSeparators(w, from: at + cue.bytes.count, end: end), context, needsWordAfter: true)
                }
            case .list:
                // Two names side by side (张伟、李娜): each vouches for the other, and the second,
                // a full name, may run into the verb after it (郑皓轩、魏博文熄灯后…). A name may
                // carry its class in brackets (郭烨枫（初二3班）、帅希涛).
                let firstEnd = NameSpans.bracketStart(endingAt: at, w, lower: spans.lowerBound(context)) ?? at
                guard !enumerationHoldsPublicFigure(around: at, context) else { continue }
                // A Tibetan or Mongolian name has no surname: a whole item of name elements
                // (获奖名单：扎西顿珠、次仁卓玛).
                if let first = spans.name(before: firstEnd, context, beforeTitle: false) ?? spans.elementName(endingAt: firstEnd, context) {
                    guard let second = spans.name(after: at + cue.bytes.count, context, cued: true)
                            ?? spans.elementName(startingAt: at + cue.bytes.count, context),
                          !Self.creditsAuthor(after: second.upperBound, w, end: end) else { continue }
                    matches.append(Match(kind: .name, confidence: .medium, range: first))
                    found = second
                } else if spans.numberEnds(at: at, w, lower: spans.lowerBound(context)) {
                    // An item of a numbered list (一、蔡子轩通报了…): a name, if a word that follows names comes next.
                    found = spans.name(after: at + cue.bytes.count, context, needsWordAfter: true)
                } else {
                    continue
                }
            }
            if let found, !Self.creditsAuthor(after: found.upperBound, w, end: end) {
                matches.append(textName(found, confidence: confidence, context, mayBeOffices: staffCues[index]))
                appendBlankSeparatedNames(after: found.upperBound, context, into: matches)
            }
        }
    }

    private static let author = Array("作者".utf8)
    private static let twoPersons = Array("两位".utf8)
    /// A class's parents' committee, which its member signs for (no organisation's contact).
    static let parentsCommittee = Array("家委会".utf8)

    /// A landline's area code opens what follows `i`, a comma, blanks, a phone's label or a
    /// bracket apart.
    private static func landlineFollows(_ i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var k = blanksEnd(from: i, w, end: end)
        if HanText.scalar(w, at: k, end: end) == 0xFF0C { k = blanksEnd(from: k + 3, w, end: end) }  // ，
        if HanText.has(phoneWord, in: w, at: k, end: end) { k += phoneWord.count }
        if HanText.isColon(w, at: k, end: end) { k += HanText.colonLength(w, at: k) }
        k = blanksEnd(from: k, w, end: end)
        k += LineHeads.openingBracketLength(at: k, in: w, end: end) ?? 0
        return k + 1 < end && w[k] == UInt8(ascii: "0") && isDigit(w[k + 1])
    }

    private static let phoneWord = Array("电话".utf8)

    /// The text ends at `i`, or a line break, a blank, a clause's mark or an enumeration comma comes.
    static func endsClause(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard i < end else { return true }
        if w[i] == 0x0A || w[i] == 0x0D || w[i] == 0x20 { return true }
        guard let s = HanText.scalar(w, at: i, end: end) else { return false }
        return HanText.endsClause(s) || s == 0x3001  // 、
    }

    /// The line around `i` lists a contest's entry: a prize (奖), a teacher's guidance (指导) or a
    /// class (班).
    private static func lineNamesEntry(around i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int, end: Int) -> Bool {
        let start = ByteScanning.lastIndex(of: 0x0A, in: w, lower..<i).map { $0 + 1 } ?? lower
        let stop = ByteScanning.firstIndex(of: 0x0A, in: w, i..<end) ?? end
        let line = UnsafeBufferPointer(rebasing: w[start..<stop])
        return entryWords.contains { ByteScanning.contains($0, in: line) }
    }

    private static let entryWords = ["奖", "指导", "班"].map { Array($0.utf8) }

    /// A work's title in 《》 ends right before `i`, blanks or an opening bracket between.
    private static func followsWorkTitle(_ i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var k = i - Blanks.run(endingAt: i, w, lower: lower)
        k -= LineHeads.openingBracketLength(endingAt: k, in: w, lower: lower) ?? 0
        k -= Blanks.run(endingAt: k, w, lower: lower)
        return k - 3 >= lower && HanText.scalar(w, at: k - 3, end: k) == 0x300B
    }

    /// A well-known figure ends right before the cue at `at`, 的, 与 or 和 between.
    private func followsPublicFigure(cueAt at: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        // Looked at only after 的, 与 or 和: most cues follow none.
        guard at - 9 >= lower, let s = HanText.scalar(w, at: at - 3, end: at), s == Self.possessive || s == 0x4E0E || s == 0x548C else { return false }  // 的 与 和
        return lexicon.endsWithPublicFigure(HanRun(w, endingAt: at - 3, lower: lower, limit: 4))
    }

    /// The line before `i` cites where a text was published (（选自《高中语文优秀教学设计汇编》，
    /// 作者：孙晓燕）, 摘自《…》, 转载自): the author's credit that follows is the publication's.
    private static func citesPublication(before i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        let from = max(lower, i - 120)
        let line = UnsafeBufferPointer(rebasing: w[((ByteScanning.lastIndex(of: 0x0A, in: w, from..<i).map { $0 + 1 }) ?? from)..<i])
        return publicationWords.contains { ByteScanning.contains($0, in: line) }
    }

    private static let publicationWords = ["选自《", "摘自《", "转载自", "出版社"].map { Array($0.utf8) }

    /// A published work's credit follows the name (美国记者埃德加·斯诺著, 王建国编著《…》; a
    /// reference's authors before GB/T 7714's `et al.`, 汪向东等. 心理卫生评定量表手册[M]; an
    /// in-text citation's year, （胡月琴、甘怡群，2008）, 汪向东等（1999）): its author, whom the
    /// work makes public, not a person of the school's files. 著名 is "famous".
    private static func creditsAuthor(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var k = i
        if citationYearFollows(k, w, end: end) { return true }
        if HanText.scalar(w, at: k, end: end) == 0x7B49 {  // 等
            return k + 3 < end && w[k + 3] == UInt8(ascii: ".") || citationYearFollows(k + 3, w, end: end)
        }
        if HanText.scalar(w, at: k, end: end) == 0x7F16 { k += 3 }  // 编
        return HanText.scalar(w, at: k, end: end) == 0x8457 && HanText.scalar(w, at: k + 3, end: end) != 0x540D  // 著, not 著名
    }

    /// A citation's year follows `i`: a comma or an opening bracket, a year of four digits
    /// (19xx, 20xx, perhaps a letter after it, 2008a) and a closing bracket or a semicolon.
    private static func citationYearFollows(_ i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var k = i
        if k < end, w[k] == UInt8(ascii: ",") || w[k] == UInt8(ascii: "(") {
            k += 1
        } else if let s = HanText.scalar(w, at: k, end: end), s == 0xFF0C || s == 0xFF08 {  // ，（
            k += 3
        } else {
            return false
        }
        while k < end, w[k] == 0x20 { k += 1 }
        guard k + 4 <= end, w[k] == UInt8(ascii: "1") && w[k + 1] == UInt8(ascii: "9") || w[k] == UInt8(ascii: "2") && w[k + 1] == UInt8(ascii: "0"),
              isDigit(w[k + 2]), isDigit(w[k + 3]) else { return false }
        k += 4
        if k < end, w[k] >= UInt8(ascii: "a"), w[k] <= UInt8(ascii: "z") { k += 1 }
        if k < end, w[k] == UInt8(ascii: ")") || w[k] == UInt8(ascii: ";") { return true }
        guard let s = HanText.scalar(w, at: k, end: end) else { return false }
        return s == 0xFF09 || s == 0xFF1B  // ）；
    }

    /// The blanks, or a dash with blanks around it (——, —, －, -), that end at `end` between a
    /// name and the cue after it: their bytes, 0 when none.
    private static func gapBeforeCue(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        var i = end - Blanks.run(endingAt: end, w, lower: lower)
        var dashes = 0
        while dashes < 2 {
            if i - 3 >= lower, let s = HanText.scalar(w, at: i - 3, end: i), s == 0x2014 || s == 0xFF0D {
                i -= 3
            } else if i - 1 >= lower, w[i - 1] == UInt8(ascii: "-") {
                i -= 1
            } else {
                break
            }
            dashes += 1
        }
        if dashes > 0 { i -= Blanks.run(endingAt: i, w, lower: lower) }
        return end - i
    }

    /// A title or kinship word of two characters ends at `end` (舅妈, 妈妈).
    private func endsKinshipWord(_ end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        let run = HanRun(w, endingAt: end, lower: lower, limit: 2)
        return run.count == 2 && lexicon.cues.titleAndKinKeys.contains(run.key(0..<2))
    }

    /// Names written one after another with blanks between them, after a name its cue found
    /// (七年级（2）班 刘一诺 陈思远 杨雨桐).
    func appendBlankSeparatedNames(after end: Int, _ context: DetectionContext, into matches: MatchList) {
        var i = end
        while let next = nameWrittenApart(after: i, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: next))
            i = next.upperBound
        }
    }

    /// The name after the blanks or the comma that follow `end` (`Blanks`, `，`), or a bracketed
    /// note there and blanks (张梓涵（八年级3班）  贾雨萱; 优秀志愿者：张子涵，李欣怡，王浩然):
    /// shaped like a name and ending where the line, a blank or a punctuation mark does, not
    /// running on into a word (家长张伟 于周五到校, 张伟，李老师说); nil when no blank or comma
    /// or no such name comes next.
    private func nameWrittenApart(after end: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let limit = context.scan.upperBound
        let noteEnd = NameSpans.noteEnd(at: end, w, end: limit)
        let comma = HanText.scalar(w, at: noteEnd, end: limit) == Self.fullWidthComma ? 3 : 0
        let start = Self.blanksEnd(from: noteEnd + comma, w, end: limit)
        guard start > noteEnd, let next = spans.name(after: start, context),
              HanText.han(w, at: next.upperBound, end: limit) == nil else { return nil }
        return next
    }

    private static let fullWidthComma: UInt32 = 0xFF0C
    /// 级 and the 年 of 年级.
    static let grade = Array("级".utf8)
    static let year: UInt32 = 0x5E74

    /// Three names or more written apart with nothing else between them (获奖名单 … 张梓涵
    /// 李浩然 王一诺), two of the first three of three characters or more, vouch for each other,
    /// as in a table row (`RecordCollector`): two-character words so written are as often
    /// subjects or places (高数 马哲 毛概). So do two of three characters after a line's label.
    /// Looked at from the second name, `at`, which follows blanks; the list's first name must
    /// start where a list may.
    func namesWrittenApart(at: Int, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let lower = spans.lowerBound(context)
        let blanks = Blanks.run(endingAt: at, w, lower: lower, atMost: Self.listBlanks)
        // The first name may carry a bracketed note too.
        let firstEnd = NameSpans.bracketStart(endingAt: at - blanks, w, lower: lower) ?? at - blanks
        guard blanks > 0, let current = nameWrittenApart(after: at - blanks, context), current.lowerBound == at,
              let first = spans.name(before: firstEnd, context, beforeTitle: false, delimitedOnly: true) else { return }
        if let third = nameWrittenApart(after: current.upperBound, context),
           [first, current, third].filter({ $0.count >= 9 }).count >= 2 {
            for name in [first, current, third] { matches.append(Match(kind: .name, confidence: .medium, range: name)) }
            appendBlankSeparatedNames(after: third.upperBound, context, into: matches)
        } else if first.count >= 9, current.count >= 9, Self.followsLineLabel(first.lowerBound, w, lower: lower) {
            // Two names of three characters after a line's label (周一：张梓涵 李浩然: a duty roster).
            matches.append(Match(kind: .name, confidence: .medium, range: first))
            matches.append(Match(kind: .name, confidence: .medium, range: current))
        }
    }

    /// A short label and its colon, alone at the start of a line, stand right before `start`
    /// (周一：, 第一组:, 值日生：).
    private static func followsLineLabel(_ start: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var i = start
        if i > lower, w[i - 1] == UInt8(ascii: ":") {
            i -= 1
        } else if i - 3 >= lower, HanText.scalar(w, at: i - 3, end: i) == 0xFF1A {
            i -= 3
        } else {
            return false
        }
        let labelEnd = i
        while i > lower, labelEnd - i < 3 * lineLabelLength {
            if i - 3 >= lower, HanText.han(w, at: i - 3, end: i) != nil {
                i -= 3
            } else if isAlphanumeric(w[i - 1]) {
                i -= 1
            } else {
                break
            }
        }
        return i < labelEnd && (i == lower || w[i - 1] == 0x0A || w[i - 1] == 0x0D)
    }

    /// Characters of such a label at most.
    private static let lineLabelLength = 6
}
