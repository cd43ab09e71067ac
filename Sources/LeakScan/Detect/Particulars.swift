/// A person's particulars written one after another, set apart by commas or blanks, as
/// registers, award lists and letters give them (张伟，男，汉族; 张伟 女 2012.03.05): where one
/// ends, and a sex standing alone among them.
enum Particulars {
    /// Bytes of what sets particulars apart, ending at `end`: a comma or an enumeration comma,
    /// or blanks; 0 when none.
    static func separator(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        if end > lower, w[end - 1] == UInt8(ascii: ",") { return 1 }
        if end - 3 >= lower, let s = HanText.scalar(w, at: end - 3, end: end), s == 0xFF0C || s == 0x3001 { return 3 }
        return Blanks.run(endingAt: end, w, lower: lower)
    }

    /// A particular ends at `i`: the text ends, or anything but a Han character, a letter or a
    /// digit comes next (男，; 男 2012; not 男生, 女士, 男1).
    static func ends(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard i < end else { return true }
        let b = w[i]
        if b < 0x80 { return !isAlphanumeric(b) }
        return HanText.han(w, at: i, end: end) == nil
    }

    /// `w[range]` is a sex alone (男 or 女), as a table's cell holds it: the cell after it is the
    /// next of that person's particulars (`ContextHints.followsSex`).
    @inline(__always)
    static func isSexAlone(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count == 3 else { return false }
        let i = range.lowerBound
        return w[i] == 0xE7 && w[i + 1] == 0x94 && w[i + 2] == 0xB7 || w[i] == 0xE5 && w[i + 1] == 0xA5 && w[i + 2] == 0xB3   // 男 女
    }

    /// A sex standing alone as a particular (男 or 女, a separator on either side) comes right
    /// before the separator that ends at `end`: what follows is that person's next particular
    /// (张伟，男，|2012年3月5日: a birth date).
    static func followSex(_ end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        let after = separator(endingAt: end, w, lower: lower)
        let sexStart = end - after - 3
        guard after > 0, sexStart >= lower, isSexAlone(w, sexStart..<end - after) else { return false }
        return sexStart == lower || w[sexStart - 1] == 0x0A || separator(endingAt: sexStart, w, lower: lower) > 0
    }

    /// A separator, then a sex standing alone as a particular, come at `i` (（1969.06—）|，女，).
    static func sexFollows(_ i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let comma = i < end && w[i] == UInt8(ascii: ",") ? 1 : HanText.scalar(w, at: i, end: end) == 0xFF0C ? 3 : 0
        let sex = i + comma
        guard comma > 0, sex + 3 <= end, isSexAlone(w, sex..<sex + 3) else { return false }
        return ends(at: sex + 3, w, end: end)
    }
}
