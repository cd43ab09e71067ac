/// Resident IDs that Excel turned into numbers (`cn_id_truncated`). A number keeps 15
/// significant digits, so an ID typed into a number cell is stored as `4.10105200803121E+17`
/// (read out as `410105200803121000`): the order code and check digit are lost, but the region
/// and birth date, most of the number, still leak. Number cells qualify, and a text cell under
/// an ID header that holds nothing but such a number ending in `000`: a CSV that Excel saved
/// from a number column writes it out so. Elsewhere in text, an 18-digit run that fails the
/// checksum is just a number. A whole ID that passes the checksum is found as one first. Under a
/// thing's code (资产编号) none is looked for.
public final class TruncatedResidentIDDetector: Detector, @unchecked Sendable {
    private let regions: RegionCodes

    public init(regions: RegionCodes = .shared) {
        self.regions = regions
        super.init(trigger: .number, minimumDigits: 18)
    }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        guard token.groups.count == 1, token.groups[0].count == 18 else { return }
        let range = token.groups[0]
        guard context.isNumericCell || isWrittenOutNumber(token.window, range, context) else { return }
        // Under a thing's code (资产编号, 订单号) a number is the code: an asset register's XML or
        // JSON writes its 18-digit codes as numbers, whole.
        guard !context.columnHints.contains(.thingCode) || context.columnHints.contains(.idNumber) else { return }
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

    /// A text cell under an ID header holding only the 18 digits, the last three of them the
    /// zeros Excel writes for the digits past its 15 significant ones.
    private func isWrittenOutNumber(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ context: DetectionContext) -> Bool {
        context.isTableCell && context.columnHints.contains(.idNumber) && range == context.scan
            && w[range.upperBound - 3] == UInt8(ascii: "0") && w[range.upperBound - 2] == UInt8(ascii: "0")
            && w[range.upperBound - 1] == UInt8(ascii: "0")
    }
}
