import XCTest
@testable import LeakScan

final class MobileDetectorTests: XCTestCase {
    private func scan(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: [MobileDetector()])
    }

    private func values(_ text: String, header: String? = nil) -> [String] {
        scan(text, header: header).map(\.value)
    }

    func testAMobileUnderAnAccountsHeaderIsALogins() {
        // A platform's import of parents' accounts: the login is the parent's mobile.
        XCTAssertEqual(values("13812345678", header: "账号"), ["13812345678"])
    }

    func testAFormsExampleIsNoOnesMobile() {
        XCTAssertEqual(values("家长手机号（例如：13912345678）：________"), [])
        XCTAssertEqual(values("示例：13912345678；请填写本人手机号"), [])
        // In Markdown's code span (a handbook's 例如 `18030105001`); a code key's value is a code.
        XCTAssertEqual(values("考号格式：例如 `18030105001`"), [])
        XCTAssertEqual(values("rate limited by provider, code=15002003001"), [])
        XCTAssertEqual(values("电话 `13912345678`"), ["13912345678"])
        XCTAssertEqual(values("家长手机号：13912345678"), ["13912345678"])
    }

    func testPlainNumberOnAllocatedSegments() {
        for number in ["13812345678", "13012345678", "13401234567", "13491234567", "14712345678",
                       "16212345678", "17001234567", "17112345678", "17400123456", "17490123456",
                       "17412123456", "19212345678", "19912345678"] {
            XCTAssertEqual(values("号码 \(number) 结束"), [number], number)
        }
    }

    func testUnallocatedSegmentsAreIgnored() {
        for number in ["10012345678", "12012345678", "12912345678", "14012345678", "14612345678",
                       "15412345678", "17912345678", "19412345678", "17413123456", "16012345678"] {
            XCTAssertEqual(values("\(number)"), [], number)
        }
    }

    func testLengthMustBeEleven() {
        XCTAssertEqual(values("1381234567"), [])
        XCTAssertEqual(values("138123456789"), [])
        XCTAssertEqual(values("订单 2013812345678 号"), [])
        XCTAssertEqual(values("913812345678"), [])
    }

    func testSeparatedForms() {
        XCTAssertEqual(values("手机：138 1234 5678。"), ["138 1234 5678"])
        XCTAssertEqual(values("手机：138-1234-5678。"), ["138-1234-5678"])
        XCTAssertEqual(values("手机：138-12345678。"), ["138-12345678"])
        XCTAssertEqual(values("138-1234-5678-9"), [])
        XCTAssertEqual(values("138-1234 5678"), [])
        XCTAssertEqual(values("1381 234 5678"), [])
        XCTAssertEqual(values("138 1234 5678 9012"), [])
        XCTAssertEqual(values("1 138 1234 5678"), [])
        XCTAssertEqual(values("2023-138-1234-5678"), [])
        XCTAssertEqual(values("0371-65501234 138 1234 5678"), ["138 1234 5678"])
        // Blanks of other widths between the groups: typed in fullwidth mode, or a web page's &nbsp;.
        XCTAssertEqual(values("手机：138\u{3000}1234\u{3000}5678"), ["138\u{3000}1234\u{3000}5678"])
        // A zero-width space anywhere, as a web form leaves it: the reader sees one number.
        XCTAssertEqual(values("手机：1392513\u{200B}8471"), ["1392513\u{200B}8471"])
        XCTAssertEqual(values("手机：1392513\u{200B}84712"), [])
        // A sum of money, a canteen or library card's number: no phone.
        XCTAssertEqual(values("全省教育经费总投入15000000000元"), [])
        XCTAssertEqual(values("总额13800000000 元"), [])
        XCTAssertEqual(values("单价 ¥18612345678"), [])
        // A device's serial number or a build's.
        XCTAssertEqual(values("设备序列号 SN：18600001234"), [])
        XCTAssertEqual(values("序列号 SN13812345678"), [])
        XCTAssertEqual(values("v2.13.8 (build 13812345678)"), [])
        // Forms' and code's sample numbers are no one's (China Mobile's service line and its kin).
        XCTAssertEqual(values("ADMIN_NOTIFY_MOBILE=13800000000"), [])
        XCTAssertEqual(values("手机：138 0013 8000"), [])
        XCTAssertEqual(values("手机：13800138001"), ["13800138001"])
        // A machine's token or a number literal with digits past a hex letter: no phone.
        XCTAssertEqual(values("req_id=7f3a13812345678"), [])
        XCTAssertEqual(values("t=15838197705e-3"), [])
        XCTAssertEqual(values("Tel13812345678"), ["13812345678"])
        // Digits inside a word of letters: an app's id or an access key.
        XCTAssertEqual(values("WX_APPID=wx13937125816abcd"), [])
        XCTAssertEqual(values("ALIYUN_AK=LTAI5t13937125816Xyz"), [])
        // An ID typed in groups before a phone typed in groups: two values.
        let id = SyntheticID.make(region: "410122", birth: "20091116")
        let grouped = "\(id.prefix(6)) \(id.dropFirst(6).prefix(8)) \(id.suffix(4))"
        XCTAssertEqual(findings(in: "8. 薛嘉怡 \(grouped) 158 0749 5620", detectors: [ResidentID18Detector(), MobileDetector()]).map(\.value),
                       [grouped, "158 0749 5620"])
        XCTAssertEqual(values("13812345678", header: "饭卡号"), [])
        XCTAssertEqual(values("13812345678", header: "借书证号"), [])
        // A note written across a numbering column: its words, not the header, say what follows.
        XCTAssertEqual(findings(inColumn: ["1", "联系人：王老师 13912345678"], header: "序号", detectors: [MobileDetector()]).map(\.value),
                       ["13912345678"])
        XCTAssertEqual(findings(inColumn: ["13912345678"], header: "序号", detectors: [MobileDetector()]).map(\.value), [])
        // A dash with blanks around it, as some type it.
        XCTAssertEqual(values("手机：138 - 1234 - 5678"), ["138 - 1234 - 5678"])
        XCTAssertEqual(values("手机：138 -1234 -5678"), ["138 -1234 -5678"])
        XCTAssertEqual(values("138 -- 1234 -- 5678"), [])
        XCTAssertEqual(values("手机：138\u{A0}1234\u{A0}5678"), ["138\u{A0}1234\u{A0}5678"])
        XCTAssertEqual(values("138\u{3000}1234 5678"), [])
        XCTAssertEqual(values("1\u{3000}138\u{3000}1234\u{3000}5678"), [])
    }

    func testDottedForm() {
        // Dots between the 3-4-4 groups, as business cards and signatures write a mobile.
        XCTAssertEqual(values("手机：138.1234.5678。"), ["138.1234.5678"])
        XCTAssertEqual(values("Tel 150.3712.3456"), ["150.3712.3456"])
        // Dots join nothing else: longer chains, other groupings, decimals, other segments.
        XCTAssertEqual(values("138.1234.5678.9"), [])
        XCTAssertEqual(values("1.138.1234.5678"), [])
        XCTAssertEqual(values("1381.234.5678"), [])
        XCTAssertEqual(values("138.12345678"), [])
        XCTAssertEqual(values("120.1234.5678"), [])
        XCTAssertEqual(values("138.1234.5678@qq.com"), [])
        XCTAssertEqual(values("Tel.138.1234.5678"), ["138.1234.5678"])
        // Two spaces between the groups, typed to line up; not a chain of such groups.
        XCTAssertEqual(values("手机  152  0565  5377"), ["152  0565  5377"])
        XCTAssertEqual(values("5  152  0565  5377"), [])
        XCTAssertEqual(values("152  0565  5377  1"), [])
        XCTAssertEqual(values("152  05655  377"), [])
    }

    func testCountryCodePrefixes() {
        XCTAssertEqual(values("Tel: +86 138-1234-5678"), ["+86 138-1234-5678"])
        XCTAssertEqual(values("Tel: +86-138-1234-5678"), ["+86-138-1234-5678"])
        XCTAssertEqual(values("Tel: +8613812345678"), ["+8613812345678"])
        XCTAssertEqual(values("Tel: 8613812345678"), ["8613812345678"])
        XCTAssertEqual(values("Tel: 0086 13812345678"), ["0086 13812345678"])
        XCTAssertEqual(values("Tel: 008613812345678"), ["008613812345678"])
        XCTAssertEqual(values("Tel: 86 13812345678"), ["86 13812345678"])
        XCTAssertEqual(values("8612012345678"), [])
        XCTAssertEqual(values("+13812345678"), ["13812345678"])
    }

    func testSeveralNumbersInOneToken() {
        XCTAssertEqual(values("13812345678 13912345678"), ["13812345678", "13912345678"])
        XCTAssertEqual(values("13812345678,13912345678"), ["13812345678", "13912345678"])
    }

    func testNotPartOfEmailOrDecimal() {
        XCTAssertEqual(values("13812345678@qq.com"), [])
        XCTAssertEqual(values("13812345678.wang@163.com"), [])
        XCTAssertEqual(values("3.13812345678"), [])
        XCTAssertEqual(values("13812345678.5"), [])
        XCTAssertEqual(values("电话13812345678。"), ["13812345678"])
        XCTAssertEqual(values("13812345678x"), [])
    }

    func testConfidence() {
        XCTAssertEqual(scan("13812345678").map(\.confidence), [.medium])
        XCTAssertEqual(scan("联系电话：13812345678").map(\.confidence), [.high])
        XCTAssertEqual(scan("13812345678", header: "家长手机").map(\.confidence), [.high])
        XCTAssertEqual(scan("13812345678", header: "备注").map(\.confidence), [.medium])
    }

    func testNumbersOfAnotherCodeAreNoPhones() {
        // Students and candidates numbered on a phone's segments: the column or the label says so.
        XCTAssertEqual(values("18030101234", header: "考号"), [])
        XCTAssertEqual(values("15920230101", header: "学号"), [])
        XCTAssertEqual(values("13905020117", header: "准考证号"), [])
        XCTAssertEqual(values("考号：18030101234 总分295"), [])
        XCTAssertEqual(values("教师工号 13703711234"), [])
        // A label padded to line up with longer ones, as forms type them.
        XCTAssertEqual(values("考　　号：15200004000"), [])
        XCTAssertEqual(values("准 考 证 号：15010203001"), [])
        // The end of a range of codes is a code too.
        XCTAssertEqual(values("准考证号：15010203001 — 15010203030"), [])
        XCTAssertEqual(values("本考点准考证号15010203001至15010203900。"), [])
        XCTAssertEqual(values("学号15010203001，家长 13912345678"), ["13912345678"])
        // A phone's own word outweighs the code's; a code named earlier says nothing of this number.
        XCTAssertEqual(values("13812345678", header: "学号/手机"), ["13812345678"])
        XCTAssertEqual(values("学号2023001，家长13912345678"), ["13912345678"])
        XCTAssertEqual(values("13812345678", header: "QQ号"), ["13812345678"])
        // 号码 after a code's label is that code's tail (合同号码, 会议号码), not a phone's word.
        XCTAssertEqual(values("13912345678", header: "合同号码"), [])
        XCTAssertEqual(values("合同号码：13912345678，金额5000元。"), [])
        XCTAssertEqual(values("会议号码：138 1234 5678"), [])
        // A system's error and status codes (an API's documentation, a response's `errCode`).
        XCTAssertEqual(values("15100020001", header: "错误码"), [])
        XCTAssertEqual(values("\"errCode\": \"15100020001\""), [])
        XCTAssertEqual(values("status_code=13000010002"), [])
        XCTAssertEqual(values("\"orderNo\": \"15100020001\", 'order_no' => '15100020001'"), [])
        XCTAssertEqual(values("\"mobile\": \"13812345678\""), ["13812345678"])
        // An Android SMS backup's service centre is the operator's number on every message.
        XCTAssertEqual(values("service_center=\"+8613800371500\" read=\"1\""), [])
        XCTAssertEqual(scan("13912345678", header: "手机号码").map(\.confidence), [.high])
        XCTAssertEqual(scan("家长号码：13912345678").map(\.confidence), [.high])
    }

    func testDigitsInsideAMachinesHexWordAreNoPhone() {
        // Request and trace ids, digests and UUIDs in logs.
        XCTAssertEqual(values("reqid=af3711ad13178031875db6f1ca5a524c"), [])
        XCTAssertEqual(values("5b7f5c54b0b1b9fe823bc0213812345678"), [])
        // A word of letters that is no hex, or a short one, hides nothing.
        XCTAssertEqual(values("Tel13812345678"), ["13812345678"])
        XCTAssertEqual(values("abc13812345678"), ["13812345678"])
        // A digest's piece with four hex letters or more beside the number.
        XCTAssertEqual(values("文件校验码 fdaa17512989420"), [])
        XCTAssertEqual(values("id=13812345678-ab"), ["13812345678"])
    }

    func testOrganisationalFlag() {
        XCTAssertEqual(scan("请联系班主任王老师，电话13812345678").map(\.organisational), [false])
        XCTAssertEqual(scan("招生咨询电话：13812345678").map(\.organisational), [true])
        XCTAssertEqual(scan("13812345678", header: "学校电话").map(\.organisational), [true])
        // A parent writing of the school's gatehouse, then of her own phone.
        XCTAssertEqual(scan("我下午送到门卫室，我的手机13940944216").map(\.organisational), [false])
    }

    func testWithTheOtherContactDetectors() {
        let all: [Detector] = [MobileDetector(), LandlineDetector(), EmailDetector()]
        let found = findings(in: "13812345678@qq.com 电话 0371-65501234 138 1234 5678", detectors: all)
        XCTAssertEqual(found.map(\.kind), [.email, .landline, .mobile])
        XCTAssertEqual(found.map(\.value), ["13812345678@qq.com", "0371-65501234", "138 1234 5678"])
    }

    func testLocationAndRange() {
        let found = scan("手机 13812345678")
        XCTAssertEqual(found.first?.sourceRange, 7..<18)
        XCTAssertEqual(found.first?.kind, .mobile)
    }

    func testALogsCountersAndSerialsAreNoPhones() {
        func values(_ text: String) -> [String] { findings(in: text, detectors: StandardDetectors.all()).map(\.value) }
        XCTAssertEqual(values("[gate-ctrl] barrier timeout, retry=1 sn=18620230517"), [])
        XCTAssertEqual(values("GE0/0/8 RX bytes 15858049675 TX bytes 5062225998"), [])
        XCTAssertEqual(values("RX packets 53412877  bytes 15837462981 (15.8 GB)"), [])
        // A thing's code by its English key (a payment gateway's log, a query string).
        XCTAssertEqual(values("pay ok out_trade_no=18724090510 amount=100"), [])
        XCTAssertEqual(values("GET /api/order?orderNo=18724090510&job_id=15820231104"), [])
        // A phone after its own key stays one.
        XCTAssertEqual(values("user=王一诺 phone=18620230517"), ["18620230517"])
        XCTAssertEqual(values("user_phone_no=18620230517"), ["18620230517"])
    }

    /// A meeting's invitation: its numbers to dial, its meeting number and its link are no one's.
    func testAMeetingsDialStringsNumbersAndLinksAreNoMobiles() {
        XCTAssertEqual(values("+16699006833,,15823097741#,,,,*13579246# US (San Jose)"), [])
        XCTAssertEqual(values("• +1 669 900 6833 US (San Jose)"), [])
        XCTAssertEqual(values("https://us06web.zoom.us/j/15823097741?pwd=bWZtQ2xKa3VYbWFxZ3pTZz09"), [])
        XCTAssertEqual(values("Meeting ID: 158 2309 7741"), [])
        XCTAssertEqual(values("会议ID：158 2309 7741"), [])
        XCTAssertEqual(values("158 2309 7741", header: "Meeting ID"), [])
        // A mainland mobile with its country code, and one after its own label, stay.
        XCTAssertEqual(values("+86 158 2309 7741"), ["+86 158 2309 7741"])
        XCTAssertEqual(values("Mobile: 15823097741"), ["15823097741"])
    }

    /// A code's letter before the digits, a range of codes, a batch's or a tube's number.
    func testCodesLettersRangesAndBatchNumbersAreNoMobiles() {
        XCTAssertEqual(values("2024-06-12 08:01:33 scan ok task=T17512936235 pages=45"), [])
        XCTAssertEqual(values("本考点考号段为13024110001-13024110900，请核对。"), [])
        XCTAssertEqual(values("13622041501", header: "生产批号"), [])
        XCTAssertEqual(values("批号：13622041501"), [])
        XCTAssertEqual(values("scan barcode=13024110001 ok"), [])
        // A phone after a word's letters, and a phone beside another's, stay.
        XCTAssertEqual(values("Tel13812345678"), ["13812345678"])
        XCTAssertEqual(values("13812345678-13912345678"), ["13812345678", "13912345678"])
    }

    /// Probe 52e: a food ledger's certificate numbers are goods' papers, whatever their shape.
    func testACertificatesNumberIsNoMobile() {
        XCTAssertEqual(values("18087315296", header: "检验检疫证号"), [])
        XCTAssertEqual(values("18087315296", header: "联系电话"), ["18087315296"])
    }
}
