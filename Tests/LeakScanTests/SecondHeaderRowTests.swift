import XCTest
@testable import LeakScan

final class SecondHeaderRowTests: XCTestCase {
    private let engine = DetectionEngine()

    private func merge(_ top: [Int: String], _ below: [Int: String]) -> [String]? {
        SecondHeaderRow.merge(top: top.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                              below: below.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                              isLabel: engine.isColumnLabel)?.map(\.text)
    }

    func testGroupTitlesSpanTheColumnsNamedOnlyBelowThem() {
        XCTAssertEqual(merge([1: "姓名", 2: "联系方式", 5: "备注"], [2: "手机", 3: "固话", 4: "邮箱"]),
                       ["姓名", "联系方式/手机", "联系方式/固话", "联系方式/邮箱", "备注"])
        // A gap (a column neither row names) ends the group.
        XCTAssertEqual(merge([1: "家长信息"], [1: "姓名", 2: "电话", 4: "地址"]),
                       ["家长信息/姓名", "家长信息/电话", "地址"])
        // A header cell merged down both rows ends the group too.
        XCTAssertEqual(merge([1: "学生信息", 3: "学号"], [1: "姓名", 2: "性别", 4: "手机"]),
                       ["学生信息/姓名", "学生信息/性别", "学号", "手机"])
    }

    func testRowsThatAreNotASecondHeader() {
        XCTAssertNil(merge([1: "学生信息"], [2: "姓名"]), "one cell")
        XCTAssertNil(merge([1: "姓名", 2: "手机"], [1: "张伟", 2: "李娜"]), "every column named above")
        XCTAssertNil(merge([1: "学生信息"], [1: "一班", 2: "二班"]), "no label")
        XCTAssertNil(merge([1: "学生信息"], [1: "姓名", 2: "2024-09-01"]), "a date")
        XCTAssertNil(merge([1: "学生信息"], [1: "姓名", 2: String(repeating: "很长的说明", count: 5)]), "a long text")
    }
}
