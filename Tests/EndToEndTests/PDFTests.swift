import Foundation
import XCTest

/// PDF documents through the built binary: the page in JSONL and in the report, and PDFs that
/// cannot be read reported without stopping the scan.
final class PDFTests: XCTestCase {
    func testFindingsCarryTheirPageLineAndColumnHeader() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/pdf/奖学金公示.pdf"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let ids = run.objects(ofType: "finding").filter { $0["kind"] as? String == "cn_id" }
        XCTAssertEqual(ids.map { "\($0["page"] as? Int ?? 0):\($0["line"] as? Int ?? 0) \($0["field"] as? String ?? "-")" },
                       ["1:6 身份证号", "1:7 身份证号", "1:8 身份证号", "1:9 身份证号", "2:2 身份证号", "2:3 身份证号"])
        XCTAssertEqual(ids.first?["masked"] as? String, "410************023")
        XCTAssertNil(ids.first?["value"])
        let english = try Leakscan.run(["scan", "--lang", "en", "fixtures/pdf/奖学金公示.pdf"])
        XCTAssertTrue(english.stdout.contains("page 2 line 3 column 4 [身份证号]  resident ID (high)  410************077"), english.stdout)
        let chinese = try Leakscan.run(["scan", "--lang", "zh", "fixtures/pdf/奖学金公示.pdf"])
        XCTAssertTrue(chinese.stdout.contains("第2页 第3行 第4列 [身份证号]"), chinese.stdout)
    }

    func testAttachedFilesAreNamedInTheReport() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/pdf/attachments.pdf"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let ids = run.objects(ofType: "finding").filter { $0["kind"] as? String == "cn_id" && $0["member"] as? String == "学生信息" }
        XCTAssertEqual(ids.first?["sheet"] as? String, "学生信息")
        XCTAssertEqual(ids.first?["cell"] as? String, "C2")
        XCTAssertNil(ids.first?["page"])
        // In Chinese, words that fit a zip's member and a PDF's attachment alike.
        let chinese = try Leakscan.run(["scan", "--lang", "zh", "fixtures/pdf/attachments.pdf"])
        XCTAssertTrue(chinese.stdout.contains("内含文件 学生信息 工作表 学生信息 单元格 C2 [身份证号]"), chinese.stdout)
    }

    func testUnreadablePDFsAreReportedAndTheScanGoesOn() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--threads", "2", "fixtures/pdf"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let errors = Dictionary(uniqueKeysWithValues: run.objects(ofType: "error").map {
            (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0["message"] as! String)
        })
        XCTAssertEqual(Set(errors.keys), ["encrypted.pdf", "truncated.pdf", "scanned.pdf", "mixed.pdf"])
        XCTAssertTrue(errors["scanned.pdf"]!.contains("PDF without text"), errors["scanned.pdf"]!)
        XCTAssertEqual(Set(run.objects(ofType: "finding").map { URL(fileURLWithPath: $0["path"] as! String).lastPathComponent }),
                       ["奖学金公示.pdf", "mixed.pdf", "attachments.pdf", "form_and_notes.pdf", "form_fields_only.pdf"])
        // Nothing found but a file unread: exit 3, explained in Chinese; poppler's own
        // complaints about the damage stay out of the report.
        let alone = try Leakscan.run(["scan", "--lang", "zh", "fixtures/pdf/truncated.pdf", "fixtures/pdf/encrypted.pdf"])
        XCTAssertEqual(alone.status, 3)
        XCTAssertTrue(alone.stderr.contains("PDF 已损坏") && alone.stderr.contains("PDF 已加密"), alone.stderr)
        XCTAssertEqual(alone.stderr.split(separator: "\n").filter { $0.contains("无法扫描") }.count, 2, alone.stderr)
        XCTAssertFalse(alone.stderr.lowercased().contains("syntax error"), alone.stderr)
    }
}
