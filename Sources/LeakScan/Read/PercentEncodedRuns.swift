/// Runs of percent-encoded UTF-8 in running text: the query strings of web server and
/// application logs (`GET /signup?xm=%E5%BC%A0%E4%B8%89&jtzz=%E6%B2%B3%E5%8D%97…`), where a name
/// or an address is written as `%XX` escapes. Each run is decoded into `DecodedText`, every
/// byte keeping the offset of its escape, with the plain text of its line before it as context
/// (the key `xm=` names the value, as in a log line written plainly).
enum PercentEncodedRuns {
    /// Escapes of non-ASCII bytes a run needs at least: three, one Chinese character.
    static let minimumEncodedBytes = 3
    /// Context kept before a run, at most (bytes of its line).
    static let contextLength = 64

    /// The next run in `t[range]`: from its first `%XX` escape of a byte above 0x7F, over escapes,
    /// letters, digits and `-._~+` (a query value's alphabet); nil when there is none.
    static func next(in t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var from = range.lowerBound
        while let percent = ByteScanning.firstIndex(of: UInt8(ascii: "%"), in: t, from..<range.upperBound) {
            var i = percent
            var encoded = 0
            while i < range.upperBound {
                if t[i] == UInt8(ascii: "%"), i + 2 < range.upperBound, let byte = escape(t, i) {
                    if byte >= 0x80 { encoded += 1 }
                    i += 3
                } else if isQueryByte(t[i]) {
                    i += 1
                } else {
                    break
                }
            }
            if encoded >= minimumEncodedBytes { return percent..<i }
            from = max(i, percent + 1)
        }
        return nil
    }

    /// Decodes `t[run]` into `decoded`, after the plain context before it on its line;
    /// `textStart` is the decoded-text offset of `t[0]`. Returns where the run starts in
    /// `decoded` (the scan starts there).
    static func decode(_ t: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, textStart: Int, into decoded: DecodedText) -> Int {
        let scanStart = decoded.restart(before: run.lowerBound, in: t, limit: contextLength, textStart: textStart)
        var i = run.lowerBound
        while i < run.upperBound {
            if t[i] == UInt8(ascii: "%"), i + 3 <= run.upperBound, let byte = escape(t, i) {
                decoded.append(byte: byte, from: textStart + i, to: textStart + i + 3)
                i += 3
            } else {
                decoded.append(byte: t[i] == UInt8(ascii: "+") ? 0x20 : t[i], from: textStart + i, to: textStart + i + 1)
                i += 1
            }
        }
        return scanStart
    }

    /// The byte a `%XX` escape at `t[i]` stands for; nil when none stands there.
    static func escape(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8? {
        guard i + 2 < t.count, let hi = ByteScanning.hexValue(t[i + 1]), let lo = ByteScanning.hexValue(t[i + 2]) else { return nil }
        return hi << 4 | lo
    }

    @inline(__always)
    private static func isQueryByte(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "~") || b == UInt8(ascii: "+")
    }
}
