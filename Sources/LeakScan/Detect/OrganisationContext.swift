/// Decides whether a phone number or e-mail address is an organisation's own contact detail
/// (学校办公室电话, 咨询电话, a school's letterhead) rather than a person's.
///
/// In order: the column header, when it names an organisation or a person; else the nearest
/// organisation or person keyword before the value on its line (patterns/header_keywords.txt);
/// else the name of a school or authority before the value (patterns/organisation_suffixes.txt),
/// but only when no person keyword is there at all, because a school name is a weak cue
/// (学生张三就读于郑州市第一中学，手机…). Anything undecided is personal.
final class OrganisationContext: Sendable {
    /// How far before a value cues count, in bytes (about 26 Chinese characters).
    static let distance = 80

    /// For readers that ask whether a text names an organisation (a vCard's or an LDIF entry's name).
    static let shared = OrganisationContext()

    let keywords: HeaderKeywords
    private let lexicon: NameLexicon
    private let suffixes: HanWordList
    /// Bytes of the shortest suffix: a shorter stretch of text names no organisation.
    private let shortestSuffix: Int
    private let notFollowedBy: HanWordList
    private let addressLabels: HanWordList
    /// A contract's or a procurement notice's party roles (甲方, 乙方, 供应商, 采购代理机构).
    let partyLabels: HanWordList

    init(keywords: HeaderKeywords = .shared, lexicon: NameLexicon = .shared,
         suffixes file: PatternFile = PatternFile.embedded("organisation_suffixes.txt").withTraditionalSpellings(column: 1)) {
        self.keywords = keywords
        self.lexicon = lexicon
        suffixes = HanWordList(file.rows.filter { $0.count >= 2 && $0[0] == "suffix" }.map { Array($0[1].utf8) })
        shortestSuffix = suffixes.words.map(\.count).min() ?? 0
        notFollowedBy = HanWordList(file.rows.filter { $0.count >= 2 && $0[0] == "not_followed_by" }.map { Array($0[1].utf8) })
        // Longest first: 学校地址 is one label, not 学校 and 地址.
        addressLabels = HanWordList(file.rows.filter { $0.count >= 2 && $0[0] == "address_label" }.map { Array($0[1].utf8) }
            .sorted { $0.count > $1.count })
        // Longest first: 采购代理机构 before 采购人's shorter neighbours.
        partyLabels = HanWordList(file.rows.filter { $0.count >= 2 && $0[0] == "party_label" }.map { Array($0[1].utf8) }
            .sorted { $0.count > $1.count })
    }

    /// Whether the value at window range `value` belongs to an organisation: for `officeKind`,
    /// when brackets right after it name an organisation (…（学校办公室）); as its cues say
    /// (`decidedByCue`); else, for `officeKind`, in a page header or footer (`.letterhead`); else,
    /// for a mobile, when brackets right after it name an organisation;
    /// else when an organisation's name stands before it on its line; or, for `officeKind`, on a
    /// footer's line (地址：…　电话：… under the organisation's name) or an office's contact line
    /// (`isOfficeContactLine`).
    /// `officeKind`: a landline, an e-mail or an address, which an office has; then a person
    /// keyword that is part of an organisation's name (学生资助管理中心, 家长委员会) speaks for the
    /// organisation. Not for a mobile number (家长委员会 … 138…: a member's own).
    func isOrganisational(_ value: Range<Int>, _ context: DetectionContext, officeKind: Bool = false) -> Bool {
        let start = value.lowerBound
        // Brackets right after an office's number name its office whatever person's word stood
        // before it (请咨询班主任或拨打0371-65501234（教务处）); a mobile's, unless a cue decides.
        if officeKind, bracketsNameOrganisation(after: value.upperBound, context, officeKind: true) { return true }
        // A landline right after 咨询, as a notice's or an SMS's last words give it (…还款。咨询0371-…):
        // an office's enquiries line (a mobile so given may be a staff member's own).
        if officeKind, start - 6 >= context.scan.lowerBound, HanText.has(Self.enquire, in: context.window, at: start - 6, end: start) {
            return true
        }
        if let decided = decidedByCue(valueAt: start, context, officeKind: officeKind) { return decided }
        if officeKind ? context.columnHints.contains(.letterhead) : bracketsNameOrganisation(after: value.upperBound, context, officeKind: false) {
            return true
        }
        let window = context.window
        // The line's start, as far back as a sign-off's label line is looked for; the other
        // cues count from `lower` on.
        let labelLineStart = Self.lineStart(before: start, window, lower: max(0, start - 3 * Self.distance))
        let lineStart = max(labelLineStart, lower(start, context))
        // A footer's or an office's contact line opens with its address label however far before
        // the value (地址：…　邮编：…　电话：…, its blanks ideographic), or an office's gives the
        // phone first, the address's label right after it (联系电话：0371-…　地址：…).
        let opensWithAddress = officeKind && !context.isTableCell && opensWithAddressLabel(window, labelLineStart..<start)
        if officeKind, !context.isTableCell,
           opensWithAddress && isFooterLine(window, lineStart: labelLineStart)
            || (opensWithAddress || addressLabelFollows(value.upperBound, window, end: context.scan.upperBound))
            && isOfficeContactLine(window, labelLineStart..<Self.lineEnd(after: value.upperBound, window, end: context.scan.upperBound))
            || precedesSignOff(value, lineStart: labelLineStart, context)
            || holdsOfficeSign(window, line: labelLineStart, end: context.scan.upperBound)
            || continuesContactLines(value, lineStart: labelLineStart, window)
            || opensAsContactLine(window, labelLineStart..<start) && blockAboveIsOrganisations(labelLineStart, window)
            || followsNoticeSentence(value, lineStart: labelLineStart, window)
            || continuesNumbersAbove(value, lineStart: labelLineStart, window, end: context.scan.upperBound) {
            return true
        }
        if !officeKind, !context.isTableCell, opensLetterheadLine(window, lineStart: labelLineStart, value: start) { return true }
        // A mobile is an organisation's only after its name in the same clause: a nurse's log's
        // `送校医室，已通知，152…` gives a parent's.
        let nameReach = officeKind ? lineStart : Self.clauseStart(before: start, window, lower: lineStart)
        if hasOrganisationName(in: window, nameReach..<start) { return true }
        // An office's contact line names it at its start, and its address may be long
        // (乙方：…配送有限公司　地址：…农贸市场B区12号　电话：…): for an office's kind of value,
        // the whole line counts when no person's word stands on it.
        if officeKind && !context.isTableCell && labelLineStart < lineStart
            && hasOrganisationName(in: window, labelLineStart..<start)
            && keywords.nearestHint(before: start, in: window, distance: start - labelLineStart, among: .person) == nil {
            return true
        }
        return officeKind && !context.isTableCell
            && (followsEnglishOrganisation(start, window) || continuesOrganisationName(lineStart: labelLineStart, before: start, window))
    }

    /// The value stands alone on its line, perhaps aligned by blanks (a PDF's text drops them),
    /// under the line above, which speaks for an organisation and gives its first number
    /// (招生咨询电话：0371-66852366 ↵ 　　　　0371-66852377: the hotline's second) or is its name
    /// alone (经八路派出所户籍室 ↵ 0371-65966110, a mail's sign-off).
    private func continuesNumbersAbove(_ value: Range<Int>, lineStart: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        // A number: a mail's recipient alone under its sender's line is no one's second line.
        guard lineStart > 0, isDigit(window[value.lowerBound]) || window[value.lowerBound] == UInt8(ascii: "(") || window[value.lowerBound] == UInt8(ascii: "+"),
              Self.blanksEnd(from: lineStart, window, end: value.lowerBound) == value.lowerBound,
              Self.blanksEnd(from: value.upperBound, window, end: end) == Self.lineEnd(after: value.upperBound, window, end: end)
        else { return false }
        // The line above gives the first number, or is the organisation's name alone (经八路派出所户籍室).
        let above = Self.lineAbove(lineStart, window)
        let aboveEnd = Self.textEnd(window, above)
        guard aboveEnd > above.lowerBound, isDigit(window[aboveEnd - 1])
                || organisationNameOpening(LineHeads.wordsStart(ofLineAt: above.lowerBound, in: window, end: aboveEnd), window, end: aboveEnd)?.rest == aboveEnd
                && keywords.nearestHint(before: aboveEnd, in: window, distance: aboveEnd - above.lowerBound, among: .person) == nil
        else { return false }
        return speaksForOrganisation(line: above, window)
    }

