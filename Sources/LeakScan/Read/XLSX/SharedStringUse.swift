/// Which strings of a workbook's shared string table some cell uses, a bit each. A table may
/// keep strings no cell uses any more: a tool that deletes rows without rewriting the table
/// (Excel rewrites it on save; generators and template fillers often do not) leaves the old
/// rows' IDs and names in the file, unseen in every sheet (`XLSXReader.scanUnusedStrings`).
/// Raw storage: marking costs no exclusivity check for every shared-string cell.
final class SharedStringUse {
    private let words: UnsafeMutablePointer<UInt64>
    private let wordCount: Int

    init(count: Int) {
        wordCount = (count + 63) / 64
        words = .allocate(capacity: max(1, wordCount))
        words.initialize(repeating: 0, count: max(1, wordCount))
    }

    deinit {
        words.deallocate()
    }

    /// Marks string `index`, which the table holds (`SharedStrings.string` said so).
    @inline(__always)
    func mark(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    func isUsed(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Adds the strings `other` saw used (a sheet read on another thread).
    func formUnion(_ other: SharedStringUse) {
        for i in 0..<min(wordCount, other.wordCount) { words[i] |= other.words[i] }
    }
}
