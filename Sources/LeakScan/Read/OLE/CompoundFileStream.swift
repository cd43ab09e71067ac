/// Reads one stream of an OLE compound file (MS-CFB), in order or at any offset. A regular
/// stream's sector chain is followed once, when it is opened (4 bytes a sector are kept), and its
/// sectors are read as they are needed, one in memory; a stream smaller than the mini stream
/// cutoff (4096 bytes) lives in 64-byte mini sectors inside the root's mini stream and is read
/// whole. Chains that loop or end early are reported as a corrupt file.
struct CompoundFileStream {
    private var file: SectorReader
    /// The stream's size in bytes, as its directory entry gives it.
    let size: Int
    /// Bytes read in order so far.
    private var position = 0
    /// A regular stream's sectors, in order.
    private var chain: [UInt32] = []
    /// The last sector read, by its index in `chain`.
    private var current: (index: Int, bytes: LEBytes)?
    /// A small stream's bytes.
    private var small: [UInt8]?

    init(_ file: SectorReader, start: UInt32, size: Int, root: DirectoryNode) throws {
        self.file = file
        self.size = size
        if size < Int(file.header.u32(0x38)) {
            small = try Self.readMini(&self.file, start: start, size: size, root: root)
        } else {
            chain = try Self.followChain(&self.file, from: start, sectors: (size + file.sectorSize - 1) / file.sectorSize)
        }
    }

    /// Fills `buffer` with the next bytes of the stream; returns how many, 0 at its end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = try read(at: position, into: buffer)
        position += n
        return n
    }

    /// Fills `buffer` with the bytes from `offset`; returns how many, fewer at the stream's end.
    mutating func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset >= 0, offset < size else { return 0 }
        let total = min(buffer.count, size - offset)
        if let small {
            small.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: total) }
            return total
        }
        var done = 0
        while done < total {
            let at = offset + done
            let index = at / file.sectorSize
            if current?.index != index { current = (index, try file.read(sector: chain[index], what: "stream")) }
            let within = at % file.sectorSize
            let n = min(total - done, file.sectorSize - within)
            current!.bytes.bytes.withUnsafeBytes {
                (buffer.baseAddress! + done).copyMemory(from: $0.baseAddress! + within, byteCount: n)
            }
            done += n
        }
        return total
    }

    /// Exactly `count` bytes from `offset`; an error naming `what` when the stream ends first.
    mutating func bytes(at offset: Int, count: Int, what: String) throws -> LEBytes {
        var bytes = [UInt8](repeating: 0, count: count)
        let n = try bytes.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        guard n == count else { throw CompoundFile.corrupt("\(what) is cut short") }
        return LEBytes(bytes[...])
    }

    /// The first `sectors` sectors of the chain from `start`.
    private static func followChain(_ file: inout SectorReader, from start: UInt32, sectors: Int) throws -> [UInt32] {
        guard sectors <= file.sectorCount else { throw CompoundFile.corrupt("a stream is larger than the file") }
        var chain: [UInt32] = []
        chain.reserveCapacity(sectors)
        var sector = start
        while chain.count < sectors {
            guard sector != CompoundFile.endOfChain, Int(sector) < file.sectorCount else {
                throw CompoundFile.corrupt("a stream ends before its size")
            }
            chain.append(sector)
            if chain.count < sectors { sector = try file.next(after: sector) }
        }
        return chain
    }

    /// A small stream, whole: its mini sectors follow the mini FAT; mini sector k lies at byte
    /// 64k of the mini stream, which is the root entry's regular chain.
    private static func readMini(_ file: inout SectorReader, start: UInt32, size: Int, root: DirectoryNode) throws -> [UInt8] {
        let miniSectorSize = 1 << file.header.u16(0x20)
        guard miniSectorSize == 64 else { throw CompoundFile.corrupt("mini sector size \(miniSectorSize)") }
        let rootChain = try followChain(&file, from: root.startSector,
                                        sectors: (Int(root.size) + file.sectorSize - 1) / file.sectorSize)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var miniSector = start
        while bytes.count < size {
            guard miniSector != CompoundFile.endOfChain else {
                throw CompoundFile.corrupt("a small stream ends before its size (\(size) bytes)")
            }
            let offset = Int(miniSector) * miniSectorSize
            guard offset + miniSectorSize <= Int(root.size) else {
                throw CompoundFile.corrupt("mini sector \(miniSector) lies outside the mini stream")
            }
            let container = try file.read(sector: rootChain[offset / file.sectorSize], what: "mini stream")
            bytes.append(contentsOf: container.slice(offset % file.sectorSize, min(miniSectorSize, size - bytes.count)))
            miniSector = try nextMini(&file, after: miniSector)
        }
        return bytes
    }

    /// The mini FAT entry of `miniSector`: the mini FAT is a regular chain of 32-bit entries.
    private static func nextMini(_ file: inout SectorReader, after miniSector: UInt32) throws -> UInt32 {
        let perSector = file.sectorSize / 4
        var miniFATSector = file.header.u32(0x3C)
        for _ in 0..<(Int(miniSector) / perSector) {
            guard miniFATSector != CompoundFile.endOfChain else { throw CompoundFile.corrupt("the mini FAT is too short") }
            miniFATSector = try file.next(after: miniFATSector)
        }
        guard miniFATSector != CompoundFile.endOfChain else { throw CompoundFile.corrupt("the mini FAT is too short") }
        return try file.read(sector: miniFATSector, what: "mini FAT").u32(4 * (Int(miniSector) % perSector))
    }
}
