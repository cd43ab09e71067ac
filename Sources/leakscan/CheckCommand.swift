import ArgumentParser
import LeakScan

/// The pre-upload check: one screen a file, saying whether it may be sent and why not.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check files before uploading them: may they be sent? 上传前检查文件能否发送。",
        discussion: """
        Exit status: 0 the files may be sent, 1 personal data found (do not send), 2 usage or \
        fatal error, 3 some files could not be checked.
        退出码：0 可以发送，1 发现个人信息（不要发送），2 用法或致命错误，3 有文件无法检查。
        """
    )

    @Argument(help: "Files (or folders) to check.")
    var paths: [String]

    @OptionGroup var report: ReportOptions

    func run() throws {
        let reporter = CheckReporter(out: OutputBuffer(), errors: OutputBuffer(fd: 2), messages: report.messages,
                                     namedFiles: Set(paths))
        // A file about to be sent that could not be read is not let through as binary.
        var policy = report.policy
        policy.refusesUnknownBinary = true
        let options = ScanOptions(policy: policy)
        MemoryCeiling.apply(threads: options.threads)
        let summary = Scanner(options: options).scan(paths, reporter: reporter)
        if summary.exitStatus != .clean { throw ExitStatusError(status: summary.exitStatus) }
    }
}