    /// The line above the one at `lineStart` ends with an organisation's name, the line opens
    /// with a number or an address's label, and neither names a person: a paragraph wrapped
    /// after the name (a PDF's `…；中牟县社会保险中心` ↵ `0371-62196688，地址：中牟县商都大道126号。`).
    private func continuesOrganisationName(lineStart: Int, before start: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        // The wrapped line opens with the organisation's number or an address's label.
        let words = LineHeads.wordsStart(ofLineAt: lineStart, in: window, end: start)
        guard lineStart > 0, window[lineStart - 1] == 0x0A, words <= start,
              isDigit(window[words]) || opensWithAddressLabel(window, lineStart..<start) else { return false }
        let above = Self.lineAbove(lineStart, window).lowerBound
        var aboveEnd = lineStart - 1
        while aboveEnd > above, window[aboveEnd - 1] == 0x0D || window[aboveEnd - 1] == 0x20 { aboveEnd -= 1 }
        return aboveEnd > above && organisationNameEnds(at: aboveEnd, in: window, lower: above)
            && keywords.nearestHint(before: aboveEnd, in: window, distance: aboveEnd - above, among: [.person, .name]) == nil
            && keywords.nearestHint(before: start, in: window, distance: start - lineStart, among: [.person, .name]) == nil
    }

    /// An English organisation's name (`EnglishOrganisationNames`) on the value's line before it
    /// or on one of the two lines above (a letterhead's `ZHENGZHOU NO.1 MIDDLE SCHOOL` over its
    /// `Tel +86 371 …`; a sign-off's `HR Office` ↵ `Zhengzhou No.1 Middle School` ↵ `Tel: …`;
    /// `Agent: … Co., Ltd. Tel 0371-…`), and no person's keyword on the value's line.
    private func followsEnglishOrganisation(_ start: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = Self.lineStart(before: start, window, lower: max(0, start - Self.englishReach))
        guard keywords.nearestHint(before: start, in: window, distance: start - from, among: [.person, .name]) == nil else { return false }
        for _ in 0..<2 where from > 0 {
            from = Self.lineStart(before: from - 1, window, lower: max(0, from - 1 - Self.englishReach))
        }
        return EnglishOrganisationNames.occur(in: window, from..<start)
    }

    /// Bytes of a line looked through for an English organisation's name, at most.
    private static let englishReach = 160

    /// Brackets right after a value (perhaps after its extension and blanks) say whose it is, and
    /// name an organisation: a keyword for one (（学校办公室）, (教务处)), or its name with no
    /// person's keyword (（郑州市第一中学）, not （王老师）), or for `officeKind` after one
    /// (（学生资助中心）).
    private func bracketsNameOrganisation(after end: Int, _ context: DetectionContext, officeKind: Bool) -> Bool {
        let window = context.window
        let limit = context.scan.upperBound
        var i = Self.extensionEnd(from: end, window, end: limit)
        while i < limit, window[i] == 0x20 { i += 1 }
        let open: Int
        if i < limit, window[i] == UInt8(ascii: "(") { open = i + 1 }
        else if i + 2 < limit, window[i] == 0xEF, window[i + 1] == 0xBC, window[i + 2] == 0x88 { open = i + 3 }   // （
        else { return false }
        var close = open
        while close < limit, close - open < 3 * Self.nameLength, window[close] != UInt8(ascii: ")"), window[close] != 0x0A,
              !(close + 2 < limit && window[close] == 0xEF && window[close + 1] == 0xBC && window[close + 2] == 0x89) {   // ）
            close += 1
        }
        guard close > open, close < limit, window[close] != 0x0A else { return false }
        return namesOrganisation(window, open..<close, officeKind: officeKind)
    }

    /// Past an extension's number after a landline (0371-65501234转8001, 分机 8001), or `i`.
    private static func extensionEnd(from i: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var k = i
        if HanText.has(transfer, in: window, at: k, end: end) { k += transfer.count }
        else if HanText.has(extensionWord, in: window, at: k, end: end) { k += extensionWord.count }
        else { return i }
        while k < end, window[k] == 0x20 { k += 1 }
        let digits = k
        while k < end, isDigit(window[k]) { k += 1 }
        return k > digits ? k : i
    }

    private static let transfer = Array("转".utf8)
    private static let extensionWord = Array("分机".utf8)

    /// `window[range]`, on one line, speaks for an organisation: its nearest organisation or
    /// person keyword speaks for one (`speaksForOrganisation`), or it has none and names one
    /// (郑州市第一中学).
    private func namesOrganisation(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, officeKind: Bool) -> Bool {
        guard let cue = keywords.nearestHint(before: range.upperBound, in: window, distance: range.count,
                                             among: [.organisation, .person]) else {
            return hasOrganisationName(in: window, range)
        }
        return speaksForOrganisation(cue, before: range.upperBound, window, lower: range.lowerBound, lineLower: range.lowerBound,
                                     officeKind: officeKind)
    }

    /// The organisation or person keyword `cue` speaks for an organisation: it is an
    /// organisation's; or, for `officeKind`, an organisation's name holds it (学生资助管理中心), or
    /// it is a staff word after an office (`staffOfOffice`), or a staff member's title after their
    /// surname (联系人：杨老师　电话：0371-…: a school's staff give the office's landline, not a
    /// home's; their mobile stays their own); cues count from `lower` on, the office's name from
    /// `lineLower` on.
    private func speaksForOrganisation(_ cue: HeaderKeywords.Cue, before end: Int, _ window: UnsafeBufferPointer<UInt8>,
                                       lower: Int, lineLower: Int, officeKind: Bool) -> Bool {
        guard cue.hint != .organisation else { return true }
        guard officeKind else { return false }
        return hasOrganisationName(in: window, cue.at..<end)
            || cue.staff && (addressesBySurname(cue, window) || staffOfOffice(cueAt: cue.at, window, lower: lower, lineLower: lineLower))
    }

    /// The staff word `cue` addresses a person after a common surname (杨老师, 王主任; not 班主任).
    private func addressesBySurname(_ cue: HeaderKeywords.Cue, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        cue.addressed && HanText.han(window, at: cue.at - 3, end: cue.at).map(lexicon.isCommonSurname) == true
    }

    /// The staff word at `at` follows an office on its line, with only staff words between
    /// (基础教育处，联系人：王老师，电话：0371-…, 教务处主任王老师; 联系人：总务处 刘老师, the office
    /// between the staff words): the landline or e-mail is the office's. Not after a student's or
    /// parent's word (学生张伟的班主任王老师，电话…).
    /// `adjacent`: the office's name must end right before the staff words, a colon, a comma or
    /// blanks between (区学生资助管理中心，联系人：刘红梅), not anywhere before on the line (我在党支部和
    /// 培养联系人谢俊峰…: a sentence's). Otherwise the office's name may open a long line from
    /// `lineLower` on (河南中信招标代理有限公司　地址：…海联大厦12层　联系人：王工　电话：0371-…).
    private func staffOfOffice(cueAt at: Int, _ window: UnsafeBufferPointer<UInt8>, lower: Int, lineLower: Int,
                               adjacent: Bool = false) -> Bool {
        var end = at
        while let cue = keywords.nearestHint(before: end, in: window, distance: end - lower, among: [.organisation, .person]) {
            // A person's word may be part of the office's name (区学生资助管理中心，联系人：…).
            guard cue.staff else { return cue.hint == .organisation || hasOrganisationName(in: window, cue.at..<end) }
            end = cue.at
        }
        let lineStart = Self.lineStart(before: end, window, lower: adjacent ? lower : min(lower, lineLower))
        return (adjacent ? followsOrganisationName(end, window, lineStart: lineStart) : hasOrganisationName(in: window, lineStart..<at))
            || staffOfPartyBlock(cueAt: end, window)
    }

