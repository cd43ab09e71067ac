/// Fullwidth digits (０–９, U+FF10–FF19), as a Chinese input method in fullwidth mode types them
/// (电话：１３８１２３４５６７８), are written in ASCII before detection, with the signs that go with
/// numbers (－ ＋ and the ID check character Ｘ ｘ), so that every number detector sees such a value
/// as it sees any other; so is the fullwidth at sign ＠ (U+FF20), which the same input method
/// types in an e-mail address (zhang＠qq.com), and which some write to keep addresses from being
/// harvested; and a sign typed in fullwidth beside ASCII digits (0371－65501234, ＋86 138…). Text
/// without any of these is scanned as it is: the byte classes show where the fullwidth
/// forms' lead byte lies, so the test costs a bit search. Findings in
/// folded text keep their place in the original (`original(_:)`). One per engine: the folded
/// text is valid until the next fold.
final class FullwidthFolding {
    private let text = ReusedStorage<UInt8>(capacity: 256)
    /// Original offsets of the folded characters, in order.
    private let folds = ReusedStorage<Int>(capacity: 16)

    /// Whether `w[range]` holds a fullwidth digit, ＠, or a sign beside ASCII digits; `classes`
    /// cover the range, and `delta` turns a window offset into a class offset.
    @inline(__always)
    static func occurs(in w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, classes: ByteClasses, delta: Int) -> Bool {
        var i = range.lowerBound
        while true {
            i = classes.nextFullwidthLead(from: delta + i, to: delta + range.upperBound) - delta
            guard i + 2 < range.upperBound else { return false }
            // A digit (EF BC 90…99) or ＠ (EF BC A0); the lead byte is EF here.
            if w[i + 1] == 0xBC, w[i + 2] &- 0x90 < 10 || w[i + 2] == 0xA0 { return true }
            if w[i + 1] & 0xFE == 0xBC, isFoldableSign(w, at: i, end: range.upperBound) { return true }
            i += 1
        }
    }

    /// `w` with its fullwidth digits and ＠ in ASCII, and the signs right beside the digits: a sign
    /// elsewhere stays, so that what a value is does not depend on other text of its window.
    func fold(_ w: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        folds.removeAll()
        var i = 0
        var digitEnd = -1
        while i + 2 < w.count {
            if w[i] == 0xEF, let a = Self.ascii(w[i + 1], w[i + 2]),
               isDigit(a) || a == UInt8(ascii: "@") || i == digitEnd || Self.holdsDigit(w, at: i + 3)
                || Self.isSignBesideASCIIDigits(a, w, at: i, end: w.count) {
                folds.append(i)
                i += 3
                if isDigit(a) { digitEnd = i }
            } else {
                i += 1
            }
        }
        var source = 0
        var next = 0
        text.replaceAll(count: w.count - 2 * folds.count) { _ in
            if next < folds.count, source == folds[next] {
                next += 1
                source += 3
                return Self.ascii(w[source - 2], w[source - 1])!
            }
            source += 1
            return w[source - 1]
        }
        return UnsafeBufferPointer(text.all)
    }

    /// The offset in the folded text of the original's offset `o`, a character boundary.
    func folded(_ o: Int) -> Int {
        o - 2 * firstFold { folds[$0] >= o }
    }

    /// The offset in the original of the folded text's offset `f`.
    func original(_ f: Int) -> Int {
        // Fold k stands at folded offset folds[k] - 2k.
        f + 2 * firstFold { folds[$0] - 2 * $0 >= f }
    }

    /// The index of the first fold for which `isAtOrAfter` holds (it holds for all after it too).
    private func firstFold(_ isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = folds.count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// A sign the folding writes in ASCII stands at `i` beside ASCII digits; out of line, as
    /// most fullwidth forms met are punctuation (，：).
    @inline(never)
    private static func isFoldableSign(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard let sign = ascii(w[i + 1], w[i + 2]) else { return false }
        return isSignBesideASCIIDigits(sign, w, at: i, end: end)
    }

    /// The fullwidth sign `sign` (folded) at `i` stands beside ASCII digits as it would in a
    /// number: － between two (0371－65501234), ＋ before one (＋86), Ｘ after one (…123Ｘ).
    private static func isSignBesideASCIIDigits(_ sign: UInt8, _ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let before = i > 0 && isDigit(w[i - 1])
        let after = i + 3 < end && isDigit(w[i + 3])
        switch sign {
        case UInt8(ascii: "-"): return before && after
        case UInt8(ascii: "+"): return after
        case UInt8(ascii: "X"), UInt8(ascii: "x"): return before
        default: return false
        }
    }

    /// A fullwidth digit stands at `i` of `w`.
    private static func holdsDigit(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < w.count && w[i] == 0xEF && w[i + 1] == 0xBC && w[i + 2] &- 0x90 < 10
    }

    /// The ASCII byte for the fullwidth form `EF b1 b2`, nil when it is not one we fold.
    private static func ascii(_ b1: UInt8, _ b2: UInt8) -> UInt8? {
        switch (b1, b2) {
        case (0xBC, 0x90...0x99): return b2 - 0x90 + UInt8(ascii: "0")   // ０…９ U+FF10…FF19
        case (0xBC, 0x8D): return UInt8(ascii: "-")                       // － U+FF0D
        case (0xBC, 0x8B): return UInt8(ascii: "+")                       // ＋ U+FF0B
        case (0xBC, 0xB8): return UInt8(ascii: "X")                       // Ｘ U+FF38
        case (0xBD, 0x98): return UInt8(ascii: "x")                       // ｘ U+FF58
        case (0xBC, 0xA0): return UInt8(ascii: "@")                       // ＠ U+FF20
        default: return nil
        }
    }
}
