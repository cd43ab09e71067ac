/// Birth dates, only where the context says so: a column header such as 出生日期, or a birth
/// keyword (出生, 生日, birth, DOB) shortly before the date on the same line, or 出生 or 生 right
/// after it (2012年3月5日生), or a sex standing alone right before it among a person's
/// particulars (张伟，男，2012年3月5日; 陈思远 女 2012.03.05; a table's cells 张伟 | 男 | 2012-03-05
/// when it has no header). A date alone is not personal data. Forms: `20080312`,
/// `2008-03-12`, `2008-3-12`, `2008/3/12`, `2008.03.12`, `2008年3月12日`, and with the year last
/// as an English-language Excel writes it (`3/12/2008`, `12.03.2008`, `12-3-2008`: month or day
/// first, either reading will do). The month of birth
/// alone (`2008.03`, `2008-03`, `2008/3`, `200803`, `2008年3月`: what a 出生年月 column holds on
/// most Chinese forms) counts too. The date must be a plausible birth date (1900 to today). In a
/// spreadsheet a date is often a number cell holding Excel's serial day number (39519 is
/// 2008-03-12), and in a data file a Unix timestamp (`1205251200000`: Java's Jackson and
/// JavaScript write a `Date` so in JSON): under a birth-date header, such a number is a birth date.
public final class BirthDateDetector: Detector, @unchecked Sendable {
    private let keywords: HeaderKeywords

    /// How far before a date a birth keyword counts, in bytes (`出生日期：` is 15).
    private static let keywordDistance = 24

    public init(keywords: HeaderKeywords = .shared) {
        self.keywords = keywords
        super.init(trigger: [.number, .cell], minimumDigits: 4)
    }

    /// A cell under a birth-date header: the date written in Chinese numerals, as certificates
    /// and hand-filled forms write it (二〇〇七年十一月五日, 二〇〇八年三月), or with an English
    /// month's name, as bilingual schools' forms do (Mar 15, 2011; 15 March 2011).
    public override func wantsCells(under hints: ContextHints) -> Bool { hints.contains(.birthDate) }

    public override func detect(cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        if let end = chineseNumeralDate(w, cell), end == cell.upperBound {
            matches.append(Match(kind: .birthDate, confidence: .high, range: cell))
        } else if let date = EnglishDates.date(w, cell), isBirth(date.year, date.month, date.day) {
            matches.append(Match(kind: .birthDate, confidence: .high, range: cell))
        } else if cell.count >= 4, isDigit(w[cell.lowerBound]), isDigit(w[cell.lowerBound + 1]),
                  writtenDate(w, after: cell.lowerBound..<cell.lowerBound + 2) == cell.upperBound {
            // A year of two digits (78.05, 78年5月), as 1990s ledgers were typed in.
            matches.append(Match(kind: .birthDate, confidence: .high, range: cell))
        }
    }

    /// End of a plausible birth date in Chinese numerals at the start of `range`: four digits of
    /// the year (〇 or 零 for 0; or ASCII digits before a lunar date), 年, a month (一 … 十二), 月,
    /// and perhaps a day (一 … 三十一) and 日; or a lunar date, as rural registers kept birthdays
    /// (一九八二年腊月初八, 1983年农历三月十五: 农历, 正月, 冬月, 腊月, 初八, 廿二), read as its
    /// month and day for plausibility.
    private func chineseNumeralDate(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let end = range.upperBound
        var i = range.lowerBound
        var year = 0
        let digitYear = isDigit(w[i])
        for _ in 0..<4 {
            if digitYear {
                guard i < end, isDigit(w[i]) else { return nil }
                year = year * 10 + Int(w[i] - 0x30)
                i += 1
            } else {
                guard let s = HanText.scalar(w, at: i, end: end), let d = Self.digitValue[s] else { return nil }
                year = year * 10 + d
                i += 3
            }
        }
        guard isChar(w, i, Self.nian) else { return nil }
        i += 3
        var lunar = HanText.has(Self.nongli, in: w, at: i, end: end)
        if lunar { i += Self.nongli.count }
        let month: Int
        if let s = HanText.scalar(w, at: i, end: end), let named = Self.lunarMonths[s], isChar(w, i + 3, Self.yue) {
            month = named
            lunar = true
            i += 3
        } else {
            guard let m = Self.number(w, &i, end: end), isChar(w, i, Self.yue) else { return nil }
            month = m
        }
        // Digits in the year and no lunar word is a date the number detector reads.
        guard lunar || !digitYear else { return nil }
        i += 3
        let day: Int?
        if let s = HanText.scalar(w, at: i, end: end), let base = Self.lunarDayOpenings[s] {
            var p = i + 3
            let n = Self.number(w, &p, end: end)
            // 初 takes one to ten, 廿 one to nine; 廿 alone is the twentieth.
            if let n, n <= (base == 0 ? 10 : 9) {
                day = base + n
                i = p
            } else if n == nil, base == 20 {
                day = 20
                i += 3
            } else {
                return nil
            }
        } else {
            day = Self.number(w, &i, end: end)
        }
        guard let day else { return isBirth(year, month, nil) ? i : nil }
        guard isBirth(year, month, day) else { return nil }
        if isChar(w, i, Self.ri) { i += 3 }
        return i
    }

