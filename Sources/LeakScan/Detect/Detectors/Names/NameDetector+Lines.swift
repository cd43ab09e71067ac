extension NameDetector {
    /// Names that open lines one after another, each alone on its line or before what qualifies
    /// it (a school in brackets, a class after blanks): a list of winners or of a class, one a
    /// line (一等奖 ↵ 张梓涵（实验小学）↵ 李浩然 文化路小学 ↵ 王一诺). Three such lines in a row, two
    /// of their names of three characters, vouch for each other, as names written apart do; blank
    /// lines between them are passed over, any other line ends the list (a prize's title).
    func namesOpening(lineAt at: Int, _ context: DetectionContext, into matches: MatchList) {
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
            || Self.precedesScore(name.upperBound, context.window, end: context.scan.upperBound)
            || opensSentence(name, context.window, end: context.scan.upperBound) {
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
    static func lineBreak(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var i = i
        while case let blank = Blanks.length(at: i, in: w, end: end), blank > 0 { i += blank }
        return i < end && (w[i] == 0x0A || w[i] == 0x0D) ? i : nil
    }

    /// Past the line breaks and blanks from `i`: where the next line with words opens its words.
    static func blankLinesEnd(from i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
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
    static func isNamePartSeparator(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    /// A file's name written out, not the file's own (a table's 文档名称 | 王梓涵_期末成绩报告单.docx
    /// and a log's `document="刘浩然 家长会发言稿.docx"`, a print server's; a listing of a class's
    /// recordings, 杨雅琪_英语口语.mp4 one a line): its person's name, found as in the file's own
    /// name (`ownName`, `nameAfterTitle`), at the start of any of its words. `dot`: its
    /// extension's (`extensionDot`), nil when it has none.
    func nameInFileName(_ text: Range<Int>, dot: Int?, _ context: DetectionContext) -> Range<Int>? {
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
    static func englishLabelEnd(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
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
    func nameInListedFile(at start: Int, _ context: DetectionContext, listed: Bool = false) -> Range<Int>? {
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
        guard HanText.han(w, at: start, end: context.scan.upperBound) != nil else { return nil }
        if let name = spans.name(after: start, context), let line = lineNameEnds(name, start: start, context) {
            return (line, lexicon.opensWithOrdinaryWord(w, name))
        }
        guard let name = spans.name(after: start, context, needsWordAfter: true), opensSentence(name, w, end: context.scan.upperBound) else { return nil }
        return (name, lexicon.opensWithOrdinaryWord(w, name))
    }

    @inline(__always)
    static func blankAndDigit(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
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
    static func precedesTime(_ end: Int, _ w: UnsafeBufferPointer<UInt8>, end limit: Int) -> Bool {
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

    /// A full name of a common surname and two characters opens the line's (or the cell's)
    /// sentence, a word of two characters or more that follows names right after it (a teacher's
    /// observation log's `王雨桐最近总是一个人…`; not 张梓涵获一等奖, a line of a list).
    func opensSentence(_ name: Range<Int>, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard name.count == 9, let surname = HanText.scalar(w, at: name.lowerBound, end: end), lexicon.isCommonSurname(surname) else { return false }
        return lexicon.cues.longFollowWordStarts(at: name.upperBound, in: w, end: end)
            && !Self.speechVerbs.contains { HanText.has($0, in: w, at: name.upperBound, end: end) }
    }

    /// What a news report has an official do at a meeting (`陈志刚强调，…`): an official named in
    /// their public role, whom a paragraph so opened speaks of, not a pupil of a teacher's notes.
    private static let speechVerbs = ["强调", "指出", "表示", "要求", "讲话", "宣布", "总结", "部署", "介绍", "汇报", "宣读", "点评", "提出", "认为"]
        .map { Array($0.utf8) }

    /// A file listing's line (`ls -l`: `… 11月  8 20:41 八2班_杨雅琪_英语口语.mp4`; `dir`: `2024/11/08
    /// 20:41  190,000,000 八2班_…`): the file's name after its time and perhaps its size, read
    /// as a listed file's (`nameInListedFile`).
    func fileNameAfterTime(endingAt timeEnd: Int, _ context: DetectionContext) -> Range<Int>? {
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
    static func decidesApprovalStep(at verb: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
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
    static let openingReach = 96

    /// Lines of blanks passed over between two lines of a list, at most.
    private static let blankLinesPassed = 3
    /// Bytes a line of a list may take, looked at.
    static let lineReach = 512

    /// Blanks between the names of a list, at most: lists are aligned with runs of spaces or tabs.
    static let listBlanks = 16

    /// The end of the blanks (`Blanks`: at most `listBlanks`) that start at `start`.
    static func blanksEnd(from start: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
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
    static func startsSpeaker(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        if i > lower, w[i - 1] == UInt8(ascii: "-") { return true }
        if i - 3 >= lower, let s = HanText.scalar(w, at: i - 3, end: i), s == 0x2014 || s == 0xFF0D { return true }
        // "9:30 " or "09:30 "
        guard i - 5 >= lower, w[i - 1] == 0x20, isDigit(w[i - 2]), isDigit(w[i - 3]), w[i - 4] == UInt8(ascii: ":"),
              isDigit(w[i - 5]) else { return false }
        return true
    }

    /// 你, "you".
    static let you: UInt32 = 0x4F60

    /// One of the three lines above the line at `lineStart` opens with a classroom
    /// transcript's role and its colon (师：, 生：, 生2：, 学生：, T:, S1:): the lines of a
    /// lesson's record, whose speakers opening lines are the pupils.
    static func inTranscript(lineAt lineStart: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
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
    static let student = Array("学生".utf8)
    static let teacher = Array("老师".utf8)
}
