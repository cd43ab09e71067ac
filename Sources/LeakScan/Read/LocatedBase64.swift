/// Base64 (RFC 4648) decoded a character at a time into a `DecodedText`, for a value whose
/// characters come over folded lines (LDIF's `cn:: 6ZmG5pil54eV`). A decoded byte is located from
/// the character its first bit is in up to the one its last bit is in, so a finding's span lies
/// in the base64 text and, widened to whole groups of four characters, decodes to text that
/// holds the finding. A character outside the alphabet, padding included, ends the value: what
/// came before it is kept.
struct LocatedBase64 {
    /// The characters of the group being read: their bits, and their text offsets.
    private var bits: UInt32 = 0
    private var offsets: [Int] = []
    private var ended = false

    /// The text offset of the first character whose bytes are not decoded yet.
    var pendingStart: Int? { offsets.first }

    /// A new value starts.
    mutating func reset() {
        bits = 0
        offsets.removeAll(keepingCapacity: true)
        ended = false
    }

    /// Decodes the character `c`, at text offset `offset`.
    mutating func append(_ c: UInt8, at offset: Int, into decoded: DecodedText) {
        guard !ended else { return }
        guard let value = MIMEDecoding.base64Value(c) else {
            finish(into: decoded)
            ended = true
            return
        }
        bits = bits << 6 | UInt32(value)
        offsets.append(offset)
        if offsets.count == 4 { emit(into: decoded) }
    }

    /// Decodes the group left open by the value's end (two or three characters, unpadded).
    mutating func finish(into decoded: DecodedText) {
        if offsets.count >= 2 { emit(into: decoded) }
        bits = 0
        offsets.removeAll(keepingCapacity: true)
    }

    /// `n` characters give `n - 1` bytes; byte `k`'s bits start in character `k` and end in `k + 1`.
    private mutating func emit(into decoded: DecodedText) {
        let group = bits << (6 * UInt32(4 - offsets.count))
        for k in 0..<(offsets.count - 1) {
            decoded.append(byte: UInt8(truncatingIfNeeded: group >> (16 - 8 * UInt32(k))), from: offsets[k], to: offsets[k + 1] + 1)
        }
        bits = 0
        offsets.removeAll(keepingCapacity: true)
    }
}
