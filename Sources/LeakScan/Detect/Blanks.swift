/// The blanks that set words apart in Chinese text: spaces, tabs, no-break spaces (HTML's
/// `&nbsp;`, Word's fixed spaces) and ideographic spaces (U+3000, as lists are aligned).
enum Blanks {
    /// Bytes of the blank at `i` (before `end`), 0 when none stands there.
    @inline(__always)
    static func length(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        guard i < end else { return 0 }
        switch w[i] {
        case 0x20, 0x09: return 1
        case 0xC2: return i + 1 < end && w[i + 1] == 0xA0 ? 2 : 0
        case 0xE3: return HanText.scalar(w, at: i, end: end) == 0x3000 ? 3 : 0
        default: return 0
        }
    }

    /// Bytes of the blank ending at `end` (at or after `lower`), 0 when none stands there.
    @inline(__always)
    static func length(endingAt end: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        guard end > lower else { return 0 }
        switch w[end - 1] {
        case 0x20, 0x09: return 1
        case 0xA0: return end - 2 >= lower && w[end - 2] == 0xC2 ? 2 : 0
        case 0x80: return end - 3 >= lower && HanText.scalar(w, at: end - 3, end: end) == 0x3000 ? 3 : 0
        default: return 0
        }
    }

    /// Where the blanks from `i` on end (`i` when none stands there).
    static func end(from i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = i
        while case let blank = length(at: i, in: w, end: end), blank > 0 { i += blank }
        return i
    }

    /// Bytes of the blanks (at most `atMost`, four unless said) ending at `end`.
    static func run(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int, atMost: Int = 4) -> Int {
        var i = end
        for _ in 0..<atMost {
            let blank = length(endingAt: i, in: w, lower: lower)
            guard blank > 0 else { break }
            i -= blank
        }
        return end - i
    }
}
