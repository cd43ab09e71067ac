/// The files that hold personal data, one line each with what they hold by kind, and no value
/// or location: an administrator's list of what to act on after a scan of a shared drive
/// (`scan --format files`, as ripgrep's `--files-with-matches`).
public final class FilesReporter: Reporter {
    private let out: OutputBuffer
    private let errors: OutputBuffer
    private let messages: Messages
    private var ranking = ExposureRanking()

    public init(out: OutputBuffer, errors: OutputBuffer, messages: Messages) {
        self.out = out
        self.errors = errors
        self.messages = messages
    }

    public func finding(_ finding: Finding, path: String) {}

    public func fileFinished(_ outcome: FileOutcome) {
        ranking.note(outcome, line: messages.fileLine(outcome))
        if let message = outcome.tally.error {
            errors.write(messages.error(path: outcome.displayPath, message: message) + "\n")
        }
        switch outcome.decision.verdict {
        case .block, .warn: out.write(messages.fileLine(outcome) + "\n")
        case .pass, .unscanned: break
        }
    }

    public func skipped(_ displayPath: String, reason: String) {}

    public func finished(_ summary: ScanSummary) {
        out.write(ranking.text(summary, messages))
        out.write(messages.changesText(summary.changes))
        out.write("\n" + messages.summary(summary) + "\n")
        out.write(messages.conclusion(summary.exitStatus) + "\n")
        out.flush()
        errors.flush()
    }
}
