import Foundation
import XCTest

/// SQL dumps written by the real tools (mariadb-dump, pg_dump with COPY and with INSERTs,
/// sqlite3's .dump), through the built binary: every planted value found at its line and
/// character column, under its column (with the column's comment), each row a record, and
/// nothing else.
final class SQLTests: XCTestCase {
    private let dumps = ["mysqldump.sql", "pg_dump.sql", "pg_dump_inserts.sql", "sqlite_dump.sql"]

    func testEveryPlantedValueIsFoundUnderItsColumnAndNothingElse() throws {
        try PlantedValue.assertEveryPlantedValueIsFound(in: "fixtures/sql", files: Set(dumps))
    }

    func testEachRowIsARecordOfItsStudent() throws {
        for name in dumps {
            let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/sql/\(name)"])
            let records = run.objects(ofType: "finding").filter { $0["kind"] as? String == "record" }
            XCTAssertEqual(records.count, 4, name)
            for record in records {
                XCTAssertEqual(Set(record["joins"] as? [String] ?? []), ["name", "cn_id", "mobile", "birth_date", "address"], name)
            }
        }
    }

    func testADumpIsRecognisedByItsContentWithoutTheSQLExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-sql-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("backup.txt")
        try FileManager.default.copyItem(at: Leakscan.repositoryRoot.appendingPathComponent("fixtures/sql/pg_dump.sql"), to: copy)
        let run = try Leakscan.run(["scan", "--format", "jsonl", copy.path])
        XCTAssertEqual(run.status, 1)
        let fields = Set(run.objects(ofType: "finding").compactMap { $0["field"] as? String })
        XCTAssertTrue(fields.contains("sfzjh（身份证件号）"), "\(fields)")
    }
}
