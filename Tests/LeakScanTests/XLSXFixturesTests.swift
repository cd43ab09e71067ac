import Foundation
import XCTest
@testable import LeakScan

/// The workbooks in fixtures/xlsx, made by real writers (openpyxl, XlsxWriter, xlwt for the
/// legacy `.xls`, msoffcrypto-tool) with scripts/make_xlsx_fixtures.py, against the values planted in them
/// (fixtures/xlsx/EXPECTED.json): exact sheet, cell, kind, column header and hidden flag.
final class XLSXFixturesTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/xlsx")

    struct Manifest: Decodable {
        struct File: Decodable {
            var outcome: String
            var error: String?
            var findings: [Expected]?
            var organisational: [Expected]?
        }
        struct Expected: Decodable {
            var sheet: String?
            var cell: String?
            var kind: String
            var field: String?
            var hidden: Bool?
            var part: String?
            var line: Int?
            var column: Int?
        }
        var files: [String: File]
    }

    /// What each error category of the manifest must say.
    static let errorMessages = [
        "corrupt_zip": "truncated zip", "not_a_workbook": "not a workbook: this .xlsx file holds a PNG image",
        "zip_bomb": "zip bomb guard", "xml_dtd": "declares a DTD", "encrypted": "encrypted workbook: cannot be scanned",
        "crc_mismatch": "CRC-32 mismatch in xl/worksheets/sheet1.xml",
    ]

    static func manifest() throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("EXPECTED.json")))
    }

    static func scan(_ name: String) throws -> (ReadSummary, [Finding]) {
        let engine = DetectionEngine()
        var sink = CollectingSink()
        let summary = try SourceReader.scan(FileSource(path: folder.appendingPathComponent(name).path), engine: engine, sink: &sink)
        return (summary, sink.findings)
    }

    /// The findings of the file at `path`.
    static func scanDocument(_ path: String) throws -> [Finding] {
        let engine = DetectionEngine()
        var sink = CollectingSink()
        _ = try SourceReader.scan(FileSource(path: path), engine: engine, sink: &sink)
        return sink.findings
    }

    /// One comparable line per finding. In workbooks a comment's `field` is "comment".
    static func describe(_ e: Manifest.Expected) -> String {
        let field = e.part == "comment" ? "comment" : e.field
        if e.sheet == nil { return "\(e.kind) line \(e.line ?? 0) column \(e.column ?? 0) [\(field ?? "-")]" }
        return "\(e.sheet!)!\(e.cell ?? "-") \(e.kind) [\(field ?? "-")]\((e.hidden ?? false) ? " hidden" : "")"
    }

    static func describe(_ f: Finding) -> String {
        let l = f.location
        if l.sheet == nil, l.line != nil { return "\(f.kind.rawValue) line \(l.line!) column \(l.column ?? 0) [\(l.field ?? "-")]" }
        return "\(l.sheet ?? "-")!\(l.cell ?? "-") \(f.kind.rawValue) [\(l.field ?? "-")]\(l.hidden ? " hidden" : "")"
    }

    func testWorkbooksFromRealWriters() throws {
        let manifest = try Self.manifest()
        for (name, file) in manifest.files where file.outcome == "findings" || file.outcome == "text" {
            let (_, found) = try Self.scan(name)
            // Document properties are scanned too; the manifest lists cell values and comments, of
            // the kinds with a checksum or a shape (names, addresses and records: see below).
            let cells = found.filter { ($0.location.cell != nil || $0.location.line != nil) && !Self.judged.contains($0.kind) }
            XCTAssertEqual(cells.filter { !$0.organisational }.map(Self.describe).sorted(),
                           (file.findings ?? []).map(Self.describe).sorted(), name)
            XCTAssertEqual(cells.filter(\.organisational).map(Self.describe).sorted(),
                           (file.organisational ?? []).map(Self.describe).sorted(), name)
        }
    }

    func testWorkbookFormatIsReported() throws {
        XCTAssertEqual(try Self.scan("xlsxwriter_roster.xlsx").0.format, .workbook)
        XCTAssertEqual(try Self.scan("zip64.xlsx").0.format, .workbook)
        XCTAssertEqual(try Self.scan("csv_export.xlsx").0.format, .delimited(delimiter: UInt8(ascii: ",")))
        XCTAssertEqual(try Self.scan("html_export.xls").0.format, .html)
    }

    func testMalformedFilesGiveTheirOwnError() throws {
        let manifest = try Self.manifest()
        let malformed = manifest.files.filter { $0.value.outcome == "error" }
        XCTAssertGreaterThanOrEqual(malformed.count, 6)
        for (name, file) in malformed {
            let expected = try XCTUnwrap(Self.errorMessages[file.error ?? ""], "no message for \(name)")
            XCTAssertThrowsError(try Self.scan(name), name) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(name): \(error)")
            }
        }
    }

    func testCellValuesCarryTheirOwnByteSpans() throws {
        let (_, found) = try Self.scan("xlsxwriter_roster.xlsx")
        let truncated = try XCTUnwrap(found.first { $0.location.cell == "C7" })
        XCTAssertEqual(truncated.kind, .cnIDTruncated)
        XCTAssertEqual(truncated.sourceRange, 0..<"4.301042016082175E+17".utf8.count)   // the stored text, whole
        let bank = try XCTUnwrap(found.first { $0.location.cell == "H4" })
        XCTAssertEqual(bank.sourceRange, 0..<"6228 4831 9831 3928 797".utf8.count)
    }

    /// Kinds found by judgement, which the writers' manifest does not list.
    static let judged: Set<Kind> = [.name, .address, .record]

    func testNamesAndRecordsInWorkbooks() throws {
        let (_, found) = try Self.scan("xlsxwriter_roster.xlsx")
        let students = found.filter { $0.location.sheet == "学生信息" }
        let names = students.filter { $0.kind == .name }
        // Every pupil row of the roster, A2 to A13, under the header 姓名.
        XCTAssertEqual(names.map { $0.location.cell! }, (2...13).map { "A\($0)" })
        XCTAssertTrue(names.allSatisfy { $0.location.field == "姓名" && $0.confidence == .high })
        // Each of those rows is a record joining the name with the row's other values.
        let records = students.filter { $0.kind == .record }
        XCTAssertEqual(records.map { $0.location.cell! }, names.map { $0.location.cell! })
        XCTAssertTrue(records.allSatisfy { $0.joins.first == .name && $0.joins.contains(.mobile) })
        // The hidden sheet's parents are names too, and hidden.
        let parents = found.filter { $0.location.sheet == "家长联系" && $0.kind == .name }
        XCTAssertEqual(parents.count, 4)
        XCTAssertTrue(parents.allSatisfy(\.location.hidden))
        // A school's own address under 地址, beside only its office numbers, is no one's.
        XCTAssertEqual(try Self.scan("clean.xlsx").1.filter { !$0.organisational }, [])
    }

    func testAHeaderOfTwoRowsNamesStudentsAndParents() throws {
        // grouped_header.xlsx: 学生信息 and 家长信息 merged over the labels of row 3.
        let names = try Self.scan("grouped_header.xlsx").1.filter { $0.kind == .name }
        XCTAssertEqual(names.map { "\($0.location.cell ?? "-") \($0.location.field ?? "-")" },
                       (4...9).flatMap { ["B\($0) 学生信息/姓名", "F\($0) 家长信息/姓名"] })
        XCTAssertTrue(names.allSatisfy { $0.confidence == .high })
    }

    func testAWorkbookCutShortKeepsItsFindingsToItself() throws {
        // corrupt_crc.xlsx fails its CRC check after rows have been read: the row in progress
        // belongs to it, not to the next file the same engine reads.
        let engine = DetectionEngine()
        var first = CollectingSink()
        XCTAssertThrowsError(try SourceReader.scan(FileSource(path: Self.folder.appendingPathComponent("corrupt_crc.xlsx").path),
                                                   engine: engine, sink: &first))
        XCTAssertFalse(first.findings.filter { $0.kind == .record }.isEmpty)
        var second = CollectingSink()
        _ = try SourceReader.scan(MemorySource("今天天气很好。\n", displayPath: "clean.txt"), engine: engine, sink: &second)
        XCTAssertEqual(second.findings, [])
    }

    func testCopiesOfDataInOtherPartsAreFound() throws {
        // clean.xlsx plus a pivot cache (rows kept even when their sheet is gone), a text box and
        // a chart whose cached categories are pupils' names (a column of names, vouching for
        // itself; its series' title 数学 no name).
        let (_, found) = try Self.scan("pivot_cache.xlsx")
        XCTAssertEqual(found.filter { !$0.organisational && $0.kind != .record }
                        .map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.location.hidden)" }, [
            "cn_id xl/pivotCache/pivotCacheRecords1.xml true",
            "mobile xl/pivotCache/pivotCacheRecords1.xml true",
            "mobile xl/drawings/drawing1.xml false",
            "name xl/charts/chart1.xml false", "name xl/charts/chart1.xml false", "name xl/charts/chart1.xml false",
        ])
    }

    func testCustomPropertiesAreReadUnderTheirNames() throws {
        // XlsxWriter's set_custom_property: a contact, an ID and a mobile in docProps/custom.xml,
        // each under its property's name as under a header; the sheet holds counts only.
        let (_, found) = try Self.scan("custom_properties.xlsx")
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" },
                       ["name 联系人", "cn_id 学生身份证号", "mobile 联系电话"])
    }

    func testADropdownsChoicesAndDefinedNamesTextsAreFoundHidden() throws {
        // XlsxWriter's data_validation (a list of four pupils; one of sports, no names) and
        // define_name (two texts and a range, which is no text) on a blank template.
        let (_, found) = try Self.scan("dropdown_names.xlsx")
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.location.hidden)" }, [
            "name data validation list true", "name data validation list true", "name data validation list true",
            "name data validation list true", "name defined name 负责人 true", "mobile defined name 负责人电话 true",
        ])
    }

    func testSharedStringsNoCellUsesAreFoundHidden() throws {
        // XlsxWriter keeps a string written to a cell that was written again: the old pupil's
        // values stay in the shared string table, shown in no sheet.
        let (_, found) = try Self.scan("overwritten_cells.xlsx")
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.location.hidden)" }, [
            "cn_id xl/sharedStrings.xml true",
            "mobile xl/sharedStrings.xml true",
        ])
        // Strings that cells use are read once, in their cells.
        let (_, roster) = try Self.scan("xlsxwriter_roster.xlsx")
        XCTAssertFalse(roster.contains { $0.location.field == "xl/sharedStrings.xml" })
    }

    /// Reads a fixture with the sheet read-ahead forced on (`minimumSize` 0) or off.
    private func readWorkbook(_ name: String, readAhead: Bool, bufferLimit: Int = 1 << 16,
                              wantsDetails: Bool = true) throws -> (findings: [Finding], counts: [Kind: Int]) {
        let archive = try ZipArchive(source: FileSource(path: Self.folder.appendingPathComponent(name).path))
        var reader = XLSXReader(archive: archive)
        reader.readAheadMinimumSize = readAhead ? 0 : Int.max
        reader.readAheadBufferLimit = bufferLimit
        var sink = CollectingSink(wantsDetails: wantsDetails)
        try reader.scan(workbook: XCTUnwrap(reader.workbookPart()), engine: DetectionEngine(), sink: &sink)
        return (sink.findings, sink.counts)
    }

    func testSheetsReadAheadGiveTheSameFindingsInTheSameOrder() throws {
        for name in ["xlsxwriter_roster.xlsx", "openpyxl_roster.xlsx", "xlsxwriter_inline.xlsx"] {
            let sequential = try readWorkbook(name, readAhead: false).findings
            XCTAssertGreaterThan(sequential.count, 20)
            XCTAssertEqual(try readWorkbook(name, readAhead: true).findings, sequential, name)
            // A buffer too small for a sheet: that sheet is read again in its turn.
            XCTAssertEqual(try readWorkbook(name, readAhead: true, bufferLimit: 2).findings, sequential, name)
            XCTAssertEqual(try readWorkbook(name, readAhead: true, wantsDetails: false).counts,
                           try readWorkbook(name, readAhead: false, wantsDetails: false).counts, name)
        }
    }

    func testPartNamesCompareCaseInsensitively() throws {
        // Zip names xl/SharedStrings.xml and xl/Worksheets/Sheet1.xml; relationships in lower case.
        let renamed = try Self.scan("case_names.xlsx").1
        XCTAssertEqual(renamed.map(Self.describe), try Self.scan("xlsxwriter_roster.xlsx").1.map(Self.describe))
        XCTAssertGreaterThan(renamed.count, 40)
    }

    func testBinaryWorkbookIsRefusedByName() {
        XCTAssertThrowsError(try Self.scan("binary_workbook.xlsb")) { error in
            XCTAssertEqual("\(error)", "unsupported: Excel binary workbook (.xlsb): not supported; save it as .xlsx to scan it")
        }
    }

    func testWorkbookSavedByLibreOfficeGivesTheSameFindings() throws {
        // scripts/make_libreoffice_fixture.sh: xlsxwriter_roster.xlsx saved again by LibreOffice
        // Calc, which writes IDs typed as numbers with 15 digits (4.30104201608218E+017).
        let path = Self.folder.deletingLastPathComponent().appendingPathComponent("libreoffice/libreoffice_roster.xlsx").path
        let engine = DetectionEngine()
        var sink = CollectingSink()
        _ = try SourceReader.scan(FileSource(path: path), engine: engine, sink: &sink)
        XCTAssertEqual(sink.findings.map(Self.describe).sorted(),
                       try Self.scan("xlsxwriter_roster.xlsx").1.map(Self.describe).sorted())
    }

    func testLegacyWorkbookSavedByLibreOfficeGivesTheSameCellFindings() throws {
        // The same roster saved by LibreOffice Calc as .xls (BIFF8), cell comment included. E8's
        // formula ("151"&"36848422") keeps no cached text there: LibreOffice writes 0 as its
        // result, so only the formula holds the phone.
        let path = Self.folder.deletingLastPathComponent().appendingPathComponent("libreoffice/libreoffice_roster.xls").path
        let engine = DetectionEngine()
        var sink = CollectingSink()
        let summary = try SourceReader.scan(FileSource(path: path), engine: engine, sink: &sink)
        XCTAssertEqual(summary.format, .workbook)
        let original = try Self.scan("xlsxwriter_roster.xlsx").1
            .filter { $0.location.cell != "E8" && $0.location.sheet != nil }
        XCTAssertEqual(sink.findings.map(Self.describe).sorted(), original.map(Self.describe).sorted())
        XCTAssertGreaterThan(original.count, 60)
    }
}
