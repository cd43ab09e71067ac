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
        return .unnamed
    }

    /// Chinese words stand before `start` in its cell: a note written across a table's first
    /// column (`联系人：王老师 139…` under 序号), whose header no longer says what the number is.
    private func followsWordsInCell(_ start: Int, _ context: DetectionContext) -> Bool {
        context.isTableCell && context.window[context.scan.lowerBound..<start].contains { $0 >= 0xE0 }
    }
}
