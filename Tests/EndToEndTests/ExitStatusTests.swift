import Foundation
import XCTest

/// Exit statuses and error reporting of the built binary, on small trees made in a temporary folder.
final class ExitStatusTests: FolderTestCase {
    /// A valid 18-digit ID for a synthetic person born 2008-03-12 in 410105.
    private let syntheticID = "410105200803121237"

    func testCleanTreeExitsZero() throws {
        try write("课程表.txt", "第一节 语文 第二节 数学\n第三节 英语，教室 301，共 45 人。\n")
        let run = try Leakscan.run(["scan", folder.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("no personal data found"), run.stdout)
    }

    func testWhatAnIgnoreFileLeavesOutIsCountedInTheSummary() throws {
        // Anyone who may write in a folder may hide it from the nightly scan: the summary says so
        // (the ignore file itself, matching `*`, among them).
        try write("课程表.txt", "第一节 语文\n")
        try write("王老师/.leakscanignore", "*\n")
        try write("王老师/名单.txt", "张伟 \(syntheticID) 13812345678\n")
        try write("王老师/旧名单.txt", "李娜 13912345678\n")
        let run = try Leakscan.run(["scan", folder.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("scanned 1 files, 0 with personal data, 0 could not be scanned, 3 files or folders left out by .leakscanignore (--verbose lists them)"), run.stdout)
        let zh = try Leakscan.run(["scan", "--lang", "zh", folder.path])
        XCTAssertTrue(zh.stdout.contains("，3 个文件或文件夹被 .leakscanignore 排除（--verbose 列出）"), zh.stdout)
    }

    func testOfficesOwnerFileBesideAnOpenWorkbookIsNoUnreadWorkbook() throws {
        // `~$名单.xlsx`: the length and name of who has the workbook open, then blanks and the
        // name again in UTF-16, 162 bytes, as Excel writes it.
        var owner: [UInt8] = [6] + Array("wangli".utf8)
        owner += [UInt8](repeating: 0x20, count: 54 - owner.count) + [6, 0] + Array("wangli".utf16).flatMap { [UInt8($0), 0] }
        owner += [UInt8](repeating: 0, count: 162 - owner.count)
        try Data(owner).write(to: folder.appendingPathComponent("~$名单.xlsx"))
        try write("课程表.txt", "第一节 语文\n")
        let run = try Leakscan.run(["scan", folder.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        // Nor does the pre-upload check refuse it as a binary file of a kind it does not read.
        let check = try Leakscan.run(["check", "--lang", "en", folder.path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        // A workbook that is not one is still refused.
        try Data(owner).write(to: folder.appendingPathComponent("名单.xlsx"))
        XCTAssertEqual(try Leakscan.run(["scan", folder.path]).status, 3)
    }

    func testFindingExitsOne() throws {
        try write("a/名单.txt", "学生身份证号：\(syntheticID)\n")
        let run = try Leakscan.run(["scan", "--format", "jsonl", folder.path])
        XCTAssertEqual(run.status, 1)
        let finding = try XCTUnwrap(run.objects(ofType: "finding").first)
        XCTAssertEqual(finding["kind"] as? String, "cn_id")
        XCTAssertEqual(finding["confidence"] as? String, "high")
        XCTAssertEqual(finding["line"] as? Int, 1)
        XCTAssertEqual(finding["column"] as? Int, 8)
        XCTAssertEqual(finding["masked"] as? String, "410************237")
        XCTAssertEqual(finding["path"] as? String, folder.path + "/a/名单.txt")
    }

    func testAFileNamedByAnIDIsBlockedWhateverItHolds() throws {
        // A student's photo named by its owner's ID, as the student-status system imports them:
        // the content is binary and never read; the name is.
        let photo = folder.appendingPathComponent("照片/\(syntheticID).jpg")
        try FileManager.default.createDirectory(at: photo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0]).write(to: photo)
        try write("照片/IMG_20231213_094512.jpg", "x")
        let run = try Leakscan.run(["scan", "--format", "jsonl", folder.path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        let finding = try XCTUnwrap(run.objects(ofType: "finding").first)
        XCTAssertEqual(finding["kind"] as? String, "cn_id")
        XCTAssertEqual(finding["in_name"] as? Bool, true)
        XCTAssertEqual(finding["column"] as? Int, 1)
        XCTAssertEqual(finding["masked"] as? String, "410************237")
        XCTAssertEqual(run.objects(ofType: "finding").count, 1)
        XCTAssertEqual(run.objects(ofType: "summary").first?["files_scanned"] as? Int, 2)
        let check = try Leakscan.run(["check", photo.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("file name  resident ID (medium)  410************237"), check.stdout)
        XCTAssertTrue(check.stdout.contains("All of it is in the file's name: rename the file."), check.stdout)
        // A file whose content holds personal data too is not told that.
        try write("名单_\(syntheticID).txt", "学生身份证号：\(syntheticID)\n")
        let both = try Leakscan.run(["check", folder.appendingPathComponent("名单_\(syntheticID).txt").path])
        XCTAssertEqual(both.status, 1)
        XCTAssertFalse(both.stdout.contains("rename the file"), both.stdout)
    }

    func testAListOfSchoolsPassesAndAListOfWinnersDoesNot() throws {
        // A bureau's list of its schools: their own numbers, e-mails and addresses.
        try write("学校通讯录.csv", "学校名称,地址,联系电话,邮箱\n郑州市第一中学,郑州市金水区文化路80号,0371-65501234,zz1z@163.com\n")
        let schools = try Leakscan.run(["scan", folder.path])
        XCTAssertEqual(schools.status, 0, schools.stdout + schools.stderr)
        // Winners' names set apart by blanks, with no cue.
        try write("表彰.txt", "表彰名单如下：\n张梓涵        李浩然        王一诺\n请各班通知到位，并于周五前上报。谢谢各位老师的配合。\n")
        let winners = try Leakscan.run(["scan", "--format", "jsonl", folder.path])
        XCTAssertEqual(winners.status, 1)
        XCTAssertEqual(winners.objects(ofType: "finding").compactMap { $0["masked"] as? String }, ["张**", "李**", "王**"])
    }

    func testUnscannableFileWithNothingFoundExitsThree() throws {
        try write("ok.txt", "nothing here\n")
        try write("roster.xlsx", "PK\u{3}\u{4}not really a workbook")
        let run = try Leakscan.run(["scan", "--format", "jsonl", folder.path])
        XCTAssertEqual(run.status, 3, run.stdout)
        let error = try XCTUnwrap(run.objects(ofType: "error").first)
        XCTAssertEqual(error["path"] as? String, folder.path + "/roster.xlsx")
        XCTAssertFalse((error["message"] as? String ?? "").isEmpty)
    }

    func testMissingPathIsAnErrorNotClean() throws {
        let run = try Leakscan.run(["scan", folder.appendingPathComponent("missing").path])
        XCTAssertEqual(run.status, 3)
        XCTAssertTrue(run.stderr.contains("missing"), run.stderr)
    }

    func testFileOverMaxFilesizeIsReported() throws {
        try write("big.txt", String(repeating: "x", count: 4096))
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--max-filesize", "1K", folder.path])
        XCTAssertEqual(run.status, 3)
        XCTAssertEqual(run.objects(ofType: "error").first?["message"] as? String, "larger than --max-filesize (1024 bytes)")
        // Its name is read all the same: a video named by a student's ID number.
        try write("\(syntheticID).mp4", String(repeating: "x", count: 4096))
        let named = try Leakscan.run(["scan", "--format", "jsonl", "--max-filesize", "1K", folder.path])
        XCTAssertEqual(named.status, 1)
        XCTAssertEqual(named.objects(ofType: "finding").map { $0["in_name"] as? Bool }, [true])
        XCTAssertEqual(named.objects(ofType: "error").count, 2)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try Leakscan.run(["scan", "--threads", "0", folder.path]).status, 2)
        XCTAssertEqual(try Leakscan.run(["scan", "--format", "xml", folder.path]).status, 2)
        XCTAssertEqual(try Leakscan.run(["scan", "--max-filesize", "lots", folder.path]).status, 2)
        XCTAssertEqual(try Leakscan.run(["frobnicate"]).status, 2)
        XCTAssertEqual(try Leakscan.run(["scan"]).status, 2)
    }

    func testBinaryFilesAreSkippedWithANoteInVerboseMode() throws {
        try write("photo.jpg", "\u{0}\u{0}JFIF \(syntheticID)")
        let run = try Leakscan.run(["scan", "-v", folder.path])
        XCTAssertEqual(run.status, 0, run.stdout)
        XCTAssertTrue(run.stderr.contains("photo.jpg"), run.stderr)
    }

    func testFilesWithManyFindingsStreamInWalkOrder() throws {
        // More findings than a file may hold back while an earlier file is still being scanned.
        let many = String(repeating: "身份证号 \(syntheticID)\n", count: 6000)
        for name in ["a.txt", "b.txt", "c.txt"] { try write(name, many) }
        let one = try Leakscan.run(["scan", "--format", "jsonl", "--threads", "1", folder.path])
        let two = try Leakscan.run(["scan", "--format", "jsonl", "--threads", "2", folder.path])
        XCTAssertEqual(one.objects(ofType: "finding").count, 18000)
        XCTAssertEqual(one.stdout, two.stdout)
        let paths = one.objects(ofType: "finding").map { $0["path"] as! String }
        XCTAssertEqual(paths, paths.sorted())
    }

    func testVersionNamesTheLinkedLibraries() throws {
        let run = try Leakscan.run(["--version"])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.contains("zlib") && run.stdout.contains("libxml2") && run.stdout.contains("poppler"), run.stdout)
    }
}
