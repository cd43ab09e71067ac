/// Which strings of a workbook's shared string table some cell uses, a bit each. A table may
/// keep strings no cell uses any more: a tool that deletes rows without rewriting the table
/// (Excel rewrites it on save; generators and template fillers often do not) leaves the old
/// rows' IDs and names in the file, unseen in every sheet (`XLSXReader.scanUnusedStrings`).
final class SharedStringUse {
    private var words: [UInt64]

    init(count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    @inline(__always)
    func mark(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    func isUsed(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Adds the strings `other` saw used (a sheet read on another thread).
    func formUnion(_ other: SharedStringUse) {
        for i in words.indices { words[i] |= other.words[i] }
    }
}
