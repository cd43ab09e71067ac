import XCTest
@testable import LeakScan

final class FormatSnifferTests: XCTestCase {
    func scan(_ bytes: [UInt8], _ path: String) throws -> ReadSummary {
        try ReadTestSupport.scan(MemorySource(bytes, displayPath: path)).0
    }

    func assertUnsupported(_ bytes: [UInt8], _ path: String, mentions text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try scan(bytes, path), file: file, line: line) { error in
            guard let e = error as? ScanError, case .unsupported(let what) = e.reason else {
                return XCTFail("unexpected error \(error)", file: file, line: line)
            }
            XCTAssertTrue(what.contains(text), "\(what)", file: file, line: line)
        }
    }

    func testContainersAreKnownByContentNotName() {
        // A zip is opened as a zip whatever its name; this one is cut short.
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0, count: 100)
        for name in ["班级/学生名单.xlsx", "a.XLSM", "report.docx", "backup.zip", "notes.txt"] {
            XCTAssertThrowsError(try scan(zip, name)) { error in
                XCTAssertEqual("\(error)", "corrupt or truncated zip: no end of central directory record", name)
            }
        }
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        XCTAssertThrowsError(try scan(ole, "old.txt")) { error in
            XCTAssertTrue("\(error)".hasPrefix("corrupt OLE compound file"), "\(error)")
        }
    }

    func testRefusalsNameWhatTheFileIs() {
        func what(_ error: ScanError) -> String { "\(error)" }
        XCTAssertEqual(FormatSniffer.refusal(ofZip: "report.docx", insideArchive: false).map(what),
                       "unsupported: zip file named .docx without a Word document inside: not supported by this version")
        XCTAssertNil(FormatSniffer.refusal(ofZip: "backup.zip", insideArchive: false))   // an archive: its members are read
        XCTAssertEqual(FormatSniffer.refusal(ofZip: "backup.zip", insideArchive: true).map(what),
                       "unsupported: zip archive inside an archive inside another (extract it to scan it): not supported by this version")
        XCTAssertTrue(what(FormatSniffer.refusal(of: .encryptedPackage, path: "a.xlsx")).contains("encrypted workbook: cannot be scanned"))
        XCTAssertTrue(what(FormatSniffer.refusal(of: .other, path: "a.msg")).contains("OLE compound file (.msg)"))
        XCTAssertTrue(what(FormatSniffer.refusal(ofBinaryWorkbook: [0x25, 0x50, 0x44, 0x46, 0x2D], path: "a.xls")).contains("this .xls file holds a PDF document"))
        XCTAssertTrue(what(FormatSniffer.refusal(ofBinaryWorkbook: [0x00, 0x01], path: "a.xlsx")).contains("holds binary data"))
    }

    func testBinaryIsSkipped() throws {
        var bytes = Array("13812345678 looks like text".utf8)
        bytes.append(0)
        bytes += Array("13987654321".utf8)
        let (summary, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "x.csv"))
        XCTAssertEqual(summary, ReadSummary(format: .binary, encoding: nil))
        XCTAssertTrue(findings.isEmpty)
        // A NUL after the first 8 KiB does not make a file binary.
        var late = [UInt8](repeating: UInt8(ascii: "a"), count: 9000)
        late.append(0)
        XCTAssertEqual(try scan(late, "late.txt").format, .text)
    }

    func testBinaryFilesOfAKnownKindAndDataBesideADatabase() throws {
        // Images, recordings, fonts and programs are known; an Access database, which opens with
        // a TrueType font's four bytes, is not.
        let zeros = [UInt8](repeating: 0, count: 64)
        XCTAssertTrue(FormatSniffer.isMediaOrProgram([0xFF, 0xD8, 0xFF, 0xE0] + zeros))
        XCTAssertTrue(FormatSniffer.isMediaOrProgram(Array("#!AMR\n".utf8) + zeros))
        XCTAssertTrue(FormatSniffer.isMediaOrProgram([0x00, 0x01, 0x00, 0x00, 0x00, 0x12, 0x01, 0x00] + zeros))
        XCTAssertFalse(FormatSniffer.isMediaOrProgram([0x00, 0x01, 0x00, 0x00] + Array("Standard Jet DB".utf8) + zeros))
        XCTAssertFalse(FormatSniffer.isMediaOrProgram([0x13, 0x37, 0x00, 0x00] + zeros))
        XCTAssertEqual(try scan([0xFF, 0xD8, 0xFF, 0xE0] + zeros, "a.jpg"), ReadSummary(format: .binary, encoding: nil, isKnownMedia: true))
        // A database's log or journal, and a table's memo file, may hold its rows: not passed over.
        assertUnsupported([0x37, 0x7F, 0x06, 0x82] + zeros, "xjxt.db-wal", mentions: "SQLite log or journal")
        assertUnsupported([0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7] + zeros, "xjxt.db-journal", mentions: "SQLite log or journal")
        assertUnsupported([0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x40] + zeros, "T_TDD.FPT", mentions: "memo file (.fpt)")
        XCTAssertEqual(try scan([0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x40] + zeros, "data.bin").format, .binary)
    }

    func testStatisticsPackagesDataFilesCouldNotBeChecked() throws {
        // A research office's tables: never passed over as binary, nor opened as gzip (R).
        let zeros = [UInt8](repeating: 0, count: 64)
        assertUnsupported(Array("$FL2@(#) IBM SPSS STATISTICS".utf8) + zeros, "问卷.sav", mentions: "SPSS data file")
        assertUnsupported(Array("<stata_dta><header><release>118</release>".utf8) + zeros, "学生.dta", mentions: "Stata data file")
        assertUnsupported([0x71, 0x02, 0x01, 0x00] + zeros, "old.dta", mentions: "Stata data file")
        assertUnsupported(Array("PAR1".utf8) + zeros, "scores.parquet", mentions: "Parquet file")
        assertUnsupported(Array("ARROW1".utf8) + zeros, "df.feather", mentions: "Arrow or Feather file")
        assertUnsupported([0x80, 0x04, 0x95] + zeros, "df.pkl", mentions: "Python pickle")
        assertUnsupported([0x1F, 0x8B, 0x08, 0x00] + zeros, "analysis.RData", mentions: "R data file")
        // The same bytes under other names, or a text file named like one, are what they are.
        XCTAssertEqual(try scan([0x80, 0x04, 0x95] + zeros, "data.bin").format, .binary)
        XCTAssertEqual(try scan(Array("姓名,成绩\n".utf8), "notes.dta").format, .text)
    }

    func testUTF16BOMComesBeforeTheNULCheck() throws {
        let le = try scan([0xFF, 0xFE] + ReadTestSupport.encode("电话 13812345678", to: "UTF-16LE"), "a.txt")
        XCTAssertEqual(le, ReadSummary(format: .text, encoding: .utf16LE))
        let be = try scan([0xFE, 0xFF] + ReadTestSupport.encode("电话 13812345678", to: "UTF-16BE"), "a.log")
        XCTAssertEqual(be, ReadSummary(format: .text, encoding: .utf16BE))
        // Without a BOM, UTF-16's NULs stand every other byte: text still.
        XCTAssertEqual(try scan(ReadTestSupport.encode("电话 13812345678", to: "UTF-16LE"), "a.txt"),
                       ReadSummary(format: .text, encoding: .utf16LE))
    }

    func testEncodingSniffing() throws {
        XCTAssertEqual(try scan([], "empty.txt"), ReadSummary(format: .text, encoding: .utf8))
        XCTAssertEqual(try scan(Array("纯 UTF-8 文本".utf8), "a.txt").encoding, .utf8)
        XCTAssertEqual(try scan([0xEF, 0xBB, 0xBF] + Array("a".utf8), "a.txt").encoding, .utf8BOM)
        XCTAssertEqual(try scan(ReadTestSupport.encode("姓名,手机\n张伟,13812345678\n", to: "GB18030"), "a.csv").encoding, .gb18030)
        // A multi-byte character cut by the end of the 64 KiB probe is still UTF-8.
        var cut = [UInt8](repeating: UInt8(ascii: "a"), count: EncodingSniffer.utf8ProbeLength - 1)
        cut += Array("中文".utf8)
        XCTAssertEqual(try scan(cut, "a.txt").encoding, .utf8)
        // A sequence the end cuts off is valid so far; one broken before the end is not.
        XCTAssertTrue([0x61, 0xE4, 0xB8].withUnsafeBufferPointer { EncodingSniffer.isValidUTF8($0) })
        XCTAssertFalse([0x61, 0xE4, 0x41].withUnsafeBufferPointer { EncodingSniffer.isValidUTF8($0) })
        // Overlongs and surrogates are not UTF-8.
        XCTAssertFalse([0xC0, 0xAF].withUnsafeBufferPointer { EncodingSniffer.isValidUTF8($0) })
        XCTAssertFalse([0xED, 0xA0, 0x80].withUnsafeBufferPointer { EncodingSniffer.isValidUTF8($0) })
    }

    func testFormatByExtension() throws {
        let table = Array("a,b\n1,2\n3,4\n".utf8)
        XCTAssertEqual(try scan(table, "t.csv").format, .delimited(delimiter: UInt8(ascii: ",")))
        XCTAssertEqual(try scan(table, "t.TXT").format, .delimited(delimiter: UInt8(ascii: ",")))
        XCTAssertEqual(try scan(table, "t.md").format, .text)
        XCTAssertEqual(try scan(Array("a\tb\n".utf8), "t.tsv").format, .delimited(delimiter: 0x09))
        XCTAssertEqual(try scan(Array("one column\nonly\n".utf8), "t.csv").format, .delimited(delimiter: UInt8(ascii: ",")))
        XCTAssertEqual(try scan(Array("Dear parents, hello.\nThe meeting is on Monday\n".utf8), "letter.txt").format, .text)
        XCTAssertEqual(FormatSniffer.fileExtension("dir.v2/name"), "")
        XCTAssertEqual(FormatSniffer.fileExtension(".bashrc"), "")
        XCTAssertEqual(FormatSniffer.fileExtension("a/b/学生.CSV"), "csv")
    }

    func testIOErrorsAreScanErrors() {
        XCTAssertThrowsError(try FileSource(path: "/nonexistent/leakscan/file.csv")) { error in
            XCTAssertEqual((error as? ScanError)?.reason, .cannotOpen(errno: ENOENT))
        }
        struct FailingSource: ByteSource {
            var displayPath: String { "broken.txt" }
            var size: Int? { nil }
            func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
                throw ScanError(.cannotRead(errno: EIO))
            }
        }
        XCTAssertThrowsError(try ReadTestSupport.scan(FailingSource())) { error in
            XCTAssertEqual((error as? ScanError)?.reason, .cannotRead(errno: EIO))
        }
    }
}
