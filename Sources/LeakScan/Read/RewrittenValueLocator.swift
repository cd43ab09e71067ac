/// Locates the values found in text a reader rewrote before scanning (a number in exponent form
/// written out in digits): every value is at the original's location and spans it whole, since
/// offsets in the rewritten text do not map to the file.
struct RewrittenValueLocator: PieceLocator {
    let location: Location
    /// The original's source byte span.
    let span: Range<Int>

    func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        (location, span)
    }
}