    /// Whether a name in running text is an office's contact, given for the office as its
    /// landline is (`staffOfOffice`): its nearest person's word is a staff word (联系人, 负责人)
    /// that follows an office on its line (区学生资助管理中心，联系人：刘红梅), or the office stands
    /// between the staff word and the name (联系人：区体卫艺科 孙建国), in one clause; a post's
    /// title (主任, 老师: `addressed`) names its holder. The record of its line makes it the
    /// person's again when the line also holds a personal value of another kind (a mobile). A
    /// name signed (食堂负责人：孙建军（签字）) is the signer's own.
    func isOfficeContact(name: Range<Int>, _ context: DetectionContext) -> Bool {
        guard !context.isTableCell, !Self.isSigned(name, context.window, end: context.scan.upperBound) else { return false }
        let window = context.window
        let start = name.lowerBound
        // A teacher named by the post right before the name (经三路小学数学教师钟利民有偿补课) is
        // the person spoken of, no office's contact.
        if Self.teacherWords.contains(where: { HanText.has($0, in: window, at: start - $0.count, end: start) }) {
            return false
        }
        let lower = lower(start, context)
        // A post's title names its holder (德育处主任阎建华), and a staff word in another clause
        // (老师说，由德育处阎建华主任牵头) gives no contact.
        guard let cue = keywords.nearestHint(before: start, in: window, distance: start - lower, among: [.organisation, .person]),
              cue.staff, !cue.addressed, Self.clauseStart(before: start, window, lower: lower) <= cue.at else { return false }
        return hasOrganisationName(in: window, cue.at..<start)
            || staffOfOffice(cueAt: cue.at, window, lower: lower, lineLower: lower, adjacent: true)
    }

    private static let teacherWords = ["教师", "老师"].map { Array($0.utf8) }
    private static let enquire = Array("咨询".utf8)

    /// A signature's note in brackets follows the name: （签字）, (签名).
    private static func isSigned(_ name: Range<Int>, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let open = LineHeads.openingBracketLength(at: name.upperBound, in: window, end: end) else { return false }
        let word = name.upperBound + open
        return HanText.has(signed, in: window, at: word, end: end) || HanText.has(signedName, in: window, at: word, end: end)
    }

    private static let signed = Array("签字".utf8)
    private static let signedName = Array("签名".utf8)

    /// The account's holder named on the value's line before it is an organisation: a bank slip's
    /// or a payment form's `收款单位：郑州市第八十二中学　开户行：…　账号：4105…` (a school's own
    /// account, whose number may pass a card's checks). The last holder's label counts, its value
    /// running to the next blank or separator.
    func namesAccountHolder(before start: Int, _ context: DetectionContext) -> Bool {
        let window = context.window
        let lineStart = Self.lineStart(before: start, window, lower: lower(start, context, reach: 3 * Self.distance))
        var holder: Int?
        var i = lineStart
        while i < start {
            // The labels are Han: other characters, and a character no label opens, are stepped over.
            let label = window[i] >= 0xE0 && Self.holderLabels.mayStart(at: i, in: window, end: start)
                ? Self.holderLabels.length(at: i, in: window, end: start) : 0
            if label > 0 { holder = i + label; i += label } else { i += ByteScanning.sequenceLength(lead: window[i]) }
        }
        guard var from = holder else { return false }
        if HanText.isColon(window, at: from, end: start) { from += HanText.colonLength(window, at: from) }
        from = Self.blanksEnd(from: from, window, end: start)
        var to = from
        while to < start, !Self.endsHolder(window, at: to, end: start) { to += 1 }
        return to > from && isOrganisationName(window, from..<to)
    }

