import Foundation
import XCTest
@testable import LeakScan

/// OpenDocument files: the XlsxWriter roster and the Word fixtures saved by LibreOffice as
/// `.ods` and `.odt` (scripts/make_libreoffice_fixture.sh) give what the originals give.
final class ODFReaderTests: XCTestCase {
    private static let folder = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("libreoffice")

    private func scan(_ path: String) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scan(FileSource(path: path), detectors: StandardDetectors.all())
    }

    func testASpreadsheetGivesWhatTheWorkbookGives() throws {
        // Every cell value, with its sheet, cell, header and hidden flag (the hidden sheet's
        // too), the cell comment and the formula's cached text included.
        let (summary, found) = try scan(Self.folder.appendingPathComponent("libreoffice_roster.ods").path)
        XCTAssertEqual(summary.format, .workbook)
        let original = try XLSXFixturesTests.scan("xlsxwriter_roster.xlsx").1.filter { $0.location.sheet != nil }
        XCTAssertEqual(found.filter { $0.location.sheet != nil }.map(XLSXFixturesTests.describe).sorted(),
                       original.map(XLSXFixturesTests.describe).sorted())
        XCTAssertTrue(found.contains { $0.location.hidden })
    }

    func testTextDocumentsGiveWhatTheWordDocumentsGive() throws {
        for name in ["notice", "roster_table"] {
            let (summary, found) = try scan(Self.folder.appendingPathComponent("\(name).odt").path)
            XCTAssertEqual(summary.format, .wordDocument)
            let original = try XLSXFixturesTests.scanDocument(XLSXFixturesTests.folder.deletingLastPathComponent()
                .appendingPathComponent("docx/\(name).docx").path)
            // The body's values, with their table column and header; the page header's apart
            // (a .docx names its part, an .odt says headers and footers).
            func body(_ findings: [Finding]) -> [String] {
                findings.filter { $0.location.field?.hasPrefix("word/") != true && $0.location.field != "headers and footers" }
                    .map { "\($0.kind.rawValue) \($0.value) \($0.location.column ?? 0) [\($0.location.field ?? "-")] \($0.organisational)" }.sorted()
            }
            XCTAssertEqual(body(found), body(original), name)
            func header(_ findings: [Finding]) -> [String] {
                findings.filter { $0.location.field?.hasPrefix("word/header") == true || $0.location.field == "headers and footers" }
                    .map { "\($0.kind.rawValue) \($0.value) \($0.organisational)" }
            }
            XCTAssertEqual(header(found), header(original), name)
            if name == "notice" { XCTAssertFalse(header(found).isEmpty) }
        }
    }

    func testOtherOpenDocumentKindsAreRefusedByName() throws {
        XCTAssertEqual(FormatSniffer.refusal(ofZip: "slides.odp", insideArchive: false).map { "\($0)" },
                       "unsupported: OpenDocument presentation (.odp): not supported by this version")
    }

    private static let flatFolder = folder.deletingLastPathComponent().appendingPathComponent("flat_odf")

    private func describe(_ found: [Finding]) -> [String] {
        found.filter { $0.kind != .record }.map {
            "\($0.location.sheet ?? "-") \($0.location.cell ?? "-") [\($0.location.field ?? "-")] \($0.kind.rawValue) \($0.value)\($0.location.hidden ? " hidden" : "")"
        }
    }

    func testAFlatSpreadsheetIsReadAsItsZippedOne() throws {
        let (summary, found) = try scan(Self.flatFolder.appendingPathComponent("roster.fods").path)
        XCTAssertEqual(summary.format, .workbook)
        let described = describe(found)
        // Names under 姓名 (a .fods read as XML lost them), the float cell as a number, the hidden sheet flagged.
        XCTAssertTrue(described.contains("七年级3班 A2 [姓名] name 田慧博"), "\(described)")
        XCTAssertTrue(described.contains("七年级3班 C4 [家长手机] mobile 18922314654"), "\(described)")
        XCTAssertTrue(described.contains("备份 A2 [姓名] name 肖萍泽 hidden"), "\(described)")
        XCTAssertEqual(found.filter { $0.kind == .record }.count, 4)
        // The same parts zipped as an .ods give the same findings.
        XCTAssertEqual(describe(try scan(Self.flatFolder.appendingPathComponent("roster.ods").path).1), described)
    }

    func testAFlatTextDocumentIsReadAsItsZippedOne() throws {
        let (summary, found) = try scan(Self.flatFolder.appendingPathComponent("notice.fodt").path)
        XCTAssertEqual(summary.format, .wordDocument)
        let fields = found.filter { $0.kind != .record }.map { "\($0.location.field ?? "-") \($0.kind.rawValue) \($0.value)" }
        XCTAssertTrue(fields.contains("姓名 name 李霞安"), "\(fields)")
        XCTAssertTrue(fields.contains("家长手机 mobile 19846286678"), "\(fields)")
        // The page header, in the master styles, as an .odt's styles.xml.
        XCTAssertTrue(fields.contains("headers and footers mobile 15831707579"), "\(fields)")
    }

    func testAFlatFileIsKnownByItsRootAndKind() throws {
        let root = "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        func kind(_ text: String) -> ODFReader.Kind? { FlatODFReader.kind(Array(text.utf8)) }
        XCTAssertEqual(kind("<?xml version=\"1.0\"?>\n<!-- saved -->\n\(root) office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">"), .spreadsheet)
        XCTAssertEqual(kind("\u{FEFF}\(root)\n office:mimetype=\"application/vnd.oasis.opendocument.text-template\">"), .text)
        // Without office:mimetype (a hand-made file), the body says which.
        XCTAssertEqual(kind("\(root)><office:body><office:spreadsheet><table:table>"), .spreadsheet)
        XCTAssertEqual(kind("\(root)><office:body><office:text>"), .text)
        // Other kinds, other roots, and a text that merely mentions one: not flat spreadsheets or texts.
        XCTAssertNil(kind("\(root) office:mimetype=\"application/vnd.oasis.opendocument.presentation\"><office:body><office:text>"))
        XCTAssertNil(kind("<office:document-content xmlns:office=\"x\"><office:body><office:spreadsheet>"))
        XCTAssertNil(kind("<root><office:document office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">"))
        XCTAssertNil(kind("Save as <office:document> with <office:spreadsheet> inside"))
    }

    func testAFlatFilesPropertiesAreReadAndItsDamageIsAnError() throws {
        let flat = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><dc:title>王小明 13812345678</dc:title></office:meta>\
            <office:body><office:text><text:p>通知</text:p></office:text></office:body></office:document>
            """
        let found = try ReadTestSupport.scanWithEveryDetector(MemorySource(flat, displayPath: "a.fodt")).1
        XCTAssertEqual(found.filter { $0.kind == .mobile }.map { "\($0.location.field ?? "-") \($0.value)" }, ["title 13812345678"])
        let cut = String(flat.prefix(flat.count - 40))
        XCTAssertThrowsError(try ReadTestSupport.scanWithEveryDetector(MemorySource(cut, displayPath: "a.fodt"))) {
            XCTAssertTrue("\($0)".hasPrefix("corrupt workbook: a.fodt:"), "\($0)")
        }
    }
}
