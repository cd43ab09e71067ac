/// Maps offsets in the decoded UTF-8 text back to offsets in the source bytes.
///
/// The decoder records checkpoints (decoded offset ↔ source offset) at block starts and after
/// every character that breaks the encoding's usual size rule (an invalid byte turned into
/// U+FFFD, a 4-byte GB18030 sequence for a BMP character). Between two checkpoints each decoded
/// scalar's source size follows from its UTF-8 size alone, so an offset is found by walking the
/// decoded text forward from the nearest checkpoint.
final class DecodedOffsetMap {
    enum Rule {
        /// 1-byte UTF-8 ← 1 byte, 2–3-byte UTF-8 ← 2 bytes, 4-byte UTF-8 ← 4 bytes.
        case gb18030
        /// 1–3-byte UTF-8 ← 2 bytes, 4-byte UTF-8 ← 4 bytes (a surrogate pair).
        case utf16
    }

    let rule: Rule
    private var decoded: [Int] = []
    private var source: [Int] = []
    /// Checkpoints before `head` are no longer needed.
    private var head = 0
    /// Where the last lookup ended.
    private var cursorDecoded = 0
    private var cursorSource = 0

    init(rule: Rule, sourceStart: Int) {
        self.rule = rule
        decoded.reserveCapacity(1024)
        source.reserveCapacity(1024)
        decoded.append(0)
        source.append(sourceStart)
        cursorSource = sourceStart
    }

    /// Number of checkpoints kept (for tests: stays bounded).
    var checkpointCount: Int { decoded.count - head }
    /// The checkpoints kept (for tests).
    var checkpoints: [(decoded: Int, source: Int)] { (head..<decoded.count).map { (decoded[$0], source[$0]) } }

    /// Records that decoded offset `d` corresponds to source offset `s`. Offsets only grow.
    @inline(__always)
    func add(decoded d: Int, source s: Int) {
        if let last = decoded.last, last >= d {
            if last == d { source[source.count - 1] = s }
            return
        }
        decoded.append(d)
        source.append(s)
    }

    /// Source offset of decoded offset `d` (a scalar boundary). `text` holds the decoded text from
    /// absolute offset `textStart` on and must cover the nearest checkpoint at or before `d`.
    func sourceOffset(ofDecoded d: Int, text: UnsafeBufferPointer<UInt8>, textStart: Int) -> Int {
        // Nearest checkpoint at or before d.
        var lo = head, hi = decoded.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if decoded[mid] <= d { lo = mid } else { hi = mid - 1 }
        }
        var dPos = decoded[lo]
        var sPos = source[lo]
        if cursorDecoded >= dPos, cursorDecoded <= d { dPos = cursorDecoded; sPos = cursorSource }
        precondition(dPos >= textStart, "offset map: checkpoint no longer in the text buffer")
        var i = dPos - textStart
        let end = d - textStart
        switch rule {
        case .gb18030:
            while i < end {
                let c = text[i]
                if c < 0x80 { i += 1; sPos += 1 } else if c < 0xF0 { i += c < 0xE0 ? 2 : 3; sPos += 2 } else { i += 4; sPos += 4 }
            }
        case .utf16:
            while i < end {
                let c = text[i]
                if c < 0xF0 { i += c < 0x80 ? 1 : (c < 0xE0 ? 2 : 3); sPos += 2 } else { i += 4; sPos += 4 }
            }
        }
        // `d` is a scalar boundary, so the walk ends on it; keep the cursor exact regardless.
        cursorDecoded = textStart + i
        cursorSource = sPos
        return sPos
    }

    /// Makes sure a checkpoint sits at `d` and forgets the ones before it: the text before `d`
    /// is about to be discarded.
    func pin(_ d: Int, text: UnsafeBufferPointer<UInt8>, textStart: Int) {
        let s = sourceOffset(ofDecoded: d, text: text, textStart: textStart)
        while head + 1 < decoded.count, decoded[head + 1] <= d { head += 1 }
        if decoded[head] < d {
            if head + 1 < decoded.count {
                // Reuse the slot before the next checkpoint when there is one, else insert.
                decoded.insert(d, at: head + 1)
                source.insert(s, at: head + 1)
                head += 1
            } else {
                decoded.append(d)
                source.append(s)
                head += 1
            }
        }
        if head >= 4096 {
            decoded.removeFirst(head)
            source.removeFirst(head)
            head = 0
        }
    }
}

/// How decoded offsets relate to source offsets for one source. A plain value (no reference
/// counting when copied into a locator per piece): the feed owns the map and outlives every scan.
struct OffsetMapping {
    /// UTF-8: the text is the source bytes, after a byte-order mark of this many bytes.
    let shift: Int
    unowned(unsafe) let map: DecodedOffsetMap?

    static func shift(_ n: Int) -> OffsetMapping { OffsetMapping(shift: n, map: nil) }
    static func decoded(_ map: DecodedOffsetMap) -> OffsetMapping { OffsetMapping(shift: 0, map: map) }

    @inline(__always)
    func sourceOffset(ofDecoded d: Int, text: UnsafeBufferPointer<UInt8>, textStart: Int) -> Int {
        guard let map else { return d + shift }
        return map.sourceOffset(ofDecoded: d, text: text, textStart: textStart)
    }

    func pin(_ d: Int, text: UnsafeBufferPointer<UInt8>, textStart: Int) {
        map?.pin(d, text: text, textStart: textStart)
    }
}
