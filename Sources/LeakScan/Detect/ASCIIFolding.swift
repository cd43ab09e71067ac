/// Digits and signs typed in other forms than ASCII are written in ASCII before detection, so
/// that every number detector sees such a value as it sees any other:
/// - fullwidth digits (０–９, U+FF10–FF19), as a Chinese input method in fullwidth mode types them
///   (电话：１３８１２３４５６７８), with the signs that go with numbers (－ ＋ and the ID check
///   character Ｘ ｘ);
/// - the fullwidth at sign ＠ (U+FF20), which the same input method types in an e-mail address
///   (zhang＠qq.com), and which some write to keep addresses from being harvested;
/// - a fullwidth sign beside ASCII digits (0371－65501234, ＋86 138…);
/// - a dash between two digits (0371—65501234, 138–1234–5678, 0371——65501234): the hyphens and
///   dashes U+2010–2015 and the minus sign U+2212, one or a pair of the same (a Chinese input
///   method types —— for the key `_`), as word processors and typesetting write them.
///
/// Text without any of these is scanned as it is: the byte classes show where the lead bytes of
/// these forms lie (0xEF, 0xE2), so the test costs a bit search. Findings in folded text keep
/// their place in the original (`original(_:)`). One per engine: the folded text is valid until
/// the next fold.
final class ASCIIFolding {
    private let text = ReusedStorage<UInt8>(capacity: 256)
    /// Original offsets of the folded characters, in order.
    private let folds = ReusedStorage<Int>(capacity: 16)
    /// The ASCII byte each fold writes.
    private let foldedBytes = ReusedStorage<UInt8>(capacity: 16)
    /// Bytes saved by the folds up to and including each one: a fold of one character saves 2,
    /// of a pair of dashes 5.
    private let saved = ReusedStorage<Int>(capacity: 16)

    /// Whether `w[range]` holds a fullwidth digit, ＠, or a sign beside ASCII digits; `classes`
    /// cover the range, and `delta` turns a window offset into a class offset.
    @inline(__always)
    static func occurs(in w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, classes: ByteClasses, delta: Int) -> Bool {
        var i = range.lowerBound
        while true {
            i = classes.nextFoldLead(from: delta + i, to: delta + range.upperBound) - delta
            guard i + 2 < range.upperBound else { return false }
            // Most characters met here are punctuation (，：“”): no form, no call.
            if let a = ascii(w[i], w[i + 1], w[i + 2]) {
                if isDigit(a) || a == UInt8(ascii: "@") { return true }
                if isFoldableSign(a, w, at: i, end: range.upperBound) { return true }
            }
            i += 1
        }
    }

    /// `w` with its fullwidth digits and ＠ in ASCII, and the signs right beside the digits: a sign
    /// elsewhere stays, so that what a value is does not depend on other text of its window.
    func fold(_ w: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        folds.removeAll()
        foldedBytes.removeAll()
        saved.removeAll()
        var i = 0
        var digitEnd = -1
        var total = 0
        while i + 2 < w.count {
            if let a = Self.ascii(w[i], w[i + 1], w[i + 2]), case let width = Self.width(w, at: i, end: w.count),
               isDigit(a) || a == UInt8(ascii: "@") || i == digitEnd || Self.holdsDigit(w, at: i + width)
                || Self.isSignBesideASCIIDigits(a, w, at: i, width: width, end: w.count) {
                folds.append(i)
                foldedBytes.append(a)
                total += width - 1
                saved.append(total)
                i += width
                if isDigit(a) { digitEnd = i }
            } else {
                i += 1
            }
        }
        var source = 0
        var next = 0
        text.replaceAll(count: w.count - total) { _ in
            if next < folds.count, source == folds[next] {
                source += width(ofFold: next)
                next += 1
                return foldedBytes[next - 1]
            }
            source += 1
            return w[source - 1]
        }
        return UnsafeBufferPointer(text.all)
    }

