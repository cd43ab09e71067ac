/// Values found earlier in the same document (a text file, a CSV, one part of a workbook), so
/// that a later mention without any cue is still found: a home-visit record names the student
/// once after 学生：, then writes 为汤若彤答疑 with nothing around the name to vouch for it.
///
/// Only Han values of two to four characters are kept (a name's word key). The engine marks the
/// first character of each in its Han trigger table, so that text without such a character costs
/// nothing more. Memory is bounded: past `capacity` values everything is forgotten and learning
/// starts again (the last few hundred names of a long file are the ones that recur nearby).
struct RecurringValues {
    /// Remembered word keys, open addressing (0 marks an empty slot: no word key is 0).
    private var slots: [UInt64]
    private var count = 0
    /// First scalars marked in the trigger table, to unmark them when forgetting.
    private var marked: [UInt16] = []
    private let triggers: UnsafeMutablePointer<UInt8>
    private let bit: UInt8

    static let capacity = 512

    /// `triggers` is the engine's Han trigger table (one byte per BMP scalar); `bit` is the bit
    /// that stands for "a remembered value may start here".
    init(triggers: UnsafeMutablePointer<UInt8>, bit: UInt8) {
        self.triggers = triggers
        self.bit = bit
        slots = [UInt64](repeating: 0, count: 4 * Self.capacity)
    }

    /// Remembers the value at `w[range]` if it is two to four Han characters.
    mutating func remember(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count % 3 == 0, (6...12).contains(range.count) else { return }
        // The word key (`HanText.key`), read straight from the bytes: this runs for every name found.
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for i in stride(from: range.lowerBound, to: range.upperBound, by: 3) {
            guard let s = HanText.han(w, at: i, end: range.upperBound) else { return }
            key |= UInt64(s) << shift
            shift += 16
        }
        var i = slot(of: key)
        while slots[i] != 0 {
            if slots[i] == key { return }
            i = (i + 1) & (slots.count - 1)
        }
        if count == Self.capacity {
            forget()
            i = slot(of: key)
        }
        slots[i] = key
        count += 1
        let first = UInt16(truncatingIfNeeded: key)
        if triggers[Int(first)] & bit == 0 {
            triggers[Int(first)] |= bit
            marked.append(first)
        }
    }

    /// The longest remembered value that starts at `start`, a character marked in the trigger table.
    func recurrence(in w: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Range<Int>? {
        // Keys of the first two, three and four characters, then the longest remembered one.
        var keys: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var key: UInt64 = 0
        var characters = 0
        while characters < 4, let s = HanText.han(w, at: start + 3 * characters, end: end) {
            key |= UInt64(s) << (16 * UInt64(characters))
            characters += 1
            switch characters {
            case 2: keys.0 = key
            case 3: keys.1 = key
            case 4: keys.2 = key
            default: break
            }
        }
        if characters >= 4, contains(keys.2) { return start..<(start + 12) }
        if characters >= 3, contains(keys.1) { return start..<(start + 9) }
        if characters >= 2, contains(keys.0) { return start..<(start + 6) }
        return nil
    }

    /// Forgets every value (a new document starts, or memory is full).
    mutating func forget() {
        guard count > 0 else { return }
        for first in marked { triggers[Int(first)] &= ~bit }
        marked.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = 0 }
        count = 0
    }

    private func contains(_ key: UInt64) -> Bool {
        var i = slot(of: key)
        while slots[i] != 0 {
            if slots[i] == key { return true }
            i = (i + 1) & (slots.count - 1)
        }
        return false
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - (slots.count.trailingZeroBitCount)))
    }
}
