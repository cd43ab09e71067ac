/// E-mail addresses around an `@`: a dot-atom local part (RFC 5322, ASCII subset `A-Z a-z 0-9 . _ % + -`,
/// no leading, trailing or doubled dot) and a domain of at least two labels whose last one, the
/// top-level domain, is two or more letters.
public final class EmailDetector: Detector, @unchecked Sendable {
    private let organisation: OrganisationContext

    public init(keywords: HeaderKeywords = .shared) {
        organisation = OrganisationContext(keywords: keywords)
        super.init(trigger: .atSign)
    }

    /// Longest local part (RFC 5321) and domain (RFC 1035) worth looking at.
    private static let maxLocal = 64
    private static let maxDomain = 253

    public override func detect(atSign at: Int, _ context: DetectionContext, into matches: MatchList) {
        let window = context.window
        // Within the piece's text: what lies around it in the window is another's (a file name's
        // extension, the next cell).
        guard let start = localPartStart(window, at, lower: context.scan.lowerBound),
              let end = domainEnd(window, at, upper: context.scan.upperBound),
              !Self.isReservedForExamples(window, domain: (at + 1)..<end),
              !Self.isMessageIdentifier(window, start) else { return }
        matches.append(Match(kind: .email, confidence: .high, range: start..<end,
                             organisational: Self.isRoleMailbox(window, local: start..<at)
                                || Self.isDomainsOwn(window, local: start..<at, domain: (at + 1)..<end)
                                || Self.opensLikeAClass(window[start]) && Self.isClassMailbox(window, local: start..<at)
                                || Self.isGovernments(window, domain: (at + 1)..<end)
                                || Self.followsSubmissionVerb(window, start, lower: context.scan.lowerBound)
                                || Self.followsCompanysName(window, start, lower: context.scan.lowerBound)
                                || isOrganisational(start..<end, context)))
    }

    /// Whether the address is an organisation's by what stands around it. In a list of
    /// recipients (`收件人: 教务处 <jwc@…>; 曾建华 <zengjh1983@163.com>`) each item speaks for its
    /// own address: the office opening the line names only the first.
    private func isOrganisational(_ address: Range<Int>, _ context: DetectionContext) -> Bool {
        guard let item = Self.recipientItemStart(context.window, address.lowerBound, lower: context.scan.lowerBound) else {
            return organisation.isOrganisational(address, context, officeKind: true)
        }
        let window = UnsafeBufferPointer(rebasing: context.window[item...])
        let own = DetectionContext(window: window, scan: 0..<(context.scan.upperBound - item), columnHints: context.columnHints,
                                   isTableCell: context.isTableCell)
        return organisation.isOrganisational((address.lowerBound - item)..<(address.upperBound - item), own, officeKind: true)
    }

