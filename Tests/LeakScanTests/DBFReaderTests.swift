import Foundation
import XCTest
@testable import LeakScan

/// The dBase / FoxPro table reader: tables from a real writer (fixtures/dbf), each record a row
/// under the field names, the code page from byte 29 or the text, numeric fields, deleted
/// records, and hostile headers giving the file's error.
final class DBFReaderTests: XCTestCase {
    private static let folder = ReadTestSupport.fixtures.deletingLastPathComponent().appendingPathComponent("dbf")

    private func scan(_ bytes: [UInt8], name: String = "roster.dbf") throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanData(bytes, name: name)
    }

    private func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
    }

    /// A dBase III table (`version`) of `fields` (name, type, length) and `records` (each a
    /// row of field bytes, padded with spaces), the `*` rows deleted, ended by 0x1A.
    private func table(_ fields: [(String, Character, Int)], _ records: [[[UInt8]]], driver: UInt8 = 0x4D,
                       version: UInt8 = 0x03, deleted: Set<Int> = [], count: Int? = nil) -> [UInt8] {
        let recordLength = 1 + fields.map(\.2).reduce(0, +)
        let headerLength = 32 + 32 * fields.count + 1
        var bytes: [UInt8] = [version, 124, 9, 1]
        let n = UInt32(count ?? records.count)
        bytes += [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)]
        bytes += [UInt8(headerLength & 0xFF), UInt8(headerLength >> 8), UInt8(recordLength & 0xFF), UInt8(recordLength >> 8)]
        bytes += [UInt8](repeating: 0, count: 17) + [driver, 0, 0]
        for (name, type, length) in fields {
            var descriptor = Array(name.utf8.prefix(10)) + [UInt8](repeating: 0, count: 32)
            descriptor[11] = UInt8(ascii: Unicode.Scalar(String(type))!)
            descriptor[16] = UInt8(length)
            bytes += descriptor.prefix(32)
        }
        bytes.append(0x0D)
        for (k, record) in records.enumerated() {
            bytes.append(deleted.contains(k) ? UInt8(ascii: "*") : 0x20)
            for ((_, _, length), value) in zip(fields, record) {
                bytes += value.prefix(length) + [UInt8](repeating: 0x20, count: max(0, length - value.count))
            }
        }
        bytes.append(0x1A)
        return bytes
    }

    private func gbk(_ text: String) throws -> [UInt8] { try ReadTestSupport.encode(text, to: "GB18030") }

    private let roster: [(String, Character, Int)] = [("XM", "C", 10), ("SFZH", "C", 18), ("LXDH", "C", 11)]

    private func assertError(_ bytes: [UInt8], _ phrase: String, name: String = "roster.dbf",
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try scan(bytes, name: name), file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(phrase), "\(error)", file: file, line: line)
        }
    }

    func testATableFromARealWriterIsReadRecordByRecordUnderItsFieldNames() throws {
        let (summary, found) = try scan(try fixture("T_TDD.DBF"), name: "T_TDD.DBF")
        XCTAssertEqual(summary.format, .dbaseTable)
        XCTAssertEqual(Set(found.map(\.kind)), [.name, .cnID, .mobile, .birthDate, .address])
        XCTAssertEqual(found.count, 20)
        XCTAssertEqual(Set(found.map { $0.location.field }), ["XM", "SFZH", "LXDH", "CSRQ", "JTZZ"])
        XCTAssertEqual(Set(found.compactMap(\.location.line)), [1, 2, 3, 4])
        let name = try XCTUnwrap(found.first { $0.kind == .name })
        XCTAssertEqual(name.location.column, 2)
        // Each value spans its field in the file: header 257 bytes, records of 135, XM after KSH.
        XCTAssertEqual(name.sourceRange, (257 + 1 + 14)..<(257 + 1 + 14 + 10))
        // The third record is deleted: still in the file, so read, and hidden.
        XCTAssertEqual(Set(found.filter(\.location.hidden).compactMap(\.location.line)), [3])
        XCTAssertEqual(try scan(try fixture("课程代码.dbf")).1, [])
    }

    /// A Visual FoxPro table's memo file (the `dbf` package's `.fpt`): each text memo is a line
    /// of `memos.txt`, its values found there (EXPECTED.json); the table's own fields apart.
    func testAFoxProMemoFilesTextsAreRead() throws {
        let oracle = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("EXPECTED.json")))
                                   as? [String: Any])
        let memo = try XCTUnwrap(oracle["jtqk_vfp.fpt"] as? [String: Any])
        let planted = try XCTUnwrap(memo["memos"] as? [[String: Any]]).map { "\($0["kind"]!) \($0["line"]!) \($0["value"]!)" }
        let (summary, found) = try scan(try fixture("jtqk_vfp.fpt"), name: "jtqk_vfp.fpt")
        XCTAssertEqual(summary.format, .dbaseTable)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.line ?? 0) \($0.value)" }, planted)
        XCTAssertEqual(Set(found.compactMap(\.location.member)), ["memos.txt"])
        XCTAssertEqual(FoxProMemoReader.memoTexts(Array(try fixture("jtqk_vfp.fpt").prefix(600))), [])
    }

    func testEachRecordIsAPersonalRecord() throws {
        let (_, found) = try ReadTestSupport.scanData(try fixture("T_TDD.DBF"), name: "T_TDD.DBF", keepRecords: true)
        XCTAssertEqual(found.filter { $0.kind == .record }.map(\.location.line), [1, 2, 3, 4])
    }

    func testFieldNamesInChineseAndNumericFields() throws {
        let (_, found) = try scan(try fixture("xjxx_vfp.dbf"))
        XCTAssertEqual(Set(found.compactMap { $0.location.field }), ["姓名", "身份证号", "家长手机", "出生日期"])
        XCTAssertEqual(found.filter { $0.kind == .mobile }.count, 3)
        // The writer went through a double, as FoxPro does: the IDs lost their last digits.
        XCTAssertEqual(found.filter { $0.kind == .cnIDTruncated }.count, 3)
    }

    func testAnIDInANumericFieldIsReadAsItsDigits() throws {
        let bytes = table([("XM", "C", 10), ("SFZH", "N", 18)], [[try gbk("张子涵"), Array("410105200803121237".utf8)]])
        let (_, found) = try scan(bytes)
        XCTAssertEqual(found.map(\.kind), [.name, .cnID])
        XCTAssertEqual(found.last?.value, "410105200803121237")
    }

    func testTheCodePageIsTheDriversOrTheTexts() throws {
        let row = [Array("张子涵".utf8), Array("410105200803121237".utf8), Array("13812345678".utf8)]
        let gbkRow = [try gbk("张子涵")] + row.dropFirst()
        // GBK named by its driver; under no driver, or under Windows ANSI as Visual FoxPro writes
        // on any system; UTF-8 under none.
        for (record, driver) in [(gbkRow, UInt8(0x7A)), (gbkRow, 0x4D), (gbkRow, 0), (gbkRow, 0x03), (gbkRow, 0x01), (row, 0)] {
            let found = try scan(table(roster, [record], driver: driver)).1
            XCTAssertEqual(found.first { $0.kind == .name }?.value, "张子涵", "driver \(driver)")
        }
        // 谢伟 in GBK (D0 BB CE B0) is valid UTF-8 too (лΰ): the records after it tell.
        let ambiguous = table(roster, [[try gbk("谢伟")] + row.dropFirst(), gbkRow], driver: 0)
        XCTAssertEqual(try scan(ambiguous).1.filter { $0.kind == .name }.map(\.value), ["谢伟", "张子涵"])
        // Big5, named by its driver.
        let big5 = try ReadTestSupport.encode("陳建國", to: "CP950")
        XCTAssertEqual(try scan(table(roster, [[big5] + row.dropFirst()], driver: 0x78)).1.first { $0.kind == .name }?.value, "陳建國")
        // A stray byte does not hide the rest of its field.
        let stray = table([("JTZZ", "C", 60)], [[[0xFF] + (try gbk("郑州市金水区文化路72号3栋2单元501室"))]])
        XCTAssertEqual(try scan(stray).1.map(\.kind), [.address])
    }

    func testTextIsNotTakenForATable() throws {
        // Visual FoxPro's versions are the characters 0 and 1; its NUL-ended names are no text's.
        for text in ["0,张子涵,13812345678\n1,李娜,13912345678\n", "1\n\t" + String(repeating: "N", count: 80)] {
            let (summary, _) = try scan(Array(text.utf8), name: "名单.txt")
            XCTAssertNotEqual(summary.format, .dbaseTable, text)
        }
    }

    func testHostileHeadersAreTheFilesError() throws {
        let good = table(roster, [[try gbk("张子涵"), Array("410105200803121237".utf8), Array("13812345678".utf8)]])
        var zeroLength = good
        zeroLength[32 + 32 + 16] = 0
        assertError(zeroLength, "corrupt dBase table: field 2 (SFZH) has length 0")
        var recordLength = good
        recordLength[10] = 200
        assertError(recordLength, "corrupt dBase table: its record length (200 bytes)")
        var shortHeader = good
        shortHeader[8] = 40
        shortHeader[9] = 0
        assertError(shortHeader, "corrupt dBase table: its header length (40 bytes)")
        var noEnd = good
        noEnd[32 + 32 * 3] = 0x20
        assertError(noEnd, "corrupt dBase table: its field descriptors run past its header length")
        assertError(Array(good.prefix(80)), "truncated dBase table: the file ends inside its field descriptors")
    }

    func testARecordCountThatDisagreesWithTheFileIsItsError() throws {
        let records = try (1...3).map { _ in [try gbk("张子涵"), Array("410105200803121237".utf8), Array("13812345678".utf8)] }
        // Cut inside the third record; a count of four billion; one record more than counted.
        let full = table(roster, records)
        assertError(Array(full.prefix(full.count - 20)), "truncated dBase table: its header counts 3 records, the file holds 2 and part of one")
        assertError(table(roster, records, count: Int(UInt32.max)), "the file holds 3")
        assertError(table(roster, records, count: 2), "corrupt dBase table: it holds 3 records, more than its header counts (2)")
        // Records hidden after the end-of-file marker.
        let hidden = full + full[(32 + 32 * 3 + 1)...].dropLast()
        assertError(hidden, "corrupt dBase table: what follows its end-of-file marker (120 bytes or more) was not read")
        // No marker, or a table that ends as counted, is fine.
        XCTAssertEqual(try scan(Array(full.dropLast())).1.count, 9)
    }

    func testTheRecordsOfAFileCutShortAreReadBeforeItsError() throws {
        let records = try (1...3).map { _ in [try gbk("张子涵"), Array("410105200803121237".utf8), Array("13812345678".utf8)] }
        let full = table(roster, records)
        let engine = DetectionEngine(detectors: StandardDetectors.all())
        var sink = ReadTestSink()
        XCTAssertThrowsError(try SourceReader.scan(MemorySource(Array(full.prefix(full.count - 20)), displayPath: "t.dbf"),
                                                   engine: engine, sink: &sink))
        XCTAssertEqual(Set(sink.findings.compactMap(\.location.line)), [1, 2])
    }

    func testBinaryContentNamedDbfIsRefused() throws {
        assertError([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 100),
                    "not a dBase table: this .dbf file holds a PNG image")
        assertError([0x04, 124, 9, 1] + [UInt8](repeating: 0, count: 100), "dBase 7 table: not supported")
        XCTAssertEqual(ErrorExplanations.chinese(for: "truncated dBase table: x"),
                       "dBase/FoxPro 数据表（.dbf）不完整（可能下载或复制时中断），文件中已有的记录已检查")
        XCTAssertEqual(ErrorExplanations.chinese(for: "corrupt dBase table: x"), "dBase/FoxPro 数据表（.dbf）已损坏：表头与字段或记录数不符（可能被改动过）")
    }

    func testALargeTableIsReadInBlocks() throws {
        // More records than a block holds, the last block part full.
        let count = DBFReader.blockSize / 40 + 7
        let records = try (0..<count).map { k in
            [try gbk("张子涵"), Array("410105200803121237".utf8), Array(String(13_812_345_678 + k).utf8)]
        }
        let (_, found) = try scan(table(roster, records))
        XCTAssertEqual(found.filter { $0.kind == .mobile }.count, count)
        XCTAssertEqual(found.last?.location.line, count)
    }
}
