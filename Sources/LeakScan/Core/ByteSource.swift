#if canImport(Glibc)
import Glibc
#endif

/// Something whose bytes can be read at an offset: a file, a git blob, a member of an archive.
/// Readers take a `ByteSource`, never a path, so every format can be scanned wherever it lives.
public protocol ByteSource: Sendable {
    /// The path as the user will see it in reports.
    var displayPath: String { get }
    /// Total size in bytes, when known.
    var size: Int? { get }
    /// Reads up to `buffer.count` bytes starting at `offset`; returns 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int
}

public struct ScanError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case cannotOpen(errno: Int32)
        case cannotRead(errno: Int32)
        case tooLarge(limit: Int)
        case invalidEncoding(String)
        case unsupported(String)
        case other(String)
    }
    public var reason: Reason
    public init(_ reason: Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .cannotOpen(let e): return "cannot open: \(String(cString: strerror(e)))"
        case .cannotRead(let e): return "cannot read: \(String(cString: strerror(e)))"
        case .tooLarge(let limit): return "larger than --max-filesize (\(limit) bytes)"
        case .invalidEncoding(let what): return "invalid encoding: \(what)"
        case .unsupported(let what): return "unsupported: \(what)"
        case .other(let what): return what
        }
    }
}

/// A file on disk, read with `pread` so that concurrent readers never share a file position.
public final class FileSource: ByteSource, @unchecked Sendable {
    public let displayPath: String
    public let size: Int?
    /// Where the file is: for a library that opens files itself (poppler, for a PDF).
    public let path: String
    private let fd: Int32

    public convenience init(path: String, displayPath: String? = nil) throws {
        let fd = RawFileNames.withSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { throw ScanError(.cannotOpen(errno: errno)) }
        // A name in other bytes than UTF-8 reaches a library that opens files itself through the
        // open descriptor.
        self.init(adopting: fd, path: RawFileNames.hasEscapes(path) ? "/proc/self/fd/\(fd)" : path,
                  displayPath: displayPath ?? path)
    }

    /// A file already open as `fd`, which the source now owns and closes; `path` opens it again
    /// (`/proc/self/fd/N` for an unlinked temporary file).
    init(adopting fd: Int32, path: String, displayPath: String) {
        self.displayPath = displayPath
        self.path = path
        self.fd = fd
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            size = Int(st.st_size)
        } else {
            size = nil
        }
    }

    deinit { close(fd) }

    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        while true {
            let n = pread(fd, buffer.baseAddress, buffer.count, off_t(offset))
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ScanError(.cannotRead(errno: errno))
        }
    }
}

/// Bytes already in memory: a git blob, a test input.
public struct MemorySource: ByteSource {
    public let displayPath: String
    public let bytes: [UInt8]
    public var size: Int? { bytes.count }

    public init(_ bytes: [UInt8], displayPath: String) {
        self.bytes = bytes
        self.displayPath = displayPath
    }

    public init(_ text: String, displayPath: String) {
        self.init(Array(text.utf8), displayPath: displayPath)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        guard offset < bytes.count else { return 0 }
        let n = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        return n
    }
}
