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
    }
}
