/// What an OLE compound file (D0 CF 11 E0 A1 B1 1A E1) holds, judged by the streams at the
/// root of its directory.
public enum CompoundFileKind: Sendable, Equatable {
    /// An encrypted OOXML file: "EncryptionInfo" and "EncryptedPackage" streams.
    case encryptedPackage
    /// A legacy Excel workbook: a "Workbook" (BIFF8) or "Book" (BIFF5) stream.
    case legacyExcel
    /// A legacy Word document: a "WordDocument" stream.
    case legacyWord
    /// A legacy PowerPoint presentation: a "PowerPoint Document" stream.
    case legacyPowerPoint
    /// An Office Open XML file wrapped as an OLE object (an `.xlsx` embedded in a `.doc`): its
    /// zip whole in a "Package" stream.
    case package
    /// A file packed by Windows' Object Packager (`OLENativePackage`): an "Ole10Native" stream.
    case nativePackage
    /// Windows' thumbnail cache of a folder of pictures (`Thumbs.db`): a "Catalog" stream.
    case thumbnailCache
    /// An Outlook message (`.msg`): its properties in `__substg1.0_…` streams.
    case outlookMessage
    case other
}

/// Inspection of OLE compound files (MS-CFB): reads the header, the FAT sectors it needs and the
/// directory, one sector at a time. Memory stays bounded: a few sectors, and a few bytes per
/// directory entry for at most `maxDirectorySectors` sectors.
public enum CompoundFile {
    public static let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// Longest directory chain followed (16,384 entries with 512-byte sectors).
    static let maxDirectorySectors = 4096

    public static func inspect(_ source: any ByteSource) throws -> CompoundFileKind {
        try CompoundFileDirectory(source).kind
    }

    /// The streams and storages directly under `storage`: its child and, through left and
    /// right siblings, the rest of its red-black tree.
    fileprivate static func children(of storage: DirectoryNode, _ nodes: [DirectoryNode]) throws -> [DirectoryNode] {
        var children: [DirectoryNode] = []
        var seen = Set<UInt32>()
        var pending = [storage.child]
        while let id = pending.popLast() {
            if id == noStream { continue }
            guard id < nodes.count, id != 0, seen.insert(id).inserted else {
                throw corrupt("bad directory tree")
            }
            let node = nodes[Int(id)]
            if node.type == DirectoryNode.streamType || node.type == DirectoryNode.storageType { children.append(node) }
            pending.append(node.left)
            pending.append(node.right)
        }
        return children
    }

    static func corrupt(_ what: String) -> ScanError {
        ScanError(.other("corrupt OLE compound file: \(what)"))
    }

    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let noStream: UInt32 = 0xFFFF_FFFF
}

/// A compound file opened once: its directory read, its root streams known by name, each
/// opened from there (a reader opens several: a workbook and its property sets). The same for
/// a storage inside it that holds a document of its own, an embedded object (`embeddedObjects`).
struct CompoundFileDirectory {
    private let file: SectorReader
    /// The file's root entry, whose stream holds every small stream.
    private let root: DirectoryNode
    private let nodes: [DirectoryNode]
    /// The streams and storages of this directory's storage (the root's, or an object's).
    private let children: [DirectoryNode]
    private var streams: [DirectoryNode] { children.filter { $0.type == DirectoryNode.streamType } }
    /// Where this directory's storage is in the file (`ObjectPool/_1234`; empty for the root).
    let path: String

    init(_ source: any ByteSource) throws {
        var file = try SectorReader(source: source)
        let nodes = try file.directory()
        guard let root = nodes.first, root.type == DirectoryNode.rootType else {
            throw CompoundFile.corrupt("no root directory entry")
        }
        try self.init(file: file, root: root, nodes: nodes, storage: root, path: "")
    }

    private init(file: SectorReader, root: DirectoryNode, nodes: [DirectoryNode], storage: DirectoryNode, path: String) throws {
        self.file = file
        self.root = root
        self.nodes = nodes
        self.path = path
        children = try CompoundFile.children(of: storage, nodes)
    }

