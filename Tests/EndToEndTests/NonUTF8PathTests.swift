import Foundation
import XCTest

/// Paths named on the command line in GBK bytes (a folder copied from an old Windows share,
/// typed or pasted into a shell): they must name their files, and be shown in Chinese.
final class NonUTF8PathTests: XCTestCase {
    private var folder: URL!

    /// 学生资料 and 名单 in GBK, as a shell passes them: bytes that are no UTF-8.
    private let gbkFolder = "\\321\\247\\311\\372\\327\\312\\301\\317"
    private let gbkName = "\\303\\373\\265\\245"

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-gbk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try shell("mkdir \"$(printf '\(gbkFolder)')\" && printf '姓名,身份证号\\n张梓涵,410105200803121237\\n' "
                             + "> \"$(printf '\(gbkFolder)/\(gbkName)').csv\"")
        XCTAssertEqual(made.status, 0, made.stderr)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `script` in `folder` with `$LEAKSCAN` the built binary: a shell hands the bytes on
    /// as they are, which Foundation's `Process`, given Swift strings, cannot.
    private func shell(_ script: String) throws -> BinaryRun {
        try Leakscan.run(["-c", script], environment: ["LEAKSCAN": Leakscan.binary.path], in: folder, executable: "/bin/sh")
    }

    func testAFolderNamedInGBKIsScannedAndShownInChinese() throws {
        let run = try shell("\"$LEAKSCAN\" scan --format jsonl \"$(printf '\(gbkFolder)')\"")
        XCTAssertEqual(run.status, 1, run.stderr)
        let paths = Set(run.objects(ofType: "finding").compactMap { $0["path"] as? String })
        XCTAssertEqual(paths, ["学生资料/名单.csv"])
        XCTAssertEqual(run.objects(ofType: "finding").filter { $0["kind"] as? String == "cn_id" }.count, 1)
    }

    func testAFileNamedInGBKIsCheckedAsANamedFile() throws {
        let run = try shell("\"$LEAKSCAN\" check \"$(printf '\(gbkFolder)/\(gbkName)').csv\"")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("✗ 学生资料/名单.csv: must not be uploaded"), run.stdout)
        XCTAssertFalse(run.stdout.contains("\u{FFFD}"), run.stdout)
    }

    func testTheStateKnowsAFileUnderAFolderNamedInGBK() throws {
        let scan = "\"$LEAKSCAN\" scan --state state.sqlite --format jsonl \"$(printf '\(gbkFolder)')\""
        XCTAssertEqual(try shell(scan).status, 1)
        let second = try shell(scan)
        XCTAssertEqual(second.status, 1, second.stderr)
        // Walked from the root's canonical path, its GBK folder shown in Chinese.
        let paths = second.objects(ofType: "unchanged").compactMap { $0["path"] as? String }
        XCTAssertEqual(paths.count, 1, second.stdout)
        XCTAssertTrue(paths.first?.hasPrefix("/") == true && paths.first?.hasSuffix("/学生资料/名单.csv") == true, "\(paths)")
    }
}
