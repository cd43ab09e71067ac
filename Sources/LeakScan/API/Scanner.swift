import Foundation

/// The whole pipeline: walk → read → detect → decide → report, files scanned on several threads
/// and reported in walk order.
public final class Scanner {
    public let options: ScanOptions

    public init(options: ScanOptions) {
        self.options = options
    }

    /// Scans `roots` (files or folders) and reports to `reporter`; returns the totals.
    @discardableResult
    public func scan(_ roots: [String], reporter: Reporter) -> ScanSummary {
        let walker = Walker(options: options.walk)
        return scan(reporter: reporter) { walker.walk(roots, $0) }
    }

    /// An incremental scan of `roots`: a file unchanged since `state` last saw it is not read
    /// again, its tally carried over (`FileOutcome.unchangedSince`), the state learns what
    /// the others hold and forgets the files gone, and the summary says what changed since the
    /// state's last scan (`ScanSummary.changes`). The caller then saves it with `state.finish()`.
    @discardableResult
    public func scan(_ roots: [String], reporter: Reporter, state: ScanState) -> ScanSummary {
        let walker = Walker(options: options.walk)
        return scan(reporter: reporter, state: state, roots: roots) { walker.walk(roots, $0) }
    }

    /// Scans the files staged in a git repository, as the commit will hold them.
    @discardableResult
    public func scan(_ staged: StagedFiles, reporter: Reporter) -> ScanSummary {
        scan(reporter: reporter, blobs: staged.blobs) { staged.walk(options: options.walk, $0) }
    }

    /// The scan of what `walk` meets; `blobs` reads the staged files' content it names; `roots`
    /// are those of the walk, whose files `state` forgets when unseen.
    private func scan(reporter: Reporter, state: ScanState? = nil, roots: [String] = [], blobs: StagedBlobs? = nil,
                      walk: ((WalkEvent) -> Void) -> Void) -> ScanSummary {
        let delivery = OrderedDelivery(reporter: reporter, policy: options.policy, inFlight: options.threads * 4, state: state)
        let queue = WorkQueue<FileJob>()
        let workers = DispatchGroup()
        for _ in 0..<options.threads {
            DispatchQueue.global().async(group: workers) { [options] in
                let engine = DetectionEngine()
                while let job = queue.take() {
                    Self.scanFile(job, engine: engine, options: options, delivery: delivery)
                }
            }
        }
        var seq = 0
        walk { event in
            delivery.reserveSlot()
            switch event {
            case .file(let path, let displayPath, let size):
                if let limit = options.walk.maxFileSize, size > limit {
                    queue.put(FileJob(seq: seq, origin: .tooLarge(limit: limit), displayPath: displayPath, stamp: nil))
                    break
                }
                let stamp = state == nil ? nil : FileStamp(path: path)
                if let stamp, let known = state?.entry(for: displayPath), known.stamp == stamp {
                    var outcome = options.policy.outcome(of: displayPath, known.tally)
                    outcome.unchangedSince = known.scannedAt
                    delivery.complete(seq, outcome: outcome, findings: [])
                } else {
                    queue.put(FileJob(seq: seq, origin: .file(path: path), displayPath: displayPath, stamp: stamp))
                }
            case .folder(let displayPath):
                queue.put(FileJob(seq: seq, origin: .folderName, displayPath: displayPath, stamp: nil))
            case .blob(let object, let displayPath):
                guard let blobs else { preconditionFailure("a staged file met outside a scan of staged files") }
                queue.put(FileJob(seq: seq, origin: .blob(blobs, object: object), displayPath: displayPath, stamp: nil))
            case .skipped(let displayPath, let reason):
                delivery.skip(seq, displayPath: displayPath, reason: reason.rawValue)
            case .error(let displayPath, let message):
                var tally = FileTally()
                tally.error = message
                delivery.complete(seq, outcome: options.policy.outcome(of: displayPath, tally), findings: [])
            }
            seq += 1
        }
        queue.close()
        workers.wait()
        delivery.forgetUnseen(under: roots)
        reporter.finished(delivery.summary)
        return delivery.summary
    }

    private static func scanFile(_ job: FileJob, engine: DetectionEngine, options: ScanOptions, delivery: OrderedDelivery) {
        var sink = FileSink(wantsDetails: options.details, policy: options.policy, seq: job.seq,
                            displayPath: job.displayPath, delivery: delivery)
        // The name first: it leaks whether or not the content can be read.
        FileNameReader.scan(displayPath: job.displayPath, engine: engine, sink: &sink)
        do {
            guard let source = try job.open(maxFileSize: options.walk.maxFileSize) else {
                // A folder: reported only when its name holds what the report shows.
                let outcome = options.policy.outcome(of: job.displayPath, sink.tally)
                return outcome.decision.verdict == .pass ? delivery.omit(job.seq)
                    : delivery.complete(job.seq, outcome: outcome, findings: sink.buffered)
            }
            let summary = try SourceReader.scan(source, engine: engine, sink: &sink)
            if summary.format == .binary { sink.markBinary(knownMedia: summary.isKnownMedia) }
        } catch let error as ScanError {
            sink.fail(error.description)
        } catch {
            sink.fail(String(describing: error))
        }
        delivery.complete(job.seq, outcome: options.policy.outcome(of: job.displayPath, sink.tally),
                          findings: sink.buffered, stamp: job.stamp)
    }
}

struct FileJob: Sendable {
    /// Where a file's bytes are.
    enum Origin: Sendable {
        case file(path: String)
        /// A staged blob, read from `StagedBlobs`.
        case blob(StagedBlobs, object: String)
        /// A file over `--max-filesize`: its name is read, its content is not.
        case tooLarge(limit: Int)
        /// A folder: only its name is read.
        case folderName
    }

    let seq: Int
    let origin: Origin
    let displayPath: String
    /// The file's stamp before it is read, for an incremental scan's state.
    let stamp: FileStamp?

    /// The file's bytes, on the worker's thread (a blob is copied out of git there); nil for a
    /// folder, which has a name and no content.
    func open(maxFileSize: Int?) throws -> FileSource? {
        switch origin {
        case .file(let path):
            return try FileSource(path: path, displayPath: displayPath)
        case .blob(let blobs, let object):
            return try blobs.open(object: object, displayPath: displayPath, maxFileSize: maxFileSize)
        case .tooLarge(let limit):
            throw ScanError(.tooLarge(limit: limit))
        case .folderName:
            return nil
        }
    }
}

/// A closable multi-consumer queue. Its length is bounded by the delivery's in-flight slots.
final class WorkQueue<Job>: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var head = 0
    private var closed = false

    func put(_ job: Job) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next job, or nil once the queue is closed and empty.
    func take() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count && !closed { condition.wait() }
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        head += 1
        if head > 1024 && head * 2 > jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }
}
