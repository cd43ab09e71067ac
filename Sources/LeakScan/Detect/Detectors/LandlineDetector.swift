/// Mainland China fixed-line numbers: an area code from patterns/landline_area_codes.txt and a 7- or
/// 8-digit subscriber number: `0371-65501234`, `0371 6550 1234`, `037165501234`,
/// `(010)12345678`, `（010）12345678`, `+86 10 12345678`, `+86-371-65501234`, `+86 (371) 65501234`. An extension after
/// the number (`-801`) is left out of the value. Assigned subscriber numbers start with 2-8;
/// a number set apart from its area code may also start with 1 (forms such as
/// `010-12345678` are what people type as examples and placeholders, and a scanner that misses
/// them looks broken); 0 and 9 (95xxx, 96xxx service numbers) never; glued forms (`037165501234`) must start with 2-8.
///
/// A subscriber number without area code is reported only in a table column whose header says
/// phone (and not ID, bank card or birth date), or right after the label of a home's phone
/// (家庭电话：63912345, as old rosters write a local number), with medium confidence: in running
/// text a bare 7- or 8-digit number is far more often an amount, a date or a serial number than a phone.
public final class LandlineDetector: Detector, @unchecked Sendable {
    private let tables = PhoneNumberTables.shared
    private let keywords: HeaderKeywords
    private let organisation: OrganisationContext

