import Foundation
import XCTest

/// An HTML page saved as `.xls` (a web system's "export to Excel") through the built binary: its
/// table read cell by cell, with column headers, in JSONL and in the report for people.
final class HTMLPageTests: XCTestCase {
    func testExportedPageIsReadAsATable() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/html/web_export_gbk.xls"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let findings = run.objects(ofType: "finding")
        let name = try XCTUnwrap(findings.first { $0["kind"] as? String == "name" })
        XCTAssertEqual(name["field"] as? String, "姓名")
        XCTAssertEqual(name["line"] as? Int, 11)
        XCTAssertEqual(name["column"] as? Int, 2)
        XCTAssertEqual(name["confidence"] as? String, "high")
        XCTAssertNil(name["value"])                                  // masked by default
        XCTAssertEqual(findings.filter { $0["kind"] as? String == "cn_id_truncated" }.first?["field"] as? String, "身份证号")
        // Neither the phone in the style sheet nor the one in the script is the page's text.
        XCTAssertEqual(findings.filter { $0["kind"] as? String == "mobile" }.count, 9)
        let summary = try XCTUnwrap(run.objects(ofType: "summary").first)
        XCTAssertEqual(summary["files_unscanned"] as? Int, 0)
    }

    func testHumanReportNamesTheColumn() throws {
        let run = try Leakscan.run(["scan", "--lang", "en", "fixtures/html/web_export_gbk.xls"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("[姓名]"), run.stdout)
        XCTAssertTrue(run.stdout.contains("[家长姓名]"), run.stdout)
    }
}
