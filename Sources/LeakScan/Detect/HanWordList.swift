/// Words looked for in text at a position, or ending at one (address markers, organisation
/// suffixes, words around names), in the order given: longest first where the length found
/// matters. The first and last characters of the words are kept as bitsets: most positions of
/// a text start and end no word, and are turned away after one look, where comparing every word
/// cost a look at each (and a retained array each), on every character of running text.
struct HanWordList: Sendable {
    let words: [[UInt8]]
    private let firsts: ScalarSet
    private let lasts: ScalarSet
    /// Some word starts or ends with a character outside the BMP, which the bitsets cannot hold:
    /// every position is looked at.
    private let unfiltered: Bool
    /// The words' indices in list order, grouped by their first character's low byte (group `g`
    /// is `byFirst[groupStart[g]..<groupStart[g + 1]]`): a position is compared with the few
    /// words that may start there, not with the whole list.
    private let byFirst: [Int32]
    private let groupStart: [Int32]
    /// The same, grouped by their last character's low byte: the words that may end at a
    /// position (an address cell ending in 室 or 园 is compared with the few suffixes ending so).
    private let byLast: [Int32]
    private let lastGroupStart: [Int32]

    init(_ words: [[UInt8]]) {
        self.words = words
        let firsts = words.map { HanText.firstScalar($0)?.value }
        let lasts = words.map { String(decoding: $0, as: UTF8.self).unicodeScalars.last?.value }
        self.firsts = ScalarSet(firsts.compactMap { $0 })
        self.lasts = ScalarSet(lasts.compactMap { $0 })
        unfiltered = (firsts + lasts).contains { ($0 ?? 0) >= 0x10000 }
        (byFirst, groupStart) = Self.grouped(by: firsts.map { $0 ?? 0 }, unfiltered: unfiltered)
        (byLast, lastGroupStart) = Self.grouped(by: lasts.map { $0 ?? 0 }, unfiltered: unfiltered)
    }

    /// The words' indices grouped by the low byte of `scalars` (one per word), in list order
    /// within each group, and where each group starts; with no bitsets to tell (`unfiltered`),
    /// every word is a candidate, in list order.
    private static func grouped(by scalars: [UInt32], unfiltered: Bool) -> (indices: [Int32], starts: [Int32]) {
        let group = scalars.map { Int($0 & 0xFF) }
        var start = [Int32](repeating: 0, count: 257)
        for g in group { start[g + 1] += 1 }
        for g in 0..<256 { start[g + 1] += start[g] }
        var next = start
        var indices = [Int32](repeating: 0, count: scalars.count)
        for (index, g) in group.enumerated() {
            indices[Int(next[g])] = Int32(index)
            next[g] += 1
        }
        return (unfiltered ? scalars.indices.map(Int32.init) : indices, start)
    }

    /// Bytes of the first word that stands at window offset `i` (before `end`), 0 when none.
    @inline(__always)
    func length(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        for k in candidates(at: i, in: w, end: end) where HanText.has(word(k), in: w, at: i, end: end) { return word(k).count }
        return 0
    }

    /// Whether a word stands at window offset `i` (before `end`) whose length in bytes `accept`
    /// takes; words are tried in list order.
    @inline(__always)
    func contains(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int, where accept: (Int) -> Bool) -> Bool {
        candidates(at: i, in: w, end: end).contains { HanText.has(word($0), in: w, at: i, end: end) && accept(word($0).count) }
    }

    /// The positions in `byFirst` of the words that may stand at `i` (every word when the
    /// bitsets cannot tell), in list order.
    @inline(__always)
    private func candidates(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Range<Int> {
        if unfiltered { return 0..<words.count }
        guard let s = Self.scalar(w, at: i, end: end), firsts.contains(s) else { return 0..<0 }
        let g = Int(s & 0xFF)
        return Int(groupStart[g])..<Int(groupStart[g + 1])
    }

    /// The word at position `k` of `byFirst`.
    @inline(__always)
    private func word(_ k: Int) -> [UInt8] { words[Int(byFirst[k])] }

    /// Bytes of the first word that ends at window offset `end`, starting at or after `lower`; 0 when none.
    @inline(__always)
    func length(endingAt end: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        let candidates: Range<Int>
        if unfiltered {
            candidates = 0..<words.count
        } else {
            guard let s = Self.scalar(w, endingAt: end, lower: lower), lasts.contains(s) else { return 0 }
            candidates = Int(lastGroupStart[Int(s & 0xFF)])..<Int(lastGroupStart[Int(s & 0xFF) + 1])
        }
        for k in candidates {
            let word = words[Int(byLast[k])]
            if end - word.count >= lower, HanText.has(word, in: w, at: end - word.count, end: end) { return word.count }
        }
        return 0
    }

    /// Whether some word may start at `i`: a word of the list starts with its character.
    @inline(__always)
    func mayStart(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        unfiltered || Self.scalar(w, at: i, end: end).map(firsts.contains) == true
    }

    /// The scalar of the one- to three-byte UTF-8 character starting at `i`, nil when none does.
    @inline(__always)
    private static func scalar(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
        guard i >= 0, i < end else { return nil }
        let b = w[i]
        if b < 0x80 { return UInt32(b) }
        if b & 0xE0 == 0xC0, i + 2 <= end, w[i + 1] & 0xC0 == 0x80 { return UInt32(b & 0x1F) << 6 | UInt32(w[i + 1] & 0x3F) }
        return HanText.scalar(w, at: i, end: end)
    }

    /// The scalar of the one- to three-byte UTF-8 character ending at `end`, starting at or after
    /// `lower`; nil when none does.
    @inline(__always)
    private static func scalar(_ w: UnsafeBufferPointer<UInt8>, endingAt end: Int, lower: Int) -> UInt32? {
        guard end - 1 >= lower else { return nil }
        if w[end - 1] < 0x80 { return UInt32(w[end - 1]) }
        if end - 2 >= lower, let s = scalar(w, at: end - 2, end: end), w[end - 2] & 0xE0 == 0xC0 { return s }
        return end - 3 >= lower ? HanText.scalar(w, at: end - 3, end: end) : nil
    }
}
