/// 18-character resident ID numbers (GB 11643-1999 公民身份号码), also used by the residence
/// permits of Hong Kong, Macau and Taiwan residents (region 81/82/83): 6-digit GB/T 2260 region
/// code, YYYYMMDD birth date, 3-digit order code, ISO 7064 MOD 11-2 check character.
public final class ResidentID18Detector: Detector, @unchecked Sendable {
    private let regions: RegionCodes
    private let keywords: HeaderKeywords

    public init(regions: RegionCodes = .shared, keywords: HeaderKeywords = .shared) {
        self.regions = regions
        self.keywords = keywords
        super.init(trigger: .number, minimumDigits: 17)
    }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        // Padding zeros can pass the checksum by chance (1 in 11): such a number is an ID that
        // lost its last digits (`cn_id_truncated`), never a whole one.
        guard !context.isApproximateNumber else { return }
        token.forEachValue(into: matches) { i in
            if token.groups[i].count == 20, let match = disabilityCertificate(token, at: i, context) { return (match, i + 1) }
            if let range = idGroups(token, from: i) ?? keyedGroups(token, from: i, context),
               let match = check(token, range, context) {
                return (match, range.upperBound)
            }
            guard let range = token.unseenlyJoinedGroups(from: i, digits: 18, lineBreaks: context.isTableCell),
                  let match = check(token, range, context, unseenJoins: true) else { return nil }
            return (match, range.upperBound)
        }
    }

    /// The ID opening a disability certificate's number (第二代残疾人证, 残疾证号): the holder's 18
    /// digits, then the kind of disability (1–7) and its grade (1–4), 20 digits in one group.
    @inline(never)
    private func disabilityCertificate(_ token: NumberToken, at i: Int, _ context: DetectionContext) -> Match? {
        let group = token.groups[i]
        let w = token.window
        guard w[group.upperBound - 2] &- 0x31 < 7, w[group.upperBound - 1] &- 0x31 < 4 else { return nil }
        return check(token, i..<i + 1, context, certificate: true)
    }

    /// Groups starting at `i` shaped like an ID: [18], [17]X, 6-8-4 / 6-8-3X, 6-4-4-4 / 6-4-4-3X,
    /// and 6-12 / 6-11X (the region set apart, the rest as typed: `410105 200903159814`).
    private func idGroups(_ token: NumberToken, from i: Int) -> Range<Int>? {
        let groups = token.groups
        let first = groups[i].count
        if first == 18 || first == 17 { return i..<i + 1 }
        guard first == 6 else { return nil }
        if i + 1 < groups.endIndex, groups[i + 1].count == 12 || groups[i + 1].count == 11 { return i..<i + 2 }
        if i + 2 < groups.endIndex, groups[i + 1].count == 8 { return i..<i + 3 }
        if i + 3 < groups.endIndex, groups[i + 1].count == 4, groups[i + 2].count == 4 { return i..<i + 4 }
        return nil
    }

    /// Under an ID header or after an ID keyword, groups starting at `i` of any other shape that
    /// hold the 18 characters, each group of two digits or more, up to six groups (4101 0520 0803
    /// 1212 37, as long numbers are printed in fours; 410 105 200 803 121 237): the keyword
    /// says what the digits are, the checksum, region and date still decide.
    private func keyedGroups(_ token: NumberToken, from i: Int, _ context: DetectionContext) -> Range<Int>? {
        let groups = token.groups
        var digits = 0
        var j = i
        // The last group may be one digit before the X (…0710-1X).
        while j < groups.endIndex, j - i < Self.mostGroups, digits < 18,
              groups[j].count >= 2 || (j == groups.endIndex - 1 && token.trailingX) {
            digits += groups[j].count
            j += 1
        }
        let holdsID = digits == 18 || (digits == 17 && j == groups.endIndex && token.trailingX)
        let start = groups[i].lowerBound
        guard holdsID, j - i >= 2, context.columnHints.contains(.idNumber)
                || keywords.has(.idNumber, before: start, in: context.window,
                                distance: context.keywordDistance(before: start, atMost: 64)) else { return nil }
        return i..<j
    }

    private static let mostGroups = 6

    /// Groups `range` are written 6-8-4, the date a group of its own, and a mobile's groups follow
    /// (3-4-4, 3-8 or 11 digits): two values typed in groups, not a slice of a longer number.
    private func isIDBeforeMobile(_ token: NumberToken, _ range: Range<Int>) -> Bool {
        let groups = token.groups
        let next = range.upperBound
        guard range.count == 3, next < groups.endIndex, token.followsIDShape(next) else { return false }
        if groups[next].count == 11 { return true }
        guard groups[next].count == 3, next + 1 < groups.endIndex else { return false }
        return groups[next + 1].count == 8 || groups[next + 1].count == 4 && next + 2 < groups.endIndex && groups[next + 2].count == 4
    }

    /// The ID in groups `range`; with `certificate`, in the first 18 of its 20 digits
    /// (`disabilityCertificate`), which must name a county the table knows, since the two
    /// digits after it pass by chance; with `unseenJoins`, split anywhere by what no one sees
    /// (`NumberToken.unseenlyJoinedGroups`: the reader sees a whole ID).
    private func check(_ token: NumberToken, _ range: Range<Int>, _ context: DetectionContext,
                       certificate: Bool = false, unseenJoins: Bool = false) -> Match? {
        let endsToken = range.upperBound == token.groups.endIndex
        let hasX = !certificate && endsToken && token.trailingX
        // Digits before the check character: 17, plus the check digit itself unless it is an X.
        guard token.digitCount(range) == (certificate ? 20 : hasX ? 17 : 18),
              unseenJoins || token.isWrittenForm(range, followedByAnother: isIDBeforeMobile(token, range)) else { return nil }
        let lastEnd = certificate ? token.groups[range.lowerBound].lowerBound + 18 : token.groups[range.upperBound - 1].upperBound
        if !hasX, !certificate, lastEnd < token.window.count, isASCIILetter(token.window[lastEnd]) { return nil }

        // The closure captures no reference (the region table is looked up outside), so calling
        // it costs no retain.
        let (checksumValid, region, year, month, day) = token.withDigits(range) { d in
            let check = hasX ? 10 : Int(d[17] &- 0x30)
            return (Self.checkValue(d) == check, decimalValue(d, 0..<6),
                    decimalValue(d, 6..<10), decimalValue(d, 10..<12), decimalValue(d, 12..<14))
        }
        guard checksumValid, regions.isKnownProvince(code: region), !certificate || regions.isKnown(code: region),
              CalendarDate.isPlausibleBirth(year: year, month: month, day: day) else { return nil }

        let start = token.groups[range.lowerBound].lowerBound
        let end = lastEnd + (hasX ? 1 : 0)
        // GB 11643's own example, and the one documentation gives: no one's.
        guard !SampleValues.shared.isSampleID(token.window, start..<end),
              !SampleValues.followsExampleWord(token.window, start, lower: context.isTableCell ? context.scan.lowerBound : 0) else { return nil }
        let keyed = Self.isKeyed(start, context, keywords)
        guard keyed || !isCode(token.window, start, context, year: year, month: month) else { return nil }
        var confidence = Confidence.medium
        // An unknown county code under a known province may be a division missing from the table
        // (JioNLP issue 269): still reported, but never with high confidence.
        if regions.isKnown(code: region), keyed { confidence = .high }
        return Match(kind: .cnID, confidence: confidence, range: start..<end)
    }

    /// An ID's header or keyword (身份证号, 证件号码) says what the number at `start` is.
    static func isKeyed(_ start: Int, _ context: DetectionContext, _ keywords: HeaderKeywords) -> Bool {
        context.columnHints.contains(.idNumber) || keywords.has(.idNumber, before: start, in: context.window, distance: 64)
    }

    /// The check character (10 for X) that GB 11643-1999 gives the first 17 of the ASCII digits `d`.
    @inline(__always)
    static func checkValue(_ d: UnsafeBufferPointer<UInt8>) -> Int {
        // The i-th digit from the left is weighted by 2^(17-i) mod 11: a base-2 Horner sum gives
        // the same remainder without a table.
        var horner = 0
        for k in 0..<17 { horner = horner &* 2 &+ Int(d[k] &- 0x30) }
        // ISO 7064 MOD 11-2: remainder 0...10 → check "10X98765432", i.e. (12 - r) % 11, X = 10.
        return (12 - (2 * horner) % 11) % 11
    }

    /// Under a code's header or label (编号, 考号, 订单号) and with no letter glued before it (as
    /// 学籍号 G410…), an ID-shaped number is the code when it is a thing's (资产编号, 订单号,
    /// 序列号: a district's code, a purchase's date and a serial pass the checksum one time in
    /// eleven), or when its "birth" is less than three years ago: no child that young is in a
    /// school's records, while a person's code (人员编号) may be their ID.
    private func isCode(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, _ context: DetectionContext, year: Int, month: Int) -> Bool {
        guard start == 0 || !isASCIILetter(w[start - 1]) else { return false }
        let label = context.columnHints.intersection([.identifier, .thingCode])
            .union(keywords.identifierLabel(before: start, in: w, distance: context.keywordDistance(before: start, atMost: 24)) ?? [])
        guard label.contains(.identifier) else { return false }
        let today = CalendarDate.today
        return label.contains(.thingCode) || (today.year - year) * 12 + today.month - month < 36
    }
}
