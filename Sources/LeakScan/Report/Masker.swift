/// Masks values so that a report locates a leak without becoming one: enough of the value stays
/// to find it in the file (`410************12X`, `138****5678`, `z***@example.com`), not to use it.
/// Only digits are masked, so separators keep the value's written shape.
public enum Masker {
    public static func mask(_ value: String, kind: Kind) -> String {
        switch kind {
        case .cnID, .cnID15: return maskDigits(value, keepFirst: 3, keepLast: 3)
        case .cnIDTruncated: return maskDigits(value, keepFirst: 3, keepLast: 0)
        case .mobile: return maskDigits(value, keepFirst: 3 + countryPrefixDigits(value), keepLast: 4)
        case .landline: return maskDigits(value, keepFirst: areaCodeDigits(value), keepLast: 2)
        case .bankCard: return maskDigits(value, keepFirst: 4, keepLast: 4)
        case .birthDate: return maskBirthDate(value)
        case .email: return maskEmail(value)
        case .name: return maskName(value)
        case .address: return maskAddress(value)
        case .biometric: return maskTemplate(value)
        case .record: return ""
        }
    }

    /// A name keeps its surname's first character (`张**`); a romanised one the first letter of
    /// each word (`Z**** W**`).
    static func maskName(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var atWordStart = true
        for scalar in value.unicodeScalars {
            if scalar == " " || scalar == "·" || scalar == "•" || scalar == "・" || scalar == "-" {
                out.append(scalar)
                atWordStart = scalar == " "
                continue
            }
            out.append(out.isEmpty || (atWordStart && scalar.isASCII) ? scalar : "*")
            atWordStart = false
        }
        return String(out)
    }

    /// A template keeps its first four characters and says its length (`AbCd…(684)`): enough to
    /// find it in the file, nothing of the face or finger.
    static func maskTemplate(_ value: String) -> String {
        String(value.prefix(4)) + "…(\(value.count))"
    }

    /// An address keeps its divisions up to the county (`河南省郑州市金水区*******`), as the
    /// usual Chinese masking does; without a division, its first two characters.
    static func maskAddress(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        let head = scalars.prefix(12)
        let keep = head.lastIndex { "省市区县旗".unicodeScalars.contains($0) }.map { $0 + 1 } ?? min(2, scalars.count)
        var out = String.UnicodeScalarView(scalars[..<keep])
        for scalar in scalars[keep...] { out.append(scalar == " " ? scalar : "*") }
        return String(out)
    }

    /// Replaces every digit (and a trailing ID check `X`) except the first `keepFirst` and the
    /// last `keepLast` with `*`. What split the number unseen (a zero-width character, a cell's
    /// line break: `NumberToken.unseenJoinLength`) is left out, so that a report's line stays one.
    /// A mask character already in the value (one masked too little, `158214688**`) holds a
    /// digit's place, so that the value keeps its shape: `158****88**`. `numerals` are masked as
    /// digits are (a date's Chinese numerals).
    static func maskDigits(_ value: String, keepFirst: Int, keepLast: Int, numerals: Set<Unicode.Scalar> = []) -> String {
        let isMaskable: (Unicode.Scalar) -> Bool = { isDigit($0) || $0 == "X" || $0 == "x" || numerals.contains($0) }
        let holdsPlace: (Unicode.Scalar) -> Bool = { isMaskable($0) || MaskedValue.scalars.contains($0) }
        let total = value.unicodeScalars.filter(holdsPlace).count
        var seen = 0
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars where !NumberToken.isZeroWidth(scalar.value) && scalar != "\n" && scalar != "\r" {
            guard holdsPlace(scalar) else { out.append(scalar); continue }
            out.append(!isMaskable(scalar) || seen < keepFirst || seen >= total - keepLast ? scalar : "*")
            seen += 1
        }
        return String(out)
    }

    /// The place of `finding`, with the archive member's name masked when the finding is in
    /// it (a zip of photos named after their pupils, `410104201602180300.jpg`): that name, and
    /// for a folder's name every folder of the member's path, keeps its first character and its
    /// extension (`4*****************.jpg`), so that the report names no one.
    public static func location(of finding: Finding) -> Location {
        var location = finding.location
        guard let inName = location.inName, let member = location.member else { return location }
        var parts = member.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for k in parts.indices where k == parts.count - 1 || inName == .folder { parts[k] = maskFileName(parts[k]) }
        location.member = parts.joined(separator: "/")
        return location
    }

    /// A file's name with every character but its first and its extension's masked.
    static func maskFileName(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        let stemEnd = scalars.lastIndex(of: ".").flatMap { $0 > 0 ? $0 : nil } ?? scalars.count
        var out = String.UnicodeScalarView()
        for (k, scalar) in scalars.enumerated() { out.append(k == 0 || k >= stemEnd ? scalar : "*") }
        return String(out)
    }

