/// Payment card numbers: 16 to 19 digits, a known issuer prefix (patterns/bank_card_prefixes.txt)
/// and the Luhn check digit (ISO/IEC 7812-1 annex B). Long digit runs that pass both are common
/// (one in ten passes Luhn), so a card is reported only where a column header or a keyword just
/// before says it is one, or beside a name in its row or line (`RecordCollector`).
public final class BankCardDetector: Detector, @unchecked Sendable {
    /// Issuer ranges of up to six leading digits; `divisor` turns a card's first six digits into
    /// as many as the range has.
    private let prefixes: [(divisor: Int, low: Int, high: Int)]
    private let keywords: HeaderKeywords
    private let organisation: OrganisationContext

    public init(prefixes: PatternFile = .embedded("bank_card_prefixes.txt"), keywords: HeaderKeywords = .shared) {
        self.prefixes = prefixes.rows.compactMap { row in
            guard row.count >= 2, row[0].utf8.count == row[1].utf8.count, row[0].utf8.count <= 6,
                  let low = Int(row[0]), let high = Int(row[1]) else { return nil }
            return ((0..<6 - row[0].utf8.count).reduce(1) { n, _ in n * 10 }, low, high)
        }
        self.keywords = keywords
        organisation = .shared
        super.init(trigger: .number, minimumDigits: 16)
    }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        token.forEachValue(into: matches) { i in
            guard let range = cardGroups(token, from: i), let match = check(token, range, context) else { return nil }
            return (match, range.upperBound)
        }
    }

    /// Groups starting at `i` shaped like a card number: one group of 16-19 digits, 4-4-4-4 with an
    /// optional last group of 1-3 digits, or 6 then 10-13 digits.
    private func cardGroups(_ token: NumberToken, from i: Int) -> Range<Int>? {
        let groups = token.groups
        let first = groups[i].count
        if (16...19).contains(first) { return i..<i + 1 }
        if first == 6, i + 1 < groups.endIndex, (10...13).contains(groups[i + 1].count) { return i..<i + 2 }
        guard first == 4, i + 3 < groups.endIndex,
              groups[i + 1].count == 4, groups[i + 2].count == 4, groups[i + 3].count == 4 else { return nil }
        if i + 4 < groups.endIndex, (1...3).contains(groups[i + 4].count) { return i..<i + 5 }
        return i..<i + 4
    }

    private func check(_ token: NumberToken, _ range: Range<Int>, _ context: DetectionContext) -> Match? {
        guard token.isWrittenForm(range) else { return nil }
        let end = token.groups[range.upperBound - 1].upperBound
        // Followed by a letter (X included): part of a longer code.
        if end < token.window.count, isASCIILetter(token.window[end]) { return nil }
        // Luhn first, then the prefix table, read outside the closure so that it captures nothing
        // counted by reference.
        let (luhn, leading, datedAsID) = token.withDigits(range) { d in (passesLuhn(d), decimalValue(d, 0..<6), Self.holdsBirthDate(d)) }
        // A spreadsheet's number written out with zeros past its stored digits may have lost its
        // last ones (Excel keeps 15: 6.22202123456789E+18), and Luhn with them: it is most of a
        // card when 13 digits or more stand before the zeros (not a display's six, 6.22202E+18),
        // whatever Luhn says.
        let approximate = context.isApproximateNumber
        let start = token.groups[range.lowerBound].lowerBound
        guard approximate ? token.keptDigits(range) >= Self.approximateCardDigits : luhn, hasKnownPrefix(leadingSixDigits: leading) else {
            return isAccountCell(range, start..<end, context) ? Match(kind: .bankCard, confidence: .medium, range: start..<end, needsCompanion: true) : nil
        }
        guard context.columnHints.contains(.bankCard)
            || keywords.has(.bankCard, before: start, in: context.window, distance: 64) else {
            return isUnlabelledCard(start, digits: token.digitCount(range), datedAsID: datedAsID, approximate: approximate, context)
                ? Match(kind: .bankCard, confidence: .medium, range: start..<end, needsCompanion: true) : nil
        }
        // A school's own account (收款单位：…中学　账号：…) is the organisation's.
        return Match(kind: .bankCard, confidence: approximate ? .medium : .high, range: start..<end,
                     organisational: organisation.namesAccountHolder(before: start, context))
    }

    /// A card number with no label may still be one beside a name (`needsCompanion`): a bank's
    /// payroll or subsidy batch file has no header (6217…|王梓涵|1250.00|助学金), a parent pastes
    /// `王梓涵 6217…` in a chat. Not under a header of another value (身份证号: a Gansu ID, 62…,
    /// mistyped, may pass Luhn) or a code's (订单号, 流水号) or after such a label, nor of 18
    /// digits with an ID's birth date in them (a mistyped ID's length and shape; 兴业银行's
    /// 18-digit cards, 622908…, have none), nor a spreadsheet's rounded number.
    private func isUnlabelledCard(_ start: Int, digits: Int, datedAsID: Bool, approximate: Bool, _ context: DetectionContext) -> Bool {
        !approximate && !(digits == 18 && datedAsID) && context.columnHints.isDisjoint(with: Self.otherValues)
            && !keywords.isIdentifierLabel(before: start, in: context.window, distance: 64)
            && !keywords.has(.idNumber, before: start, in: context.window, distance: 64)
    }

    /// Digits 7–14 are a date as an ID holds its holder's birth (19000101–20991231, months and
    /// days in range).
    private static func holdsBirthDate(_ d: UnsafeBufferPointer<UInt8>) -> Bool {
        guard d.count >= 14 else { return false }
        let year = decimalValue(d, 6..<10), month = decimalValue(d, 10..<12), day = decimalValue(d, 12..<14)
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// Headers of values that are no card.
    private static let otherValues: ContextHints = [.idNumber, .phone, .email, .birthDate, .identifier]

    /// A number of one group filling its cell under an account's header (一卡通账号, 存折账号):
    /// a subsidy list's passbook account of a rural credit union has no card's prefix nor
    /// Luhn's digit. Such a number is a person's only beside their name or another personal value
    /// in its row (`needsCompanion`: a list of payee companies' accounts is no one's).
    private func isAccountCell(_ range: Range<Int>, _ value: Range<Int>, _ context: DetectionContext) -> Bool {
        range.count == 1 && context.isTableCell && !context.isApproximateNumber && context.columnHints.contains(.bankCard)
            && trimmedBlanks(context.window, context.scan) == value
    }

    /// Digits of a padded card number kept before its zeros, at least.
    private static let approximateCardDigits = 13

    private func hasKnownPrefix(leadingSixDigits leading: Int) -> Bool {
        for p in prefixes where (p.low...p.high).contains(leading / p.divisor) { return true }
        return false
    }
}

/// Luhn, over ASCII digits: from the rightmost digit, double every second digit (minus 9 above 9);
/// the sum is a multiple of 10.
private func passesLuhn(_ d: UnsafeBufferPointer<UInt8>) -> Bool {
    var sum = 0
    var double = false
    for k in d.indices.reversed() {
        var v = Int(d[k] &- 0x30)
        if double { v = v * 2 > 9 ? v * 2 - 9 : v * 2 }
        sum += v
        double.toggle()
    }
    return sum % 10 == 0
}
