/// Dates written with an English month's name, as bilingual schools' forms and exports write a
/// date of birth: `Mar 15, 2011`, `March 15th, 2011`, `15 March 2011`, `15-Mar-2011`.
enum EnglishDates {
    /// The date that is all of `w[range]`, but for blanks around it: year, month and day.
    static func date(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (year: Int, month: Int, day: Int)? {
        var words: [Substring] = []
        var current = ""
        func endWord() {
            if !current.isEmpty { words.append(Substring(current)) }
            current = ""
        }
        for i in range {
            let b = w[i]
            guard b < 0x80 else { return nil }
            if isAlphanumeric(b) { current.append(Character(Unicode.Scalar(b | (isASCIILetter(b) ? 0x20 : 0)))) }
            else if b == 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") { endWord() }
            else { return nil }
        }
        endWord()
        guard words.count == 3 else { return nil }
        // Month first (Mar 15, 2011) or day first (15 March 2011).
        if let month = month(words[0]), let day = day(words[1]), let year = Int(words[2]), words[2].count == 4 { return (year, month, day) }
        if let day = day(words[0]), let month = month(words[1]), let year = Int(words[2]), words[2].count == 4 { return (year, month, day) }
        return nil
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]

    /// A month by its name or its first three letters (sept too).
    private static func month(_ word: Substring) -> Int? {
        guard word.count >= 3, let k = months.firstIndex(where: { $0.hasPrefix(word.prefix(3)) }) else { return nil }
        return word.count == 3 || word == "sept" || word == months[k] ? k + 1 : nil
    }

    /// A day of one or two digits, perhaps with its English ordinal ending (15th, 1st, 2nd, 3rd).
    private static func day(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count)
        guard (1...2).contains(digits.count), suffix.isEmpty || ["st", "nd", "rd", "th"].contains(String(suffix)) else { return nil }
        return Int(digits)
    }
}