    /// The storages of objects embedded in the document, each a compound file of its own: Word
    /// keeps them in `ObjectPool` (`ObjectPool/_1234567890`), Excel at the root (`MBD0001A2B3`).
    func embeddedObjects() throws -> [CompoundFileDirectory] {
        var storages: [(node: DirectoryNode, path: String)] = []
        for child in children where child.type == DirectoryNode.storageType {
            if child.name == .objectPool {
                storages += try CompoundFile.children(of: child, nodes).filter { $0.type == DirectoryNode.storageType }
                    .map { ($0, "ObjectPool/" + $0.label) }
            } else if child.name == .excelObject {
                storages.append((child, child.label))
            }
        }
        return try storages.sorted { $0.path < $1.path }.map {
            try CompoundFileDirectory(file: file, root: root, nodes: nodes, storage: $0.node, path: $0.path)
        }
    }

    /// What the file holds, judged by its root streams.
    var kind: CompoundFileKind {
        let names = Set(streams.compactMap(\.name))
        if names.contains(.encryptionInfo) && names.contains(.encryptedPackage) { return .encryptedPackage }
        if names.contains(.workbook) { return .legacyExcel }
        if names.contains(.wordDocument) { return .legacyWord }
        if names.contains(.powerPointDocument) { return .legacyPowerPoint }
        if names.contains(.package) { return .package }
        if names.contains(.ole10Native) { return .nativePackage }
        if names.contains(.catalog) { return .thumbnailCache }
        if streams.contains(where: { $0.label.hasPrefix(OutlookMessage.propertyPrefix) }) { return .outlookMessage }
        return .other
    }

    /// The whole stream `name`, at most `limit` bytes (an object's `Package`: a zip to open).
    func streamBytes(named name: StreamName, limit: Int) throws -> [UInt8] {
        guard var stream = try stream(named: name) else { throw CompoundFile.corrupt("no \(name) stream") }
        guard stream.size <= limit else {
            throw ScanError(.other("larger than \(limit >> 20) MiB: extract it to scan it"))
        }
        return Array(try stream.bytes(at: 0, count: stream.size, what: "the \(name) stream").bytes)
    }

    /// The names of this directory's streams and of its storages, as written (an Outlook
    /// message's `__substg1.0_0037001F`, `__recip_version1.0_#00000000`).
    var streamLabels: [String] { streams.map(\.label) }
    var storageLabels: [String] { children.filter { $0.type == DirectoryNode.storageType }.map(\.label) }

    /// The whole stream written `label` (case aside), at most `limit` bytes; nil when there is none.
    func streamBytes(labelled label: String, limit: Int) throws -> [UInt8]? {
        let wanted = label.uppercased()
        guard let node = streams.first(where: { $0.label.uppercased() == wanted }) else { return nil }
        guard node.size <= UInt64(limit) else { throw ScanError(.other("larger than \(limit >> 20) MiB: extract it to scan it")) }
        var stream = try CompoundFileStream(file, start: node.startSector, size: Int(node.size), root: root)
        return Array(try stream.bytes(at: 0, count: stream.size, what: "the \(label) stream").bytes)
    }

    /// The storage written `label` in this one, as a directory of its own; nil when there is none.
    func storage(labelled label: String) throws -> CompoundFileDirectory? {
        guard let node = children.first(where: { $0.type == DirectoryNode.storageType && $0.label == label }) else { return nil }
        return try CompoundFileDirectory(file: file, root: root, nodes: nodes, storage: node, path: path.isEmpty ? label : path + "/" + label)
    }

    /// The stream `name` of this directory's storage, to read; nil when there is none.
    func stream(named name: StreamName) throws -> CompoundFileStream? {
        guard let node = streams.first(where: { $0.name == name }) else { return nil }
        return try CompoundFileStream(file, start: node.startSector, size: Int(node.size), root: root)
    }
}

