/// Everything the later stages know about one walked path, once it is done.
public struct FileOutcome: Sendable {
    public var displayPath: String
    public var tally: FileTally
    public var decision: FileDecision
    /// The file was not read again: unchanged since a scan at this time (seconds since 1970),
    /// whose tally this is (`ScanState`).
    public var unchangedSince: Int64?

    public init(displayPath: String, tally: FileTally, decision: FileDecision) {
        self.displayPath = displayPath
        self.tally = tally
        self.decision = decision
    }
}

/// Totals over a whole scan, for the summary line and the exit status.
public struct ScanSummary: Sendable, Equatable {
    public var filesScanned = 0
    public var filesBlocked = 0
    public var filesUnscanned = 0
    /// Files not read again, their tallies carried over from an earlier scan (in `filesScanned`).
    public var filesUnchanged = 0
    /// Files and folders an ignore file left out, not read: the summary says how many, since
    /// anyone who may write in a folder may write one there (`*` hides it all).
    public var pathsIgnored = 0
    /// Binary files and members (an archive's, attachments) of no kind a reader knows, passed
    /// over (a database or a program's data file may hold a roster): the summary says how many,
    /// `-v` names the files.
    public var unknownBinaryFiles = 0
    public var counts: [Kind: Int] = [:]
    /// What changed since the last scan, in an incremental scan whose state has one.
    public var changes: ScanChanges?

    public init() {}

    public mutating func add(_ outcome: FileOutcome, policy: Policy) {
        switch outcome.decision.verdict {
        case .unscanned: filesUnscanned += 1; return
        case .block: filesBlocked += 1
        case .warn, .pass: break
        }
        // A binary file is not scanned, unless its name held personal data (then it counts as
        // a file scanned with findings, as its name was).
        if outcome.tally.skippedAsBinary, outcome.decision.verdict != .block {
            if outcome.tally.isUnknownBinary { unknownBinaryFiles += 1 }
            return
        }
        filesScanned += 1
        unknownBinaryFiles += outcome.tally.unknownBinaryMembers
        if outcome.unchangedSince != nil { filesUnchanged += 1 }
        counts.merge(outcome.tally.reported(under: policy), uniquingKeysWith: +)
    }

    public var exitStatus: ExitStatus { .of(blocked: filesBlocked, unscanned: filesUnscanned) }
}
