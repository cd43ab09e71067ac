/// Mainland China mobile numbers: 11 digits on an allocated segment (patterns/mobile_segments.txt),
/// written whole or as 3-4-4 / 3-8 groups, with an optional country code `+86`, `0086` or `86`,
/// separate or glued (`8613812345678`).
public final class MobileDetector: Detector, @unchecked Sendable {
    private let tables = PhoneNumberTables.shared
    private let keywords: HeaderKeywords
    private let organisation: OrganisationContext

    public init(keywords: HeaderKeywords = .shared) {
        self.keywords = keywords
        organisation = OrganisationContext(keywords: keywords)
        super.init(trigger: .number, minimumDigits: 11)
    }

    /// Digits a phone written out with zeros keeps at least (three zeros of its own: one number in
    /// a thousand is lost; a display's six digits are never taken).
    private static let approximateDigits = 8

    public override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        // A spreadsheet's number written out with zeros past its stored digits: `1.584475225E10`
        // is a phone ending in 0, `1.38123E+10` (a narrow column's display) a phone no more.
        guard !context.isApproximateNumber || token.keptDigits(token.groups.indices) >= Self.approximateDigits else { return }
        token.forEachValue(into: matches) { mobile(token, at: $0, context) }
    }

    /// The mobile number whose first group (country code included) is group `i`, and the index of
    /// the group after it.
    private func mobile(_ token: NumberToken, at i: Int, _ context: DetectionContext) -> (Match, Int)? {
        let groups = token.groups
        let window = token.window
        var body = i
        var glued = 0
        let count = groups[i].count
        if i + 1 < groups.endIndex, isChinaCountryCode(window, groups[i]) {
            body = i + 1
        } else if count == 13 || count == 15, isChinaCountryCode(window, groups[i].lowerBound..<groups[i].upperBound - 11) {
            glued = count - 11
        }
        guard let last = writtenLastGroup(token, first: i, body: body, glued: glued)
                ?? unseenlyJoinedLastGroup(token, body: body, glued: glued) else { return nil }

        var start = groups[i].lowerBound
        if body > i || glued > 0, start > 0, window[start - 1] == UInt8(ascii: "+") { start -= 1 }
        let end = groups[last].upperBound
        guard context.isTableCell || !(isInDialString(window, start, end) || isMeetingLinkNumber(window, start)),
              !isPartOfDecimal(window, start, end), !followsCodeLetter(window, start), !isRangeBound(token, first: i, last: last), !isAmount(window, end), !isPrice(window, start), !(last + 1 == groups.endIndex && token.trailingX),
              !isInHexWord(window, start, end), !isInsideLetters(window, start, end), !SampleValues.shared.isSampleMobile(window, start..<end),
              // A form's example (家长手机号（例如：13912345678）).
              !SampleValues.followsExampleWord(window, start, lower: context.isTableCell ? context.scan.lowerBound : 0)
        else { return nil }

        let cue = keywords.phoneCue(at: start, context)
        guard cue != .otherCode else { return nil }
        let match = Match(kind: .mobile, confidence: cue == .named ? .high : .medium, range: start..<end,
                          organisational: organisation.isOrganisational(start..<end, context))
        return (match, last + 1)
    }

    /// The last group of the mobile number written from group `first` (its body from `body`, after
    /// `glued` country-code digits) in one of its forms.
    private func writtenLastGroup(_ token: NumberToken, first: Int, body: Int, glued: Int) -> Int? {
        guard let last = lastGroup(token, body: body, glued: glued), isWritten(token, first: first, body: body, last: last),
              tables.isMobile(leadingDigits(token, body: body, glued: glued)) else { return nil }
        return last
    }

    /// The last group of the mobile number from group `body` split anywhere by what no one sees
    /// (`NumberToken.unseenlyJoinedGroups`: a number pasted from a web form).
    private func unseenlyJoinedLastGroup(_ token: NumberToken, body: Int, glued: Int) -> Int? {
        guard glued == 0, body < token.groups.endIndex,
              let range = token.unseenlyJoinedGroups(from: body, digits: 11, lineBreaks: false), token.digitCount(range) == 11,
              tables.isMobile(token.withDigits(range) { ($0[0], $0[1], $0[2], $0[3], $0[4]) }) else { return nil }
        return range.upperBound - 1
    }

    /// The first five digits of the number starting at group `body` (after `glued` country-code
    /// digits), read from the text: the body's first group has 3 digits or more.
    private func leadingDigits(_ token: NumberToken, body: Int, glued: Int) -> (UInt8, UInt8, UInt8, UInt8, UInt8) {
        let w = token.window
        let s = token.groups[body].lowerBound + glued
        guard token.groups[body].count - glued < 5 else { return (w[s], w[s + 1], w[s + 2], w[s + 3], w[s + 4]) }
        let next = token.groups[body + 1].lowerBound
        return (w[s], w[s + 1], w[s + 2], w[next], w[next + 1])
    }

    /// Last group of the 11 digits starting at group `body` (after `glued` country-code digits):
    /// one group of 11, or 3-4-4, or 3-8.
    private func lastGroup(_ token: NumberToken, body: Int, glued: Int) -> Int? {
        let groups = token.groups
        guard body < groups.endIndex else { return nil }
        if groups[body].count == 11 + glued { return body }
        guard glued == 0, groups[body].count == 3, body + 1 < groups.endIndex else { return nil }
        if groups[body + 1].count == 8 { return body + 1 }
        if groups[body + 1].count == 4, body + 2 < groups.endIndex, groups[body + 2].count == 4 { return body + 2 }
        return nil
    }
}

