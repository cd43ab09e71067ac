/// Mobile numbers masked too little (`158214688**`, `15821*68819`): one or two digits hidden
/// leave ten or a hundred numbers, a few calls' work. Three or more (`138****5678`,
/// `1381234****`) is a mask. The first three digits are shown, and some digits in place of
/// the masks give an allocated segment (patterns/mobile_segments.txt).
public final class MaskedMobileDetector: Detector, @unchecked Sendable {
    private let tables = PhoneNumberTables.shared
    private let keywords: HeaderKeywords
    private let organisation: OrganisationContext

    /// The shared organisation context: each one made reads its pattern file again, at start-up.
    init(keywords: HeaderKeywords = .shared, organisation: OrganisationContext = .shared) {
        self.keywords = keywords
        self.organisation = organisation
        super.init(trigger: .maskedNumber)
    }

    public override func detect(masked token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        let group = token.groups[token.groups.count - 1]
        guard group.count >= 3 else { return }
        let window = token.window
        let start = group.lowerBound
        guard let end = MaskedValue.read(window, from: start, count: 11, within: context.scan, { c, masks, end in
                  masks <= 2 && isAllocated(c) && !isPlaceholder(c) ? end : nil
              }),
              !isPartOfDecimal(window, start, end), !isPrice(window, start) else { return }
        let cue = keywords.phoneCue(at: start, context)
        guard cue != .otherCode else { return }
        matches.append(Match(kind: .mobile, confidence: cue == .named ? .high : .medium, range: start..<end,
                             organisational: organisation.isOrganisational(start..<end, context)))
    }

    /// The digits shown after the segment are all one digit (`138000000xx`, `1381111111*`): an
    /// example typed in a lesson or a template, no one's number.
    private func isPlaceholder(_ c: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        let shown = c[3...].filter(isDigit)
        return shown.allSatisfy { $0 == shown.first }
    }

    /// Whether the first five characters, digits in place of the masks among them, open an
    /// allocated segment.
    private func isAllocated(_ c: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        let fourth = isDigit(c[3]) ? c[3]...c[3] : 0x30...0x39
        let fifth = isDigit(c[4]) ? c[4]...c[4] : 0x30...0x39
        return fourth.contains { d in fifth.contains { e in tables.isMobile((c[0], c[1], c[2], d, e)) } }
    }
}
