/// A data file from `patterns/`, compiled into the binary (see scripts/embed_patterns.py).
///
/// Format: UTF-8 text, one record a line, fields separated by tabs; `#` starts a comment line
/// (each file opens with comments naming its source); blank lines are ignored.
public struct PatternFile: Sendable {
    public let name: String
    public let rows: [[Substring]]

    public init(name: String, text: String) {
        self.name = name
        // "\r\n" is one Character, a newline like "\n".
        rows = text.split(whereSeparator: \.isNewline).compactMap { line in
            if line.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    /// The embedded copy of `patterns/<name>`.
    public static func embedded(_ name: String) -> PatternFile {
        guard let text = EmbeddedPatterns.files[name] else {
            preconditionFailure("patterns/\(name) is not embedded: run scripts/embed_patterns.py")
        }
        return PatternFile(name: name, text: text)
    }
}
