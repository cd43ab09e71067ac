extension NameDetector {
    func namesIn(cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let hints = context.columnHints
        if isNameColumn(hints) {
            // A label of four characters or more (家长信息, a group's title over its columns) is
            // no name of four characters; shorter ones are stop words already, and names.
            // Beside a form's label, an ordinary word is a header row's next word (负责人 | 任务).
            let evidence: NameLexicon.Evidence = context.column.isFormLabel ? .row : .column
            // Nor one that opens with an ordinary word (初步诊断 beside 患者姓名 in a blank form).
            if lexicon.isHanName(w, cell, evidence: evidence)
                && (cell.count < 12 || keywords.hints(in: w, range: cell).isEmpty && !lexicon.opensWithOrdinaryWord(w, cell))
                || lexicon.isDottedName(w, cell, fullStop: true) || lexicon.isPinyinName(w, cell)
                || lexicon.isNameOfElements(w, cell) || lexicon.isLatinName(w, cell) {
                matches.append(Match(kind: .name, confidence: .high, range: cell))
            } else if let names = Self.parts(of: cell, w), names.count >= 2,
                      names.allSatisfy({ lexicon.isHanName(w, $0, evidence: .column) }) {
                // Two names or more in one cell (父母姓名: 张建国 李红; 张建国、李红).
                for name in names { matches.append(Match(kind: .name, confidence: .high, range: name)) }
            } else if let name = annotatedName(in: cell, w) {
                matches.append(Match(kind: .name, confidence: .high, range: name))
                // The note may name the child whose parent it is (接收人: 高志强（曾博文家长）).
                if name.upperBound < cell.upperBound, let child = childBesideKin(in: name.upperBound..<cell.upperBound, w) {
                    matches.append(Match(kind: .name, confidence: .medium, range: child))
                }
            } else if hints.contains(.namePart), lexicon.isNamePart(w, cell) {
                // A surname or a given name in its own column (Surname | Given Name): the row's
                // two cells make the name, each a part of it to mask.
                matches.append(Match(kind: .name, confidence: .high, range: cell))
            } else if context.column.confirmedCells > 0, lexicon.isNameWithUnlistedSurname(w, cell), keywords.hints(in: w, range: cell).isEmpty {
                // Only in a column that has shown names: a label or a status (学号, 走读) under a
                // header that is not really a name header is never taken for one; nor a form's
                // next label read under the name's (收款人 | 冯丽华 | 开户行).
                matches.append(Match(kind: .name, confidence: .medium, range: cell))
            }
        } else if isPayeeColumn(hints) {
            // There a cell that is a name and nothing more is a person's.
            if lexicon.isHanName(w, cell, evidence: .row) { matches.append(Match(kind: .name, confidence: .medium, range: cell)) }
        } else if hints.contains(.titledName) {
            // A column of files' names (文档名称 | 王梓涵_期末成绩报告单.docx: a print server's log).
            if let name = nameInFileName(cell, dot: Self.extensionDot(endingAt: cell.upperBound, w, lower: cell.lowerBound), context) {
                matches.append(Match(kind: .name, confidence: .medium, range: name))
            }
        } else if hints.isDisjoint(with: [.name, .address, .organisation, .field]) {
            // A log's entry opening the cell with who and when (崔子轩 22:40 未归): looked at only
            // where a blank and a digit follow two or three characters.
            if Self.blankAndDigit(at: cell.lowerBound + 6, w, end: cell.upperBound) || Self.blankAndDigit(at: cell.lowerBound + 9, w, end: cell.upperBound),
               let name = spans.name(after: cell.lowerBound, context), Self.precedesTime(name.upperBound, w, end: cell.upperBound),
               !lexicon.opensWithOrdinaryWord(w, name) {
                matches.append(Match(kind: .name, confidence: .medium, range: name))
                return
            }
            // A free answer or a log's note opening its sentence with a full name (问卷's
            // `王雨桐最近总是一个人在座位上哭…`): a word that follows names right after three characters.
            let head = cell.lowerBound..<cell.lowerBound + 9
            if cell.count > 15, opensSentence(head, w, end: cell.upperBound),
               spans.name(after: cell.lowerBound, context, needsWordAfter: true) == head, !lexicon.opensWithOrdinaryWord(w, head) {
                matches.append(Match(kind: .name, confidence: .medium, range: head))
                return
            }
            guard Self.linesCellLengths.contains(cell.count), let firstBreak = Self.firstLineBreak(w, cell) else {
                bareName(afterNumber: cell, context, into: matches)
                return
            }
            // A cell of a few lines (a seat chart's 01号 / 谢佳怡 / 24060001; Word's line breaks
            // come as tabs): a line may be the name alone; not beside a school subject (a
            // timetable's 语文 / 刘晓燕: a teacher in their work role).
            let lines = Self.lines(of: cell, firstBreak: firstBreak, w)
            guard !lines.contains(where: { lexicon.cues.isSubject(w, $0) }) else { return }
            // A line of the pupil's seat or number (01号, 24060001) or class (八年级9班) makes the
            // cell a card, a label or a bib printed for that pupil: its name line is the pupil's,
            // alone in its column.
            let carded = lines.contains { Self.isSeatOrNumber($0, w) || Self.isClass($0, w) }
            for line in lines {
                let found = matches.count
                bareName(afterNumber: line, context, into: matches)
                if carded, matches.count > found { matches.all[found].needsCompanion = false }
            }
        }
    }

    /// `w[line]` is a seat's number (01号) or a pupil's number (six digits or more, 24060001).
    private static func isSeatOrNumber(_ line: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let digits = w[line].prefix(while: isDigit).count
        guard digits > 0, digits <= 20 else { return false }
        return digits == line.count ? digits >= 6 : line.count == digits + 3 && HanText.scalar(w, at: line.lowerBound + digits, end: line.upperBound) == 0x53F7  // 号
    }

    /// The lines of `cell`, blanks trimmed, its first break at `firstBreak`.
    static func lines(of cell: Range<Int>, firstBreak: Int, _ w: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var line = cell.lowerBound
        var lineEnd = firstBreak
        while true {
            lines.append(trimmedBlanks(w, line..<lineEnd))
            guard lineEnd < cell.upperBound else { return lines }
            line = lineEnd + 1
            lineEnd = firstLineBreak(w, line..<cell.upperBound) ?? cell.upperBound
        }
    }

    /// The name alone in `text` (a cell or a line of one), perhaps after a seat chart's or a
    /// list's number (01 张子涵, 1.张子涵), or before a file's extension (a list of photos'
    /// names, 张子涵.jpg, one a line).
    private func bareName(afterNumber text: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        var named = !text.isEmpty && isDigit(w[text.lowerBound])
            ? LineHeads.wordsStart(ofLineAt: text.lowerBound, in: w, end: text.upperBound)..<text.upperBound : text
        if let dot = Self.extensionDot(endingAt: named.upperBound, w, lower: named.lowerBound) {
            // A document's name, its person's words set apart from its title (王梓涵_期末成绩报告单.docx).
            if w[named.lowerBound..<dot].contains(where: Self.isNamePartSeparator) {
                if let name = nameInFileName(named, dot: dot, context) { matches.append(Match(kind: .name, confidence: .medium, range: name)) }
                return
            }
            named = named.lowerBound..<dot
        }
        // Two names set apart by one blank (王建国 李秀英: a roster's two parents a day), each a
        // name alone.
        if let blank = Self.blankBetweenNames(named, w), lexicon.isHanName(w, named.lowerBound..<blank, evidence: .row),
           lexicon.isHanName(w, (blank + 1)..<named.upperBound, evidence: .row) {
            bareName(named.lowerBound..<blank, context, into: matches)
            bareName((blank + 1)..<named.upperBound, context, into: matches)
        } else if (13...40).contains(named.count), let parts = Self.namesSetApartBySlashes(named, w),
                  parts.allSatisfy({ lexicon.isHanName(w, $0, evidence: .row) }) {
            // Two names or more set apart by slashes (丁梓涵/熊欣怡: a duty's two pupils in one
            // cell of a roster; an enumeration comma is a list's cue in the cell's text).
            for part in parts { bareName(part, context, into: matches) }
        } else if Self.mayBeBareName(named, w) {
            bareName(named, context, into: matches)
        }
    }

    /// The parts of a cell of Han text set apart by slashes (/, ／), two at least.
    private static func namesSetApartBySlashes(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        // The first slash follows a name of two to four characters: looked for there only, as
        // most cells of this length are addresses and schools.
        guard w[cell.lowerBound] >= 0xE0,
              stride(from: cell.lowerBound + 6, through: min(cell.lowerBound + 12, cell.upperBound - 1), by: 3).contains(where: {
                  w[$0] == UInt8(ascii: "/") || w[$0] == 0xEF && $0 + 2 < cell.upperBound && w[$0 + 1] == 0xBC && w[$0 + 2] == 0x8F
              }),
              let parts = parts(of: cell, w), parts.count >= 2 else { return nil }
        return parts
    }

    /// The one blank of a cell that is two runs of two or three Han characters set apart by it,
    /// nothing else; nil otherwise.
    @inline(__always)
    private static func blankBetweenNames(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Int? {
        // The blank follows two or three characters of three bytes, and two or three follow it.
        guard cell.count >= 13, cell.count <= 19 else { return nil }
        let blank = w[cell.lowerBound + 6] == 0x20 ? cell.lowerBound + 6 : w[cell.lowerBound + 9] == 0x20 ? cell.lowerBound + 9 : cell.upperBound
        guard cell.upperBound - blank == 7 || cell.upperBound - blank == 10 else { return nil }
        let first = HanRun(w, from: cell.lowerBound, end: blank, limit: 4)
        let second = HanRun(w, from: blank + 1, end: cell.upperBound, limit: 4)
        guard (2...3).contains(first.count), (2...3).contains(second.count), cell.lowerBound + 3 * first.count == blank,
              blank + 1 + 3 * second.count == cell.upperBound else { return nil }
        return blank
    }

    /// The dot of a file's extension ending `end` (`FileExtension`: `.jpg`), after a Chinese
    /// character; nil when the text ends otherwise.
    static func extensionDot(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        // Most cells end in a Chinese character or in a number's digits (an extension ends in
        // a letter, or in one digit after its letter: .mp4): looked at no further.
        guard end - 1 > lower, w[end - 1] < 0x80, !(isDigit(w[end - 1]) && isDigit(w[end - 2])) else { return nil }
        var dot = end - 1
        while dot > lower, end - dot <= 6, w[dot] != UInt8(ascii: ".") { dot -= 1 }
        guard dot - 3 >= lower, w[dot] == UInt8(ascii: "."), HanText.han(w, at: dot - 3, end: dot) != nil,
              FileExtension.end(after: dot, in: w, end: end) == end else { return nil }
        return dot
    }

    /// Where the score before window offset `end` starts (98, 97.5: digits, perhaps a decimal
    /// point and one digit), with a Chinese character before it; nil when no score ends there.
    static func scoreStart(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var i = end
        while i > lower, end - i < 6, isDigit(w[i - 1]) || w[i - 1] == UInt8(ascii: ".") && i < end { i -= 1 }
        guard i < end, isDigit(w[i]), isDigit(w[end - 1]), HanText.han(w, at: i - 3, end: i) != nil else { return nil }
        return i
    }

    /// The first line feed or tab (a Word cell's line break, `WordDocumentParser`) in `range`:
    /// one test for the two, eight bytes at a time, as every short cell of a column of text is
    /// looked through.
    @inline(__always)
    private static func firstLineBreak(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        if let base = w.baseAddress {
            // Some byte of the eight is below 0x0B when this is not zero (the high bit of each
            // byte that borrows and was below 0x80).
            while i + 8 <= range.upperBound {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if (x &- 0x0B0B_0B0B_0B0B_0B0B) & ~x & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
        }
        while i < range.upperBound {
            if w[i] &- 0x09 < 2 { return i }  // 0x09 tab, 0x0A line feed
            i += 1
        }
        return nil
    }

    /// Bytes of a cell of a few lines looked through for a name alone on one of them: a number
    /// or a word, a break and a name at least (01 / 宋磊); at most a few lines.
    private static let linesCellLengths = 9...96

    /// A cell (or a line of one) that may be a name alone: it opens with a Han character, and is
    /// short; longer cells are sentences, not names (a dotted name has at most ten characters; a
    /// note after a name, （五年级1中队）, up to eight).
    private static func mayBeBareName(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        !cell.isEmpty && w[cell.lowerBound] & 0xF0 == 0xE0 && cell.count <= 42
    }

    /// A cell (or a line of one) under no header of names that is a name alone: medium, and
    /// reported only with a companion, or in a column mostly of such cells.
    @inline(__always)
    private func bareName(_ cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        // A well-known figure (a reading list: 朱自清 | 冰心 | 老舍) is named as such, as in text.
        let core = Self.withoutNote(cell, w)
        guard !Self.masksLastCharacter(cell, core, w) else { return }
        let whole = cell
        let cell = core
        // A label that happens to open with a surname (银行卡, 银 a surname) heads a column:
        // taken for a name, it would make its header row a row of data.
        guard (lexicon.isHanName(w, cell, evidence: .row) && !isPublicFigure(w, cell)) || lexicon.isDottedName(w, cell),
              keywords.hints(in: w, range: cell).isEmpty else { return }
        // The note names a child whose parent the name is (黄文斌（杜芷若家长）: a host family on
        // an exchange's card, a class chat's member): both are persons of the school's.
        if core.upperBound < whole.upperBound, let child = childBesideKin(in: core.upperBound..<whole.upperBound, w) {
            matches.append(Match(kind: .name, confidence: .medium, range: cell))
            matches.append(Match(kind: .name, confidence: .medium, range: child))
            return
        }
        // A column mostly of such cells is one of names with no header to say so (a chart's
        // categories, a header-less class list), unless they open with an ordinary word: a
        // column of labels (项目一, 项目二 …) shares its first word, names their surnames.
        let opensWithName = !lexicon.opensWithOrdinaryWord(w, cell)
        matches.append(Match(kind: .name, confidence: .medium, range: cell,
                             needsCompanion: !(opensWithName && context.column.holdsLookalikesWithOneMore),
                             columnMayVouch: opensWithName))
    }

    /// A clause's subject with no cue before it, ending at the conjunction or preposition of one
    /// character at `end` (与, 和, 被, 给, 因): a full name of a common surname and its given
    /// characters right after a clause's end (，。；！？) or a label's colon or the line's start, an incident's or a
    /// log's people (11月8日课间，陶浩宇与孔景行发生口角); of `length` characters (two where the
    /// sentence counts two persons: 魏鹏和邓红军两位家长). Not an ordinary word, a place's or a
    /// thing's word or a well-known figure (，杨柳树与…, ，鲁迅和…).
    func clauseSubject(endingAt end: Int, _ context: DetectionContext, length: Int = 3) -> Range<Int>? {
        let w = context.window
        let start = end - 3 * length
        let lower = spans.lowerBound(context)
        // The clause's end first: most conjunctions follow none three characters back.
        guard start >= lower, start == lower || w[start - 1] == 0x0A
                || HanText.scalar(w, at: start - 3, end: start).map({ HanText.endsClause($0) || $0 == 0xFF1A }) == true,  // ：
              let first = HanText.han(w, at: start, end: end),
              // A surname that is a function word too (于, 和) is that word here.
              lexicon.isCommonSurname(first), !lexicon.cues.isFunction(first) else { return nil }
        let run = HanRun(w, from: start, end: end, limit: length)
        guard run.count == length, lexicon.surnameLength(run) == 1,
              lexicon.isName(run, length: length, evidence: .context), !lexicon.opensWithOrdinaryWord(run, length: length),
              !lexicon.isPublicFigure(run, at: 0, length: length), !Self.thingLasts.contains(run[length - 1])
        else { return nil }
        return start..<end
    }

    /// Last characters of places' and things' words (杨柳树, 林荫道, 白云山, 卢沟桥, 罗盘针): with no
    /// cue, a subject ending in one is that thing.
    private static let thingLasts = ScalarSet("树道山桥针河湖江路街园馆楼院寺塔亭门城村镇乡县市省区站场厂店室厅所局处科部队班组岛港湾岭谷洞池泉海花草车船机器台桌椅灯笔本书画图表"
        .unicodeScalars.map(\.value))

    /// A pupil addressed by given name in a letter's greeting (亲爱的梓睿同学：, a report card's
    /// comment): the two characters between 亲爱的 and the cue, none a function character, not an
    /// ordinary word (亲爱的各位同学, 亲爱的小小同学).
    func givenNameAddressed(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int>? {
        let start = end - 6
        guard start - 9 >= lower, HanText.scalar(w, at: start - 3, end: start) == Self.possessive,
              HanText.has(Self.dear, in: w, at: start - Self.dear.count, end: end) else { return nil }
        let run = HanRun(w, from: start, end: end, limit: 2)
        guard run.count == 2, !lexicon.cues.isFunction(run[0]), !lexicon.cues.isFunction(run[1]), run[0] != run[1],
              !lexicon.isStopWord(run, at: 0), !lexicon.cues.isNotLast(run[1]), !lexicon.opensWithOrdinaryWord(w, start..<end),
              !Self.groupFirsts.contains(run[0]), !Self.groupLasts.contains(run[1]),
              keywords.hints(in: w, range: start..<end).isEmpty else { return nil }
        return start..<end
    }

    private static let dear = Array("亲爱的".utf8)
    /// Characters that open or end a group's word in a greeting (亲爱的新生同学, 男生, 少年,
    /// 队员): no given name's.
    private static let groupFirsts = ScalarSet("男女新全各每众诸所同本初高".unicodeScalars.map(\.value))
    private static let groupLasts = ScalarSet("生年们员长友级班校家人队组代士".unicodeScalars.map(\.value))

    /// The child's name in a note in brackets that names it and a parent's word (（杜芷若家长）,
    /// (张梓涵爸爸)); nil for any other note.
    private func childBesideKin(in note: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let start = Self.blanksEnd(from: note.lowerBound, w, end: note.upperBound)
        guard let open = LineHeads.openingBracketLength(at: start, in: w, end: note.upperBound) else { return nil }
        let run = HanRun(w, from: start + open, end: note.upperBound, limit: 7)
        guard run.count >= 4, let kin = Self.parentWords.first(where: { HanText.has($0, in: w, at: run.offset(run.count) - $0.count, end: note.upperBound) })
        else { return nil }
        let child = run.offset(0)..<(run.offset(run.count) - kin.count)
        return lexicon.isHanName(w, child, evidence: .row) ? child : nil
    }

    private static let parentWords = ["家长", "爸爸", "妈妈", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷"].map { Array($0.utf8) }

    /// A list's section title, such as a prize's, over names in a column (一等奖, 优秀奖（5名）,
    /// 获奖名单): a short cell that ends with a cue standing before names, perhaps before a
    /// bracketed note.
    func headsNames(cell: Range<Int>, _ context: DetectionContext) -> Bool {
        let w = context.window
        let title = Self.withoutNote(cell, w)
        return title.count <= Self.titleLength && HanText.han(w, at: title.lowerBound, end: title.upperBound) != nil
            && lexicon.cues.cueEnds(at: title.upperBound, in: w, lower: title.lowerBound, roles: [.before])
    }

    /// Bytes of a section's title, at most (eight Chinese characters).
    private static let titleLength = 24

    /// The name in a cell under a name header that also holds a note: after it, in brackets or
    /// as a mark (张梓涵（转出）, 李浩然(二班), 赵诗涵*), or beside it, a word of two characters,
    /// the person's sex or class (父亲 张建国, 陈思远 转学, 刘佳怡 女, 王子涵 八(3)班); nil when the
    /// cell holds no such name. The note leaves the header's word less sure: the name must be one
    /// outside a name column too (no ordinary word or place, none opening with an ordinary word:
    /// 常规 检查, 白天鹅 宾馆), and no well-known figure (孔乙己（鲁迅）).
    private func annotatedName(in cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        func isName(_ range: Range<Int>) -> Bool {
            lexicon.isHanName(w, range, evidence: .row) && !isPublicFigure(w, range)
                && !lexicon.opensWithOrdinaryWord(w, range)
        }
        let core = Self.withoutNote(cell, w)
        if core != cell, !core.isEmpty { return isName(core) && !Self.masksLastCharacter(cell, core, w) ? core : nil }
        guard let parts = Self.parts(of: core, w), parts.count == 2 else { return nil }
        let names = parts.filter(isName)
        guard names.count == 1, let other = parts.first(where: { $0 != names[0] }) else { return nil }
        if Self.isClass(other, w) { return names[0] }
        guard other.count <= Self.besideWordLength, let first = HanText.han(w, at: other.lowerBound, end: other.upperBound),
              // One character beside a name is its sex, or the rest of a name cut by padding (王小　明).
              other.count == 6 || first == 0x7537 || first == 0x5973 else { return nil }
        return names[0]
    }

    /// `w[part]` is a class (八(3)班, 初二3班, 三年级2班), its Young Pioneers' squad (四年级1中队)
    /// or a grade (四年级): a pupil's, beside the name under a header naming both (孩子姓名及班级).
    static func isClass(_ part: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard part.count >= 6 && part.count <= 24 else { return false }
        let last = HanText.scalar(w, at: part.upperBound - 3, end: part.upperBound)
        let previous = HanText.scalar(w, at: part.upperBound - 6, end: part.upperBound - 3)
        return last == 0x73ED   // 班
            || last == 0x961F && previous == 0x4E2D   // 中队
            || last == 0x7EA7 && previous == 0x5E74   // 年级
    }

    /// A name beside a bracketed note that ends at `close` (its closing bracket）):
    /// - right before its class or its score (李建军老师—王梓涵（七年级2班）获一等奖, 由董一诺（五年级1中队）
    ///   主持, 段宸（58分）审题不清): a pupil's, as a list or a report names one;
    /// - in the brackets, after a transcript's role or before a colon, a speaker's (生（姜欣怡）：温晴。
    ///   S1（许雨萱）: It's mine.): a transcript names the pupil who speaks.
    func nameAroundBracket(closingAt close: Int, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let lower = spans.lowerBound(context)
        // What the note ends in says which it may be, before its bracket is looked for.
        let last = HanText.scalar(w, at: close - 3, end: close)
        if last == 0x73ED || last == 0x961F || last == 0x5206 || last == 0x7EA7 {  // 班, 队, 分, 级
            guard let open = NameSpans.bracketStart(endingAt: close + 3, w, lower: lower), open + 3 < close,
                  Self.isClass((open + 3)..<close, w) || Self.isScore((open + 3)..<close, w) else { return }
            // A bold name's marks before the bracket (`**罗一诺**（四年级3班）`, Markdown's).
            var nameEnd = open
            while nameEnd > lower, open - nameEnd < 3, w[nameEnd - 1] == UInt8(ascii: "*") { nameEnd -= 1 }
            guard let name = spans.name(before: nameEnd, context, beforeTitle: false) else { return }
            matches.append(Match(kind: .name, confidence: .medium, range: name))
        } else if let open = Self.nameNoteOpening(closingAt: close, w, lower: lower),
                  HanText.isColon(w, at: close + 3, end: context.scan.upperBound) || Self.endsSpeakerRole(at: open, w, lower: lower),
                  lexicon.isHanName(w, (open + 3)..<close, evidence: .row) {
            matches.append(Match(kind: .name, confidence: .medium, range: (open + 3)..<close))
        }
    }

    /// The opening bracket of a note of two to four characters closing at `close`, 9, 12 or 15
    /// bytes back; nil when none stands there.
    private static func nameNoteOpening(closingAt close: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var open = close - 9
        while open >= max(lower, close - 15) {
            if HanText.scalar(w, at: open, end: close) == 0xFF08 { return open }
            open -= 3
        }
        return nil
    }

    /// A transcript's pupil role ends at `i`: 生, 生2, 学生, or S, S1, Ss in Latin letters, opening
    /// its line or cell or after blanks.
    private static func endsSpeakerRole(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var k = i
        while k > lower, isDigit(w[k - 1]) { k -= 1 }
        if k - 1 >= lower, w[k - 1] == UInt8(ascii: "S") {
            k -= 1
        } else if k - 2 >= lower, w[k - 1] == UInt8(ascii: "s"), w[k - 2] == UInt8(ascii: "S") {
            k -= 2
        } else if HanText.scalar(w, at: k - 3, end: k) == 0x751F {  // 生
            k -= 3
            if HanText.scalar(w, at: k - 3, end: k) == 0x5B66 { k -= 3 }  // 学
        } else {
            return false
        }
        return k == lower || w[k - 1] == 0x0A || w[k - 1] == 0x20 || w[k - 1] == 0x09
    }

    /// `w[note]` is a score: digits, perhaps a decimal point, then 分 (58分, 97.5分).
    private static func isScore(_ note: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard note.count >= 4, note.count <= 9, HanText.scalar(w, at: note.upperBound - 3, end: note.upperBound) == 0x5206 else { return false }  // 分
        return w[note.lowerBound..<(note.upperBound - 3)].allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") } && isDigit(w[note.lowerBound])
    }

    /// Bytes of a word beside a name in its cell (two Chinese characters).
    private static let besideWordLength = 6

    /// The cell without what is written after a name to mark it: a bracketed note (（转出）,
    /// (二班), 【借读】) and marks (`*`, ※, △, √), with the blanks before them; the cell itself
    /// when none stands at its end. Asked of every cell of text in a column with no header that
    /// speaks, so its last byte is looked at first: most cells end in none that a note may end in.
    @inline(__always)
    private static func withoutNote(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard let last = cell.last else { return cell }
        switch w[last] {
        // blanks, `*`, `#`, `?`, `)`, `]`; the last bytes of no-break and ideographic spaces,
        // of ）and 】, and of the marks `isMark` knows
        case 0x20, 0x09, 0x2A, 0x23, 0x3F, 0x29, 0x5D, 0xA0, 0x80, 0x89, 0x91, 0x8A, 0xBB, 0xB3, 0xB2, 0x86, 0x85, 0x9A,
             0x93, 0x94:
            return strippingNote(cell, w)
        default:
            return cell
        }
    }

    /// A `*` right after two characters ends `cell` (王梓*): the last character of a name of
    /// three masked, as a published list hides it, not a mark after a name of two.
    private static func masksLastCharacter(_ cell: Range<Int>, _ core: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        core.count == 6 && cell.upperBound == core.upperBound + 1 && w[core.upperBound] == UInt8(ascii: "*")
    }

    private static func strippingNote(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        // A Chinese character whose last byte is one of those (亲, 女).
        if HanText.han(w, at: cell.upperBound - 3, end: cell.upperBound) != nil { return cell }
        let start = cell.lowerBound
        var end = cell.upperBound
        while true {
            while case let blank = Blanks.length(endingAt: end, in: w, lower: start), blank > 0 { end -= blank }
            if end > start, w[end - 1] == UInt8(ascii: "*") || w[end - 1] == UInt8(ascii: "#") || w[end - 1] == UInt8(ascii: "?") {
                end -= 1
            } else if isMark(HanText.scalar(w, at: end - 3, end: end)) {
                end -= 3
            } else if let open = NameSpans.bracketStart(endingAt: end, w, lower: start) {
                end = open
            } else {
                return start..<end
            }
        }
    }

    /// ＊ ※ △ ▲ ☆ ★ √ ✓ ✔
    private static func isMark(_ scalar: UInt32?) -> Bool {
        switch scalar {
        case 0xFF0A, 0x203B, 0x25B3, 0x25B2, 0x2606, 0x2605, 0x221A, 0x2713, 0x2714: return true
        default: return false
        }
    }

    /// The parts of a cell between separators (blanks, commas, enumeration commas, semicolons,
    /// slashes; ASCII, fullwidth or ideographic), at most `maximumParts`; nil for more.
    static func parts(of cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var parts: [Range<Int>] = []
        var start = cell.lowerBound
        var i = cell.lowerBound
        while i <= cell.upperBound {
            // The cell's end closes the last part as a separator would.
            let length = i < cell.upperBound ? separatorLength(w, at: i, end: cell.upperBound) : 1
            guard length > 0 else {
                i += 1
                continue
            }
            if i > start {
                guard parts.count < maximumParts else { return nil }
                parts.append(start..<i)
            }
            i += length
            start = i
        }
        return parts
    }

    private static let maximumParts = 8

    /// Bytes of the separator at `i` between names in one cell, 0 when none stands there.
    static func separatorLength(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        switch w[i] {
        case 0x20, 0x09, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "/"): return 1
        case 0xE3, 0xEF:
            guard let s = HanText.scalar(w, at: i, end: end) else { return 0 }
            return s == 0x3000 || s == 0x3001 || s == 0xFF0C || s == 0xFF1B || s == 0xFF0F ? 3 : 0
        default: return 0
        }
    }

    /// The enumeration around the separator at `at` (、), on its line, holds a well-known
    /// figure's name: a list of historical or literary people (中共一大代表：毛泽东、何叔衡、…,
    /// 作家：鲁迅、老舍), whose other names are as public. Its items are looked at up to
    /// `enumerationReach` on either side.
    func enumerationHoldsPublicFigure(around at: Int, _ context: DetectionContext) -> Bool {
        let w = context.window
        let lower = spans.lowerBound(context)
        let end = context.scan.upperBound
        // An item may carry a word before or after its name (他们是毛泽东、…、包惠僧等): its
        // last or first two to four characters are looked at.
        var itemEnd = at
        for _ in 0..<Self.enumerationReach {
            let run = HanRun(w, endingAt: itemEnd, lower: lower, limit: 4)
            guard run.count >= 2 else { break }
            if lexicon.endsWithPublicFigure(run) { return true }
            guard run.start - 3 >= lower, HanText.scalar(w, at: run.start - 3, end: run.start) == Self.enumerationComma else { break }
            itemEnd = run.start - 3
        }
        var itemStart = at + 3
        for _ in 0..<Self.enumerationReach {
            let run = HanRun(w, from: itemStart, end: end, limit: 4)
            guard run.count >= 2 else { break }
            if lexicon.opensWithPublicFigure(run) { return true }
            let next = Self.blanksEnd(from: run.offset(run.count), w, end: end)
            guard HanText.scalar(w, at: next, end: end) == Self.enumerationComma else { break }
            itemStart = next + 3
        }
        return false
    }

    private static let enumerationReach = 16
    private static let enumerationComma: UInt32 = 0x3001

    /// The cell is the whole name of a well-known figure (李白, 鲁迅).
    func isPublicFigure(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        let run = HanRun(w, from: cell.lowerBound, end: cell.upperBound, limit: 5)
        return run.count * 3 == cell.count && lexicon.isPublicFigure(run, at: 0, length: run.count)
    }
}
