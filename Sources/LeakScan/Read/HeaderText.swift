/// The text of a table header cell as it names its column.
///
/// Chinese forms space out short labels to align them (`姓　名`, `性 别`) and wrap long ones
/// over lines in their cell (`身份证` / `号码`): blanks between Chinese characters are layout,
/// not words, so they go (`姓名`, `身份证号码`); other runs of blanks become one space
/// (`Student  ID` → `Student ID`, `早班 6:45`), and the ends are trimmed. The text is cut at
/// `Column.headerLimit` bytes; nil when nothing is left.
enum HeaderText {
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(min(bytes.count, Column.headerLimit))
        var i = 0
        let end = min(bytes.count, Column.headerLimit)
        while i < end {
            let blank = blankLength(bytes, at: i, end: end)
            guard blank > 0 else {
                out.append(bytes[i])
                i += 1
                continue
            }
            var next = i + blank
            while next < end, case let more = blankLength(bytes, at: next, end: end), more > 0 { next += more }
            // Dropped between two non-ASCII characters (Chinese) and at either end; else one space.
            if let last = out.last, next < end, last < 0x80 || bytes[next] < 0x80 { out.append(0x20) }
            i = next
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }

    /// The byte length of a blank at `i` (space, tab, line break, no-break space U+00A0,
    /// ideographic space U+3000), or 0.
    private static func blankLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        switch b[i] {
        case 0x20, 0x09, 0x0A, 0x0D: return 1
        case 0xC2 where i + 1 < end && b[i + 1] == 0xA0: return 2
        case 0xE3 where i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0x80: return 3
        default: return 0
        }
    }
}
