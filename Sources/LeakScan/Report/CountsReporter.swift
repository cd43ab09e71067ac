/// One JSON object per file with counts by kind and no values or locations: for very large scans
/// and for comparing the engine's speed with other tools without printing millions of lines.
public final class CountsReporter: Reporter {
    private let out: OutputBuffer
    private let policy: Policy

    public init(out: OutputBuffer, policy: Policy) {
        self.out = out
        self.policy = policy
    }

    public func finding(_ finding: Finding, path: String) {}

    public func fileFinished(_ outcome: FileOutcome) {
        let path = JSONText.quoted(outcome.displayPath)
        let counts = outcome.tally.reported(under: policy)
        // A file that failed part-way still reports what was found before the error, and a binary
        // file what its name holds (a photo named by an ID number).
        if !counts.isEmpty || !outcome.tally.skippedAsBinary && outcome.tally.error == nil {
            let unchanged = outcome.unchangedSince != nil ? ",\"unchanged\":true" : ""
            out.write("{\"type\":\"counts\",\"path\":\(path),\"counts\":\(JSONText.counts(counts))\(unchanged)}\n")
        }
        if let message = outcome.tally.error {
            out.write("{\"type\":\"error\",\"path\":\(path),\"message\":\(JSONText.quoted(message))}\n")
        }
    }

    public func skipped(_ displayPath: String, reason: String) {}

    public func finished(_ summary: ScanSummary) { out.flush() }
}
