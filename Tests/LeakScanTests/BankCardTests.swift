import XCTest
@testable import LeakScan

/// Luhn check over a string of digits (test side, independent of the detector).
func luhnValid(_ digits: String) -> Bool {
    var sum = 0
    for (k, c) in digits.utf8.reversed().enumerated() {
        let v = Int(c - 48)
        sum += k % 2 == 1 ? (v * 2 > 9 ? v * 2 - 9 : v * 2) : v
    }
    return sum % 10 == 0
}

/// `body` followed by the Luhn check digit that makes it valid (synthetic card numbers).
func luhnComplete(_ body: String) -> String {
    for d in 0...9 where luhnValid(body + String(d)) { return body + String(d) }
    preconditionFailure()
}

final class BankCardTests: XCTestCase {
    let detectors: [Detector] = [BankCardDetector()]

    private func scan(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: detectors)
    }

    func testNeedsKeywordOrHeader() {
        let card = luhnComplete("622202000012345678")  // 19 digits, UnionPay
        XCTAssertEqual(scan("流水 \(card)"), [])
        let found = scan("银行卡号：\(card)")
        XCTAssertEqual(found.map(\.kind), [.bankCard])
        XCTAssertEqual(found.first?.value, card)
        XCTAssertEqual(found.first?.confidence, .high)
        XCTAssertEqual(scan(card, header: "工资卡账号").map(\.value), [card])
        XCTAssertEqual(scan("Bank card: \(card)").map(\.value), [card])
        XCTAssertEqual(scan(card, header: "备注"), [])
        // 帐 is written for 账 as often; an account (账户), a passbook (存折), the subsidy card of
        // rural families (一折通).
        for header in ["银行帐号", "帐户", "银行账户", "存折号", "一折通", "Account No.", "Bank Account"] {
            XCTAssertEqual(scan(card, header: header).map(\.value), [card], header)
        }
        XCTAssertEqual(scan("补助资金请打入父亲的银行帐号\(card)。").map(\.value), [card])
        // A bank's name says as much, as parents send a card in a chat.
        XCTAssertEqual(scan("工商银行 \(card)").map(\.value), [card])
        XCTAssertEqual(scan("工行卡\(card)").map(\.value), [card])
        XCTAssertEqual(scan("农村信用社 \(card)").map(\.value), [card])
    }

    func testAnEighteenDigitCardBesideItsHolderInABatchFile() {
        // 兴业银行's debit cards have 18 digits: a subsidy batch file's line, no header.
        let card = luhnComplete("62290878134023189")
        let found = findings(in: "\(card)|段天佑|625.00|生活补助", detectors: StandardDetectors.all())
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value)" }, ["bank_card \(card)", "name 段天佑"])
        // 18 digits with a birth date where an ID has it: a mistyped ID's shape, no card.
        let dated = luhnComplete("62010220090115123")
        XCTAssertEqual(findings(in: "\(dated)|段天佑|625.00|生活补助", detectors: [BankCardDetector()]).map(\.kind), [])
    }

    func testLuhnFailure() {
        let card = luhnComplete("622202000012345678")
        let last = Int(card.last!.asciiValue! - 48)
        XCTAssertEqual(scan("卡号 " + card.dropLast() + String((last + 1) % 10)), [])
    }

    /// A rural credit union's passbook account (一卡通账号: no card's prefix, no Luhn digit) filling
    /// its cell is an account beside its holder's name; alone, or in text, it is nothing.
    func testAPassbookAccountUnderAnAccountHeaderBesideItsHolder() throws {
        let account = "41225934906760175"
        XCTAssertFalse(luhnValid(account))
        func described(_ csv: String) throws -> [String] {
            try ReadTestSupport.scan(MemorySource(csv, displayPath: "a.csv"), detectors: StandardDetectors.all()).1
                .map { "\($0.kind.rawValue) \($0.confidence)" }
        }
        XCTAssertEqual(try described("持卡人,一卡通账号\n王建国,\(account)\n"), ["name high", "bank_card medium", "record high"])
        XCTAssertEqual(try described("收款单位,账号\n郑州某某科技有限公司,\(account)\n"), [])
        XCTAssertEqual(try described("序号,一卡通账号,金额\n1,\(account),500\n"), [])
        XCTAssertEqual(scan("一卡通账号：\(account)"), [])
    }

    func testIssuerPrefixes() {
        for body in ["411111111111111", "510000000000000", "222100000000000", "352800000000000",
                     "955880000001234567", "601382000000000"] {
            let card = luhnComplete(body)
            XCTAssertEqual(scan("卡号 \(card)").map(\.value), [card], body)
        }
        for body in ["700000000000000", "300000000000000", "272100000000000", "360000000000000"] {
            XCTAssertEqual(scan("卡号 \(luhnComplete(body))"), [], body)
        }
    }

    func testLengths() {
        XCTAssertEqual(scan("卡号 \(luhnComplete("62220200001234"))"), [])  // 15 digits
        XCTAssertEqual(scan("卡号 \(luhnComplete("6222020000123456789"))"), [])  // 20 digits
        for body in ["622202000012345", "6222020000123456", "62220200001234567", "622202000012345678"] {
            let card = luhnComplete(body)
            XCTAssertEqual(scan("卡号 \(card)").map(\.value), [card], body)
        }
    }

    func testWrittenForms() {
        let card16 = luhnComplete("622202000012345")
        let spaced16 = stride(from: 0, to: 16, by: 4).map { i in
            String(card16.dropFirst(i).prefix(4))
        }.joined(separator: " ")
        XCTAssertEqual(scan("银行卡 \(spaced16)").map(\.value), [spaced16])
        let card19 = luhnComplete("622202000012345678")
        let spaced19 = stride(from: 0, to: 19, by: 4).map { i in
            String(card19.dropFirst(i).prefix(4))
        }.joined(separator: "-")
        XCTAssertEqual(scan("银行卡 \(spaced19)").map(\.value), [spaced19])
        let split = "\(card19.prefix(6)) \(card19.dropFirst(6))"
        XCTAssertEqual(scan("银行卡 \(split)").map(\.value), [split])
    }

    func testNotFoundInsideLongerRuns() {
        let card = luhnComplete("622202000012345")
        XCTAssertEqual(scan("卡号 1234\(card)"), [])
        XCTAssertEqual(scan("卡号 \(card)abc"), [])
        let spaced = stride(from: 0, to: 16, by: 4).map { String(card.dropFirst($0).prefix(4)) }
        XCTAssertEqual(scan("卡号 1234 " + spaced.joined(separator: " ")), [])
    }

    /// A bank's batch file has no header: a card beside a name, even one that only looks like
    /// a name, needs no label; alone, or under a code's label, it is no card.
    func testACardBesideANameNeedsNoLabel() throws {
        let card = luhnComplete("621700945807302157")
        let rows = try ReadTestSupport.scan(MemorySource("\(card)|王梓涵|1250.00|助学金\n", displayPath: "daifa.txt"),
                                            detectors: StandardDetectors.all()).1
        XCTAssertEqual(rows.map { "\($0.kind.rawValue) \($0.value)" }, ["bank_card \(card)", "name 王梓涵", "record "])
        let chat = try ReadTestSupport.scan(MemorySource("王梓涵 \(card)\n", displayPath: "chat.txt"), detectors: StandardDetectors.all()).1
        XCTAssertEqual(chat.map(\.kind), [.name, .bankCard, .record])
        // A Gansu ID (62…) with a mistyped check character may pass Luhn: under 身份证号, or
        // of an ID's 18 digits, it is no card.
        let typo = "620102201203151259"
        XCTAssertTrue(luhnValid(typo))
        // A loan's contract number under its pinyin code (HTBH 合同编号) beside the borrower.
        let contract = luhnComplete("6241010520240001")
        for text in ["\(card)|1250.00|助学金\n", "订单号：\(card) 王梓涵\n", "姓名,身份证号\n王梓涵,\(typo)\n", "王梓涵 \(typo)\n",
                     "XM,HTBH\n王梓涵,\(contract)\n"] {
            let found = try ReadTestSupport.scan(MemorySource(text, displayPath: text.contains(",") ? "t.csv" : "t.txt"),
                                                 detectors: StandardDetectors.all()).1
            XCTAssertFalse(found.contains { $0.kind == .bankCard }, text)
        }
    }

    /// A school's own account, its holder named on the line or in the row (a subsidy's bank
    /// slips: 收款户名 | 收款账号), is the school's, whatever its number passes; a person's stays
    /// personal with a bank's or a school's name on the line.
    func testAnOrganisationsOwnAccount() throws {
        let account = luhnComplete("410501634867465350")
        func personal(_ text: String, _ path: String) throws -> [String] {
            try ReadTestSupport.scan(MemorySource(text, displayPath: path), detectors: StandardDetectors.all()).1
                .filter { !$0.organisational }.map { "\($0.kind.rawValue) \($0.value)" }
        }
        XCTAssertEqual(try personal("收款单位：郑州市金水区第八十二中学　开户行：建设银行郑州金水支行　账号：\(account)\n", "slip.txt"), [])
        XCTAssertEqual(try personal("收款户名,收款账号,金额（元）\n郑州市金水区第八十二中学,\(account),7500.00\n", "slips.csv"), [])
        XCTAssertEqual(try personal("单位名称：郑州市第八中学　账号：\(account)\n", "form.txt"), [])
        for text in ["户名：王建国　开户行：中国建设银行郑州金水支行　卡号：\(account)\n",
                     "收款单位：郑州市第八中学　收款人：王梓涵　卡号：\(account)\n",
                     "收款人：王梓涵（郑州市第八中学）　卡号：\(account)\n"] {
            XCTAssertTrue(try personal(text, "t.txt").contains("bank_card \(account)"), text)
        }
        XCTAssertEqual(try personal("收款户名,收款账号\n王梓涵,\(account)\n", "t.csv"), ["name 王梓涵", "bank_card \(account)", "record "])
    }
}
