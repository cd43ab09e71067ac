/// What a check is for.
public enum CheckPurpose: Sendable {
    /// Files a person is about to send (`leakscan check`): each gets its verdict.
    case upload
    /// Files staged for a commit (`leakscan staged`, the pre-commit hook): only those that stop
    /// the commit are listed, so that a commit of a hundred clean files takes one line.
    case commit
}

/// The pre-upload check: for each file, one screen that says whether it may be sent and, if
/// not, why — what it holds, by kind, and its first findings as examples (masked). A file of a
/// million rows still takes a dozen lines: the full list is `leakscan scan`'s.
public final class CheckReporter: Reporter {
    private let out: OutputBuffer
    private let errors: OutputBuffer
    private let messages: Messages
    private let purpose: CheckPurpose
    /// The paths the user named, whose verdict is always shown; nil: every file's is.
    private let namedFiles: Set<String>?
    private let examples: Int
    private var shown: [String] = []
    private var notShown = 0
    /// Files found in folders that may be sent, counted instead of listed.
    private var quietPasses = 0
    /// Every finding of the current file so far lies in its name.
    private var allInName = true

    /// `namedFiles`: for an upload, the files found in a folder named (not named themselves) get
    /// a line only when they may not be sent; the others are counted in one line at the end, so
    /// that a folder of five hundred clean files still takes one screen. They are given as walked
    /// (`RawFileNames.argument`) and compared as shown.
    public init(out: OutputBuffer, errors: OutputBuffer, messages: Messages, purpose: CheckPurpose = .upload,
                namedFiles: Set<String>? = nil, examples: Int = 5) {
        self.out = out
        self.errors = errors
        self.messages = messages
        self.purpose = purpose
        self.namedFiles = namedFiles.map { Set($0.map(RawFileNames.shown)) }
        self.examples = examples
    }

    public func finding(_ finding: Finding, path: String) {
        if finding.location.inName == nil { allInName = false }
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
            allInName = true
        }
        let path = outcome.displayPath
        let verdict = outcome.decision.verdict
        if verdict == .pass || verdict == .warn, purpose == .commit || !(namedFiles?.contains(path) ?? true) {
            if purpose == .upload { quietPasses += 1 }
            return
        }
        out.write(messages.checkVerdict(verdict, path: path, purpose: purpose) + "\n")
        for reason in outcome.decision.reasons {
            switch reason {
            case .error(let message): out.write("  " + messages.error(path: path, message: message) + "\n")
            case .binary: out.write("  " + messages.checkBinary + "\n")
            case .personalData, .organisationalContact: break
            }
        }
        let held = outcome.decision.counts
        guard !held.isEmpty else { return }
        out.write("  " + messages.checkHolds(held) + "\n")
        if allInName, outcome.unchangedSince == nil { out.write("  " + messages.checkInNameOnly(folder: path.hasSuffix("/")) + "\n") }
        if !shown.isEmpty { out.write("  " + messages.checkExamples + "\n") }
        for line in shown { out.write(line + "\n") }
        if notShown > 0 { out.write("  " + messages.checkMore(notShown, path: path, purpose: purpose) + "\n") }
    }

    public func skipped(_ displayPath: String, reason: String) {
        // A commit's links and ignored files are the repository's business, not news at each commit.
        guard purpose == .upload else { return }
        errors.write(messages.skipped(path: displayPath, reason: reason) + "\n")
    }

    public func finished(_ summary: ScanSummary) {
        let status = summary.exitStatus
        if quietPasses > 0 { out.write(messages.checkQuietPasses(quietPasses) + "\n") }
        if summary.pathsIgnored > 0 { out.write(messages.checkIgnored(summary.pathsIgnored) + "\n") }
        out.write((purpose == .commit ? messages.commitConclusion(status) : messages.conclusion(status)) + "\n")
        out.flush()
        errors.flush()
    }
}
