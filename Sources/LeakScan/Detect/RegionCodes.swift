/// GB/T 2260 administrative division codes, current and retired, from patterns/cn_regions.txt
/// (see scripts/convert_stdnum_regions.py). Resident IDs keep the code of the place where the
/// birth was registered, so a code abolished since is still a real ID prefix.
public struct RegionCodes: Sendable {
    private let known: [UInt64]
    private let current: [UInt64]
    private let provinces: [Bool]
    private let names: [Int: String]

    public static let shared = RegionCodes(file: .regionTable)

    /// Rows: six-digit code, name, `current` or `retired`. Province codes are the `xx0000` rows.
    public init(file: PatternFile) {
        var known = [UInt64](repeating: 0, count: 1_000_000 / 64 + 1)
        var current = known
        var provinces = [Bool](repeating: false, count: 100)
        var names: [Int: String] = [:]
        for row in file.rows {
            guard row.count >= 3, row[0].utf8.count == 6, let code = Int(row[0]) else { continue }
            known[code >> 6] |= 1 << UInt64(code & 63)
            if row[2] == "current" { current[code >> 6] |= 1 << UInt64(code & 63) }
            if code % 10000 == 0 { provinces[code / 10000] = true }
            names[code] = String(row[1])
        }
        self.known = known
        self.current = current
        self.provinces = provinces
        self.names = names
    }

    /// The six-digit code is in the table, current or retired.
    @inline(__always)
    public func isKnown(code: Int) -> Bool {
        guard code >= 0, code < 1_000_000 else { return false }
        return known[code >> 6] & (1 << UInt64(code & 63)) != 0
    }

    /// The first two digits of the six-digit code name a province-level division (including 71
    /// Taiwan and the 81/82/83 residence-permit prefixes).
    @inline(__always)
    public func isKnownProvince(code: Int) -> Bool {
        guard code >= 0, code < 1_000_000 else { return false }
        return provinces[code / 10000]
    }

    /// The code is still in use (not abolished or renumbered).
    public func isCurrent(code: Int) -> Bool {
        guard code >= 0, code < 1_000_000 else { return false }
        return current[code >> 6] & (1 << UInt64(code & 63)) != 0
    }

    /// The latest name of the division (`朝阳区`, `市辖区`, `北京市`), nil for unknown codes.
    public func name(of code: Int) -> String? {
        names[code]
    }
}
