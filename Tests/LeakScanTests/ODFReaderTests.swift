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
}
