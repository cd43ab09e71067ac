/// Works out how a text source is encoded from its first bytes.
enum EncodingSniffer {
    /// How many leading bytes are looked at to decide between UTF-8 and GB18030.
    static let utf8ProbeLength = 64 * 1024
    /// A NUL byte this close to the start means binary.
    static let binaryProbeLength = 8 * 1024

    enum Result: Equatable {
        case binary
        /// `bomLength` bytes of byte-order mark come first and are not text.
        case text(TextEncoding, bomLength: Int)
    }

    /// `head` is the start of the source (up to `utf8ProbeLength` bytes); `isWhole` says it is all of it.
    static func sniff(_ head: [UInt8], isWhole: Bool) -> Result {
        if head.starts(with: [0xFF, 0xFE]) { return .text(.utf16LE, bomLength: 2) }
        if head.starts(with: [0xFE, 0xFF]) { return .text(.utf16BE, bomLength: 2) }
        if head.prefix(binaryProbeLength).contains(0) { return .binary }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .text(.utf8BOM, bomLength: 3) }
        let valid = head.withUnsafeBufferPointer { isValidUTF8($0, allowTruncatedEnd: !isWhole) }
        return .text(valid ? .utf8 : .gb18030, bomLength: 0)
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF). With
    /// `allowTruncatedEnd`, a sequence cut off by the end of the buffer is accepted.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
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
            default: return false
            }
            for k in 1..<len {
                guard i + k < n else { return allowTruncatedEnd }
                let t = b[i + k]
                if k == 1 { if t < lo || t > hi { return false } } else if t & 0xC0 != 0x80 { return false }
            }
            i += len
        }
        return true
    }
}
