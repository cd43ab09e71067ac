/// Prints a scan. Reporters only print: what to show and the verdicts come from the policy.
/// Calls arrive on one thread at a time, files in walk order, a file's findings before its outcome.
public protocol Reporter: AnyObject {
    func finding(_ finding: Finding, path: String)
    func fileFinished(_ outcome: FileOutcome)
    /// A path left out on purpose (binary, ignored, VCS folder, link): shown in verbose mode only.
    func skipped(_ displayPath: String, reason: String)
    func finished(_ summary: ScanSummary)
}
