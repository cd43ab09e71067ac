/// Chinese personal names (kind `name`). Names have no checksum, so the detector asks for
/// context and gives up when in doubt:
/// - in a column headed by a name keyword (姓名, 监护人, Name): a cell that is a whole name, in
///   Han characters (a surname and one to three more), with middle dots (阿不都·热合曼) or in pinyin;
/// - in any other column: a cell that is a whole Han name, kept only if its row holds another
///   personal value (`needsCompanion`), or when the column holds mostly such cells (three at
///   least, three in four of its text cells: `ColumnTally.holdsLookalikesWithOneMore`);
/// - in running text: a surname-led name of two or three characters (four with a compound
///   surname) right after a cue (学生, 家长, 联系人：, 二班; or a name key in a log line,
///   `name=`, `"xm":"`) or right before one (同学, 老师, 之子; or 男 or 女 standing alone, as a
///   person's particulars are listed: 张伟，男，汉族), or right beside a personal ID or phone
///   number (张伟（13812345678）), or written apart with two more names (张梓涵 李浩然 王一诺), or
///   opening lines one after another (a list of winners, one a line: 张梓涵（实验小学）↵ 李浩然 …).
///   Ordinary words (高兴, 王国), place names and well-known figures (鲁迅先生) are never names;
/// - anywhere, a Han name found earlier in the same document, again: in a home-visit record the
///   student is named once after 学生：, then in sentences with no cue (为汤若彤答疑).
final class NameDetector: Detector, @unchecked Sendable {
    private let lexicon: NameLexicon
    private let spans: NameSpans
    private let keywords: HeaderKeywords
    private let organisation: OrganisationContext
    /// By cue index: the cue is a staff word (联系人), after which a name may be an office's contact.
    private let staffCues: [Bool]
    /// 的, allowed between a name and a cue after it (张伟的家长).
    private static let possessive: UInt32 = 0x7684

    init(lexicon: NameLexicon = .shared, keywords: HeaderKeywords = .shared) {
        self.lexicon = lexicon
        self.keywords = keywords
        organisation = OrganisationContext(keywords: keywords)
        staffCues = (0..<lexicon.cues.count).map { keywords.isStaffWord(lexicon.cues.cue(at: $0).bytes) }
        spans = NameSpans(lexicon: lexicon)
        super.init(trigger: [.cell, .han, .besideValue, .number, .recurrence, .keyedText, .afterBlank, .lineStart, .atSign])
    }

    /// The cues' first characters, and the ideographic space that sets names apart.
    override var hanTriggers: [Unicode.Scalar] {
        lexicon.cues.triggers + [Self.ideographicSpace, Self.headingBracket, Self.wideFullStop, Self.wideClosingBracket]
    }

    private static let ideographicSpace: Unicode.Scalar = "\u{3000}"
    /// 【, opening a heading (【邱睿泽】 over a report card's comment).
    private static let headingBracket: Unicode.Scalar = "\u{3010}"
    /// ． and ）, wide marks of a list's number (`1．郭琪超`, `（2）王建国`): asked for only so that
    /// the engine wakes the word after them, as it does after `、`, a cue already.
    private static let wideFullStop: Unicode.Scalar = "\u{FF0E}"
    private static let wideClosingBracket: Unicode.Scalar = "\u{FF09}"

    override var recurringKind: Kind? { .name }

    /// A name of three characters or more seldom stands inside other words. One of two may (张强
    /// in 扩张强度): it needs a name's edge on one side at least (与王敏电话沟通), and it is never
    /// also an ordinary word (高一 in a name column, then in 高一(6)班: only a cue vouches for it).
    override func detect(recurrence range: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        if range.count == 6 {
            let run = HanRun(context.window, from: range.lowerBound, end: range.upperBound, limit: 2)
            guard !lexicon.isStopWord(run, at: 0), spans.nameEdges(range, context) > 0 else { return }
        }
        matches.append(Match(kind: .name, confidence: .medium, range: range))
    }

    /// A name column, or a column that names nothing in particular (a header-less export).
    override func wantsCells(under hints: ContextHints) -> Bool {
        isNameColumn(hints) || isPayeeColumn(hints) || hints.contains(.titledName)
            || hints.isDisjoint(with: [.name, .address, .organisation, .thingCode])
    }

    /// A column of payees (收款人名称) names people and organisations alike: a bank's batch
    /// transfer pays teachers, a finance sheet suppliers.
    private func isPayeeColumn(_ hints: ContextHints) -> Bool {
        hints.isSuperset(of: [.name, .organisation])
    }

    private func isNameColumn(_ hints: ContextHints) -> Bool {
        hints.contains(.name) && !hints.contains(.organisation)
    }