    /// A blank, a tab, a clause's or a field's separator, or an opening bracket ends a holder's name.
    private static func endsHolder(_ window: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let b = window[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
            || b == UInt8(ascii: "|") || b == UInt8(ascii: "(") { return true }
        guard let s = HanText.scalar(window, at: i, end: end) else { return false }
        return s == 0x3000 || s == 0xFF08 || HanText.endsClause(s)
    }

    /// Labels of an account's holder (payee), longest first.
    private static let holderLabels = HanWordList(["收款人名称", "收款单位", "收款户名", "收款人", "账户名称", "开户名称", "开户单位", "单位名称", "户名"]
        .map { Array($0.utf8) })

    /// The line above the one starting at `lineStart` (after a line feed), its line feed left
    /// out, looked back over for its start three times `distance` bytes at most.
    static func lineAbove(_ lineStart: Int, _ window: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        Self.lineStart(before: lineStart - 1, window, lower: max(0, lineStart - 3 * distance))..<(lineStart - 1)
    }

    /// The start of the line holding `i`, or `lower` when no line feed stands in `lower..<i`.
    static func lineStart(before i: Int, _ window: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        ByteScanning.lastIndex(of: 0x0A, in: window, lower..<i).map { $0 + 1 } ?? lower
    }

    /// Where the clause holding `i` starts: after the last `，` `。` `；` `！` `？` before it, or `lower`.
    private static func clauseStart(before i: Int, _ window: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        var k = i - 3
        while k >= lower {
            if let s = HanText.scalar(window, at: k, end: i), HanText.endsClause(s) { return k + 3 }
            k -= 1
        }
        return lower
    }

    /// What the column header or the nearest organisation or person keyword before the value on
    /// its line says; nil when neither says anything (`officeKind`: see `isOrganisational`).
    /// For `officeKind`, in a table cell a keyword in the cell before the value speaks before the
    /// column header: a note's `注：学校地址：…　联系电话：…` under a form's 学生姓名 is the
    /// school's (a mobile follows its column: 咨询电话 138… under 家长电话 is a parent's).
    private func decidedByCue(valueAt start: Int, _ context: DetectionContext, officeKind: Bool) -> Bool? {
        let column = context.columnHints.intersection([.organisation, .person])
        let columnSays = column.isEmpty ? nil : column == .organisation
        let lower = lower(start, context)
        if let columnSays, !(officeKind && context.isTableCell) {
            // A person's word before the value in its cell speaks louder than a column of
            // organisations' (a remark's 家长电话186… beside a supplier's name).
            if columnSays, context.isTableCell,
               keywords.nearestHint(before: start, in: context.window, distance: start - lower, among: .person) != nil { return false }
            return columnSays
        }
        guard let cue = keywords.nearestHint(before: start, in: context.window, distance: start - lower,
                                             among: [.organisation, .person]) else {
            // A note across a person's column naming an office before its number (备注：如有问题请联系
            // 德育处，电话：0371-…, a roster's last row).
            if columnSays == false, officeKind, context.isTableCell, lower < start, hasOrganisationName(in: context.window, lower..<start) { return true }
            return columnSays
        }
        return speaksForOrganisation(cue, before: start, context.window, lower: lower, lineLower: self.lower(start, context, reach: 3 * Self.distance),
                                     officeKind: officeKind)
    }

    /// Where cues before `start` may begin: `reach` bytes back (`distance`; a line's start, where
    /// an office's name may open it, three times as far), and in a table only the value's own
    /// cell counts (the school named in the previous field of a roster says nothing about the
    /// parent's phone in this one).
    private func lower(_ start: Int, _ context: DetectionContext, reach: Int = distance) -> Int {
        let lower = max(0, start - reach)
        return context.isTableCell ? max(lower, context.scan.lowerBound) : lower
    }

    /// Whether the address at `range` is an organisation's: by its column header or the nearest
    /// keyword before it, as for phone numbers; or in a page header or footer (`.letterhead`); or
    /// in a letterhead, right after an organisation's
    /// name and perhaps a label (郑州市第一中学 地址：…, 学校位于…); or in a sign-off, with the
    /// organisation's name after it to the end of the line (青年路77号 济南市教育科学研究院); or in a
    /// footer, on a line that starts with an address label under a line naming the organisation
    /// or giving its contact (咨询电话：…, 传真：…, as a notice's sign-off lists them), or among
    /// its contact lines, above or below (`continuesContactLines`, `leadsContactLines`); or on an
    /// office's contact line (`isOfficeContactLine`); or with an office named after its house
    /// number. A school merely mentioned earlier on the line (快递寄到学校收不到，以后寄…) says
    /// nothing.
    func isOrganisationalAddress(_ range: Range<Int>, _ context: DetectionContext) -> Bool {
        let start = range.lowerBound
        let window = context.window
        // A contract party's domicile or office (乙方：…有限公司 ↵ 住所：…5号楼902室): the
        // party's, whatever its building, and whatever person's word (住所) its label is.
        if !context.isTableCell,
           isPartysAddress(start, lineStart: Self.lineStart(before: start, window, lower: max(0, start - 3 * Self.distance)), window) { return true }
        if let decided = decidedByCue(valueAt: start, context, officeKind: true) { return decided }
        if context.columnHints.contains(.letterhead) { return true }
        // A flat (3号楼2单元501, 15号楼2204室) is a family's home, whatever school stands before it
        // (毕业学校：郑州市第一中学　通讯地址：…2单元501).
        if Self.namesFlat(UnsafeBufferPointer(rebasing: window[range])) { return false }
        // In a cell, only an organisation's name before it in the cell (制造商 | 某某科技有限公司，
        // 地址：…; a note's 如有异议请向学校资助办反映，…，地址：…): the cells around are other fields.
        guard !context.isTableCell else {
            let cellLine = Self.lineStart(before: start, window, lower: min(start, context.scan.lowerBound))
            return followsOrganisationName(start, window, lineStart: cellLine) || followsLabelAfterOrganisation(start, window, lineStart: cellLine)
        }
        let lineStart = Self.lineStart(before: start, window, lower: 0)
        // The line's start, as far back as labels before the address are looked for.
        let labelLineStart = max(lineStart, start - 3 * Self.distance)
        if followsOrganisationName(start, window, lineStart: lineStart)
            || precedesOrganisationName(range.upperBound, window, end: context.scan.upperBound)
            || precedesSignOff(range, lineStart: labelLineStart, context)
            || holdsOfficeSign(window, line: labelLineStart, end: context.scan.upperBound)
            || (opensWithAddressLabel(window, lineStart..<start) || followsAddressLabel(start, window, lineStart: lineStart))
                && continuesContactLines(range, lineStart: labelLineStart, window)
            || opensWithAddressLabel(window, lineStart..<start, postal: true) && followsOrganisationsField(lineStart: lineStart, window)
            || followsLabelAfterOrganisation(start, window, lineStart: labelLineStart)
            || namesOrganisationAfterNumber(range, window)
            || standsUnderOrganisationsLine(range, lineStart: lineStart, window, end: context.scan.upperBound)
            || continuesOrganisationName(lineStart: lineStart, before: start, window) { return true }
        if opensWithAddressLabel(window, labelLineStart..<start) || followsAddressLabel(start, window, lineStart: labelLineStart) {
            let line = labelLineStart..<Self.lineEnd(after: range.upperBound, window, end: context.scan.upperBound)
            if isOfficeContactLine(window, line) || leadsContactLines(window, lineEnd: line.upperBound, end: context.scan.upperBound) { return true }
        }
        return start - lineStart <= Self.labelLength && opensWithAddressLabel(window, lineStart..<start)
            && isFooterLine(window, lineStart: lineStart)
    }

    /// A flat's address: a unit of a block of flats (单元), or a numbered building's room (号楼,
    /// 栋, 幢, then a room's number, perhaps with 室).
    private static func namesFlat(_ address: UnsafeBufferPointer<UInt8>) -> Bool {
        if ByteScanning.contains(flatUnit, in: address) { return true }
        guard let last = address.last, isDigit(last) || address.count >= 3 && HanText.scalar(address, at: address.count - 3, end: address.count) == 0x5BA4 else { return false }  // 室
        return flatBuildings.contains { ByteScanning.contains($0, in: address) }
    }

    private static let flatBuildings = ["号楼", "栋", "幢"].map { Array($0.utf8) }

    /// The address is its line's whole text, under a line that speaks for an organisation
    /// (`speaksForOrganisation(line:)`): an envelope's return block or a letterhead
    /// (郑州市第四十七中学招生办 ↵ 郑州市金水区纬五路36号), a notice's contact lines
    /// (门卫室电话：0371-63952278 ↵ 郑州市金水区纬五路36号).
    private func standsUnderOrganisationsLine(_ range: Range<Int>, lineStart: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard lineStart > 0, LineHeads.wordsStart(ofLineAt: lineStart, in: window, end: range.lowerBound) == range.lowerBound,
              Self.blanksEnd(from: range.upperBound, window, end: end) == Self.lineEnd(after: range.upperBound, window, end: end) else { return false }
        let above = Self.lineAbove(lineStart, window).lowerBound
        var aboveEnd = lineStart - 1
        if aboveEnd > above, window[aboveEnd - 1] == 0x0D { aboveEnd -= 1 }
        // An organisation's name alone, or its contact line (门卫室电话：0371-…, a notice's foot).
        return speaksForOrganisation(line: above..<aboveEnd, window)
    }

    /// `window[line]` is an address alone, as an envelope's return block sets it: Chinese text
    /// with no label's colon, ending in a house's or a room's number (…纬五路36号, …302室).
    private static func isBareAddressLine(_ window: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, window[end - 1] == 0x20 || window[end - 1] == 0x09 || window[end - 1] == 0x0D { end -= 1 }
        guard end - line.lowerBound >= 12, end - line.lowerBound <= 90, HanText.han(window, at: line.lowerBound, end: end) != nil,
              let last = HanText.scalar(window, at: end - 3, end: end), last == 0x53F7 || last == 0x5BA4,  // 号, 室
              // A number before it: an office's name ends in 室 too (金水区教研室).
              isDigit(window[end - 4]) else { return false }
        return !(line.lowerBound..<end).contains { HanText.isColon(window, at: $0, end: end) }
    }

    /// The address at `start` follows an address label, a whole word (举报邮箱：…　地址：…; not
    /// 通讯地址, a person's).
    private func followsAddressLabel(_ start: Int, _ window: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        let end = HeaderKeywords.labelEnd(before: start, in: window, lower: lineStart)
        let label = addressLabels.length(endingAt: end, in: window, lower: lineStart)
        return end < start && label > 0 && HanText.han(window, at: end - label - 3, end: end - label) == nil
    }

    /// A bare address label and its colon follow the value at `end`, blanks or a comma between
    /// (…0371-62193147　地址：…).
    private func addressLabelFollows(_ end: Int, _ window: UnsafeBufferPointer<UInt8>, end limit: Int) -> Bool {
        var i = Self.blanksEnd(from: end, window, end: limit)
        if HanText.scalar(window, at: i, end: limit).map({ $0 == 0xFF0C || $0 == 0xFF1B }) == true { i = Self.blanksEnd(from: i + 3, window, end: limit) }
        let label = addressLabels.length(at: i, in: window, end: limit)
        return label > 0 && HanText.isColon(window, at: i + label, end: limit)
    }

    /// The address at `start` follows an address label (地址：) on a line that names an
    /// organisation before it and no person: a notice's contact sentence (如有异议请向学校资助办反映，
    /// 电话：…，地址：…). A school merely named before an address with no label says nothing
    /// (快递寄到学校收不到，以后寄…).
    private func followsLabelAfterOrganisation(_ start: Int, _ window: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        let end = HeaderKeywords.labelEnd(before: start, in: window, lower: lineStart)
        let label = addressLabels.length(endingAt: end, in: window, lower: lineStart)
        guard label > 0, end < start else { return false }
        return hasOrganisationName(in: window, lineStart..<(end - label))
            && keywords.nearestHint(before: start, in: window, distance: start - lineStart, among: .person) == nil
    }

    /// The line from `line` on holds a sign only an organisation's contact lines carry: a fax
    /// (传真, Fax:), a website's licence (ICP备, 公网安备), its copyright (版权所有, ©) or an
    /// organisation's registration code (统一社会信用代码): a footer's or a letterhead's line
    /// (地址：…　邮编：…　电话：…　传真：…), whatever its order, or a party's in a contract.
    private func holdsOfficeSign(_ window: UnsafeBufferPointer<UInt8>, line: Int, end: Int) -> Bool {
        let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: window, line..<min(end, line + Self.footerLineReach)) ?? min(end, line + Self.footerLineReach)
        let text = UnsafeBufferPointer(rebasing: window[line..<lineEnd])
        return Self.officeSigns.contains { ByteScanning.contains($0, in: text, ignoringCase: true) }
    }

    private static let officeSigns = ["传真", "fax:", "ICP备", "公网安备", "版权所有", "copyright", "©", "统一社会信用代码"].map { Array($0.utf8) }
    /// Bytes of a footer's line looked through for its signs.
    private static let footerLineReach = 512

