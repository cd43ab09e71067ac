/// For each BMP scalar, a bit per Han detector that wants it and a bit for "a value remembered
/// earlier in the document may start here" (`RecurringValues`). Every Chinese character of the
/// input is looked up: a summary bit per scalar (8 KB, which stays in the first-level cache)
/// turns away the many that wake nobody before the 64 KB table is read.
final class HanTriggerTable {
    private let bytes: UnsafeMutablePointer<UInt8>
    private let summary: UnsafeMutablePointer<UInt64>

    init() {
        bytes = .allocate(capacity: 0x10000)
        bytes.initialize(repeating: 0, count: 0x10000)
        summary = .allocate(capacity: 0x10000 / 64)
        summary.initialize(repeating: 0, count: 0x10000 / 64)
    }

    deinit {
        bytes.deallocate()
        summary.deallocate()
    }

    /// The bits of `scalar` (below 0x10000).
    @inline(__always)
    subscript(scalar: Int) -> UInt8 {
        summary[scalar &>> 6] & (1 &<< UInt64(scalar & 63)) == 0 ? 0 : bytes[scalar]
    }

    func set(_ bit: UInt8, for scalar: Int) {
        bytes[scalar] |= bit
        summary[scalar >> 6] |= 1 << UInt64(scalar & 63)
    }

    func clear(_ bit: UInt8, for scalar: Int) {
        bytes[scalar] &= ~bit
        if bytes[scalar] == 0 { summary[scalar >> 6] &= ~(1 << UInt64(scalar & 63)) }
    }
}
