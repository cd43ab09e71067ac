import ArgumentParser
import LeakScan

/// The pre-commit hook's check: the files staged in git, as the commit would hold them.
struct StagedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staged",
        abstract: "Check the files staged for a git commit (for a pre-commit hook). 检查 git 暂存区中待提交的文件（用于 pre-commit 钩子）。",
        discussion: """
        Scans what `git add` staged (the index), not the working tree. Install as a hook: \
        printf '#!/bin/sh\\nexec leakscan staged\\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
        Exit status: 0 the commit may go ahead, 1 personal data staged (the hook refuses the \
        commit), 2 usage or fatal error (not a git repository), 3 some staged files could not be checked.
        退出码：0 可以提交，1 暂存区含个人信息（钩子拒绝提交），2 用法或致命错误（不是 git 仓库），3 有暂存的文件无法检查。
        """
    )

    @Option(name: .customLong("repository"), help: ArgumentHelp("A folder inside the git repository.", valueName: "folder"))
    var repository = "."

    @Option(name: .customLong("max-filesize"), help: "Do not scan staged files larger than this (e.g. 50M); they stop the commit as not checked.")
    var maxFileSize: String?

    @OptionGroup var report: ReportOptions

    func validate() throws {
        try ByteSize.validate(maxFileSize: maxFileSize)
    }

    func run() throws {
        let staged: StagedFiles
        do {
            staged = try StagedFiles(in: repository)
        } catch let error as GitError {
            StandardError.write("leakscan staged: \(error)\n")
            throw ExitStatusError(status: .usage)
        }
        let reporter = CheckReporter(out: OutputBuffer(), errors: OutputBuffer(fd: 2), messages: report.messages,
                                     purpose: .commit)
        let options = ScanOptions(walk: WalkOptions(maxFileSize: maxFileSize.flatMap(ByteSize.parse)), policy: report.policy)
        MemoryCeiling.apply(threads: options.threads)
        let summary = Scanner(options: options).scan(staged, reporter: reporter)
        if summary.exitStatus != .clean { throw ExitStatusError(status: summary.exitStatus) }
    }
}