    public init(keywords: HeaderKeywords = .shared) {
        self.keywords = keywords
        organisation = OrganisationContext(keywords: keywords)
        super.init(trigger: .number, minimumDigits: 7)
    }

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        let groups = token.groups
        var i = groups.startIndex
        // Most tokens (IDs, mobiles, student numbers) are ruled out here: every form but the
        // bare one opens a group with the trunk 0 or the country code 86, or follows `)`.
        let bare = groups.count == 1 && (isBareInPhoneColumn(token, context) || isBareAfterHomePhoneLabel(token, context))
        guard mayHoldAreaCode(token) || bare || isSecondNumber(token) else { return }
        if let open = parenthesisedAreaCode(token), let last = subscriberEnd(token, from: i) {
            add(token, open, last, context, confidence: nil, into: matches)
            i = last + 1
        } else if bare {
            add(token, token.start, i, context, confidence: .medium, into: matches)
            return
        } else if isSecondNumber(token) {
            add(token, token.start, i, context, confidence: nil, into: matches)
            return
        }
        while i < groups.endIndex {
            // A number inside a longer code of dash-joined groups (HT-2026-0371-65501234) is
            // none, unless what comes before is the country code (86-0371-65501234).
            if i > groups.startIndex, token.window[groups[i].lowerBound - 1] == UInt8(ascii: "-"),
               !isChinaCountryCode(token.window, groups[i - 1]) {
                i += 1
                continue
            }
            if let (last, international) = numberEnd(token, from: i) {
                var start = groups[i].lowerBound
                if international, start > 0, token.window[start - 1] == UInt8(ascii: "+") { start -= 1 }
                add(token, start, last, context, confidence: nil, into: matches)
                i = last + 1
            } else {
                i += 1
            }
        }
    }

    /// Appends the number from window offset `start` to the end of group `last`, unless it turns
    /// out to be part of a decimal, of a hex word (`isInHexWord`) or of a word of letters
    /// (`isInsideLetters`). `confidence` nil: from the
    /// phone cues.
    private func add(_ token: NumberToken, _ start: Int, _ last: Int, _ context: DetectionContext,
                     confidence: Confidence?, into matches: MatchList) {
        let window = token.window
        let end = token.groups[last].upperBound
        guard !isPartOfDecimal(window, start, end), !isInHexWord(window, start, end), !isInsideLetters(window, start, end),
              !followsLetterCode(window, start),
              context.isTableCell || !isInDialString(window, start, end) else { return }
        let cue = keywords.phoneCue(at: start, context)
        // Under an account's header (个人账号), a number opening with 0 is the account: a housing
        // fund's 12 digits read as an area code and a number. A mobile there is a login's
        // (a platform's 账号 of parents' mobiles).
        guard cue != .otherCode, cue == .named || !context.columnHints.contains(.bankCard) else { return }
        matches.append(Match(kind: .landline, confidence: confidence ?? (cue == .named ? .high : .medium),
                             range: start..<end,
                             organisational: organisation.isOrganisational(start..<end, context, officeKind: true)))
    }

    /// Last group of the number whose first group is group `i`, and whether it opens with the
    /// country code.
    private func numberEnd(_ token: NumberToken, from i: Int) -> (last: Int, international: Bool)? {
        let groups = token.groups
        let window = token.window
        // Country code as its own group (+86 371 …, 0086-10-…) or glued after a plus (+8637165501234).
        var codeGroup = i
        var skip = 0
        var trunk = true
        if i + 1 < groups.endIndex, isChinaCountryCode(window, groups[i]) {
            codeGroup = i + 1
            trunk = false
        } else if groups[i].count > 2, isChinaCountryCode(window, groups[i].lowerBound..<groups[i].lowerBound + 2),
                  groups[i].lowerBound > 0, window[groups[i].lowerBound - 1] == UInt8(ascii: "+") {
            skip = 2
            trunk = false
        }
        let digits = groups[codeGroup].count - skip
        // Most numbers fail here, before their digits are decoded: a domestic number opens with 0.
        guard digits >= 2, !trunk || window[groups[codeGroup].lowerBound] == UInt8(ascii: "0") else { return nil }
        let code = UnsafeBufferPointer(rebasing: window[groups[codeGroup].lowerBound + skip..<groups[codeGroup].upperBound])
        guard let codeLength = tables.areaCodeLength(code, trunk: trunk) else { return nil }
        if digits == codeLength { return subscriberEnd(token, from: codeGroup + 1).map { ($0, !trunk) } }
        // Area code and subscriber number glued together: 037165501234.
        let subscriberStart = groups[codeGroup].lowerBound + skip + codeLength
        let rest = digits - codeLength
        guard rest == 7 || rest == 8, isSubscriberDigit(window[subscriberStart]) else { return nil }
        return (codeGroup, !trunk)
    }

    /// Last group of a subscriber number starting at group `j`: one group of 7 or 8 digits, or
    /// 3-4 / 4-4.
    private func subscriberEnd(_ token: NumberToken, from j: Int) -> Int? {
        let groups = token.groups
        guard j < groups.endIndex, token.window[groups[j].lowerBound] &- 0x31 < 8 else { return nil }
        let count = groups[j].count
        if count == 7 || count == 8 { return j }
        if count == 3 || count == 4, j + 1 < groups.endIndex, groups[j + 1].count == 4 { return j + 1 }
        return nil
    }

    /// A group opens with 0 (the trunk prefix) or 8 (86, the country code), or the token may
    /// follow a parenthesised area code: `)`, `）` (whose last byte is 0x89), a space or a dash
    /// stands before it. A cheap filter: what passes is checked properly.
    @inline(__always)
    private func mayHoldAreaCode(_ token: NumberToken) -> Bool {
        let w = token.window
        // The trunk 0 opens a group of three digits or more (010, 0371, 0086, 037165501234),
        // not the 01 of a date (2010-01-18).
        for g in token.groups where (w[g.lowerBound] == 0x30 && g.count >= 3) || w[g.lowerBound] == 0x38 { return true }
        let s = token.start
        return (s >= 1 && (w[s - 1] == UInt8(ascii: ")") || w[s - 1] == 0x20 || w[s - 1] == 0x2D)) || (s >= 3 && w[s - 1] == 0x89)
    }

    @inline(__always)
    private func isSubscriberDigit(_ b: UInt8) -> Bool { b &- 0x32 < 7 }

    /// Window offset where the number starts when the token follows an area code in ASCII or
    /// full-width parentheses, `(0371)` or `（0371）`, maybe with one space or a dash after it
    /// (`（010）-62751234`): the opening parenthesis, or the country code before it
    /// (`+86 (371) 65501234`).
    private func parenthesisedAreaCode(_ token: NumberToken) -> Int? {
        let w = token.window
        var p = token.start
        if p > 0, w[p - 1] == 0x20 || w[p - 1] == 0x2D { p -= 1 }
        if p > 0, w[p - 1] == UInt8(ascii: ")") {
            p -= 1
        } else if p >= 3, w[p - 3] == 0xEF, w[p - 2] == 0xBC, w[p - 1] == 0x89 {
            p -= 3
        } else {
            return nil
        }
        var q = p
        while q > 0, p - q < 5, isDigit(w[q - 1]) { q -= 1 }
        // With the trunk 0 (0371, 010), or without it after the country code (+86 (371)).
        let trunk = p > q && w[q] == UInt8(ascii: "0")
        guard trunk ? (p - q == 3 || p - q == 4) : (p - q == 2 || p - q == 3),
              tables.areaCodeLength(UnsafeBufferPointer(rebasing: w[q..<p]), trunk: trunk) == p - q else { return nil }
        let open: Int
        if q > 0, w[q - 1] == UInt8(ascii: "(") {
            open = q - 1
        } else if q >= 3, w[q - 3] == 0xEF, w[q - 2] == 0xBC, w[q - 1] == 0x88 {
            open = q - 3
        } else {
            return nil
        }
        return trunk ? open : countryCodeStart(before: open, w)
    }

    /// Window offset of `+86` or `0086` (maybe with one space after it) ending at `end`.
    private func countryCodeStart(before end: Int, _ w: UnsafeBufferPointer<UInt8>) -> Int? {
        var p = end
        if p > 0, w[p - 1] == 0x20 { p -= 1 }
        guard p >= 3, w[p - 2] == UInt8(ascii: "8"), w[p - 1] == UInt8(ascii: "6") else { return nil }
        if w[p - 3] == UInt8(ascii: "+") { return p - 3 }
        return p >= 4 && w[p - 4] == UInt8(ascii: "0") && w[p - 3] == UInt8(ascii: "0") ? p - 4 : nil
    }

    /// A second subscriber number sharing the area code of the landline before it, after a
    /// slash or an enumeration comma (`0371-65501234/65501235`, `0371-65501234、65501236`): as
    /// long as the first one's subscriber number, which follows an area code after a dash, a
    /// blank or a closing bracket.
    @inline(__always)
    private func isSecondNumber(_ token: NumberToken) -> Bool {
        let count = token.groups[0].count
        guard token.groups.count == 1, count == 7 || count == 8 else { return false }
        return isSecondNumber(token, count: count)
    }

    private func isSecondNumber(_ token: NumberToken, count: Int) -> Bool {
        let w = token.window
        guard isSubscriberDigit(w[token.start]) else { return false }
        var p = token.start
        if p >= 1, w[p - 1] == UInt8(ascii: "/") {
            p -= 1
        } else if p >= 3, w[p - 3] == 0xE3, w[p - 2] == 0x80, w[p - 1] == 0x81 {   // 、
            p -= 3
        } else {
            return false
        }
        var q = p
        while q > 0, p - q <= count, isDigit(w[q - 1]) { q -= 1 }
        guard p - q == count, q >= 1, w[q - 1] == UInt8(ascii: "-") || w[q - 1] == 0x20 || w[q - 1] == UInt8(ascii: ")") else { return false }
        let codeEnd = q - 1
        var c = codeEnd
        while c > 0, codeEnd - c < 5, isDigit(w[c - 1]) { c -= 1 }
        guard c == 0 || !isDigit(w[c - 1]) else { return false }
        return tables.areaCodeLength(UnsafeBufferPointer(rebasing: w[c..<codeEnd]), trunk: true) == codeEnd - c
    }

    /// A token of one group (the caller has looked) of 7 or 8 digits, whole, right after a home
    /// phone's label and its colon or blanks.
    private func isBareAfterHomePhoneLabel(_ token: NumberToken, _ context: DetectionContext) -> Bool {
        let w = token.window
        let count = token.groups.first!.count
        guard count == 7 || count == 8, isSubscriberDigit(w[token.start]),
              token.end == context.scan.upperBound || !isAlphanumeric(w[token.end]) else { return false }
        let lower = context.scan.lowerBound
        let labelEnd = HeaderKeywords.labelEnd(before: token.start, in: w, lower: lower)
        return Self.homePhoneLabels.length(endingAt: labelEnd, in: w, lower: lower) > 0
    }

    private static let homePhoneLabels = HanWordList(["家庭电话", "家里电话", "住宅电话", "宅电", "家庭座机"].map { Array($0.utf8) })

    /// A number of seven or eight digits under a phone's header; not under a thing's code's
    /// (手机编号, 手机柜编号: a phone locker's numbers).
    private func isBareInPhoneColumn(_ token: NumberToken, _ context: DetectionContext) -> Bool {
        let hints = context.columnHints
        guard hints.contains(.phone), hints.isDisjoint(with: [.idNumber, .bankCard, .birthDate, .thingCode]) else { return false }
        let count = token.groups.first!.count
        return (count == 7 || count == 8) && isSubscriberDigit(token.window[token.start])
    }
}
