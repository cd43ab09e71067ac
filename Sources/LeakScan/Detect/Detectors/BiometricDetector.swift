/// Face, fingerprint, iris and palm-vein templates, as face-recognition terminals and attendance
/// clocks export them: under a biometric column or key (人脸特征值, 指纹模板, faceFeature, a ZKTeco
/// clock's `TEMPLATE`), or after such a label in text (`特征值：…`). An export keyed only by a
/// system's person number still holds sensitive personal information (PIPL art. 28). The value
/// must have a template's shape: a base64 (standard or URL-safe alphabet) or hex blob of at
/// least 64 characters, or a list of at least 64 numbers (a face's 128-float vector written out);
/// a version, a flag, a file path or a digest (an MD5's 32 hex digits, a SHA-256's 64) is not.
/// It runs only under such a header or label: text without them costs nothing.
public final class BiometricDetector: Detector, @unchecked Sendable {
    private let keywords: HeaderKeywords
    /// The last characters of the Chinese labels (特征值's 值, 指纹's 纹), where the detector wakes in text.
    private let labelEnds: [Unicode.Scalar]

    /// The fewest characters of a blob, and numbers of a list, that make a template (a 128-float
    /// vector is 684 characters of base64; ZKTeco's fingerprint templates run to a thousand or more).
    static let minimumLength = 64
    static let minimumNumbers = 64
    /// Hex lengths of the SHA-2 digests (SHA-256, SHA-384, SHA-512): a certificate's or a key's
    /// fingerprint is a digest, a template of exactly such a length is not seen.
    private static let digestLengths: Set<Int> = [64, 96, 128]

    public init(keywords: HeaderKeywords = .shared) {
        self.keywords = keywords
        labelEnds = keywords.lastCharacters(of: .biometric)
        super.init(trigger: [.cell, .han])
    }

    public override var hanTriggers: [Unicode.Scalar] { labelEnds }

    public override func wantsCells(under hints: ContextHints) -> Bool { hints.contains(.biometric) }

    public override func detect(cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        guard wantsCells(under: context.columnHints),
              Self.templateEnd(context.window, from: cell.lowerBound, end: cell.upperBound) == cell.upperBound else { return }
        matches.append(Match(kind: .biometric, confidence: .high, range: cell))
    }

    /// The last character of a label (特征值：…): the template after it, past a colon or `=`.
    public override func detect(han scalar: Unicode.Scalar, at: Int, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let end = context.scan.upperBound
        let labelEnd = at + 3
        let start = Self.valueStart(after: labelEnd, w, end: end)
        guard let valueEnd = Self.templateEnd(w, from: start, end: end),
              keywords.endsLabel(of: .biometric, at: labelEnd, in: w, lower: context.isTableCell ? context.scan.lowerBound : 0)
        else { return }
        matches.append(Match(kind: .biometric, confidence: .high, range: start..<valueEnd))
    }

    /// Where a value after a label ending at `i` starts: past a colon or `=`, blanks and a quote.
    private static func valueStart(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var j = i
        while j < end, j - i < 8 {
            switch w[j] {
            case 0x20, 0x09, UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "\""), UInt8(ascii: "'"): j += 1
            case 0xEF where HanText.isColon(w, at: j, end: end): j += 3
            default: return j
            }
        }
        return j
    }

    /// The end of the template that starts at `start`, or nil: a blob or a list of numbers that
    /// ends the value (the end, a blank, a quote, a delimiter or a Chinese character follows it;
    /// `….jpg` or `…\…` is a file's name).
    static func templateEnd(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        guard start < end, let valueEnd = blobEnd(w, from: start, end: end) ?? numberListEnd(w, from: start, end: end) else { return nil }
        guard valueEnd < end else { return valueEnd }
        switch w[valueEnd] {
        case 0x00...0x20, 0x80...0xFF, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: "|"), UInt8(ascii: "&"):
            return valueEnd
        default:
            return nil
        }
    }

    /// A blob of random bytes written in base64 or hex. Base64 holds capitals, small letters and
    /// digits, of one alphabet (`+/` or the URL-safe `-_`), and few slashes (a path has one every
    /// few characters, base64 one in 64); hex holds digits and letters a–f only.
    private static func blobEnd(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        var upper = 0, lower = 0, digits = 0, nonHex = 0, slashes = 0
        var standard = false, urlSafe = false
        while i < end {
            let b = w[i]
            if isDigit(b) {
                digits += 1
            } else if b &- 0x41 < 26 {
                upper += 1
                if b > UInt8(ascii: "F") { nonHex += 1 }
            } else if b &- 0x61 < 26 {
                lower += 1
                if b > UInt8(ascii: "f") { nonHex += 1 }
            } else if b == UInt8(ascii: "+") || b == UInt8(ascii: "/") {
                standard = true
                nonHex += 1
                if b == UInt8(ascii: "/") { slashes += 1 }
            } else if b == UInt8(ascii: "-") || b == UInt8(ascii: "_") {
                urlSafe = true
                nonHex += 1
            } else {
                break
            }
            i += 1
        }
        let length = i - start
        guard length >= minimumLength, digits > 0, !(standard && urlSafe) else { return nil }
        if nonHex == 0 { return upper + lower > 0 && !digestLengths.contains(length) ? i : nil }
        guard upper > 0, lower > 0, slashes * 16 <= length else { return nil }
        // Base64's padding.
        while i < end, i - start < length + 2, w[i] == UInt8(ascii: "=") { i += 1 }
        return i
    }

    /// A list of numbers, in brackets or not (`[0.0123, -0.0456, …]`): a feature vector written out.
    private static func numberListEnd(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        let bracketed = w[start] == UInt8(ascii: "[")
        var i = bracketed ? start + 1 : start
        var count = 0
        var last = i
        while true {
            while i < end, w[i] == 0x20 { i += 1 }
            let numberEnd = Self.numberEnd(w, from: i, end: end)
            guard numberEnd > i else { break }
            count += 1
            last = numberEnd
            i = numberEnd
            while i < end, w[i] == 0x20 { i += 1 }
            guard i < end, w[i] == UInt8(ascii: ",") else { break }
            i += 1
        }
        guard count >= minimumNumbers else { return nil }
        guard bracketed else { return last }
        i = last
        while i < end, w[i] == 0x20 { i += 1 }
        return i < end && w[i] == UInt8(ascii: "]") ? i + 1 : nil
    }

    /// The end of a decimal number at `i` (`-0.0456`, `1.2e-05`), or `i` when none starts there.
    private static func numberEnd(_ w: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
        var j = i
        if j < end, w[j] == UInt8(ascii: "-") || w[j] == UInt8(ascii: "+") { j += 1 }
        let digitsStart = j
        while j < end, isDigit(w[j]) { j += 1 }
        if j < end, w[j] == UInt8(ascii: "."), j + 1 < end, isDigit(w[j + 1]) {
            j += 1
            while j < end, isDigit(w[j]) { j += 1 }
        }
        guard j > digitsStart else { return i }
        if j + 1 < end, w[j] | 0x20 == UInt8(ascii: "e") {
            var k = j + 1
            if w[k] == UInt8(ascii: "-") || w[k] == UInt8(ascii: "+") { k += 1 }
            let exponent = k
            while k < end, isDigit(w[k]) { k += 1 }
            if k > exponent { j = k }
        }
        return j
    }
}
