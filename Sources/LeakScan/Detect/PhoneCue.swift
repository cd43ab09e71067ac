/// What the context of a number with a phone's shape says it is, for the phone detectors.
enum PhoneCue {
    /// A phone: a column header or a keyword before it says so (联系电话, 手机：).
    case named
    /// Nothing either way: the shape alone.
    case unnamed
    /// A code of another kind: its column or its label names one (学号, 考号, 工号), and nothing
    /// names a phone.
    case otherCode
}

extension HeaderKeywords {
    /// What the context says of the number with a phone's shape at window offset `start`.
    func phoneCue(at start: Int, _ context: DetectionContext) -> PhoneCue {
        let window = context.window
        if context.columnHints.contains(.phone)
            || has(.phone, before: start, in: window, distance: context.keywordDistance(before: start, atMost: 48)) {
            return .named
        }
        if context.columnHints.contains(.identifier) && !followsWordsInCell(start, context)
            || isIdentifierLabel(before: start, in: window, distance: context.keywordDistance(before: start, atMost: 16)) {
            return .otherCode
        }
        // The end of a range of codes (准考证号：15010203001 — 15010203030, …001至…900).
        if let first = Self.rangeOpening(before: start, in: window, lower: context.scan.lowerBound),
           isIdentifierLabel(before: first, in: window, distance: context.keywordDistance(before: first, atMost: 16)) {
            return .otherCode
        }
        return .unnamed
    }

    /// Where the first number of a range ending at `start` begins: a run of eight digits or
    /// more, then a range's mark (至, 到, a dash, a tilde), blanks around it; nil when none.
    static func rangeOpening(before start: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var i = start - Blanks.run(endingAt: start, w, lower: lower)
        if i > lower, w[i - 1] == UInt8(ascii: "-") || w[i - 1] == UInt8(ascii: "~") {
            i -= 1
        } else if let mark = HanText.scalar(w, at: i - 3, end: i), i - 3 >= lower, rangeMarks.contains(mark) {
            i -= 3
        } else {
            return nil
        }
        i -= Blanks.run(endingAt: i, w, lower: lower)
        let end = i
        while i > lower, isDigit(w[i - 1]) { i -= 1 }
        return end - i >= 8 ? i : nil
    }

    /// 至, 到, the em and en dashes, the full-width tilde.
    private static let rangeMarks: Set<UInt32> = [0x81F3, 0x5230, 0x2014, 0x2013, 0xFF5E]

    /// Chinese words stand before `start` in its cell: a note written across a table's first
    /// column (`联系人：王老师 139…` under 序号), whose header no longer says what the number is.
    private func followsWordsInCell(_ start: Int, _ context: DetectionContext) -> Bool {
        context.isTableCell && context.window[context.scan.lowerBound..<start].contains { $0 >= 0xE0 }
    }
}
