import Foundation

/// Runs git for the staged-file scan, in the caller's environment: a pre-commit hook gets
/// `GIT_DIR` and `GIT_INDEX_FILE` from git (`git commit -a` and `git commit FILE` stage into a
/// temporary index that only the environment names), and the scan must read that index.
enum GitCommand {
    /// Runs `git arguments` in `directory` and returns what it wrote to its standard output.
    static func output(_ arguments: [String], in directory: String) throws -> Data {
        let out = Pipe()
        let started = try start(arguments, in: directory, standardOutput: out)
        // Read before waiting: a full pipe would block git.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        try finish(started, arguments)
        return data
    }

    /// Runs `git arguments` in `directory` with its standard output written to `fd`.
    static func write(_ arguments: [String], in directory: String, to fd: Int32) throws {
        let started = try start(arguments, in: directory,
                                standardOutput: FileHandle(fileDescriptor: fd, closeOnDealloc: false))
        try finish(started, arguments)
    }

    private static func start(_ arguments: [String], in directory: String, standardOutput: Any) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let errors = Pipe()
        process.standardOutput = standardOutput
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GitError("cannot run git: \(error.localizedDescription)")
        }
        return (process, errors)
    }

    private static func finish(_ started: (Process, Pipe), _ arguments: [String]) throws {
        let (process, errors) = started
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw GitError(said.isEmpty ? "git \(arguments.first ?? "") failed (status \(process.terminationStatus))" : said)
        }
    }
}

/// What git said when it failed (`fatal: not a git repository …`).
public struct GitError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
