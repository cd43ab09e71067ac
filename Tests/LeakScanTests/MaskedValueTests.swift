import XCTest
@testable import LeakScan

/// Values masked too little (脱敏 that hides what can be worked back) are found as what they are,
/// IDs and mobiles; well-masked ones are not.
final class MaskedValueTests: XCTestCase {
    private func found(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: StandardDetectors.valuesWithAShape())
    }

    private let id = SyntheticID.make(region: "410105", birth: "20120713", order: "205")

    /// `id` with the characters at `positions` replaced by `mask`.
    private func masking(_ id: String, _ positions: [Int], with mask: String = "*") -> String {
        String(id.enumerated().map { positions.contains($0.offset) ? mask : String($0.element) }.joined())
    }

    // MARK: IDs

    func testAnIDWithOnlyItsCheckCharacterHiddenIsFound() {
        for mask in ["*", "＊", "×", "#", "?"] {
            let masked = masking(id, [17], with: mask)
            let f = found(masked, header: "身份证号")
            XCTAssertEqual(f.map(\.kind), [.cnID], masked)
            XCTAssertEqual(f.first?.value, masked)
            XCTAssertEqual(f.first?.confidence, .high)
        }
        let inText = found("王*明，\(masking(id, [17]))，八年级")
        XCTAssertEqual(inText.map(\.kind), [.cnID])
        XCTAssertEqual(inText.first?.confidence, .medium)
        XCTAssertEqual(found("身份证号：\(masking(id, [17]))").first?.confidence, .high)
    }

    func testAnIDWithOneOrTwoOfItsLastFourHiddenIsFound() {
        for positions in [[14, 15], [16], [14], [15, 17], [16, 17]] {
            let masked = masking(id, positions)
            XCTAssertEqual(found(masked, header: "身份证号").map(\.value), [masked], masked)
        }
        // x hides where it cannot be the check character: before another character, or in a run of x.
        XCTAssertEqual(found(masking(id, [16, 17], with: "x"), header: "身份证号").map(\.kind), [.cnID])
        XCTAssertEqual(found(masking(id, [15], with: "x"), header: "身份证号").map(\.kind), [.cnID])
        // An ID whose check character is X, with an order digit hidden.
        let withX = SyntheticID.withX()
        XCTAssertEqual(found(masking(withX, [16]), header: "身份证号").map(\.kind), [.cnID])
    }

    func testAMaskedIDNoDigitsCouldCompleteIsNotFound() {
        // One hidden order digit and a check character that none of the ten digits gives.
        let body = String(id.prefix(16))
        let given = Set((0...9).map { SyntheticID.checkCharacter(body + String($0)) })
        let unreachable = "10X98765432".first { !given.contains($0) }!
        XCTAssertEqual(found(body + "*" + String(unreachable), header: "身份证号"), [])
    }

    func testAMaskedIDNeedsItsRegionDateAndLengthShown() {
        XCTAssertEqual(found(masking(SyntheticID.make(region: "990105", birth: "20120713"), [17]), header: "身份证号"), [])
        XCTAssertEqual(found(masking(SyntheticID.make(region: "410105", birth: "20121313"), [17]), header: "身份证号"), [])
        // A birth date's digit hidden: not this shape.
        XCTAssertEqual(found(masking(id, [13]), header: "身份证号"), [])
        // Part of a longer run, a letter before or after, or more masks after.
        XCTAssertEqual(found("9" + masking(id, [17])), [])
        XCTAssertEqual(found("A" + masking(id, [17])), [])
        XCTAssertEqual(found(masking(id, [17]) + "B"), [])
        XCTAssertEqual(found(masking(id, [17]) + "*"), [])
    }

    func testWellMaskedIDsAreNotFound() {
        for value in ["410105********123X", "4101**********123X", "410105 **** **** 123X", "410105201106162***",
                      "41010520110616****", "41010520110616××××", "410105201106162xxx", "******20100315****"] {
            XCTAssertEqual(found(value, header: "身份证号").map(\.kind), [], value)
            XCTAssertEqual(found("身份证号：\(value)").map(\.kind), [], value)
        }
    }

    func testThreeMasksAfterFifteenDigitsAreNoLegacyID() {
        XCTAssertEqual(found("410105201106162***", header: "身份证号"), [])
        // A legacy ID before a comma or a space is one still.
        XCTAssertEqual(found("身份证号：410105830716123，男").map(\.kind), [.cnID15])
        XCTAssertEqual(found("410105830716123 *", header: "身份证号").map(\.kind), [.cnID15])
    }

    // MARK: Mobiles

    func testAMobileWithOneOrTwoDigitsHiddenIsFound() {
        for value in ["158214688**", "15821*68819", "158214688xx", "1582146881X", "158214688##", "158*1468819", "15821468??9"] {
            let f = found(value, header: "手机")
            XCTAssertEqual(f.map(\.kind), [.mobile], value)
            XCTAssertEqual(f.first?.value, value)
            XCTAssertEqual(f.first?.confidence, .high)
        }
        let inText = found("王*明 158214688** 八年级")
        XCTAssertEqual(inText.map(\.kind), [.mobile])
        XCTAssertEqual(inText.first?.confidence, .medium)
        XCTAssertEqual(found("家长电话：15821*68819").first?.confidence, .high)
    }

    func testAMaskedMobileNeedsASegmentAndItsLength() {
        // No allocated segment, whatever the mask hides.
        XCTAssertEqual(found("100214688**", header: "手机"), [])
        XCTAssertEqual(found("12**1468819", header: "手机"), [])
        // Longer runs, a letter beside it, or a code's column.
        XCTAssertEqual(found("1582146881**", header: "手机"), [])
        XCTAssertEqual(found("9158214688**", header: "手机"), [])
        XCTAssertEqual(found("158214688**A", header: "手机"), [])
        XCTAssertEqual(found("158214688**", header: "学号"), [])
        XCTAssertEqual(found("3.158214688**"), [])
        // An example: the digits shown after the segment all one (a lesson's 138000000xx).
        XCTAssertEqual(found("联系电话：138000000xx"), [])
        XCTAssertEqual(found("1381111111*", header: "手机"), [])
    }

    func testWellMaskedMobilesAreNotFound() {
        for value in ["138****5678", "1381234****", "138 **** 5678", "138-****-5678", "158*****819", "138***45678", "13812****78"] {
            XCTAssertEqual(found(value, header: "手机"), [], value)
            XCTAssertEqual(found("手机：\(value)"), [], value)
        }
    }

    // MARK: Reports

    func testAMaskedValueIsMaskedInReports() {
        XCTAssertEqual(Masker.mask("41010520120713**57", kind: .cnID), "410*************57")
        XCTAssertEqual(Masker.mask("41010520120713205*", kind: .cnID), "410************05*")
        XCTAssertEqual(Masker.mask("158214688**", kind: .mobile), "158****88**")
        XCTAssertEqual(Masker.mask("15821*68819", kind: .mobile), "158****8819")
    }
}
