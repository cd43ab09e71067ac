import XCTest
@testable import LeakScan

/// A large source that is all zeros except for a few runs of bytes: a compound file whose
/// directory lies past what the header's 109 DIFAT entries reach, without 15 MB of fixture.
private struct SparseSource: ByteSource {
    let displayPath = "sparse.ole"
    let size: Int?
    let runs: [(offset: Int, bytes: [UInt8])]

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        guard offset < size! else { return 0 }
        let n = min(buffer.count, size! - offset)
        for k in 0..<n { buffer[k] = 0 }
        for run in runs {
            let start = max(offset, run.offset), end = min(offset + n, run.offset + run.bytes.count)
            for at in start..<max(start, end) { buffer[at - offset] = run.bytes[at - run.offset] }
        }
        return n
    }
}

final class CompoundFileTests: XCTestCase {
    private func kind(_ name: String) throws -> CompoundFileKind {
        try CompoundFile.inspect(ZipFixtures.source(name))
    }

    private func assertError(_ message: String, file: StaticString = #filePath, line: UInt = #line,
                             _ source: @autoclosure () throws -> any ByteSource) {
        XCTAssertThrowsError(try CompoundFile.inspect(source()), file: file, line: line) { error in
            XCTAssertEqual(error as? ScanError, ScanError(.other(message)), file: file, line: line)
        }
    }

    func testKinds() throws {
        XCTAssertEqual(try kind("encrypted.xlsx"), .encryptedPackage)  // msoffcrypto-tool
        XCTAssertEqual(try kind("legacy.xls"), .legacyExcel)           // xlwt, BIFF8 "Workbook"
        XCTAssertEqual(try kind("directory_two_sectors.xls"), .legacyExcel)  // "Book" in the second directory sector
        // A Word document embedding a workbook: only the root's streams count.
        XCTAssertEqual(try kind("legacy_word.doc"), .legacyWord)
        XCTAssertEqual(try kind("other_v4.ole"), .other)  // 4096-byte sectors
    }

    func testBoundedReads() throws {
        let source = ZipProbeSource(try ZipFixtures.source("other_v4.ole"))
        XCTAssertEqual(try CompoundFile.inspect(source), .other)
        XCTAssertLessThanOrEqual(source.largestRead, 4096)
    }

    func testCorruptFiles() throws {
        assertError("corrupt OLE compound file: the directory sector chain loops",
                    try ZipFixtures.source("directory_loop.ole"))
        assertError("corrupt OLE compound file: directory sector 500 lies outside the file",
                    try ZipFixtures.source("directory_outside.ole"))
        assertError("corrupt OLE compound file: sector shift 10 (sectors must be 512 or 4096 bytes)",
                    try ZipFixtures.source("bad_sector_shift.ole"))
        let xls = try ZipFixtures.bytes("legacy.xls")
        assertError("corrupt OLE compound file: the header is cut short",
                    MemorySource(Array(xls.prefix(100)), displayPath: "cut.xls"))
        assertError("not an OLE compound file (no D0 CF 11 E0 signature)", try ZipFixtures.source("basic.zip"))
        assertError("not an OLE compound file (no D0 CF 11 E0 signature)", MemorySource([], displayPath: "empty"))
        // Cut after the header: the FAT and directory sectors are gone.
        XCTAssertThrowsError(try CompoundFile.inspect(MemorySource(Array(xls.prefix(1024)), displayPath: "cut.xls"))) {
            XCTAssertTrue(String(describing: $0).hasPrefix("corrupt OLE compound file: "), "\($0)")
        }
        // The root entry's type byte cleared.
        var doc = try ZipFixtures.bytes("legacy_word.doc")
        let root = 512 * 2  // header, FAT sector 0, directory sector 1
        XCTAssertEqual(doc[root + 0x42], 5)
        doc[root + 0x42] = 1
        assertError("corrupt OLE compound file: no root directory entry", MemorySource(doc, displayPath: "d.doc"))
        // A sibling pointing back at the root's child: a loop in the tree.
        doc[root + 0x42] = 5
        let child = Int(doc[root + 0x4C])
        doc[root + 128 * child + 0x48] = UInt8(child)
        doc[root + 128 * child + 0x49] = 0
        doc[root + 128 * child + 0x4A] = 0
        doc[root + 128 * child + 0x4B] = 0
        assertError("corrupt OLE compound file: bad directory tree", MemorySource(doc, displayPath: "d.doc"))
    }

