/// Findings for people: each file's verdict, then its findings with location, kind and masked value,
/// then a summary and what to do.
public final class HumanReporter: Reporter {
    private let out: OutputBuffer
    private let errors: OutputBuffer
    private let messages: Messages
    private var ranking = ExposureRanking()
    private let showValues: Bool
    private let verbose: Bool
    private var pendingLines: [String] = []

    public init(out: OutputBuffer, errors: OutputBuffer, messages: Messages, showValues: Bool, verbose: Bool) {
        self.out = out
        self.errors = errors
        self.messages = messages
        self.showValues = showValues
        self.verbose = verbose
    }

    public func finding(_ finding: Finding, path: String) {
        // A file's findings arrive before its verdict, which heads the block.
        pendingLines.append("  " + Self.line(finding, messages, showValues: showValues))
    }

    /// A finding for people: location, kind, confidence, the value masked (or the kinds a
    /// record joins) and tags.
    static func line(_ finding: Finding, _ messages: Messages, showValues: Bool) -> String {
        var line = "\(messages.location(showValues ? finding.location : Masker.location(of: finding)))  \(messages.kindName(finding.kind))"
        line += " (\(messages.confidence(finding.confidence)))  "
        if finding.kind == .record {
            line += finding.joins.map(messages.kindName).joined(separator: " + ")
        } else {
            line += showValues ? oneLine(finding.value) : Masker.mask(finding.value, kind: finding.kind)
            // A spreadsheet's date serial shown with the date it stands for.
            if showValues, finding.kind == .birthDate, let date = Masker.excelSerialDate(finding.value) {
                line += " (\(date))"
            }
        }
        if finding.organisational { line += "  [\(messages.organisationalTag)]" }
        if finding.location.hidden { line += "  [\(messages.hiddenTag)]" }
        return line
    }

    /// A value as one line of the report: a line break or tab inside it (an address cell of two
    /// paragraphs) is shown as a space.
    static func oneLine(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    public func fileFinished(_ outcome: FileOutcome) {
        ranking.note(outcome, line: messages.fileLine(outcome))
        defer { pendingLines.removeAll(keepingCapacity: true) }
        if let message = outcome.tally.error {
            errors.write(messages.error(path: outcome.displayPath, message: message) + "\n")
        }
        switch outcome.decision.verdict {
        case .unscanned:
            break
        case .pass:
            if outcome.tally.skippedAsBinary, verbose {
                errors.write(messages.skipped(path: outcome.displayPath, reason: "binary") + "\n")
            }
        case .block, .warn:
            out.write("\(outcome.displayPath): \(messages.verdict(outcome.decision.verdict))\n")
            for line in pendingLines { out.write(line + "\n") }
            if let since = outcome.unchangedSince {
                out.write("  " + messages.unchanged(since: since, counts: outcome.decision.counts, path: outcome.displayPath) + "\n")
            }
        }
    }

    public func skipped(_ displayPath: String, reason: String) {
        if verbose { errors.write(messages.skipped(path: displayPath, reason: reason) + "\n") }
    }

    public func finished(_ summary: ScanSummary) {
        out.write(ranking.text(summary, messages))
        out.write(messages.changesText(summary.changes))
        out.write("\n" + messages.summary(summary) + "\n")
        out.write(messages.conclusion(summary.exitStatus) + "\n")
        out.flush()
        errors.flush()
    }
}
