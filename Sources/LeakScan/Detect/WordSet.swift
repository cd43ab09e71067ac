/// A set of word keys (`HanText.key`) for the lookups that run on every candidate: open
/// addressing with a multiplicative hash, so that a lookup is a multiply, a shift and a probe or
/// two, where `Set<UInt64>` would hash with SipHash.
struct WordSet: Sendable {
    private let slots: [UInt64]
    private let shift: UInt64
    /// For a large set, a blocked Bloom filter in front of the table: one 64-bit word per key,
    /// two bits set in it. It is small enough to stay in the first-level cache, so most words
    /// that are not in the set are turned away without touching the table (the 256 KB table of
    /// 14,000 stop words missed the cache on most name checks). Empty for small sets.
    private let filter: [UInt64]
    private static let filterBits = 11
    /// Sets of at least this many slots (32 KB) get a filter.
    private static let filteredSlots = 4096
    /// 0 marks an empty slot: no word key is 0.
    private static let empty: UInt64 = 0

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Set(keys).filter { $0 != Self.empty }
        var bits = 4
        while (1 << bits) < unique.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: Self.empty, count: 1 << bits)
        let shift = UInt64(64 - bits)
        let mask = (1 << bits) - 1
        for key in unique {
            var i = Self.home(of: key, shift: shift)
            while slots[i] != Self.empty { i = (i + 1) & mask }
            slots[i] = key
        }
        self.slots = slots
        self.shift = shift
        var filter: [UInt64] = []
        if slots.count >= Self.filteredSlots {
            filter = [UInt64](repeating: 0, count: 1 << Self.filterBits)
            for key in unique {
                let (word, bits) = Self.filterPosition(of: key)
                filter[word] |= bits
            }
        }
        self.filter = filter
    }

    /// The filter word of `key` and the two bits it sets there, from a second multiplicative hash.
    @inline(__always)
    private static func filterPosition(of key: UInt64) -> (word: Int, bits: UInt64) {
        let h = key &* 0xD6E8_FEB8_6659_FD93
        return (Int(truncatingIfNeeded: h >> UInt64(64 - filterBits)), 1 &<< (h & 63) | 1 &<< ((h >> 6) & 63))
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        if !filter.isEmpty {
            let (word, bits) = Self.filterPosition(of: key)
            if filter[word] & bits != bits { return false }
        }
        let mask = slots.count - 1
        var i = Self.home(of: key, shift: shift)
        while true {
            let slot = slots[i]
            if slot == key { return true }
            if slot == Self.empty { return false }
            i = (i + 1) & mask
        }
    }

    /// The slot where probing for `key` starts in a table of `1 << (64 - shift)` slots
    /// (Fibonacci hashing: the top bits of the key times 2^64 / φ).
    @inline(__always)
    static func home(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// One bit per BMP scalar: membership of a character in a small set, in one load.
struct ScalarSet: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for s in scalars where s < 0x10000 { words[Int(s >> 6)] |= 1 << UInt64(s & 63) }
    }

    @inline(__always)
    func contains(_ s: UInt32) -> Bool {
        s < 0x10000 && words[Int(s >> 6)] & (1 << UInt64(s & 63)) != 0
    }
}
