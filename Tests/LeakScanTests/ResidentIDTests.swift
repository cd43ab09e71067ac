import XCTest
@testable import LeakScan

/// Synthetic ID numbers built with the GB 11643-1999 check character (no real person's data).
enum SyntheticID {
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

    static func checkCharacter(_ body: String) -> Character {
        let sum = zip(body.utf8, weights).reduce(0) { $0 + Int($1.0 - 48) * $1.1 }
        return Array("10X98765432")[sum % 11]
    }

    /// 18-character ID from a 6-digit region, an 8-digit birth date and a 3-digit order code.
    static func make(region: String = "110105", birth: String = "20100307", order: String = "123") -> String {
        let body = region + birth + order
        return body + String(checkCharacter(body))
    }

    /// An ID for `region` and `birth` whose check character is the one `wanted` accepts.
    static func find(region: String = "110105", birth: String = "20100307",
                     where wanted: (String) -> Bool) -> String {
        for order in 100...999 {
            let id = make(region: region, birth: birth, order: String(order))
            if wanted(id) { return id }
        }
        preconditionFailure("no order code gives a matching ID")
    }

    static func withX() -> String { find { $0.hasSuffix("X") } }
}

final class ResidentIDTests: XCTestCase {
    func testAThingsCodeOrARecentDatesCodeUnderACodesLabelIsNoID() {
        let code = SyntheticID.make(region: "410105", birth: "\(CalendarDate.today.year - 1)0105")
        let values = { (text: String, header: String?) in findings(in: text, header: header, detectors: [ResidentID18Detector()]).map(\.value) }
        XCTAssertEqual(values("资产编号：\(code)", nil), [])
        XCTAssertEqual(values(code, "订单号"), [])
        // An ID's label or header, a 学籍号's letter, or no code's label: an ID still.
        XCTAssertEqual(values("身份证号：\(code)", nil), [code])
        XCTAssertEqual(values("学籍号：G\(code)", nil), [code])
        XCTAssertEqual(values("备注：\(code)", nil), [code])
        // A thing's code whatever its date (an asset bought ten years ago); a person's, like a
        // 人员编号 that may be their ID, only when recent.
        let older = SyntheticID.make(region: "410105", birth: "20150105")
        XCTAssertEqual(values("资产编号：\(older)", nil), [])
        XCTAssertEqual(values(older, "设备编号"), [])
        XCTAssertEqual(values(older, "报案号"), [])
        XCTAssertEqual(values("订单号 \(older)", nil), [])
        XCTAssertEqual(values("人员编号：\(older)", nil), [older])
        XCTAssertEqual(values(older, "编号"), [older])
        XCTAssertEqual(values("人员编号：\(code)", nil), [])
    }

    let detectors: [Detector] = [ResidentID18Detector(), ResidentID15Detector()]

