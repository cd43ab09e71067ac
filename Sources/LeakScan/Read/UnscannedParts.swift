/// The parts of a container (archive members, attachments, message parts, embedded objects)
/// that could not be scanned while the others were: each is named, with why, in one error thrown
/// after the rest, so that the container is never called clean.
struct UnscannedParts {
    private var parts: [String] = []

    /// Runs `body` for the part `name`; an error it throws is kept with the name, not thrown.
    mutating func attempt(_ name: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch {
            note("\(name) (\(error))")
        }
    }

    /// Keeps `part`, already worded (`花名册.csv (encrypted)`, `parts past the first 1000`).
    mutating func note(_ part: String) {
        parts.append(part)
    }

    /// `called not scanned: …` naming every part kept, `called` saying what they are; nil when
    /// none is.
    func summary(called: String) -> String? {
        parts.isEmpty ? nil : "\(called) not scanned: " + parts.joined(separator: "; ")
    }

    /// Throws the summary as the container's error, when a part was kept.
    func check(called: String) throws {
        if let summary = summary(called: called) { throw ScanError(.other(summary)) }
    }
}
