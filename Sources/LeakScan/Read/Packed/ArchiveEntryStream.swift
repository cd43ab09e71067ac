import SystemLibArchive

/// The current entry of a libarchive reader as a `ByteSource` that is read front to back: text
/// formats (CSV, SQL, JSON, plain text) stream through it in bounded memory whatever the
/// entry's size (a gigabyte `backup.sql.gz`). The head, read first to sniff the format, is kept
/// and served again; any other read must continue where the last one ended (a reader that needs
/// to seek gets the entry in memory instead, see `PackedArchiveReader`).
final class ArchiveEntryStream: ByteSource, @unchecked Sendable {
    let displayPath: String
    var size: Int? { nil }
    /// The entry's first bytes.
    let head: [UInt8]
    /// Bytes of the entry read so far (the head included).
    private(set) var position: Int
    private let archive: OpaquePointer
    /// Reading stops here (a decompression bomb): `truncated` says it did.
    private let limit: Int
    private(set) var truncated = false

    init(_ archive: OpaquePointer, named name: String, headLength: Int, limit: Int) throws {
        self.archive = archive
        self.limit = limit
        displayPath = name
        var head = [UInt8](repeating: 0, count: headLength)
        var filled = 0
        while filled < headLength {
            let n = head.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress! + filled, headLength - filled) }
            guard n >= 0 else { throw ScanError(.other(Self.message(archive))) }
            if n == 0 { break }
            filled += n
        }
        head.removeLast(headLength - filled)
        self.head = head
        position = filled
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        if offset < head.count {
            let n = min(buffer.count, head.count - offset)
            head.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            return n
        }
        guard offset == position else {
            throw ScanError(.other("a compressed entry is read front to back: offset \(offset) asked at \(position)"))
        }
        guard position < limit else {
            truncated = true
            return 0
        }
        let n = archive_read_data(archive, buffer.baseAddress, min(buffer.count, limit - position))
        guard n >= 0 else { throw ScanError(.other(Self.message(archive))) }
        position += n
        return n
    }

    static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
    }
}
