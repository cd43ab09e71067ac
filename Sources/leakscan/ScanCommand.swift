import ArgumentParser
import LeakScan

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case human, files, jsonl, counts
}

extension Language: ExpressibleByArgument {}

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan files and folders for personal data. 扫描文件和文件夹中的个人信息。",
        discussion: """
        Exit status: 0 nothing found, 1 personal data found, 2 usage or fatal error, \
        3 nothing found but some files could not be scanned.
        退出码：0 未发现，1 发现个人信息，2 用法或致命错误，3 未发现但有文件无法扫描。
        """
    )

    @Argument(help: "Files or folders to scan.")
    var paths: [String]

    @Option(help: "Output: human, files (a line per file with personal data, what it holds), jsonl (one JSON object per line) or counts (per-file counts only).")
    var format: OutputFormat = .human

    @Option(help: "Files scanned at once (default: every core).")
    var threads: Int?

    @Flag(help: "Follow symbolic links (loops are detected).")
    var follow = false

    @Option(name: .customLong("max-filesize"), help: "Do not scan files larger than this (e.g. 50M, 2G); they are reported as not scanned.")
    var maxFileSize: String?

    @Flag(help: "Print values unmasked. Never use this for a report that leaves your hands.")
    var showValues = false

    @Option(help: ArgumentHelp("Keep an incremental scan's state in this SQLite file: files unchanged since the last scan with it are not read again, what they held carried over.", valueName: "file"))
    var state: String?

    @OptionGroup var report: ReportOptions

    @Flag(name: .shortAndLong, help: "Also list what was skipped on purpose (binary files, ignored paths, links).")
    var verbose = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        try ByteSize.validate(maxFileSize: maxFileSize)
    }

    func run() throws {
        let policy = report.policy
        let options = ScanOptions(
            walk: WalkOptions(followSymlinks: follow, maxFileSize: maxFileSize.flatMap(ByteSize.parse)),
            threads: threads ?? ScanOptions.coreCount,
            policy: policy,
            details: format == .human || format == .jsonl
        )
        MemoryCeiling.apply(threads: options.threads)
        let out = OutputBuffer()
        let reporter: Reporter
        switch format {
        case .human:
            reporter = HumanReporter(out: out, errors: OutputBuffer(fd: 2), messages: report.messages,
                                     showValues: showValues, verbose: verbose)
        case .files:
            reporter = FilesReporter(out: out, errors: OutputBuffer(fd: 2), messages: report.messages)
        case .jsonl:
            reporter = JSONLReporter(out: out, showValues: showValues)
        case .counts:
            reporter = CountsReporter(out: out, policy: policy)
        }
        let summary: ScanSummary
        if let state {
            summary = try scanIncrementally(options: options, reporter: reporter, statePath: state)
        } else {
            summary = Scanner(options: options).scan(paths, reporter: reporter)
        }
        if summary.exitStatus != .clean { throw ExitStatusError(status: summary.exitStatus) }
    }

    /// The scan with `--state`: a state that cannot be opened stops it before it starts; one
    /// that cannot be saved afterwards leaves the report as it is, with a warning.
    private func scanIncrementally(options: ScanOptions, reporter: Reporter, statePath: String) throws -> ScanSummary {
        let scanState: ScanState
        do {
            scanState = try ScanState(path: statePath, engine: ScanState.engineOfThisProgram)
        } catch {
            StandardError.write("leakscan: \(error)\n")
            throw ExitStatusError(status: .usage)
        }
        // The state keys files by their paths as walked: from the roots' canonical forms, so that
        // `share`, `./share/` and `/srv/share` one night and the next are one share.
        let roots = paths.map(RawFileNames.canonical)
        let summary = Scanner(options: options).scan(roots, reporter: reporter, state: scanState)
        do {
            try scanState.finish()
        } catch {
            StandardError.write("leakscan: the state was not wholly saved (the next scan reads again the files it lacks): \(error)\n")
        }
        return summary
    }
}

/// Sizes as people write them: `1048576`, `500K`, `50M`, `2G` (powers of 1024).
enum ByteSize {
    /// `--max-filesize`, when given, is a size.
    static func validate(maxFileSize text: String?) throws {
        if let text, parse(text) == nil {
            throw ValidationError("--max-filesize: cannot read '\(text)' (examples: 500K, 50M, 2G)")
        }
    }

    static func parse(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text.uppercased())
        var multiplier = 1
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        if let last = digits.last, let unit = units[last] {
            multiplier = unit
            digits = digits.dropLast()
        }
        guard let n = Int(digits), n >= 0 else { return nil }
        return n.multipliedReportingOverflow(by: multiplier).overflow ? nil : n * multiplier
    }
}
