/// Scans the members of a zip archive that is neither a workbook nor a Word document (a class's
/// rosters sent as one `.zip`, an export folder zipped onto a shared drive): each member is read
/// as a file of its own (CSV, text, workbook, document …), and its findings name it
/// (`Location.member`). A member is inflated into memory, so members larger than
/// `memberLimit` are not scanned, nor encrypted members, nor an archive inside a member; each
/// is named in one error for the archive, given after the other members' findings, so the
/// archive is never called clean.
enum ArchiveReader {
    /// Members larger than this are refused (extract them to scan them).
    static let memberLimit = 32 << 20

    static func scan<S: FindingSink>(_ archive: ZipArchive, engine: DetectionEngine, sink: inout S) throws {
        try scanMembers(archive.entries.filter { !$0.isDirectory }, of: archive, called: "archive members",
                        engine: engine, sink: &sink)
    }

    /// Scans `entries` of `archive` one by one as files of their own; those that cannot be
    /// scanned are named together in one error (`called`: what they are), thrown after the
    /// others' findings.
    static func scanMembers<S: FindingSink>(_ entries: [ZipEntry], of archive: ZipArchive, called: String,
                                            engine: DetectionEngine, sink: inout S) throws {
        var unscanned = UnscannedParts()
        var folders = Set<String>()
        for entry in entries {
            scanFolderNames(of: entry.name, seen: &folders, engine: engine, sink: &sink)
            scanName(of: entry.name, engine: engine, sink: &sink)
            unscanned.attempt(entry.name) {
                try scanMember(try memberBytes(archive, entry), named: entry.name, engine: engine, sink: &sink)
            }
        }
        try unscanned.check(called: called)
    }

    /// Reads a member's own name (`FileNameReader`), its findings placed in the member: a zip of
    /// photos named by ID numbers leaks them, even when its members are encrypted (their names
    /// are not) or too large to read; so does a mail's or a PDF's attachment so named.
    static func scanName<S: FindingSink>(of member: String, engine: DetectionEngine, sink: inout S) {
        PlacedSink.placing(&sink, member: member) { memberSink in
            FileNameReader.scan(displayPath: member, engine: engine, sink: &memberSink.pointee)
        }
    }

    /// Reads the names of the folders on a member's path not `seen` before in its archive (a zip
    /// of students' folders, `张梓涵_410105200803121237/身份证正面.jpg`), each placed in its folder
    /// (`张梓涵_410105200803121237/`).
    static func scanFolderNames<S: FindingSink>(of member: String, seen: inout Set<String>, engine: DetectionEngine,
                                                sink: inout S) {
        var folder = ""
        for part in member.split(separator: "/").dropLast() {
            folder += part + "/"
            if seen.insert(folder).inserted { scanName(of: folder, engine: engine, sink: &sink) }
        }
    }

    /// The inflated bytes of a member, up to `memberLimit`; encrypted and larger members are refused.
    static func memberBytes(_ archive: ZipArchive, _ entry: ZipEntry) throws -> [UInt8] {
        guard !entry.isEncrypted else { throw ScanError(.other("encrypted")) }
        let tooLarge = ScanError(.other("larger than \(memberLimit >> 20) MiB: extract it to scan it"))
        guard entry.uncompressedSize <= memberLimit else { throw tooLarge }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entry.uncompressedSize)
        try ZipEntryPrefetcher.stream(archive, entry) { chunk in
            guard bytes.count + chunk.count <= memberLimit else { throw tooLarge }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    /// Scans `bytes`, a file held in a container (an archive's member, a PDF's attachment), as a
    /// file of its own: its findings name it (`Location.member`), and an archive in it is not
    /// opened.
    static func scanMember<S: FindingSink>(_ bytes: [UInt8], named name: String, engine: DetectionEngine, sink: inout S) throws {
        try scanMember(MemorySource(bytes, displayPath: name), engine: engine, sink: &sink)
    }

    /// How many containers (archives, mails, PDFs with attachments) hold the file being read, on
    /// this thread.
    @TaskLocal static var depth = 0
    /// Containers read inside one another, at most: a zip of each class's zip, a zip attached to
    /// a mail; a container held by a second one is not opened (a zip bomb's layers, 42.zip's
    /// sixteen zips of sixteen zips, stop there), and is named in the outer one's error.
    static let depthLimit = 2

    /// Scans `source`, a file held in a container, named by its `displayPath`.
    static func scanMember<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws {
        try PlacedSink.placing(&sink, member: source.displayPath) { memberSink in
            let summary = try $depth.withValue(depth + 1) {
                try SourceReader.scan(source, engine: engine, sink: &memberSink.pointee,
                                      chunkSize: SourceReader.defaultChunkSize, insideArchive: depth >= depthLimit)
            }
            if summary.format == .binary, !summary.isKnownMedia { memberSink.pointee.passedOverUnknownBinaryMember() }
        }
    }
}
