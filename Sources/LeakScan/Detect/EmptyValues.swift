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
    private let placeholderLastBytes: ScalarSet

    init(file: PatternFile) {
        values = file.rows.map { Array($0[0].lowercased().utf8) }
        placeholderNames = file.rows.filter { $0.count >= 2 && $0[1] == "placeholder" && $0[0].utf8.count == 6 }
            .map { $0[0].utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        placeholderLastBytes = ScalarSet(placeholderNames.map { UInt32($0 & 0xFF) })
        hanKeys = file.rows.compactMap { HanText.scalars($0[0]).map(HanText.key) }
        longest = values.map(\.count).max() ?? 0
    }

    /// The six bytes at `w[i...]` are a placeholder name's (a cell of six bytes: the caller knows).
    func isPlaceholderName(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard placeholderLastBytes.contains(UInt32(w[i + 5])) else { return false }
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
