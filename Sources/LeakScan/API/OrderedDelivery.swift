import Foundation

/// Hands results to the reporter in walk order while files are scanned out of order on several
/// threads. A file's findings are buffered until its turn; a file with very many findings waits
/// for its turn and then streams, so memory stays bounded whatever a file holds.
final class OrderedDelivery: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private enum Result {
        /// `stamp`: the file was read now, with that stamp, for the state.
        case file(FileOutcome, [Finding], stamp: FileStamp?)
        case skipped(displayPath: String, reason: String)
        /// Nothing to report (a folder whose name holds nothing).
        case omitted
    }

    private var completed: [Int: Result] = [:]
    private let reporter: Reporter
    private let policy: Policy
    /// Where an incremental scan keeps what each file held.
    private let state: ScanState?
    /// Walk events handed out but not yet reported: bounds the work in flight.
    private let slots: DispatchSemaphore
    private(set) var summary = ScanSummary()
    /// Paths that could not be read in this scan (folders among them), for the state.
    private var unreadable: [String] = []

    init(reporter: Reporter, policy: Policy, inFlight: Int, state: ScanState? = nil) {
        self.reporter = reporter
        self.policy = policy
        self.state = state
        slots = DispatchSemaphore(value: inFlight)
        if let since = state?.lastRunEnded { summary.changes = ScanChanges(since: since) }
    }

    /// Called by the walker before it hands out event number `seq`.
    func reserveSlot() { slots.wait() }

    /// Blocks until `seq` is the next file to report; from then on its findings may be streamed.
    func waitForTurn(_ seq: Int) {
        condition.lock()
        while next != seq { condition.wait() }
        condition.unlock()
    }

    /// Prints a finding of the file whose turn it is.
    func stream(_ finding: Finding, path: String) {
        condition.lock()
        reporter.finding(finding, path: path)
        condition.unlock()
    }

    /// `stamp`: the file's before it was read, when the scan keeps a state.
    func complete(_ seq: Int, outcome: FileOutcome, findings: [Finding], stamp: FileStamp? = nil) {
        deliver(seq, .file(outcome, findings, stamp: stamp))
    }

    /// A path left out on purpose still takes its place in the order, so notes come out in walk order.
    func skip(_ seq: Int, displayPath: String, reason: String) {
        deliver(seq, .skipped(displayPath: displayPath, reason: reason))
    }

    /// A walk event with nothing to report still takes its place in the order.
    func omit(_ seq: Int) {
        deliver(seq, .omitted)
    }

    /// Tells the state what a file held, and notes what changed since the state's last scan.
    private func remember(_ outcome: FileOutcome, stamp: FileStamp?, in state: ScanState) {
        if outcome.unchangedSince != nil {
            state.keep(outcome.displayPath)
        } else if stamp != nil || outcome.tally.error != nil {
            let previously = state.record(outcome.displayPath, stamp: stamp, tally: outcome.tally)
            summary.changes?.note(outcome, previously: previously)
            if outcome.tally.error != nil { unreadable.append(outcome.displayPath) }
        }
    }

    /// After the walk: the state forgets its files not seen under `roots`, but for those below
    /// a folder that could not be read; those that held personal data are changes: unreadable,
    /// left out when the path is still there (ignored, too large, no longer a regular file), or
    /// gone.
    func forgetUnseen(under roots: [String]) {
        condition.lock()
        defer { condition.unlock() }
        state?.forgetUnseen(under: roots, unreadable: unreadable) { path, counts, isUnreadable in
            var status = stat()
            let change: ScanChanges.Change = isUnreadable ? .unreadable : lstat(path, &status) == 0 ? .leftOut : .gone
            summary.changes?.note(path, change, counts: counts)
        }
    }

    private func deliver(_ seq: Int, _ result: Result) {
        condition.lock()
        completed[seq] = result
        while let ready = completed.removeValue(forKey: next) {
            switch ready {
            case .file(let outcome, let findings, let stamp):
                for finding in findings { reporter.finding(finding, path: outcome.displayPath) }
                reporter.fileFinished(outcome)
                summary.add(outcome, policy: policy)
                if let state { remember(outcome, stamp: stamp, in: state) }
            case .skipped(let displayPath, let reason):
                reporter.skipped(displayPath, reason: reason)
                if reason == SkipReason.ignored.rawValue { summary.pathsIgnored += 1 }
            case .omitted:
                break
            }
            next += 1
            slots.signal()
        }
        condition.broadcast()
        condition.unlock()
    }
}
