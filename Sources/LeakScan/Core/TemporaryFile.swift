#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A private file in the temporary folder (mode 0600, a name no other may take): a copy for a
/// library that opens files itself (a staged blob, a database inside an archive). The caller
/// unlinks it as soon as it is open, so that it vanishes when closed.
enum TemporaryFile {
    /// A new file named after `prefix`: its open descriptor and its path.
    static func make(prefix: String) throws -> (fd: Int32, path: String) {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw ScanError(.other("cannot make a temporary copy: \(String(cString: strerror(errno)))")) }
        return (fd, String(cString: template))
    }
}
