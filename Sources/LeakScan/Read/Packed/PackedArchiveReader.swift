import SystemLibArchive
#if canImport(Glibc)
import Glibc
#endif

/// Archives leakscan does not parse itself, read through libarchive: tar (plain or compressed),
/// 7-Zip, RAR, and a single compressed file (`backup.sql.gz`, `roster.csv.xz`). Each regular
/// entry is scanned as a file of its own, as a zip's members are: a text file (CSV, SQL, JSON,
/// text) streams through `ArchiveEntryStream` in bounded memory whatever its size; a file its
/// reader must seek in (a workbook, a document, a PDF) is read into memory, up to
/// `ArchiveReader.memberLimit`. A single compressed file's content is named after the file
/// without its compression suffix (`backup.sql`), so that it is read as what it is.
///
/// Bounded: an encrypted entry, an entry read whole over the member limit and an archive inside
/// the archive are not scanned; reading stops after `totalLimit` bytes or `entryLimit` entries
/// (a decompression bomb). Each is named in one error for the archive, after the findings of
/// the entries read, so the archive is never called clean.
enum PackedArchiveReader {
    enum Kind: Equatable {
        case tar, sevenZip, rar, gzip, bzip2, xz, zstd
    }

    static let totalLimit = 1 << 30
    static let entryLimit = 100_000
    /// libarchive's AE_IFREG (a macro Swift does not import): a regular file.
    private static let regularFile: mode_t = 0o100000
    /// A source that is not a file on disk is read into memory whole, up to this size.
    static let memoryLimit = 64 << 20

    /// The kind of archive or compressed stream `head` opens, by its magic bytes.
    static func kind(_ head: [UInt8]) -> Kind? {
        if head.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        if head.starts(with: [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07]) { return .rar }
        if head.starts(with: [0x1F, 0x8B]) { return .gzip }
        if head.starts(with: [0x42, 0x5A, 0x68]) { return .bzip2 }
        if head.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if head.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        // POSIX and GNU tar: "ustar" at offset 257 of the first header.
        if head.count >= 262, head[257..<262].elementsEqual("ustar".utf8) { return .tar }
        return nil
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, kind: Kind, engine: DetectionEngine, sink: inout S,
                                     insideArchive: Bool) throws {
        if insideArchive {
            throw ScanError(.unsupported("\(kind.description) inside an archive inside another (extract it to scan it): not supported by this version"))
        }
        // libarchive converts the Unicode names of 7-Zip and RAR entries through the locale's
        // character set: this thread reads them in UTF-8 (the process's locale is left alone).
        let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
        let previous = utf8.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let utf8 { freelocale(utf8) }
        }
        guard let archive = archive_read_new() else { throw ScanError(.other("libarchive: out of memory")) }
        defer { archive_read_free(archive) }
        archive_read_support_filter_all(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_gnutar(archive)
        archive_read_support_format_7zip(archive)
        archive_read_support_format_rar(archive)
        archive_read_support_format_rar5(archive)
        archive_read_support_format_cpio(archive)
        // A compressed stream that holds no archive: its content, as one entry.
        archive_read_support_format_raw(archive)
        var memory: [UInt8] = []
        if let file = source as? FileSource {
            guard archive_read_open_filename(archive, file.path, 1 << 16) == ARCHIVE_OK else {
                throw ScanError(.other("\(kind.description) cannot be opened: \(message(archive))"))
            }
        } else {
            memory = try SourceBytes.whole(source, limit: memoryLimit,
                                           tooLarge: "\(kind.description) larger than \(memoryLimit >> 20) MiB held in memory: extract it to scan it")
            let opened = memory.withUnsafeMutableBytes { archive_read_open_memory(archive, $0.baseAddress, $0.count) }
            guard opened == ARCHIVE_OK else { throw ScanError(.other("\(kind.description) cannot be opened: \(message(archive))")) }
        }
        try withExtendedLifetime(memory) {
            try readEntries(archive, kind: kind, path: source.displayPath, engine: engine, sink: &sink)
        }
    }

