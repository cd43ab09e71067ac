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
