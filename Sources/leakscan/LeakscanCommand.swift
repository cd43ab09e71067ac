import ArgumentParser
import LeakScan
#if canImport(Glibc)
import Glibc
#endif

@main
struct LeakscanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leakscan",
        abstract: "Find students' personal data (ID numbers, phones, e-mails …) before it leaks. 查找将要外泄的学生个人信息。",
        version: LibraryVersions.description,
        subcommands: [ScanCommand.self, CheckCommand.self, StagedCommand.self]
    )

    /// ArgumentParser exits 64 on usage errors; leakscan documents 2.
    static func main() {
        do {
            // Read from argv itself: a path named in GBK bytes must still name its file.
            let arguments = (1..<Int(CommandLine.argc)).map { RawFileNames.argument(CommandLine.unsafeArgv[$0]!) }
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let status as ExitStatusError {
            Glibc.exit(status.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            StandardError.write(fullMessage(for: error) + "\n")
            Glibc.exit(ExitStatus.usage.rawValue)
        }
    }
}

/// Carries the scan's exit status out of `run()`.
struct ExitStatusError: Error {
    let status: ExitStatus
}

enum StandardError {
    static func write(_ text: String) {
        let errors = OutputBuffer(fd: STDERR_FILENO)
        errors.write(text)
        errors.flush()
    }
}