    /// The value's line (from `lineStart`) opens with a label (电话：, 邮箱：) and names no person,
    /// and continues an organisation's contact lines: up the lines of labels above it that name
    /// no person (and blank and date lines), within `signOffReach` lines, one speaks for an organisation
    /// (`speaksForOrganisation(line:)`), or addresses a staff member by surname and title:
    /// 学校地址：… / 邮箱：…; 郑州市第一中学 版权所有 / 地址：… / 电话：…; 收款单位：郑州市第一中学 /
    /// 联系电话：…; 联系人：王老师 / 联系电话：….
    private func continuesContactLines(_ value: Range<Int>, lineStart: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        // The line may be bracketed whole (a letter's `（联系电话：0371-…）` under its sign-off).
        let text = Self.blanksEnd(from: lineStart, window, end: value.lowerBound)
        let opened = text + (LineHeads.openingBracketLength(at: text, in: window, end: value.lowerBound) ?? 0)
        guard lineStart > 0, opensAsContactLine(window, opened..<value.lowerBound) else { return false }
        var line = lineStart
        for _ in 0..<Self.signOffReach {
            guard line > 0 else { return false }
            var lineEnd = line - 1
            if lineEnd > 0, window[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let above = Self.lineStart(before: lineEnd, window, lower: max(0, lineEnd - 3 * Self.distance))
            line = above
            // A blank line between blocks (a web page's paragraphs each on their own line), and
            // a sign-off's date between the organisation's name and its contact line.
            let text = Self.blanksEnd(from: above, window, end: lineEnd)
            // An envelope's return block: its address alone between the name and the contact line.
            if text == lineEnd || Self.opensWithDate(window, at: text, end: lineEnd) || Self.isBareAddressLine(window, text..<lineEnd)
                || Self.isContactHeading(window, text..<lineEnd) { continue }
            if speaksForOrganisation(line: above..<lineEnd, window) { return true }
            // A staff member addressed by surname and title on a line of their own above
            // (联系人：王老师 / 联系电话：0371-…, as procurement notices set them out), or with the
            // office's landline beside them (联系人：李老师　电话：0371-…): the office's, as on one
            // line. Not when that line gives their own number (联系人：王老师，电话：138…).
            if let cue = keywords.nearestHint(before: lineEnd, in: window, distance: lineEnd - above, among: .person),
               cue.staff, addressesBySurname(cue, window), Self.givesLandlinesOnly(window, above..<lineEnd) { return true }
            guard opensAsContactLine(window, above..<lineEnd) else { return false }
        }
        return false
    }

    /// Every number on `window[line]`, if any, opens with 0 or 4 (an area code, a 400 hotline):
    /// none is a mobile.
    private static func givesLandlinesOnly(_ window: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound {
            guard isDigit(window[i]) else {
                i += 1
                continue
            }
            if window[i] != UInt8(ascii: "0"), window[i] != UInt8(ascii: "4") { return false }
            while i < line.upperBound, isDigit(window[i]) || window[i] == UInt8(ascii: "-") || window[i] == 0x20 { i += 1 }
        }
        return true
    }

    /// `window[text]` is a heading over contact lines alone (联系方式, 联系信息：, a slide's or a
    /// page's section), blanks and a CR after it aside: no field of its own.
    private static func isContactHeading(_ window: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> Bool {
        var end = Self.textEnd(window, text)
        if end - 3 >= text.lowerBound, HanText.isColon(window, at: end - 3, end: end) { end -= 3 }
        else if end > text.lowerBound, window[end - 1] == UInt8(ascii: ":") { end -= 1 }
        return contactHeadings.contains { $0.count == end - text.lowerBound && HanText.has($0, in: window, at: text.lowerBound, end: end) }
    }

    private static let contactHeadings = ["联系方式", "联系信息", "联系办法"].map { Array($0.utf8) }

    /// A notice's contact sentence: the value right after a bare phone label (电话：, 联系电话：,
    /// 联系方式：) that follows a sentence, on its line (请各班于8:30前到场。联系电话：…) or the line
    /// above (…特此通知。 / 联系电话：…), with no person's word on the line: a school's notices give
    /// their office's number so, and a form's fields (性别：男 / 联系电话：…) follow no sentence.
    private func followsNoticeSentence(_ value: Range<Int>, lineStart: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        let labelEnd = HeaderKeywords.labelEnd(before: value.lowerBound, in: window, lower: lineStart)
        // A colon among the blanks: `:`, or `：`'s last byte.
        guard window[labelEnd..<value.lowerBound].contains(where: { $0 == UInt8(ascii: ":") || $0 == 0x9A }) else { return false }
        guard let label = Self.noticeContactLabels.first(where: { labelEnd - $0.count >= lineStart && HanText.has($0, in: window, at: labelEnd - $0.count, end: labelEnd) })
        else { return false }
        let labelStart = labelEnd - label.count
        guard keywords.nearestHint(before: value.lowerBound, in: window, distance: value.lowerBound - lineStart, among: [.person, .name]) == nil
        else { return false }
        let before = Self.blanksEnd(from: lineStart, window, end: labelStart) < labelStart
            ? lineStart..<labelStart
            : lineStart > 0 ? Self.lineAbove(lineStart, window) : 0..<0
        return Self.endsWithSentence(window, before)
    }

    /// Labels of a notice's contact number; a person's (家长电话) is a person keyword.
    private static let noticeContactLabels = ["联系电话", "联系方式", "电话"].map { Array($0.utf8) }

    /// Where `window[range]` ends, its spaces, tabs and a CR at the end left out.
    static func textEnd(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, window[end - 1] == 0x20 || window[end - 1] == 0x09 || window[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// `window[range]`, blanks and a CR aside, ends with a sentence's end (。！？).
    private static func endsWithSentence(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let end = textEnd(window, range)
        guard end - 3 >= range.lowerBound, let s = HanText.scalar(window, at: end - 3, end: end) else { return false }
        return s == 0x3002 || s == 0xFF01 || s == 0xFF1F
    }

    /// The address's line (its line feed at `lineEnd`) leads an organisation's contact lines: down
    /// the lines of labels under it that name no person (and blank lines), within `signOffReach`
    /// lines, one speaks for an organisation (`- 地址：… / - 办公室电话：…` in a school's profile).
    private func leadsContactLines(_ window: UnsafeBufferPointer<UInt8>, lineEnd: Int, end: Int) -> Bool {
        var lineStart = lineEnd + 1
        for _ in 0..<Self.signOffReach {
            guard lineStart < end else { return false }
            let lineStop = Self.lineEnd(after: lineStart, window, end: end)
            if Self.blanksEnd(from: lineStart, window, end: lineStop) < lineStop {
                guard opensAsContactLine(window, lineStart..<lineStop) else { return false }
                if speaksForOrganisation(line: lineStart..<lineStop, window) { return true }
            }
            lineStart = lineStop + 1
        }
        return false
    }

    /// The line `window[line]`, which opens with a bare address label (`opensWithAddressLabel`:
    /// 地址, not 家庭地址, asked by the callers), is an office's contact line: it gives a landline
    /// after a phone label, holds no flat's 单元, and names no person, on it or on the line above
    /// (地址：…纬五路36号　电话：0371-63952270, under a notice or in a page's footer): a family's
    /// contact given beside its address is a mobile.
    private func isOfficeContactLine(_ window: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        Self.givesLandline(window, line)
            && !ByteScanning.contains(Self.flatUnit, in: UnsafeBufferPointer(rebasing: window[line]))
            && keywords.nearestHint(before: line.upperBound, in: window, distance: line.count, among: [.person, .name]) == nil
            && !followsPersonsLine(window, lineStart: line.lowerBound)
    }

    /// 单元: a block of flats' stairwell (3号楼2单元501), a home's address, not an office's.
    private static let flatUnit = Array("单元".utf8)

    /// Up the blank and date lines above the line at `lineStart`, the first other line names a
    /// person (学生：张伟　学校：…, 家长签名：王建国 over a date): the line is a form's field.
    private func followsPersonsLine(_ window: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        Self.linesAbove(lineStart, window) { previous in
            let text = Self.blanksEnd(from: previous.lowerBound, window, end: previous.upperBound)
            guard text < previous.upperBound, !Self.opensWithDate(window, at: text, end: previous.upperBound) else { return nil }
            // A sentence is a notice's, no form's field (学校提醒广大家长：…落实监护责任。 over a page's footer).
            return !Self.endsWithSentence(window, previous) && keywords.nearestHint(before: previous.upperBound, in: window, distance: previous.count, among: [.person, .name]) != nil
        }
    }

    /// `window[line]` holds a phone label's 电话 and a colon before a landline's area code (its 0,
    /// perhaps in brackets).
    private static func givesLandline(_ window: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i + phoneWord.count < line.upperBound {
            defer { i += 1 }
            guard window[i] == phoneWord[0], HanText.has(phoneWord, in: window, at: i, end: line.upperBound),
                  HanText.isColon(window, at: i + phoneWord.count, end: line.upperBound) else { continue }
            var k = blanksEnd(from: i + phoneWord.count + HanText.colonLength(window, at: i + phoneWord.count), window, end: line.upperBound)
            k += LineHeads.openingBracketLength(at: k, in: window, end: line.upperBound) ?? 0
            if k < line.upperBound, window[k] == UInt8(ascii: "0") { return true }
        }
        return false
    }

    private static let phoneWord = Array("电话".utf8)

    /// The end of the line holding `i` (its line feed), looked for `footerLineReach` bytes on, or `end`.
    private static func lineEnd(after i: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        let reach = min(end, i + footerLineReach)
        return ByteScanning.firstIndex(of: 0x0A, in: window, i..<reach) ?? reach
    }

    /// An organisation's name follows the house number in the address (…经三路56号金水区教育局3楼):
    /// the building is the office's.
    func namesOrganisationAfterNumber(_ range: Range<Int>, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = range.lowerBound
        while i + 3 <= range.upperBound {
            if isDigit(window[i]), HanText.scalar(window, at: i + 1, end: range.upperBound) == 0x53F7 {   // 号
                return hasOrganisationName(in: window, (i + 4)..<range.upperBound)
            }
            i += 1
        }
        return false
    }

    /// A letterhead's line holds the value: the line opens with an organisation's name and goes
    /// on with labels, naming no person before the value (河南锦绣校服有限公司　地址：…188号　
    /// 电话：0371-…　业务手机：139…): a mobile there is the organisation's business line, however
    /// far the address before it puts the name.
    private func opensLetterheadLine(_ window: UnsafeBufferPointer<UInt8>, lineStart: Int, value: Int) -> Bool {
        guard lineStart == 0 || window[lineStart - 1] == 0x0A,
              let (nameEnd, rest) = organisationNameOpening(LineHeads.wordsStart(ofLineAt: lineStart, in: window, end: value), window, end: value),
              rest > nameEnd, Self.colonAfterLabel(window, rest..<value) != nil else { return false }
        return keywords.nearestHint(before: value, in: window, distance: value - lineStart, among: [.person, .name]) == nil
    }

    /// `window[line]` opens with a label and a colon, after a list's number or bullet perhaps
    /// (`- 故障报修：…`), and holds no person's or name's keyword.
    private func opensAsContactLine(_ window: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        Self.opensWithLabel(window, LineHeads.wordsStart(ofLineAt: line.lowerBound, in: window, end: line.upperBound)..<line.upperBound)
            && keywords.nearestHint(before: line.upperBound, in: window, distance: line.count, among: [.person, .name]) == nil
    }

    /// The whole line `window[line]` speaks for an organisation: it holds an office's sign
    /// (`holdsOfficeSign`), or its nearest organisation or person keyword is an organisation's
    /// (学校地址：…, 咨询电话：…), or it is an organisation's name alone (a letterhead), or a
    /// label's value that is one (a procurement notice's `名　称：郑州市第四十七中学` over
    /// `地　址：…` and `联系方式：…`).
    private func speaksForOrganisation(line: Range<Int>, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        // A name alone, whatever person's word it holds (学生资助管理中心, 家长委员会).
        let text = LineHeads.wordsStart(ofLineAt: line.lowerBound, in: window, end: line.upperBound)
        if organisationNameOpening(text, window, end: line.upperBound)?.rest == line.upperBound { return true }
        if let cue = keywords.nearestHint(before: line.upperBound, in: window, distance: line.count, among: [.organisation, .person]) {
            // A staff word before an office's name (联系人：基础教育科　联系电话：…).
            return cue.hint == .organisation || cue.staff && hasOrganisationName(in: window, cue.at..<line.upperBound)
        }
        // A person's post on the line makes it a form's for that person (工作单位：实验小学　职务：年级组长).
        let words = UnsafeBufferPointer(rebasing: window[text..<line.upperBound])
        if Self.postLabels.contains(where: { ByteScanning.contains($0, in: words, ignoringCase: false) }) { return false }
        // A label's value that is an organisation's name: alone after 名称 (名　　称：郑州市第四十七中学),
        // or before the line's other labels (a masthead's 主办：郑州市…中学　地址：…).
        if let colon = Self.colonAfterLabel(window, text..<line.upperBound),
           let (nameEnd, rest) = organisationNameOpening(Self.blanksEnd(from: colon + HanText.colonLength(window, at: colon), window, end: line.upperBound),
                                                         window, end: line.upperBound),
           rest == line.upperBound ? Self.spacedLabel(window, text..<colon, is: Self.nameLabel)
                                   : rest > nameEnd && Self.colonAfterLabel(window, rest..<line.upperBound) != nil { return true }
        // A footer's line: the name, then its labels (郑州市嵩阳职业中等专业学校 地址：… 邮编：…).
        if let (nameEnd, rest) = organisationNameOpening(text, window, end: line.upperBound), rest > nameEnd,
           Self.colonAfterLabel(window, rest..<line.upperBound) != nil { return true }
        // An office's name glued to its phone's label (安保科电话：0371-…).
        if let colon = Self.colonAfterLabel(window, text..<line.upperBound), hasOrganisationName(in: window, text..<colon),
           case let hints = keywords.hints(in: window, range: text..<colon), !hints.isDisjoint(with: [.phone, .email]), !hints.contains(.person) {
            return true
        }
        return holdsOfficeSign(window, line: line.lowerBound, end: line.upperBound)
    }

    static let nameLabel = Array("名称".utf8)
    private static let postLabels = ["职务：", "职称：", "职务:", "职称:"].map { Array($0.utf8) }

    /// Where the colon stands after a label of Han characters, perhaps spaced as forms line
    /// labels up (`名　　称：`), at the start of `window[range]`; nil when none.
    static func colonAfterLabel(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound, i - range.lowerBound < labelLength {
            if HanText.han(window, at: i, end: range.upperBound) != nil { i += 3 }
            else if case let blank = Blanks.length(at: i, in: window, end: range.upperBound), blank > 0, i > range.lowerBound { i += blank }
            else { break }
        }
        return i > range.lowerBound && HanText.isColon(window, at: i, end: range.upperBound) ? i : nil
    }

    /// The Han characters of `window[label]`, blanks between them left out, are `word`.
    static func spacedLabel(_ window: UnsafeBufferPointer<UInt8>, _ label: Range<Int>, is word: [UInt8]) -> Bool {
        var i = label.lowerBound
        var k = 0
        while i < label.upperBound {
            if case let blank = Blanks.length(at: i, in: window, end: label.upperBound), blank > 0 { i += blank; continue }
            guard k < word.count, window[i] == word[k] else { return false }
            i += 1
            k += 1
        }
        return k == word.count
    }

    /// The line starting at `lineStart` lies under a line naming the organisation (with no
    /// person's keyword: not 学生：张伟　学校：郑州市第一中学) or giving its contact (咨询电话：…,
    /// 传真：…), or its signature (`isSignature`): a letterhead's or a sign-off's. A sign-off's
    /// date and blank lines may stand between (郑州市第一中学（盖章） / 二〇二六年四月二十七日 / 地址：…).
    private func isFooterLine(_ window: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        Self.linesAbove(lineStart, window) { previous in
            if namesOrganisation(window, previous, officeKind: false) || isSignature(window, previous) { return true }
            let text = Self.blanksEnd(from: previous.lowerBound, window, end: previous.upperBound)
            return text == previous.upperBound || Self.opensWithDate(window, at: text, end: previous.upperBound)
                || Self.isBlankDate(window, text..<previous.upperBound) ? nil : false
        }
    }

    /// Up the `footerLinesUp` lines above the line at `lineStart`, nearest first: `settles`
    /// says of each whether it answers (true or false) or is passed over (nil, a blank line or a
    /// date); false when none answers.
    private static func linesAbove(_ lineStart: Int, _ window: UnsafeBufferPointer<UInt8>,
                                   settles: (Range<Int>) -> Bool?) -> Bool {
        var lineStart = lineStart
        for _ in 0..<footerLinesUp {
            guard lineStart > 0 else { return false }
            let previous = lineAbove(lineStart, window)
            if let answer = settles(previous) { return answer }
            lineStart = previous.lowerBound
        }
        return false
    }

    /// Lines looked at above a footer's line for its organisation: its own, a date's, blank ones.
    private static let footerLinesUp = 3

    /// The line `window[line]` is an organisation's name alone, or with a date after it: a
    /// signature, whose name may hold a person's word (…中学学生资助管理中心 二〇二六年三月二日);
    /// or it holds a seal's place (学校（盖章）, 单位公章): organisations seal, people sign.
    private func isSignature(_ window: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        let text = UnsafeBufferPointer(rebasing: window[line])
        if Self.sealWords.contains(where: { ByteScanning.contains($0, in: text, ignoringCase: false) }) { return true }
        guard let (_, rest) = organisationNameOpening(Self.blanksEnd(from: line.lowerBound, window, end: line.upperBound), window, end: line.upperBound)
        else { return false }
        return rest == line.upperBound || Self.opensWithDate(window, at: rest, end: line.upperBound)
    }

    private static let sealWords = ["盖章", "公章"].map { Array($0.utf8) }

    /// `window[range]` is a date left blank for the hand (年　　月　　日): 年, 月 and 日 in order
    /// with blanks between, nothing else.
    private static func isBlankDate(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var units = 0
        var i = range.lowerBound
        while i < range.upperBound {
            if case let blank = Blanks.length(at: i, in: window, end: range.upperBound), blank > 0 { i += blank; continue }
            if window[i] == 0x0D || window[i] == 0x5F { i += 1; continue }   // a CR, an underscore's blank
            guard units < dateUnits.count, HanText.scalar(window, at: i, end: range.upperBound) == dateUnits[units] else { return false }
            units += 1
            i += 3
        }
        return units == dateUnits.count
    }

    /// 年, 月, 日.
    private static let dateUnits: [UInt32] = [0x5E74, 0x6708, 0x65E5]

    /// `window[range]`, the start of a line, opens with an address label and a colon (地址：…),
    /// perhaps spaced as forms line labels up (`地　　址：`), after a list's bullet or number or an
    /// opening bracket (`- 地址：…`, a sign-off's `（地址：…）`); or, `postal`, a postal address's
    /// label (`postalLabels`).
    func opensWithAddressLabel(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, postal: Bool = false) -> Bool {
        var i = LineHeads.wordsStart(ofLineAt: range.lowerBound, in: window, end: range.upperBound)
        i += LineHeads.openingBracketLength(at: i, in: window, end: range.upperBound) ?? 0
        var label = addressLabels.length(at: i, in: window, end: range.upperBound)
        if label == 0, postal { label = Self.postalLabels.length(at: i, in: window, end: range.upperBound) }
        if label > 0 { return HanText.isColon(window, at: i + label, end: range.upperBound) }
        guard let colon = Self.colonAfterLabel(window, i..<range.upperBound) else { return false }
        return addressLabels.words.contains { Self.spacedLabel(window, i..<colon, is: $0) }
    }

    /// The line above the one at `lineStart` opens with an organisation's label and its name
    /// (申报学校：郑州市第五十二中学, 单位名称：…): an application's form, its lines the applicant's.
    private func followsOrganisationsField(lineStart: Int, _ window: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lineStart > 0 else { return false }
        let above = Self.lineAbove(lineStart, window)
        let text = LineHeads.wordsStart(ofLineAt: above.lowerBound, in: window, end: above.upperBound)
        guard let colon = Self.colonAfterLabel(window, text..<above.upperBound),
              keywords.hints(in: window, range: text..<colon).contains(.organisation) else { return false }
        let name = Self.blanksEnd(from: colon + HanText.colonLength(window, at: colon), window, end: above.upperBound)
        var end = above.upperBound
        while end > name, window[end - 1] == 0x0D || window[end - 1] == 0x20 { end -= 1 }
        return end > name && isOrganisationName(window, name..<end)
    }

    /// A postal address's labels: a person's as often as an organisation's, so an office's only
    /// under its field (申报学校：… ↵ 通讯地址：…).
    private static let postalLabels = HanWordList(["通讯地址", "通信地址"].map { Array($0.utf8) })

    /// After a blank or none, an organisation's name of Han characters runs from `start` to the
    /// end of the line or sentence (…77号 济南市教育科学研究院, …丰产路21号郑州市体育馆).
    private func precedesOrganisationName(_ start: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var nameStart = Self.blanksEnd(from: start, window, end: end)
        // A journal's office after its title (…26号《中小学教学研究》编辑部).
        if let titleEnd = Self.bookTitleEnd(at: nameStart, window, end: end) { nameStart = titleEnd }
        guard let nameEnd = organisationNameEnd(from: nameStart, window, end: end) else { return false }
        return nameEnd == end || !isAlphanumeric(window[nameEnd])
    }

    /// The end of a title in 《》 at `i` (a journal's, a newspaper's), within `nameLength`
    /// characters; nil when none opens there.
    private static func bookTitleEnd(at i: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        guard HanText.scalar(window, at: i, end: end) == 0x300A else { return nil }   // 《
        var k = i + 3
        while k < end, k - i <= 3 * nameLength {
            if HanText.scalar(window, at: k, end: end) == 0x300B { return k + 3 }   // 》
            k += 1
        }
        return nil
    }

    /// An organisation's name opening a line's text at `text`: where it ends, and where the text
    /// goes on after it and its blanks (`end` when the name stands alone); nil when none opens it.
    /// A seal's note after the name (郑州市第七十三中学团委（盖章）) is the name's.
    func organisationNameOpening(_ text: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> (nameEnd: Int, rest: Int)? {
        organisationNameEnd(from: text, window, end: end).map { nameEnd in
            var rest = Self.blanksEnd(from: nameEnd, window, end: end)
            // Its office after a blank (郑州市第四十七中学 政教处, a mail's signature).
            if rest > nameEnd, let office = organisationNameEnd(from: rest, window, end: end) { rest = Self.blanksEnd(from: office, window, end: end) }
            return (nameEnd, Self.sealNoteEnd(at: rest, window, end: end).map { Self.blanksEnd(from: $0, window, end: end) } ?? rest)
        }
    }

    /// The end of a seal's note in brackets at `i` (（盖章）, (公章), （签章）, （印章）), nil when none is there.
    private static func sealNoteEnd(at i: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        guard let open = LineHeads.openingBracketLength(at: i, in: window, end: end),
              let first = HanText.scalar(window, at: i + open, end: end), sealFirsts.contains(first),
              HanText.scalar(window, at: i + open + 3, end: end) == 0x7AE0,   // 章
              let close = LineHeads.closingBracketLength(at: i + open + 6, in: window, end: end) else { return nil }
        return i + open + 6 + close
    }

    /// 盖, 公, 签 and 印, before 章.
    private static let sealFirsts: Set<UInt32> = [0x76D6, 0x516C, 0x7B7E, 0x5370]

    /// The end of an organisation's name of Han characters that starts at `start`: where a suffix
    /// ends it (郑州市第一中学); nil when the Han characters there end in none.
    func organisationNameEnd(from start: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var i = start
        while i < end, i - start < 3 * Self.nameLength, HanText.han(window, at: i, end: end) != nil { i += 3 }
        return i > start && suffixes.length(endingAt: i, in: window, lower: start) > 0 ? i : nil
    }

    /// The end of the spaces, tabs and ideographic spaces from `i` on.
    static func blanksEnd(from i: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = i
        while i < end {
            if window[i] == 0x20 || window[i] == 0x09 || window[i] == 0x0D { i += 1 } else if HanText.scalar(window, at: i, end: end) == 0x3000 { i += 3 } else { break }
        }
        return i
    }

    /// The lines after the value's (whose line feed is at `lineEnd`) lead to a sign-off: an
    /// organisation's name alone on its line (perhaps indented), or with the date after it on
    /// its line, with only blank lines and lines of a label and its value (电话：…, 邮箱：…) that
    /// name no person between. A notice's contact lines above its signature (地址：… /
    /// 电话：0371… / 郑州市…小学) are the organisation's.
    private func precedesSignOff(lineEnd: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var lineStart = lineEnd + 1
        for _ in 0..<Self.signOffReach {
            guard lineStart < end else { return false }
            let reach = min(end, lineStart + 3 * Self.distance)
            let lineStop = ByteScanning.firstIndex(of: 0x0A, in: window, lineStart..<reach) ?? reach
            guard lineStop < end || reach == end else { return false }
            let text = Self.blanksEnd(from: lineStart, window, end: lineStop)
            if text < lineStop {
                if let (nameEnd, rest) = organisationNameOpening(text, window, end: lineStop) {
                    // Who the lines between name is asked last: most lines lead to no signature.
                    if rest == lineStop {
                        return Self.endsSignOff(after: lineStop, window, end: end) && !namesPerson(window, lineEnd + 1..<lineStart)
                    }
                    // The name and the date on one line (某某市第一中学 2024年8月20日).
                    if rest > nameEnd, Self.opensWithDate(window, at: rest, end: lineStop) { return !namesPerson(window, lineEnd + 1..<lineStart) }
                }
                guard Self.opensWithLabel(window, text..<lineStop) else { return false }
            }
            lineStart = lineStop + 1
        }
        return false
    }

    /// A line of `window[lines]` holds a person's keyword (家长：…, 联系人：…).
    private func namesPerson(_ window: UnsafeBufferPointer<UInt8>, _ lines: Range<Int>) -> Bool {
        var lineStart = lines.lowerBound
        while lineStart < lines.upperBound {
            let lineStop = ByteScanning.firstIndex(of: 0x0A, in: window, lineStart..<lines.upperBound) ?? lines.upperBound
            if keywords.nearestHint(before: lineStop, in: window, distance: lineStop - lineStart, among: .person) != nil { return true }
            lineStart = lineStop + 1
        }
        return false
    }

    /// The value at `value`, in text, stands on a line (starting at `lineStart`, at most
    /// `3 * distance` bytes back) of a label and its value (电话：…, 地址：…) above a sign-off
    /// (`precedesSignOff(lineEnd:…)`).
    private func precedesSignOff(_ value: Range<Int>, lineStart: Int, _ context: DetectionContext) -> Bool {
        let window = context.window
        let end = context.scan.upperBound
        guard !context.isTableCell,
              let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: window, value.upperBound..<min(end, value.upperBound + 3 * Self.distance))
        else { return false }
        return Self.opensWithLabel(window, Self.blanksEnd(from: lineStart, window, end: value.lowerBound)..<value.lowerBound)
            && precedesSignOff(lineEnd: lineEnd, window, end: end)
    }

    /// After the line of an organisation's name (its line feed at `lineStop`), the text ends, or a
    /// blank line or a date follows: a signature, not a letterhead over more lines (郑州市第二中学
    /// 教务处 / 地址：…).
    private static func endsSignOff(after lineStop: Int, _ window: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let next = lineStop + 1
        guard next < end else { return true }
        let text = blanksEnd(from: next, window, end: end)
        guard text < end, window[text] != 0x0A else { return true }
        return opensWithDate(window, at: text, end: end)
    }

    /// A date opens at `start`: 2026年9月10日, 2026-09-10, 2026.9.10, 二〇二六年四月二十七日 (a
    /// sign-off's, its year in Chinese numerals).
    private static func opensWithDate(_ window: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
        var i = start
        while i < end, i - start < 12, let c = HanText.scalar(window, at: i, end: end), ChineseNumerals.contains(c) { i += 3 }
        if i - start == 12 { return HanText.scalar(window, at: i, end: end) == 0x5E74 }   // 年
        i = start
        while i < end, isDigit(window[i]) { i += 1 }
        guard i - start == 4, i < end else { return false }
        return window[i] == UInt8(ascii: "-") || window[i] == UInt8(ascii: ".") || window[i] == UInt8(ascii: "/")
            || HanText.scalar(window, at: i, end: end) == 0x5E74   // 年
    }

    /// Lines looked at below a value for its sign-off.
    static let signOffReach = 4

    /// `window[range]` opens with a label of at most eight Han characters, perhaps spaced
    /// (`电　话`), and a colon (电话：).
    private static func opensWithLabel(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        colonAfterLabel(window, range) != nil
    }

    /// `w[cell]` ends with an organisation's suffix: an organisation's name (…小学, …教育局).
    func isOrganisationName(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        suffixes.length(endingAt: cell.upperBound, in: w, lower: cell.lowerBound) > 0
    }

    /// Characters an organisation's name may have (郑州市金水区文化路第二小学 has 12).
    static let nameLength = 24

    /// An organisation's name ends right before `start`, perhaps with an address label, a colon
    /// or an opening bracket between (郑州市第一中学 地址：…, 郑州市外国语学校（…）), or its phone
    /// number (a list of schools aligned by blanks: 纬五路第一小学　0371-65501234　金水区纬五路36号).
    private func followsOrganisationName(_ start: Int, _ window: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        var end = start
        var labelled = false
        var numbered = false
        while end > lineStart {
            let b = window[end - 1]
            if b == 0x20 || b == 0x09 || b == UInt8(ascii: ":") || b == UInt8(ascii: "(") {
                end -= 1
            } else if !numbered, !labelled, isDigit(b) {
                while end > lineStart, isDigit(window[end - 1]) || window[end - 1] == UInt8(ascii: "-") { end -= 1 }
                numbered = true
            } else if end - 3 >= lineStart, (window[end - 3] == 0xEF && window[end - 2] == 0xBC
                        && (window[end - 1] == 0x9A || window[end - 1] == 0x88 || window[end - 1] == 0x8C))  // ：, （ or ，
                        || (window[end - 3] == 0xE3 && window[end - 2] == 0x80 && window[end - 1] == 0x80)   // ideographic space
                        || (window[end - 3] == 0xE2 && window[end - 2] == 0x80 && window[end - 1] == 0xA2) {  // •
                end -= 3
            } else if end - 2 >= lineStart, window[end - 2] == 0xC2, window[end - 1] == 0xB7 {  // · between a letterhead's parts
                end -= 2
            } else if !labelled, case let label = addressLabels.length(endingAt: end, in: window, lower: lineStart), label > 0 {
                end -= label
                labelled = true
            } else if let open = NameSpans.bracketStart(endingAt: end, window, lower: lineStart) {
                // A branch's name in brackets (北京宜必思酒店（西客站店），地址：…).
                end = open
            } else {
                break
            }
        }
        return suffixes.length(endingAt: end, in: window, lower: lineStart) > 0
    }

    /// `text` is an organisation's name opened by a place's (郑州外国语学校, 西安市红会医院,
    /// 中牟县东风路学校): a value, though it ends in a label's word (学校, 医院).
    func isPlacedOrganisationName(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        DivisionNames.shared.length(at: 0, in: text, end: text.count) > 0 && isOrganisationName(text)
    }

    /// `text` is an organisation's name and nothing else, but for blanks around it
    /// (郑州市第八十二中学办公室).
    func isOrganisationName(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        organisationNameOpening(Self.blanksEnd(from: 0, text, end: text.count), text, end: text.count)?.rest == text.count
    }

    /// An organisation's suffix (小学, 委员会) starts at window offset `i`.
    func namesOrganisation(at i: Int, in window: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        suffixes.length(at: i, in: window, end: end) > 0
    }

    /// An organisation's name ends at `end`: its suffix does (…第三中学|).
    func organisationNameEnds(at end: Int, in window: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        suffixes.length(endingAt: end, in: window, lower: lower) > 0
    }

    /// Bytes a label before an address may have (通讯地址：, eight characters).
    static let labelLength = 24

    private func hasOrganisationName(in window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Most values open their cell or line: nothing before them to look through.
        guard range.count >= shortestSuffix else { return false }
        var s = range.upperBound - shortestSuffix
        while s >= range.lowerBound {
            if suffixes.contains(at: s, in: window, end: range.upperBound, where: { !continuesWord(window, at: s + $0, before: range.upperBound) }) {
                return true
            }
            s -= 1
        }
        return false
    }

    private func continuesWord(_ window: UnsafeBufferPointer<UInt8>, at offset: Int, before end: Int) -> Bool {
        notFollowedBy.length(at: offset, in: window, end: end) > 0
    }
}
