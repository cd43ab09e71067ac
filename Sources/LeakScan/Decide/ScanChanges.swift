/// What changed since the last scan kept in the same state (`scan --state`), for the nightly
/// report an administrator acts on: the files that came to hold personal data, those that hold
/// more of it than when last read (a roster grown by a class), those that no longer do, those
/// gone (deleted or moved) that held it, those still there but left out now (by
/// `.leakscanignore` or `--max-filesize`, or no longer a regular file: not thereby dealt with),
/// and those that could not be read now though they held it when last read (a leaking file
/// made unreadable is not thereby safe). Of each change the first `shown` files, in the
/// report's order, are kept with how many there were in all, so memory stays bounded on any
/// share.
public struct ScanChanges: Sendable, Equatable {
    public enum Change: String, Sendable, CaseIterable {
        case appeared, grew, cleared, gone, leftOut = "left_out", unreadable
    }

    public struct ChangedFile: Sendable, Equatable {
        public let path: String
        public let change: Change
        /// Its personal data by kind: now for `appeared` and `grew`, when last read for the others.
        public let counts: [Kind: Int]
    }

    /// When the last scan ended (seconds since 1970).
    public let since: Int64
    public private(set) var files: [ChangedFile] = []
    public private(set) var totals: [Change: Int] = [:]
    public static let shown = 20

    public init(since: Int64) {
        self.since = since
    }

    /// Notes a file read in this scan, given the personal data it held when last read (nil: no
    /// earlier scan knew it).
    mutating func note(_ outcome: FileOutcome, previously: [Kind: Int]?) {
        let before = previously ?? [:]
        let held = !before.isEmpty
        switch outcome.decision.verdict {
        case .block where !held:
            note(outcome.displayPath, .appeared, counts: outcome.tally.personal)
        case .block where outcome.tally.personal.values.reduce(0, +) > before.values.reduce(0, +):
            note(outcome.displayPath, .grew, counts: outcome.tally.personal)
        case .pass where held, .warn where held:
            note(outcome.displayPath, .cleared, counts: before)
        case .unscanned where held:
            note(outcome.displayPath, .unreadable, counts: before)
        default:
            break
        }
    }

    mutating func note(_ path: String, _ change: Change, counts: [Kind: Int]) {
        let total = totals[change, default: 0] + 1
        totals[change] = total
        if total <= Self.shown { files.append(ChangedFile(path: path, change: change, counts: counts)) }
    }

    public var isEmpty: Bool { totals.isEmpty }
}
