/// The text of a dBase table's character fields and field names, as UTF-8. The language driver
/// byte names the code page; Chinese, Japanese and Korean ones are read as named (GBK as
/// GB18030, its superset). Other bytes are not trusted: dBase III left the byte 0, FoxPro for
/// DOS writes 0x01 (US DOS) and Visual FoxPro 0x03 (Windows ANSI) on any system, and the 学籍
/// and 报名 systems that ran on Chinese ones wrote GBK under them. Such a table is UTF-8 until a
/// field is not, then GB18030 (`sniff` looks at the first records so that a short GBK field
/// that happens to be valid UTF-8 is not taken for it).
struct DBFText {
    /// iconv names of the code pages of the CJK language drivers.
    private static let codePages: [UInt8: String] = [
        0x4D: "GB18030", 0x7A: "GB18030", 0x4F: "CP950", 0x78: "CP950",
        0x4E: "CP949", 0x79: "CP949", 0x13: "CP932", 0x7B: "CP932",
    ]

    /// The code page read, nil while the table may be UTF-8.
    private var converter: IconvConverter?
    private let output: UnsafeMutableBufferPointer<UInt8>

    /// `longestField`: bytes of the longest field to decode.
    init(languageDriver: UInt8, longestField: Int) {
        converter = Self.codePages[languageDriver].flatMap { try? IconvConverter(from: $0) }
        output = .allocate(capacity: 3 * max(longestField, 11))
    }

    func deallocate() { output.deallocate() }

    /// Notes a field of the table's first records: one that is not UTF-8 makes the table GB18030.
    mutating func sniff(_ raw: UnsafeBufferPointer<UInt8>) {
        if converter == nil, !isASCII(raw), !EncodingSniffer.isValidUTF8(raw) { converter = try? IconvConverter(from: "GB18030") }
    }

    /// `raw` in UTF-8, valid until the next call.
    mutating func utf8(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if isASCII(raw) { return raw }
        sniff(raw)
        guard let converter else { return raw }
        return UnsafeBufferPointer(rebasing: output[0..<converter.convertReplacing(raw, into: output)])
    }

    private func isASCII(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        !raw.contains { $0 >= 0x80 }
    }
}
