/// A data file from `patterns/`, compiled into the binary (see scripts/embed_patterns.py).
///
/// Format: UTF-8 text, one record a line, fields separated by tabs; `#` starts a comment line
/// (each file opens with comments naming its source); blank lines are ignored.
public struct PatternFile: Sendable {
    public let name: String
    public let rows: [[Substring]]

    public init(name: String, text: String) {
        self.name = name
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous
        // One pass over the bytes, fields cut by offset: every run parses some 28,000 lines at
        // start-up, and the generic split over the UTF-8 view cost about 4,000 instructions a line.
        let utf8 = text.utf8
        func field(_ start: Int, _ end: Int) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        guard let rows = utf8.withContiguousStorageIfAvailable({ bytes -> [[Substring]] in
            var rows: [[Substring]] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                if contentEnd > lineStart && bytes[lineStart] != UInt8(ascii: "#") {
                    var fields: [Substring] = []
                    var fieldStart = lineStart
                    for index in lineStart..<contentEnd where bytes[index] == UInt8(ascii: "\t") {
                        fields.append(field(fieldStart, index))
                        fieldStart = index + 1
                    }
                    fields.append(field(fieldStart, contentEnd))
                    rows.append(fields)
                }
                lineStart = lineEnd + 1
            }
            return rows
        }) else { preconditionFailure("a contiguous string without contiguous storage") }
        self.rows = rows
    }

    /// Rows made by code (a file with rows added: `withTraditionalSpellings`).
    init(name: String, rows: [[Substring]]) {
        self.name = name
        self.rows = rows
    }

    /// The embedded copy of `patterns/<name>`.
    public static func embedded(_ name: String) -> PatternFile {
        guard let text = EmbeddedPatterns.files[name] else {
            preconditionFailure("patterns/\(name) is not embedded: run scripts/embed_patterns.py")
        }
        return PatternFile(name: name, text: text)
    }
}

extension PatternFile {
    /// patterns/cn_regions.txt, parsed once: the region codes and the division names both read it.
    static let regionTable = PatternFile.embedded("cn_regions.txt")
}
