import XCTest
@testable import LeakScan

final class ReportFormatTests: XCTestCase {
    func testJSONStringEscaping() {
        XCTAssertEqual(JSONText.quoted("a\"b\\c\nd\u{1}e身份证"), "\"a\\\"b\\\\c\\nd\\u0001e身份证\"")
        XCTAssertEqual(JSONText.quotedOrNull(nil), "null")
        XCTAssertEqual(JSONText.counts([.mobile: 2, .cnID: 1]), "{\"cn_id\":1,\"mobile\":2}")
    }

    func testLanguageFromLocale() {
        setenv("LC_ALL", "zh_CN.UTF-8", 1)
        XCTAssertEqual(Language.fromEnvironment(), .zh)
        setenv("LC_ALL", "en_US.UTF-8", 1)
        XCTAssertEqual(Language.fromEnvironment(), .en)
        unsetenv("LC_ALL")
    }

    func testMessagesExistInBothLanguages() {
        for kind in Kind.allCases {
            XCTAssertNotEqual(Messages(.zh).kindName(kind), Messages(.en).kindName(kind))
        }
        XCTAssertEqual(Messages(.zh).location(Location(line: 3, column: 2, field: "身份证号")), "第3行 第2列 [身份证号]")
        XCTAssertEqual(Messages(.en).location(Location(sheet: "花名册", cell: "C5")), "sheet 花名册 cell C5")
        // In a name: the file's own, or an archive member's, which is named.
        XCTAssertEqual(Messages(.en).location(Location(column: 1, inName: .file)), "file name")
        XCTAssertEqual(Messages(.zh).location(Location(column: 1, member: "照片/410105200803121237.jpg", inName: .file)),
                       "内含文件 照片/410105200803121237.jpg 文件名")
    }

    func testChineseExplanationsSayWhatWentWrong() {
        // A broken compound file (a truncated Thumbs.db) is broken, not a format left out.
        XCTAssertEqual(ErrorExplanations.chinese(for: "corrupt OLE compound file: bad byte order mark"), "Office 复合文档已损坏，无法读取")
        XCTAssertEqual(ErrorExplanations.chinese(for: "cannot open: File name too long"), "路径过长（超过系统允许的长度），无法打开；请缩短目录层级或文件名")
        XCTAssertEqual(ErrorExplanations.chinese(for: "cannot open: Permission denied"), "无法打开（权限不足或文件不存在）")
    }
}

final class CountsReporterTests: XCTestCase {
    /// What the reporter writes for one file, read back through a pipe.
    private func output(for tally: FileTally) -> String {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let policy = Policy()
        let reporter = CountsReporter(out: OutputBuffer(fd: fds[1]), policy: policy)
        reporter.fileFinished(policy.outcome(of: "a.csv", tally))
        reporter.finished(ScanSummary())
        close(fds[1])
        var bytes = [UInt8](repeating: 0, count: 4096)
        let n = read(fds[0], &bytes, bytes.count)
        close(fds[0])
        return String(decoding: bytes[0..<max(0, n)], as: UTF8.self)
    }

    func testCountsThenErrorForAFileThatFailedPartWay() {
        var tally = FileTally()
        tally.count(.mobile, organisational: false)
        tally.error = "cannot read: Input/output error"
        XCTAssertEqual(output(for: tally), """
        {"type":"counts","path":"a.csv","counts":{"mobile":1}}
        {"type":"error","path":"a.csv","message":"cannot read: Input/output error"}

        """)
    }

    func testCountsOfABinaryFilesName() {
        // A photo named by an ID number: its content is not read, its name is counted.
        var tally = FileTally()
        tally.skippedAsBinary = true
        XCTAssertEqual(output(for: tally), "")
        tally.count(.cnID, organisational: false)
        XCTAssertEqual(output(for: tally), "{\"type\":\"counts\",\"path\":\"a.csv\",\"counts\":{\"cn_id\":1}}\n")
    }

    func testAShownValueStaysOnItsLine() {
        XCTAssertEqual(HumanReporter.oneLine("广东省深圳市南山区新华街238号\n（租住）"), "广东省深圳市南山区新华街238号 （租住）")
        XCTAssertEqual(HumanReporter.oneLine("a\r\nb\tc"), "a  b c")
        XCTAssertEqual(HumanReporter.oneLine("13812345678"), "13812345678")
        // A date serial with the date it stands for, its mask with the year.
        let serial = Finding(kind: .birthDate, confidence: .high, location: Location(sheet: "花名册", cell: "D2"), sourceRange: 0..<5,
                             value: "39519")
        XCTAssertEqual(HumanReporter.line(serial, Messages(.zh), showValues: true), "工作表 花名册 单元格 D2  出生日期 (高)  39519 (2008-03-12)")
        XCTAssertEqual(HumanReporter.line(serial, Messages(.zh), showValues: false), "工作表 花名册 单元格 D2  出生日期 (高)  2008-**-**")
    }

    func testUnreadFileIsOnlyAnError() {
        var tally = FileTally()
        tally.error = "cannot open: Permission denied"
        XCTAssertEqual(output(for: tally), "{\"type\":\"error\",\"path\":\"a.csv\",\"message\":\"cannot open: Permission denied\"}\n")
    }
}
