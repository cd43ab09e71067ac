import XCTest
@testable import LeakScan

final class EmailDetectorTests: XCTestCase {
    private func scan(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: [EmailDetector()])
    }

    private func values(_ text: String) -> [String] { scan(text).map(\.value) }

    func testValidAddresses() {
        XCTAssertEqual(values("邮箱：zhang.san@qq.com"), ["zhang.san@qq.com"])
        XCTAssertEqual(values("13812345678@163.com"), ["13812345678@163.com"])
        XCTAssertEqual(values("mail a_b%c+d-e@mail.school-1.edu.cn now"), ["a_b%c+d-e@mail.school-1.edu.cn"])
        XCTAssertEqual(values("<li@example.org>"), ["li@example.org"])
        XCTAssertEqual(values("联系li@example.org。"), ["li@example.org"])
        XCTAssertEqual(values("x@a.com,y@b.com"), ["x@a.com", "y@b.com"])
        XCTAssertEqual(scan("li@example.org").map(\.confidence), [.high])
        XCTAssertEqual(scan("li@example.org").map(\.kind), [.email])
    }

    func testTrailingPunctuationIsLeftOut() {
        XCTAssertEqual(values("Write to li@example.org."), ["li@example.org"])
        XCTAssertEqual(values("li@example.org.123"), ["li@example.org"])
        XCTAssertEqual(values("...li@example.org"), ["li@example.org"])
    }

    func testInvalidAddresses() {
        XCTAssertEqual(values("@example.org"), [])
        XCTAssertEqual(values("li@localhost"), [])
        XCTAssertEqual(values("li@example.c"), [])
        XCTAssertEqual(values("li@example.123"), [])
        XCTAssertEqual(values("li.@example.org"), [])
        XCTAssertEqual(values("li..wang@example.org"), [])
        XCTAssertEqual(values("li@-example.org"), [])
        XCTAssertEqual(values("li@.example.org"), [])
        XCTAssertEqual(values("中文@example.org"), [])
        XCTAssertEqual(values("price @ 5.00"), [])
        XCTAssertEqual(values(String(repeating: "a", count: 65) + "@example.org"), [])
    }

    func testOrganisationalFlag() {
        XCTAssertEqual(scan("学校办公室邮箱：office@school.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("班主任邮箱：li@example.org").map(\.organisational), [false])
        XCTAssertEqual(scan("li@example.org", header: "家长邮箱").map(\.organisational), [false])
    }
}
