/// Whether the key of a data file (JSON, YAML, properties) is a label that says what its value
/// is (`xm`, `phone`, `联系电话`), or data itself (an object keyed by student name or ID): data
/// is scanned as a value and never names a field, so that a report never shows it.
enum KeyLabel {
    /// A key longer than this is data, not a label.
    static let maximumLength = 64

    /// The middle dot of transcribed names (阿依古丽·买买提).
    private static let middleDot: [UInt8] = [0xC2, 0xB7]

    /// A label: short, no long run of digits, no `@` nor `·`; ASCII (an identifier), a label the
    /// detectors know (`联系电话`), or Chinese longer than a name and without digits
    /// (`家庭经济情况`), or a published work's (`书名`, `出版社`).
    static func isLabel(_ key: UnsafeBufferPointer<UInt8>, engine: DetectionEngine) -> Bool {
        guard !key.isEmpty, key.count <= maximumLength, !key.contains(UInt8(ascii: "@")),
              !ByteScanning.contains(Self.middleDot, in: key) else { return false }
        var digits = 0
        var anyDigit = false
        for b in key {
            digits = isDigit(b) ? digits + 1 : 0
            anyDigit = anyDigit || digits > 0
            if digits >= 6 { return false }
        }
        if key.allSatisfy({ $0 < 0x80 }) { return true }
        let text = String(decoding: key, as: UTF8.self)
        return engine.isColumnLabel(text) || (!anyDigit && text.unicodeScalars.count > 4) || PublishedWorks.namesWorks(text)
    }
}
