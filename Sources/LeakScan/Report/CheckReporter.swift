/// The pre-upload check: for each file, one screen that says whether it may be sent and, if
/// not, why — what it holds, by kind, and its first findings as examples (masked). A file of a
/// million rows still takes a dozen lines: the full list is `leakscan scan`'s.
public final class CheckReporter: Reporter {
    private let out: OutputBuffer
    private let errors: OutputBuffer
    private let messages: Messages
    private let examples: Int
    private var shown: [String] = []
    private var notShown = 0

    public init(out: OutputBuffer, errors: OutputBuffer, messages: Messages, examples: Int = 5) {
        self.out = out
        self.errors = errors
        self.messages = messages
        self.examples = examples
    }

    public func finding(_ finding: Finding, path: String) {
        // Records repeat the values of their row, which the counts already say.
        guard finding.kind != .record else { return }
        if shown.count < examples {
            shown.append("    " + HumanReporter.line(finding, messages, showValues: false))
        } else {
            notShown += 1
        }
    }

    public func fileFinished(_ outcome: FileOutcome) {
        defer {
            shown.removeAll(keepingCapacity: true)
            notShown = 0
        }
        let path = outcome.displayPath
        out.write(messages.checkVerdict(outcome.decision.verdict, path: path) + "\n")
        var held: [(Kind, Int)] = []
        for reason in outcome.decision.reasons {
            switch reason {
            case .error(let message): out.write("  " + messages.error(path: path, message: message) + "\n")
            case .binary: out.write("  " + messages.checkBinary + "\n")
            case .personalData(let kind, let count), .organisationalContact(let kind, let count): held.append((kind, count))
            }
        }
        guard !held.isEmpty else { return }
        out.write("  " + messages.checkHolds(held) + "\n")
        if !shown.isEmpty { out.write("  " + messages.checkExamples + "\n") }
        for line in shown { out.write(line + "\n") }
        if notShown > 0 { out.write("  " + messages.checkMore(notShown, path: path) + "\n") }
    }

    public func skipped(_ displayPath: String, reason: String) {
        errors.write(messages.skipped(path: displayPath, reason: reason) + "\n")
    }

    public func finished(_ summary: ScanSummary) {
        out.write(messages.conclusion(summary.exitStatus) + "\n")
        out.flush()
        errors.flush()
    }
}
