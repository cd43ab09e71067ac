/// The strings of a BIFF8 record (MS-XLS 2.5.293–2.5.296): characters stored one byte each
/// (the low byte of a UTF-16 code unit: "compressed") or as UTF-16LE, as a flag byte says;
/// written out in UTF-8 for the detectors.
enum BIFFText {
    /// Appends `count` characters stored from byte `at` of `record` (8-bit, or 16-bit when
    /// `highByte`) to `units`, as far as the record holds them; returns the bytes read.
    static func appendUnits(_ record: BIFFRecord, at: Int, count: Int, highByte: Bool, to units: inout [UInt16]) -> Int {
        let width = highByte ? 2 : 1
        let n = min(count, max(0, record.count - at) / width)
        for k in 0..<n {
            units.append(highByte ? UInt16(record.u16(at + 2 * k)) : UInt16(record.u8(at + k)))
        }
        return n * width
    }

    /// An `XLUnicodeString` (2-byte length) at byte `at`, or with `shortLength` a
    /// `ShortXLUnicodeString` (1-byte length), as UTF-8.
    static func string(_ record: BIFFRecord, at: Int, shortLength: Bool = false) -> [UInt8] {
        let count = shortLength ? record.u8(at) : record.u16(at)
        let flagsAt = at + (shortLength ? 1 : 2)
        var units: [UInt16] = []
        units.reserveCapacity(count)
        _ = appendUnits(record, at: flagsAt + 1, count: count, highByte: record.u8(flagsAt) & 1 != 0, to: &units)
        return utf8(units)
    }

    /// UTF-16 code units as UTF-8 (a lone surrogate becomes U+FFFD).
    static func utf8(_ units: [UInt16]) -> [UInt8] {
        Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
