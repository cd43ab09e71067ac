#if canImport(Glibc)
import Glibc
#endif

/// Word-at-a-time byte searching and counting, for line bookkeeping and record ends.
enum ByteScanning {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Number of bytes equal to `byte` in `b[range]`.
    static func count(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard !range.isEmpty, let base = b.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let pattern = ones &* UInt64(byte)
        var i = range.lowerBound
        var n = 0
        while i + 8 <= range.upperBound {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
            let t = ((x & lows) &+ lows) | x
            n += (~t & highs).nonzeroBitCount
            i += 8
        }
        while i < range.upperBound { if base[i] == byte { n += 1 }; i += 1 }
        return n
    }

    /// Number of Unicode scalars (bytes that are not UTF-8 continuation bytes) in `b[range]`.
    static func scalarCount(in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard !range.isEmpty, let base = b.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var i = range.lowerBound
        var continuation = 0
        while i + 8 <= range.upperBound {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            continuation += (w & ~(w << 1) & highs).nonzeroBitCount
            i += 8
        }
        while i < range.upperBound { if base[i] & 0xC0 == 0x80 { continuation += 1 }; i += 1 }
        return range.count - continuation
    }

    /// The value of a hexadecimal digit (either case), nil for any other byte.
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// Index of the first `byte` in `b[range]`, if any.
    static func firstIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = b.baseAddress,
              let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Index of the last `byte` in `b[range]`, if any.
    static func lastIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let pattern = ones &* UInt64(byte)
        var i = range.upperBound
        while i - 8 >= range.lowerBound {
            let x = raw.loadUnaligned(fromByteOffset: i - 8, as: UInt64.self) ^ pattern
            let t = ((x & lows) &+ lows) | x
            let hits = ~t & highs
            if hits != 0 { return i - 8 + (63 - hits.leadingZeroBitCount) / 8 }
            i -= 8
        }
        while i > range.lowerBound {
            i -= 1
            if base[i] == byte { return i }
        }
        return nil
    }

    /// Whether `needle` occurs in `text`; with `ignoringCase`, ASCII letters match in either case.
    static func contains(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, ignoringCase: Bool = false) -> Bool {
        guard !needle.isEmpty else { return true }
        guard text.count >= needle.count else { return false }
        func same(_ a: UInt8, _ b: UInt8) -> Bool { a == b || (ignoringCase && isASCIILetter(a) && a | 0x20 == b | 0x20) }
        for start in 0...(text.count - needle.count) where same(text[start], needle[0]) {
            var k = 1
            while k < needle.count, same(text[start + k], needle[k]) { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// Whether `text` opens with `prefix`, ASCII letters in either case (a link's `MAILTO:`, a
    /// formula's `hyperlink(`).
    static func opens<C: Collection<UInt8>>(_ text: C, withFolded prefix: [UInt8]) -> Bool {
        text.count >= prefix.count && zip(text, prefix).allSatisfy { a, b in a == b || isASCIILetter(a) && a | 0x20 == b | 0x20 }
    }

    /// Where `b[range]` ends without cutting a UTF-8 character: `range.upperBound`, or the start
    /// of the character the range's end cuts (unless that character starts the range).
    static func wholeCharactersEnd(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return range.upperBound }
        var lead = range.upperBound - 1
        while lead > range.lowerBound, lead > range.upperBound - 4, b[lead] & 0xC0 == 0x80 { lead -= 1 }
        let length = b[lead] < 0xC0 ? 1 : sequenceLength(lead: b[lead])
        return lead + length > range.upperBound && lead > range.lowerBound ? lead : range.upperBound
    }

    /// Bytes of the UTF-8 sequence that `lead` opens (1 for ASCII, or a stray byte read as one).
    @inline(__always)
    static func sequenceLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
