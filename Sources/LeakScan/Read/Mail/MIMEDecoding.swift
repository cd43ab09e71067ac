/// The transfer encodings of MIME bodies (RFC 2045) and the encoded words of its headers
/// (RFC 2047: `=?GB2312?B?1cXI/Q==?=`, how Chinese mail clients write a subject or a file name)
/// and parameters (RFC 2231: `filename*=utf-8''%E5%90%8D%E5%8D%95.xlsx`, Python's and
/// Thunderbird's form).
enum MIMEDecoding {
    /// Base64, ignoring line breaks and anything else outside its alphabet.
    static func base64(_ b: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 4 * 3)
        var quantum: UInt32 = 0
        var count = 0
        for c in b {
            guard let v = base64Value(c) else { continue }
            quantum = quantum << 6 | UInt32(v)
            count += 1
            if count == 4 {
                out.append(UInt8(quantum >> 16 & 0xFF))
                out.append(UInt8(quantum >> 8 & 0xFF))
                out.append(UInt8(quantum & 0xFF))
                quantum = 0
                count = 0
            }
        }
        if count == 3 {
            out.append(UInt8(quantum >> 10 & 0xFF))
            out.append(UInt8(quantum >> 2 & 0xFF))
        } else if count == 2 {
            out.append(UInt8(quantum >> 4 & 0xFF))
        }
        return out
    }

    /// Quoted-printable: `=XX` a byte, `=` at a line's end a soft break. In an encoded word
    /// (`inWord`), `_` is a space.
    static func quotedPrintable(_ b: ArraySlice<UInt8>, inWord: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c == UInt8(ascii: "="), i + 2 < b.endIndex, let hi = ByteScanning.hexValue(b[i + 1]), let lo = ByteScanning.hexValue(b[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else if c == UInt8(ascii: "=") {
                // A soft line break (`=` before CRLF or LF), or a stray `=`.
                var j = i + 1
                if j < b.endIndex, b[j] == 0x0D { j += 1 }
                if j < b.endIndex, b[j] == 0x0A {
                    i = j + 1
                } else {
                    out.append(c)
                    i += 1
                }
            } else {
                out.append(inWord && c == UInt8(ascii: "_") ? 0x20 : c)
                i += 1
            }
        }
        return out
    }

    /// A header value with its encoded words decoded into UTF-8 (blanks between two encoded
    /// words dropped, as RFC 2047 says).
    static func headerText(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var out = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let between = rest[..<start.lowerBound]
            guard let word = encodedWord(rest[start.lowerBound...]) else {
                out += between + "=?"
                rest = rest[start.upperBound...]
                lastWasEncoded = false
                continue
            }
            if !(lastWasEncoded && between.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })) {
                out += between
            }
            out += word.text
            rest = rest[word.end...]
            lastWasEncoded = true
        }
        return out + rest
    }

    /// `=?charset?B|Q?text?=` at the start of `s`: its text and where it ends.
    private static func encodedWord(_ s: Substring) -> (text: String, end: Substring.Index)? {
        let parts = s.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].hasPrefix("="), parts[0].count < 40, parts[1].count == 1 else { return nil }
        let data = Array(parts[2].utf8)[...]
        let bytes = parts[1].uppercased() == "B" ? base64(data) : quotedPrintable(data, inWord: true)
        return (String(decoding: IconvConverter.utf8(bytes, charset: String(parts[0])), as: UTF8.self),
                parts[3].index(after: parts[3].startIndex))
    }

    /// RFC 2231 `charset'language'%XX…` (a parameter named with a `*`).
    static func extendedParameter(_ value: String) -> String {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return value }
        var bytes: [UInt8] = []
        let raw = Array(parts[2].utf8)
        var i = 0
        while i < raw.count {
            if raw[i] == UInt8(ascii: "%"), i + 2 < raw.count, let hi = ByteScanning.hexValue(raw[i + 1]), let lo = ByteScanning.hexValue(raw[i + 2]) {
                bytes.append(hi << 4 | lo)
                i += 3
            } else {
                bytes.append(raw[i])
                i += 1
            }
        }
        return String(decoding: IconvConverter.utf8(bytes, charset: String(parts[0])), as: UTF8.self)
    }

    /// The six bits a base64 character stands for; nil outside the alphabet (padding too).
    static func base64Value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return c - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return c - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