    private func scan(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: detectors)
    }

    // MARK: 18 characters

    func testValidID() {
        let id = SyntheticID.make()
        let found = scan("学生 \(id) 三年级")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.kind, .cnID)
        XCTAssertEqual(found.first?.confidence, .medium)
        XCTAssertEqual(found.first?.value, id)
        XCTAssertEqual(found.first?.sourceRange, 7..<25)
    }

    func testTheStandardsAndDocumentationsSampleIDsAreNoOnes() {
        // GB 11643-1999's own example, and the one web documentation gives: valid, and no one's.
        XCTAssertEqual(scan("身份证号：11010519491231002X").map(\.value), [])
        XCTAssertEqual(scan("id_card: 110101199003074477").map(\.value), [])
        XCTAssertEqual(scan("身份证号：110101199003070011").map(\.value), ["110101199003070011"])
    }

    func testIDsSplitByWhatNoOneSees() {
        // Zero-width characters pasted from web forms and WeChat: the reader sees a whole ID.
        let id = SyntheticID.make(region: "410105", birth: "20081119")
        let zeroWidth = id.prefix(6) + "\u{200B}" + id.dropFirst(6)
        XCTAssertEqual(scan("身份证号：\(zeroWidth)").map(\.value), [String(zeroWidth)])
        let byteOrderMark = id.prefix(10) + "\u{FEFF}" + id.dropFirst(10)
        XCTAssertEqual(scan("曾洋：\(byteOrderMark)").map(\.value), [String(byteOrderMark)])
        // A cell's line break (Alt+Enter, to fit a narrow column) joins too; a text's line does not.
        let wrapped = id.prefix(6) + "\n" + id.dropFirst(6)
        XCTAssertEqual(scan(String(wrapped), header: "备注").map(\.value), [String(wrapped)])
        XCTAssertEqual(scan("编号 " + wrapped).map(\.value), [])
        // The check character still decides.
        let wrong = id.prefix(6) + "\u{200B}" + id.dropFirst(6).dropLast() + (id.last == "1" ? "2" : "1")
        XCTAssertEqual(scan(String(wrong)).map(\.value), [])
    }

    func testCheckCharacterX() {
        let id = SyntheticID.withX()
        XCTAssertEqual(scan("\(id),").map(\.value), [id])
        let lower = id.dropLast() + "x"
        XCTAssertEqual(scan("\(lower) ").map(\.value), [String(lower)])
    }

    func testWrongCheckCharacter() {
        let id = SyntheticID.make()
        let last = id.last!
        let wrong = id.dropLast() + (last == "0" ? "1" : "0")
        XCTAssertEqual(scan(String(wrong)), [])
        let x = SyntheticID.withX()
        XCTAssertEqual(scan(x.dropLast() + "0"), [])
        XCTAssertEqual(scan(id.dropLast() + "X").filter { $0.kind == .cnID }, [])
    }

    func testInvalidBirthDates() {
        XCTAssertEqual(scan(SyntheticID.make(birth: "20100230")), [])
        XCTAssertEqual(scan(SyntheticID.make(birth: "18991231")), [])
        let nextYear = String(CalendarDate.today.year + 1)
        XCTAssertEqual(scan(SyntheticID.make(birth: nextYear + "0101")), [])
        XCTAssertEqual(scan(SyntheticID.make(birth: "20080229")).count, 1)
    }

    func testUnknownProvinceRejected() {
        XCTAssertEqual(scan(SyntheticID.make(region: "990101")), [])
        XCTAssertEqual(scan(SyntheticID.make(region: "190101")), [])
    }

    func testUnknownCountyUnderKnownProvinceIsMedium() {
        let id = SyntheticID.make(region: "449999")
        let found = scan("身份证号：\(id)", header: "身份证号码")
        XCTAssertEqual(found.map(\.kind), [.cnID])
        XCTAssertEqual(found.first?.confidence, .medium)
    }

    func testRetiredRegionCodeAccepted() {
        let id = SyntheticID.make(region: "110103", birth: "19850611")  // 崇文区, abolished 2010
        let found = scan("身份证：\(id)")
        XCTAssertEqual(found.map(\.kind), [.cnID])
        XCTAssertEqual(found.first?.confidence, .high)
    }

    func testPermitPrefixes() {
        for region in ["810000", "820000", "830000"] {
            XCTAssertEqual(scan(SyntheticID.make(region: region)).map(\.kind), [.cnID], region)
        }
    }

    func testNotFoundInsideLongerDigitRuns() {
        let id = SyntheticID.make()
        XCTAssertEqual(scan("1\(id)"), [])
        XCTAssertEqual(scan("\(id)9"), [])
        XCTAssertEqual(scan("订单号 20\(id)77"), [])
        // A letter right after: part of a longer code (a hash, a serial).
        XCTAssertEqual(scan("\(id)b"), [])
        // Written with spaces throughout, the ID groups are a slice of a longer number.
        let written = "\(id.prefix(6)) \(id.dropFirst(6).prefix(8)) \(id.suffix(4))"
        XCTAssertEqual(scan("12 \(written)"), [])
        XCTAssertEqual(scan("\(written) 5678"), [])
        // The region set apart, the rest as typed.
        XCTAssertEqual(scan("张伟 \(id.prefix(6)) \(id.dropFirst(6))").map(\.value), ["\(id.prefix(6)) \(id.dropFirst(6))"])
        // A mobile typed in groups after it is a value of its own.
        XCTAssertEqual(scan("\(written) 158 0749 5620").map(\.value), [written])
    }

    func testADisabilityCertificateNumberHoldsItsHoldersID() {
        // 第二代残疾人证: the ID, the kind of disability (1–7) and its grade (1–4).
        let id = SyntheticID.find(region: "410105") { !$0.hasSuffix("X") }
        let found = scan("残疾证号：\(id)41")
        XCTAssertEqual(found.map(\.value), [id])
        XCTAssertEqual(found.first?.confidence, .high)
        XCTAssertEqual(scan("\(id)72").map(\.value), [id])
        XCTAssertEqual(scan(id + "12", header: "残疾证号").map(\.confidence), [.high])
        // No such kind or grade; a county the table does not know.
        XCTAssertEqual(scan("\(id)81"), [])
        XCTAssertEqual(scan("\(id)15"), [])
        XCTAssertEqual(scan("\(SyntheticID.find(region: "449999") { !$0.hasSuffix("X") })41"), [])
        // A holder's ID ending in X: the X between the ID and the two digits.
        let withX = SyntheticID.find(region: "410105") { $0.hasSuffix("X") }
        XCTAssertEqual(scan("残疾人证号：\(withX)42").map(\.value), [withX])
        XCTAssertEqual(scan("\(withX)31，肢体").map(\.value), [withX])
        XCTAssertEqual(scan("\(withX)81"), [])
        XCTAssertEqual(scan("\(withX)423"), [])
        XCTAssertEqual(scan("\(withX)42b"), [])
    }

    func testLetterBeforeDoesNotHideID() {
        let id = SyntheticID.make()
        let found = scan("学号G\(id)")
        XCTAssertEqual(found.map(\.value), [id])
        XCTAssertEqual(found.first?.sourceRange.lowerBound, "学号G".utf8.count)
    }

    func testWrittenForms() {
        let id = SyntheticID.make()
        let a = id.prefix(6), b = id.dropFirst(6).prefix(8), c = id.suffix(4)
        for written in ["\(a)-\(b)-\(c)", "\(a) \(b) \(c)", "\(a)\u{3000}\(b)\u{3000}\(c)", "\(a)\u{A0}\(b)\u{A0}\(c)"] {
            XCTAssertEqual(scan("证件 \(written) 。").map(\.value), [written])
        }
        let d = id.dropFirst(6).prefix(4), e = id.dropFirst(10).prefix(4)
        for written in ["\(a) \(d) \(e) \(c)", "\(a)-\(d)-\(e)-\(c)"] {
            XCTAssertEqual(scan("\(written)").map(\.value), [written])
        }
        let x = SyntheticID.withX()
        let xa = x.prefix(6), xb = x.dropFirst(6).prefix(8), xc = x.suffix(4)
        XCTAssertEqual(scan("\(xa)-\(xb)-\(xc)").map(\.value), ["\(xa)-\(xb)-\(xc)"])
        let xd = x.dropFirst(6).prefix(4), xe = x.dropFirst(10).prefix(4)
        XCTAssertEqual(scan("\(xa) \(xd) \(xe) \(xc)").map(\.value), ["\(xa) \(xd) \(xe) \(xc)"])
        // Mixed separators are not one written value.
        XCTAssertEqual(scan("\(a)-\(b) \(c)"), [])
    }

    func testOtherGroupingsAfterAnIDKeyword() {
        let id = SyntheticID.make()
        let fours = stride(from: 0, to: 18, by: 4).map { String(id.dropFirst($0).prefix(4)) }.joined(separator: " ")
        let threes = stride(from: 0, to: 18, by: 3).map { String(id.dropFirst($0).prefix(3)) }.joined(separator: " ")
        // Printed in fours or threes after a keyword, or under an ID header: an ID.
        XCTAssertEqual(scan("身份证号：\(fours)").map(\.value), [fours])
        XCTAssertEqual(scan("证件号码 \(threes)").map(\.value), [threes])
        XCTAssertEqual(scan(fours, header: "身份证号").map(\.confidence), [.high])
        let x = SyntheticID.withX()
        let xFours = stride(from: 0, to: 18, by: 4).map { String(x.dropFirst($0).prefix(4)) }.joined(separator: "-")
        XCTAssertEqual(scan("身份证：\(xFours)").map(\.value), [xFours])
        // Without one, such groups say nothing; the check still decides with one.
        XCTAssertEqual(scan("编号：\(fours)"), [])
        let wrong = String(id.prefix(17)) + (id.last == "1" ? "2" : "1")
        let wrongFours = stride(from: 0, to: 18, by: 4).map { String(wrong.dropFirst($0).prefix(4)) }.joined(separator: " ")
        XCTAssertEqual(scan("身份证号：\(wrongFours)"), [])
    }

    func testSeveralIDsInOneToken() {
        let first = SyntheticID.make(order: "123")
        let second = SyntheticID.make(region: "440305", birth: "20120101", order: "456")
        XCTAssertEqual(scan("\(first) \(second)").map(\.value), [first, second])
        let dashed = { (id: String) in "\(id.prefix(6))-\(id.dropFirst(6).prefix(8))-\(id.suffix(4))" }
        XCTAssertEqual(scan("\(dashed(first)) \(dashed(second))").map(\.value), [dashed(first), dashed(second)])
    }

    func testKeywordOrHeaderMakesHigh() {
        let id = SyntheticID.make()
        XCTAssertEqual(scan("身份证号：\(id)").first?.confidence, .high)
        XCTAssertEqual(scan("ID card no. \(id)").first?.confidence, .high)
        XCTAssertEqual(scan(id, header: "学生身份证号").first?.confidence, .high)
        XCTAssertEqual(scan(id, header: "备注").first?.confidence, .medium)
        // Too far before, or on the previous line: says nothing about this value.
        XCTAssertEqual(scan("身份证" + String(repeating: " ", count: 70) + id).first?.confidence, .medium)
        XCTAssertEqual(scan("身份证\n\(id)").first?.confidence, .medium)
    }

    // MARK: 15 digits

    func testValid15() {
        let found = scan("旧证 110105900307123。")
        XCTAssertEqual(found.map(\.kind), [.cnID15])
        XCTAssertEqual(found.first?.value, "110105900307123")
        XCTAssertEqual(found.first?.confidence, .medium)
        XCTAssertEqual(scan("身份证号码 110105900307123").first?.confidence, .high)
        XCTAssertEqual(scan("110105900307123", header: "身份证").first?.confidence, .high)
        XCTAssertEqual(scan("110105 900307 123").map(\.value), ["110105 900307 123"])
        XCTAssertEqual(scan("110105-900307-123").map(\.value), ["110105-900307-123"])
    }

    func testInvalid15() {
        XCTAssertEqual(scan("449999900307123"), [])  // county not in the table
        XCTAssertEqual(scan("110105900230123"), [])  // 30 February
        XCTAssertEqual(scan("110105901307123"), [])  // month 13
        XCTAssertEqual(scan("1101059003071234"), [])  // 16 digits
        XCTAssertEqual(scan("7110105900307123"), [])
        XCTAssertEqual(scan("110105900307123X"), [])
        XCTAssertEqual(scan("1 110105 900307 123"), [])
    }

    func testABusinessRegistrationNumberIsNo15DigitID() {
        // GS15: the authority's region code and a sequence opening with zeros (born 1900-01-23).
        XCTAssertEqual(scan("营业执照注册号：410105000123456"), [])
        XCTAssertEqual(scan("410105600312456", header: "营业执照注册号"), [])
        XCTAssertEqual(scan("编号 410105600312456"), [])
        XCTAssertEqual(scan("旧证 410105000123456"), [])
        // An ID's label says it is one, even so.
        XCTAssertEqual(scan("身份证号：410105000123456").map(\.kind), [.cnID15])
        XCTAssertEqual(scan("旧证 410105600312456").map(\.kind), [.cnID15])
        // An account's number under its header (单位公积金账号) is the account.
        XCTAssertEqual(scan("410101200508123", header: "单位公积金账号"), [])
    }

    func testAnExampleAfter如Or例IsNoOnes() {
        // A textbook's or a form's example: 第一代身份证号码为15位，如130503670401001.
        let id = SyntheticID.make()
        XCTAssertEqual(scan("第一代身份证号码为15位，如130503670401001，升级为18位。"), [])
        XCTAssertEqual(scan("格式如：\(id)"), [])
        // A national student number is G and an ID number: its example too.
        XCTAssertEqual(scan("学籍号为“G”加18位身份证号，如G\(id)。"), [])
        XCTAssertEqual(scan("学籍号：G\(id)").map(\.kind), [.cnID])
        XCTAssertEqual(scan("身份证号：\(id)").map(\.kind), [.cnID])
    }

    // MARK: priority over bank cards

    func testIDThatPassesLuhnIsReportedAsIDOnly() {
        // Region 41 (Henan) starts with 4, a Visa prefix.
        let id = SyntheticID.find(region: "410105", birth: "19900307") { id in
            id.last!.isNumber && luhnValid(id)
        }
        let text = "银行卡号 身份证 \(id)"
        XCTAssertEqual(findings(in: text, detectors: [BankCardDetector()]).map(\.kind), [.bankCard])
        let found = findings(in: text, detectors: [ResidentID18Detector(), ResidentID15Detector(), BankCardDetector()])
        XCTAssertEqual(found.map(\.kind), [.cnID])
        XCTAssertEqual(found.first?.value, id)
    }
}
