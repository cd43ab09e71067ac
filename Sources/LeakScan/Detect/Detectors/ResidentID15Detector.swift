/// Legacy 15-digit resident ID numbers (GB 11643-1989, issued until 1999): 6-digit GB/T 2260
/// region code, YYMMDD birth date in the 1900s, 3-digit order code, no check digit. Without a
/// checksum, 15-digit runs (order numbers, IMEIs) pass easily, so the full region code must be
/// in the table, not only its province.
public final class ResidentID15Detector: Detector, @unchecked Sendable {
    private let regions: RegionCodes
    private let keywords: HeaderKeywords

    public init(regions: RegionCodes = .shared, keywords: HeaderKeywords = .shared) {
        self.regions = regions
        self.keywords = keywords
        super.init(trigger: .number, minimumDigits: 15)
    }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        token.forEachValue(into: matches) { i in
            guard let range = idGroups(token, from: i), let match = check(token, range, context) else { return nil }
            return (match, range.upperBound)
        }
    }

    /// Groups starting at `i` shaped like a 15-digit ID: [15] or 6-6-3.
    private func idGroups(_ token: NumberToken, from i: Int) -> Range<Int>? {
        let groups = token.groups
        if groups[i].count == 15 { return i..<i + 1 }
        if groups[i].count == 6, i + 2 < groups.endIndex, groups[i + 1].count == 6, groups[i + 2].count == 3 {
            return i..<i + 3
        }
        return nil
    }

    private func check(_ token: NumberToken, _ range: Range<Int>, _ context: DetectionContext) -> Match? {
        guard token.isWrittenForm(range) else { return nil }
        let end = token.groups[range.upperBound - 1].upperBound
        // Followed by a letter (X included): part of a longer code, not an ID; by a mask
        // character, the head of a masked 18-character one (`410105201106162***`).
        let w = token.window
        if end < w.count, isASCIILetter(w[end]) || MaskedValue.character(w, at: end, end: w.count) != nil { return nil }
        let year = token.withDigits(range) { d in
            regions.isKnown(code: decimalValue(d, 0..<6))
                && CalendarDate.isPlausibleBirth(year: 1900 + decimalValue(d, 6..<8),
                                                 month: decimalValue(d, 8..<10), day: decimalValue(d, 10..<12))
                ? 1900 + decimalValue(d, 6..<8) : nil
        }
        guard let year else { return nil }
        let start = token.groups[range.lowerBound].lowerBound
        guard !SampleValues.followsExampleWord(token.window, start, lower: context.isTableCell ? context.scan.lowerBound : 0) else { return nil }
        let hinted = context.columnHints.contains(.idNumber)
            || keywords.has(.idNumber, before: start, in: context.window, distance: 64)
        if !hinted {
            // A business licence's registration number (GS15: an authority's region code, then
            // a sequence that often opens with zeros, 410105000123456) reads as a birth in the
            // 1900s: under a code's label, or born before 1910 (no one alive), it is no ID; nor
            // under an account's header (单位公积金账号: an account of 15 digits).
            guard year >= 1910, context.columnHints.isDisjoint(with: [.identifier, .bankCard]),
                  !keywords.isIdentifierLabel(before: start, in: context.window,
                                              distance: context.keywordDistance(before: start, atMost: 16)) else { return nil }
        }
        return Match(kind: .cnID15, confidence: hinted ? .high : .medium, range: start..<end)
    }
}