    /// Directory sectors whose FAT entries live in FAT sectors 109 and 236, reached through the
    /// first and second DIFAT sectors.
    func testDirectoryBeyondTheHeaderDIFAT() throws {
        func le32(_ values: [UInt32]) -> [UInt8] { values.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } } }
        func entry(_ name: String, type: UInt8, child: UInt32 = 0xFFFF_FFFF) -> [UInt8] {
            var e = [UInt8](repeating: 0, count: 128)
            let units = Array(name.utf16) + [0]
            for (k, u) in units.enumerated() { e[2 * k] = UInt8(u & 0xFF); e[2 * k + 1] = UInt8(u >> 8) }
            e[0x40] = UInt8(2 * units.count)
            e[0x42] = type
            e.replaceSubrange(0x44..<0x50, with: le32([0xFFFF_FFFF, 0xFFFF_FFFF, child]))
            e.replaceSubrange(0x74..<0x78, with: le32([0xFFFF_FFFE]))
            return e
        }
        let free: UInt32 = 0xFFFF_FFFF, end: UInt32 = 0xFFFF_FFFE
        let firstDir = 109 * 128 + 5, secondDir = 236 * 128 + 7  // FAT sectors #109 and #236
        let difat = [200, 201], fat109 = 300, fat236 = 301
        var header = CompoundFile.magic + [UInt8](repeating: 0, count: 16)
        header += [0x3E, 0, 3, 0, 0xFE, 0xFF, 9, 0, 6, 0, 0, 0, 0, 0, 0, 0]
        header += le32([0, 237, UInt32(firstDir), 0, 4096, end, 0, UInt32(difat[0]), 2])
        header += le32((0..<109).map { UInt32($0) })  // FAT sectors 0...108 (never read here)
        XCTAssertEqual(header.count, 512)
        func sectorOffset(_ id: Int) -> Int { (id + 1) * 512 }
        // DIFAT sector k: 127 FAT sector IDs (#109 + 127k ...), then the next DIFAT sector.
        var difat0 = [UInt32](repeating: free, count: 128), difat1 = difat0
        difat0[0] = UInt32(fat109)
        difat0[127] = UInt32(difat[1])
        difat1[0] = UInt32(fat236)
        difat1[127] = end
        var fatA = [UInt32](repeating: free, count: 128), fatB = fatA
        fatA[firstDir % 128] = UInt32(secondDir)
        fatB[secondDir % 128] = end
        let unused = [UInt8](repeating: 0, count: 128)
        let dirA = entry("Root Entry", type: 5, child: 4) + unused + unused + unused
        let dirB = entry("WordDocument", type: 2) + unused + unused + unused
        let source = SparseSource(size: sectorOffset(secondDir + 1), runs: [
            (0, header), (sectorOffset(difat[0]), le32(difat0)), (sectorOffset(difat[1]), le32(difat1)),
            (sectorOffset(fat109), le32(fatA)), (sectorOffset(fat236), le32(fatB)),
            (sectorOffset(firstDir), dirA), (sectorOffset(secondDir), dirB),
        ])
        XCTAssertGreaterThan(source.size!, 15_000_000)
        let probe = ZipProbeSource(source)
        XCTAssertEqual(try CompoundFile.inspect(probe), .legacyWord)
        XCTAssertLessThanOrEqual(probe.bytesRead, 512 * 8)

        // A DIFAT that ends too soon.
        var short = header
        short.replaceSubrange(0x48..<0x4C, with: le32([1]))
        let cut = SparseSource(size: source.size, runs: [(0, short)] + source.runs.dropFirst())
        assertError("corrupt OLE compound file: the DIFAT is shorter than its FAT", cut)
    }

    /// Seeded random byte changes in the header, FAT and directory: a kind or a ScanError, never a trap.
    func testMutatedFilesOnlyThrow() throws {
        var seed: UInt64 = 0xC0FFEE
        func random(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for name in ["legacy_word.doc", "directory_two_sectors.xls", "encrypted.xlsx", "legacy.xls"] {
            let original = try ZipFixtures.bytes(name)
            for _ in 0..<300 {
                var bytes = original
                for _ in 0..<(1 + random(4)) {
                    let at = random(2) == 0 ? 0x1C + random(0x200 - 0x1C) : random(bytes.count)
                    bytes[at] = random(3) == 0 ? 0xFF : UInt8(random(256))
                }
                do { _ = try CompoundFile.inspect(MemorySource(bytes, displayPath: name)) } catch is ScanError {}
            }
        }
    }
}
