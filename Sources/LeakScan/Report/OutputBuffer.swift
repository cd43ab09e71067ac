#if canImport(Glibc)
import Glibc
#endif

/// A write buffer over a file descriptor: reports can run to millions of lines, and one
/// `write(2)` per line would dominate a fast scan.
public final class OutputBuffer {
    private let fd: Int32
    private var bytes: [UInt8] = []
    private let capacity = 1 << 16

    public init(fd: Int32 = STDOUT_FILENO) {
        self.fd = fd
        bytes.reserveCapacity(capacity)
    }

    deinit { flush() }

    public func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= capacity { flush() }
    }

    public func flush() {
        var offset = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    break // stdout closed (a pager quit): nothing more can be said
                }
                offset += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
