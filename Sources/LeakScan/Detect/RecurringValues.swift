/// Values found earlier in the same document (a text file, a CSV, one part of a workbook), so
/// that a later mention without any cue is still found: a home-visit record names the student
/// once after 学生：, then writes 为汤若彤答疑 with nothing around the name to vouch for it.
///
/// Only Han values of two to four characters are kept (a name's word key). The engine marks the
/// first character of each in its Han trigger table, so that text without such a character costs
/// nothing more. Memory is bounded: past `capacity` values everything is forgotten and learning
/// starts again (the last few hundred names of a long file are the ones that recur nearby).
/// A class with fixed storage: `remember` runs for every name found, and a struct's array in
/// the engine cost a uniqueness and an exclusivity check per call.
final class RecurringValues {
    /// Remembered word keys, open addressing (0 marks an empty slot: no word key is 0).
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private var count = 0
    /// First scalars marked in the trigger table, to unmark them when forgetting.
    private let marked: UnsafeMutableBufferPointer<UInt16>
    private var markedCount = 0
    private let triggers: HanTriggerTable
    private let bit: UInt8

    static let capacity = 512
    /// `slots` has 2^11 = 4 × `capacity` slots.
    private static let shift: UInt64 = 64 - 11

    /// `triggers` is the engine's Han trigger table; `bit` is the bit
    /// that stands for "a remembered value may start here".
    init(triggers: HanTriggerTable, bit: UInt8) {
        self.triggers = triggers
        self.bit = bit
        slots = .allocate(capacity: 1 << (64 - Self.shift))
        slots.initialize(repeating: 0)
        precondition(slots.count >= 2 * Self.capacity, "open addressing needs free slots")
        marked = .allocate(capacity: Self.capacity)
    }

    deinit {
        slots.deallocate()
        marked.deallocate()
    }

    /// Remembers the value at `w[range]` if it is two to four Han characters.
    func remember(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count % 3 == 0, (6...12).contains(range.count) else { return }
        let (characters, key) = Self.prefixKey(w, from: range.lowerBound, end: range.upperBound)
        guard characters * 3 == range.count else { return }
        var (i, found) = probe(key)
        if found { return }
        if count == Self.capacity {
            forget()
            i = WordSet.home(of: key, shift: Self.shift)
        }
        slots[i] = key
        count += 1
        let first = Int(key & 0xFFFF)
        if triggers[first] & bit == 0 {
            triggers.set(bit, for: first)
            marked[markedCount] = UInt16(first)
            markedCount += 1
        }
    }

    /// The longest remembered value that starts at `start`, a character marked in the trigger table.
    func recurrence(in w: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Range<Int>? {
        let (characters, key) = Self.prefixKey(w, from: start, end: end)
        var length = characters
        while length >= 2 {
            // A word key holds its first character lowest: a prefix's key is a mask of it.
            let prefix = length == 4 ? key : key & ((1 &<< (16 * UInt64(length))) &- 1)
            if contains(prefix) { return start..<(start + 3 * length) }
            length -= 1
        }
        return nil
    }

    /// How many Han characters (at most four) start at `start`, and the word key (`HanText.key`)
    /// of them all, read straight from the bytes.
    @inline(__always)
    private static func prefixKey(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (characters: Int, key: UInt64) {
        var key: UInt64 = 0
        var characters = 0
        while characters < 4, let s = HanText.han(w, at: start + 3 * characters, end: end) {
            key |= UInt64(s) << (16 * UInt64(characters))
            characters += 1
        }
        return (characters, key)
    }

    /// Forgets every value (a new document starts, or memory is full).
    func forget() {
        guard count > 0 else { return }
        for k in 0..<markedCount { triggers.clear(bit, for: Int(marked[k])) }
        markedCount = 0
        slots.update(repeating: 0)
        count = 0
    }

    private func contains(_ key: UInt64) -> Bool { probe(key).found }

    /// The slot that holds `key`, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ key: UInt64) -> (slot: Int, found: Bool) {
        var i = WordSet.home(of: key, shift: Self.shift)
        while slots[i] != 0 {
            if slots[i] == key { return (i, true) }
            i = (i + 1) & (slots.count - 1)
        }
        return (i, false)
    }
}
