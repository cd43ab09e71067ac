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
