#if canImport(Glibc)
import Glibc
#endif

/// What tells a file changed since it was last read, without reading it: size, modification
/// and status-change times (nanoseconds; the status time moves on any write, rename or touch,
/// even one that sets the modification time back) and the inode (a file replaced by another).
public struct FileStamp: Sendable, Equatable {
    public let size: Int64
    public let modified: Int64
    public let changed: Int64
    public let inode: Int64

    public init(size: Int64, modified: Int64, changed: Int64, inode: Int64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// The stamp of the file at `path` (following a link, as reading it does); nil when it
    /// cannot be had, and the file is then read anew.
    public init?(path: String) {
        var st = stat()
        guard RawFileNames.withSystemPath(path, { stat($0, &st) }) == 0 else { return nil }
        self.init(size: Int64(st.st_size),
                  modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                  changed: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec),
                  inode: Int64(bitPattern: UInt64(st.st_ino)))
    }
}