    /// The offset in the folded text of the original's offset `o`, a character boundary; one
    /// between a pair of dashes folded as one (a text's chunk may start there) maps to the end of
    /// their fold.
    func folded(_ o: Int) -> Int {
        let k = firstFold { folds[$0] >= o }
        if k > 0, o < folds[k - 1] + width(ofFold: k - 1) {
            return folds[k - 1] - savedBefore(k - 1) + 1
        }
        return o - savedBefore(k)
    }

    /// The offset in the original of the folded text's offset `f`.
    func original(_ f: Int) -> Int {
        // Fold k stands at folded offset folds[k] - savedBefore(k).
        f + savedBefore(firstFold { folds[$0] - savedBefore($0) >= f })
    }

    /// Bytes of the original that fold `k` replaced.
    private func width(ofFold k: Int) -> Int {
        saved[k] - savedBefore(k) + 1
    }

    /// Bytes saved by the folds before fold `k`.
    private func savedBefore(_ k: Int) -> Int {
        k == 0 ? 0 : saved[k - 1]
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

    /// The sign `sign` (folded) at `i` stands beside ASCII digits; out of line, as the rare case.
    @inline(never)
    private static func isFoldableSign(_ sign: UInt8, _ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        isSignBesideASCIIDigits(sign, w, at: i, width: width(w, at: i, end: end), end: end)
    }

    /// The sign `sign` (folded), `width` bytes at `i`, stands beside ASCII digits as it would in
    /// a number: - between two (0371－65501234), + before one (＋86), X after one (…123Ｘ).
    private static func isSignBesideASCIIDigits(_ sign: UInt8, _ w: UnsafeBufferPointer<UInt8>, at i: Int, width: Int,
                                                end: Int) -> Bool {
        let before = i > 0 && isDigit(w[i - 1])
        let after = i + width < end && isDigit(w[i + width])
        switch sign {
        case UInt8(ascii: "-"): return before && after
        case UInt8(ascii: "+"): return after
        case UInt8(ascii: "X"), UInt8(ascii: "x"): return before
        default: return false
        }
    }

    /// The byte at `i` of `w` ends a form the folding may write in ASCII: a piece of text cut
    /// there could split a value.
    static func endsForm(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i >= 2 && i < w.count && ascii(w[i - 2], w[i - 1], w[i]) != nil
    }

    /// A fullwidth digit stands at `i` of `w`.
    private static func holdsDigit(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < w.count && ascii(w[i], w[i + 1], w[i + 2]).map(isDigit) == true
    }

    /// The ASCII byte for the character of bytes `b0 b1 b2`, nil when it is not one we fold.
    @inline(__always)
    private static func ascii(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> UInt8? {
        switch (b0, b1, b2) {
        case (0xEF, 0xBC, 0x90...0x99): return b2 - 0x90 + UInt8(ascii: "0")   // ０…９ U+FF10…FF19
        case (0xEF, 0xBC, 0x8D): return UInt8(ascii: "-")                       // － U+FF0D
        case (0xEF, 0xBC, 0x8B): return UInt8(ascii: "+")                       // ＋ U+FF0B
        case (0xEF, 0xBC, 0xB8): return UInt8(ascii: "X")                       // Ｘ U+FF38
        case (0xEF, 0xBD, 0x98): return UInt8(ascii: "x")                       // ｘ U+FF58
        case (0xEF, 0xBC, 0xA0): return UInt8(ascii: "@")                       // ＠ U+FF20
        case (0xE2, 0x80, 0x90...0x95), (0xE2, 0x88, 0x92): return UInt8(ascii: "-")   // ‐ ‑ ‒ – — ― −
        default: return nil
        }
    }

    /// Bytes of the form at `i` (one `ascii` folds): 6 for a pair of the same dash (——), else 3.
    private static func width(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let isPair = w[i] == 0xE2 && i + 5 < end && w[i + 3] == w[i] && w[i + 4] == w[i + 1] && w[i + 5] == w[i + 2]
        return isPair ? 6 : 3
    }
}
