#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The staged files' content, read from one `git cat-file --batch` process for the whole scan
/// (a process per file cost the hook seven times a walk of the same files). Each blob is copied
/// into a temporary file that is unlinked at once: readers get a file with random access (a
/// workbook's zip directory is at its end) and memory stays bounded whatever the blob's size.
/// The copy vanishes when the source is closed. Workers take turns; the copy is short beside
/// the scan that follows.
final class StagedBlobs: @unchecked Sendable {
    private let directory: String
    private let lock = NSLock()
    private var git: BatchProcess?
    /// Why git can give no more blobs, once it has failed (every later file says so).
    private var broken: String?

    init(directory: String) {
        self.directory = directory
    }

    /// The blob `object` as a file to read; over `maxFileSize`, an error (its bytes skipped).
    func open(object: String, displayPath: String, maxFileSize: Int?) throws -> FileSource {
        let (fd, path) = try TemporaryFile.make(prefix: "leakscan-blob")
        unlink(path)
        do {
            try copy(object, to: fd, maxFileSize: maxFileSize)
        } catch {
            close(fd)
            throw error
        }
        return FileSource(adopting: fd, path: "/proc/self/fd/\(fd)", displayPath: displayPath)
    }

    private func copy(_ object: String, to fd: Int32, maxFileSize: Int?) throws {
        lock.lock()
        defer { lock.unlock() }
        if let broken { throw ScanError(.other("cannot read the staged content: \(broken)")) }
        do {
            if git == nil { git = try BatchProcess(directory: directory) }
            try git!.copy(object, to: fd, maxFileSize: maxFileSize)
        } catch let failure as GitError {
            broken = failure.description
            git = nil
            throw ScanError(.other("cannot read the staged content: \(failure)"))
        }
    }
}

/// `git cat-file --batch`: an object's name a line in, `<name> blob <size>`, the bytes and a
/// newline out. Its input is a socket, not a pipe, so that a git gone away makes a write fail
/// (`MSG_NOSIGNAL`) instead of killing the scanner with SIGPIPE.
private final class BatchProcess {
    private let process = Process()
    private let requests: Int32
    private let replies: Int32
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var start = 0
    private var end = 0

    init(directory: String) throws {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0 else {
            throw GitError("cannot run git: \(String(cString: strerror(errno)))")
        }
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "cat-file", "--batch"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        defer { close(ends[1]) }  // git holds its own copy
        do {
            try process.run()
        } catch {
            close(ends[0])
            throw GitError("cannot run git: \(error.localizedDescription)")
        }
        requests = ends[0]
        replies = dup(output.fileHandleForReading.fileDescriptor)
    }

    deinit {
        close(requests)  // git reads the end of its input and exits
        close(replies)
        process.waitUntilExit()
    }

    func copy(_ object: String, to fd: Int32, maxFileSize: Int?) throws {
        try send(Array((object + "\n").utf8))
        let header = try line()
        let words = header.split(separator: " ")
        // `<name> missing`: the repository lost the object (a corrupt clone); git reads on.
        if words.count == 2, words[1] == "missing" { throw ScanError(.other("git has no object \(object): the repository is damaged")) }
        guard words.count == 3, words[1] == "blob", let size = Int(words[2]) else { throw GitError("git cat-file: \(header)") }
        // The blob's bytes are read to their end whatever happens to the copy: the next reply
        // follows them.
        var failure: ScanError? = maxFileSize.flatMap { size > $0 ? ScanError(.tooLarge(limit: $0)) : nil }
        var left = size
        while left > 0 {
            if start == end { try fill() }
            let n = min(left, end - start)
            if failure == nil {
                failure = buffer[start..<start + n].withUnsafeBytes { Self.writeAll($0, to: fd) }
            }
            start += n
            left -= n
        }
        guard try line().isEmpty else { throw GitError("git cat-file: no newline after \(object)") }
        if let failure { throw failure }
    }

    private func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(requests, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw GitError("git cat-file stopped: \(String(cString: strerror(errno)))")
            }
            sent += n
        }
    }

    /// The next line of git's output, without its newline.
    private func line() throws -> String {
        var bytes: [UInt8] = []
        while true {
            if start == end { try fill() }
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                bytes += buffer[start..<newline]
                start = newline + 1
                return String(decoding: bytes, as: UTF8.self)
            }
            bytes += buffer[start..<end]
            start = end
        }
    }

    private func fill() throws {
        start = 0
        end = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
            if n > 0 { end = n; return }
            if n < 0, errno == EINTR { continue }
            throw GitError(n == 0 ? "git cat-file stopped" : "cannot read from git: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes `bytes` to `fd`; the error, if it cannot.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> ScanError? {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return ScanError(.other("cannot make a temporary copy: \(String(cString: strerror(errno)))"))
            }
            done += n
        }
        return nil
    }
}
