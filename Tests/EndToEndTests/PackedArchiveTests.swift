import Foundation
import XCTest

/// Tar, 7-Zip and compressed files made by GNU tar, gzip, xz and 7-Zip, through the built
/// binary: each entry gives exactly the findings of the file it holds scanned alone, and an
/// entry that cannot be read makes an error that names it.
final class PackedArchiveTests: XCTestCase {
    private func findings(_ path: String) throws -> [[String: Any]] {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", path])
        XCTAssertEqual(run.status, 1, path + run.stderr)
        XCTAssertTrue(run.objects(ofType: "error").isEmpty, path)
        return run.objects(ofType: "finding")
    }

    func testEachEntryGivesTheFindingsOfItsFileAlone() throws {
        let members = [
            ("fixtures/packed/class.tar.gz", "班级资料/花名册_2024级.csv", "fixtures/demo/花名册_2024级.csv"),
            ("fixtures/packed/class.tar.gz", "班级资料/家长联系表.csv", "fixtures/demo/家长联系表.csv"),
            ("fixtures/packed/class.7z", "班级资料/花名册_2024级.csv", "fixtures/demo/花名册_2024级.csv"),
            ("fixtures/packed/class.7z", "班级资料/家长联系表.csv", "fixtures/demo/家长联系表.csv"),
            // A single compressed file: its content named after it, and read as what it is.
            ("fixtures/packed/backup.sql.gz", "backup.sql", "fixtures/sql/mysqldump.sql"),
            ("fixtures/packed/roster.csv.xz", "roster.csv", "fixtures/demo/花名册_2024级.csv"),
        ]
        for (archive, member, file) in members {
            let inArchive = try findings(archive).filter { $0["member"] as? String == member }.map(ReportedValue.init)
            let alone = try findings(file).map(ReportedValue.init)
            XCTAssertGreaterThan(alone.count, 20, file)
            XCTAssertEqual(inArchive, alone, "\(archive): \(member)")
        }
        let tar = try findings("fixtures/packed/class.tar.gz")
        XCTAssertEqual(Set(tar.compactMap { $0["member"] as? String }), ["班级资料/花名册_2024级.csv", "班级资料/家长联系表.csv"])
    }

    func testATextEntryStreamsToItsEnd() throws {
        let run = try Leakscan.run(["scan", "--format", "counts", "fixtures/packed/lines.csv.gz"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let counts = try XCTUnwrap(run.objects(ofType: "counts").first?["counts"] as? [String: Int])
        XCTAssertEqual(counts["mobile"], 20_000)
        XCTAssertEqual(counts["cn_id"], 20_000)
    }

    func testAnEntryThatCannotBeReadIsNamedAndTheArchiveNeverCalledClean() throws {
        for (archive, expected) in [("encrypted.7z", "班级资料/花名册_2024级.csv (encrypted)"),
                                    ("oversized_workbook.tar.gz", "big/roster.xlsx (larger than 32 MiB"),
                                    ("truncated.tar.gz", "truncated gzip input")] {
            let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/packed/\(archive)"])
            XCTAssertEqual(run.status, 3, archive)
            let message = try XCTUnwrap(run.objects(ofType: "error").first?["message"] as? String, archive)
            XCTAssertTrue(message.contains(expected), message)
        }
    }
}
