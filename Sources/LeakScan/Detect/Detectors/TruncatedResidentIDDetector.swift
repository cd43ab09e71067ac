/// Resident IDs that Excel turned into numbers (`cn_id_truncated`). A number keeps 15
/// significant digits, so an ID typed into a number cell is stored as `4.10105200803121E+17`
/// (read out as `410105200803121000`): the order code and check digit are lost, but the region
/// and birth date, most of the number, still leak. Only number cells qualify: in text, an
/// 18-digit run that fails the checksum is just a number.
public final class TruncatedResidentIDDetector: Detector, @unchecked Sendable {
    private let regions: RegionCodes

    public init(regions: RegionCodes = .shared) {
        self.regions = regions
        super.init(trigger: .number, minimumDigits: 18)
    }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        guard context.isNumericCell, token.groups.count == 1, token.groups[0].count == 18 else { return }
        let range = token.groups[0]
        let (plausible, region) = token.withDigits(0..<1) { d -> (Bool, Int) in
            let region = decimalValue(d, 0..<6)
            return (regions.isKnownProvince(code: region)
                        && CalendarDate.isPlausibleBirth(year: decimalValue(d, 6..<10), month: decimalValue(d, 10..<12),
                                                         day: decimalValue(d, 12..<14)),
                    region)
        }
        guard plausible else { return }
        let confidence: Confidence = regions.isKnown(code: region) && context.columnHints.contains(.idNumber) ? .high : .medium
        matches.append(Match(kind: .cnIDTruncated, confidence: confidence, range: range))
    }
}
