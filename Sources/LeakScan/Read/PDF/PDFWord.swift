/// One word of a PDF page as poppler's text layout finds it: its UTF-8 text and its box in
/// points, `top` above `bottom` (y grows down the page).
struct PDFWord {
    var text: [UInt8]
    var left, top, right, bottom: Double
    /// poppler saw a space after it, within the same block of text.
    var spaceAfter: Bool

    /// A box from a damaged or hostile file may lie at any distance, or at none (NaN): it is
    /// brought within `farthest` points of the origin, so that the layout's arithmetic (buckets
    /// of positions as integers) stays defined; no page is that large.
    init(text: [UInt8], left: Double, top: Double, right: Double, bottom: Double, spaceAfter: Bool) {
        self.text = text
        self.left = Self.bounded(left)
        self.top = Self.bounded(top)
        self.right = Self.bounded(right)
        self.bottom = Self.bounded(bottom)
        self.spaceAfter = spaceAfter
    }

    static let farthest = 1e7

    private static func bounded(_ x: Double) -> Double {
        x.isNaN ? 0 : min(max(x, -farthest), farthest)
    }

    var height: Double { bottom - top }
    var middle: Double { (top + bottom) / 2 }
}
