/// Birth dates, only where the context says so: a column header such as 出生日期, or a birth
/// keyword (出生, 生日, birth, DOB) shortly before the date on the same line. A date alone is not
/// personal data. Forms: `20080312`, `2008-03-12`, `2008-3-12`, `2008/3/12`, `2008.03.12`,
/// `2008年3月12日`; the date must be a plausible birth date (1900 to today). In a spreadsheet a
/// date is often a number cell holding Excel's serial day number (39519 is 2008-03-12): under a
/// birth-date header, such a cell is a birth date.
public final class BirthDateDetector: Detector, @unchecked Sendable {
    private let keywords: HeaderKeywords

    /// How far before a date a birth keyword counts, in bytes (`出生日期：` is 15).
    private static let keywordDistance = 24

    public init(keywords: HeaderKeywords = .shared) {
        self.keywords = keywords
        super.init(trigger: .number, minimumDigits: 4)
    }

    public override var cellOpeningNumberCue: ContextHints? { .birthDate }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        if context.isNumericCell, context.columnHints.contains(.birthDate), let end = serialDate(token) {
            matches.append(Match(kind: .birthDate, confidence: .high, range: token.groups[0].lowerBound..<end))
            return
        }
        let underBirthHeader = context.columnHints.contains(.birthDate)
        // In a table only the value's own cell can name it, and a keyword is words, never the
        // token's digits and separators: a token that opens its cell under another header (a
        // student number, an enrolment date) needs no look at all.
        guard underBirthHeader || !context.isTableCell || token.start > context.scan.lowerBound else { return }
        token.forEachValue(into: matches) { i in
            let start = token.groups[i].lowerBound
            let distance = context.keywordDistance(before: start, atMost: Self.keywordDistance)
            // Nothing before the value can name it (a cell's first value under another header):
            // no need to read the date.
            guard underBirthHeader || distance > 0, let (end, next) = date(token, at: i),
                  underBirthHeader || keywords.has(.birthDate, before: start, in: token.window, distance: distance)
            else { return nil }
            return (Match(kind: .birthDate, confidence: .high, range: start..<end), next)
        }
    }

    /// End of a number cell's serial date (`39519`, or `39519.5` with a time of day) that falls on
    /// a plausible birth date.
    private func serialDate(_ token: NumberToken) -> Int? {
        guard token.groups.count == 1 else { return nil }
        let digits = token.groups[0]
        guard (2...5).contains(digits.count), digits.lowerBound == token.window.startIndex,
              let date = CalendarDate.fromExcelSerial(value(token.window, digits)),
              isBirth(date.year, date.month, date.day) else { return nil }
        var end = digits.upperBound
        if end < token.window.count, token.window[end] == UInt8(ascii: ".") {
            end += 1
            while end < token.window.count, isDigit(token.window[end]) { end += 1 }
        }
        return end == token.window.count ? end : nil
    }

    /// The valid date whose year is group `i`: its end offset and the index of the group after it.
    private func date(_ token: NumberToken, at i: Int) -> (end: Int, next: Int)? {
        let groups = token.groups
        let w = token.window
        let year = groups[i]
        if year.count == 8 {
            let s = year.lowerBound
            guard isBirth(value(w, s..<s + 4), value(w, s + 4..<s + 6), value(w, s + 6..<s + 8)) else { return nil }
            return (year.upperBound, i + 1)
        }
        guard year.count == 4 else { return nil }
        // 2008-03-12: the engine joined the groups.
        if i + 2 < groups.endIndex, w[groups[i + 1].lowerBound - 1] == UInt8(ascii: "-"),
           w[groups[i + 2].lowerBound - 1] == UInt8(ascii: "-"),
           (1...2).contains(groups[i + 1].count), (1...2).contains(groups[i + 2].count) {
            guard isBirth(value(w, year), value(w, groups[i + 1]), value(w, groups[i + 2])) else { return nil }
            return (groups[i + 2].upperBound, i + 3)
        }
        // 2008/3/12, 2008.03.12, 2008年3月12日: separators the engine does not join on.
        guard i + 1 == groups.endIndex, let end = writtenDate(w, after: year) else { return nil }
        return (end, i + 1)
    }

    /// End offset of `/M/D`, `.M.D` or `年M月D[日]` after the year digits `year`, for a valid date.
    private func writtenDate(_ w: UnsafeBufferPointer<UInt8>, after year: Range<Int>) -> Int? {
        var p = year.upperBound
        let chinese = isChar(w, p, Self.nian)
        let separator: UInt8
        if chinese {
            separator = 0
            p += 3
        } else {
            guard p < w.count, w[p] == UInt8(ascii: "/") || w[p] == UInt8(ascii: ".") else { return nil }
            separator = w[p]
            p += 1
        }
        guard let month = digits(w, &p) else { return nil }
        if chinese {
            guard isChar(w, p, Self.yue) else { return nil }
            p += 3
        } else {
            guard p < w.count, w[p] == separator else { return nil }
            p += 1
        }
        guard let day = digits(w, &p), isBirth(value(w, year), month, day) else { return nil }
        if chinese, isChar(w, p, Self.ri) { p += 3 }
        return p
    }

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
        return value(w, p..<q)
    }

    private func value(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for k in range { n = n * 10 + Int(w[k] &- 0x30) }
        return n
    }

    private func isBirth(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        CalendarDate.isPlausibleBirth(year: year, month: month, day: day)
    }
}
