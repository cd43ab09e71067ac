import Foundation
import XCTest
@testable import LeakScan

/// Fixtures from scripts/make_zip_fixtures.py, and the same deterministic content it writes.
enum ZipFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/zip")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func source(_ name: String) throws -> FileSource { try FileSource(path: path(name)) }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// `text_pattern` in the script.
    static func textPattern(_ lines: Int) -> [UInt8] {
        var text = ""
        for i in 0..<lines {
            let number = String(i)
            text += "line \(String(repeating: "0", count: max(0, 5 - number.count)) + number) value \((i * 7919) % 10007)\n"
        }
        return Array(text.utf8)
    }

    /// `binary_pattern` in the script.
    static func binaryPattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: ($0 * 2_654_435_761) >> 13) }
    }
}

/// Reads through another source, counting calls and bytes, refusing reads past `cutoff`
/// (a file that shrinks after it was opened), optionally hiding its size.
final class ZipProbeSource: ByteSource, @unchecked Sendable {
    let inner: any ByteSource
    let hidesSize: Bool
    var cutoff = Int.max
    private(set) var largestRead = 0
    private(set) var bytesRead = 0

    init(_ inner: any ByteSource, hidesSize: Bool = false) {
        self.inner = inner
        self.hidesSize = hidesSize
    }

    var displayPath: String { inner.displayPath }
    var size: Int? { hidesSize ? nil : inner.size }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        largestRead = max(largestRead, buffer.count)
        guard offset < cutoff else { return 0 }
        let count = min(buffer.count, cutoff - offset)
        let n = try inner.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count]), at: offset)
        bytesRead += n
        return n
    }

    func resetCounts() {
        largestRead = 0
        bytesRead = 0
    }
}

private struct StopReading: Error, Equatable {}

final class ZipArchiveTests: XCTestCase {
    private func readAll(_ archive: ZipArchive, _ name: String, chunkSize: Int = 256 << 10) throws -> [UInt8] {
        let entry = try XCTUnwrap(archive.entry(named: name), name)
        var out: [UInt8] = []
        try archive.stream(entry, chunkSize: chunkSize) { chunk in
            XCTAssertLessThanOrEqual(chunk.count, chunkSize)
            XCTAssertGreaterThan(chunk.count, 0)
            out.append(contentsOf: chunk)
        }
        return out
    }

