import XCTest
@testable import LeakScan

final class MaskerTests: XCTestCase {
    func testResidentIDs() {
        XCTAssertEqual(Masker.mask("41010520080312123X", kind: .cnID), "410************23X")
        XCTAssertEqual(Masker.mask("410105 20080312 1237", kind: .cnID), "410*** ******** *237")
        XCTAssertEqual(Masker.mask("410105800312123", kind: .cnID15), "410*********123")
        // What split the value unseen is left out, so that a report's line stays one.
        XCTAssertEqual(Masker.mask("410105\n20080312123X", kind: .cnID), "410************23X")
        XCTAssertEqual(Masker.mask("410105\u{200B}20080312123X", kind: .cnID), "410************23X")
    }

    func testPhones() {
        XCTAssertEqual(Masker.mask("13812345678", kind: .mobile), "138****5678")
        XCTAssertEqual(Masker.mask("138-1234-5678", kind: .mobile), "138-****-5678")
        XCTAssertEqual(Masker.mask("+86 138 1234 5678", kind: .mobile), "+86 138 **** 5678")
        XCTAssertEqual(Masker.mask("0086 13812345678", kind: .mobile), "0086 138****5678")
        XCTAssertEqual(Masker.mask("0371-65501234", kind: .landline), "0371-******34")
        XCTAssertEqual(Masker.mask("65501235", kind: .landline), "******35")
        XCTAssertEqual(Masker.mask("(010)62345678", kind: .landline), "(010)******78")
        XCTAssertEqual(Masker.mask("+86-371-65501234", kind: .landline), "+86-371-******34")
    }

    func testOthers() {
        XCTAssertEqual(Masker.mask("zhangsan@example.com", kind: .email), "z***@example.com")
        XCTAssertEqual(Masker.mask("6222020200001234567", kind: .bankCard), "6222***********4567")
        XCTAssertEqual(Masker.mask("2008-03-12", kind: .birthDate), "2008-**-**")
        XCTAssertEqual(Masker.mask("2008年3月12日", kind: .birthDate), "2008年*月**日")
        XCTAssertEqual(Masker.mask("3/12/2008", kind: .birthDate), "*/**/2008")
        XCTAssertEqual(Masker.mask("200803", kind: .birthDate), "2008**")
        XCTAssertEqual(Masker.mask("39519.5", kind: .birthDate), "*****.*")
        XCTAssertEqual(Masker.mask("2008.03", kind: .birthDate), "2008.**")
        // Chinese numerals, a certificate's date and a lunar birthday: masked as digits are.
        XCTAssertEqual(Masker.mask("二〇〇七年十一月五日", kind: .birthDate), "二〇〇七年**月*日")
        XCTAssertEqual(Masker.mask("一九八二年腊月初八", kind: .birthDate), "一九八二年*月**")
        XCTAssertEqual(Masker.mask("1983年农历三月十五", kind: .birthDate), "1983年农历*月**")
        // A year of two digits keeps two.
        XCTAssertEqual(Masker.mask("78年5月", kind: .birthDate), "78年*月")
        XCTAssertEqual(Masker.mask("780512", kind: .birthDate), "78****")
    }

    func testMaskedValuesNeverRevealTheMiddle() {
        for kind in [Kind.cnID, .mobile, .bankCard] {
            let value = "1234567890123456789"
            XCTAssertNotEqual(Masker.mask(value, kind: kind), value)
            XCTAssertTrue(Masker.mask(value, kind: kind).contains("****"))
        }
    }

    func testNamesKeepTheirFirstCharacterOnly() {
        XCTAssertEqual(Masker.mask("张伟", kind: .name), "张*")
        XCTAssertEqual(Masker.mask("欧阳娜娜", kind: .name), "欧***")
        XCTAssertEqual(Masker.mask("阿不都·热合曼", kind: .name), "阿**·***")
        XCTAssertEqual(Masker.mask("Zhang Xiaoming", kind: .name), "Z**** X*******")
    }

    func testAddressesKeepTheirDivisions() {
        XCTAssertEqual(Masker.mask("河南省郑州市金水区文化路86号", kind: .address), "河南省郑州市金水区******")
        XCTAssertEqual(Masker.mask("文化路86号院3号楼", kind: .address), "文化********")
        XCTAssertEqual(Masker.mask("", kind: .record), "")
    }

    func testAMembersNameThatHoldsTheValueIsMaskedWhereTheReportPlacesIt() {
        func finding(member: String, inName: Location.NameOf?) -> Finding {
            Finding(kind: .cnID, confidence: .medium, location: Location(member: member, inName: inName), sourceRange: 0..<18,
                    value: "410104201602180300")
        }
        XCTAssertEqual(Masker.location(of: finding(member: "照片/410104201602180300.jpg", inName: .file)).member, "照片/4*****************.jpg")
        XCTAssertEqual(Masker.location(of: finding(member: "410104201602180300/1.jpg", inName: .folder)).member, "4*****************/1.jpg")
        // A value found inside the member, not in its name: the member is no one's.
        XCTAssertEqual(Masker.location(of: finding(member: "花名册.csv", inName: nil)).member, "花名册.csv")
        XCTAssertEqual(Masker.maskFileName("README"), "R*****")
        XCTAssertEqual(Masker.maskFileName(".hidden"), ".******")
    }

    func testLongRunsOfDigitsInAnErrorAreMasked() {
        XCTAssertEqual(Masker.maskNumberRuns("archive members not scanned: 41012220170304030X.jpg (encrypted); 13812345678.txt (encrypted)"),
                       "archive members not scanned: 410************30X.jpg (encrypted); 138*****678.txt (encrypted)")
        // Sizes, counts and dates are left as they are.
        XCTAssertEqual(Masker.maskNumberRuns("member larger than 104857600 bytes (2024-03-05)"), "member larger than 104857600 bytes (2024-03-05)")
    }
}
