import XCTest
@testable import LeakScan

final class HeaderKeywordsTests: XCTestCase {
    private func hints(_ header: String) -> ContextHints { HeaderKeywords.shared.hints(forHeader: header) }

    func testRoleWordsNameAColumnOnlyAsItsLastWord() {
        for header in ["学生", "监护人", "监护人1", "家长（监护人）", "班主任", "学生姓名", "考生 ", "Guardian", "学生(必填)"] {
            XCTAssertTrue(hints(header).contains(.name), header)
        }
        // A Chinese compound names what its last word names: a category, a relation, a remark.
        for header in ["学生类别", "学生来源", "监护人关系", "老师评语", "班主任意见", "联系人电话", "学生人数"] {
            XCTAssertFalse(hints(header).contains(.name), header)
        }
        // What the other words say still counts.
        XCTAssertTrue(hints("联系人电话").contains(.phone))
        XCTAssertTrue(hints("学生类别").contains(.person))
        // Words that name a name do so anywhere.
        XCTAssertTrue(hints("姓名（拼音）").contains(.name))
        XCTAssertTrue(hints("班主任签名").contains(.name))
    }
}
