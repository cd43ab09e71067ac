/// A contract's or a procurement notice's party block: a line naming a party by its role
/// (甲方：郑州市第一中学, 乙方（供应商）：河南宏达教学设备有限公司, 采购代理机构：…) or an
/// organisation's name alone, then lines of labels under it (住所：, 法定代表人：, 联系人：,
/// 电话：). What those lines give is the party's: an organisation's domicile and its office in a
/// tower (…5号楼902室), its contact and landline. A party that is a person (乙方（劳动者）：苏丽)
/// keeps what its lines give.
extension OrganisationContext {
    /// The address at `start` is a party's: its line opens with the party's role and its name
    /// (乙方：…有限公司　地址：…), or with an address's label (地址：, 住所：) under the lines of its
    /// party's block (`blockAboveIsOrganisations`).
    func isPartysAddress(_ start: Int, lineStart: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = LineHeads.wordsStart(ofLineAt: lineStart, in: window, end: start)
        if let isOrganisation = partyNamed(window, text..<start) { return isOrganisation }
        return opensWithAddressLabel(window, lineStart..<start) && blockAboveIsOrganisations(lineStart, window)
    }

    /// The staff word at `cue` (联系人, 项目联系人) opens its line under an organisation's party
    /// block: the contact it names is the organisation's, as its landline is.
    func staffOfPartyBlock(cueAt cue: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        let lineStart = Self.lineStart(before: cue, window, lower: max(0, cue - Self.labelLength))
        let words = LineHeads.wordsStart(ofLineAt: lineStart, in: window, end: cue)
        guard words == cue || HanText.has(Self.project, in: window, at: words, end: cue) && words + Self.project.count == cue else { return false }
        return blockAboveIsOrganisations(lineStart, window)
    }

    private static let project = Array("项目".utf8)
    private static let personalName = Array("姓名".utf8)

    /// The lines above the one at `lineStart`, lines of labels with no blank line between, lead
    /// up to a party's line naming an organisation or to an organisation's name alone (a
    /// letterhead's, `名　　称：…有限公司`), within `partyBlockReach` lines. A line naming a person
    /// by another label than a staff word's (主持人：, 姓名：) or giving their particulars
    /// (身份证号：) is a form's or minutes', no party's.
    func blockAboveIsOrganisations(_ lineStart: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        var line = lineStart
        for _ in 0..<Self.partyBlockReach {
            guard line > 0 else { return false }
            let above = Self.lineAbove(line, window)
            line = above.lowerBound
            let end = Self.textEnd(window, above)
            let words = LineHeads.wordsStart(ofLineAt: above.lowerBound, in: window, end: end)
            guard words < end else { return false }
            if let isOrganisation = partyNamed(window, words..<end) { return isOrganisation }
            if namesOrganisationAlone(window, words..<end) { return true }
            guard let colon = Self.colonAfterLabel(window, words..<end) else { return false }
            let hints = keywords.hints(in: window, range: words..<colon)
            guard hints.isDisjoint(with: [.idNumber, .birthDate]),
                  !hints.contains(.name) || keywords.nearestHint(before: colon, in: window, distance: colon - words, among: .person)?.staff == true
            else { return false }
        }
        return false
    }

    /// `window[text]` is an organisation's name alone, or a name label's value that is one.
    private func namesOrganisationAlone(_ window: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> Bool {
        if organisationNameOpening(text.lowerBound, window, end: text.upperBound)?.rest == text.upperBound { return true }
        guard let colon = Self.colonAfterLabel(window, text), Self.spacedLabel(window, text.lowerBound..<colon, is: Self.nameLabel) else { return false }
        let name = Self.blanksEnd(from: colon + HanText.colonLength(window, at: colon), window, end: text.upperBound)
        return organisationNameOpening(name, window, end: text.upperBound)?.rest == text.upperBound
    }

    /// `window[text]` opens with a party's role, perhaps glossed in brackets (甲方（用人单位）：),
    /// and a colon: whether the party it names is an organisation; nil when no role opens it.
    private func partyNamed(_ window: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> Bool? {
        let role = partyLabels.length(at: text.lowerBound, in: window, end: text.upperBound)
        guard role > 0 else { return nil }
        var i = text.lowerBound + role
        if let open = LineHeads.openingBracketLength(at: i, in: window, end: text.upperBound) {
            var k = i + open
            while k < text.upperBound, k - i < 3 * Self.nameLength, HanText.han(window, at: k, end: text.upperBound) != nil { k += 3 }
            guard let close = LineHeads.closingBracketLength(at: k, in: window, end: text.upperBound) else { return nil }
            i = k + close
        }
        guard HanText.isColon(window, at: i, end: text.upperBound) else { return nil }
        let name = Self.blanksEnd(from: i + HanText.colonLength(window, at: i), window, end: text.upperBound)
        return organisationNameEnd(from: name, window, end: text.upperBound) != nil
    }

    /// Lines of labels above a value looked up through for its party's line, at most.
    private static let partyBlockReach = 6
}