    /// Where the item of a list holding the bracketed address at `start` starts: after the last
    /// `;` or `,` (or their full-width forms) before it on its line; nil for an address not in
    /// brackets or the list's first.
    private static func recipientItemStart(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Int? {
        guard start - 1 > lower, w[start - 1] == UInt8(ascii: "<") else { return nil }
        var i = start - 1
        while i > lower, start - i < recipientItemReach, w[i - 1] != 0x0A {
            if w[i - 1] == UInt8(ascii: ";") || w[i - 1] == UInt8(ascii: ",") { return i }
            if i - 3 >= lower, let mark = HanText.scalar(w, at: i - 3, end: i), mark == 0xFF1B || mark == 0xFF0C { return i }
            i -= 1
        }
        return nil
    }

    /// Bytes of a recipient's display name looked back over for the separator before it.
    private static let recipientItemReach = 96

    /// The address stands in a mail header that names messages, not mailboxes (`Message-ID:
    /// <20240301170000.646816@mail.zz8z.edu.cn>`, `In-Reply-To:`, `References:`, `Content-ID:`,
    /// RFC 5322 3.6.4): an identifier shaped like an address, in headers pasted into a text or an
    /// mbox read as text. A folded header's lines after its first open with blanks.
    private static func isMessageIdentifier(_ w: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        // An identifier is bracketed (`<…@…>`), or the header's value alone.
        guard start > 0, w[start - 1] == UInt8(ascii: "<") || w[start - 1] == 0x20 else { return false }
        var lineStart = start
        for _ in 0..<identifierFoldedLines {
            while lineStart > 0, w[lineStart - 1] != 0x0A { lineStart -= 1 }
            guard lineStart > 0, w[lineStart] == 0x20 || w[lineStart] == 0x09 else { break }
            lineStart -= 1
        }
        var nameEnd = lineStart
        while nameEnd < start, isAlphanumeric(w[nameEnd]) || w[nameEnd] == UInt8(ascii: "-") { nameEnd += 1 }
        guard nameEnd < start, w[nameEnd] == UInt8(ascii: ":"),
              w[start - 1] == UInt8(ascii: "<") || w[(nameEnd + 1)..<start].allSatisfy({ $0 == 0x20 }) else { return false }
        let name = lineStart..<nameEnd
        return identifierHeaders.contains { equalsFolded(w, name, $0) }
            || name.count > 3 && equalsFolded(w, (nameEnd - 3)..<nameEnd, identifierSuffix)
    }

    /// Lines of a folded `References:` header looked back over, at most.
    private static let identifierFoldedLines = 16
    private static let identifierHeaders = ["in-reply-to", "references"].map { Array($0.utf8) }
    /// `Message-ID`, `Content-ID`, `Resent-Message-ID`, `X-Original-Message-ID` …
    private static let identifierSuffix = Array("-id".utf8)

    /// The address right after a verb sending work to it (请于…前将材料发送至jsfzzx@126.com,
    /// 稿件请投至…): a notice's collecting mailbox, its organiser's. A person's is named as such
    /// between (发送至班主任邮箱：…).
    private static func followsSubmissionVerb(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        let i = HeaderKeywords.labelEnd(before: start, in: w, lower: lower)
        // Each verb ends in 至 or 到: one look turns a roster's addresses away.
        guard i - 3 >= lower, let last = HanText.scalar(w, at: i - 3, end: i), last == 0x81F3 || last == 0x5230 else { return false }
        return submissionVerbs.contains { i - $0.count >= lower && HanText.has($0, in: w, at: i - $0.count, end: i) }
    }

    /// A company's name in English stands before the address on its line or in its cell, its
    /// legal form a word of its own (`New England Study Tours Inc., (617) 555-0100, bookings@…`,
    /// `…Services Ltd`): a tour operator's or supplier's mailbox on an itinerary or an order.
    private static func followsCompanysName(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
        let reach = max(lower, start - companyReach)
        let lineStart = ByteScanning.lastIndex(of: 0x0A, in: w, reach..<start).map { $0 + 1 } ?? reach
        return EnglishOrganisationNames.occur(in: w, lineStart..<start, legalFormsOnly: true)
    }

    /// The local part is the domain's own name (`jd@jd.com`, `cctv@cctv.com`): the company's mailbox.
    private static func isDomainsOwn(_ w: UnsafeBufferPointer<UInt8>, local: Range<Int>, domain: Range<Int>) -> Bool {
        guard local.count >= 2, domain.count > local.count, w[domain.lowerBound + local.count] == UInt8(ascii: ".") else { return false }
        return equalsFolded(w, local, Array(w[domain.lowerBound..<(domain.lowerBound + local.count)]))
    }

    /// A class's mailbox named in pinyin by its grade and number (`gaoyi3@`, `chuer5@`, `gaosan_12@`:
    /// 高一(3)班, 初二(5)班).
    private static func isClassMailbox(_ w: UnsafeBufferPointer<UInt8>, local: Range<Int>) -> Bool {
        guard local.count > 5 else { return false }
        for stage in classStages where local.count > stage.count && equalsFolded(w, local.lowerBound..<(local.lowerBound + stage.count), stage) {
            let rest = (local.lowerBound + stage.count)..<local.upperBound
            // A class's number has two digits at most (gaoyi1988@ is a person's birth year).
            let digits = w[rest].filter(isDigit).count
            return (1...2).contains(digits) && w[rest].allSatisfy { isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        }
        return false
    }

    /// Each stage opens with g or c: one look at the call turns most addresses away.
    @inline(__always)
    private static func opensLikeAClass(_ b: UInt8) -> Bool {
        b | 0x20 == UInt8(ascii: "g") || b | 0x20 == UInt8(ascii: "c")
    }

    private static let classStages = ["gaoyi", "gaoer", "gaosan", "chuyi", "chuer", "chusan"].map { Array($0.utf8) }

    /// Bytes looked back for a company's name.
    private static let companyReach = 160

    private static let submissionVerbs = ["发送至", "发送到", "发至", "发到", "报送至", "报至", "投至", "投稿至", "提交至", "上传至"]
        .map { Array($0.utf8) }

    /// Mailboxes of a role, not a person: RFC 2142's (info, webmaster, postmaster …), common
    /// ones (office, admin, contact), and the pinyin of a school's or bureau's offices, as their
    /// mailboxes are named (zhaosheng 招生, zsb 招生办, bgs 办公室, jwc 教务处, cwc 财务处, xxgk 信息公开,
    /// tougao 投稿, xzxx 校长信箱, jubao 举报, xiaoyouhui 校友会), and a group's lists (parents, teachers); see
    /// `isRoleMailbox` for the local parts that are one.
    private static let roleMailboxes = FoldedWords([
        "info", "marketing", "sales", "support", "abuse", "noc", "security", "postmaster", "hostmaster",
        "usenet", "news", "webmaster", "www", "uucp", "ftp",
        "admin", "office", "contact", "service", "feedback", "hr", "jobs", "noreply", "no-reply",
        "zhaosheng", "zsb", "zsban", "zhaoshengban", "bgs", "xb", "xiaoban", "jwc", "jiaowu", "jwb", "xxgk",
        "tougao", "zhaopin", "rsc", "zwc", "zongwu", "xzxx", "xiaozhang", "jubao", "jdjb", "zixun", "xxzx",
        "school", "xuexiao", "bangongshi",
        // A vendor's customer service (客服), a district's list of its schools, a school's PE group (体育组).
        "kf", "kefu", "schools", "tiyuzu",
        // A school's English offices: admissions, enquiries, the registrar, reception, its
        // international office.
        "admissions", "admission", "enquiries", "enquiry", "inquiries", "inquiry", "registrar", "reception", "international", "enrol",
        "enroll", "enrolment", "enrollment", "principal",
        // Offices by their initials: 财务处, 财务室, 资助中心, 学生处, 科研处, 后勤处, 保卫处, 党政办, 纪检监察, 教育科, 团委.
        "cwc", "cws", "caiwu", "zzzx", "zizhu", "xsc", "kyc", "hqc", "houqin", "bwc", "baowei", "dzb", "dangban", "jjjc", "jyk",
        "tuanwei",
        // 工会 and 教育工会: a school's or a bureau's trade union.
        "gh", "gonghui", "jygh",
        // 校友会, 校友办, 家委会's office, 德育处, 政教处, 教科室, 图书馆, 教导处.
        "xiaoyouhui", "xyh", "alumni", "xiaoyou", "deyu", "dyc", "zhengjiao", "zjc", "jiaoke", "library", "tsg", "jdc",
        // The same offices spelt out in full pinyin (zhengjiaochu@: 政教处).
        "jiaowuchu", "zhengjiaochu", "deyuchu", "zongwuchu", "jiaodaochu", "houqinchu", "xueshengchu", "caiwuchu",
        // The SSH user of code hosts, in a repository's remote (git@github.com, git@gitee.com:org/repo.git).
        "git",
        // Lists of a group, no one's own (parents@, teachers@, a school's archive, 全体班主任,
        // a class's 家委会, 全体教职工 and 全校).
        "parents", "teachers", "students", "staff", "faculty", "all", "archive", "jiazhang", "jiaoshi", "banzhuren",
        "jiaweihui", "allstaff", "allteachers", "jzg", "jiaozhigong", "quanxiao", "quanti",
        // A bureau's 招生办, a newsletter's and a service's senders.
        "zpb", "zhaoban", "newsletter", "mail", "notice", "notification", "system", "bulletin",
        // The desks of travel agencies, language centres and partner schools: bookings,
        // partnerships, accommodation and homestay (host families), a help desk.
        "bookings", "reservations", "partnerships", "accommodation", "homestay", "helpdesk",
        // 宣传处, a counselling centre (心理咨询中心, 心理健康), a bureau's 人事科 and 统计科, 安全科,
        // an insurer's claims desk (claims-zz@); not in full pinyin, which spells names too
        // (xinli68@: 辛立).
        "xcb", "xuanchuan", "xlzx", "xljk", "rsk", "tjk", "aqk", "claims",
        // A vocational school's 就业处 and 实习办, a county's 教研室, 教育局 and 教科所,
        // a district's 学生资助 centre.
        "jyc", "jiuye", "sxb", "shixi", "jys", "jiaoyan", "jiaoyanshi", "jyj", "jiaoyuju", "jky", "jks", "xszz",
        // A school's 校医室, a class's 家委会, a grade's 班主任 (jiunianji-bzr@), a travel
        // agency's 计调 desk.
        "xys", "xiaoyishi", "jwh", "bzr", "jidiao",
        // A training company's desks: its market and business (市场部), training (培训) and
        // partnership (合作) mailboxes.
        "market", "business", "shichang", "peixun", "hezuo",
        // A vendor's desks: privacy, legal, billing, press, operations and its alerts.
        "privacy", "legal", "billing", "press", "ops", "devops", "alerts", "alert", "monitor",
    ])

    /// The whole local part is a role's mailbox, or its last part after a `-`, `_` or `.` is one
    /// or `list`: a school's office at a webmail provider (wh3z_jwc@163.com), a mailing list
    /// (parents-list@); or its first part is one before a place's initials of four letters at
    /// most (jygh_jsq@163.com: 教育工会, 金水区), or a group's list before what qualifies it
    /// (parents-grade8@); or an office's initials end it, glued to the school's initials
    /// (xzbgs@: 校长办公室, wcxjdc@: a township school's 教导处).
    private static func isRoleMailbox(_ w: UnsafeBufferPointer<UInt8>, local: Range<Int>) -> Bool {
        if roleMailboxes.contains(w, local) { return true }
        if endsWithOfficeInitials(w, local: local) || opensWithOfficeInitials(w, local: local) { return true }
        // A school's number of one or two digits after the office (zhengjiao47@: 四十七中's 政教处,
        // xzbgs76@ after the school's initials too; a year's four, zhaosheng2010@, are a person's).
        var letters = local.upperBound
        while letters > local.lowerBound, isDigit(w[letters - 1]), local.upperBound - letters < 3 { letters -= 1 }
        if (1...2).contains(local.upperBound - letters), letters > local.lowerBound,
           roleMailboxes.contains(w, local.lowerBound..<letters) || endsWithOfficeInitials(w, local: local.lowerBound..<letters) { return true }
        // A group's list named with what it gathers (foreignteachers@, allparents@).
        if w[local.upperBound - 1] | 0x20 == UInt8(ascii: "s"),
           groupWords.contains(where: { local.count > $0.count && equalsFolded(w, (local.upperBound - $0.count)..<local.upperBound, $0) }) {
            return true
        }
        var separator = local.upperBound - 1
        while separator > local.lowerBound, !isPartSeparator(w[separator]) { separator -= 1 }
        guard separator > local.lowerBound, separator < local.upperBound - 1 else { return false }
        let last = (separator + 1)..<local.upperBound
        if roleMailboxes.contains(w, last) || equalsFolded(w, last, listSuffix) || equalsFolded(w, last, admissions)
            || endsWithOfficeInitials(w, local: last) { return true }
        let first = local.lowerBound..<separator
        guard !first.contains(where: { isPartSeparator(w[$0]) }) else { return false }
        // A place's initials after the office (jygh_jsq@), not a surname (xiaoyishi_lin@: the nurse's own).
        if last.count <= 4 { return roleMailboxes.contains(w, first) && !NameLexicon.shared.isPinyinSurname(w, last) }
        return last.count <= 8 && groupLists.contains(w, first)
    }

    /// Lists of a group, which a qualifier may follow (parents-grade8@, teachers_c23@).
    private static let groupLists = FoldedWords(["parents", "teachers", "students", "staff", "jiazhang", "jiaoshi", "banzhuren"])

    /// Offices' initials of three letters or more that a school glues after its own initials.
    private static let officeInitials = ["bgs", "jwc", "jdc", "zwc", "xsc", "zjc", "dyc", "cwc", "zsb", "jwb", "zzzx", "xzxx", "twk", "twyk",
                                         "xcb", "rsk", "tjk", "xlzx", "jyc", "sxb", "jys", "jyj", "jky", "xszz", "xys", "jwh"]
        .map { Array($0.utf8) }

    private static let officeInitialLasts = Set(officeInitials.compactMap(\.last))

    /// The first three letters of the offices' initials, folded, as `triple` packs them.
    private static let officeTriples = Set(officeInitials.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) })

