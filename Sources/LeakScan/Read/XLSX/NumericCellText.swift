/// The text of a numeric cell as a person would read its digits.
///
/// Excel keeps 15 significant digits and writers store large numbers in exponent form: an ID
/// typed into a number cell becomes `4.10105200803121E+17`, a phone `1.3812345678E10`. The
/// detectors look for digit runs, so the exponent form is written out in full
/// (`410105200803121000`), straight from the text: never through a Double, which would invent
/// or lose digits.
enum NumericCellText {
    /// Longest integer written out (a 19-digit bank card is the longest value we look for).
    static let maximumDigits = 20

    /// A number written out: its length in `out`, and whether zeros were added after the stored
    /// digits (`4.10105200803121E+17` has 15 digits, padded to 18: only the first 15 are real).
    struct Expansion: Equatable {
        var length: Int
        var isPadded: Bool
    }

    /// A quick test, for the cells of a delimited text or a document's table, that rules out
    /// almost every cell not in the exponent form that tools write there: it opens with a digit
    /// and ends in `E+` and two digits (`4.10105E+17` from Excel, `4.10105200803121e+17` from
    /// pandas; the numbers we look for all have exponents of 10 to 19), or three with a leading
    /// zero (`3.70102201001185E+017`, LibreOffice's display of such a number); or a whole number
    /// of six digits or more with `.0` after it (`13812345678.0`: pandas writes a column of
    /// integers with a blank among them as floating point).
    @inline(__always)
    static func mayBeFloatForm(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let end = range.upperBound
        guard end - range.lowerBound >= 5, text[range.lowerBound] &- UInt8(ascii: "0") < 10 else { return false }
        if text[end - 4] | 0x20 == UInt8(ascii: "e") { return text[end - 3] == UInt8(ascii: "+") }
        if text[end - 2] == UInt8(ascii: "."), text[end - 1] == UInt8(ascii: "0") {
            return end - range.lowerBound >= 8 && text[range.lowerBound..<(end - 2)].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
        }
        return end - range.lowerBound >= 6 && text[end - 5] | 0x20 == UInt8(ascii: "e") && text[end - 4] == UInt8(ascii: "+")
            && text[end - 3] == UInt8(ascii: "0")
    }

    /// Writes the plain digits of a whole number in exponent form, or with zeros after its point,
    /// into `out` (at least `maximumDigits` long); nil when `text` is in neither form or is not a
    /// whole number of at most `maximumDigits` digits (then it is scanned as written).
    static func expandFloatForm(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Expansion? {
        precondition(out.count >= maximumDigits)
        var i = 0
        var count = 0
        var fractionDigits = 0
        var seenPoint = false
        while i < text.count {
            let b = text[i]
            if b &- UInt8(ascii: "0") < 10 {
                if count == 0, b == UInt8(ascii: "0") {
                    // A leading zero adds nothing ("0.5E1").
                } else {
                    guard count < maximumDigits else { return nil }
                    out[count] = b
                    count += 1
                }
                if seenPoint { fractionDigits += 1 }
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            i += 1
        }
        // A whole number as a float, no exponent (`13812345678.0`): its zeros after the point go.
        if i == text.count, seenPoint, count > fractionDigits,
           out[(count - fractionDigits)..<count].allSatisfy({ $0 == UInt8(ascii: "0") }) {
            return Expansion(length: count - fractionDigits, isPadded: false)
        }
        guard count > 0, i < text.count, text[i] | 0x20 == UInt8(ascii: "e") else { return nil }
        i += 1
        if i < text.count, text[i] == UInt8(ascii: "+") { i += 1 }
        var exponent = 0
        let exponentStart = i
        while i < text.count, text[i] &- UInt8(ascii: "0") < 10, exponent < 1000 {
            exponent = exponent * 10 + Int(text[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i == text.count, i > exponentStart else { return nil }
        let shift = exponent - fractionDigits
        if shift < 0 {
            // Digits after the point that the exponent does not absorb must be zeros.
            for k in (count + shift)..<count where k < 0 || out[k] != UInt8(ascii: "0") { return nil }
            count += shift
            guard count > 0 else { return nil }
        }
        let length = count + max(shift, 0)
        guard length <= maximumDigits else { return nil }
        for k in count..<length { out[k] = UInt8(ascii: "0") }
        return Expansion(length: length, isPadded: length > count)
    }
}

extension NumericCellText {
    /// Scans a data file's number (a JSON or SQL number) as a spreadsheet's number cell:
    /// written out when in exponent form, as written otherwise.
    static func scanNumberCell<L: PieceLocator, S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>,
                                                               column: Unmanaged<Column>, engine: DetectionEngine,
                                                               locator: inout L, sink: inout S) {
        if !scanFloatFormCell(window, scan, column: column, engine: engine, locator: &locator, sink: &sink) {
            engine.scan(Piece(window: window, scan: scan, columnReference: column, isNumber: true), locator: &locator, sink: &sink)
        }
    }

    /// A bare word of a data file that is a number (`13812345678`, `-1.5`, `4.101052008031212e+17`).
    static func isNumberWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, isDigit(first) || first == UInt8(ascii: "-") else { return false }
        return word.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e")
            || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
    }

    /// Scans a table cell (`scan` in `window`) that holds a number in exponent form as a
    /// spreadsheet's number cell: written out in digits (`4.10105200803121E+17` →
    /// `410105200803121000`), its findings spanning the whole cell. Returns false, having
    /// scanned nothing, for any other cell: the caller scans it as written.
    static func scanFloatFormCell<L: PieceLocator, S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>,
                                                                 column: Unmanaged<Column>?, engine: DetectionEngine,
                                                                 locator: inout L, sink: inout S) -> Bool {
        guard mayBeFloatForm(window, scan) else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumDigits) { digits in
            guard let written = expandFloatForm(UnsafeBufferPointer(rebasing: window[scan]), into: digits) else { return false }
            let (location, span) = locator.locate(scan, in: window)
            var wholeCell = FixedLocator(location: location, span: span)
            engine.scan(Piece(window: UnsafeBufferPointer(rebasing: digits[0..<written.length]), scan: 0..<written.length,
                              columnReference: column, isNumber: true, isApproximate: written.isPadded),
                        locator: &wholeCell, sink: &sink)
            return true
        }
    }
}
