import Foundation
import XCTest

/// dBase and FoxPro tables written by a real writer (fixtures/dbf), through the built binary:
/// every planted value found at its record and field, deleted records read as hidden, a table
/// in a zip read too, and a table cut short never called clean.
final class DBFTests: FolderTestCase {
    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Leakscan.repositoryRoot.appendingPathComponent("fixtures/dbf/\(name)"))
    }

    func testEveryPlantedValueIsFoundUnderItsFieldAndNothingElse() throws {
        try PlantedValue.assertEveryPlantedValueIsFound(in: "fixtures/dbf", files: ["T_TDD.DBF", "nocodepage.dbf", "xjxx_vfp.dbf", "jtqk_vfp.dbf"])
        let clean = try Leakscan.run(["check", "fixtures/dbf/课程代码.dbf"])
        XCTAssertEqual(clean.status, 0, clean.stdout + clean.stderr)
    }

    func testADeletedRecordIsReadAndHidden() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/dbf/T_TDD.DBF"])
        let findings = run.objects(ofType: "finding").filter { $0["kind"] as? String != "record" }
        XCTAssertEqual(Set(findings.filter { $0["hidden"] as? Bool == true }.compactMap { $0["line"] as? Int }), [3])
        XCTAssertEqual(findings.filter { $0["line"] as? Int == 3 }.count, 5)
    }

    func testCheckStopsATableAndATableInAZip() throws {
        let table = folder.appendingPathComponent("T_TDD.DBF")
        try fixture("T_TDD.DBF").write(to: table)
        let zip = folder.appendingPathComponent("报名库.zip")
        let zipped = Process()
        zipped.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        zipped.arguments = ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], 'w'); z.write(sys.argv[2], 'gkbm/T_TDD.DBF'); z.close()",
                            zip.path, table.path]
        try zipped.run()
        zipped.waitUntilExit()
        for path in [table.path, zip.path] {
            let run = try Leakscan.run(["check", path])
            XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
            XCTAssertTrue(run.stdout.contains("resident ID 4"), run.stdout)
        }
        let inZip = try Leakscan.run(["scan", "--format", "jsonl", zip.path]).objects(ofType: "finding")
        XCTAssertTrue(inZip.contains { $0["member"] as? String == "gkbm/T_TDD.DBF" && $0["field"] as? String == "SFZH" })
    }

    func testATableCutShortIsNeverCalledClean() throws {
        let data = try fixture("T_TDD.DBF")
        // Cut inside its second record: the first is read, and the file is an error.
        let cut = folder.appendingPathComponent("cut.dbf")
        try data.prefix(257 + 135 + 50).write(to: cut)
        let run = try Leakscan.run(["check", "--lang", "zh", cut.path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue((run.stdout + run.stderr).contains("dBase/FoxPro 数据表（.dbf）不完整"), run.stdout + run.stderr)
        // Cut inside its header: nothing read, and not clean either.
        try data.prefix(100).write(to: cut)
        XCTAssertEqual(try Leakscan.run(["check", cut.path]).status, 3)
    }
}
