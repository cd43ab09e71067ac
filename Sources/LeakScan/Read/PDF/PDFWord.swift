/// One word of a PDF page as poppler's text layout finds it: its UTF-8 text and its box in
/// points, `top` above `bottom` (y grows down the page).
struct PDFWord {
    var text: [UInt8]
    var left, top, right, bottom: Double
    /// poppler saw a space after it, within the same block of text.
    var spaceAfter: Bool

    var height: Double { bottom - top }
    var middle: Double { (top + bottom) / 2 }
}
