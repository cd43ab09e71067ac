/// Mobile segments and landline area codes from patterns/, as flat lookup tables built once.
struct PhoneNumberTables: Sendable {
    /// Indexed by digits 2-5 of an 11-digit number (the first is always 1): allocated or not.
    private let mobile: [Bool]
    /// Indexed by the two digits after the trunk 0: a 3-digit area code (010, 02x).
    private let shortCode: [Bool]
    /// Indexed by the three digits after the trunk 0: a 4-digit area code (0371 …).
    private let longCode: [Bool]

    static let shared = PhoneNumberTables(segments: .embedded("mobile_segments.txt"),
                                          areaCodes: .embedded("landline_area_codes.txt"))

    init(segments: PatternFile, areaCodes: PatternFile) {
        var mobile = [Bool](repeating: false, count: 10_000)
        for row in segments.rows {
            // A 3- to 5-digit prefix stands for every 5-digit prefix it begins.
            guard let prefix = row.first, (3...5).contains(prefix.count), prefix.hasPrefix("1"),
                  let value = Int(prefix.dropFirst()) else { continue }
            var scale = 1
            for _ in prefix.count..<5 { scale *= 10 }
            for i in value * scale ..< (value + 1) * scale { mobile[i] = true }
        }
        var shortCode = [Bool](repeating: false, count: 100)
        var longCode = [Bool](repeating: false, count: 1000)
        for row in areaCodes.rows {
            guard let code = row.first, code.hasPrefix("0"), let value = Int(code.dropFirst()) else { continue }
            switch code.count {
            case 3: shortCode[value] = true
            case 4: longCode[value] = true
            default: continue
            }
        }
        self.mobile = mobile
        self.shortCode = shortCode
        self.longCode = longCode
    }

    /// Whether an 11-digit number whose first five ASCII digits are `d` lies on an allocated segment.
    func isMobile(_ d: (UInt8, UInt8, UInt8, UInt8, UInt8)) -> Bool {
        guard d.0 == 0x31 else { return false }
        return mobile[Int(d.1 &- 0x30) * 1000 + Int(d.2 &- 0x30) * 100 + Int(d.3 &- 0x30) * 10 + Int(d.4 &- 0x30)]
    }

    /// Number of digits (trunk 0 included) of the area code that the ASCII digits `d` start with,
    /// or nil. `trunk`: `d` starts with the trunk 0 (0371…); else directly with the code, as after +86.
    func areaCodeLength(_ d: UnsafeBufferPointer<UInt8>, trunk: Bool) -> Int? {
        let s = trunk ? 1 : 0
        guard !trunk || (d.count > 0 && d[0] == 0x30) else { return nil }
        if d.count >= s + 2, shortCode[Int(d[s] &- 0x30) * 10 + Int(d[s + 1] &- 0x30)] { return s + 2 }
        if d.count >= s + 3, longCode[Int(d[s] &- 0x30) * 100 + Int(d[s + 1] &- 0x30) * 10 + Int(d[s + 2] &- 0x30)] { return s + 3 }
        return nil
    }
}
