import Foundation
import XCTest

/// `leakscan scan --state FILE`, the nightly scan of a shared drive, through the built binary:
/// files unchanged since the last scan are not read again, and what they held is carried over.
final class IncrementalScanTests: XCTestCase {
    private var folder: URL!
    private var share: URL { folder.appendingPathComponent("share") }
    private var statePath: String { folder.appendingPathComponent("state.sqlite").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A valid 18-digit ID for a synthetic person born 2008-03-12 in 410105.
    private let syntheticID = "410105200803121237"

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: share.appendingPathComponent(name))
    }

    private func scan(_ format: String) throws -> BinaryRun {
        try Leakscan.run(["scan", "--state", statePath, "--format", format, "--threads", "2", share.path])
    }

    private func counts(_ run: BinaryRun) -> [String: [String: Int]] {
        Dictionary(uniqueKeysWithValues: run.objects(ofType: "counts").map {
            (($0["path"] as? String ?? "").replacingOccurrences(of: share.path + "/", with: ""), $0["counts"] as? [String: Int] ?? [:])
        })
    }

    func testUnchangedFilesAreCarriedOverAndChangedOnesReadAgain() throws {
        try write("花名册.csv", "姓名,身份证号,家长手机\n张伟,\(syntheticID),13812345678\n李娜,\(syntheticID),13912345678\n")
        try write("课程表.txt", "第一节 语文\n")
        try write("通知.txt", "请家长王芳（手机：13712345678）周五到校。\n")

        let first = try scan("counts")
        XCTAssertEqual(first.status, 1, first.stderr)
        XCTAssertTrue(first.objects(ofType: "counts").allSatisfy { $0["unchanged"] == nil })

        let second = try scan("counts")
        XCTAssertEqual(second.status, 1, second.stderr)
        XCTAssertEqual(counts(second), counts(first), "carried over as they were")
        XCTAssertEqual(second.objects(ofType: "counts").filter { $0["unchanged"] as? Bool == true }.count, 3)

        // One file changes, one goes: only the changed one is read, and its new content counts.
        try write("通知.txt", "请家长王芳（手机：13712345678）周五到校。\n赵磊家长手机：15912345678\n")
        try FileManager.default.removeItem(at: share.appendingPathComponent("课程表.txt"))
        let third = try scan("jsonl")
        XCTAssertEqual(third.status, 1, third.stderr)
        let findings = third.objects(ofType: "finding")
        XCTAssertFalse(findings.isEmpty)
        XCTAssertTrue(findings.allSatisfy { ($0["path"] as? String)?.hasSuffix("通知.txt") == true }, third.stdout)
        XCTAssertEqual(findings.filter { $0["kind"] as? String == "mobile" }.count, 2)
        let unchanged = third.objects(ofType: "unchanged")
        XCTAssertEqual(unchanged.map { ($0["path"] as? String ?? "").replacingOccurrences(of: share.path + "/", with: "") }, ["花名册.csv"])
        XCTAssertEqual(unchanged.first?["counts"] as? [String: Int], counts(first)["花名册.csv"])
        let summary = try XCTUnwrap(third.objects(ofType: "summary").first)
        XCTAssertEqual(summary["files_scanned"] as? Int, 2)
        XCTAssertEqual(summary["files_unchanged"] as? Int, 1)

        // People read which files were carried over, and when they were read.
        let human = try Leakscan.run(["scan", "--state", statePath, share.path])
        XCTAssertTrue(human.stdout.contains("(2 of them unchanged since the last scan)"), human.stdout)
        XCTAssertTrue(human.stdout.contains("  unchanged since it was read on "), human.stdout)

        // The state holds counts, never a value.
        let state = try Data(contentsOf: URL(fileURLWithPath: statePath))
        for value in [syntheticID, "13812345678", "张伟"] {
            XCTAssertNil(state.range(of: Data(value.utf8)), value)
        }
    }

    func testTheListOfFilesToActOn() throws {
        try write("花名册.csv", "姓名,身份证号,家长手机\n张伟,\(syntheticID),13812345678\n")
        try write("课程表.txt", "第一节 语文\n")
        var run = try Leakscan.run(["scan", "--format", "files", "--state", statePath, share.path])
        XCTAssertEqual(run.status, 1, run.stderr)
        let path = share.appendingPathComponent("花名册.csv").path
        XCTAssertEqual(run.stdout.split(separator: "\n").first.map(String.init),
                       "\(path): holds personal data: do not upload or commit (resident ID 1, mobile 1, name 1, personal record 1)")
        XCTAssertFalse(run.stdout.contains("课程表"), run.stdout)
        // The share's temporary path may hold any digits: the value's, masked or not, are looked for.
        XCTAssertFalse(run.stdout.contains("13812345678") || run.stdout.contains("138****5678"), "no value, not even masked")
        run = try Leakscan.run(["scan", "--format", "files", "--lang", "zh", "--state", statePath, share.path])
        XCTAssertTrue(run.stdout.hasPrefix("\(path)：含个人信息，不得上传或提交（身份证号 1 处，手机号 1 处，姓名 1 处，个人记录 1 处），自 "), run.stdout)
        XCTAssertTrue(run.stdout.contains(" 扫描以来未改动\n"), run.stdout)
    }

    func testTheFilesThatExposeMostAreListedFirstAtTheEnd() throws {
        try write("a_通知.txt", "联系人：王老师，电话：13812345678\n")
        try write("b_花名册.csv", "姓名,身份证号,家长手机\n张伟,\(syntheticID),13812345678\n李娜,\(syntheticID),13912345678\n")
        let run = try Leakscan.run(["scan", "--format", "files", "--lang", "zh", share.path])
        XCTAssertEqual(run.status, 1, run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let title = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("最需处理的文件（共 2 个含个人信息") }, run.stdout)
        XCTAssertTrue(lines[title + 1].hasPrefix("  " + share.appendingPathComponent("b_花名册.csv").path), run.stdout)
        XCTAssertTrue(lines[title + 2].hasPrefix("  " + share.appendingPathComponent("a_通知.txt").path), run.stdout)
    }

    func testTheReportSaysWhatChangedSinceTheLastScan() throws {
        try write("a_花名册.csv", "姓名,身份证号\n张伟,\(syntheticID)\n")
        try write("b_通知.txt", "请家长王芳（手机：13712345678）周五到校。\n")
        try write("c_课程表.txt", "第一节 语文\n")
        try FileManager.default.createDirectory(at: share.appendingPathComponent("d"), withIntermediateDirectories: true)
        try write("d/名单.csv", "姓名,家长手机\n李娜,13912345678\n")
        // The first scan has nothing to compare with.
        let first = try Leakscan.run(["scan", "--format", "files", "--state", statePath, share.path])
        XCTAssertFalse(first.stdout.contains("since the last scan"), first.stdout)

        let quiet = try Leakscan.run(["scan", "--format", "files", "--state", statePath, share.path])
        XCTAssertTrue(quiet.stdout.contains("\nNo change in the files holding personal data since the last scan (ended "), quiet.stdout)

        // The roster goes, the notice is masked, the timetable gets a phone, a folder can no
        // longer be walked (a link to itself where it stood: unreadable even to root, which
        // reads a folder whatever its mode).
        try FileManager.default.removeItem(at: share.appendingPathComponent("a_花名册.csv"))
        try write("b_通知.txt", "请家长周五到校。\n")
        try write("c_课程表.txt", "第一节 语文 王老师 13812345678\n")
        let folder = share.appendingPathComponent("d")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: "d")

        let run = try Leakscan.run(["scan", "--follow", "--format", "files", "--state", statePath, share.path])
        let path = { (name: String) in self.share.appendingPathComponent(name).path }
        XCTAssertTrue(run.stdout.contains("\nChanges since the last scan (ended "), run.stdout)
        XCTAssertTrue(run.stdout.contains("  1 file now holding personal data:\n    \(path("c_课程表.txt")) (mobile 1"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  1 file no longer holding personal data (in brackets, what they held):\n    \(path("b_通知.txt")) ("), run.stdout)
        XCTAssertTrue(run.stdout.contains("  1 file that held personal data gone (deleted or moved; in brackets, what they held):\n    \(path("a_花名册.csv")) (resident ID 1, name 1"), run.stdout)
        XCTAssertTrue(run.stdout.contains("could not be read now (still to act on; the errors say why):\n    \(path("d/名单.csv")) ("), run.stdout)
        // Still kept: while the folder cannot be walked, the next night says so again.
        let again = try Leakscan.run(["scan", "--follow", "--format", "jsonl", "--state", statePath, share.path])
        XCTAssertEqual(again.objects(ofType: "change").map { "\($0["change"] ?? "")" }, ["unreadable"], again.stdout)

        let jsonl = try Leakscan.run(["scan", "--follow", "--format", "jsonl", "--lang", "zh", "--state", statePath, share.path])
        let summary = try XCTUnwrap(jsonl.objects(ofType: "summary").first)
        XCTAssertNotNil(summary["changes_since"] as? Int)
        XCTAssertEqual((summary["changes"] as? [String: Int])?["gone"], 0, "told once, the night it went")
    }

    func testAFileLeftOutButStillThereIsNoFileGone() throws {
        try write("a_花名册.csv", "姓名,身份证号\n张伟,\(syntheticID)\n")
        try write("b_名单.csv", "姓名,身份证号\n李娜,\(syntheticID)\n")
        _ = try Leakscan.run(["scan", "--format", "files", "--state", statePath, share.path])
        try write(".leakscanignore", "a_花名册.csv\n")
        try FileManager.default.removeItem(at: share.appendingPathComponent("b_名单.csv"))
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--state", statePath, share.path])
        let changes = run.objects(ofType: "change").map { "\($0["change"] ?? "") \(($0["path"] as? String ?? "").replacingOccurrences(of: share.path + "/", with: ""))" }
        XCTAssertEqual(changes.sorted(), ["gone b_名单.csv", "left_out a_花名册.csv"], run.stdout)
    }

    func testARosterThatGrewIsAChange() throws {
        try write("花名册.csv", "姓名,身份证号\n张伟,\(syntheticID)\n")
        try write("名单.csv", "姓名,身份证号\n李娜,\(syntheticID)\n")
        _ = try Leakscan.run(["scan", "--format", "files", "--state", statePath, share.path])
        try write("花名册.csv", "姓名,身份证号\n张伟,\(syntheticID)\n王芳,\(syntheticID)\n")
        try write("名单.csv", "姓名,身份证号\n李娜,410105********1237\n")
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--state", statePath, share.path])
        let changes = run.objects(ofType: "change").map { "\($0["change"] ?? "") \(($0["path"] as? String ?? "").replacingOccurrences(of: share.path + "/", with: ""))" }
        // The list that lost its IDs still names a person: no change to report; the roster grew.
        XCTAssertEqual(changes, ["grew 花名册.csv"], run.stdout)
    }

    func testTheSameShareSpeltAnotherWayIsTheSameShare() throws {
        try write("花名册.csv", "姓名,身份证号\n张伟,\(syntheticID)\n")
        _ = try Leakscan.run(["scan", "--format", "files", "--state", statePath, share.path])
        let dotted = share.path + "/../" + share.lastPathComponent + "/"
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--state", statePath, dotted])
        XCTAssertEqual(run.objects(ofType: "unchanged").count, 1, run.stdout)
        XCTAssertEqual(run.objects(ofType: "change").count, 0, run.stdout)
    }

    func testAStateThatCannotBeOpenedStopsTheScan() throws {
        let run = try Leakscan.run(["scan", "--state", folder.appendingPathComponent("no/such/folder/state.sqlite").path, share.path])
        XCTAssertEqual(run.status, 2, run.stdout + run.stderr)
        XCTAssertTrue(run.stderr.contains("cannot open the state file"), run.stderr)
    }
}