    /// A text that is no finding's value but may quote one (an archive's error naming the
    /// members it could not open, `410104201602180300.jpg (encrypted)`): every run of eleven
    /// digits or more, a mobile's or an ID's length, masked as an ID is (`410************300`).
    public static func maskNumberRuns(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func flush() {
            out.append(contentsOf: run.count >= minimumMaskedRun ? maskDigits(String(run), keepFirst: 3, keepLast: 3).unicodeScalars : run)
            run.removeAll()
        }
        for scalar in text.unicodeScalars {
            if isDigit(scalar) || (scalar == "X" || scalar == "x") && run.count == 17 {
                run.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    private static let minimumMaskedRun = 11

    /// A date keeps its year (`2008-**-**`, `**/**/2008`). A spreadsheet serial day number
    /// (39519) is the whole date: it keeps none of it.
    static func maskBirthDate(_ value: String) -> String {
        // Excel's serial day (a date cell, 39519 for 2008-03-12): shown as the year it is, which
        // the other dates keep, so that a teacher sees a date and not a count.
        if let date = excelSerialDate(value) { return String(date.prefix(4)) + "-**-**" }
        if isDateNumber(value) { return maskDigits(value, keepFirst: 0, keepLast: 0) }
        let runs = value.unicodeScalars.split { !isDigit($0) }
        if runs.count > 1, runs.last?.count == 4 { return maskDigits(value, keepFirst: 0, keepLast: 4) }
        return maskDigits(value, keepFirst: yearDigits(first: runs.first.map { String($0) } ?? ""), keepLast: 0, numerals: dateNumerals)
    }

    /// Digits of the year that opens a date whose first run of digits is `first`: four, or two
    /// when the date opens with a year of two (`78年5月`, `78.05`, and `780512`, no year 7805).
    private static func yearDigits(first: String) -> Int {
        guard first.count != 2 else { return 2 }
        guard first.count == 6, let year = Int(first.prefix(4)) else { return 4 }
        return (1900...CalendarDate.today.year).contains(year) ? 4 : 2
    }

    /// Characters of a date in Chinese numerals, a lunar one's too (二〇〇七年十一月五日 as
    /// `二〇〇七年**月*日`, 一九八二年腊月初八 as `一九八二年*月**`): masked as digits are, the year's
    /// four kept.
    private static let dateNumerals = Set("〇零一二三四五六七八九十廿卅初正冬腊".unicodeScalars)

    /// The date a birth date's value of Excel's serial day stands for, as `yyyy-mm-dd` (`39519`:
    /// `2008-03-12`).
    static func excelSerialDate(_ value: String) -> String? {
        guard let serial = Int(value), serial < 100_000, let date = CalendarDate.fromExcelSerial(serial) else { return nil }
        return CalendarDate.isoText(date)
    }

    /// A date written as a number, whose leading digits are no year: Excel's serial day (at most
    /// 5 digits, perhaps a fraction for the time of day; not a year and a month, `2008.03`), or
    /// a Unix timestamp (9–10 digits in seconds, 12–13 in milliseconds, negative before 1970).
    static func isDateNumber(_ value: String) -> Bool {
        let unsigned = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard unsigned.unicodeScalars.allSatisfy({ isDigit($0) || $0 == "." }) else { return false }
        let isYearAndMonth = parts.count == 2 && parts[0].count == 4 && parts[1].count <= 2
        let isSerial = parts[0].count <= 5 && !isYearAndMonth && !value.hasPrefix("-")
        return isSerial || [9, 10, 12, 13].contains(parts[0].count)
    }

    /// Digits of a leading `+86`, `0086` or `86` before an 11-digit mobile number.
    static func countryPrefixDigits(_ value: String) -> Int {
        max(0, value.unicodeScalars.filter(isDigit).count - 11)
    }

    /// Digits to keep in a landline: any country prefix, the trunk `0` and the area code
    /// (`10` and `2x` have two digits after the trunk, the others three); none of a subscriber
    /// number written without its area code (`65501235` in a phone column, or after
    /// `0371-65501234/`).
    static func areaCodeDigits(_ value: String) -> Int {
        let digits = String(value.unicodeScalars.filter(isDigit))
        let national: Substring
        if digits.hasPrefix("0086") {
            national = digits.dropFirst(4)
        } else if value.hasPrefix("+86") || (digits.hasPrefix("86") && !value.hasPrefix("(")) {
            national = digits.dropFirst(2)
        } else {
            national = digits[...]
        }
        let trunk = national.hasPrefix("0") ? 1 : 0
        if trunk == 0, national.count == digits.count { return 0 }
        let rest = national.dropFirst(trunk)
        let area = rest.first == "1" || rest.first == "2" ? 2 : 3
        return digits.count - national.count + trunk + area
    }

    static func maskEmail(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@"), let first = value.first, at != value.startIndex else { return "***" }
        return String(first) + "***" + value[at...]
    }
}

private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