/// The stream names that tell the kinds apart, those the readers open, and the storages of
/// embedded objects.
enum StreamName: Hashable {
    case encryptionInfo, encryptedPackage, workbook, wordDocument, powerPointDocument, table0, table1, summaryInformation,
         documentSummaryInformation, package, ole10Native, objectPool, excelObject, catalog

    /// Names compare case-insensitively, as in MS-CFB.
    init?(_ name: String) {
        let upper = name.uppercased()
        // Excel names an embedded object's storage MBD and eight hex digits.
        if upper.count == 11, upper.hasPrefix("MBD") {
            self = .excelObject
            return
        }
        switch upper {
        case "ENCRYPTIONINFO": self = .encryptionInfo
        case "ENCRYPTEDPACKAGE": self = .encryptedPackage
        case "WORKBOOK", "BOOK": self = .workbook
        case "WORDDOCUMENT": self = .wordDocument
        case "POWERPOINT DOCUMENT": self = .powerPointDocument
        case "0TABLE": self = .table0
        case "\u{5}SUMMARYINFORMATION": self = .summaryInformation
        case "\u{5}DOCUMENTSUMMARYINFORMATION": self = .documentSummaryInformation
        case "1TABLE": self = .table1
        case "PACKAGE": self = .package
        case "\u{1}OLE10NATIVE": self = .ole10Native
        case "OBJECTPOOL": self = .objectPool
        case "CATALOG": self = .catalog
        default: return nil
        }
    }
}

/// What inspection keeps of one 128-byte directory entry.
struct DirectoryNode {
    static let storageType: UInt8 = 1
    static let streamType: UInt8 = 2
    static let rootType: UInt8 = 5

    var left: UInt32
    var right: UInt32
    var child: UInt32
    var type: UInt8
    var name: StreamName?
    /// The entry's name as written (`_1234567890`, an object's storage).
    var label = ""
    /// A stream's first sector (the root's: the mini stream's), and its size in bytes.
    var startSector: UInt32
    var size: UInt64

    init(_ entry: LEBytes) throws {
        type = UInt8(entry.u8(0x42))
        left = entry.u32(0x44)
        right = entry.u32(0x48)
        child = entry.u32(0x4C)
        startSector = entry.u32(0x74)
        // Version 3 files (512-byte sectors) may leave junk in the high half.
        size = UInt64(entry.u32(0x78))
        name = nil
        guard type != 0 else { return }  // unused entry
        let length = entry.u16(0x40)
        guard length <= 64, length % 2 == 0 else { throw CompoundFile.corrupt("bad directory entry name length") }
        label = entry.utf16(0, max(0, length - 2))
        name = StreamName(label)
    }
}

/// Sector-level access: the header, FAT lookups through the DIFAT (header entries, then the
/// DIFAT sector chain), and single sectors. Caches one FAT and one DIFAT sector.
struct SectorReader {
    let source: any ByteSource
    let header: LEBytes
    let shift: Int
    let sectorSize: Int
    /// Sectors after the header (the last may be partial in a file cut short).
    let sectorCount: Int
    let fatSectorCount: Int
    let firstDirectorySector: UInt32
    let firstDIFATSector: UInt32
    let difatSectorCount: Int
    static let headerDIFATEntries = 109

    private var fatCache: (id: UInt32, bytes: LEBytes)?
    private var difatCache: (hop: Int, id: UInt32, bytes: LEBytes)?