/// The number's first group is a range's bound, the other 11 digits long after a dash and
/// sharing its first six (`考号段为13024110001-13024110900`): a block of codes. Two parents'
/// mobiles joined by a dash share fewer.
private func isRangeBound(_ token: NumberToken, first: Int, last: Int) -> Bool {
    let groups = token.groups
    let w = token.window
    func bounds(_ a: Int, _ b: Int) -> Bool {
        return groups[b].count == 11 && w[groups[b].lowerBound - 1] == UInt8(ascii: "-")
            && (0..<6).allSatisfy { w[groups[a].lowerBound + $0] == w[groups[b].lowerBound + $0] }
    }
    guard first == last, groups[first].count == 11 else { return false }
    return last + 1 < groups.endIndex && bounds(first, last + 1) || first > groups.startIndex && bounds(first - 1, first)
}

/// Groups `first...last` (the number proper from `body` on) are written as one value: every
/// separator inside the number is the same, and no neighbouring group continues the pattern, that
/// is joins on with that separator and is either dash-joined (`138-1234-5678-9` is another code) or
/// short like a block of a spaced digit string (`138 1234 5678 9012`). A long neighbour after a
/// space is a separate value: `0371-65501234 138 1234 5678`, as is an ID's 6-8-4 before it
/// (`NumberToken.followsIDShape`). The country code may be set apart
/// differently: `+86 138-1234-5678`.
private func isWritten(_ token: NumberToken, first: Int, body: Int, last: Int) -> Bool {
    guard first < last else { return true }
    let groups = token.groups
    let window = token.window
    let separator = window[groups[last].lowerBound - 1]
    for k in body + 1..<last + 1 where window[groups[k].lowerBound - 1] != separator { return false }
    func continues(_ k: Int, joinedAt offset: Int) -> Bool {
        window[offset] == separator && (separator == UInt8(ascii: "-") || groups[k].count <= 4)
    }
    if first > groups.startIndex, continues(first - 1, joinedAt: groups[first].lowerBound - 1), !token.followsIDShape(first) { return false }
    if last + 1 < groups.endIndex, continues(last + 1, joinedAt: groups[last + 1].lowerBound - 1) { return false }
    return true
}
