/// The words that end an organisation's name in English (`Zhengzhou No.1 Middle School`,
/// `China Youth Travel Service Henan Co., Ltd.`, `HR Office`): an English letterhead's, a
/// sign-off's or a partner's contact line, whose landline or e-mail is the organisation's
/// (`OrganisationContext`). Whole words, in any case (a letterhead's `MIDDLE SCHOOL`).
enum EnglishOrganisationNames {
    /// A word of the list stands, whole, in `window[range]`.
    static func occur(in window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            guard isASCIILetter(window[i]) else {
                i += 1
                continue
            }
            var end = i
            while end < range.upperBound, isASCIILetter(window[end]) { end += 1 }
            if end - i >= 2, end - i <= longest, !isInAddress(window, i, end, range), words[end - i].contains(where: { word in
                zip(window[i..<end], word).allSatisfy { $0 | 0x20 == $1 }
            }) { return true }
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

    /// By length, lower case.
    private static let words: [[[UInt8]]] = {
        let list = ["school", "college", "university", "academy", "institute", "office", "department", "centre", "center",
                    "agency", "embassy", "consulate", "ltd", "limited", "inc", "llc", "gmbh", "company", "bureau"]
        var buckets = [[[UInt8]]](repeating: [], count: list.map(\.utf8.count).max()! + 1)
        for word in list { buckets[word.utf8.count].append(Array(word.utf8)) }
        return buckets
    }()

    private static let longest = words.count - 1
}
