import Foundation
import XCTest

/// SQLite databases (fixtures/sqlite) through the built binary: a client's local roster is
/// blocked, with its table, rowid, column and column name; from a zip too; the file is left as
/// it was; a damaged one is never said to be clean.
final class SQLiteTests: XCTestCase {
    func testADatabaseWithARosterMayNotBeSent() throws {
        let run = try Leakscan.run(["check", "fixtures/sqlite/xjxt.db"])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("  Holds: resident ID 4, mobile 5, name 5, personal record 4"), run.stdout)
        XCTAssertTrue(run.stdout.contains("    sheet student line 100 column 2 [xm]  name (high)  梁*"), run.stdout)
    }

    func testEveryValueIsFoundInTheFileAndInTheZipAlike() throws {
        func values(_ path: String) throws -> [String] {
            let run = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", path])
            XCTAssertEqual(run.status, 1, run.stderr)
            return run.objects(ofType: "finding").filter { $0["kind"] as? String != "record" }.map {
                "\($0["sheet"] as? String ?? "-") \($0["line"] as? Int ?? 0) [\($0["field"] as? String ?? "-")] \($0["value"] as? String ?? "")"
            }
        }
        let direct = try values("fixtures/sqlite/xjxt.db")
        XCTAssertTrue(direct.contains("student 102 [sfzh] 510107201101314166"), "\(direct)")
        XCTAssertTrue(direct.contains("jhr 1 [jhrxm] 周雪涵"), "\(direct)")
        XCTAssertEqual(try values("fixtures/sqlite/xjxt_in.zip"), direct)
    }

    func testScanningLeavesTheDatabaseAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-sqlite-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("wal.db")
        try FileManager.default.copyItem(at: Leakscan.repositoryRoot.appendingPathComponent("fixtures/sqlite/wal.db"), to: copy)
        let before = try Data(contentsOf: copy)
        XCTAssertEqual(try Leakscan.run(["scan", "--format", "counts", folder.path]).status, 1)
        XCTAssertEqual(try Data(contentsOf: copy), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["wal.db"])
    }

    func testADamagedDatabaseIsNeverSaidToBeClean() throws {
        let run = try Leakscan.run(["check", "--lang", "zh", "fixtures/sqlite/not_a_database.db"])
        XCTAssertEqual(run.status, 3, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("SQLite 数据库已损坏或已加密，无法读取"), run.stdout)
        let partial = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/sqlite/corrupt.db"])
        XCTAssertEqual(partial.objects(ofType: "error").first?["message"] as? String,
                       "SQLite tables not scanned: student (corrupt or encrypted SQLite database: database disk image is malformed)")
    }
}