    /// The three bytes at `i`, capitals folded, packed.
    private static func triple(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        func folded(_ b: UInt8) -> UInt32 { UInt32(isASCIILetter(b) ? b | 0x20 : b) }
        return folded(w[i]) << 16 | folded(w[i + 1]) << 8 | folded(w[i + 2])
    }

    /// The local part is letters only, a prefix of two to six letters (the school's, the
    /// township's or a bureau's initials: zmxjyj, 中牟县教育局) and an office's initials after it
    /// (xzbgs, wcxjdc, zmxjyjrsk); not a surname and a person's initials (wangjdc: 王建东).
    private static func endsWithOfficeInitials(_ w: UnsafeBufferPointer<UInt8>, local: Range<Int>) -> Bool {
        // The initials end in s, c, b, x, k or h: most local parts are passed over at their last byte.
        guard (5...10).contains(local.count), officeInitialLasts.contains(w[local.upperBound - 1] | 0x20),
              local.allSatisfy({ isAlphanumeric(w[$0]) }) else { return false }
        return officeInitials.contains { office in
            guard (2...6).contains(local.count - office.count) else { return false }
            let prefix = local.lowerBound..<(local.upperBound - office.count)
            // A school's code may hold its number (zz76zjwc@: 郑州七十六中's 教务处); letters
            // alone may be a surname and a person's initials (wangjdc: 王建东).
            return equalsFolded(w, prefix.upperBound..<local.upperBound, office)
                && (prefix.contains { isDigit(w[$0]) } || !NameLexicon.shared.isPinyinSurname(w, prefix))
        }
    }

