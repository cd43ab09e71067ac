/// Shapes shared by the phone number detectors.

/// `86` or `0086` at `range`.
func isChinaCountryCode(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    switch range.count {
    case 2: return window[range.lowerBound] == 0x38 && window[range.lowerBound + 1] == 0x36
    case 4: return window[range.lowerBound] == 0x30 && window[range.lowerBound + 1] == 0x30
        && isChinaCountryCode(window, range.lowerBound + 2..<range.upperBound)
    default: return false
    }
}

/// Digits `start..<end` are the fraction or integer part of a decimal number (3.13812345678).
func isPartOfDecimal(_ window: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    (start >= 2 && window[start - 1] == UInt8(ascii: ".") && isDigit(window[start - 2]))
        || (end + 1 < window.count && window[end] == UInt8(ascii: ".") && isDigit(window[end + 1]))
}

/// The number ending at `end` is a sum of money: 元, 万 or 亿 follows it (全省教育经费总投入
/// 15000000000元), perhaps after a blank.
func isAmount(_ window: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    let i = end < window.count && window[end] == 0x20 ? end + 1 : end
    guard let s = HanText.scalar(window, at: i, end: window.count) else { return false }
    return s == 0x5143 || s == 0x4E07 || s == 0x4EBF
}

/// The number starting at `start` is a price: a currency sign stands before it, perhaps after a
/// blank (单价 ¥18612345678, ￥ 13800000000).
func isPrice(_ window: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    let i = start > 0 && window[start - 1] == 0x20 ? start - 1 : start
    if i >= 1, window[i - 1] == UInt8(ascii: "$") { return true }
    if i >= 2, window[i - 2] == 0xC2, window[i - 1] == 0xA5 { return true }   // ¥
    return i >= 3 && window[i - 3] == 0xEF && window[i - 2] == 0xBF && window[i - 1] == 0xA5   // ￥
}

/// Digits `start..<end` stand inside a word of letters and digits, with a letter on either side:
/// an app's id or an access key (`WX_APPID=wx13937125816abcd`, `LTAI5t13937125816Xyz`), not a
/// phone (`Tel13812345678`, with letters before it only, is one).
func isInsideLetters(_ window: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    start > 0 && end < window.count && isASCIILetter(window[start - 1]) && isASCIILetter(window[end])
}

/// Digits `start..<end` lie in a machine's hex word: a digest, a UUID, a request or trace id
/// (`reqid=af3711ad13178031875db6f1ca5a524c`, `5ee674ad-af16-f020-2461-2643b049f2ab`). A letter
/// a–f touches them, and the run of hex digits and dashes around them is 16 bytes or longer, or
/// holds digits of its own past the letter (`req_id=7f3a13812345678`, a number literal
/// `15838197705e-3`), or four hex characters or more beside the number (a digest's piece,
/// `fdaa17512989420`): random hex holds a phone's shape in about one line of a log in five hundred.
func isInHexWord(_ window: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    func isHexLetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 6 }
    func isHexOrDash(_ b: UInt8) -> Bool { isDigit(b) || isHexLetter(b) || b == UInt8(ascii: "-") }
    guard start > 0 && isHexLetter(window[start - 1]) || end < window.count && isHexLetter(window[end]) else { return false }
    var lower = start
    while lower > max(0, start - 64), isHexOrDash(window[lower - 1]) { lower -= 1 }
    var upper = end
    while upper < min(window.count, end + 64), isHexOrDash(window[upper]) { upper += 1 }
    return upper - lower >= 16 || (start - lower) + (upper - end) >= 4
        || window[lower..<start].contains(where: isDigit) || window[end..<upper].contains(where: isDigit)
}

/// Digits `start..<end` belong to a conference line's one-tap dial string
/// (`+8675536550000,,845219637#`, `+16699006833,,15823097741#,,,,*13579246#`, as Tencent Meeting's
/// and Zoom's invitations print them): the line's number, which a pause (`,,`) and the digits to
/// key follow, or a meeting number or passcode keyed, which `#` ends; or a line of its list of
/// numbers to dial, the country named after the number (`• +86 10 8783 3177 China`,
/// `+8675536550000 (中国大陆)`). No one's
/// phone. Text only: in a table's row `,,` is an empty field.
func isInDialString(_ window: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end < window.count else { return false }
    switch window[end] {
    case UInt8(ascii: "#"): return true
    case UInt8(ascii: ","):
        return end + 2 < window.count && window[end + 1] == UInt8(ascii: ",")
            && (isDigit(window[end + 2]) || window[end + 2] == UInt8(ascii: "#") || window[end + 2] == UInt8(ascii: "*"))
    case 0x20:
        // The country perhaps in brackets (`+8675536550000 (中国大陆)`).
        var country = end + 1
        if country < window.count, window[country] == UInt8(ascii: "(") { country += 1 }
        return window[start] == UInt8(ascii: "+") && dialInCountries.contains { ByteScanning.opens(window[country...], withFolded: $0) }
    default: return false
    }
}

/// The country a conference's list of numbers names after a mainland number.
private let dialInCountries = ["china", "中国"].map { Array($0.utf8) }

/// The number at `start` is a meeting's in its join link (`https://us06web.zoom.us/j/15823097741`:
/// Zoom's `/j/` to join, `/w/` a webinar's, `/s/` to start it). Text only, as `isInDialString`.
func isMeetingLinkNumber(_ window: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    guard start >= 3, window[start - 1] == UInt8(ascii: "/"), window[start - 3] == UInt8(ascii: "/") else { return false }
    switch window[start - 2] {
    case UInt8(ascii: "j"), UInt8(ascii: "w"), UInt8(ascii: "s"): return true
    default: return false
    }
}

/// The number at `start` follows a single capital letter that starts its word: a code's prefix
/// (`task=T17512936235`, a scanner's task; a letter then a mobile's digits), not a phone
/// (`Tel13812345678`, letters of a word, is one). A student number's `G` before an ID is the
/// ID detectors' concern, not this.
func followsCodeLetter(_ window: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    guard start > 0, window[start - 1] &- UInt8(ascii: "A") < 26 else { return false }
    return start == 1 || !isASCIILetter(window[start - 2])
}

/// The number at `start` opens after a code's letters and a dash (`LG-0371-6550123`, a recorder's
/// number; up to four capitals), not after a phone's label (`TEL-`, `FAX-`).
func followsLetterCode(_ window: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    guard start >= 2, window[start - 1] == UInt8(ascii: "-") else { return false }
    var i = start - 1
    while i > 0, start - 1 - i < 5, window[i - 1] &- UInt8(ascii: "A") < 26 { i -= 1 }
    let letters = start - 1 - i
    guard (1...4).contains(letters), i == 0 || !isAlphanumeric(window[i - 1]) else { return false }
    return !phoneLabels.contains(window, i..<(start - 1))
}

/// A phone's labels written before its number with a dash.
private let phoneLabels = FoldedWords(["tel", "fax"])