    override func detect(cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
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
    private static func lines(of cell: Range<Int>, firstBreak: Int, _ w: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
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
    private static func extensionDot(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
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
    private static func scoreStart(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
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
    private func clauseSubject(endingAt end: Int, _ context: DetectionContext, length: Int = 3) -> Range<Int>? {
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
    private func givenNameAddressed(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int>? {
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
    override func headsValues(cell: Range<Int>, _ context: DetectionContext) -> Bool {
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
    private static func isClass(_ part: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
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
    private func nameAroundBracket(closingAt close: Int, _ context: DetectionContext, into matches: MatchList) {
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
    private static func parts(of cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
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
    private static func separatorLength(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
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
    private func enumerationHoldsPublicFigure(around at: Int, _ context: DetectionContext) -> Bool {
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
    private func isPublicFigure(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        let run = HanRun(w, from: cell.lowerBound, end: cell.upperBound, limit: 5)
        return run.count * 3 == cell.count && lexicon.isPublicFigure(run, at: 0, length: run.count)
    }

    override func detect(han scalar: Unicode.Scalar, at: Int, _ context: DetectionContext, into matches: MatchList) {
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
                // a numeral alone it is a rank (一级（高危）, 二级教师).
                var numberEnd = at
                if cue.bytes == Self.grade {
                    if HanText.scalar(w, at: at - 3, end: at) == Self.year {
                        numberEnd = at - 3
                    } else if at == 0 || !isDigit(w[at - 1]) {
                        continue
                    }
                }
                guard spans.numberEnds(at: numberEnd, w, lower: spans.lowerBound(context)) else { continue }
                // Perhaps a possessive between (我是七年级（3）班的韩雨桐).
                var nameStart = spans.skipSeparators(w, from: at + cue.bytes.count, end: end)
                if HanText.han(w, at: nameStart, end: end) == Self.possessive { nameStart += 3 }
                found = spans.name(after: nameStart, context)
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
                let separator = Particulars.separator(endingAt: at, w, lower: spans.lowerBound(context))
                guard separator > 0, Particulars.ends(at: at + cue.bytes.count, w, end: end) else { continue }
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
                // Two names side by side (张伟、李娜): each vouches for the other. A name may carry
                // its class in brackets (郭烨枫（初二3班）、帅希涛).
                let firstEnd = NameSpans.bracketStart(endingAt: at, w, lower: spans.lowerBound(context)) ?? at
                guard !enumerationHoldsPublicFigure(around: at, context) else { continue }
                // A Tibetan or Mongolian name has no surname: a whole item of name elements
                // (获奖名单：扎西顿珠、次仁卓玛).
                if let first = spans.name(before: firstEnd, context, beforeTitle: false) ?? spans.elementName(endingAt: firstEnd, context) {
                    guard let second = spans.name(after: at + cue.bytes.count, context)
                            ?? spans.elementName(startingAt: at + cue.bytes.count, context) else { continue }
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
    private static let parentsCommittee = Array("家委会".utf8)

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
    private static func endsClause(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
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
    /// reference's authors before GB/T 7714's `et al.`, 汪向东等. 心理卫生评定量表手册[M]): its
    /// author, whom the book makes public, not a person of the school's files. 著名 is "famous".
    private static func creditsAuthor(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var k = i
        if HanText.scalar(w, at: k, end: end) == 0x7B49 { return k + 3 < end && w[k + 3] == UInt8(ascii: ".") }  // 等
        if HanText.scalar(w, at: k, end: end) == 0x7F16 { k += 3 }  // 编
        return HanText.scalar(w, at: k, end: end) == 0x8457 && HanText.scalar(w, at: k + 3, end: end) != 0x540D  // 著, not 著名
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
    private func appendBlankSeparatedNames(after end: Int, _ context: DetectionContext, into matches: MatchList) {
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
    private static let grade = Array("级".utf8)
    private static let year: UInt32 = 0x5E74

    /// Three names or more written apart with nothing else between them (获奖名单 … 张梓涵
    /// 李浩然 王一诺), two of the first three of three characters or more, vouch for each other,
    /// as in a table row (`RecordCollector`): two-character words so written are as often
    /// subjects or places (高数 马哲 毛概). So do two of three characters after a line's label.
    /// Looked at from the second name, `at`, which follows blanks; the list's first name must
    /// start where a list may.
    private func namesWrittenApart(at: Int, _ context: DetectionContext, into matches: MatchList) {
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

    /// A chat's mention, `@` then a Han name (`@冯丽华 请把材料交一下`, WeChat and DingTalk put a
    /// blank after it): the name is the mention's whole value, as after a label's colon. An
    /// e-mail address's `@` has letters or digits after it, never Han characters.
    override func detect(atSign at: Int, _ context: DetectionContext, into matches: MatchList) {
        let start = at + 1
        guard HanText.han(context.window, at: start, end: context.scan.upperBound) != nil,
              let name = spans.name(after: start, context, labelled: true) else { return }
        matches.append(Match(kind: .name, confidence: .medium, range: name))
    }

    /// Looks at a Chinese word after a blank: the second name of a list written apart?
    override func detect(afterBlank at: Int, _ context: DetectionContext, into matches: MatchList) {
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
    private static func officeEnd(from i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
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
    private func nameAfterScore(at at: Int, _ context: DetectionContext, into matches: MatchList) {
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

    /// Names that open lines one after another, each alone on its line or before what qualifies
    /// it (a school in brackets, a class after blanks): a list of winners or of a class, one a
    /// line (一等奖 ↵ 张梓涵（实验小学）↵ 李浩然 文化路小学 ↵ 王一诺). Three such lines in a row, two
    /// of their names of three characters, vouch for each other, as names written apart do; blank
    /// lines between them are passed over, any other line ends the list (a prize's title).
    override func detect(lineStart at: Int, _ context: DetectionContext, into matches: MatchList) {
        if !context.columnHints.isDisjoint(with: [.ownName, .titledName]) {
            // A photo is named by its person alone, or as a document is (毛铭泽_身份证正面.jpg).
            let alone = context.columnHints.contains(.ownName) ? ownName(at: at, context) : nil
            let titled = context.columnHints.contains(.titledName)
                ? ownName(at: at, context, titled: true) ?? nameAfterTitle(at: at, context)
                    ?? (at == context.scan.lowerBound ? nameInClosingBrackets(context) : nil)
                : nil
            if let name = alone ?? titled { matches.append(Match(kind: .name, confidence: .medium, range: name)) }
            return
        }
        if let name = nameInListedFile(at: at, context) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        guard let (name, ordinary) = lineNameCandidate(at: at, context) else { return }
        // A name heading a paragraph addressed to its person: a report card's comment
        // (邱睿泽 ↵ 你的字写得漂亮…; 【邱睿泽】 as pasted into a parents' chat).
        if !ordinary, Self.headsAddressedParagraph(name.upperBound, w: context.window, end: context.scan.upperBound)
            || standsOverClassOrPost(name.upperBound, w: context.window, end: context.scan.upperBound)
            || speaksInDialogue(name, context) || Self.closesVoiceTag(name, context.window) || standsUnderNameLabel(name, context)
            || Self.followsSignatureDelimiter(at, context) || signsLetter(name, context)
            || LineShapes.datedInBrackets(after: name.upperBound, context.window, end: context.scan.upperBound)
            || LineShapes.followsMarkdownHeadingMark(at, context.window, lower: context.scan.lowerBound)
            || Self.inHeadingBrackets(name, context.window, end: context.scan.upperBound)
            || Self.precedesTime(name.upperBound, context.window, end: context.scan.upperBound)
            || Self.precedesScore(name.upperBound, context.window, end: context.scan.upperBound) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        // Three lines in a row with this one, two of their names of three characters (nine bytes).
        func vouch(_ first: Range<Int>?, _ second: Range<Int>?) -> Bool {
            guard let first, let second else { return false }
            return (first.count >= 9 ? 1 : 0) + (name.count >= 9 ? 1 : 0) + (second.count >= 9 ? 1 : 0) >= 2
        }
        let before = neighbourName(of: at, forward: false, besides: name, context)
        let after = neighbourName(of: at, forward: true, besides: name, context)
        // A name that opens with an ordinary word (王国胜) stands between two; the lines two away
        // are looked at only when the lines on either side do not do: the run of name lines
        // around this one, three each side at most, three lines or more, two of their names of
        // three characters (孟锦程 ↵ 孔鑫 ↵ 陆悦 ↵ 贾佳琪: two names of two characters side by side).
        if vouch(before, after) {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            return
        }
        guard !ordinary else { return }
        var run = 0
        var long = name.count >= 9 ? 1 : 0
        for (first, forward) in [(before, false), (after, true)] {
            var neighbour = first
            for _ in 0..<3 {
                guard let found = neighbour else { break }
                run += 1
                if found.count >= 9 { long += 1 }
                neighbour = neighbourName(of: found.lowerBound, forward: forward, besides: name, context)
            }
        }
        if run >= 2, long >= 2 {
            matches.append(Match(kind: .name, confidence: .medium, range: name))
        }
    }

    /// After a name at `nameEnd` (and a heading's `】`), the line ends, and the next that is not
    /// blank opens with 你: a paragraph addressed to the person named above it.
    private static func headsAddressedParagraph(_ nameEnd: Int, w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var i = nameEnd
        if HanText.scalar(w, at: i, end: end) == 0x3011 { i += 3 }
        guard let lineBreak = lineBreak(after: i, w, end: end) else { return false }
        return HanText.scalar(w, at: blankLinesEnd(from: lineBreak, w, end: end), end: end) == 0x4F60  // 你
    }

    /// After a name at `nameEnd` the line ends, and the next is a class alone (an award slide's
    /// or certificate's 韦皓轩 ↵ 七年级(1)班), or a teacher's subject and post (a staff page's
    /// card: 韩丽华 ↵ 数学　高级教师, 语文教师): the person named over them.
    private func standsOverClassOrPost(_ nameEnd: Int, w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let lineBreak = Self.lineBreak(after: nameEnd, w, end: end) else { return false }
        let next = Self.blankLinesEnd(from: lineBreak, w, end: end)
        // Such a line is short: it ends within 32 bytes, or the text does.
        guard let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: w, next..<min(end, next + 32)) ?? (end - next <= 32 ? end : nil) else { return false }
        let line = trimmedBlanks(w, next..<lineEnd)
        if Self.isClass(line, w) || Self.opensWithPupilsCode(line, w) { return true }
        // A committee's or a class's post (家长委员会委员, 副会长, 班长): a desk card's or a badge's.
        if Self.cardPosts.contains(where: { line.count >= $0.count && HanText.has($0, in: w, at: line.upperBound - $0.count, end: line.upperBound) }) { return true }
        // A subject, then words ending in 教师 or 老师 (at least four characters in all).
        let postStart = line.upperBound - 6
        return line.count >= 12 && lexicon.cues.subjectStarts(at: line.lowerBound, in: w, end: line.upperBound)
            && Self.teachersPosts.contains { HanText.has($0, in: w, at: postStart, end: line.upperBound) }
    }

    /// The line opens with the label of a pupil's number and its colon (考号：2025010301): an
    /// exam's desk label or a card printed by mail merge, its pupil's name alone above it.
    private static func opensWithPupilsCode(_ line: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        pupilsCodeLabels.contains { label in
            HanText.has(label, in: w, at: line.lowerBound, end: line.upperBound)
                && HanText.isColon(w, at: line.lowerBound + label.count, end: line.upperBound)
        }
    }

    private static let pupilsCodeLabels = ["考号", "学号", "准考证号", "考生号", "考试号", "学籍号"].map { Array($0.utf8) }

    /// The last words of the posts a desk card or a badge gives under its person's name.
    private static let cardPosts = ["委员", "会长", "主席", "秘书长", "班长", "队长", "组长", "代表", "主任", "书记"].map { Array($0.utf8) }

    /// 教师 and 老师, the last words of a teacher's post (高级教师, 语文老师).
    private static let teachersPosts = [Array("教师".utf8), Array("老师".utf8)]

    /// The line break after the blanks from `i`; nil when words come first.
    private static func lineBreak(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var i = i
        while case let blank = Blanks.length(at: i, in: w, end: end), blank > 0 { i += blank }
        return i < end && (w[i] == 0x0A || w[i] == 0x0D) ? i : nil
    }

    /// Past the line breaks and blanks from `i`: where the next line with words opens its words.
    private static func blankLinesEnd(from i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = i
        while i < end, w[i] == 0x0A || w[i] == 0x0D || Blanks.length(at: i, in: w, end: end) > 0 {
            i += max(1, Blanks.length(at: i, in: w, end: end))
        }
        return i
    }

    /// A file named by its person's name (林子涵.jpg, 20220801 谭可欣.jpg, 张梓涵(1).png: a
    /// class's photos; 0815王一诺.docx, homework handed in named by number and name, a number
    /// needed beside a document's): the name,
    /// starting at `start`, is all of the name's words, with at most digits, blanks and brackets
    /// around it, and has three characters or more; an ordinary
    /// word, a place or a well-known figure is none (方案.docx, 黄山.jpg, 鲁迅.pdf), and so is one
    /// of two characters, which is as often a word (唐诗.docx, 宋词.pptx, 熊大.jpg). `titled`: a
    /// document's name, where the name is followed by a blank or a dash and its title
    /// (张子涵 检讨书, from 张子涵_检讨书.docx); one of two characters when the title names a
    /// person's record (潘磊_期末成绩报告单.csv, `NameCues.namesRecord`).
    private func ownName(at start: Int, _ context: DetectionContext, titled: Bool = false) -> Range<Int>? {
        let w = context.window
        let scan = context.scan
        guard w[scan.lowerBound..<start].allSatisfy(Self.isAroundOwnName) else { return nil }
        var end = start
        var dotted = false
        // A transcribed minority name's parts joined by its middle dot (阿依古丽·买买提.jpg).
        while true {
            let dot = end > start ? NameLexicon.middleDotLength(w, at: end, end: scan.upperBound) : 0
            guard HanText.han(w, at: end + dot, end: scan.upperBound) != nil else { break }
            dotted = dotted || dot > 0
            end += dot + 3
        }
        if dotted { return w[end..<scan.upperBound].allSatisfy(Self.isAroundOwnName) && lexicon.isDottedName(w, start..<end) ? start..<end : nil }
        let rest = w[end..<scan.upperBound]
        // A document named by a name alone (林子涵.docx) may be an essay's subject; with the
        // pupil's number beside it (0815王一诺.docx) it is work handed in.
        let alone = rest.allSatisfy(Self.isAroundOwnName) && (!titled || w[scan].contains(where: isDigit))
            || !titled && Self.isBracketedNote(w, end..<scan.upperBound)
        let followed = alone || titled && rest.count > 1 && rest.first.map(Self.isNamePartSeparator) == true
        guard end - start >= 9 || titled && end - start == 6 && lexicon.cues.namesRecord(w, end..<scan.upperBound),
              !titled || end - start <= 12 && !lexicon.opensWithOrdinaryWord(w, start..<end), followed,
              lexicon.isHanName(w, start..<end, evidence: .row), !isPublicFigure(w, start..<end) else { return nil }
        return start..<end
    }

    /// The name in full-width brackets closing a file's name after its title (外出报备表（刘红）.docx,
    /// digits or blanks after it at most), as `nameAfterTitle` reads and checks it: the engine
    /// wakes no word after （, a character of three bytes as Chinese ones are.
    private func nameInClosingBrackets(_ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let scan = context.scan
        var close = scan.upperBound
        while close > scan.lowerBound, Self.isAroundOwnName(w[close - 1]) { close -= 1 }
        guard close - 3 > scan.lowerBound, HanText.scalar(w, at: close - 3, end: close) == 0xFF09 else { return nil }
        return nameAfterTitle(at: close - 3 - 3 * HanRun(w, endingAt: close - 3, lower: scan.lowerBound, limit: 5).count, context)
    }

    /// A document named by its title and then its person (夏令营报名表_李梓涵.docx, 期末成绩-潘磊.xlsx):
    /// the name at `start` is the last word, after a blank or a dash or in full-width brackets
    /// (外出报备表（刘红）.docx), with at most digits, blanks and brackets after it, or the pupil's
    /// grade or class (成长档案_李浩然_六年级), and the title
    /// before it names a person's record
    /// (`NameCues.namesRecord`; 学习资料_王国.pdf is none).
    private func nameAfterTitle(at start: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let scan = context.scan
        let bracketed = start - 3 > scan.lowerBound && HanText.scalar(w, at: start - 3, end: start) == 0xFF08
        guard start > scan.lowerBound + 3, bracketed || Self.isNamePartSeparator(w[start - 1]) else { return nil }
        var end = start
        while HanText.han(w, at: end, end: scan.upperBound) != nil { end += 3 }
        if bracketed, HanText.scalar(w, at: end, end: scan.upperBound) != 0xFF09 { return nil }
        let rest = (bracketed ? end + 3 : end)..<scan.upperBound
        guard (6...12).contains(end - start), w[rest].allSatisfy(Self.isAroundOwnName) || Self.isClassAfter(w, rest),
              lexicon.cues.namesRecord(w, scan.lowerBound..<(start - (bracketed ? 3 : 1))), !lexicon.opensWithOrdinaryWord(w, start..<end),
              lexicon.isHanName(w, start..<end, evidence: .row), !isPublicFigure(w, start..<end) else { return nil }
        return start..<end
    }

    /// A name after the pupil's class and a separator, before another or the name's end
    /// (八2班_杨雅琪_英语口语.mp4, a class's recordings written out in a listing).
    private func nameAfterClass(at start: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let scan = context.scan
        guard start > scan.lowerBound, Self.isNamePartSeparator(w[start - 1]) else { return nil }
        var classStart = start - 1
        while classStart > scan.lowerBound, !Self.isNamePartSeparator(w[classStart - 1]) { classStart -= 1 }
        guard Self.isClass(classStart..<(start - 1), w) else { return nil }
        var end = start
        while HanText.han(w, at: end, end: scan.upperBound) != nil { end += 3 }
        guard (6...12).contains(end - start), end == scan.upperBound || Self.isNamePartSeparator(w[end]),
              !lexicon.opensWithOrdinaryWord(w, start..<end), lexicon.isHanName(w, start..<end, evidence: .row),
              !isPublicFigure(w, start..<end) else { return nil }
        return start..<end
    }

    /// `w[rest]` is a blank or a dash, then the pupil's grade or class (成长档案_李浩然_六年级.docx).
    private static func isClassAfter(_ w: UnsafeBufferPointer<UInt8>, _ rest: Range<Int>) -> Bool {
        guard rest.count > 1, isNamePartSeparator(w[rest.lowerBound]) else { return false }
        var end = rest.upperBound
        while end > rest.lowerBound + 1, isAroundOwnName(w[end - 1]) { end -= 1 }
        return HeaderRowFinder.isGradeOrRank(String(decoding: UnsafeBufferPointer(rebasing: w[(rest.lowerBound + 1)..<end]), as: UTF8.self))
    }

    /// A photo's name goes on with a note in full-width brackets and nothing more (王一诺（奶奶）.jpg:
    /// a pickup card's photo of the pupil's grandmother), four characters at most.
    private static func isBracketedNote(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var close = range.upperBound
        while close > range.lowerBound, isAroundOwnName(w[close - 1]) { close -= 1 }
        return close - range.lowerBound <= 18 && HanText.scalar(w, at: range.lowerBound, end: close) == 0xFF08
            && NameSpans.bracketStart(endingAt: close, w, lower: range.lowerBound) == range.lowerBound
    }

    /// What may stand around a name that is a file's own name: digits, blanks, dashes, dots,
    /// brackets (20220801_谭可欣.jpg, 张梓涵(1).png).
    private static func isAroundOwnName(_ b: UInt8) -> Bool {
        isDigit(b) || isNamePartSeparator(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
    }

    /// What sets a file name's words apart: a blank, a dash, or an underscore, which a file's own
    /// name has as a blank already (`FileNameReader`) and a name written out keeps.
    private static func isNamePartSeparator(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    /// A file's name written out, not the file's own (a table's 文档名称 | 王梓涵_期末成绩报告单.docx
    /// and a log's `document="刘浩然 家长会发言稿.docx"`, a print server's; a listing of a class's
    /// recordings, 杨雅琪_英语口语.mp4 one a line): its person's name, found as in the file's own
    /// name (`ownName`, `nameAfterTitle`), at the start of any of its words. `dot`: its
    /// extension's (`extensionDot`), nil when it has none.
    private func nameInFileName(_ text: Range<Int>, dot: Int?, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        // A path's last part is the file's name (photos/2024070301_廖秀兰.jpg, D:\FaceDB\…\廖秀兰.jpg).
        let stemEnd = dot ?? text.upperBound
        let stemStart = (text.lowerBound..<stemEnd).last { w[$0] == UInt8(ascii: "/") || w[$0] == UInt8(ascii: "\\") }.map { $0 + 1 } ?? text.lowerBound
        let stem = stemStart..<stemEnd
        let isPhoto = dot.map { FileNameReader.isPhoto(extension: w[($0 + 1)..<text.upperBound]) } ?? false
        let named = DetectionContext(window: w, scan: stem, columnHints: isPhoto ? [.ownName, .titledName] : .titledName, isTableCell: false)
        var i = stem.lowerBound
        while i < stem.upperBound {
            if i == stem.lowerBound || w[i - 1] < 0x80, HanText.han(w, at: i, end: stem.upperBound) != nil,
               let name = (isPhoto ? ownName(at: i, named) : nil) ?? ownName(at: i, named, titled: true) ?? nameAfterTitle(at: i, named)
                ?? nameAfterClass(at: i, named) {
                return name
            }
            i += ByteScanning.sequenceLength(lead: w[i])
        }
        return nil
    }

    /// The end of an English label between a Chinese one and its colon, blanks after the colon
    /// passed (旅客姓名 NAME OF PASSENGER: 孙红梅, an e-ticket's or a bilingual form's); nil when
    /// none stands at `i`.
    private static func englishLabelEnd(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var j = i
        var letters = 0
        while j < end, j - i < 40 {
            let b = w[j]
            if isASCIILetter(b) {
                letters += 1
            } else if b != 0x20, b != UInt8(ascii: "."), b != UInt8(ascii: "/") {
                break
            }
            j += 1
        }
        guard letters >= 2, j < end else { return nil }
        if w[j] == UInt8(ascii: ":") {
            j += 1
        } else if HanText.scalar(w, at: j, end: end) == 0xFF1A {
            j += 3
        } else {
            return nil
        }
        while j < end, w[j] == 0x20 { j += 1 }
        return j
    }

    /// The name in a line that is a file's name and nothing more (`nameInFileName`), its words
    /// set apart as a file's are (杨雅琪_英语口语.mp4); `listed`: the line is a listing's, after
    /// a file's time and size, where a photo named by its person alone counts too.
    private func nameInListedFile(at start: Int, _ context: DetectionContext, listed: Bool = false) -> Range<Int>? {
        let w = context.window
        let end = min(context.scan.upperBound, start + Self.lineReach)
        var lineEnd = ByteScanning.firstIndex(of: 0x0A, in: w, start..<end) ?? end
        if lineEnd > start, w[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        var line = trimmedBlanks(w, start..<lineEnd)
        // After a pupil's number and an underscore (20250031_毛振华.jpg), a note may follow the
        // file's name after blanks (　　背景不是纯白).
        let numbered = start > 0 && w[start - 1] == UInt8(ascii: "_")
        if numbered, Self.extensionDot(endingAt: line.upperBound, w, lower: line.lowerBound) == nil,
           let blank = line.first(where: { Blanks.length(at: $0, in: w, end: line.upperBound) > 0 }) {
            line = line.lowerBound..<blank
        }
        // In a listing (`ls -l`'s `… 10:33 廖秀兰.jpg`), a photo named by its person alone.
        guard let dot = Self.extensionDot(endingAt: line.upperBound, w, lower: line.lowerBound),
              numbered || w[line].contains(where: Self.isNamePartSeparator)
                || listed && FileNameReader.isPhoto(extension: w[(dot + 1)..<line.upperBound]) else { return nil }
        return nameInFileName(line, dot: dot, context)
    }

    /// The name whose line's words start at `start`, when the line goes on with nothing but
    /// blanks and more text after them, a comma (张子涵，哮喘), a colon (a comment a pupil,
    /// 张子涵：该生…), a bracketed note, an emoji, or the quote that closes the string it opens.
    /// Not one that
    /// opens with an ordinary word: lines of labels share it (方案一 ↵ 方案二), lines of names only
    /// a surname.
    private func lineName(at start: Int, _ context: DetectionContext) -> Range<Int>? {
        guard let (name, ordinary) = lineNameCandidate(at: start, context), !ordinary else { return nil }
        return name
    }

    /// The name `lineName` reads at `start`, and whether it opens with an ordinary word (王国胜:
    /// 王国), which only a list's other names vouch for.
    private func lineNameCandidate(at start: Int, _ context: DetectionContext) -> (name: Range<Int>, opensWithOrdinaryWord: Bool)? {
        let w = context.window
        guard HanText.han(w, at: start, end: context.scan.upperBound) != nil, let name = spans.name(after: start, context),
              let line = lineNameEnds(name, start: start, context) else { return nil }
        return (line, lexicon.opensWithOrdinaryWord(w, name))
    }

    @inline(__always)
    private static func blankAndDigit(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        i + 4 < end && w[i] == 0x20 && isDigit(w[i + 1])
    }

    /// Blanks, then a score and its 分, follow the name (孔鑫 695分, a results list one a line).
    private static func precedesScore(_ end: Int, _ w: UnsafeBufferPointer<UInt8>, end limit: Int) -> Bool {
        var i = Blanks.end(from: end, in: w, end: limit)
        let digits = i
        while i < limit, i - digits < 4, isDigit(w[i]) { i += 1 }
        guard digits > end, i > digits else { return false }
        if i + 1 < limit, w[i] == UInt8(ascii: "."), isDigit(w[i + 1]) { i += 2 }
        return HanText.scalar(w, at: i, end: limit) == 0x5206  // 分
    }

    /// Blanks, then a time of day, follow the name (崔子轩 22:40 未归: a log's entry, who and when).
    private static func precedesTime(_ end: Int, _ w: UnsafeBufferPointer<UInt8>, end limit: Int) -> Bool {
        var i = Blanks.end(from: end, in: w, end: limit)
        guard i > end else { return false }
        let digits = i
        while i < limit, i - digits < 2, isDigit(w[i]) { i += 1 }
        guard i > digits, i + 2 < limit, w[i] == UInt8(ascii: ":"), isDigit(w[i + 1]), isDigit(w[i + 2]) else { return false }
        // The time stands apart: a blank or the line's end after it (not 于建华 09:20到校, a sentence).
        return i + 3 == limit || Blanks.length(at: i + 3, in: w, end: limit) > 0 || w[i + 3] == 0x0A || w[i + 3] == 0x0D
    }

    /// The name opens its line in a heading's brackets (【雷雨桐】郑州宇通客车… ↵ 本周…: a class's
    /// compiled log, each pupil's section so headed).
    private static func inHeadingBrackets(_ name: Range<Int>, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let open = name.lowerBound - 3
        return open >= 0 && (open == 0 || w[open - 1] == 0x0A) && HanText.scalar(w, at: open, end: name.lowerBound) == 0x3010
            && HanText.scalar(w, at: name.upperBound, end: end) == 0x3011
    }

    /// `name`, read at `start`, when what follows it lets it stand for its line (`lineName`).
    private func lineNameEnds(_ name: Range<Int>, start: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        // A bold name's closing marks (`- **罗一诺**（四年级3班）：…`), read past.
        let next = w[name.upperBound..<end].first == UInt8(ascii: "*") ? LineHeads.skipEmphasis(from: name.upperBound, in: w, end: end) : name.upperBound
        guard next < end else { return name }
        switch w[next] {
        case 0x0A, 0x0D, UInt8(ascii: "("), UInt8(ascii: "["): return name
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            // A string's item closed by its own quote (`"张子涵": […]`).
            return start > 0 && w[start - 1] == w[next] ? name : nil
        case 0xF0...0xF4, UInt8(ascii: ":"):
            return name  // an emoji (张子涵🌸, a chat's 接龙); a colon (a comment, 张子涵:该生…)
        case UInt8(ascii: ">"):
            return Self.closesVoiceTag(name, w) ? name : nil
        case UInt8(ascii: "."):
            // A file's name listed (`dir /b`, `tree`: 张梓涵.jpg): its extension, then the line's end or a blank.
            return FileExtension.end(after: next, in: w, end: end).map { $0 == end || w[$0] == 0x0A || w[$0] == 0x0D || w[$0] == 0x20 || w[$0] == 0x09 } == true
                ? name : nil
        default:
            let mark = HanText.scalar(w, at: next, end: end)
            // A heading's bracket closed (【邱睿泽】 over a report card's comment).
            let closesHeading = mark == 0x3011 && HanText.scalar(w, at: start - 3, end: start) == 0x3010
            return Blanks.length(at: next, in: w, end: end) > 0 || mark == 0xFF08 || mark == 0x3010 || mark == 0xFF0C || mark == 0xFF1A
                || closesHeading || mark == 0x5DF2 && Self.statuses.contains(where: { HanText.has($0, in: w, at: next, end: end) }) ? name : nil
        }
    }

    /// A file listing's line (`ls -l`: `… 11月  8 20:41 八2班_杨雅琪_英语口语.mp4`; `dir`: `2024/11/08
    /// 20:41  190,000,000 八2班_…`): the file's name after its time and perhaps its size, read
    /// as a listed file's (`nameInListedFile`).
    private func fileNameAfterTime(endingAt timeEnd: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let end = context.scan.upperBound
        var i = timeEnd
        guard i < end, w[i] == 0x20 else { return nil }
        while i < end, w[i] == 0x20 { i += 1 }
        if i < end, isDigit(w[i]) {
            while i < end, isDigit(w[i]) || w[i] == UInt8(ascii: ",") { i += 1 }
            guard i < end, w[i] == 0x20 else { return nil }
            while i < end, w[i] == 0x20 { i += 1 }
        }
        guard HanText.han(w, at: i, end: end) != nil else { return nil }
        return nameInListedFile(at: i, context, listed: true)
    }

    /// The name opening its line is a speaker's, its colon after it (`：` or `:`), in a dialogue:
    /// the line above or below, past blank lines and lines of no Chinese (a subtitle's number
    /// and times), opens with a speaker too, a name or a role of a transcript (师：, 生：,
    /// 主持人：): a lesson's record (课堂实录), a meeting's minutes, a recording's subtitles.
    private func speaksInDialogue(_ name: Range<Int>, _ context: DetectionContext) -> Bool {
        let w = context.window
        let end = context.scan.upperBound
        guard Self.speakersColon(after: name.upperBound, w, end: end) else { return false }
        return [false, true].contains { forward in
            guard let words = neighbourLineWords(of: name.lowerBound, forward: forward, context, passingLinesWithoutHan: true) else { return false }
            if let other = lineName(at: words, context) { return Self.speakersColon(after: other.upperBound, w, end: end) }
            return Self.dialogueRoles.contains { role in
                HanText.has(role, in: w, at: words, end: end) && Self.speakersColon(after: words + role.count, w, end: end)
            }
        }
    }

    /// An approver's decision stands at `verb`, then blanks or the line's end.
    private static func decidesApprovalStep(at verb: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let length = approvalDecisions.length(at: verb, in: w, end: end)
        guard length > 0 else { return false }
        let after = verb + length
        return after == end || w[after] == 0x0A || w[after] == 0x0D || Blanks.length(at: after, in: w, end: end) > 0
    }

    /// An approver's decisions, longest first where one opens another.
    private static let approvalDecisions = HanWordList(["已同意", "同意", "不同意", "已驳回", "驳回", "已退回", "退回", "已盖章", "已审批",
                                                        "审批通过", "已通过", "已拒绝", "已撤销", "已转交", "已阅", "已签收", "发起申请"].map { Array($0.utf8) })

    /// The name is a WebVTT voice tag's speaker (`<v 张梓涵>`, `LineHeads.voiceTagLength`).
    private static func closesVoiceTag(_ name: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.upperBound < w.count, w[name.upperBound] == UInt8(ascii: ">"), name.lowerBound > 0, w[name.lowerBound - 1] == 0x20,
              let open = w[max(0, name.lowerBound - 40)..<name.lowerBound].lastIndex(of: UInt8(ascii: "<")) else { return false }
        return LineHeads.voiceTagLength(at: open, in: w, end: name.lowerBound) == name.lowerBound - open
    }

    /// The line above the name's is a name's label alone, its colon lost (a screenshot's OCR:
    /// `真实姓名` ↵ `郝振玉`; a form pasted as text).
    private func standsUnderNameLabel(_ name: Range<Int>, _ context: DetectionContext) -> Bool {
        let w = context.window
        guard let words = neighbourLineWords(of: name.lowerBound, forward: false, context) else { return false }
        var end = words
        while HanText.han(w, at: end, end: name.lowerBound) != nil, end - words < Self.labelLineLength { end += 3 }
        guard end > words, end - words < Self.labelLineLength, Self.lineBreak(after: end, w, end: name.lowerBound) != nil else { return false }
        let hints = keywords.hints(in: w, range: words..<end)
        return hints.contains(.name) && !hints.contains(.organisation)
    }

    /// The line before the one opening at `start` is a mail's signature delimiter (`-- `, as RFC
    /// 3676 writes it, or `--`, `——`): the name under it signs the mail (-- ↵ 邹雨桐 ↵ 韩寺镇中学 教务处).
    private static func followsSignatureDelimiter(_ start: Int, _ context: DetectionContext) -> Bool {
        let w = context.window
        let lower = context.scan.lowerBound
        // The line above is short (`——`, a blank, a carriage return): a few bytes back at most.
        guard start > lower, w[start - 1] == 0x0A,
              let above = LineHeads.lineStart(before: start - 1, in: w, lower: lower, reach: 8) else { return false }
        var end = start - 1
        while end > above, w[end - 1] == 0x0D || w[end - 1] == 0x20 { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: w[above..<end])
        return line.elementsEqual("--".utf8) || line.elementsEqual("——".utf8)
    }

    /// A name alone on its line signs a letter: a date alone on the line under it (沈卫东 ↵
    /// 2024年11月12日), or nothing more after it and a sentence's end on the line above (a mail's
    /// body: 谢谢老师！ ↵ 陆桂芝), or the organisation or committee it speaks for alone under it;
    /// not a Yi clan's name alone, a teacher's way to sign (曲比).
    private func signsLetter(_ name: Range<Int>, _ context: DetectionContext) -> Bool {
        let w = context.window
        guard name.count > 6 || !lexicon.isYiClan(HanRun(w, from: name.lowerBound, end: name.upperBound, limit: 2), at: 0) else { return false }
        let end = context.scan.upperBound
        var i = name.upperBound
        while i < end, w[i] == 0x20 || w[i] == 0x0D { i += 1 }
        guard i < end, w[i] == 0x0A else { return false }
        while i < end, w[i] == 0x0A || w[i] == 0x0D || w[i] == 0x20 || w[i] == 0x09 { i += 1 }
        if i == end { return LineShapes.endsSentence(before: name.lowerBound, w, lower: context.scan.lowerBound) }
        if LineShapes.isDateLine(from: i, w, end: end) { return true }
        // Over the organisation or the committee the signer speaks for, alone on the next line
        // (吴红梅 ↵ 三（2）班家委会, a forwarded message's; 宋雅琴 ↵ 心理辅导室).
        var lineEnd = ByteScanning.firstIndex(of: 0x0A, in: w, i..<end) ?? end
        while lineEnd > i, w[lineEnd - 1] == 0x0D || w[lineEnd - 1] == 0x20 { lineEnd -= 1 }
        let line = UnsafeBufferPointer(rebasing: w[i..<lineEnd])
        return lineEnd - i <= 3 * OrganisationContext.nameLength
            && (organisation.isOrganisationName(line)
                || (organisation.organisationNameEnds(at: lineEnd, in: w, lower: i)
                    || lineEnd - i >= Self.parentsCommittee.count && HanText.has(Self.parentsCommittee, in: w, at: lineEnd - Self.parentsCommittee.count, end: lineEnd))
                && !stride(from: i, to: lineEnd, by: 1).contains { k in
                    HanText.scalar(w, at: k, end: lineEnd).map { $0 == 0xFF0C || $0 == 0x3002 || $0 == 0xFF1A } == true })  // ， 。 ：
    }

    /// Bytes of a name's label alone on its line, at most (学生真实姓名).
    private static let labelLineLength = 21

    /// A colon follows at `i`: full-width, or ASCII before a blank (a subtitle's `王梓萱: …`).
    private static func speakersColon(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        HanText.scalar(w, at: i, end: end) == 0xFF1A || i + 1 < end && w[i] == UInt8(ascii: ":") && w[i + 1] == 0x20
    }

    /// The speakers of a transcript who are no one in particular: the teacher and a pupil of a
    /// lesson's record (师, 生), a meeting's chair.
    private static let dialogueRoles = ["师", "生", "教师", "老师", "学生", "主持人", "记者", "问", "答"].map { Array($0.utf8) }

    /// What a sign-up list's or a campaign's reply says after its name, glued to it (邱馨天已完成,
    /// 戴沐泽已安装: 已, then its verb).
    private static let statuses = ["已完成", "已安装", "已阅", "已读", "已交", "已提交", "已报名", "已注册", "已收到", "已签", "已缴"]
        .map { Array($0.utf8) }

    /// The name that opens the nearest line before (or after, `forward`) the line holding `i`,
    /// lines of blanks passed over, perhaps opening with an ordinary word (王国胜) when `name`
    /// does not open with the same; nil when that line opens otherwise, or lies beyond reach.
    private func neighbourName(of i: Int, forward: Bool, besides name: Range<Int>, _ context: DetectionContext) -> Range<Int>? {
        guard let words = neighbourLineWords(of: i, forward: forward, context),
              let (neighbour, ordinary) = lineNameCandidate(at: words, context) else { return nil }
        // Lines of labels share their first word (方案一 ↵ 方案二); lines of names only a surname.
        let w = context.window
        return !ordinary || !w[neighbour.prefix(6)].elementsEqual(w[name.prefix(6)]) ? neighbour : nil
    }

    /// Where the words of the nearest line before (or after, `forward`) the line holding `i`
    /// start, lines of blanks passed over (and lines with no Chinese character,
    /// `passingLinesWithoutHan`); nil when that line lies beyond reach.
    private func neighbourLineWords(of i: Int, forward: Bool, _ context: DetectionContext, passingLinesWithoutHan: Bool = false) -> Int? {
        let w = context.window
        let lower = spans.lowerBound(context)
        let end = context.scan.upperBound
        var p = i
        // A subtitle's cue passes a blank line, its number and its times.
        for _ in 0..<(passingLinesWithoutHan ? Self.blankLinesPassed + 1 : Self.blankLinesPassed) {
            let start: Int
            let stop: Int
            if forward {
                guard let feed = ByteScanning.firstIndex(of: 0x0A, in: w, p..<min(end, p + Self.lineReach)) else { return nil }
                start = feed + 1
                stop = ByteScanning.firstIndex(of: 0x0A, in: w, start..<min(end, start + Self.lineReach)) ?? min(end, start + Self.lineReach)
            } else {
                guard let feed = ByteScanning.lastIndex(of: 0x0A, in: w, max(lower, p - Self.lineReach)..<p),
                      let previous = LineHeads.lineStart(before: feed, in: w, lower: lower, reach: Self.lineReach) else { return nil }
                stop = feed
                start = previous
            }
            let words = LineHeads.wordsStart(ofLineAt: start, in: w, end: stop)
            if words < stop, w[words] != 0x0D, !passingLinesWithoutHan || w[words..<stop].contains(where: { $0 >= 0xE0 }) { return words }
            p = forward ? stop : start
        }
        return nil
    }

    /// Bytes between a line's start and a value that a name opening the line speaks for, at
    /// most: the value is in the line's first clause or two (about 30 characters).
    private static let openingReach = 96

    /// Lines of blanks passed over between two lines of a list, at most.
    private static let blankLinesPassed = 3
    /// Bytes a line of a list may take, looked at.
    private static let lineReach = 512

    /// Blanks between the names of a list, at most: lists are aligned with runs of spaces or tabs.
    private static let listBlanks = 16

    /// The end of the blanks (`Blanks`: at most `listBlanks`) that start at `start`.
    private static func blanksEnd(from start: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = start
        for _ in 0..<listBlanks {
            let blank = Blanks.length(at: i, in: w, end: end)
            guard blank > 0 else { break }
            i += blank
        }
        return i
    }

    /// A chat speaker's name starts at `i`: right after a dash (家委会-), or after a time and a
    /// space (09:30 ).
    private static func startsSpeaker(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        if i > lower, w[i - 1] == UInt8(ascii: "-") { return true }
        if i - 3 >= lower, let s = HanText.scalar(w, at: i - 3, end: i), s == 0x2014 || s == 0xFF0D { return true }
        // "9:30 " or "09:30 "
        guard i - 5 >= lower, w[i - 1] == 0x20, isDigit(w[i - 2]), isDigit(w[i - 3]), w[i - 4] == UInt8(ascii: ":"),
              isDigit(w[i - 5]) else { return false }
        return true
    }

    /// 你, "you".
    private static let you: UInt32 = 0x4F60

    /// One of the three lines above the line at `lineStart` opens with a classroom
    /// transcript's role and its colon (师：, 生：, 生2：, 学生：, T:, S1:): the lines of a
    /// lesson's record, whose speakers opening lines are the pupils.
    private static func inTranscript(lineAt lineStart: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var end = lineStart
        for _ in 0..<3 {
            // A line longer than `transcriptLineReach` ends the look: its start is not searched for.
            guard end > lower, w[end - 1] == 0x0A,
                  let start = LineHeads.lineStart(before: end - 1, in: w, lower: lower, reach: Self.transcriptLineReach) else { return false }
            if opensWithTranscriptRole(start..<(end - 1), w) { return true }
            end = start
        }
        return false
    }

    private static func opensWithTranscriptRole(_ line: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = line.lowerBound
        if let s = HanText.scalar(w, at: i, end: line.upperBound), s == 0x5E08 || s == 0x751F {  // 师, 生
            i += 3
        } else if HanText.has(student, in: w, at: i, end: line.upperBound) || HanText.has(teacher, in: w, at: i, end: line.upperBound) {
            i += 6
        } else if i < line.upperBound, w[i] == UInt8(ascii: "T") || w[i] == UInt8(ascii: "S") {
            i += 1
            if i < line.upperBound, w[i] == UInt8(ascii: "s") { i += 1 }
        } else {
            return false
        }
        while i < line.upperBound, isDigit(w[i]) { i += 1 }
        return i < line.upperBound && (w[i] == UInt8(ascii: ":") || HanText.isColon(w, at: i, end: line.upperBound))
    }

    /// Bytes of a line above a speaker looked through for its start, at most.
    private static let transcriptLineReach = 1024
    private static let student = Array("学生".utf8)
    private static let teacher = Array("老师".utf8)

    /// List numbers matter in running text only: a table has its own rows.
    override var wantsNumbersInTables: Bool { false }

    /// Line shapes of chat exports: a numbered list of names, one a line, as a class chat's
    /// sign-up list (接龙) is written (`8. 胡鑫` with nothing else on the line, or a word that
    /// follows names after a blank: `3. 白若汐 已阅`, `6. 钟雨泽 收到`); and a message's
    /// header, its sender alone before the date (`康新民  2024-11-18 08:06:05`) or after the time
    /// (`2024-11-18 08:06:05 康新民`, QQ's `2024-11-18 8:06:05 康新民(10001)`).
    override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
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
    private static func answerBelowLabelLine(labelAt at: Int, lineEnd: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
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
    private static func lineBelowPrizeTitle(cueAt at: Int, cueEnd: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
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
    private static func lineBreakBetween(_ from: Int, _ to: Int, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        from < to && ByteScanning.firstIndex(of: 0x0A, in: w, from..<to) != nil
    }

    /// Bytes of a prize's count in brackets at most (（10名）, （共3人）).
    private static let prizeCountLength = 18

    /// The names opening lines from `start` on, each alone or before blanks, a bracket or a
    /// comma and what qualifies it, until a line opens with none (the next prize's title).
    /// `labelled`: under a label's colon, as `NameSpans.name(after:)` takes it.
    private func namesOpeningLines(from start: Int, _ context: DetectionContext, labelled: Bool, into matches: MatchList) {
        let w = context.window
        let end = context.scan.upperBound
        var i = start
        while i < end, let name = spans.name(after: i, context, labelled: labelled),
              i == start || !lexicon.opensWithOrdinaryWord(w, name),
              Self.endsLine(at: name.upperBound, w, end: end) || Blanks.length(at: name.upperBound, in: w, end: end) > 0
                || LineHeads.openingBracketLength(at: name.upperBound, in: w, end: end) != nil
                || HanText.scalar(w, at: name.upperBound, end: end) == 0xFF0C {   // ，
            matches.append(Match(kind: .name, confidence: .medium, range: name))
            // The names after it on its line, a grid's (张梓涵　李浩然　王一诺): found here, as the
            // lines below are, before the scan passes them.
            appendBlankSeparatedNames(after: name.upperBound, context, into: matches)
            guard let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: w, name.upperBound..<end) else { return }
            i = Self.blankLinesEnd(from: lineEnd, w, end: end)
        }
    }

    /// Only blanks, or a speaker's colon, stand between the line's start and `i`.
    private static func startsLine(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
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
    private static func endsLine(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var j = i
        while j < end, w[j] == 0x20 || w[j] == 0x09 || w[j] == 0x0D { j += 1 }
        return j == end || w[j] == 0x0A
    }

    /// A name right after a name key in a log line or query string (`name=张三`, `"xm":"张三"`),
    /// as after a label (姓名：张三), or romanised after a form's English label (`Name: Li Xinyi`).
    override func detect(keyed at: Int, key: ContextHints, _ context: DetectionContext, into matches: MatchList) {
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
    private func nameBeforeLabel(endingAt end: Int, of kind: Kind, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        guard HanText.isColon(w, at: end, end: context.scan.upperBound) else { return nil }
        let label = HanRun(w, endingAt: end, lower: spans.lowerBound(context), limit: 7)
        let start = end - 3 * label.count
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
    private func nameOpeningLine(of value: Range<Int>, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        guard let lineStart = LineHeads.lineStart(before: value.lowerBound, in: w, lower: spans.lowerBound(context),
                                                  reach: Self.openingReach) else { return nil }
        if let item = Self.itemStart(after: lineStart, before: value.lowerBound, w),
           let name = nameOpening(at: item, before: value.lowerBound, context) { return name }
        return nameOpening(at: LineHeads.wordsStart(ofLineAt: lineStart, in: w, end: value.lowerBound), before: value.lowerBound, context)
    }

    /// A plain name at `words`, before a comma, a colon, a dash or blanks ahead of `end`.
    private func nameOpening(at words: Int, before end: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        guard HanText.han(w, at: words, end: end) != nil, let name = spans.name(after: words, context),
              name.upperBound < end, isPlainName(name, w) else { return nil }
        let after = LineHeads.skipEmphasis(from: name.upperBound, in: w, end: end)
        let mark = HanText.scalar(w, at: after, end: end)
        // ， ： － —, or an ASCII dash.
        let opens = mark == 0xFF0C || mark == 0xFF1A || mark == 0xFF0D || mark == 0x2014 || w[after] == UInt8(ascii: "-")
        return opens || Blanks.length(at: after, in: w, end: end) > 0 ? name : nil
    }

    /// A plain name opening its line or item right before the comma at `comma`, that line or
    /// item opening two to four characters before it.
    @inline(never)
    private func itemOpeningName(beforeComma comma: Int, _ context: DetectionContext) -> Range<Int>? {
        let w = context.window
        let lower = spans.lowerBound(context)
        guard (2...4).contains(where: { Self.opensItem(at: comma - 3 * $0, w, lower: lower) }),
              let name = spans.name(before: comma, context, beforeTitle: false, delimitedOnly: true),
              isPlainName(name, w), Self.opensItem(at: name.lowerBound, w, lower: lower) else { return nil }
        return name
    }

    /// Text at `i` opens its line or an item: the text's start, a line feed, a blank or the end
    /// of a sentence or a clause of a list (；：。！？) before it.
    private static func opensItem(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard i > lower else { return true }
        if w[i - 1] == 0x0A || Blanks.run(endingAt: i, w, lower: lower) > 0 { return true }
        guard let s = HanText.scalar(w, at: i - 3, end: i) else { return false }
        return s == 0xFF1B || s == 0xFF1A || s == 0x3002 || s == 0xFF01 || s == 0xFF1F
    }

    /// Where the last item before `end` on a line (from `lineStart`) starts: after its last
    /// semicolon (`；`) and the blanks after it; nil when none stands there.
    private static func itemStart(after lineStart: Int, before end: Int, _ w: UnsafeBufferPointer<UInt8>) -> Int? {
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
    private func nameAloneAbove(_ value: Range<Int>, _ context: DetectionContext) -> Range<Int>? {
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
    private static func wordsOfLineAbove(_ lineStart: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int>? {
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
    private func name(beforeLabelAt start: Int, _ context: DetectionContext) -> Range<Int>? {
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

    override func detect(beside value: Match, _ context: DetectionContext, into matches: MatchList) {
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
    private func romanisedNameBeforeClass(_ token: NumberToken, _ context: DetectionContext) -> Range<Int>? {
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
    private func textName(_ found: Range<Int>, confidence: Confidence, _ context: DetectionContext, mayBeOffices: Bool) -> Match {
        Match(kind: .name, confidence: confidence, range: found,
              organisational: mayBeOffices && organisation.isOfficeContact(name: found, context))
    }
}
