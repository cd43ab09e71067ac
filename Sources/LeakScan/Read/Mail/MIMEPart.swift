/// One part of a MIME message (RFC 2045/2046): its headers, and its body's range in the
/// message's bytes. A multipart's parts are found between its boundary lines.
struct MIMEPart {
    /// Header fields, names lower-cased, folded lines joined.
    let headers: [(name: String, value: String)]
    let body: Range<Int>

    /// Parses the part in `b[range]`: headers up to the first empty line, then the body.
    init(_ b: [UInt8], _ range: Range<Int>) {
        var headers: [(name: String, value: String)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let lineEnd = Self.lineEnd(b, from: i, end: range.upperBound)
            let line = Self.trimmingCR(b, i..<lineEnd)
            i = min(lineEnd + 1, range.upperBound)
            if line.isEmpty { break }
            if b[line.lowerBound] == 0x20 || b[line.lowerBound] == 0x09, !headers.isEmpty {
                headers[headers.count - 1].value += " " + String(decoding: b[line], as: UTF8.self).trimmingBlanks
            } else if let colon = b[line].firstIndex(of: UInt8(ascii: ":")) {
                headers.append((String(decoding: b[line.lowerBound..<colon], as: UTF8.self).lowercased(),
                                String(decoding: b[(colon + 1)..<line.upperBound], as: UTF8.self).trimmingBlanks))
            }
            if headers.count >= Self.maximumHeaders { break }
        }
        self.headers = headers
        body = i..<range.upperBound
    }

    static let maximumHeaders = 500

    func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    /// `type/subtype` of Content-Type, lower-cased (`text/plain` when there is none).
    var contentType: String {
        header("content-type").map { String($0.prefix { $0 != ";" }).trimmingBlanks.lowercased() } ?? "text/plain"
    }

    /// A parameter of a header (`charset` of Content-Type, `filename` of Content-Disposition),
    /// RFC 2231's extended form (`filename*=`) and RFC 2047's encoded words decoded.
    func parameter(_ name: String, of header: String) -> String? {
        guard let value = self.header(header) else { return nil }
        var continued: [(Int, String, Bool)] = []
        for item in value.split(separator: ";").dropFirst() {
            guard let eq = item.firstIndex(of: "=") else { continue }
            let key = item[..<eq].trimmingBlanks.lowercased()
            var v = item[item.index(after: eq)...].trimmingBlanks
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            if key == name { return MIMEDecoding.headerText(v) }
            if key == name + "*" { return MIMEDecoding.extendedParameter(v) }
            // name*0*=, name*1= …: a long parameter in pieces.
            if key.hasPrefix(name + "*") {
                let index = key.dropFirst(name.count + 1).prefix { $0.isNumber }
                if let n = Int(index) { continued.append((n, v, key.hasSuffix("*"))) }
            }
        }
        guard !continued.isEmpty else { return nil }
        continued.sort { $0.0 < $1.0 }
        let joined = continued.map(\.1).joined()
        return continued[0].2 ? MIMEDecoding.extendedParameter(joined) : joined
    }

    /// The name the part goes by: its file name, else its Content-Type's `name`.
    var fileName: String? {
        (parameter("filename", of: "content-disposition") ?? parameter("name", of: "content-type")).flatMap {
            let base = $0.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? $0
            return base.isEmpty ? nil : base
        }
    }

    /// The body with its transfer encoding (base64, quoted-printable) undone.
    func decodedBody(_ b: [UInt8]) -> [UInt8] {
        switch header("content-transfer-encoding")?.lowercased() {
        case "base64": return MIMEDecoding.base64(b[body])
        case "quoted-printable": return MIMEDecoding.quotedPrintable(b[body])
        default: return Array(b[body])
        }
    }

    /// The parts of a multipart body, between its `--boundary` lines.
    func parts(_ b: [UInt8], boundary: String) -> [Range<Int>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [Range<Int>] = []
        var partStart: Int?
        var i = body.lowerBound
        while i < body.upperBound {
            let lineEnd = Self.lineEnd(b, from: i, end: body.upperBound)
            if lineEnd - i >= delimiter.count, b[i..<(i + delimiter.count)].elementsEqual(delimiter) {
                if let start = partStart {
                    // The line break before the delimiter belongs to it.
                    var end = i
                    if end > start, b[end - 1] == 0x0A { end -= 1 }
                    if end > start, b[end - 1] == 0x0D { end -= 1 }
                    parts.append(start..<end)
                }
                let isClose = lineEnd - i >= delimiter.count + 2 && b[i + delimiter.count] == UInt8(ascii: "-")
                    && b[i + delimiter.count + 1] == UInt8(ascii: "-")
                if isClose { return parts }
                partStart = min(lineEnd + 1, body.upperBound)
            }
            i = lineEnd + 1
        }
        if let start = partStart, start < body.upperBound { parts.append(start..<body.upperBound) }
        return parts
    }

    private static func lineEnd(_ b: [UInt8], from: Int, end: Int) -> Int {
        b.withUnsafeBufferPointer { ByteScanning.firstIndex(of: 0x0A, in: $0, from..<end) } ?? end
    }

    private static func trimmingCR(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        r.upperBound > r.lowerBound && b[r.upperBound - 1] == 0x0D ? r.lowerBound..<(r.upperBound - 1) : r
    }
}

extension StringProtocol {
    /// The text without the blanks (and a carriage return) at its ends.
    var trimmingBlanks: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