    private func assertError(_ reason: ScanError.Reason, file: StaticString = #filePath, line: UInt = #line,
                             _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual(error as? ScanError, ScanError(reason), file: file, line: line)
        }
    }

    private func assertStreamError(_ archive: ZipArchive, _ name: String, _ reason: ScanError.Reason,
                                   file: StaticString = #filePath, line: UInt = #line) {
        assertError(reason, file: file, line: line) { _ = try readAll(archive, name) }
    }

    // MARK: reading

    func testStoredAndDeflatedEntries() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("basic.zip"))
        XCTAssertEqual(archive.entries.map(\.name),
                       ["stored.txt", "deflated.txt", "empty.txt", "folder/", "folder/binary.bin", "名单/说明.txt"])
        XCTAssertEqual(archive.entries.map(\.method), [0, 8, 0, 0, 8, 8])
        XCTAssertEqual(archive.entries.map(\.uncompressedSize), [874, 21889, 0, 0, 3000, 35])
        XCTAssertEqual(archive.entries.map(\.isDirectory), [false, false, false, true, false, false])
        XCTAssertEqual(archive.entries.map { $0.flags & 0x0800 != 0 }, [false, false, false, false, false, true])
        XCTAssertFalse(archive.entries.contains { $0.isEncrypted || $0.hasDataDescriptor })
        let stored = try XCTUnwrap(archive.entry(named: "stored.txt"))
        XCTAssertEqual(stored.compressedSize, 874)
        XCTAssertEqual(stored.localHeaderOffset, 0)

        XCTAssertEqual(try readAll(archive, "stored.txt"), ZipFixtures.textPattern(40))
        XCTAssertEqual(try readAll(archive, "deflated.txt"), ZipFixtures.textPattern(1000))
        XCTAssertEqual(try readAll(archive, "empty.txt"), [])
        XCTAssertEqual(try readAll(archive, "folder/"), [])
        XCTAssertEqual(try readAll(archive, "folder/binary.bin"), ZipFixtures.binaryPattern(3000))
        XCTAssertEqual(String(decoding: try readAll(archive, "名单/说明.txt"), as: UTF8.self), "测试数据，非真实\n第二行\n")
        XCTAssertNil(archive.entry(named: "missing.txt"))
        XCTAssertNil(archive.entry(named: "STORED.TXT"))
    }

    func testChunkSizesDoNotChangeTheBytes() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("basic.zip"))
        for chunkSize in [1, 7, 1000, 4096, 1 << 20] {
            XCTAssertEqual(try readAll(archive, "deflated.txt", chunkSize: chunkSize), ZipFixtures.textPattern(1000),
                           "chunk size \(chunkSize)")
            XCTAssertEqual(try readAll(archive, "stored.txt", chunkSize: chunkSize), ZipFixtures.textPattern(40),
                           "chunk size \(chunkSize)")
        }
    }

    func testDataDescriptors() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("data_descriptor.zip"))
        XCTAssertEqual(archive.entries.map(\.name), ["stored.txt", "deflated.txt"])
        XCTAssertEqual(archive.entries.map(\.hasDataDescriptor), [true, true])
        XCTAssertEqual(archive.entries.map(\.uncompressedSize), [874, 21889])
        XCTAssertEqual(try readAll(archive, "stored.txt", chunkSize: 100), ZipFixtures.textPattern(40))
        XCTAssertEqual(try readAll(archive, "deflated.txt"), ZipFixtures.textPattern(1000))
    }

    func testZip64LocalExtraLongerThanCentral() throws {
        // zipfile's force_zip64 puts a ZIP64 extra field in the local header only.
        let archive = try ZipArchive(source: ZipFixtures.source("zip64_local_extra.zip"))
        XCTAssertEqual(archive.entries.map(\.name), ["deflated.txt", "stored.txt"])
        XCTAssertEqual(try readAll(archive, "deflated.txt"), ZipFixtures.textPattern(1000))
        XCTAssertEqual(try readAll(archive, "stored.txt"), ZipFixtures.textPattern(40))
    }

    func testZip64EndRecordAndExtraFields() throws {
        // Every size and offset is 0xFFFFFFFF in the headers; the end record's counts are 0xFFFF.
        let bytes = try ZipFixtures.bytes("zip64.zip")
        let archive = try ZipArchive(source: MemorySource(bytes, displayPath: "zip64.zip"))
        XCTAssertEqual(archive.entries.map(\.name), ["deflated.txt", "stored.txt", "folder/binary.bin"])
        XCTAssertEqual(archive.entries.map(\.uncompressedSize), [21889, 874, 3000])
        let offsets = archive.entries.map(\.localHeaderOffset)
        XCTAssertEqual(offsets[0], 0)
        for (entry, offset) in zip(archive.entries, offsets) {
            XCTAssertEqual(Array(bytes[offset..<offset + 4]), [0x50, 0x4B, 0x03, 0x04], entry.name)
        }
        XCTAssertEqual(offsets[2] - offsets[1], 30 + 10 + 20 + 874)
        XCTAssertEqual(try readAll(archive, "deflated.txt", chunkSize: 333), ZipFixtures.textPattern(1000))
        XCTAssertEqual(try readAll(archive, "stored.txt"), ZipFixtures.textPattern(40))
        XCTAssertEqual(try readAll(archive, "folder/binary.bin"), ZipFixtures.binaryPattern(3000))
    }

    func testZip64EndRecordMissing() throws {
        // The locator points at bytes that are not a ZIP64 end record.
        var bytes = try ZipFixtures.bytes("zip64.zip")
        let locator = bytes.count - 22 - 20
        XCTAssertEqual(Array(bytes[locator..<locator + 4]), [0x50, 0x4B, 0x06, 0x07])
        bytes[locator + 8] ^= 0x04
        assertError(.other("corrupt zip: the ZIP64 end of central directory record is missing")) {
            _ = try ZipArchive(source: MemorySource(bytes, displayPath: "zip64.zip"))
        }
        // When the classic record holds the real values (none at 0xFFFF/0xFFFFFFFF), bytes that
        // only look like a locator are ignored, as Python's zipfile does.
        let original = try ZipFixtures.bytes("zip64.zip")
        let record = Int(original[locator + 8]) | Int(original[locator + 9]) << 8
        let directorySize = Int(original[record + 40]) | Int(original[record + 41]) << 8
        let directoryOffset = Int(original[record + 48]) | Int(original[record + 49]) << 8
        let end = bytes.count - 22
        func put(_ value: Int, at offset: Int, width: Int) {
            for k in 0..<width { bytes[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        }
        put(0, at: end + 4, width: 4)  // disk numbers
        put(3, at: end + 8, width: 2)
        put(3, at: end + 10, width: 2)
        put(directorySize, at: end + 12, width: 4)
        put(directoryOffset, at: end + 16, width: 4)
        let archive = try ZipArchive(source: MemorySource(bytes, displayPath: "zip64.zip"))
        XCTAssertEqual(archive.entries.map(\.name), ["deflated.txt", "stored.txt", "folder/binary.bin"])
        XCTAssertEqual(try readAll(archive, "deflated.txt"), ZipFixtures.textPattern(1000))
    }

    func testNames() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("names.zip"))
        XCTAssertEqual(archive.entries.map(\.name), [
            "café.txt",       // neither UTF-8 nor GB18030, no flag: Latin-1
            "naïve.txt",      // valid UTF-8 without flag 11
            "名单.txt",        // flag 11
            "学生.txt",        // GBK name with a matching Info-ZIP Unicode Path field
            "花名册.txt",      // GBK name whose Unicode Path field is stale: GB18030, as Chinese Windows wrote it
        ])
        XCTAssertEqual(String(decoding: try readAll(archive, "café.txt"), as: UTF8.self), "latin-1 name\n")
        XCTAssertNotNil(archive.entry(named: "学生.txt"))
    }

    func testCommentWithAFakeEndRecord() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("comment.zip"))
        XCTAssertEqual(archive.entries.map(\.name), ["stored.txt"])
        XCTAssertEqual(try readAll(archive, "stored.txt"), ZipFixtures.textPattern(40))
    }

    func testSizeUnknownSource() throws {
        let source = ZipProbeSource(try ZipFixtures.source("basic.zip"), hidesSize: true)
        let archive = try ZipArchive(source: source)
        XCTAssertEqual(archive.entries.count, 6)
        XCTAssertEqual(try readAll(archive, "deflated.txt"), ZipFixtures.textPattern(1000))
        XCTAssertEqual(try SourceBytes.size(of: ZipProbeSource(MemorySource([], displayPath: "e"), hidesSize: true)), 0)
        for n in [1, 2, 65535, 65536, 65537, 200_001] {
            let memory = MemorySource([UInt8](repeating: 1, count: n), displayPath: "m")
            XCTAssertEqual(try SourceBytes.size(of: ZipProbeSource(memory, hidesSize: true)), n)
        }
    }

    func testSmallBuffersOnly() throws {
        let source = ZipProbeSource(MemorySource(try ZipFixtures.bytes("bomb.zip"), displayPath: "bomb.zip"))
        let archive = try ZipArchive(source: source)
        XCTAssertLessThanOrEqual(source.largestRead, 65535 + 22)
        source.resetCounts()
        let entry = archive.entries[0]
        var handed = 0
        XCTAssertThrowsError(try archive.stream(entry, chunkSize: 4096) { chunk in
            handed += chunk.count
            if handed >= 100_000 { throw StopReading() }
        })
        XCTAssertLessThanOrEqual(source.largestRead, 4096)
        XCTAssertLessThanOrEqual(source.bytesRead, 30 + 24 + 4096)  // the local header and one input chunk
    }

    // MARK: the body stops the stream

    func testThrowingBodyStopsTheStream() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("basic.zip"))
        for name in ["deflated.txt", "stored.txt"] {
            let entry = try XCTUnwrap(archive.entry(named: name))
            var calls = 0
            XCTAssertThrowsError(try archive.stream(entry, chunkSize: 100) { _ in
                calls += 1
                if calls == 2 { throw StopReading() }
            }) { error in
                XCTAssertEqual(error as? StopReading, StopReading())
            }
            XCTAssertEqual(calls, 2)
        }
        // The archive reads on as before.
        XCTAssertEqual(try readAll(archive, "deflated.txt"), ZipFixtures.textPattern(1000))
        // Many aborted inflates: inflateEnd runs each time (leaks would show under sanitizers).
        let entry = try XCTUnwrap(archive.entry(named: "deflated.txt"))
        for _ in 0..<1000 {
            XCTAssertThrowsError(try archive.stream(entry, chunkSize: 64) { _ in throw StopReading() })
        }
    }

    // MARK: broken archives

    func testNotAZipAndTruncated() throws {
        let noEnd = ScanError.Reason.other("corrupt or truncated zip: no end of central directory record")
        for name in ["not_a_zip.zip", "truncated_in_data.zip", "truncated_before_directory.zip"] {
            assertError(noEnd) { _ = try ZipArchive(source: ZipFixtures.source(name)) }
        }
        assertError(noEnd) { _ = try ZipArchive(source: MemorySource([], displayPath: "empty")) }
        assertError(noEnd) { _ = try ZipArchive(source: MemorySource([0x50, 0x4B, 0x05, 0x06], displayPath: "short")) }
        // Legacy Office files are no zips either.
        assertError(noEnd) { _ = try ZipArchive(source: ZipFixtures.source("legacy.xls")) }
    }

    func testDirectoryOutsideTheFile() throws {
        assertError(.other("corrupt zip: the central directory claims to lie outside the file")) {
            _ = try ZipArchive(source: ZipFixtures.source("directory_outside.zip"))
        }
    }

    func testSourceEndsEarly() throws {
        let bytes = try ZipFixtures.bytes("basic.zip")
        let source = ZipProbeSource(MemorySource(bytes, displayPath: "basic.zip"))
        let archive = try ZipArchive(source: source)
        let entry = try XCTUnwrap(archive.entry(named: "deflated.txt"))
        // The file shrinks after it was opened: cut in the middle of the entry's data...
        source.cutoff = entry.localHeaderOffset + 30 + 12 + entry.compressedSize / 2
        assertStreamError(archive, "deflated.txt", .other("truncated zip: deflated.txt ends early"))
        // ... and in its local header.
        source.cutoff = entry.localHeaderOffset + 10
        assertStreamError(archive, "deflated.txt", .other("truncated zip: deflated.txt ends early"))
    }

    func testDamagedEntries() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("damaged.zip"))
        XCTAssertEqual(archive.entries.map(\.name), ["ok.txt", "crc.txt", "cut.txt", "garbage.bin", "size.txt",
                                                     "no-header.txt", "encrypted.txt", "bzip2.txt", "ok-deflated.txt"])
        let text = ZipFixtures.textPattern(300)
        XCTAssertEqual(try readAll(archive, "ok.txt"), ZipFixtures.textPattern(40))
        assertStreamError(archive, "crc.txt", .other("CRC-32 mismatch in crc.txt (corrupt zip)"))
        assertStreamError(archive, "cut.txt", .other("truncated zip: cut.txt ends early"))
        assertStreamError(archive, "garbage.bin",
                          .other("corrupt zip: garbage.bin holds invalid deflate data (invalid block type)"))
        assertStreamError(archive, "size.txt", .other(
            "corrupt zip: size.txt holds \(text.count) bytes, its central directory entry says \(text.count + 1)"))
        assertStreamError(archive, "no-header.txt", .other("corrupt zip: the local header of no-header.txt is missing"))
        XCTAssertEqual(archive.entries.map(\.isEncrypted), [false, false, false, false, false, false, true, false, false])
        assertStreamError(archive, "encrypted.txt", .unsupported("encrypted zip entry encrypted.txt: cannot be scanned"))
        assertStreamError(archive, "bzip2.txt", .unsupported(
            "zip entry bzip2.txt uses compression method 12 (bzip2): only stored and deflated entries can be read"))
        // What was read of a failing entry before the failure is handed out: cut.txt's first half.
        var prefix: [UInt8] = []
        XCTAssertThrowsError(try archive.stream(try XCTUnwrap(archive.entry(named: "cut.txt"))) { prefix += $0 })
        XCTAssertFalse(prefix.isEmpty)
        XCTAssertEqual(Array(text.prefix(prefix.count)), prefix)
        // The archive stays usable.
        XCTAssertEqual(try readAll(archive, "ok-deflated.txt"), text)
        XCTAssertEqual(ScanError(.unsupported("encrypted zip entry encrypted.txt: cannot be scanned")).description,
                       "unsupported: encrypted zip entry encrypted.txt: cannot be scanned")
    }

    func testEncryptedFlagInTheLocalHeaderOnly() throws {
        var bytes = try ZipFixtures.bytes("basic.zip")
        bytes[6] |= 0x01  // stored.txt's local header, at offset 0
        let archive = try ZipArchive(source: MemorySource(bytes, displayPath: "basic.zip"))
        XCTAssertFalse(archive.entries[0].isEncrypted)
        assertStreamError(archive, "stored.txt", .unsupported("encrypted zip entry stored.txt: cannot be scanned"))
    }

    // MARK: zip bomb guards

    static let bombName = "xl/worksheets/sheet1.xml"
    static let bombSize = 50 << 20

    func testBombRatioGuard() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("bomb.zip"))
        let entry = archive.entries[0]
        XCTAssertEqual(entry.name, Self.bombName)
        XCTAssertEqual(entry.uncompressedSize, Self.bombSize)
        XCTAssertLessThan(entry.compressedSize, 60_000)
        var handed = 0
        assertError(.other("zip bomb guard: xl/worksheets/sheet1.xml inflates past 250 times its compressed size")) {
            try archive.stream(entry) { handed += $0.count }
        }
        // Stopped soon after the 1 MiB grace, never near the 50 MiB.
        XCTAssertGreaterThan(handed, 1 << 20 - (256 << 10))
        XCTAssertLessThan(handed, 2 << 20)
    }

    func testBombPassesWithGenerousLimits() throws {
        let limits = ZipLimits(maxEntrySize: 100 << 20, maxRatio: 2000)
        let archive = try ZipArchive(source: ZipFixtures.source("bomb.zip"), limits: limits)
        var total = 0
        var nonZero = false
        try archive.stream(archive.entries[0], chunkSize: 1 << 20) { chunk in
            total += chunk.count
            if !nonZero, chunk.contains(where: { $0 != 0 }) { nonZero = true }
        }
        XCTAssertEqual(total, Self.bombSize)
        XCTAssertFalse(nonZero)
    }

    func testDeclaredSizeGuard() throws {
        let limits = ZipLimits(maxEntrySize: 10 << 20, maxRatio: 2000)
        let archive = try ZipArchive(source: ZipFixtures.source("bomb.zip"), limits: limits)
        var called = false
        assertError(.other("zip bomb guard: xl/worksheets/sheet1.xml is larger than 10 MiB uncompressed")) {
            try archive.stream(archive.entries[0]) { _ in called = true }
        }
        XCTAssertFalse(called)
        XCTAssertEqual(ZipMessage.tooLarge("xl/sharedStrings.xml", limit: ZipLimits.standard.maxEntrySize),
                       "zip bomb guard: xl/sharedStrings.xml is larger than 4 GiB uncompressed")
        XCTAssertEqual(ZipMessage.byteCount(1000), "1000 bytes")
    }

    /// bomb.zip with the uncompressed size in both headers changed to `size`.
    private func lyingBomb(claiming size: UInt32) throws -> [UInt8] {
        var bytes = try ZipFixtures.bytes("bomb.zip")
        let central = try XCTUnwrap((0..<bytes.count - 4).last { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) })
        for field in [22, central + 24] {
            withUnsafeBytes(of: size.littleEndian) { bytes.replaceSubrange(field..<field + 4, with: $0) }
        }
        return bytes
    }

    func testSizeGuardWhenTheHeaderLies() throws {
        let bytes = try lyingBomb(claiming: 1 << 20)
        let limits = ZipLimits(maxEntrySize: 10 << 20, maxRatio: 2000)
        let archive = try ZipArchive(source: MemorySource(bytes, displayPath: "bomb.zip"), limits: limits)
        XCTAssertEqual(archive.entries[0].uncompressedSize, 1 << 20)
        var handed = 0
        assertError(.other("zip bomb guard: xl/worksheets/sheet1.xml is larger than 10 MiB uncompressed")) {
            try archive.stream(archive.entries[0]) { handed += $0.count }
        }
        XCTAssertLessThanOrEqual(handed, 10 << 20)
        XCTAssertGreaterThan(handed, 9 << 20)

        // Within the limits, the lie shows at the end.
        let generous = ZipLimits(maxEntrySize: 100 << 20, maxRatio: 2000)
        let lax = try ZipArchive(source: MemorySource(bytes, displayPath: "bomb.zip"), limits: generous)
        assertError(.other("corrupt zip: xl/worksheets/sheet1.xml holds \(Self.bombSize) bytes, its central directory entry says \(1 << 20)")) {
            try lax.stream(lax.entries[0]) { _ in }
        }
    }

    func testSmallRatioLimits() throws {
        // deflated.txt is about 4:1; a 2:1 limit past a 1 KiB grace refuses it, a larger grace lets it pass.
        let strict = try ZipArchive(source: ZipFixtures.source("basic.zip"),
                                    limits: ZipLimits(maxRatio: 2, ratioGraceBytes: 1024))
        assertStreamError(strict, "deflated.txt",
                          .other("zip bomb guard: deflated.txt inflates past 2 times its compressed size"))
        XCTAssertEqual(try readAll(strict, "stored.txt"), ZipFixtures.textPattern(40))
        let graceful = try ZipArchive(source: ZipFixtures.source("basic.zip"),
                                      limits: ZipLimits(maxRatio: 2, ratioGraceBytes: 32 << 10))
        XCTAssertEqual(try readAll(graceful, "deflated.txt"), ZipFixtures.textPattern(1000))
        let small = try ZipArchive(source: ZipFixtures.source("basic.zip"), limits: ZipLimits(maxEntrySize: 20000))
        assertStreamError(small, "deflated.txt",
                          .other("zip bomb guard: deflated.txt is larger than 20000 bytes uncompressed"))
    }

    func testTooManyEntries() throws {
        let archive = try ZipArchive(source: ZipFixtures.source("many_entries.zip"), limits: ZipLimits(maxEntries: 20))
        XCTAssertEqual(archive.entries.map(\.name), (0..<20).map { String(format: "f%02d.txt", $0) })
        XCTAssertEqual(String(decoding: try readAll(archive, "f07.txt"), as: UTF8.self), "file 7\n")
        assertError(.other("zip bomb guard: the archive has more than 19 entries")) {
            _ = try ZipArchive(source: ZipFixtures.source("many_entries.zip"), limits: ZipLimits(maxEntries: 19))
        }
        // An end record that under-declares the count does not get past the limit.
        var bytes = try ZipFixtures.bytes("many_entries.zip")
        let end = bytes.count - 22
        bytes[end + 8] = 5
        bytes[end + 10] = 5
        assertError(.other("zip bomb guard: the archive has more than 10 entries")) {
            _ = try ZipArchive(source: MemorySource(bytes, displayPath: "m.zip"), limits: ZipLimits(maxEntries: 10))
        }
        XCTAssertEqual(try ZipArchive(source: MemorySource(bytes, displayPath: "m.zip")).entries.count, 20)
    }

    func testMultiVolumeRefused() throws {
        var bytes = try ZipFixtures.bytes("many_entries.zip")
        bytes[bytes.count - 22 + 4] = 1  // number of this disk
        assertError(.unsupported("multi-volume (split) zip archive")) {
            _ = try ZipArchive(source: MemorySource(bytes, displayPath: "m.zip"))
        }
    }

    // MARK: hostile input

    /// Seeded random byte changes: every outcome is entries or a ScanError, never a trap or a hang.
    func testMutatedArchivesOnlyThrow() throws {
        var seed: UInt64 = 0x5EED
        func random(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let limits = ZipLimits(maxEntries: 100, maxEntrySize: 1 << 20)
        for name in ["basic.zip", "zip64.zip", "data_descriptor.zip", "names.zip"] {
            let original = try ZipFixtures.bytes(name)
            for _ in 0..<300 {
                var bytes = original
                for _ in 0..<(1 + random(4)) {
                    // Mostly the headers at both ends, where the structure is.
                    let at = random(3) == 0 ? random(bytes.count) : (random(2) == 0 ? random(min(200, bytes.count))
                                                                                    : bytes.count - 1 - random(min(300, bytes.count)))
                    bytes[at] = random(4) == 0 ? 0xFF : UInt8(random(256))
                }
                if random(10) == 0 { bytes.removeLast(random(bytes.count)) }
                do {
                    let archive = try ZipArchive(source: MemorySource(bytes, displayPath: name), limits: limits)
                    for entry in archive.entries {
                        do { try archive.stream(entry, chunkSize: 4096) { _ in } } catch is ScanError {}
                    }
                } catch is ScanError {}
            }
        }
    }
}
