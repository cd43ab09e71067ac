/// Shapes of a line that say a name opening it is a person's: a Markdown heading's marks before
/// it, a date alone in brackets after it or on the line under it, a sentence's end on the line
/// above (`NameDetector`'s line names).
enum LineShapes {
    /// `start` follows a Markdown heading's marks, perhaps a number (`## 薛忆南`, `### 戴书恒（物理类）`,
    /// `## 1. 郑若曦`): a teacher's notes give each pupil a section headed by the name.
    static func followsMarkdownHeadingMark(_ start: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard let line = LineHeads.lineStart(before: start, in: w, lower: lower, reach: 16),
              let marks = LineHeads.headingMarksLength(at: line, in: w, end: start) else { return false }
        var i = LineHeads.skipBlanks(from: line + marks, in: w, end: start)
        // A numbered heading (## 1. 郑若曦, a log's entry per pupil).
        let digits = i
        while i < start, i - digits < 3, isDigit(w[i]) { i += 1 }
        if i > digits, i < start, w[i] == UInt8(ascii: ".") { i = LineHeads.skipBlanks(from: i + 1, in: w, end: start) }
        return i == start
    }

    /// A full date in brackets follows at `i`, the line's whole note (许一诺（2016年10月3日）, a
    /// list of the month's birthdays; 2016-10-03 and 2016.10.3 too).
    static func datedInBrackets(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let open = LineHeads.openingBracketLength(at: i, in: w, end: end), let date = fullDateEnd(at: i + open, w, end: end),
              let close = LineHeads.closingBracketLength(at: date, in: w, end: end) else { return false }
        return endsLine(at: date + close, w, end: end)
    }

    /// The line from `i` is a full date alone, blanks around it (2024年11月12日, 2024-11-12).
    static func isDateLine(from i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var j = i
        while j < end, w[j] == 0x20 { j += 1 }
        guard let date = fullDateEnd(at: j, w, end: end) else { return false }
        return endsLine(at: date, w, end: end)
    }

    /// The last line with words before `start` ends a sentence (！, 。, !) or says goodbye (敬礼).
    static func endsSentence(before start: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var i = start
        while i > lower, w[i - 1] == 0x0A || w[i - 1] == 0x0D || w[i - 1] == 0x20 || w[i - 1] == 0x09 { i -= 1 }
        guard i > lower, i < start else { return false }
        if w[i - 1] == UInt8(ascii: "!") { return true }
        guard let last = HanText.scalar(w, at: i - 3, end: i) else { return false }
        return last == 0xFF01 || last == 0x3002 || last == 0x793C  // ！, 。, 礼 (敬礼)
    }

    /// The end of a full date at `i`: four digits of the year, then month and day, apart by 年 and
    /// 月 (日 after the day) or by `-`, `.` or `/`.
    private static func fullDateEnd(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var j = i
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let start = j
            while j < end, isDigit(w[j]), j - start < range.upperBound { j += 1 }
            return range.contains(j - start)
        }
        func separator(_ han: UInt32) -> Bool {
            if j < end, w[j] == UInt8(ascii: "-") || w[j] == UInt8(ascii: ".") || w[j] == UInt8(ascii: "/") { j += 1; return true }
            guard HanText.scalar(w, at: j, end: end) == han else { return false }
            j += 3
            return true
        }
        guard digits(4...4), separator(0x5E74), digits(1...2), separator(0x6708), digits(1...2) else { return nil }  // 年, 月
        if HanText.scalar(w, at: j, end: end) == 0x65E5 { j += 3 }  // 日
        return j
    }

    /// Only blanks stand between `i` and the line's end.
    private static func endsLine(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var j = i
        while j < end, w[j] == 0x20 || w[j] == 0x0D { j += 1 }
        return j == end || w[j] == 0x0A
    }
}