    private static func readEntries<S: FindingSink>(_ archive: OpaquePointer, kind: Kind, path: String, engine: DetectionEngine,
                                                    sink: inout S) throws {
        var unscanned = UnscannedParts()
        var folders = Set<String>()
        var total = 0
        var entries = 0
        var entry: OpaquePointer?
        reading: while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { break }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                unscanned.note("the rest of the archive (\(message(archive)))")
                break reading
            }
            entries += 1
            guard entries <= entryLimit, total < totalLimit else {
                unscanned.note("entries past the first \(entries - 1) (\(total >> 20) MiB read)")
                break reading
            }
            guard archive_entry_filetype(entry) == Self.regularFile else { continue }
            let name = entryName(entry, archive: archive, path: path)
            // A single compressed file's content is named after the file, whose name is read already.
            if archive_format(archive) != ARCHIVE_FORMAT_RAW {
                ArchiveReader.scanFolderNames(of: name, seen: &folders, engine: engine, sink: &sink)
                ArchiveReader.scanName(of: name, engine: engine, sink: &sink)
            }
            if archive_entry_is_encrypted(entry) != 0 {
                unscanned.note("\(name) (encrypted)")
                continue
            }
            let stream: ArchiveEntryStream
            do {
                stream = try ArchiveEntryStream(archive, named: name, headLength: EncodingSniffer.utf8ProbeLength,
                                                limit: totalLimit - total)
            } catch {
                // A compressed stream that fails once does not recover: the rest is unread too.
                unscanned.note("\(name) (\(error)), and what follows it")
                break reading
            }
            if SourceReader.readsFrontToBack(head: stream.head, path: name) {
                var scanned = false
                unscanned.attempt(name) {
                    try ArchiveReader.scanMember(stream, engine: engine, sink: &sink)
                    scanned = true
                }
                if scanned, stream.truncated { unscanned.note("\(name) past its first \(stream.position >> 20) MiB (the archive's limit)") }
                total += stream.position
                continue
            }
            switch readData(archive, after: stream.head) {
            case .bytes(let bytes):
                total += bytes.count
                unscanned.attempt(name) { try ArchiveReader.scanMember(bytes, named: name, engine: engine, sink: &sink) }
            case .tooLarge:
                total += ArchiveReader.memberLimit
                unscanned.note("\(name) (larger than \(ArchiveReader.memberLimit >> 20) MiB: extract it to scan it)")
            case .failed(let why):
                unscanned.note("\(name) (\(why)), and what follows it")
                break reading
            }
        }
        try unscanned.check(called: "\(kind.description) entries")
    }

    private enum Data {
        case bytes([UInt8])
        case tooLarge
        case failed(String)
    }

    /// The current entry's content, `head` and the rest, up to the member limit.
    private static func readData(_ archive: OpaquePointer, after head: [UInt8]) -> Data {
        var bytes = head
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
            if n == 0 { return .bytes(bytes) }
            if n < 0 { return .failed(message(archive)) }
            guard bytes.count + n <= ArchiveReader.memberLimit else { return .tooLarge }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// The entry's path; the raw content of a compressed file is named after the file without
    /// its compression suffix (`backup.sql.gz` → `backup.sql`).
    private static func entryName(_ entry: OpaquePointer, archive: OpaquePointer, path: String) -> String {
        if archive_format(archive) == ARCHIVE_FORMAT_RAW {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            for suffix in [".gz", ".tgz", ".bz2", ".xz", ".zst", ".gzip", ".z"] where file.lowercased().hasSuffix(suffix) {
                let base = String(file.dropLast(suffix.count))
                return suffix == ".tgz" ? base + ".tar" : base
            }
            return file
        }
        if let utf8 = archive_entry_pathname_utf8(entry) { return String(cString: utf8) }
        if let raw = archive_entry_pathname(entry) {
            // Not UTF-8: GBK from Chinese Windows, as in zips (`ZipEntry.decodeName`).
            return String(validatingCString: raw)
                ?? IconvConverter.gb18030Name(UnsafeRawBufferPointer(start: raw, count: strlen(raw))) ?? String(cString: raw)
        }
        return "(unnamed entry)"
    }

    private static func message(_ archive: OpaquePointer) -> String {
        ArchiveEntryStream.message(archive)
    }
}

extension PackedArchiveReader.Kind: CustomStringConvertible {
    var description: String {
        switch self {
        case .tar: return "tar archive"
        case .sevenZip: return "7-Zip archive"
        case .rar: return "RAR archive"
        case .gzip: return "gzip file"
        case .bzip2: return "bzip2 file"
        case .xz: return "xz file"
        case .zstd: return "zstd file"
        }
    }
}
