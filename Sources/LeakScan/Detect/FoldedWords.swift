/// Lower-case ASCII words looked up in text with capitals folded, kept by their length so that
/// a word is compared with a few: a role's mailbox (`info`, `jwc`), an English organisation's
/// word (`school`, `Ltd`), a word no foreign name holds (`Applicable`, `Office`).
struct FoldedWords: Sendable {
    private let byLength: [[[UInt8]]]

    init(_ words: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for word in words { buckets[word.utf8.count].append(Array(word.utf8)) }
        byLength = buckets
    }

    /// `w[range]` is one of the words, case aside.
    func contains(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count < byLength.count && byLength[range.count].contains { Self.equalsFolded(w, range, $0) }
    }

    /// `w[range]` is `word` (lower-case ASCII), capitals folded.
    static func equalsFolded(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        range.count == word.count && zip(w[range], word).allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
    }
}
