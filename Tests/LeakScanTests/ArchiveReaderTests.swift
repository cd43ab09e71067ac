import Foundation
import XCTest
@testable import LeakScan

/// Archives: each member is read as a file of its own, and its findings name it.
final class ArchiveReaderTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func scan(_ path: String) throws -> (ReadSummary?, [Finding], Error?) {
        let engine = DetectionEngine()
        var sink = CollectingSink()
        do {
            let summary = try SourceReader.scan(FileSource(path: Self.root.appendingPathComponent(path).path), engine: engine, sink: &sink)
            return (summary, sink.findings, nil)
        } catch {
            return (nil, sink.findings, error)
        }
    }

    /// A finding without its member, to compare with the same file scanned on its own.
    private func described(_ findings: [Finding]) -> [String] {
        findings.map {
            let l = $0.location
            return "\($0.kind.rawValue) \($0.value) \(l.line ?? 0):\(l.column ?? 0) \(l.sheet ?? "-")!\(l.cell ?? "-") [\(l.field ?? "-")]"
        }
    }

    func testMembersAreReadAsTheFilesTheyAre() throws {
        // scripts/make_archive_fixture.py: a class folder zipped by Python's zipfile.
        let (_, found, error) = try scan("fixtures/archive/班级资料.zip")
        for (member, original) in [("2024级/花名册.csv", "fixtures/demo/花名册_2024级.csv"),
                                   ("学生信息.xlsx", "fixtures/xlsx/xlsxwriter_roster.xlsx"),
                                   ("通知.doc", "fixtures/libreoffice/notice.doc")] {
            let alone = try scan(original).1
            XCTAssertFalse(alone.isEmpty, original)
            XCTAssertEqual(described(found.filter { $0.location.member == member }), described(alone), member)
        }
        // A zip inside the zip (a class's old zip) is read as the outer one is; one inside that
        // is named, after the other members' findings: never clean.
        XCTAssertEqual(Set(found.compactMap(\.location.member)), ["2024级/花名册.csv", "学生信息.xlsx", "通知.doc", "旧资料.zip/旧名单.csv"])
        XCTAssertEqual(described(found.filter { $0.location.member == "旧资料.zip/旧名单.csv" }),
                       described(found.filter { $0.location.member == "2024级/花名册.csv" }))
        XCTAssertEqual("\(try XCTUnwrap(error))", "archive members not scanned: 旧资料.zip (archive members not scanned: 更早.zip "
                       + "(unsupported: zip archive inside an archive inside another (extract it to scan it): not supported by this version))")
    }

    func testHostileAndDamagedMembersAreNamed() throws {
        // A member that inflates past the member limit, and members cut short or failing their CRC.
        let bomb = try scan("fixtures/zip/bomb.zip")
        XCTAssertTrue("\(try XCTUnwrap(bomb.2))".contains("xl/worksheets/sheet1.xml (larger than 32 MiB"), "\(bomb.2!)")
        let damaged = try scan("fixtures/zip/damaged.zip")
        let message = "\(try XCTUnwrap(damaged.2))"
        XCTAssertTrue(message.hasPrefix("archive members not scanned: "), message)
        XCTAssertTrue(message.contains("CRC-32 mismatch"), message)
        XCTAssertEqual(ErrorExplanations.chinese(for: message), "压缩包中有的文件未能扫描（加密、损坏、过大，或压缩包里又有压缩包）；请解压后人工核对这些文件")
        // Photos zipped with a password: their content cannot be read, their names can, and one
        // is an ID number.
        let photos = try scan("fixtures/zip/photos_encrypted.zip")
        XCTAssertEqual(photos.1.map { "\($0.kind.rawValue) \($0.value) \($0.location.member ?? "-") \($0.location.inName == .file)" },
                       ["cn_id 410105200803121237 学籍照片/410105200803121237.jpg true"])
        XCTAssertTrue("\(try XCTUnwrap(photos.2))".contains("学籍照片/IMG_20231213_094512.jpg (encrypted)"))
        // A zipped folder of students' records: the folder's name holds the name and ID, read
        // once, not once for each photo in it.
        let folders = try scan("fixtures/zip/student_folders.zip")
        XCTAssertNil(folders.2)
        XCTAssertEqual(folders.1.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.member ?? "-") \($0.location.inName.map { "\($0)" } ?? "-")" },
                       ["name 张梓涵 学籍档案/张梓涵_410105200803121237/ folder",
                        "cn_id 410105200803121237 学籍档案/张梓涵_410105200803121237/ folder"])
        // An archive with nothing personal in it is scanned and clean.
        let basic = try scan("fixtures/zip/basic.zip")
        XCTAssertNil(basic.2)
        XCTAssertEqual(basic.0?.format, .archive)
        XCTAssertEqual(basic.1, [])
    }
}

