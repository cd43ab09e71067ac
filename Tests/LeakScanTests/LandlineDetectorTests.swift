import XCTest
@testable import LeakScan

final class LandlineDetectorTests: XCTestCase {
    private func scan(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: [LandlineDetector()])
    }

    private func values(_ text: String, header: String? = nil) -> [String] {
        scan(text, header: header).map(\.value)
    }

    func testDomesticForms() {
        XCTAssertEqual(values("电话 0371-65501234。"), ["0371-65501234"])
        XCTAssertEqual(values("电话 0371 6550 1234。"), ["0371 6550 1234"])
        XCTAssertEqual(values("电话 010-12345678"), ["010-12345678"])  // set apart: 1 allowed too
        XCTAssertEqual(values("电话 010-02345678"), [])
        XCTAssertEqual(values("电话 01012345678"), [])  // glued: assigned numbers start with 2-8
        XCTAssertEqual(values("电话 010-62345678"), ["010-62345678"])
        XCTAssertEqual(values("电话 020-8123456"), ["020-8123456"])
        XCTAssertEqual(values("电话 037165501234"), ["037165501234"])
        XCTAssertEqual(values("电话 01062345678"), ["01062345678"])
        // Codes retired when a city's network joined a neighbour's, as old registers keep them.
        XCTAssertEqual(values("家庭电话：(0565)3906394"), ["(0565)3906394"])
        XCTAssertEqual(values("家庭电话：0378-2345678"), ["0378-2345678"])
    }

    func testAnAccountsNumberUnderItsHeaderIsNoLandline() {
        // A housing fund's personal account of 12 digits opens like an area code.
        XCTAssertEqual(values("071887950996", header: "个人账号"), [])
        XCTAssertEqual(values("071887950996", header: "联系电话"), ["071887950996"])
        // A phone locker's or a handset's code is no subscriber number.
        XCTAssertEqual(values("2024100", header: "手机柜编号"), [])
        XCTAssertEqual(values("2024100", header: "家庭电话"), ["2024100"])
    }

    func testTravelDocumentsNumbersAreNoLandlines() {
        // A visa's or a 港澳通行证's number under its `…号码` header (a letter and eight digits).
        XCTAssertEqual(values("C87654321", header: "签证号码"), [])
        XCTAssertEqual(values("C23456789", header: "港澳通行证号码"), [])
        XCTAssertEqual(values("87654321", header: "联系电话号码"), ["87654321"])
    }

    func testParentheses() {
        XCTAssertEqual(values("电话(010)62345678"), ["(010)62345678"])
        XCTAssertEqual(values("电话 (0371) 65501234"), ["(0371) 65501234"])
        XCTAssertEqual(values("电话（010）62345678"), ["（010）62345678"])
        XCTAssertEqual(values("电话（0371）6550-1234"), ["（0371）6550-1234"])
        XCTAssertEqual(values("电话（010）-62751234"), ["（010）-62751234"])
        XCTAssertEqual(values("电话：0371 - 65501234"), ["0371 - 65501234"])
        XCTAssertEqual(values("(0001)62345678"), [])
        XCTAssertEqual(values("(010)12345678"), ["(010)12345678"])
        XCTAssertEqual(values("(010)123456"), [])
    }

    func testInternationalForms() {
        XCTAssertEqual(values("Tel +86 10 62345678"), ["+86 10 62345678"])
        XCTAssertEqual(values("Tel +86-371-65501234"), ["+86-371-65501234"])
        XCTAssertEqual(values("Tel +86 371 6550 1234"), ["+86 371 6550 1234"])
        XCTAssertEqual(values("Tel +8637165501234"), ["+8637165501234"])
        XCTAssertEqual(values("Tel 0086 10 62345678"), ["0086 10 62345678"])
        XCTAssertEqual(values("Tel +86 0371 65501234"), ["0371 65501234"])
        XCTAssertEqual(values("Tel +037165501234"), ["037165501234"])
        // The area code in brackets without its trunk 0, after the country code only.
        XCTAssertEqual(values("Tel +86 (371) 65501234"), ["+86 (371) 65501234"])
        XCTAssertEqual(values("Tel +86(10)6234-5678"), ["+86(10)6234-5678"])
        XCTAssertEqual(values("Tel 0086 (371) 65501234"), ["0086 (371) 65501234"])
        XCTAssertEqual(values("第(371)65501234号"), [])
        XCTAssertEqual(values("+86 (11) 65501234"), [])
    }

    func testANumberInsideALongerCodeIsNone() {
        XCTAssertEqual(values("合同号：HT-2026-0371-65501234"), [])
        XCTAssertEqual(values("凭证号：2026-010-12345678"), [])
        // After the country code, or a mobile and a blank, it is a number.
        XCTAssertEqual(values("电话：86-0371-65501234"), ["0371-65501234"])
        XCTAssertEqual(values("13812345678 0371-65501234"), ["0371-65501234"])
    }

    func testASecondNumberSharingTheAreaCode() {
        XCTAssertEqual(values("电话：0371-65501234/65501235"), ["0371-65501234", "65501235"])
        XCTAssertEqual(values("电话：0371-65501234、65501236。"), ["0371-65501234", "65501236"])
        XCTAssertEqual(values("电话：(010)62345678/62345679"), ["(010)62345678", "62345679"])
        // Not another length, nor after something that is no landline.
        XCTAssertEqual(values("电话：0371-65501234/6550123"), ["0371-65501234"])
        XCTAssertEqual(values("编号 2026-65501234/65501235"), [])
        XCTAssertEqual(values("比分 65501234/65501235"), [])
    }

    func testNumbersOfAnotherCodeAreNoPhones() {
        XCTAssertEqual(values("0371-65501234", header: "合同编号"), [])
        XCTAssertEqual(values("凭证号：0371-65501234"), [])
        XCTAssertEqual(values("0371-65501234", header: "编号/电话"), ["0371-65501234"])
        // An invoice's or a certificate's number (发票号码, 证书号码): 号码 is the code's tail.
        XCTAssertEqual(values("23456789", header: "发票号码"), [])
        XCTAssertEqual(values("63456789", header: "证书号码"), [])
        XCTAssertEqual(values("63456789", header: "联系号码"), ["63456789"])
    }

    func testDigitsInsideAMachinesHexWordAreNoPhone() {
        XCTAssertEqual(values("traceId=5b7f5c54b0b1b9fe823bc02222851567"), [])
        XCTAssertEqual(values("req=5ee674ad-af16-f020-2461-2643b049f2ab"), [])
        XCTAssertEqual(values("33268011-c547-7f6a-0746-5104366c2eaf  setup.exe"), [])
        XCTAssertEqual(values("电话：0371-65501234"), ["0371-65501234"])
    }

    func testExtensionIsLeftOut() {
        XCTAssertEqual(values("0371-65501234-801"), ["0371-65501234"])
    }

    func testInvalidNumbers() {
        XCTAssertEqual(values("0001-65501234"), [])     // no such area code
        XCTAssertEqual(values("0371-655012"), [])       // 6-digit subscriber number
        XCTAssertEqual(values("0371-655012345"), [])    // 9 digits
        XCTAssertEqual(values("0371-95501234"), [])     // first digit 9
        XCTAssertEqual(values("10371-65501234"), [])
        XCTAssertEqual(values("0371655012345"), [])
        XCTAssertEqual(values("0371-65501234@example.com"), [])
        XCTAssertEqual(values("3.037165501234"), [])
    }

    func testBareSubscriberNumbers() {
        XCTAssertEqual(values("电话：65501234"), [])
        XCTAssertEqual(values("65501234"), [])
        XCTAssertEqual(scan("65501234", header: "家庭电话").map(\.confidence), [.medium])
        XCTAssertEqual(values("6550123", header: "电话"), ["6550123"])
        XCTAssertEqual(values("15501234", header: "电话"), [])
        XCTAssertEqual(values("65501234", header: "身份证号码"), [])
        XCTAssertEqual(values("65501234", header: "备注"), [])
        // Right after a home phone's label in text, as old rosters write a local number.
        XCTAssertEqual(scan("张子涵 家庭电话：63912345").map { "\($0.value) \($0.confidence)" }, ["63912345 medium"])
        XCTAssertEqual(values("宅电 6391234，"), ["6391234"])
        XCTAssertEqual(values("家庭电话：639123456"), [])
        XCTAssertEqual(values("家庭电话：63912345.5"), [])
    }

    func testConfidence() {
        XCTAssertEqual(scan("0371-65501234").map(\.confidence), [.medium])
        XCTAssertEqual(scan("联系电话：0371-65501234").map(\.confidence), [.high])
        XCTAssertEqual(scan("0371-65501234", header: "Phone").map(\.confidence), [.high])
    }

    func testOrganisationalFlag() {
        XCTAssertEqual(scan("学校办公室电话：0371-65501234").map(\.organisational), [true])
        XCTAssertEqual(scan("咨询电话：0371-65501234").map(\.organisational), [true])
        XCTAssertEqual(scan("郑州市第一中学 地址：郑州市金水区文化路1号 电话：0371-65501234").map(\.organisational), [true])
        XCTAssertEqual(scan("家长张三 家庭电话：0371-65501234").map(\.organisational), [false])
        XCTAssertEqual(scan("0371-65501234").map(\.organisational), [false])
    }

    /// A conference line's one-tap dial string and its list of numbers to dial by country.
    func testAConferencesNumbersToDialAreNoOnes() {
        XCTAssertEqual(scan("手机一键拨号入会\n+8675536550000,,845219637#,#,3579# (中国大陆)").map(\.value), [])
        XCTAssertEqual(scan("Dial by your location\n• +86 10 8783 3177 China").map(\.value), [])
        XCTAssertEqual(scan("家庭电话：+86 10 8783 3177").map(\.value), ["+86 10 8783 3177"])
    }

    /// An English letterhead, sign-off or partner's line names the organisation whose line it is.
    func testAnEnglishOrganisationsNumberIsItsOwn() {
        XCTAssertEqual(scan("Agent: China Youth Travel Service Henan Co., Ltd. Tel 0371-65951888").map(\.organisational), [true])
        XCTAssertEqual(scan("ZHENGZHOU NO.1 MIDDLE SCHOOL\n100 Wenhua Road, Zhengzhou  Tel +86 371 6390 1234").map(\.organisational), [true])
        XCTAssertEqual(scan("Best regards,\nHR Office\nZhengzhou No.1 Middle School\nTel: 0371-63901200").map(\.organisational), [true])
        // A parent's line names no organisation; a school named beside a parent's word leaves it theirs.
        XCTAssertEqual(scan("Father: Liu Jianguo, Tel 0371-63901200").map(\.organisational), [false])
        XCTAssertEqual(scan("Parent of a student at Zhengzhou No.1 Middle School, home phone 0371-63901200").map(\.organisational), [false])
    }

    /// A device's code of letters and dash-joined digits holds no landline; a phone's label does not make one.
    func testALetterCodesDigitsAreNoLandline() {
        XCTAssertEqual(scan("记录仪编号 LG-0371-6550123").map(\.value), [])
        XCTAssertEqual(scan("TEL-0371-65501234").map(\.value), ["0371-65501234"])
    }
}
