/// Values that documentation, templates and code give as examples, known to be no one's
/// (patterns/sample_values.txt): a form's `13800138000`, GB 11643's own example ID. A detector
/// drops a valid value that is one of them.
struct SampleValues: Sendable {
    static let shared = SampleValues(file: .embedded("sample_values.txt"))

    /// Each sample's characters (digits, an ID's X), by kind.
    private let mobiles: [[UInt8]]
    private let ids: [[UInt8]]

    init(file: PatternFile) {
        func samples(_ kind: Kind) -> [[UInt8]] {
            file.rows.filter { $0.count >= 2 && $0[0] == kind.rawValue }.map { Array($0[1].utf8) }
        }
        mobiles = samples(.mobile)
        ids = samples(.cnID)
    }

    /// A value right after 如 or 例, a colon or blank apart at most, or quoted after 按 (格式YYYYMMDD，如20090829;
    /// 示例：2012-01-01; 例如 2012.1.1; 第一代身份证号码为15位，如130503670401001): a form's, a
    /// template's or a textbook's example, no one's. The value may carry a code's letter: a
    /// national student number is G and an ID number (学籍号为“G”加身份证号，如G410105…).
    static func followsExampleWord(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        let codeStart = start > lower && isASCIILetter(w[start - 1]) ? start - 1 : start
        var i = HeaderKeywords.labelEnd(before: codeStart, in: w, lower: lower)
        // A Chinese quote around the example (格式如“1985.03”), or Markdown's code span (例如 `18030105001`).
        var quoted = false
        if i - 3 >= lower, w[i - 1] == 0x9C || w[i - 1] == 0x8C, let quote = HanText.scalar(w, at: i - 3, end: i), quote == 0x201C || quote == 0x300C {
            i = HeaderKeywords.labelEnd(before: i - 3, in: w, lower: lower)
            quoted = true
        } else if i - 1 >= lower, w[i - 1] == UInt8(ascii: "`") {
            i = HeaderKeywords.labelEnd(before: i - 1, in: w, lower: lower)
        }
        guard i - 3 >= lower, let before = HanText.han(w, at: i - 3, end: i) else { return false }
        // 如, 例; a format quoted after 按 (按“2009.07”格式填写).
        return before == 0x5982 || before == 0x4F8B || quoted && before == 0x6309
    }

    /// A placeholder person stands before `start` on its line (`This is to certify that John Doe
    /// (Date of Birth: January 1, 2008)`, an English template's), or the line gives an example
    /// (`Example for a second student: …`): a template's value, no one's. Running text only: a
    /// table's example row is known by its own words (`示例`).
    static func followsPlaceholderPerson(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        let from = max(lower, start - placeholderReach)
        let lineStart = ByteScanning.lastIndex(of: 0x0A, in: w, from..<start).map { $0 + 1 } ?? from
        let line = w[lineStart..<start]
        return placeholders.contains { word in
            line.count >= word.count && (0...(line.count - word.count)).contains { k in ByteScanning.opens(line.dropFirst(k), withFolded: word) }
        }
    }

    /// Bytes before a value looked through for a placeholder person.
    private static let placeholderReach = 96

    /// The value's line says before it that it gives an example (`（示例）姓名：王小明…`, `填写样例：`),
    /// or the line above is an example's heading (`填写示例：` ↵ `姓名：王小明`): a template's or
    /// an instruction's value, no one's. Running text only: a table's example row is known by
    /// its own words.
    static func followsExampleMark(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        let from = max(lower, start - placeholderReach)
        let lineBreak = ByteScanning.lastIndex(of: 0x0A, in: w, from..<start)
        let line = (lineBreak.map { $0 + 1 } ?? from)..<start
        if holdsExampleMark(w, line) || opensWithExampleWord(w, line) { return true }
        guard let lineBreak, lineBreak > lower else { return false }
        var end = lineBreak
        while end > lower, w[end - 1] == 0x0D || w[end - 1] == 0x20 { end -= 1 }
        let endsWithColon = end > lower && w[end - 1] == UInt8(ascii: ":") || end - 3 >= lower && HanText.isColon(w, at: end - 3, end: end)
        return endsWithColon && holdsExampleMark(w, max(lower, end - 24)..<end)
    }

    /// The line opens with 例 or 例如 and a colon or a blank (a 接龙's `例：王小明 妈妈 139…`).
    private static func opensWithExampleWord(_ w: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var i = LineHeads.wordsStart(ofLineAt: line.lowerBound, in: w, end: line.upperBound)
        guard HanText.scalar(w, at: i, end: line.upperBound) == exampleSecond else { return false }
        i += 3
        if HanText.scalar(w, at: i, end: line.upperBound) == 0x5982 { i += 3 }  // 如
        return HanText.isColon(w, at: i, end: line.upperBound) || Blanks.length(at: i, in: w, end: line.upperBound) > 0
    }

    /// The first characters of an example's words 示例, 样例, 范例, and their second, 例 (例
    /// alone opens too many words: 例如 is looked for right before a value, `followsExampleWord`).
    static let exampleFirsts: [UInt32] = [0x793A, 0x6837, 0x8303]
    static let exampleSecond: UInt32 = 0x4F8B

    /// 示例, 样例 or 范例 stands in `w[range]` (a line of text, a column's header): one pass for
    /// 例's last byte (8B after BE E4), then a look at the character before it.
    static func holdsExampleMark(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound + 5
        while i < range.upperBound {
            if w[i] == 0x8B, w[i - 1] == 0xBE, w[i - 2] == 0xE4, let s = HanText.scalar(w, at: i - 5, end: i - 2),
               exampleFirsts.contains(s) { return true }
            i += 1
        }
        return false
    }

    private static let placeholders = ["john doe", "jane doe", "john smith", "jane smith", "example"].map { Array($0.utf8) }

    /// The mobile at `window[range]`, separators and a country code aside, is a sample.
    func isSampleMobile(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        mobiles.contains { Self.ends(window, range, with: $0) }
    }

    /// The resident ID at `window[range]`, separators aside, is a sample.
    func isSampleID(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        ids.contains { Self.ends(window, range, with: $0) }
    }

    /// The digits (and X) of `window[range]` end with `sample`'s, compared from the end: most
    /// values differ at their last digit or the one before, millions of times in a roster.
    private static func ends(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, with sample: [UInt8]) -> Bool {
        var k = sample.count
        var i = range.upperBound
        while k > 0, i > range.lowerBound {
            i -= 1
            var b = window[i]
            if b == UInt8(ascii: "x") { b = UInt8(ascii: "X") }
            guard isDigit(b) || b == UInt8(ascii: "X") else { continue }
            k -= 1
            guard b == sample[k] else { return false }
        }
        return k == 0
    }
}
