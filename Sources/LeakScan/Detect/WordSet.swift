/// A set of word keys (`HanText.key`) for the lookups that run on every candidate: open
/// addressing with a multiplicative hash, so that a lookup is a multiply, a shift and a probe or
/// two, where `Set<UInt64>` would hash with SipHash.
struct WordSet: Sendable {
    private let slots: [UInt64]
    private let shift: UInt64
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
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
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