    private static let nongli = Array("农历".utf8)
    /// 正月, 冬月 and 腊月, the lunar year's first, eleventh and twelfth months.
    private static let lunarMonths: [UInt32: Int] = [0x6B63: 1, 0x51AC: 11, 0x814A: 12]
    /// 初 (初一 … 初十) and 廿 (廿一 … 廿九), the openings of lunar days, and what they add.
    private static let lunarDayOpenings: [UInt32: Int] = [0x521D: 0, 0x5EFF: 20]

    /// A number from 1 to 39 in Chinese numerals (五, 十, 十一, 二十, 三十一) at `i`; `i` moves past it.
    private static func number(_ w: UnsafeBufferPointer<UInt8>, _ i: inout Int, end: Int) -> Int? {
        func value(at p: Int) -> Int? { HanText.scalar(w, at: p, end: end).flatMap { digitValue[$0] } }
        let ten: UInt32 = 0x5341  // 十
        var p = i
        var n: Int
        if HanText.scalar(w, at: p, end: end) == ten {
            n = 10
            p += 3
        } else if let d = value(at: p), d > 0 {
            p += 3
            guard HanText.scalar(w, at: p, end: end) == ten else { i = p; return d }
            guard d <= 3 else { return nil }
            n = d * 10
            p += 3
        } else {
            return nil
        }
        if let d = value(at: p), d > 0 {
            n += d
            p += 3
        }
        i = p
        return n
    }

    /// 〇 (or 零) to 九.
    private static let digitValue: [UInt32: Int] = Dictionary(uniqueKeysWithValues: zip(
        "〇一二三四五六七八九".unicodeScalars.map(\.value), 0...9)).merging([0x96F6: 0]) { a, _ in a }

