/// The words that end an organisation's name in English (`Zhengzhou No.1 Middle School`,
/// `China Youth Travel Service Henan Co., Ltd.`, `HR Office`): an English letterhead's, a
/// sign-off's or a partner's contact line, whose landline or e-mail is the organisation's
/// (`OrganisationContext`); and a company's legal form alone (`… Tours Inc., bookings@…`:
/// `EmailDetector`). Whole words, in any case (a letterhead's `MIDDLE SCHOOL`).
enum EnglishOrganisationNames {
    /// A word of the list (of the legal forms only, `legalFormsOnly`) stands, whole, in
    /// `window[range]`, not inside an e-mail address, a host or a path.
    static func occur(in window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, legalFormsOnly: Bool = false) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            guard isASCIILetter(window[i]) else {
                i += 1
                continue
            }
            var end = i
            while end < range.upperBound, isASCIILetter(window[end]) { end += 1 }
            if legalForms.contains(window, i..<end) || !legalFormsOnly && organisations.contains(window, i..<end),
               !isInAddress(window, i, end, range) { return true }
            i = end
        }
        return false
    }

    /// The word at `start..<end` is part of an e-mail address, a host or a path
    /// (`office@school.example.cn`, `www.school.edu.cn/office`), not a name's.
    private static func isInAddress(_ w: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ range: Range<Int>) -> Bool {
        func isJoiner(_ b: UInt8) -> Bool { b == UInt8(ascii: "@") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: "_") }
        if start > range.lowerBound, isJoiner(w[start - 1]) { return true }
        return end + 1 < range.upperBound && isJoiner(w[end]) && isAlphanumeric(w[end + 1])
    }

    private static let legalForms = FoldedWords(["inc", "ltd", "llc", "corp", "limited", "gmbh"])

    private static let organisations = FoldedWords([
        "school", "college", "university", "academy", "institute", "office", "department", "centre", "center",
        "agency", "embassy", "consulate", "company", "bureau",
    ])
}