    /// The local part opens with an office's initials, then a school's code of its number and
    /// letters (jwc76z@: 教务处, 七十六中; not a year, jwc2010@).
    private static func opensWithOfficeInitials(_ w: UnsafeBufferPointer<UInt8>, local: Range<Int>) -> Bool {
        // Looked at only for a short local part whose first three letters open an office's
        // initials: most are passed over at once.
        guard (5...10).contains(local.count), officeTriples.contains(triple(w, at: local.lowerBound)),
              local.contains(where: { isDigit(w[$0]) }) else { return false }
        // The digit is the code's: the initials are letters.
        return officeInitials.contains { office in
            guard (2...6).contains(local.count - office.count) else { return false }
            let code = (local.lowerBound + office.count)..<local.upperBound
            return equalsFolded(w, local.lowerBound..<code.lowerBound, office)
                && code.allSatisfy { isAlphanumeric(w[$0]) } && code.contains { isASCIILetter(w[$0]) }
        }
    }

    private static func isPartSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
    }

    private static let listSuffix = Array("list".utf8)
    /// 招生 after a school's initials (fqlxx_zs@); alone, or first, a person's initials (张三).
    private static let admissions = Array("zs".utf8)

    /// The words that end a group's list glued to what qualifies it.
    private static let groupWords = ["teachers", "students", "parents"].map { Array($0.utf8) }

    /// `w[range]` is `word` (lower-case ASCII), capitals folded.
    private static func equalsFolded(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        FoldedWords.equalsFolded(w, range, word)
    }

    /// The domains RFC 2606 and RFC 6761 keep for examples and tests (`example.com`, `.test`):
    /// no one's mailbox is there (a textbook's `lihua@example.com`); nor on RFC 6762's `.local`,
    /// a network's own names (an Active Directory login, `userPrincipalName: t1001@yucai.local`).
    private static let reservedDomains = ["example.com", "example.net", "example.org"].map { Array($0.utf8) }
    private static let reservedTopLevelDomains = ["example", "test", "invalid", "localhost", "local"].map { Array($0.utf8) }
    private static let reservedLastLetters = Set((reservedDomains + reservedTopLevelDomains).compactMap(\.last))

    private static func isReservedForExamples(_ w: UnsafeBufferPointer<UInt8>, domain: Range<Int>) -> Bool {
        // Most domains end in none of their last letters (m, t, g, e, d): no word is compared.
        guard let last = domain.last.map({ w[$0] | 0x20 }), Self.reservedLastLetters.contains(last) else { return false }
        return reservedDomains.contains { endsWith(w, domain, $0) } || reservedTopLevelDomains.contains { endsWith(w, domain, $0) }
    }

    /// A government body's mailbox (…@jyj.zhengzhou.gov.cn): a bureau's office, never a private
    /// person's, whatever its local part.
    private static let governmentDomain = Array("gov.cn".utf8)

    private static func isGovernments(_ w: UnsafeBufferPointer<UInt8>, domain: Range<Int>) -> Bool {
        endsWith(w, domain, governmentDomain)
    }

    /// The domain is `name` (lowercase), or ends with its labels after a dot (mail.example.com).
    private static func endsWith(_ w: UnsafeBufferPointer<UInt8>, _ domain: Range<Int>, _ name: [UInt8]) -> Bool {
        guard domain.count >= name.count else { return false }
        let start = domain.upperBound - name.count
        guard start == domain.lowerBound || w[start - 1] == UInt8(ascii: ".") else { return false }
        for k in 0..<name.count where w[start + k] | 0x20 != name[k] { return false }
        return true
    }

    @inline(__always)
    static func isLocalPartByte(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    private func localPartStart(_ w: UnsafeBufferPointer<UInt8>, _ at: Int, lower: Int) -> Int? {
        let limit = max(lower, at - Self.maxLocal - 1)
        var s = at
        while s > limit, Self.isLocalPartByte(w[s - 1]) { s -= 1 }
        guard at - s <= Self.maxLocal else { return nil }
        // Dots before the address are punctuation (…see.  ..x@y.cn), not part of it.
        while s < at, w[s] == UInt8(ascii: ".") { s += 1 }
        guard s < at, w[at - 1] != UInt8(ascii: ".") else { return nil }
        for k in s + 1..<at where w[k] == UInt8(ascii: ".") && w[k - 1] == UInt8(ascii: ".") { return nil }
        return s
    }

    /// End of the domain after `at`: labels of letters, digits and inner hyphens joined by dots,
    /// up to the last label that is a top-level domain (`x@mail.school.cn.` stops before the dot).
    private func domainEnd(_ w: UnsafeBufferPointer<UInt8>, _ at: Int, upper: Int) -> Int? {
        let limit = min(upper, at + 1 + Self.maxDomain)
        var labelStart = at + 1
        var labels = 0
        var end: Int?
        while labelStart < limit {
            var i = labelStart
            var letters = true
            while i < limit, isAlphanumeric(w[i]) || w[i] == UInt8(ascii: "-") {
                letters = letters && isASCIILetter(w[i])
                i += 1
            }
            guard i > labelStart, w[labelStart] != UInt8(ascii: "-"), w[i - 1] != UInt8(ascii: "-") else { break }
            labels += 1
            if labels >= 2, letters, i - labelStart >= 2 { end = i }
            guard i + 1 < limit, w[i] == UInt8(ascii: "."), isAlphanumeric(w[i + 1]) else { break }
            labelStart = i + 1
        }
        return end
    }
}
