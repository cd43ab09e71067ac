/// Cell values that mean "nothing here" (无, 同上, N/A), from patterns/empty_values.txt: under a
/// name or address header they are neither.
struct EmptyValues: Sendable {
    static let shared = EmptyValues(file: .embedded("empty_values.txt"))

    /// Lower-cased bytes of each value.
    private let values: Set<[UInt8]>
    /// The Han ones as word keys, for name candidates.
    let hanKeys: [UInt64]

    init(file: PatternFile) {
        values = Set(file.rows.map { Array($0[0].lowercased().utf8) })
        hanKeys = file.rows.compactMap { HanText.scalars($0[0]).map(HanText.key) }
    }

    /// `w[range]` is one of the values (ASCII compared case-insensitively).
    func contains(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 32 else { return false }
        return values.contains(range.map { w[$0] &- 0x41 < 26 ? w[$0] | 0x20 : w[$0] })
    }

}
