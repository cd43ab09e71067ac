/// A data file from `patterns/`, compiled into the binary (see scripts/embed_patterns.py).
///
/// Format: UTF-8 text, one record a line, fields separated by tabs; `#` starts a comment line
/// (each file opens with comments naming its source); blank lines are ignored.
public struct PatternFile: Sendable {
    public let name: String
    public let rows: [[Substring]]

    public init(name: String, text: String) {
        self.name = name
        // Split on UTF-8 bytes: splitting on Characters costs tens of milliseconds at start-up
        // for the region table, which every run pays.
        rows = text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            if content.isEmpty || content.first == UInt8(ascii: "#") { return nil }
            return content.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { Substring($0) }
        }
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