    public override var cellOpeningNumberCue: ContextHints? { [.birthDate, .followsSex] }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        if context.isNumericCell, context.columnHints.contains(.birthDate), let end = numberCellDate(token) {
            matches.append(Match(kind: .birthDate, confidence: .high, range: 0..<end))
            return
        }
        let underBirthHeader = context.columnHints.contains(.birthDate)
        if underBirthHeader, token.groups.count == 1, token.groups[0].count == 5, let serial = serialFillingTextCell(token, context) {
            matches.append(Match(kind: .birthDate, confidence: .high, range: serial))
            return
        }
        let lower = context.isTableCell ? context.scan.lowerBound : 0
        if englishDateOfBirth(token, context, lower: lower, underBirthHeader: underBirthHeader, into: matches) { return }
        let afterSexCell = context.columnHints.contains(.followsSex)
        // In a table only the value's own cell can name it, and a keyword is words, never the
        // token's digits and separators: a token that opens its cell under another header (a
        // student number, an enrolment date) needs no look at all.
        guard underBirthHeader || afterSexCell || !context.isTableCell || token.start > context.scan.lowerBound else { return }
        token.forEachValue(into: matches) { i in
            // Nothing before the value can name it (a cell's first value under another header)
            // and its year opens no written date that a birth word may follow (2012年3月5日生):
            // no need to read the date.
            guard underBirthHeader || afterSexCell
                    || context.keywordDistance(before: token.groups[i].lowerBound, atMost: Self.keywordDistance) > 0
                    || opensWrittenDate(token, i),
                  let date = date(token, at: i, lower: lower, twoDigitYear: underBirthHeader),
                  // A range of dates, or a bound, is a cohort's (2019年9月1日至2020年8月31日出生的适龄儿童,
                  // 2010年9月1日以后出生), no one's birth.
                  !Self.isInRange(token.window, date.start..<date.end, lower: lower, end: context.scan.upperBound),
                  !Self.boundWordFollows(token.window, at: date.end, end: context.scan.upperBound),
                  !Self.cohortFollows(token.window, at: date.end, end: context.scan.upperBound),
                  underBirthHeader || !Self.followsPublicFigure(token.window, date.start, lower: lower),
                  !SampleValues.followsExampleWord(token.window, date.start, lower: lower) else { return nil }
            if !underBirthHeader, Self.birthWordFollows(token.window, at: date.end, end: context.scan.upperBound) {
                // 孩子2018年8月31日出生，今年能报名吗？: an age asked about, unless the child is named
                // before it (我家孩子吴诗涵，2018年02月11日出生的，…能报吗？).
                guard context.isTableCell || !Self.asksQuestion(token.window, after: date.end, end: context.scan.upperBound)
                        || Self.followsFullName(token.window, date.start, lower: lower) else { return nil }
            } else if !underBirthHeader, !Self.opensLivingPersonsSpan(token.window, date.start..<date.end, lower: lower, end: context.scan.upperBound),
                      !((afterSexCell || Particulars.followSex(date.start, token.window, lower: lower)) && !Self.isRecent(token.window, date.start)
                        && !Self.eventWordFollows(token.window, at: date.end, end: context.scan.upperBound)) {
                let distance = context.keywordDistance(before: date.start, atMost: Self.keywordDistance)
                guard distance > 0, let cue = keywords.nearestHint(before: date.start, in: token.window, distance: distance, among: .birthDate),
                      !Self.endsClause(token.window, cue.at..<date.start), !Self.holdsChineseBound(token.window, cue.at..<date.start),
                      context.isTableCell || !Self.isExamQuestion(token.window, cue.at..<date.start, lineFrom: date.end, end: context.scan.upperBound)
                else { return nil }
            }
            guard context.isTableCell || !SampleValues.followsPlaceholderPerson(token.window, date.start, lower: lower)
                    && !Self.followsMaskedName(token.window, date.start, lower: lower) else { return nil }
            return (Match(kind: .birthDate, confidence: .high, range: date.start..<date.end), date.next)
        }
    }

    /// The date opens a span of life in brackets that has no end yet, a sex after it (作者简介：
    /// 谢杰（1969.06—），女，河南中牟人: a journal's note on a living author): their birth.
    private static func opensLivingPersonsSpan(_ w: UnsafeBufferPointer<UInt8>, _ date: Range<Int>, lower: Int, end: Int) -> Bool {
        guard LineHeads.openingBracketLength(endingAt: date.lowerBound, in: w, lower: lower) != nil else { return false }
        var i = date.upperBound
        if i < end, w[i] == UInt8(ascii: "-") { i += 1 } else if HanText.scalar(w, at: i, end: end) == 0x2014 { i += 3 } else { return false }
        if HanText.scalar(w, at: i, end: end) == 0x2014 { i += 3 }
        i = Blanks.end(from: i, in: w, end: end)
        guard let close = LineHeads.closingBracketLength(at: i, in: w, end: end) else { return false }
        return Particulars.sexFollows(i + close, w, end: end)
    }

    /// The particulars before the date are a masked party's (`原告：王某某，女，2013年5月出生`, a
    /// published judgment's): 某 stands among the few characters before the sex, and the text is
    /// anonymised already.
    private static func followsMaskedName(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        var i = start - 3
        while i >= max(lower, start - maskedNameReach) {
            if HanText.scalar(w, at: i, end: start) == 0x67D0 { return true }  // 某
            i -= 1
        }
        return false
    }

    /// Bytes before a date looked through for a masked name.
    private static let maskedNameReach = 30

    /// A clause ends in `w[range]`, between a birth keyword and a date: the keyword spoke of
    /// something else (雷锋…出生于湖南望城，1960年1月应征入伍: the place of birth, then enlistment).
    private static func endsClause(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 3 <= range.upperBound {
            if let s = HanText.scalar(w, at: i, end: range.upperBound), s == 0xFF0C || s == 0x3002 || s == 0xFF1B { return true }  // ，。；
            i += 1
        }
        return false
    }

    /// A bound's word stands between a birth keyword and a date (年龄按出生年月计算至2024年12月31日,
    /// 出生日期截至…): the date is a reckoning's cut-off, no one's birth.
    private static func holdsChineseBound(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 3 <= range.upperBound {
            // Their lead bytes first: most characters between are the keyword's.
            let b = w[i]
            if b == 0xE8 || b == 0xE5 || b == 0xE6, let s = HanText.scalar(w, at: i, end: range.upperBound),
               s == 0x81F3 || s == 0x5230 || s == 0x622A { return true }  // 至 到 截
            i += 1
        }
        return false
    }

    /// A well-known figure's name stands right before the date, a comma or an opening bracket
    /// between, perhaps a sex too (张桂梅，1957年6月出生; 屠呦呦，女，1930年12月30日生; 鲁迅（1881年9月25日—…）):
    /// a public person's birth, as a lecture or a textbook gives it, no one's to protect.
    private static func followsPublicFigure(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        let i = start - Blanks.run(endingAt: start, w, lower: lower)
        guard i - 3 >= lower, let s = HanText.scalar(w, at: i - 3, end: i), s == 0xFF0C || s == 0xFF08 else { return false }
        var nameEnd = i - 3
        if Particulars.followSex(i, w, lower: lower) {
            let sexStart = nameEnd - 3
            nameEnd = sexStart - Particulars.separator(endingAt: sexStart, w, lower: lower)
        }
        return NameLexicon.shared.endsWithPublicFigure(HanRun(w, endingAt: nameEnd, lower: lower, limit: 4))
    }

    /// A date with an English month's name ending in the year `token` (`Date of Birth: 20
    /// September 2010`, a visa letter's; `DOB: 15th Mar, 2011`) after a birth keyword, or under a
    /// birth-date header: a birth date, found at its year (the day is too short a number to wake
    /// the detector).
    private func englishDateOfBirth(_ token: NumberToken, _ context: DetectionContext, lower: Int, underBirthHeader: Bool,
                                    into matches: MatchList) -> Bool {
        let w = token.window
        // Both forms end in a blank or a dash before the year.
        guard token.groups.count == 1, token.groups[0].count == 4, token.start > lower,
              w[token.start - 1] == 0x20 || w[token.start - 1] == UInt8(ascii: "-"),
              let start = Self.englishDayMonthStart(before: token.start, w, lower: lower) ?? Self.englishMonthDayStart(before: token.start, w, lower: lower),
              let date = EnglishDates.date(w, start..<token.end), isBirth(date.year, date.month, date.day) else { return false }
        if !underBirthHeader {
            // English prose gives a pre-1950 birth of the famous people of a lesson (`Tu Youyou,
            // born on December 30, 1930`): no pupil's, parent's or serving teacher's.
            let distance = context.keywordDistance(before: start, atMost: Self.keywordDistance)
            guard distance > 0, context.isTableCell || date.year >= Self.earliestEnglishProseBirth,
                  let cue = keywords.nearestHint(before: start, in: w, distance: distance, among: .birthDate),
                  // An admissions page's cohort: `born between 1 September 2018 and 31 August 2019`;
                  // a question's options (`When was Tom born?  A. On May 5th, 2010`, a reading test's).
                  !Self.holdsEnglishBound(w, cue.at..<start), ByteScanning.lastIndex(of: UInt8(ascii: "?"), in: w, cue.at..<start) == nil
            else { return false }
        }
        guard context.isTableCell || !SampleValues.followsPlaceholderPerson(w, start, lower: lower) else { return true }
        matches.append(Match(kind: .birthDate, confidence: .high, range: start..<token.end))
        return true
    }

    /// Where a day and an English month's name start that end right before `yearStart`
    /// (`20 September `, `15th Mar, `, `15-Mar-`); nil when none does.
    private static func englishDayMonthStart(before yearStart: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == UInt8(ascii: "-") }
        var i = yearStart
        guard i > lower, isSeparator(w[i - 1]) else { return nil }
        i -= 1
        if i > lower, w[i - 1] == UInt8(ascii: ",") { i -= 1 }
        let monthEnd = i
        while i > lower, monthEnd - i < 9, isASCIILetter(w[i - 1]) { i -= 1 }
        guard monthEnd - i >= 3, i > lower, isSeparator(w[i - 1]) else { return nil }
        i -= 1
        let ordinalEnd = i
        while i > lower, ordinalEnd - i < 2, isASCIILetter(w[i - 1]) { i -= 1 }
        let dayEnd = i
        while i > lower, dayEnd - i < 2, isDigit(w[i - 1]) { i -= 1 }
        guard dayEnd > i, i == lower || !isAlphanumeric(w[i - 1]) else { return nil }
        return i
    }

    /// A word of a range's or a bound's in `w[range]` (`between`, `after`, `on or before`), between
    /// a birth keyword and a date: a cohort's limit, no one's birth.
    private static func holdsEnglishBound(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            guard isASCIILetter(w[i]) else { i += 1; continue }
            let start = i
            while i < range.upperBound, isASCIILetter(w[i]) { i += 1 }
            if englishBounds.contains(w, start..<i) { return true }
        }
        return false
    }

    private static let englishBounds = FoldedWords(["between", "after", "before", "from", "since", "until", "till", "by"])

    /// The earliest year of a birth date in English running text taken for a living person's.
    private static let earliestEnglishProseBirth = 1950

    /// Where an English month's name and a day start that end right before `yearStart`, as
    /// American forms write them (`March 3, `, `July 21st `); nil when none does.
    private static func englishMonthDayStart(before yearStart: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var i = yearStart
        guard i > lower, w[i - 1] == 0x20 else { return nil }
        i -= 1
        if i > lower, w[i - 1] == UInt8(ascii: ",") { i -= 1 }
        let ordinalEnd = i
        while i > lower, ordinalEnd - i < 2, isASCIILetter(w[i - 1]) { i -= 1 }
        let dayEnd = i
        while i > lower, dayEnd - i < 2, isDigit(w[i - 1]) { i -= 1 }
        guard dayEnd > i, i > lower, w[i - 1] == 0x20 else { return nil }
        i -= 1
        let monthEnd = i
        while i > lower, monthEnd - i < 9, isASCIILetter(w[i - 1]) { i -= 1 }
        guard monthEnd - i >= 3, i == lower || !isAlphanumeric(w[i - 1]) else { return nil }
        return i
    }

    /// The date at `start` opens with this year or the last (男，2026年9月1日报到: a day of school
    /// life, not a pupil's birth): a sex before it does not make it a birth date.
    private static func isRecent(_ w: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start + 4 <= w.count, w[start..<start + 4].allSatisfy(isDigit) else { return false }
        return decimalValue(w, start..<start + 4) >= CalendarDate.today.year - 1
    }

    /// Words after a date that make it the day of an event in a person's life, not their birth
    /// (张伟，男，2019年9月1日入学; 林子涵，女，2021年9月入团).
    private static let eventWords = HanWordList(["入学", "入园", "入团", "入队", "入党", "入伍", "入职", "毕业", "报到", "注册",
                                                 "转入", "转出", "转学", "离校", "参加", "加入", "结婚", "退休"].map { Array($0.utf8) })

    private static func eventWordFollows(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        eventWords.length(at: i, in: w, end: end) > 0
    }

    /// 以后, 以前, 之后, 之前, 前, 后, 起 right after a date: a bound, not a day.
    private static func boundWordFollows(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard let s = HanText.scalar(w, at: i, end: end) else { return false }
        switch s {
        case 0x524D, 0x540E, 0x8D77: return true  // 前, 后, 起
        case 0x4EE5, 0x4E4B: return [0x524D, 0x540E].contains(HanText.scalar(w, at: i + 3, end: end))  // 以/之 + 前/后
        default: return false
        }
    }

    /// 出生的 and a group of people after a date, or what a rule says of them: a cohort's limit
    /// (2019年8月31日出生的儿童如未入学…, 1993年5月出生的不符合条件, …出生的均可报名).
    private static func cohortFollows(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        HanText.has(bornOf, in: w, at: i, end: end) && cohorts.length(at: i + bornOf.count, in: w, end: end) > 0
    }

    private static let bornOf = Array("出生的".utf8)
    private static let cohorts = HanWordList(["儿童", "幼儿", "孩子", "学生", "考生", "新生", "少年", "适龄", "人员", "选手",
                                              "不", "均", "都", "可", "须", "应", "一律", "符合", "方可"].map { Array($0.utf8) })

    /// A full name of a common surname and a given name of two characters stands right before
    /// the date, a comma or blanks between (吴诗涵，2018年02月11日出生的).
    private static func followsFullName(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        let separator = Particulars.separator(endingAt: start, w, lower: lower)
        let end = start - separator
        guard separator > 0, end - 9 >= lower else { return false }
        let run = HanRun(w, from: end - 9, end: end, limit: 3)
        let lexicon = NameLexicon.shared
        return run.count == 3 && lexicon.isCommonSurname(run[0]) && lexicon.isName(run, length: 3, evidence: .context)
    }

    /// The sentence goes on after the date and its 出生 to a question (孩子2018年8月31日出生，今年能报名吗？;
    /// 2018年9月出生能否报名): an admissions FAQ's or an enquiry's example, an age asked about.
    private static func asksQuestion(_ w: UnsafeBufferPointer<UInt8>, after i: Int, end: Int) -> Bool {
        let limit = min(end, i + questionReach)
        var k = i
        while k < limit {
            guard let s = w[k] < 0x80 ? UInt32(w[k]) : HanText.scalar(w, at: k, end: limit) else { k += 1; continue }
            switch s {
            case 0x0A, 0x3002, 0xFF01, 0xFF1B: return false   // a line feed, 。！；
            case 0xFF1F, 0x3F, 0x5417: return true          // ？ ? 吗
            default:
                if questionWords.length(at: k, in: w, end: limit) > 0 { return true }
            }
            k += s < 0x80 ? 1 : 3
        }
        return false
    }

    /// A sentence gives the date after its keyword with no label's colon (小明的生日是2010年3月12日) and
    /// its line goes on to an answer's blank (`（　　）`, `(    )`, `____`): an exam's question, its
    /// person made up.
    private static func isExamQuestion(_ w: UnsafeBufferPointer<UInt8>, _ keywordToDate: Range<Int>, lineFrom i: Int, end: Int) -> Bool {
        // Most keywords are a label's, its colon right before the date.
        let beforeDate = keywordToDate.upperBound - Blanks.run(endingAt: keywordToDate.upperBound, w, lower: keywordToDate.lowerBound)
        guard !(beforeDate > keywordToDate.lowerBound && w[beforeDate - 1] == UInt8(ascii: ":") || beforeDate - 3 >= keywordToDate.lowerBound && HanText.isColon(w, at: beforeDate - 3, end: beforeDate)),
              !keywordToDate.contains(where: { HanText.isColon(w, at: $0, end: keywordToDate.upperBound) }) else { return false }
        let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: w, i..<end) ?? end
        var k = i
        var underscores = 0
        while k < lineEnd {
            if w[k] == UInt8(ascii: "_") {
                underscores += 1
                if underscores == 3 { return true }
                k += 1
                continue
            }
            underscores = 0
            let open = w[k] == UInt8(ascii: "(") ? 1 : HanText.scalar(w, at: k, end: lineEnd) == 0xFF08 ? 3 : 0
            guard open > 0 else { k += 1; continue }
            let blanksEnd = Blanks.end(from: k + open, in: w, end: lineEnd)
            if blanksEnd - (k + open) >= 2, LineHeads.closingBracketLength(at: blanksEnd, in: w, end: lineEnd) != nil { return true }
            k += open
        }
        return false
    }

    /// Bytes of the sentence looked through after a date for its question (30 characters).
    private static let questionReach = 90
    private static let questionWords = HanWordList(["能否", "是否", "可否", "可不可以", "能不能"].map { Array($0.utf8) })

    /// Words and marks that join the two ends of a range: 至, 到, dashes and tildes.
    private static let rangeConnectors = ScalarSet([0x81F3, 0x5230, 0x2014, 0x2013, 0xFF0D, 0x7E, 0xFF5E, 0x2D])

    /// The date at `date` is an end of a range: a connector, perhaps between blanks, stands right
    /// after it before a digit, or right before it after one.
    private static func isInRange(_ w: UnsafeBufferPointer<UInt8>, _ date: Range<Int>, lower: Int, end: Int) -> Bool {
        // A connector is an ASCII byte or a character of three bytes.
        func isConnector(at i: Int, end: Int) -> Bool {
            guard let s = w[i] < 0x80 ? UInt32(w[i]) : HanText.scalar(w, at: i, end: end) else { return false }
            return rangeConnectors.contains(s)
        }
        var i = date.upperBound
        while i < end, w[i] == 0x20 { i += 1 }
        if i < end, isConnector(at: i, end: end) {
            var j = i + (w[i] < 0x80 ? 1 : 3)
            while j < end, w[j] == 0x20 { j += 1 }
            if j < end, isDigit(w[j]) { return true }
        }
        var k = date.lowerBound
        while k > lower, w[k - 1] == 0x20 { k -= 1 }
        let connector = k - 1 >= lower && w[k - 1] < 0x80 ? k - 1 : k - 3
        guard connector >= lower, isConnector(at: connector, end: k) else { return false }
        var m = connector
        while m > lower, w[m - 1] == 0x20 { m -= 1 }
        // After a date's last digit or its 日 or 月.
        return m > lower && (isDigit(w[m - 1]) || (m - 3 >= lower && [0x65E5, 0x6708].contains(HanText.scalar(w, at: m - 3, end: m))))
    }

    /// Group `i` is a year followed by 年 or a date separator.
    private func opensWrittenDate(_ token: NumberToken, _ i: Int) -> Bool {
        let year = token.groups[i]
        guard year.count == 4, let next = token.byteAfter(group: i) else { return false }
        return isDateSeparator(next) || isChar(token.window, year.upperBound, Self.nian)
            || next == 0x20 && isChar(token.window, year.upperBound + 1, Self.nian)
    }

    /// The date is followed by 出生 or by a 生 that ends the phrase (张伟，男，2012年3月5日生，…: how
    /// résumés, registers and official letters give a birth date), not by a word that starts with
    /// 生 (2026年1月1日生效); or its closing bracket by 生日.
    private static func birthWordFollows(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        // A date in brackets after a name, before 生日 (张子涵（2010年11月3日）生日快乐).
        if let close = LineHeads.closingBracketLength(at: i, in: w, end: end), HanText.has(birthday, in: w, at: i + close, end: end) {
            return true
        }
        if HanText.scalar(w, at: i, end: end) == 0x51FA { return HanText.scalar(w, at: i + 3, end: end) == 0x751F }  // 出生
        guard HanText.scalar(w, at: i, end: end) == 0x751F else { return false }  // 生
        return HanText.han(w, at: i + 3, end: end) == nil
    }

    private static let birthday = Array("生日".utf8)

    /// A text cell (under a birth-date header, a token of one group of five digits) holding
    /// nothing but Excel's serial day of a birth date (`44392`: a sheet's date column left as
    /// General, then saved as CSV).
    private func serialFillingTextCell(_ token: NumberToken, _ context: DetectionContext) -> Range<Int>? {
        guard !context.isNumericCell, context.isTableCell, token.groups[0] == trimmedBlanks(token.window, context.scan),
              let date = CalendarDate.fromExcelSerial(decimalValue(token.window, token.groups[0])),
              isBirth(date.year, date.month, date.day) else { return nil }
        return token.groups[0]
    }

    /// End of a number cell that holds a plausible birth date as a number: Excel's serial day
    /// (`39519`, or `39519.5` with a time of day), or a Unix timestamp in seconds or milliseconds
    /// (`1205251200000`; negative before 1970), read on China's clock (UTC+8), where a birth
    /// date's midnight falls.
    private func numberCellDate(_ token: NumberToken) -> Int? {
        guard token.groups.count == 1 else { return nil }
        let w = token.window
        let digits = token.groups[0]
        let negative = digits.lowerBound == 1 && w[0] == UInt8(ascii: "-")
        guard digits.lowerBound == 0 || negative else { return nil }
        let n = decimalValue(w, digits)
        let date: (year: Int, month: Int, day: Int)?
        switch digits.count {
        case 5 where !negative:
            // Four digits or fewer are a day before 1927-05-18: a year (1988 under 出生年份), not
            // the birth of anyone a school keeps records of.
            date = CalendarDate.fromExcelSerial(n)
        case 9...13:
            // Eleven digits are milliseconds (1970-04 to 1973-03; -1966 to 1969 when negative):
            // in seconds they would be centuries away.
            let seconds = (negative ? -n : n) / (digits.count >= 11 ? 1000 : 1) + 8 * 3600
            // Whole days, rounded down before 1970 too.
            date = CalendarDate.civil(daysSince1970: seconds >= 0 ? seconds / 86_400 : (seconds + 1) / 86_400 - 1)
        default:
            return nil
        }
        guard let date, isBirth(date.year, date.month, date.day) else { return nil }
        var end = digits.upperBound
        if end < w.count, w[end] == UInt8(ascii: ".") {
            end += 1
            while end < w.count, isDigit(w[end]) { end += 1 }
        }
        return end == w.count ? end : nil
    }

    /// The valid date whose year is group `i`: its window range and the index of the group after
    /// it. A date written with the year last starts no earlier than `lower` (its cell's start).
    /// With `twoDigitYear` (under a birth-date header), also `08-03-12` (`dashedTwoDigitYear`).
    private func date(_ token: NumberToken, at i: Int, lower: Int, twoDigitYear: Bool) -> (start: Int, end: Int, next: Int)? {
        let groups = token.groups
        let w = token.window
        let year = groups[i]
        if twoDigitYear, i == 0, groups.count == 3, isDashedTwoDigitYear(token) {
            return (year.lowerBound, groups[2].upperBound, 3)
        }
        if year.count == 8 || year.count == 6 {
            let s = year.lowerBound
            let day = year.count == 8 ? decimalValue(w, s + 6..<s + 8) : nil
            guard isBirth(decimalValue(w, s..<s + 4), decimalValue(w, s + 4..<s + 6), day)
                    || twoDigitYear && year.count == 6 && groups.count == 1 && isLastCenturysShortDate(w, year)
            else { return nil }
            return (year.lowerBound, year.upperBound, i + 1)
        }
        // 10/21/08 under a birth-date header: what mdb-export writes of an Access date (%m/%d/%y).
        if twoDigitYear, year.count == 2, Self.opensWithShortParts(w, before: year, lower: lower),
           let start = dayAndMonth(w, before: year, lower: lower) {
            return (start, year.upperBound, i + 1)
        }
        guard year.count == 4 else { return nil }
        if let start = dayAndMonth(w, before: year, lower: lower) { return (start, year.upperBound, i + 1) }
        // 2008-03-12 or 2008-03: the engine joined the groups.
        if i + 1 < groups.endIndex, w[groups[i + 1].lowerBound - 1] == UInt8(ascii: "-"),
           (1...2).contains(groups[i + 1].count) {
            let month = groups[i + 1]
            if i + 2 < groups.endIndex, w[groups[i + 2].lowerBound - 1] == UInt8(ascii: "-") {
                let day = groups[i + 2]
                guard (1...2).contains(day.count), isBirth(decimalValue(w, year), decimalValue(w, month), decimalValue(w, day)) else { return nil }
                return (year.lowerBound, day.upperBound, i + 3)
            }
            guard isBirth(decimalValue(w, year), decimalValue(w, month), nil) else { return nil }
            return (year.lowerBound, month.upperBound, i + 2)
        }
        // 2008/3/12, 2008.03.12, 2008年3月12日: separators the engine does not join on.
        guard i + 1 == groups.endIndex, let end = writtenDate(w, after: year) else { return nil }
        return (year.lowerBound, end, i + 1)
    }

    /// Six digits under a birth-date header that are YYMMDD, as DOS-era systems stored a last
    /// century's date (780512; 200813 stays a month with no 13th; 410105 under 出生地 is a
    /// county's code). Out of line: `date` is asked of every year.
    @inline(never)
    private func isLastCenturysShortDate(_ w: UnsafeBufferPointer<UInt8>, _ digits: Range<Int>) -> Bool {
        let s = digits.lowerBound
        let year = Self.fullYear(decimalValue(w, s..<s + 2), digits: 2)
        return year < 2000 && isBirth(year, decimalValue(w, s + 2..<s + 4), decimalValue(w, s + 4..<s + 6))
            && !RegionCodes.shared.isKnown(code: decimalValue(w, digits))
    }

    /// `M/D/` of one or two digits each stands right before `year` (10/21/08), no other digit
    /// before it.
    private static func opensWithShortParts(_ w: UnsafeBufferPointer<UInt8>, before year: Range<Int>, lower: Int) -> Bool {
        var p = year.lowerBound
        for _ in 0..<2 {
            guard p > lower, w[p - 1] == UInt8(ascii: "/") else { return false }
            p -= 1
            var digits = 0
            while p > lower, isDigit(w[p - 1]) { p -= 1; digits += 1 }
            guard (1...2).contains(digits) else { return false }
        }
        return true
    }

    /// The token is a date of three dash-joined groups of one or two digits with a two-digit year
    /// first or last (`08-03-12`, `12-3-08`: the short formats of Excel's date cells, written
    /// out so into a CSV), valid in one of its readings: YY-MM-DD, DD-MM-YY or MM-DD-YY. The
    /// year is of this century unless that is still to come.
    private func isDashedTwoDigitYear(_ token: NumberToken) -> Bool {
        let w = token.window
        let groups = token.groups
        guard groups.allSatisfy({ (1...2).contains($0.count) }), w[groups[1].lowerBound - 1] == UInt8(ascii: "-"),
              w[groups[2].lowerBound - 1] == UInt8(ascii: "-") else { return false }
        let (a, b, c) = (decimalValue(w, groups[0]), decimalValue(w, groups[1]), decimalValue(w, groups[2]))
        func fullYear(_ yy: Int) -> Int { Self.fullYear(yy, digits: 2) }
        return (groups[0].count == 2 && isBirth(fullYear(a), b, c))
            || (groups[2].count == 2 && (isBirth(fullYear(c), b, a) || isBirth(fullYear(c), a, b)))
    }

    /// A year of two digits as one of this century unless that is still to come; four as written.
    private static func fullYear(_ y: Int, digits: Int) -> Int {
        guard digits == 2 else { return y }
        return 2000 + y > CalendarDate.today.year ? 1900 + y : 2000 + y
    }

    /// Start of `M/D/` or `D/M/` (or with `.` or `-`) right before the year digits `year`, when
    /// either reading is a valid date: English-language Excel writes dates with the year last.
    private func dayAndMonth(_ w: UnsafeBufferPointer<UInt8>, before year: Range<Int>, lower: Int) -> Int? {
        var p = year.lowerBound - 1
        guard p > lower, isDateSeparator(w[p]) else { return nil }
        let separator = w[p]
        guard let second = digitsBefore(w, &p, lower: lower), p > lower, w[p - 1] == separator else { return nil }
        p -= 1
        guard let first = digitsBefore(w, &p, lower: lower) else { return nil }
        // A longer chain (1.2.3.2008) is a version or a list, not a date.
        if p > lower, w[p - 1] == separator { return nil }
        let y = Self.fullYear(decimalValue(w, year), digits: year.count)
        return isBirth(y, first, second) || isBirth(y, second, first) ? p : nil
    }

    /// End offset of `/M/D`, `.M.D` or `年M月D[日]` after the year digits `year`, for a valid date;
    /// or of the month alone (`/M`, `.M`, `年M月`) when nothing after it goes on the date.
    private func writtenDate(_ w: UnsafeBufferPointer<UInt8>, after year: Range<Int>) -> Int? {
        var p = year.upperBound
        // Pangu spacing and OCR set digits apart from 年, 月 and 日 (2018 年 03 月 12 日): a blank
        // passed when what it stands before follows.
        let spaced = isBlank(w, p) && isChar(w, p + 1, Self.nian)
        func passBlank(before follows: (Int) -> Bool) { if spaced, isBlank(w, p), follows(p + 1) { p += 1 } }
        let isDigitAt = { (q: Int) in q < w.count && isDigit(w[q]) }
        if spaced { p += 1 }
        let chinese = isChar(w, p, Self.nian)
        let separator: UInt8
        if chinese {
            separator = 0
            p += 3
            passBlank(before: isDigitAt)
        } else {
            guard p < w.count, w[p] == UInt8(ascii: "/") || w[p] == UInt8(ascii: ".") else { return nil }
            separator = w[p]
            p += 1
        }
        guard let month = digits(w, &p) else { return nil }
        let y = Self.fullYear(decimalValue(w, year), digits: year.count)
        if chinese {
            passBlank { self.isChar(w, $0, Self.yue) }
            guard isChar(w, p, Self.yue) else { return nil }
            p += 3
            passBlank(before: isDigitAt)
        } else if p == w.count || !(w[p] == separator || isDigit(w[p]) || isDateSeparator(w[p])) {
            return isBirth(y, month, nil) ? p : nil
        } else {
            guard w[p] == separator else { return nil }
            p += 1
        }
        if chinese, p == w.count || !isDigit(w[p]) {
            return isBirth(y, month, nil) ? p : nil
        }
        guard let day = digits(w, &p), isBirth(y, month, day) else { return nil }
        if chinese {
            passBlank { self.isChar(w, $0, Self.ri) }
            if isChar(w, p, Self.ri) { p += 3 }
        }
        return p
    }

    private func isBlank(_ w: UnsafeBufferPointer<UInt8>, _ p: Int) -> Bool { p < w.count && w[p] == 0x20 }

    private static let nian: (UInt8, UInt8, UInt8) = (0xE5, 0xB9, 0xB4)  // 年
    private static let yue: (UInt8, UInt8, UInt8) = (0xE6, 0x9C, 0x88)   // 月
    private static let ri: (UInt8, UInt8, UInt8) = (0xE6, 0x97, 0xA5)    // 日

    private func isChar(_ w: UnsafeBufferPointer<UInt8>, _ p: Int, _ c: (UInt8, UInt8, UInt8)) -> Bool {
        p + 2 < w.count && w[p] == c.0 && w[p + 1] == c.1 && w[p + 2] == c.2
    }

    /// A run of one or two digits at `p` (not three): its value; `p` moves past it.
    private func digits(_ w: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Int? {
        var q = p
        while q < w.count, q - p < 3, isDigit(w[q]) { q += 1 }
        guard q - p == 1 || q - p == 2 else { return nil }
        defer { p = q }
        return decimalValue(w, p..<q)
    }

    /// A run of one or two digits ending just before `p` (not three), from `lower` on: its value;
    /// `p` moves to its first digit.
    private func digitsBefore(_ w: UnsafeBufferPointer<UInt8>, _ p: inout Int, lower: Int) -> Int? {
        var q = p
        while q > lower, p - q < 3, isDigit(w[q - 1]) { q -= 1 }
        guard p - q == 1 || p - q == 2 else { return nil }
        defer { p = q }
        return decimalValue(w, q..<p)
    }

    private func isDateSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "/") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
    }

    /// A plausible birth date; with no day, a plausible month of birth.
    private func isBirth(_ year: Int, _ month: Int, _ day: Int?) -> Bool {
        CalendarDate.isPlausibleBirth(year: year, month: month, day: day ?? 1)
    }
}
