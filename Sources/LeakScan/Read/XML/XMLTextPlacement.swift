/// The text of one XML value as libxml2 hands it over in pieces, each placed at its bytes in the
/// reader's buffer, so that a finding keeps its exact span: a piece libxml2 passes from its input
/// is where its pointer says; one it built stands just before where the parser stopped, as it
/// is, or with the carriage returns of its line ends left out (libxml2 drops them); a character
/// or entity reference (`&#x5F20;`, `&amp;`) spans its reference. A piece found nowhere (an
/// attribute value with a reference or its blanks normalised) spans the tag it was read from.
final class XMLTextPlacement {
    let decoded = DecodedText()
    private let buffer: TextBuffer
    /// The decoded range of the buffer's text the value is, byte for byte (nil once a piece is not).
    private(set) var contiguous: Range<Int>?
    private(set) var isEmpty = true

    /// A reference is at most this long (`&#x10FFFF;`).
    private static let referenceLength = 12

    init(buffer: TextBuffer) { self.buffer = buffer }

    func clear() {
        isEmpty = true
        contiguous = nil
    }

    /// Adds a piece: `source` is its decoded offset when libxml2 passed it from its input, `end`
    /// where the parser stopped. Returns the decoded offset where the piece starts.
    @discardableResult
    func append(_ text: UnsafeBufferPointer<UInt8>, source: Int?, end: Int) -> Int {
        let start = source.flatMap { holds(text, at: $0) ? $0 : nil } ?? (holds(text, at: end - text.count) ? end - text.count : nil)
        if let start {
            if isEmpty { decoded.clear(at: start) }
            decoded.append(plain: text, at: start)
            contiguous = isEmpty ? start..<(start + text.count) : contiguous.flatMap { $0.upperBound == start ? $0.lowerBound..<(start + text.count) : nil }
            isEmpty = false
            return start
        }
        let offsets = offsetsSkippingReturns(text, end: end)
        let from = offsets?.first ?? referenceStart(end: end) ?? markupStart(end: end) ?? end
        if isEmpty { decoded.clear(at: from) }
        for (k, byte) in text.enumerated() {
            let at = offsets?[k] ?? from
            decoded.append(byte: byte, from: at, to: offsets.map { $0[k] + 1 } ?? end)
        }
        contiguous = nil
        isEmpty = false
        return from
    }

    /// The gathered text without blanks at either end; nil when it is all blanks.
    func trimmed() -> Range<Int>? {
        decoded.bytes.withUnsafeBufferPointer { bytes in
            guard let first = bytes.firstIndex(where: { $0 > 0x20 }), let last = bytes.lastIndex(where: { $0 > 0x20 }) else { return nil }
            return first..<(last + 1)
        }
    }

    /// Whether the buffer holds `text` at decoded offset `offset`.
    private func holds(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let i = offset - buffer.start
        guard i >= 0, i + text.count <= buffer.count else { return false }
        return buffer.text[i..<(i + text.count)].elementsEqual(text)
    }

    /// The decoded offset of each byte of `text` when it ends at `end` with line ends' carriage
    /// returns left out.
    private func offsetsSkippingReturns(_ text: UnsafeBufferPointer<UInt8>, end: Int) -> [Int]? {
        let t = buffer.text
        var j = min(end - buffer.start, t.count)
        var k = text.count
        var offsets = [Int](repeating: 0, count: text.count)
        while k > 0 {
            guard j > 0 else { return nil }
            j -= 1
            if t[j] == text[k - 1] {
                k -= 1
                offsets[k] = buffer.start + j
            } else if t[j] != 0x0D {
                return nil
            }
        }
        return offsets
    }

    /// The `<` of the tag the parser is in or has just left at `end` (a start tag's attributes
    /// are handed over at its `>`).
    private func markupStart(end: Int) -> Int? {
        let last = min(end - buffer.start, buffer.count)
        guard last > 0 else { return nil }
        return ByteScanning.lastIndex(of: UInt8(ascii: "<"), in: buffer.text, 0..<last).map { buffer.start + $0 }
    }

    /// The `&` of a reference that ends just before `end`.
    private func referenceStart(end: Int) -> Int? {
        let t = buffer.text
        let last = end - buffer.start - 1
        guard last > 0, last < t.count, t[last] == UInt8(ascii: ";") else { return nil }
        let low = max(0, last - Self.referenceLength)
        return ByteScanning.lastIndex(of: UInt8(ascii: "&"), in: t, low..<last).map { buffer.start + $0 }
    }
}
