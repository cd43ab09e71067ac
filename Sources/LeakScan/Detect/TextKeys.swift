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
    /// `_`, `-`, `.`), perhaps quoted, then `=`, `=>` or `:`, blanks and an opening quote allowed on
    /// either side, all at or after `lower`; nil when none stands there.
    static func key(before at: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int = 0) -> Range<Int>? {
        var p = at
        if p > lower, isQuote(w[p - 1]) { p -= 1 }
        p = skipBlanks(w, before: p, lower: lower)
        // PHP's, Perl's and Ruby's `=>` (`'name' => '杨晓东'` in a seeder's array).
        if p > lower + 1, w[p - 1] == UInt8(ascii: ">"), w[p - 2] == UInt8(ascii: "=") { p -= 1 }
        guard p > lower, w[p - 1] == UInt8(ascii: "=") || w[p - 1] == UInt8(ascii: ":") else { return nil }
        p = skipBlanks(w, before: p - 1, lower: lower)
        if p > lower, isQuote(w[p - 1]) { p -= 1 }
        let end = p
        while p > lower, end - p <= maximumLength, isKeyByte(w[p - 1]) { p -= 1 }
        guard end - p >= 2, end - p <= maximumLength, isASCIILetter(w[p]) else { return nil }
        return p..<end
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
