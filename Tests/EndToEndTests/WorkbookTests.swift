import Foundation
import XCTest

/// Workbooks through the built binary: locations in JSONL, hidden data, and hostile files that
/// must be reported without stopping the scan of the others.
final class WorkbookTests: XCTestCase {
    func testWorkbookFindingsCarrySheetCellAndHiddenFlag() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/xlsx/xlsxwriter_roster.xlsx"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let findings = run.objects(ofType: "finding")
        let c2 = try XCTUnwrap(findings.first { $0["cell"] as? String == "C2" })
        XCTAssertEqual(c2["sheet"] as? String, "学生信息")
        XCTAssertEqual(c2["kind"] as? String, "cn_id")
        XCTAssertEqual(c2["field"] as? String, "身份证号")
        XCTAssertNil(c2["hidden"])
        XCTAssertNil(c2["value"])                                   // masked by default
        let hidden = try XCTUnwrap(findings.first { $0["cell"] as? String == "J2" })
        XCTAssertEqual(hidden["hidden"] as? Bool, true)             // a hidden column
        let truncated = try XCTUnwrap(findings.first { $0["kind"] as? String == "cn_id_truncated" })
        XCTAssertEqual(truncated["masked"] as? String, "430***************")
    }

    func testHumanReportSaysHidden() throws {
        let run = try Leakscan.run(["scan", "--lang", "zh", "fixtures/xlsx/xlsxwriter_roster.xlsx"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("工作表 学生信息 单元格 J2 [家长身份证号]"), run.stdout)
        XCTAssertTrue(run.stdout.contains("[隐藏]"), run.stdout)
    }

    func testHostileWorkbooksAreReportedAndTheScanGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = ["bomb.xlsx", "billion_laughs.xlsx", "truncated.xlsx", "encrypted.xlsx",
                       "png_renamed.xlsx", "corrupt_crc.xlsx"]
        for name in hostile + ["zip64.xlsx", "legacy.xls"] {
            try FileManager.default.copyItem(at: Leakscan.repositoryRoot.appendingPathComponent("fixtures/xlsx/\(name)"),
                                             to: folder.appendingPathComponent(name))
        }
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--threads", "2", folder.path])
        XCTAssertEqual(run.status, 1, run.stderr)   // zip64.xlsx holds an ID
        let errors = Dictionary(uniqueKeysWithValues: run.objects(ofType: "error").map {
            (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0["message"] as! String)
        })
        XCTAssertEqual(Set(errors.keys), Set(hostile))
        XCTAssertTrue(errors["encrypted.xlsx"]!.contains("encrypted workbook"))
        XCTAssertTrue(errors["bomb.xlsx"]!.contains("zip bomb guard"))
        XCTAssertTrue(errors["billion_laughs.xlsx"]!.contains("declares a DTD"))
        let found = run.objects(ofType: "finding").map { URL(fileURLWithPath: $0["path"] as! String).lastPathComponent }
        XCTAssertTrue(found.contains("zip64.xlsx"))
        XCTAssertTrue(found.contains("legacy.xls"))
    }

    func testAnArchivesMembersAreScannedAndNamed() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/archive/班级资料.zip"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let findings = run.objects(ofType: "finding")
        XCTAssertEqual(Set(findings.compactMap { $0["member"] as? String }),
                       ["2024级/花名册.csv", "学生信息.xlsx", "通知.doc", "旧资料.zip/旧名单.csv"])
        XCTAssertTrue(findings.contains { $0["member"] as? String == "学生信息.xlsx" && $0["sheet"] as? String == "学生信息" })
        XCTAssertTrue(findings.allSatisfy { $0["path"] as? String == "fixtures/archive/班级资料.zip" })
        let errors = run.objects(ofType: "error").compactMap { $0["message"] as? String }
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].contains("旧资料.zip") && errors[0].contains("更早.zip"), errors[0])
        let human = try Leakscan.run(["scan", "--lang", "en", "fixtures/archive/班级资料.zip"])
        XCTAssertTrue(human.stdout.contains("in 2024级/花名册.csv line 2 column 2 [姓名]"), human.stdout)
    }

    func testALegacyXLSWorkbookIsScannedCellByCell() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/xlsx/legacy.xls"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let ids = run.objects(ofType: "finding").filter { $0["kind"] as? String == "cn_id" }
        XCTAssertEqual(ids.map { "\($0["sheet"] as? String ?? "-")!\($0["cell"] as? String ?? "-") [\($0["field"] as? String ?? "-")]" },
                       ["学生名单!B2 [身份证号]"])
        XCTAssertEqual(ids.first?["masked"] as? String, "220************307")
    }

    func testErrorsAreExplainedInChinese() throws {
        let cases = [
            ("encrypted.xlsx", "工作簿已加密"), ("bomb.xlsx", "疑似压缩炸弹"),
            ("billion_laughs.xlsx", "疑似实体炸弹"), ("truncated.xlsx", "文件不完整"), ("png_renamed.xlsx", "内容却不是表格"),
            ("corrupt_crc.xlsx", "校验和不符"),
        ]
        for (name, phrase) in cases {
            let run = try Leakscan.run(["scan", "--lang", "zh", "fixtures/xlsx/\(name)"])
            XCTAssertTrue(run.stderr.contains("无法扫描 fixtures/xlsx/\(name)："), "\(name): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(phrase), "\(name): \(run.stderr)")
        }
        let english = try Leakscan.run(["scan", "--lang", "en", "fixtures/xlsx/encrypted.xlsx"])
        XCTAssertTrue(english.stderr.contains("cannot scan fixtures/xlsx/encrypted.xlsx: unsupported: encrypted workbook"), english.stderr)
        XCTAssertEqual(english.status, 3)
    }
}
