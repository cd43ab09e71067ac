/// Text with escapes decoded into UTF-8 for the detectors: a JSON or YAML string
/// (`\u5f20\u4f1f`, what Python's `json.dumps` and PyYAML write for every Chinese character by
/// default; `\"`, `\n`), a Java properties value, a percent-encoded or `\u`-escaped run of
/// running text. For each decoded byte it keeps the offset in the file's text it came from, so
/// that a finding is located where its escapes stand.
final class DecodedText {
    private(set) var bytes: [UInt8] = []
    /// `offsets[k]`: text offset of `bytes[k]`'s source; one more at the end, for the end of
    /// the last byte.
    private(set) var offsets: [Int] = [0]
    /// A high surrogate (`\uD83D`) waiting for its low half.
    private var highSurrogate: UInt32?
    private var highSurrogateOffset = 0

    var count: Int { bytes.count }

    func clear(at offset: Int) {
        bytes.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        offsets.append(offset)
        highSurrogate = nil
    }

    /// Starts over for a run of escapes that starts at `t[start]` in running text, with the plain
    /// text of its line before it, `limit` bytes at most, as context (the key `xm=` names the
    /// value); `textStart` is the text offset of `t[0]`. Returns where the run starts in `bytes`
    /// (the scan starts there).
    func restart(before start: Int, in t: UnsafeBufferPointer<UInt8>, limit: Int, textStart: Int) -> Int {
        var contextStart = max(0, start - limit)
        if let newline = ByteScanning.lastIndex(of: 0x0A, in: t, contextStart..<start) { contextStart = newline + 1 }
        clear(at: textStart + contextStart)
        if start > contextStart { append(plain: UnsafeBufferPointer(rebasing: t[contextStart..<start]), at: textStart + contextStart) }
        return count
    }

    /// Copies plain text that starts at text offset `offset`.
    func append(plain text: UnsafeBufferPointer<UInt8>, at offset: Int) {
        flushSurrogate()
        bytes.append(contentsOf: text)
        offsets.removeLast()
        for k in 0...text.count { offsets.append(offset + k) }
    }

    /// Decodes the escape `text` (from its backslash on: `\n`, `\u5f20`) found at `offset`. An
    /// escape JSON does not know keeps the character after the backslash.
    func append(escape text: UnsafeBufferPointer<UInt8>, at offset: Int) {
        let end = offset + text.count
        guard text.count >= 2 else { return }
        if text[1] == UInt8(ascii: "u"), text.count == 6, let unit = Self.hexValue(text[2..<6]) {
            if unit >= 0xD800, unit < 0xDC00 {
                flushSurrogate()
                highSurrogate = unit
                highSurrogateOffset = offset
                offsets[offsets.count - 1] = end
                return
            }
            if unit >= 0xDC00, unit < 0xE000, let high = highSurrogate {
                highSurrogate = nil
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                append(scalar: Unicode.Scalar(scalar) ?? "\u{FFFD}", from: highSurrogateOffset, to: end)
                return
            }
            flushSurrogate()
            append(scalar: Unicode.Scalar(unit) ?? "\u{FFFD}", from: offset, to: end)
            return
        }
        flushSurrogate()
        let byte: UInt8
        switch text[1] {
        case UInt8(ascii: "n"): byte = 0x0A
        case UInt8(ascii: "t"): byte = 0x09
        case UInt8(ascii: "r"): byte = 0x0D
        case UInt8(ascii: "b"): byte = 0x08
        case UInt8(ascii: "f"): byte = 0x0C
        default: byte = text[1]
        }
        bytes.append(byte)
        offsets[offsets.count - 1] = offset
        offsets.append(end)
    }

    /// Adds one decoded byte whose source spans text offsets `start..<end` (a `%XX` escape).
    func append(byte: UInt8, from start: Int, to end: Int) {
        flushSurrogate()
        bytes.append(byte)
        offsets[offsets.count - 1] = start
        offsets.append(end)
    }

    /// Forgets the first `n` bytes (scanned already).
    func drop(first n: Int) {
        bytes.removeFirst(n)
        offsets.removeFirst(n)
    }

    /// The end offset when the string's source has been read up to text offset `offset`.
    func markEnd(_ offset: Int) {
        flushSurrogate()
        offsets[offsets.count - 1] = offset
    }

    /// A high surrogate without its low half is not a character.
    private func flushSurrogate() {
        guard highSurrogate != nil else { return }
        highSurrogate = nil
        let end = offsets[offsets.count - 1]
        append(scalar: "\u{FFFD}", from: highSurrogateOffset, to: end)
    }

    private func append(scalar: Unicode.Scalar, from offset: Int, to end: Int) {
        offsets.removeLast()
        for unit in String(scalar).utf8 {
            bytes.append(unit)
            offsets.append(offset)
        }
        offsets.append(end)
    }

    private static func hexValue(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        var value: UInt32 = 0
        for b in digits {
            guard let v = ByteScanning.hexValue(b) else { return nil }
            value = value << 4 | UInt32(v)
        }
        return value
    }
}

/// Locates values of a decoded string: each decoded byte's text offset, then line and column.
struct DecodedLocator: PieceLocator {
    var text: TextLocator
    let offsets: UnsafeBufferPointer<Int>

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        text.locate(offsets[range.lowerBound]..<offsets[range.upperBound], in: window)
    }
}
