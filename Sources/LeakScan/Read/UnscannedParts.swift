/// The parts of a container (archive members, embedded objects) that could not be scanned while
/// the others were: each is named, with its error, in one error thrown after the rest, so that
/// the container is never called clean.
struct UnscannedParts {
    private var parts: [String] = []

    /// Runs `body` for the part `name`; an error it throws is kept, not thrown.
    mutating func attempt(_ name: String, _ body: () throws -> Void) rethrows {
        do {
            try body()
        } catch let error as ScanError {
            parts.append("\(name) (\(error))")
        }
    }

    /// Throws the error naming every part kept, `called` saying what they are.
    func check(called: String) throws {
        guard !parts.isEmpty else { return }
        throw ScanError(.other("\(called) not scanned: " + parts.joined(separator: "; ")))
    }
}
