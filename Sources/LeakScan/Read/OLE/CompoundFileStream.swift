/// Reads one stream of an OLE compound file (MS-CFB) from its start, in order. A regular stream
/// comes sector by sector along its FAT chain, one sector in memory; a stream smaller than the
/// mini stream cutoff (4096 bytes) lives in 64-byte mini sectors inside the root's mini stream
/// and is read whole. Chains that loop or end early are reported as a corrupt file.
struct CompoundFileStream {
    private var file: SectorReader
    /// The stream's size in bytes, as its directory entry gives it.
    let size: Int
    /// Bytes handed out so far.
    private var position = 0
    /// A regular stream: the sector being read and how far into it.
    private var sector: UInt32
    private var sectorsRead = 0
    private var current: LEBytes?
    private var offsetInSector = 0
    /// A small stream's bytes.
    private var small: [UInt8]?

    init(_ file: SectorReader, start: UInt32, size: Int, root: DirectoryNode) throws {
        self.file = file
        self.size = size
        sector = start
        if size < Int(file.header.u32(0x38)) {
            small = try Self.readMini(&self.file, start: start, size: size, root: root)
        }
    }

    /// Fills `buffer` with the next bytes of the stream; returns how many, 0 at its end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var done = 0
        if let small {
            let n = min(buffer.count, small.count - position)
            small.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + position, byteCount: n) }
            position += n
            return n
        }
        while done < buffer.count, position < size {
            if current == nil || offsetInSector == file.sectorSize {
                if sectorsRead > 0 { sector = try file.next(after: sector) }
                guard sector != CompoundFile.endOfChain else {
                    throw CompoundFile.corrupt("a stream ends before its size (\(size) bytes)")
                }
                sectorsRead += 1
                guard sectorsRead <= file.sectorCount else { throw CompoundFile.corrupt("a stream's sector chain loops") }
                current = try file.read(sector: sector, what: "stream")
                offsetInSector = 0
            }
            let n = min(buffer.count - done, file.sectorSize - offsetInSector, size - position)
            current!.bytes.withUnsafeBytes {
                (buffer.baseAddress! + done).copyMemory(from: $0.baseAddress! + offsetInSector, byteCount: n)
            }
            offsetInSector += n
            position += n
            done += n
        }
        return done
    }

    /// A small stream, whole: its mini sectors follow the mini FAT; mini sector k lies at byte
    /// 64k of the mini stream, which is the root entry's regular chain.
    private static func readMini(_ file: inout SectorReader, start: UInt32, size: Int, root: DirectoryNode) throws -> [UInt8] {
        let miniSectorSize = 1 << file.header.u16(0x20)
        guard miniSectorSize == 64 else { throw CompoundFile.corrupt("mini sector size \(miniSectorSize)") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var rootChain: [UInt32] = [root.startSector]
        var miniSector = start
        while bytes.count < size {
            guard miniSector != CompoundFile.endOfChain else {
                throw CompoundFile.corrupt("a small stream ends before its size (\(size) bytes)")
            }
            guard bytes.count / miniSectorSize < 64 else { throw CompoundFile.corrupt("a small stream's chain loops") }
            let offset = Int(miniSector) * miniSectorSize
            let index = offset / file.sectorSize
            guard offset + miniSectorSize <= Int(root.size) else {
                throw CompoundFile.corrupt("mini sector \(miniSector) lies outside the mini stream")
            }
            while rootChain.count <= index {
                let next = try file.next(after: rootChain[rootChain.count - 1])
                guard next != CompoundFile.endOfChain, rootChain.count <= file.sectorCount else {
                    throw CompoundFile.corrupt("the mini stream ends before its size")
                }
                rootChain.append(next)
            }
            let container = try file.read(sector: rootChain[index], what: "mini stream")
            let n = min(miniSectorSize, size - bytes.count)
            bytes.append(contentsOf: container.slice(offset % file.sectorSize, n))
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
