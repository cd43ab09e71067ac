/// Cell values that mean "nothing here" (无, 同上, N/A), from patterns/empty_values.txt: under a
/// name or address header they are neither.
struct EmptyValues: Sendable {
    static let shared = EmptyValues(file: .embedded("empty_values.txt"))

    /// Lower-cased bytes of each value (a few dozen: compared in turn, nothing allocated).
    private let values: [[UInt8]]
    /// The Han ones as word keys, for name candidates.
    let hanKeys: [UInt64]
    /// Bytes in the longest value: most cells are longer and need no comparison.
    private let longest: Int
    /// The placeholder names (张三, 李四: flag `placeholder`), two Han characters each, their six
    /// bytes as one number: a cell's whole text compared at once.
    private let placeholderNames: [UInt64]
    /// The last bytes of those names, a bit each: most cells' last byte is none of them.
    private let placeholderLastBytes: (UInt64, UInt64, UInt64, UInt64)

    init(file: PatternFile) {
        values = file.rows.map { Array($0[0].lowercased().utf8) }
        placeholderNames = file.rows.filter { $0.count >= 2 && $0[1] == "placeholder" && $0[0].utf8.count == 6 }
            .map { $0[0].utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        var last: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for name in placeholderNames {
            let byte = Int(name & 0xFF)
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: last.0 |= bit
            case 1: last.1 |= bit
            case 2: last.2 |= bit
            default: last.3 |= bit
            }
        }
        placeholderLastBytes = last
        hanKeys = file.rows.compactMap { HanText.scalars($0[0]).map(HanText.key) }
        longest = values.map(\.count).max() ?? 0
    }

    /// The six bytes at `w[i...]` are a placeholder name's (a cell of six bytes: the caller knows).
    func isPlaceholderName(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = Int(w[i + 5])
        let bits = byte >> 6 == 0 ? placeholderLastBytes.0 : byte >> 6 == 1 ? placeholderLastBytes.1
            : byte >> 6 == 2 ? placeholderLastBytes.2 : placeholderLastBytes.3
        guard bits & (UInt64(1) << UInt64(byte & 63)) != 0 else { return false }
        var key: UInt64 = 0
        for k in 0..<6 { key = key << 8 | UInt64(w[i + k]) }
        return placeholderNames.contains(key)
    }

    /// `w[range]` is one of the values (ASCII compared case-insensitively).
    func contains(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= longest else { return false }
        return values.contains { value in
            value.count == range.count && value.indices.allSatisfy { k in
                let b = w[range.lowerBound + k]
                return (b &- 0x41 < 26 ? b | 0x20 : b) == value[k]
            }
        }
    }
}
