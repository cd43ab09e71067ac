/// Works out how a text source is encoded from its first bytes.
enum EncodingSniffer {
    /// How many leading bytes are looked at to decide between UTF-8 and GB18030.
    static let utf8ProbeLength = 64 * 1024
    /// A NUL byte this close to the start means binary, unless the bytes are text but for a few
    /// (`hasStrayControlBytes`).
    static let binaryProbeLength = 8 * 1024

    enum Result: Equatable {
        case binary
        /// `bomLength` bytes of byte-order mark come first and are not text.
        case text(TextEncoding, bomLength: Int)
        /// Text in an encoding not read (UTF-32, by its byte-order mark): an error, never clean.
        case unreadText(String)
    }

    /// `head` is the start of the source (up to `utf8ProbeLength` bytes).
    static func sniff(_ head: [UInt8]) -> Result {
        // UTF-32's marks first: its little-endian one opens as UTF-16's does.
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .unreadText("UTF-32") }
        if head.starts(with: [0xFF, 0xFE]) { return .text(.utf16LE, bomLength: 2) }
        if head.starts(with: [0xFE, 0xFF]) { return .text(.utf16BE, bomLength: 2) }
        let probe = head.prefix(binaryProbeLength)
        if probe.contains(0) {
            if let utf16 = utf16WithoutBOM(probe) { return .text(utf16, bomLength: 0) }
            guard hasStrayControlBytes(probe) else { return .binary }
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .text(.utf8BOM, bomLength: 3) }
        let isUTF8 = head.withUnsafeBufferPointer { isValidUTF8($0) || isMostlyUTF8($0) }
        return .text(isUTF8 ? .utf8 : .gb18030, bomLength: 0)
    }

    /// UTF-16 written without a byte-order mark (some .NET and Java exports, files re-saved by
    /// scripts): the NUL bytes of its ASCII characters stand at odd offsets (little-endian) or
    /// even ones (big-endian), a quarter of them at least, and almost none at the others.
    /// Binary data has its NULs anywhere.
    private static func utf16WithoutBOM(_ probe: ArraySlice<UInt8>) -> TextEncoding? {
        var nuls = (even: 0, odd: 0)
        for (k, b) in probe.enumerated() where b == 0 {
            if k & 1 == 0 { nuls.even += 1 } else { nuls.odd += 1 }
        }
        let units = probe.count / 2
        guard units >= 2 else { return nil }
        if nuls.odd * 4 >= units, nuls.even * 32 <= nuls.odd { return .utf16LE }
        if nuls.even * 4 >= units, nuls.odd * 32 <= nuls.even { return .utf16BE }
        return nil
    }

    /// Text with a NUL or another control byte here and there (a field a database export left
    /// empty as NUL, a pasted control character): at most one byte in a hundred is a control
    /// other than a tab, a line end, a form feed or an escape. Binary data (images, programs,
    /// compressed data) is full of them; such a CSV was skipped as binary and passed check.
    private static func hasStrayControlBytes(_ probe: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for b in probe where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B { controls += 1 }
        return controls * 100 <= probe.count
    }

    /// UTF-8 with a few bytes that are not (a file cut inside a character, a stray byte pasted
    /// in): its Chinese characters, valid three-byte sequences, outnumber the spots of invalid
    /// bytes four to one. GBK text read as UTF-8 is invalid at most of its characters and forms
    /// a three-byte sequence only by chance.
    private static func isMostlyUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var threeByte = 0
        var invalidSpots = 0
        var inInvalid = false
        var i = 0
        while i < b.count {
            let length = validSequenceLength(b, at: i)
            if length == 0 {
                if !inInvalid { invalidSpots += 1 }
                inInvalid = true
                i += 1
            } else {
                if length == 3 { threeByte += 1 }
                inInvalid = false
                i += length
            }
        }
        return threeByte >= 4 * invalidSpots
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF); a sequence
    /// cut off by the end of the buffer is accepted (the probe's end, or a file cut there).
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let length = validSequenceLength(b, at: i)
            if length == 0 { return isCutSequence(b, at: i) }
            i += length
        }
        return true
    }

    /// Bytes of the valid UTF-8 sequence at `i` (no overlongs, no surrogates, nothing above
    /// U+10FFFF), 0 when none is there or it is cut off by the buffer's end.
    private static func validSequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        let len: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: len = 2
        case 0xE0: len = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: len = 3
        case 0xED: len = 3; hi = 0x9F
        case 0xF0: len = 4; lo = 0x90
        case 0xF1...0xF3: len = 4
        case 0xF4: len = 4; hi = 0x8F
        default: return 0
        }
        for k in 1..<len {
            guard i + k < b.count else { return 0 }
            let t = b[i + k]
            if k == 1 { if t < lo || t > hi { return 0 } } else if t & 0xC0 != 0x80 { return 0 }
        }
        return len
    }

    /// A lead byte at `i` whose sequence the buffer's end cuts off, its bytes so far valid.
    private static func isCutSequence(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        let len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0
        guard len > 0, i + len > b.count else { return false }
        return b[(i + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
