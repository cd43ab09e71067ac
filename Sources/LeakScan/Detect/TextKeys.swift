/// The ASCII key before a value in running text: log lines, query strings and JSON-like text
/// (`name=张三`, `xm: 张三`, `"studentName":"张三"`, `name='张三'`, `'name' => '张三'`), where the
/// key says what the value is as a column header does.
enum TextKeys {
    /// Keys are identifiers of at most this many bytes.
    static let maximumLength = 32

    /// Whether the byte before a value may end a key and its separator (a cheap first look).
    @inline(__always)
    static func mayEndKey(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: ":") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == 0x20
    }

    /// The key of a value that starts at `at`: an identifier (a letter, then letters, digits,
    /// `_`, `-`, `.`), perhaps quoted, then `=`, `=>`, `:` or `：`, blanks and an opening quote
    /// allowed on either side, all at or after `lower`; nil when none stands there. Before a colon
    /// the key is a form's label of up to three words when they open their line or follow a tab
    /// or a gap (`Student Name: Li Xinyi`, `School Name: …`: the words before the last say whose).
    static func key(before at: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int = 0) -> Range<Int>? {
        var p = at
        if p > lower, isQuote(w[p - 1]) { p -= 1 }
        p = skipBlanks(w, before: p, lower: lower)
        // PHP's, Perl's and Ruby's `=>` (`'name' => '杨晓东'` in a seeder's array).
        if p > lower + 1, w[p - 1] == UInt8(ascii: ">"), w[p - 2] == UInt8(ascii: "=") { p -= 1 }
        let colon: Bool
        if p > lower, w[p - 1] == UInt8(ascii: "=") || w[p - 1] == UInt8(ascii: ":") {
            colon = w[p - 1] == UInt8(ascii: ":")
            p -= 1
        } else if p >= lower + 3, HanText.scalar(w, at: p - 3, end: p) == 0xFF1A {  // ：
            colon = true
            p -= 3
        } else {
            return nil
        }
        p = skipBlanks(w, before: p, lower: lower)
        if p > lower, isQuote(w[p - 1]) { p -= 1 }
        let end = p
        while p > lower, end - p <= maximumLength, isKeyByte(w[p - 1]) { p -= 1 }
        guard end - p >= 2, end - p <= maximumLength, isASCIILetter(w[p]) else { return nil }
        return colon ? labelOfWords(endingWith: p..<end, in: w, lower: lower) : p..<end
    }

    /// `key` with up to two words of letters before it, each after one blank, when the words
    /// open their line or follow a tab or two blanks; `key` alone otherwise (a log line's
    /// `INFO login name:` is the key `name`).
    private static func labelOfWords(endingWith key: Range<Int>, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Range<Int> {
        var start = key.lowerBound
        var words = 0
        while words < 2, start - 2 >= lower, w[start - 1] == 0x20, isASCIILetter(w[start - 2]) {
            var p = start - 2
            while p > lower, key.upperBound - p < maximumLength, isASCIILetter(w[p - 1]) { p -= 1 }
            guard p == lower || !isKeyByte(w[p - 1]) else { break }
            start = p
            words += 1
        }
        guard words > 0 else { return key }
        // The label's words open their line, or a tab or a gap sets them apart from what is before.
        if start == lower || w[start - 1] == 0x0A || w[start - 1] == 0x09 || w[start - 1] == 0x0D
            || start - 2 >= lower && w[start - 1] == 0x20 && w[start - 2] == 0x20 {
            return start..<key.upperBound
        }
        return key
    }

    /// Where a value of letters starts after the key's colon at `colon` (its last byte): past at
    /// most two blanks and a quote, a capital letter (a romanised name: `Name: Li Xinyi`); nil
    /// when none does (a time's `10:22`, a URL's `https:`).
    static func valueOfLetters(after colon: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var j = colon + 1
        while j < end, j - colon <= 2, w[j] == 0x20 || w[j] == 0x09 { j += 1 }
        if j < end, isQuote(w[j]) { j += 1 }
        return j < end && w[j] &- UInt8(ascii: "A") < 26 ? j : nil
    }

    private static func skipBlanks(_ w: UnsafeBufferPointer<UInt8>, before end: Int, lower: Int) -> Int {
        var p = end
        while p > lower, end - p < 4, w[p - 1] == 0x20 { p -= 1 }
        return p
    }

    @inline(__always)
    private static func isQuote(_ b: UInt8) -> Bool { b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") }

    @inline(__always)
    private static func isKeyByte(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}
