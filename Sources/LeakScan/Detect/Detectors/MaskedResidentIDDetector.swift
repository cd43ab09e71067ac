/// Resident IDs masked too little (`41010520120713205*`, `41010520120713**57`,
/// `4101052012071320*7`): one or two of the last four characters hidden, the region and birth
/// date shown. The check character follows from the 17 digits before it (GB 11643, ISO 7064
/// MOD 11-2), so hiding it alone hides nothing, and with it shown about ten IDs fit two hidden
/// order digits. Three hidden or more (`410105201106162***`, `410105********123X`) is a mask.
public final class MaskedResidentIDDetector: Detector, @unchecked Sendable {
    private let regions: RegionCodes
    private let keywords: HeaderKeywords

    public init(regions: RegionCodes = .shared, keywords: HeaderKeywords = .shared) {
        self.regions = regions
        self.keywords = keywords
        super.init(trigger: .maskedNumber)
    }

    /// The region code and birth date: shown, or the mask hides enough.
    private static let shown = 14

    public override func detect(masked token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        let group = token.groups[token.groups.count - 1]
        guard group.count >= Self.shown else { return }
        let match = MaskedValue.read(token.window, from: group.lowerBound, count: 18, within: context.scan) { c, masks, end -> Match? in
            // An X after a digit is the check character 10, not a mask (`…205X` is a whole ID).
            let checkX = c[17] == MaskedValue.letterMask && c[16] != MaskedValue.letterMask
            let hidden = masks - (checkX ? 1 : 0)
            let d = UnsafeBufferPointer(c)
            let region = decimalValue(d, 0..<6)
            guard hidden >= 1, hidden <= 2, regions.isKnownProvince(code: region),
                  CalendarDate.isPlausibleBirth(year: decimalValue(d, 6..<10), month: decimalValue(d, 10..<12),
                                                day: decimalValue(d, 12..<14)),
                  Self.someIDFits(c, checkX: checkX) else { return nil }
            let start = group.lowerBound
            let keyed = ResidentID18Detector.isKeyed(start, context, keywords)
            return Match(kind: .cnID, confidence: keyed && regions.isKnown(code: region) ? .high : .medium, range: start..<end)
        }
        if let match { matches.append(match) }
    }

    /// Whether digits in place of the masks make a valid ID: always when the check character is
    /// hidden (it follows from the rest); else for one in eleven order codes or so.
    private static func someIDFits(_ c: UnsafeMutableBufferPointer<UInt8>, checkX: Bool) -> Bool {
        guard isDigit(c[17]) || checkX else { return true }
        let check = checkX ? 10 : Int(c[17] &- 0x30)
        let hidden = (Self.shown..<17).filter { !isDigit(c[$0]) }
        let tries = hidden.count == 1 ? 10 : 100
        for n in 0..<tries {
            var rest = n
            for k in hidden {
                c[k] = 0x30 + UInt8(rest % 10)
                rest /= 10
            }
            if ResidentID18Detector.checkValue(UnsafeBufferPointer(c)) == check { return true }
        }
        return false
    }
}
