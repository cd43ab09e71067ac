/// Turns an OFD text code (GB/T 33190-2016, 11.3) into words placed on the page, as poppler
/// gives a PDF page's: a text object has a boundary on the page (`Boundary="x y w h"`, in
/// millimetres, y down) and a font size; each of its `TextCode`s places its first character at
/// `X`, `Y` (the baseline, in the object's own space, which `CTM` maps into the boundary) and
/// the next ones `DeltaX` further each. A code's characters make one word; blanks end a word
/// with a space after it, and long advances (a table's cells set as one code) end it without
/// one, so that `PDFLines` finds the cells.
struct OFDTextCode {
    /// The object's boundary origin on the page, in millimetres.
    var originX = 0.0, originY = 0.0
    /// The object's font size, in its own space.
    var size = 0.0
    /// `CTM="a b c d e f"`: the object's space into the boundary's.
    var ctm = (a: 1.0, b: 0.0, c: 0.0, d: 1.0, e: 0.0, f: 0.0)

    /// An advance longer than this (in font sizes) ends a word: no character is that wide, so
    /// the next one stands apart. Shorter advances keep a code's characters together, whatever
    /// their glyphs' widths (which only the font knows: a writer that spreads a code's width
    /// evenly over its characters gives digits advances wider than theirs).
    static let wordAdvance = 1.6
    /// Points per millimetre: words are handed on in points, the unit `PDFLines`' tolerances use.
    static let pointsPerMillimetre = 72 / 25.4

    /// A list longer than any text code can be is damage: a code uses at most one advance per
    /// character (memory guard).
    static let advanceLimit = 1 << 16

    /// The advances of `DeltaX` (or `DeltaY`): numbers, and `g N v` for `N` advances of `v`.
    static func advances(_ list: UnsafeBufferPointer<UInt8>?) -> [Double] {
        guard let list else { return [] }
        var result: [Double] = []
        // After `g`: the count (1), then the value (2).
        var repeatStep = 0
        var count = 0
        OFDNumbers.forEachToken(list) { token in
            guard result.count < Self.advanceLimit else { return false }
            if repeatStep == 0, token.count == 1, token[0] == UInt8(ascii: "g") {
                repeatStep = 1
                return true
            }
            guard let value = OFDNumbers.number(token) else { return false }
            switch repeatStep {
            case 1:
                count = Int(exactly: value) ?? 0
                repeatStep = 2
                return count > 0
            case 2:
                result += repeatElement(value, count: min(count, Self.advanceLimit - result.count))
                repeatStep = 0
            default:
                result.append(value)
            }
            return true
        }
        return result
    }

    /// The words of `text` placed from `x`, `y` (the baseline) with `deltaX` between characters;
    /// at most `limit` of them.
    func words(_ text: [UInt8], x: Double, y: Double, deltaX: [Double], limit: Int = .max) -> [PDFWord] {
        let size = self.size > 0 ? self.size : 3.5
        var words: [PDFWord] = []
        var word: [UInt8] = []
        var left = x, right = x
        var cursor = x
        var advance = 0.0
        var index = 0
        var i = 0
        func flush(spaceAfter: Bool) {
            if !word.isEmpty { words.append(placed(word, left: left, right: right, baseline: y, size: size, spaceAfter: spaceAfter)) }
            word = []
        }
        while i < text.count, words.count < limit {
            let length = Self.characterLength(text[i])
            let end = min(i + length, text.count)
            // A character's own width: a Chinese character is square, a Latin one about half of it.
            let width = end - i >= 3 ? size : size / 2
            let isIdeographicSpace = end - i == 3 && text[i] == 0xE3 && text[i + 1] == 0x80 && text[i + 2] == 0x80
            if text[i] == 0x20 || text[i] == 0x09 || isIdeographicSpace {
                flush(spaceAfter: true)
            } else {
                if !word.isEmpty, advance > Self.wordAdvance * size { flush(spaceAfter: false) }
                if word.isEmpty { left = cursor }
                word += text[i..<end]
                right = cursor + width
            }
            advance = index < deltaX.count ? deltaX[index] : width
            cursor += advance
            index += 1
            i = end
        }
        flush(spaceAfter: false)
        return words
    }

    /// A word's box on the page, in points: its object-space box through `CTM`, then moved to
    /// the boundary's origin.
    private func placed(_ text: [UInt8], left: Double, right: Double, baseline: Double, size: Double, spaceAfter: Bool) -> PDFWord {
        let (x0, y0) = mapped(left, baseline - size)
        let (x1, y1) = mapped(right, baseline)
        let k = Self.pointsPerMillimetre
        return PDFWord(text: text, left: (originX + min(x0, x1)) * k, top: (originY + min(y0, y1)) * k,
                       right: (originX + max(x0, x1)) * k, bottom: (originY + max(y0, y1)) * k, spaceAfter: spaceAfter)
    }

    /// A point of the object's space in the boundary's (through `CTM`).
    private func mapped(_ x: Double, _ y: Double) -> (Double, Double) {
        (ctm.a * x + ctm.c * y + ctm.e, ctm.b * x + ctm.d * y + ctm.f)
    }

    /// Bytes of the UTF-8 character that starts with `lead` (1 for a stray continuation byte).
    private static func characterLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
