/// Chinese characters read straight from UTF-8 bytes. Han characters and Chinese punctuation
/// lie in the BMP above U+0800, so each is three bytes; detectors never decode whole strings.
enum HanText {
    /// The scalar of the three-byte character starting at `i`, or nil when none starts there
    /// (or it would run past `end`).
    @inline(__always)
    static func scalar(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
        guard i >= 0, i + 3 <= end, w[i] & 0xF0 == 0xE0, w[i + 1] & 0xC0 == 0x80, w[i + 2] & 0xC0 == 0x80 else { return nil }
        return UInt32(w[i] & 0x0F) << 12 | UInt32(w[i + 1] & 0x3F) << 6 | UInt32(w[i + 2] & 0x3F)
    }

    /// A CJK unified ideograph (basic block, extension A) or compatibility ideograph.
    @inline(__always)
    static func isHan(_ s: UInt32) -> Bool {
        (s >= 0x4E00 && s <= 0x9FFF) || (s >= 0x3400 && s <= 0x4DBF) || (s >= 0xF900 && s <= 0xFAFF)
    }

    /// The Han character starting at `i`, or nil.
    @inline(__always)
    static func han(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
        guard let s = scalar(w, at: i, end: end), isHan(s) else { return nil }
        return s
    }

    /// A full-width mark that ends a clause: ，。；！？
    @inline(__always)
    static func endsClause(_ s: UInt32) -> Bool {
        s == 0xFF0C || s == 0x3002 || s == 0xFF1B || s == 0xFF01 || s == 0xFF1F
    }

    /// A colon stands at `i` (before `end`): ASCII `:` or the fullwidth `：` (U+FF1A) that
    /// Chinese labels end with.
    @inline(__always)
    static func isColon(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        i < end && (w[i] == UInt8(ascii: ":") || (i + 2 < end && w[i] == 0xEF && w[i + 1] == 0xBC && w[i + 2] == 0x9A))
    }

    /// Bytes of the colon at `i` (`isColon`): 1 for `:`, 3 for `：`.
    @inline(__always)
    static func colonLength(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        w[i] == UInt8(ascii: ":") ? 1 : 3
    }

    /// Whether the bytes of `word` stand at `i` (before `end`).
    @inline(__always)
    static func has(_ word: [UInt8], in w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i >= 0, i + word.count <= end else { return false }
        for k in word.indices where w[i + k] != word[k] { return false }
        return true
    }

    /// The first scalar of UTF-8 `bytes`.
    static func firstScalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.first
    }

    /// The key of a word of at most four BMP characters, for sets of words without strings.
    static func key<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == UInt32 {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for s in scalars {
            guard shift < 64 else { return UInt64.max }
            key |= UInt64(s & 0xFFFF) << shift
            shift += 16
        }
        return key
    }

    /// The BMP scalars of a word from a pattern file, nil when it is longer than `limit`
    /// characters or not all BMP.
    static func scalars(_ text: Substring, limit: Int = 4) -> [UInt32]? {
        let scalars = text.unicodeScalars.map(\.value)
        guard !scalars.isEmpty, scalars.count <= limit, scalars.allSatisfy({ $0 >= 0x800 && $0 < 0x10000 }) else { return nil }
        return scalars
    }
}

/// Up to eight consecutive Han characters of a window, in text order and in their simplified
/// forms (陳 as 陈: `TraditionalCharacters`), with their byte offsets implied (three bytes each
/// from `start`). Fixed storage: looking at a candidate allocates nothing.
/// Han characters all lie in the BMP, so each is kept in 16 bits, four to a word: a word key
/// (`key`) is a shift and a mask.
struct HanRun {
    /// Characters 0–3 and 4–7, the first in the low bits.
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var count = 0
    /// Window offset of the first character.
    private(set) var start: Int

    /// The run of Han characters starting at `start`, at most `limit` of them, ending before `end`.
    @inline(__always)
    init(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, limit: Int = 8) {
        self.start = start
        let forms = TraditionalCharacters.simplifiedForms
        var i = start
        while count < min(limit, 8), let s = HanText.han(w, at: i, end: end) {
            append(TraditionalCharacters.simplified(s, in: forms))
            i += 3
        }
    }

    /// The run of Han characters ending at `end`, at most `limit` of them, starting at or after `lower`.
    @inline(__always)
    init(_ w: UnsafeBufferPointer<UInt8>, endingAt end: Int, lower: Int, limit: Int = 8) {
        start = end
        let forms = TraditionalCharacters.simplifiedForms
        while count < min(limit, 8), start - 3 >= lower, let s = HanText.han(w, at: start - 3, end: end) {
            prepend(TraditionalCharacters.simplified(s, in: forms))
            start -= 3
        }
    }

    /// The characters of `head`, then those of `tail`, as one word (a name with blanks inside
    /// it, 王　芳); offsets no longer match the window past `head`.
    init(joining head: HanRun, _ tail: HanRun) {
        self = head
        for k in 0..<min(tail.count, 8 - head.count) { append(tail[k]) }
    }

    private mutating func append(_ s: UInt32) {
        let bits = UInt64(s & 0xFFFF)
        if count < 4 { low |= bits &<< UInt64(16 * count) } else { high |= bits &<< UInt64(16 * (count - 4)) }
        count += 1
    }

    /// Puts `s` before the characters held (a run read backwards); the eighth is the last that fits.
    private mutating func prepend(_ s: UInt32) {
        high = high &<< 16 | low &>> 48
        low = low &<< 16 | UInt64(s & 0xFFFF)
        count += 1
    }

    subscript(i: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: (i < 4 ? low &>> UInt64(16 * i) : high &>> UInt64(16 * (i - 4))) & 0xFFFF)
    }

    /// Window offset of character `i` (`count` gives the end of the run).
    func offset(_ i: Int) -> Int { start + 3 * i }

    /// The word key of characters `range` (at most four): their 16-bit codes, the first lowest.
    @inline(__always)
    func key(_ range: Range<Int>) -> UInt64 {
        guard range.count <= 4 else { return UInt64.max }
        let s = range.lowerBound
        let word = s == 0 ? low : s < 4 ? (low &>> UInt64(16 * s)) | (high &<< UInt64(64 - 16 * s)) : high &>> UInt64(16 * (s - 4))
        return range.count == 4 ? word : word & ((1 &<< UInt64(16 * range.count)) &- 1)
    }
}
