/// Windows' thumbnail cache of a folder of pictures (`Thumbs.db`, Windows 98 to XP, and every
/// later Windows on a network share): a compound file whose `Catalog` stream names the pictures
/// its thumbnails are of. A class's photo folder copied to a share keeps its `Thumbs.db`, which
/// still names the pupils when the photos are gone; the thumbnails themselves are pictures, not
/// read.
///
/// The catalog (as the forensic tool vinetto documents it): a header (its length, UInt16, first;
/// then the version, the count of entries and the thumbnails' size), then per entry its length
/// (UInt32), its number (UInt32), the picture's modification time (FILETIME), and the picture's
/// name in UTF-16LE ending in a NUL, all little-endian.
enum ThumbnailCatalog {
    /// The catalog read at most (about 100,000 names).
    static let limit = 16 << 20

    /// The pictures' names, in the catalog's order; entries cut short end the list.
    static func names(_ catalog: [UInt8]) -> [String] {
        guard catalog.count >= 2 else { return [] }
        let bytes = LEBytes(catalog[...])
        var names: [String] = []
        var at = bytes.u16(0)
        let nameOffset = 16
        while at + nameOffset <= catalog.count {
            let length = Int(bytes.u32(at))
            guard length > nameOffset, at + length <= catalog.count else { break }
            // The name ends at its NUL (padding follows it).
            var end = at + nameOffset
            while end + 1 < at + length, bytes.u16(end) != 0 { end += 2 }
            if end > at + nameOffset { names.append(bytes.utf16(at + nameOffset, end - at - nameOffset)) }
            at += length
        }
        return names
    }

    /// Reads the name of each picture of `file`'s catalog as an archive member's name
    /// (`Thumbs.db` › `王一诺.jpg`).
    static func scan<S: FindingSink>(_ file: CompoundFileDirectory, engine: DetectionEngine, sink: inout S) throws {
        for name in names(try file.streamBytes(named: .catalog, limit: limit)) {
            ArchiveReader.scanName(of: name, engine: engine, sink: &sink)
        }
    }
}
