import Foundation
import XCTest

/// `leakscan check`, the pre-upload check, through the built binary: one screen a file.
final class CheckTests: FolderTestCase {
    /// A valid 18-digit ID for a synthetic person born 2008-03-12 in 410105.
    private let syntheticID = "410105200803121237"

    func testAFileWithPersonalDataMayNotBeSentAndTheScreenSaysWhy() throws {
        var rows = "姓名,身份证号,家长手机\n"
        for k in 0..<40 { rows += "张伟,\(syntheticID),138123456\(String(format: "%02d", k))\n" }
        let path = try write("报表.csv", rows)
        let run = try Leakscan.run(["check", path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "✗ \(path): must not be uploaded or committed: it holds personal data.")
        XCTAssertTrue(lines.contains("  Holds: resident ID 40, mobile 40, name 40, personal record 40"), run.stdout)
        XCTAssertTrue(lines.contains("    line 2 column 2 [身份证号]  resident ID (high)  410************237"), run.stdout)
        XCTAssertTrue(lines.contains("  and 115 more; to list them all: leakscan scan \(path)"), run.stdout)
        // One screen, and nothing unmasked.
        XCTAssertLessThanOrEqual(lines.count, 12)
        XCTAssertFalse(run.stdout.contains(syntheticID))
    }

    func testACleanFileMayBeSent() throws {
        let path = try write("课程表.txt", "第一节 语文 第二节 数学\n第三节 英语，教室 301。\n")
        let run = try Leakscan.run(["check", path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(run.stdout, "✓ \(path): may be uploaded: no personal data found.\nResult: no personal data found.\n")
    }

    func testAFolderListsOnlyWhatMayNotBeSent() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("上报"), withIntermediateDirectories: true)
        for k in 0..<30 { _ = try write("上报/课程表\(k).txt", "第一节 语文\n") }
        _ = try write("上报/名单.csv", "姓名,身份证号\n张伟,\(syntheticID)\n")
        let named = try write("通知.txt", "下周一升旗仪式。\n")
        let run = try Leakscan.run(["check", folder.appendingPathComponent("上报").path, named])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "✗ \(folder.appendingPathComponent("上报/名单.csv").path): must not be uploaded or committed: it holds personal data.")
        XCTAssertTrue(lines.contains("✓ \(named): may be uploaded: no personal data found."), run.stdout)
        XCTAssertTrue(lines.contains("✓ 30 more files in the folders checked may be uploaded: no personal data found."), run.stdout)
        XCTAssertFalse(run.stdout.contains("课程表"), run.stdout)
    }

    func testAFolderNamedByAStudentsIDMayNotBeSent() throws {
        let records = folder.appendingPathComponent("学籍/张梓涵_\(syntheticID)")
        try FileManager.default.createDirectory(at: records, withIntermediateDirectories: true)
        _ = try write("学籍/张梓涵_\(syntheticID)/身份证正面.txt", "正面\n")
        let run = try Leakscan.run(["check", folder.appendingPathComponent("学籍").path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "✗ \(records.path)/: must not be uploaded or committed: it holds personal data.")
        XCTAssertTrue(lines.contains("  It is in the folder's name: rename the folder."), run.stdout)
        XCTAssertTrue(lines.contains("    folder name  resident ID (medium)  410************237"), run.stdout)
        XCTAssertTrue(lines.contains("✓ 1 more files in the folders checked may be uploaded: no personal data found."), run.stdout)
        // JSONL names the folder, with a slash, and the value's place in its name.
        let scan = try Leakscan.run(["scan", "--format", "jsonl", folder.appendingPathComponent("学籍").path])
        let id = try XCTUnwrap(scan.objects(ofType: "finding").first { $0["kind"] as? String == "cn_id" })
        XCTAssertEqual(id["path"] as? String, records.path + "/")
        XCTAssertEqual(id["in_name"] as? Bool, true)
        XCTAssertEqual(id["byte_start"] as? Int, 10)
    }

    func testAFileThatCannotBeReadIsNeverSaidToBeClean() throws {
        let path = try write("roster.xlsx", "PK\u{3}\u{4}not really a workbook")
        let run = try Leakscan.run(["check", path])
        XCTAssertEqual(run.status, 3, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("? \(path): could not be checked: do not upload it until it can be.\n"), run.stdout)
    }

    func testABinaryFileOfNoKnownKindCannotBeChecked() throws {
        // A database or a program's data file may hold a roster: not let through as binary. A
        // photo or a program is binary of a known kind, and passes with a note.
        let unknown = folder.appendingPathComponent("export.bin")
        try Data([0x13, 0x37, 0x00, 0x00, 0xAB] + [UInt8](repeating: 0, count: 64)).write(to: unknown)
        var run = try Leakscan.run(["check", unknown.path])
        XCTAssertEqual(run.status, 3, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("binary file of a kind leakscan does not read"), run.stdout)
        let photo = folder.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0, count: 64)).write(to: photo)
        run = try Leakscan.run(["check", photo.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("its content was not checked"), run.stdout)
        // A scan of a share passes over binary files, as before, and its summary counts those
        // of no known kind.
        run = try Leakscan.run(["scan", unknown.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains(", 1 binary files or members of a kind not read (--verbose names the files)"), run.stdout)
        run = try Leakscan.run(["scan", photo.path])
        XCTAssertFalse(run.stdout.contains("binary files of a kind not read"), run.stdout)
    }

    func testAnArchiveHoldingABinaryFileOfNoKnownKindCannotBeChecked() throws {
        // fixtures/zip/basic.zip: text members with nothing to find, and folder/binary.bin.
        let zip = Leakscan.repositoryRoot.appendingPathComponent("fixtures/zip/basic.zip").path
        let run = try Leakscan.run(["check", zip])
        XCTAssertEqual(run.status, 3, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("binary members of a kind leakscan does not read: 1 of the files inside"), run.stdout)
        let scan = try Leakscan.run(["scan", zip])
        XCTAssertEqual(scan.status, 0, scan.stdout + scan.stderr)
        XCTAssertTrue(scan.stdout.contains(", 1 binary files or members of a kind not read"), scan.stdout)
    }

    func testInChinese() throws {
        let path = try write("名单.txt", "学生身份证号：\(syntheticID)\n")
        let run = try Leakscan.run(["check", "--lang", "zh", path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.hasPrefix("✗ \(path)：不得上传或提交，文件含个人信息。\n  内容：身份证号 1 处\n"), run.stdout)
    }
}