    init(source: any ByteSource) throws {
        self.source = source
        guard let header = try SourceBytes.read(source, count: 512, at: 0) else {
            if let head = try SourceBytes.read(source, count: 8, at: 0), Array(head.bytes) == CompoundFile.magic {
                throw CompoundFile.corrupt("the header is cut short")
            }
            throw ScanError(.other("not an OLE compound file (no D0 CF 11 E0 signature)"))
        }
        guard Array(header.slice(0, 8)) == CompoundFile.magic else {
            throw ScanError(.other("not an OLE compound file (no D0 CF 11 E0 signature)"))
        }
        guard header.u16(0x1C) == 0xFFFE else { throw CompoundFile.corrupt("bad byte order mark") }
        shift = header.u16(0x1E)
        guard shift == 9 || shift == 12 else {
            throw CompoundFile.corrupt("sector shift \(shift) (sectors must be 512 or 4096 bytes)")
        }
        self.header = header
        sectorSize = 1 << shift
        let size = try SourceBytes.size(of: source)
        sectorCount = max(0, (size - 1) >> shift)  // ceil((size - header) / sectorSize)
        fatSectorCount = Int(header.u32(0x2C))
        firstDirectorySector = header.u32(0x30)
        firstDIFATSector = header.u32(0x44)
        difatSectorCount = Int(header.u32(0x48))
    }

    /// The directory's entries in order, following its sector chain.
    mutating func directory() throws -> [DirectoryNode] {
        var nodes: [DirectoryNode] = []
        var visited = Set<UInt32>()
        var sector = firstDirectorySector
        while sector != CompoundFile.endOfChain {
            guard visited.insert(sector).inserted else { throw CompoundFile.corrupt("the directory sector chain loops") }
            guard visited.count <= CompoundFile.maxDirectorySectors else {
                throw CompoundFile.corrupt("the directory is longer than \(CompoundFile.maxDirectorySectors) sectors")
            }
            let bytes = try read(sector: sector, what: "directory")
            for at in stride(from: 0, to: sectorSize, by: 128) {
                nodes.append(try DirectoryNode(bytes.sub(at, 128)))
            }
            sector = try next(after: sector)
        }
        return nodes
    }

    /// The FAT entry of `sector`: the next sector of its chain.
    mutating func next(after sector: UInt32) throws -> UInt32 {
        let perSector = sectorSize / 4
        let fatSector = try fatSectorID(index: Int(sector) / perSector)
        if fatCache?.id != fatSector {
            fatCache = (fatSector, try read(sector: fatSector, what: "FAT"))
        }
        return fatCache!.bytes.u32(4 * (Int(sector) % perSector))
    }

    /// Where FAT sector number `index` lives: in the header's 109 DIFAT entries, then in the
    /// DIFAT sectors (each holding sectorSize/4 - 1 entries and the next DIFAT sector's ID).
    mutating func fatSectorID(index: Int) throws -> UInt32 {
        guard index < fatSectorCount else {
            throw CompoundFile.corrupt("a chain needs FAT sector \(index) but the file has \(fatSectorCount)")
        }
        if index < Self.headerDIFATEntries { return header.u32(0x4C + 4 * index) }
        let perSector = sectorSize / 4 - 1
        let hop = (index - Self.headerDIFATEntries) / perSector
        guard hop < difatSectorCount else { throw CompoundFile.corrupt("the DIFAT is shorter than its FAT") }
        // Walk the DIFAT chain to sector `hop`, from the cached one when it is not past it.
        var (current, id, bytes): (Int, UInt32, LEBytes?) = (0, firstDIFATSector, nil)
        if let cache = difatCache, cache.hop <= hop { (current, id, bytes) = (cache.hop, cache.id, cache.bytes) }
        while current < hop {
            let sector = try bytes ?? read(sector: id, what: "DIFAT")
            id = sector.u32(4 * perSector)  // the last entry links to the next DIFAT sector
            bytes = nil
            current += 1
        }
        let sector = try bytes ?? read(sector: id, what: "DIFAT")
        difatCache = (hop, id, sector)
        return sector.u32(4 * ((index - Self.headerDIFATEntries) % perSector))
    }

    func read(sector: UInt32, what: String) throws -> LEBytes {
        guard Int(sector) < sectorCount else {
            throw CompoundFile.corrupt("\(what) sector \(sector) lies outside the file")
        }
        guard let bytes = try SourceBytes.read(source, count: sectorSize, at: (Int(sector) + 1) << shift) else {
            throw CompoundFile.corrupt("\(what) sector \(sector) is cut short")
        }
        return bytes
    }
}
