import Foundation
import XCTest

/// Flat OpenDocument files (`.fods`, `.fodt`: fixtures/flat_odf) through the built binary: read
/// as the zipped `.ods` and `.odt` are, so that names under a 姓名 header are found (read as
/// plain XML they were lost, and a list of names passed the check).
final class FlatODFTests: XCTestCase {
    func testAFlatSpreadsheetGivesWhatItsZippedOneGives() throws {
        func findings(_ path: String) throws -> [String] {
            let run = try Leakscan.run(["scan", "--format", "jsonl", path])
            XCTAssertEqual(run.status, 1, run.stderr)
            return run.objects(ofType: "finding").map {
                "\($0["kind"] as? String ?? "") \($0["sheet"] as? String ?? "-") \($0["cell"] as? String ?? "-") [\($0["field"] as? String ?? "-")] \($0["masked"] as? String ?? "")"
            }
        }
        let flat = try findings("fixtures/flat_odf/roster.fods")
        XCTAssertTrue(flat.contains("name 七年级3班 A2 [姓名] 田**"), "\(flat)")
        XCTAssertEqual(flat, try findings("fixtures/flat_odf/roster.ods"))
    }

    func testAListOfNamesOnlyMayNotBeSent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-fods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // As a hand-made flat file may be: no declaration, no office:mimetype.
        let file = folder.appendingPathComponent("名单.fods")
        let cell = { (text: String) in "<table:table-cell><text:p>\(text)</text:p></table:table-cell>" }
        let rows = [["姓名", "班级"], ["张子涵", "七年级3班"], ["李浩然", "七年级3班"]]
            .map { "<table:table-row>" + $0.map(cell).joined() + "</table:table-row>" }.joined()
        try Data(("<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            + "<office:body><office:spreadsheet><table:table>\(rows)</table:table></office:spreadsheet></office:body></office:document>").utf8)
            .write(to: file)
        let run = try Leakscan.run(["check", file.path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("  Holds: name 2"), run.stdout)
    }

    func testAFlatTextDocumentsPageHeaderIsRead() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/flat_odf/notice.fodt"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let fields = run.objects(ofType: "finding").compactMap { $0["field"] as? String }
        XCTAssertTrue(fields.contains("headers and footers"), "\(fields)")
        XCTAssertTrue(fields.contains("姓名"), "\(fields)")
    }
}
