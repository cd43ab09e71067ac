/// A value masked by hand (脱敏): digits, some of them replaced by a mask character, `*`, `＊`,
/// `×`, `#`, `?`, `x` or `X` (`138****5678`, `410105********123X`). Whether a mask hides enough
/// is for the detector of each kind to say: one that hides what can be worked back is no mask.
enum MaskedValue {
    /// What `read` hands on for a mask character: `letterMask` for `x` or `X` (which may be an
    /// ID's check character instead: `MaskedResidentIDDetector` decides), `mask` for the others.
    static let mask = UInt8(ascii: "*")
    static let letterMask = UInt8(ascii: "X")
    /// The mask characters other than the letters, which `character` reads from bytes.
    static let scalars: [Unicode.Scalar] = ["*", "＊", "×", "#", "?"]

    /// Whether `b` may open a mask character: asked of the byte after a run of digits, one
    /// switch (`×` opens with C3, `＊` with EF).
    @inline(__always)
    static func mayStart(_ b: UInt8) -> Bool {
        switch b {
        case 0x2A, 0x23, 0x3F, 0x58, 0x78, 0xC3, 0xEF: return true
        default: return false
        }
    }

    /// The mask character at `i` (before `end`), as `read` hands it on, and its bytes; nil for
    /// anything else.
    static func character(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt8, Int)? {
        switch w[i] {
        case 0x2A, 0x23, 0x3F: return (mask, 1)
        case 0x58, 0x78: return (letterMask, 1)
        case 0xC3: return i + 1 < end && w[i + 1] == 0x97 ? (mask, 2)   // ×
            : nil
        case 0xEF: return i + 2 < end && w[i + 1] == 0xBC && w[i + 2] == 0x8A ? (mask, 3)   // ＊
            : nil
        default: return nil
        }
    }

    /// Calls `body` with the `count` characters (at most 24) from window offset `start` within
    /// `bounds` (digits as ASCII, masks as `mask` or `letterMask`), how many are masks, and the
    /// offset after them, when they are a value of their own: digits and masks only, one mask
    /// at least, no letter or digit before them, no letter, digit or mask after them (a longer
    /// code, or more masked). Nil otherwise.
    static func read<R>(_ w: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, within bounds: Range<Int>,
                        _ body: (UnsafeMutableBufferPointer<UInt8>, _ masks: Int, _ end: Int) -> R?) -> R? {
        guard start == bounds.lowerBound || !isAlphanumeric(w[start - 1]) else { return nil }
        let end = bounds.upperBound
        // On the stack: a mask after digits is met in every masked roster's every row.
        var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)
        assert(count <= MemoryLayout.size(ofValue: storage))
        return withUnsafeMutableBytes(of: &storage) { raw -> R? in
            let c = raw.bindMemory(to: UInt8.self)
            var i = start
            var masks = 0
            for k in 0..<count {
                guard i < end else { return nil }
                if isDigit(w[i]) {
                    c[k] = w[i]
                    i += 1
                } else if let (m, length) = character(w, at: i, end: end) {
                    c[k] = m
                    masks += 1
                    i += length
                } else {
                    return nil
                }
            }
            guard masks > 0, i == end || !isAlphanumeric(w[i]) && character(w, at: i, end: end) == nil else { return nil }
            return body(UnsafeMutableBufferPointer(rebasing: c[0..<count]), masks, i)
        }
    }
}
