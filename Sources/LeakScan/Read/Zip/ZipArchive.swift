/// A zip archive read in place from a `ByteSource`: the central directory is parsed once,
/// entries are streamed on demand (`stream(_:chunkSize:_:)`). Only small buffers are ever held;
/// the archive is never read whole.
public final class ZipArchive: Sendable {
    public let source: any ByteSource
    public let limits: ZipLimits
    /// Entries in central directory order.
    public let entries: [ZipEntry]
    /// Where the central directory starts: every entry's data must end before it.
    let directoryOffset: Int
    let sourceSize: Int
    private let indexByName: [String: Int]

    public init(source: any ByteSource, limits: ZipLimits = .standard) throws {
        self.source = source
        self.limits = limits
        sourceSize = try SourceBytes.size(of: source)
        let end = try ZipEndRecord.locate(in: source, size: sourceSize)
        directoryOffset = end.directoryOffset
        entries = try ZipCentralDirectory.read(source, end: end, limits: limits)
        var index: [String: Int] = [:]
        for (k, entry) in entries.enumerated() where index[entry.name] == nil {
            index[entry.name] = k
        }
        indexByName = index
    }

    /// The first entry with exactly this name.
    public func entry(named name: String) -> ZipEntry? {
        indexByName[name].map { entries[$0] }
    }
}
