#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A staged file's content, copied out of git into a temporary file that is unlinked at once:
/// readers get a file with random access (a workbook's zip directory is at its end) and memory
/// stays bounded whatever the blob's size. The copy vanishes when the source is closed.
enum StagedBlob {
    static func open(object: String, directory: String, displayPath: String, maxFileSize: Int?) throws -> FileSource {
        if let limit = maxFileSize {
            let size = try GitCommand.output(["cat-file", "-s", object], in: directory)
            if let bytes = Int(String(decoding: size, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
               bytes > limit {
                throw ScanError(.tooLarge(limit: limit))
            }
        }
        var template = Array((NSTemporaryDirectory() + "/leakscan-blob-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw ScanError(.other("cannot make a temporary copy: \(String(cString: strerror(errno)))")) }
        unlink(template)
        do {
            try GitCommand.write(["cat-file", "blob", object], in: directory, to: fd)
        } catch {
            close(fd)
            throw ScanError(.other("cannot read the staged content: \(error)"))
        }
        return FileSource(adopting: fd, path: "/proc/self/fd/\(fd)", displayPath: displayPath)
    }
}
