/// Every value of the piece is at the same location. Byte offsets are within the piece's text,
/// or, for text a reader rewrote before scanning (a number in exponent form written out in
/// digits), the original's whole `span`: offsets in the rewritten text do not map to the file.
struct FixedLocator: PieceLocator {
    let location: Location
    var span: Range<Int>?

    func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        (location, span ?? range)
    }
}