/// Archives read through libarchive, from memory as from a file.
final class PackedArchiveReaderTests: XCTestCase {
    func testArchivesAreKnownByTheirMagicBytes() throws {
        XCTAssertEqual(PackedArchiveReader.kind([0x1F, 0x8B, 0x08, 0]), .gzip)
        XCTAssertEqual(PackedArchiveReader.kind([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4]), .sevenZip)
        XCTAssertEqual(PackedArchiveReader.kind(Array("Rar!\u{1A}\u{07}\u{01}\u{00}".utf8)), .rar)
        XCTAssertEqual(PackedArchiveReader.kind([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]), .xz)
        var tar = [UInt8](repeating: 0, count: 512)
        tar.replaceSubrange(257..<263, with: Array("ustar\u{0}".utf8))
        XCTAssertEqual(PackedArchiveReader.kind(tar), .tar)
        XCTAssertNil(PackedArchiveReader.kind(Array("姓名,电话\n".utf8)))
    }

    func testAMemberNamedInGBKIsNamedReadably() throws {
        // A tar made where names are GBK bytes (学生名单.csv), with no UTF-8 name beside them.
        let data = Array("姓名,手机\n张梓涵,13812345678\n".utf8)
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ bytes: [UInt8], at offset: Int) { header.replaceSubrange(offset..<offset + bytes.count, with: bytes) }
        put([0xD1, 0xA7, 0xC9, 0xFA, 0xC3, 0xFB, 0xB5, 0xA5] + Array(".csv".utf8), at: 0)
        put(Array("0000644\u{0}0000000\u{0}0000000\u{0}".utf8), at: 100)
        put(Array((String(repeating: "0", count: 11 - String(data.count, radix: 8).count) + String(data.count, radix: 8) + "\u{0}").utf8), at: 124)
        put(Array("00000000000\u{0}        0".utf8), at: 136)
        put(Array("ustar\u{0}00".utf8), at: 257)
        let checksum = header.reduce(0) { $0 + Int($1) }
        put(Array((String(repeating: "0", count: 6 - String(checksum, radix: 8).count) + String(checksum, radix: 8) + "\u{0} ").utf8), at: 148)
        let tar = header + data + [UInt8](repeating: 0, count: 512 - data.count + 1024)
        let (summary, found) = try ReadTestSupport.scan(MemorySource(tar, displayPath: "a.tar"), detectors: StandardDetectors.all())
        XCTAssertEqual(summary.format, .packedArchive)
        XCTAssertEqual(Set(found.map { $0.location.member }), ["学生名单.csv"])
        XCTAssertEqual(found.filter { $0.kind == .mobile }.count, 1)
    }

    func testAnArchiveInMemoryReadsAsFromItsFile() throws {
        let path = ReadTestSupport.fixtures.deletingLastPathComponent().appendingPathComponent("packed/class.7z").path
        let (fromFile, onDisk) = try ReadTestSupport.scan(FileSource(path: path), detectors: StandardDetectors.all())
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let (fromMemory, inMemory) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "class.7z"), detectors: StandardDetectors.all())
        XCTAssertEqual(fromFile.format, .packedArchive)
        XCTAssertEqual(fromMemory.format, .packedArchive)
        XCTAssertGreaterThan(onDisk.count, 100)
        XCTAssertEqual(inMemory.map(\.value), onDisk.map(\.value))
        XCTAssertEqual(inMemory.map { $0.location.member }, onDisk.map { $0.location.member })
    }
}
