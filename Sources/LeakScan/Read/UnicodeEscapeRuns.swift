/// Runs of `\uXXXX` escapes in running text: JSON written into a log line by Python's
/// `json.dumps` (ASCII only, its default) or a Java logger (`INFO resp={"xm": "\u5f20\u4f1f"}`),
/// where a name is nothing but escapes. Each run is decoded into `DecodedText` (a surrogate pair
/// is one character), every byte keeping the offset of its escape, with the plain text of its
/// line before it as context, as `PercentEncodedRuns` are. A run needs an escape of a character
/// beyond ASCII: a path's backslashes (`C:\Users\teacher`) and `\u0041` are left alone.
enum UnicodeEscapeRuns {
    /// The next run in `t[range]`: from a `\uXXXX` escape, over escapes, letters and digits
    /// (`\u90d1\u5dde\u5e0272\u53f7`, 郑州市72号); nil when there is none.
    static func next(in t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var from = range.lowerBound
        while let backslash = ByteScanning.firstIndex(of: UInt8(ascii: "\\"), in: t, from..<range.upperBound) {
            var i = backslash
            var beyondASCII = false
            while i < range.upperBound {
                if t[i] == UInt8(ascii: "\\") {
                    guard let unit = unit(t, at: i, end: range.upperBound) else { break }
                    beyondASCII = beyondASCII || unit >= 0x80
                    i += 6
                } else if isAlphanumeric(t[i]) {
                    i += 1
                } else {
                    break
                }
            }
            if beyondASCII { return backslash..<i }
            from = max(i, backslash + 1)
        }
        return nil
    }

    /// Decodes `t[run]` into `decoded`, after the plain context before it on its line;
    /// `textStart` is the decoded-text offset of `t[0]`. Returns where the run starts in
    /// `decoded` (the scan starts there).
    static func decode(_ t: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, textStart: Int, into decoded: DecodedText) -> Int {
        let scanStart = decoded.restart(before: run.lowerBound, in: t, limit: PercentEncodedRuns.contextLength, textStart: textStart)
        var i = run.lowerBound
        while i < run.upperBound {
            if t[i] == UInt8(ascii: "\\") {
                decoded.append(escape: UnsafeBufferPointer(rebasing: t[i..<i + 6]), at: textStart + i)
                i += 6
            } else {
                decoded.append(byte: t[i], from: textStart + i, to: textStart + i + 1)
                i += 1
            }
        }
        // A high surrogate left without its low half ends the run.
        decoded.markEnd(textStart + run.upperBound)
        return scanStart
    }

    /// The UTF-16 unit of the escape `\uXXXX` at `t[i]`, when it is one whole before `end`.
    private static func unit(_ t: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
        guard i + 6 <= end, t[i + 1] == UInt8(ascii: "u") else { return nil }
        var value: UInt32 = 0
        for k in i + 2..<i + 6 {
            guard let digit = ByteScanning.hexValue(t[k]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
