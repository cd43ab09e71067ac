import Foundation
import XCTest

/// `leakscan staged`, the pre-commit hook's check, through the built binary in a real git
/// repository: what the commit would hold is checked, not the working tree.
final class StagedTests: XCTestCase {
    private var repository: URL!

    override func setUpWithError() throws {
        repository = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-staged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try git("init", "-q")
        try git("config", "user.name", "Test")
        try git("config", "user.email", "test@example.com")
        try git("config", "commit.gpgsign", "false")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: repository)
    }

    /// A valid 18-digit ID for a synthetic person born 2008-03-12 in 410105.
    private let syntheticID = "410105200803121237"
    private var roster: String { "姓名,身份证号,家长手机\n张伟,\(syntheticID),13812345678\n" }

    private func write(_ name: String, _ text: String) throws {
        let url = repository.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @discardableResult
    private func git(_ arguments: String...) throws -> Int32 {
        try runGit(arguments).status
    }

    /// What `git arguments` writes, without its line feed.
    private func gitOutput(_ arguments: String...) throws -> String {
        try runGit(arguments).output
    }

    private func runGit(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        let out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = repository
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func staged(_ arguments: String...) throws -> BinaryRun {
        try Leakscan.run(["staged"] + arguments, in: repository)
    }

    func testTheStagedContentIsCheckedNotTheWorkingTree() throws {
        try write("名单.csv", roster)
        try git("add", "名单.csv")
        try write("名单.csv", "姓名,身份证号\n")  // cleaned in the working tree, not staged again
        var run = try staged()
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("✗ 名单.csv: must not be committed: its staged content holds personal data.\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  Holds: resident ID 1, mobile 1, name 1, personal record 1\n"), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("Result: commit refused: staged files hold personal data. Remove or mask it and stage the file again (git add), or unstage the file (git restore --staged FILE).\n"), run.stdout)
        XCTAssertFalse(run.stdout.contains(syntheticID))

        try git("add", "名单.csv")
        run = try staged()
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(run.stdout, "Result: no personal data found.\n")

        // The other way round: personal data in the working tree only does not stop the commit.
        try write("名单.csv", roster)
        XCTAssertEqual(try staged().status, 0)
    }

    func testTheRestOfAFilesFindingsArePointedToInTheWorkingTree() throws {
        try write("名单.csv", roster + "李娜,\(syntheticID),13912345678\n")
        try git("add", "名单.csv")
        let run = try staged()
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("  and 1 more; to list those of the working tree's copy: leakscan scan 名单.csv\n"), run.stdout)
    }

    func testAWorkbookIsReadFromItsBlob() throws {
        let workbook = try Data(contentsOf: Leakscan.repositoryRoot.appendingPathComponent("fixtures/forms/登记表.xlsx"))
        try FileManager.default.createDirectory(at: repository.appendingPathComponent("报表"), withIntermediateDirectories: true)
        try workbook.write(to: repository.appendingPathComponent("报表/登记表.xlsx"))
        try git("add", "报表")
        let run = try staged("--lang", "zh")
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("✗ 报表/登记表.xlsx：不得提交，暂存的内容含个人信息。\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("工作表"), run.stdout)
    }

    func testEveryFileIsReadWholeAfterOneOverTheSizeLimit() throws {
        // One git process gives every blob in turn: a blob that is not copied is still read past,
        // so the files after it get their own content.
        try write("a_large.txt", String(repeating: "第一节 语文\n", count: 20_000))
        try write("b_名单.csv", roster)
        for n in 0..<20 { try write("c_\(n).txt", "第\(n)节 数学\n") }
        try write("d_名单.csv", roster)
        try git("add", "-A")
        let run = try staged("--max-filesize", "100000")
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("? a_large.txt: could not be checked: do not commit it until it can be.\n  cannot scan a_large.txt: larger than --max-filesize (100000 bytes)\n"), run.stdout)
        for name in ["b_名单.csv", "d_名单.csv"] {
            XCTAssertTrue(run.stdout.contains("✗ \(name): must not be committed: its staged content holds personal data.\n  Holds: resident ID 1, mobile 1, name 1, personal record 1\n"), run.stdout)
        }
        XCTAssertFalse(run.stdout.contains("c_"), run.stdout)
    }

    func testABlobTheRepositoryLostIsThatFilesErrorOnly() throws {
        // A damaged repository: git reads on past the missing object.
        try write("a.csv", roster)
        try git("add", "a.csv")
        try write("b.csv", roster + "李娜,\(syntheticID),13912345678\n")
        try git("add", "b.csv")
        let blob = try gitOutput("rev-parse", ":a.csv")
        try FileManager.default.removeItem(at: repository.appendingPathComponent(".git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))"))
        let run = try staged()
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("? a.csv: could not be checked: do not commit it until it can be.\n  cannot scan a.csv: git has no object \(blob): the repository is damaged\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("✗ b.csv: must not be committed"), run.stdout)
    }

    func testIgnoredFilesLinksAndDeletionsAreNotChecked() throws {
        try write("old/名单.csv", roster)
        try write("课程表.txt", "第一节 语文\n")
        try git("add", "-A")
        try git("commit", "-q", "-m", "start")
        try write(".leakscanignore", "archive/\n")
        try write("archive/2019/名单.csv", roster)
        // A link's blob is its target's path: one that holds a phone number shows whether links
        // are read.
        try FileManager.default.createSymbolicLink(atPath: repository.appendingPathComponent("链接.csv").path,
                                                   withDestinationPath: "家长手机13812345678.csv")
        try git("rm", "-q", "old/名单.csv")
        try git("add", "-A")
        let run = try staged()
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(run.stdout, "Note: 1 files or folders were not checked: a .leakscanignore leaves them out.\n"
                                   + "Result: no personal data found.\n")
        XCTAssertEqual(run.stderr, "")
    }

    func testOnlyAStagedIgnoreFileCounts() throws {
        // An ignore file written but never staged lets nothing through; once staged, it counts.
        try write("名单.csv", roster)
        try write(".leakscanignore", "*\n")
        try git("add", "名单.csv")
        XCTAssertEqual(try staged().status, 1)
        try git("add", ".leakscanignore")
        // It lets the commit through, but not unseen (an ignore file staged with a roster).
        let run = try staged()
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.hasPrefix("Note: 2 files or folders were not checked"), run.stdout)
    }

    func testAFolderNamedByAnIDIsRefusedOnce() throws {
        // A student's records in a folder named after them: the commit would publish the name.
        try write("学籍/张梓涵_\(syntheticID)/身份证正面.txt", "正面\n")
        try write("学籍/张梓涵_\(syntheticID)/户口本.txt", "户口本\n")
        try write("学籍/说明.txt", "照片另存。\n")
        try git("add", "-A")
        let run = try staged()
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertEqual(run.stdout.components(separatedBy: "学籍/张梓涵_\(syntheticID)/:").count, 2, run.stdout)
        XCTAssertTrue(run.stdout.contains("It is in the folder's name: rename the folder."), run.stdout)
        XCTAssertFalse(run.stdout.contains("身份证正面"), "the files in it hold nothing")
    }

    func testAsAPreCommitHookItRefusesTheCommit() throws {
        let hook = repository.appendingPathComponent(".git/hooks/pre-commit")
        try Data("#!/bin/sh\nexec '\(Leakscan.binary.path)' staged\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        try write("通知.txt", "家长会定于周五下午召开。\n")
        try git("add", "通知.txt")
        XCTAssertEqual(try git("commit", "-q", "-m", "notice"), 0)
        // `git commit -a` stages into a temporary index that only the hook's environment names.
        try write("通知.txt", "家长会定于周五下午召开。\n联系人：张伟，手机：13812345678，身份证号：\(syntheticID)\n")
        XCTAssertNotEqual(try git("commit", "-q", "-a", "-m", "with a phone"), 0)
        XCTAssertNotEqual(try git("diff", "--quiet", "HEAD"), 0, "the change must not have been committed")
    }

    func testOutsideARepositoryIsAnError() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let run = try Leakscan.run(["staged"], environment: ["GIT_CEILING_DIRECTORIES": outside.deletingLastPathComponent().path],
                                   in: outside)
        XCTAssertEqual(run.status, 2, run.stdout + run.stderr)
        XCTAssertTrue(run.stderr.contains("not a git repository"), run.stderr)
    }
}
