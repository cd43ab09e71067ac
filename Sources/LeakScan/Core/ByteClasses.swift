import ByteClassifier

/// Where the bytes of a stretch of text that matter lie, as bit masks of 64 bytes each
/// (`bc_block`: separators, digits, where values may start, with and without Chinese text, and
/// the lead bytes of fullwidth forms and dashes),
/// made in one vector pass by `bc_classify`. With them the CSV reader finds a field's end, and the engine its next
/// candidate and the end of a digit run, in a few instructions per 64 bytes instead of a look
/// at every byte. A view: the `ByteClassMap` that made it owns the blocks.
public struct ByteClasses {
    /// The byte that bit 0 of block 0 stands for.
    let origin: UnsafePointer<UInt8>
    let blocks: UnsafePointer<bc_block>

    /// Offset from `origin` of byte 0 of `window`, which must lie within the classified bytes.
    @inline(__always)
    func offset(of window: UnsafeBufferPointer<UInt8>) -> Int {
        window.baseAddress! - origin
    }

    /// The first offset in `from..<to` holding a digit or an `@`, or a Han lead byte or a `:`
    /// when `han` (some detector looks at words); `to` when there is none.
    @inline(__always)
    func nextCandidate(from: Int, to: Int, han: Bool) -> Int {
        firstSet(from: from, to: to) { han ? blocks[$0].candidatesAndHan : blocks[$0].candidates }
    }

    /// The first offset in `from..<to` that is not a digit, or `to`.
    @inline(__always)
    func digitRunEnd(from: Int, to: Int) -> Int {
        firstSet(from: from, to: to) { ~blocks[$0].digits }
    }

    /// The first offset in `from..<to` holding the delimiter or a line feed, or `to`.
    @inline(__always)
    func nextSeparator(from: Int, to: Int) -> Int {
        firstSet(from: from, to: to) { blocks[$0].separators }
    }

    /// The first offset in `from..<to` holding 0xEF or 0xE2, the lead bytes of the fullwidth forms
    /// and of the dashes (`ASCIIFolding`), or `to`.
    @inline(__always)
    func nextFoldLead(from: Int, to: Int) -> Int {
        firstSet(from: from, to: to) { blocks[$0].foldLeads }
    }

    /// The separators in `from..<to` one after another (`from < to`), the current block's bits
    /// kept between them: splitting a record costs a bit scan a field, not a search each.
    func separators(from: Int, to: Int) -> SeparatorWalk {
        SeparatorWalk(blocks: blocks, end: to, lastBlock: (to &- 1) &>> 6, block: from &>> 6,
                      bits: blocks[from &>> 6].separators & (~0 &<< UInt64(from & 63)))
    }

    struct SeparatorWalk {
        fileprivate let blocks: UnsafePointer<bc_block>
        fileprivate let end: Int
        fileprivate let lastBlock: Int
        fileprivate var block: Int
        fileprivate var bits: UInt64

        /// The offset of the next separator, nil when there is none before the end.
        @inline(__always)
        mutating func next() -> Int? {
            while bits == 0 {
                block &+= 1
                if block > lastBlock { return nil }
                bits = blocks[block].separators
            }
            let i = block &<< 6 | bits.trailingZeroBitCount
            bits &= bits &- 1
            return i < end ? i : nil
        }
    }

    /// The first offset in `from..<to` whose bit is set in `mask(block)`, or `to`.
    @inline(__always)
    private func firstSet(from: Int, to: Int, _ mask: (Int) -> UInt64) -> Int {
        guard from < to else { return to }
        var b = from &>> 6
        let last = (to &- 1) &>> 6
        var bits = mask(b) & (~0 &<< UInt64(from & 63))
        while bits == 0 {
            b &+= 1
            if b > last { return to }
            bits = mask(b)
        }
        return min(b &<< 6 &+ bits.trailingZeroBitCount, to)
    }
}

/// Owns the masks of a stretch of text and keeps them current as the text grows: a text
/// buffer's (classified as it fills, again after it moves), or the engine's own for a piece
/// that came without.
public final class ByteClassMap {
    private var blocks: UnsafeMutablePointer<bc_block>
    private var capacity: Int
    /// Separators are this byte and line feeds (a CSV file's delimiter; a line feed for text).
    let delimiter: UInt8
    private var origin: UnsafePointer<UInt8>?
    /// Bytes from `origin` whose blocks are final: a multiple of 64, or the text's end.
    private var classified = 0

    init(delimiter: UInt8 = 0x0A, capacity bytes: Int = 4096) {
        self.delimiter = delimiter
        capacity = max(1, (bytes + 63) / 64)
        blocks = .allocate(capacity: capacity)
    }

    deinit { blocks.deallocate() }

    /// Masks for `text`, which starts where the text last given started and holds it (perhaps
    /// with more at the end): only what is new is classified.
    func extend(_ text: UnsafeBufferPointer<UInt8>) -> ByteClasses {
        guard let base = text.baseAddress else { return classes(of: text) }
        if origin != UnsafePointer(base) {
            origin = UnsafePointer(base)
            classified = 0
        }
        if text.count > classified {
            // The last block may have been partial: classify it again whole.
            let from = classified & ~63
            ensureCapacity(bytes: text.count)
            bc_classify(base + from, text.count - from, delimiter, blocks + from / 64)
            classified = text.count
        }
        return ByteClasses(origin: UnsafePointer(base), blocks: blocks)
    }

    /// The text moved or changed: nothing classified is valid any more.
    func invalidate() {
        origin = nil
        classified = 0
    }

    /// Masks for `text` alone, classified afresh.
    func classes(of text: UnsafeBufferPointer<UInt8>) -> ByteClasses {
        invalidate()
        ensureCapacity(bytes: text.count)
        guard let base = text.baseAddress else {
            return ByteClasses(origin: UnsafePointer(bitPattern: 1)!, blocks: blocks)
        }
        bc_classify(base, text.count, delimiter, blocks)
        return ByteClasses(origin: UnsafePointer(base), blocks: blocks)
    }

    private func ensureCapacity(bytes: Int) {
        let needed = (bytes + 63) / 64
        guard needed > capacity else { return }
        let larger = UnsafeMutablePointer<bc_block>.allocate(capacity: max(needed, capacity * 2))
        larger.update(from: blocks, count: capacity)
        blocks.deallocate()
        blocks = larger
        capacity = max(needed, capacity * 2)
    }
}
