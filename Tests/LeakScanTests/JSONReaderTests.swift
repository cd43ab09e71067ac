import Foundation
import XCTest
@testable import LeakScan

/// The JSON reader: values under their keys, escapes decoded and located, any chunking, long
/// strings in parts, and text that is not quite JSON still scanned.
final class JSONReaderTests: XCTestCase {
    private func scan(_ bytes: [UInt8], name: String = "data.json", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanData(bytes, name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    private func scan(_ text: String, name: String = "data.json", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try scan(Array(text.utf8), name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        try ReadTestSupport.assertAnyChunkingFindsTheSame(in: "json", ["class_ascii.json", "students.jsonl",
                                                                       "keyed_by_name.json", "node_export.json"], format: .json)
    }

    func testEscapedValuesAreDecodedAndLocatedWhereTheirEscapesStand() throws {
        let text = "{\"xm\": \"\\u5f20\\u4f1f\", \"note\": \"\\ud83d\\ude00 \\\"\\u7236\\u4eb2\\\" \\u7535\\u8bdd1\\u0033812345678\"}\n"
        let bytes = Array(text.utf8)
        let (_, found) = try scan(bytes)
        let name = try XCTUnwrap(found.first { $0.kind == .name })
        XCTAssertEqual(name.value, "张伟")
        XCTAssertEqual(name.location.field, "xm")
        XCTAssertEqual(name.location.column, 9)
        XCTAssertEqual(String(decoding: bytes[name.sourceRange], as: UTF8.self), "\\u5f20\\u4f1f")
        let mobile = try XCTUnwrap(found.first { $0.kind == .mobile })
        XCTAssertEqual(mobile.value, "13812345678")
        XCTAssertEqual(String(decoding: bytes[mobile.sourceRange], as: UTF8.self), "1\\u0033812345678")
        XCTAssertEqual(mobile.confidence, .high)             // 电话 just before it, decoded
    }

    func testKeysNameColumnsWithTheKeyOfTheirObject() throws {
        let text = """
        {"class": {"teacher": {"name": "王建国", "phone": "13812345678"}},
         "students": [{"name": "李思雨", "idCard": "410105200803121237", "birthday": "2008-03-12"}]}
        """
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map { $0.location.field }, ["teacher.name", "teacher.phone", "students.name", "students.idCard", "students.birthday"])
        XCTAssertEqual(found.map(\.kind), [.name, .mobile, .name, .cnID, .birthDate])
    }

    func testPinyinCodesOfStaffAndGuardiansNameTheirPeople() throws {
        // 班主任 BZR and 监护人 JHR, as the exports of school systems name their fields.
        let (_, found) = try scan(#"{"bj": "七年级2班", "bzr": "王建国", "jhr": "李秀英"}"#)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" }, ["name 王建国", "name 李秀英"])
    }

    func testAReadingListsAuthorsAreNoPersonalData() throws {
        // Objects under one name are a table's rows: a list of books names published authors …
        let books = #"{"书目": [{"书名": "红星照耀中国", "作者": "埃德加·斯诺", "出版社": "作家出版社"}, {"书名": "朝花夕拾", "作者": "鲁迅"}]}"#
        XCTAssertEqual(try scan(books).1.filter { $0.kind == .name }.map(\.value), [])
        // … a competition's list of pupils' works names its pupils.
        let works = #"[{"作品名称": "我的妈妈", "作者": "王梓涵", "班级": "三年级2班"}]"#
        XCTAssertEqual(try scan(works).1.filter { $0.kind == .name }.map(\.value), ["王梓涵"])
    }

    func testAListOfSchoolsHoldsTheirOwnContactDetails() throws {
        // Objects whose keys name a school and no person: a table of organisations.
        let schools = #"[{"school_name": "郑州市第一中学", "address": "郑州市中原区中原西路196号", "phone": "0371-67623605", "email": "zz1z@163.com"}]"#
        XCTAssertEqual(try scan(schools).1.filter { !$0.organisational }.map(\.value), [])
        let one = #"{"school_name": "郑州市第一中学", "phone": "0371-67623605"}"#
        XCTAssertEqual(try scan(one).1.filter { !$0.organisational }.map(\.value), [])
        // A person's key makes the phone theirs.
        let contact = #"[{"school_name": "郑州市第一中学", "contact_name": "王建国", "phone": "0371-67623605"}]"#
        XCTAssertEqual(try scan(contact).1.filter { !$0.organisational && $0.kind == .landline }.map(\.value), ["0371-67623605"])
    }

    func testASchoolsOwnKeysHoldItsOwnContactDetails() throws {
        // A school site's configuration: the school's and its offices' numbers and address.
        let text = """
        {"school": {"address": "郑州市二七区大学路86号", "phone": "0371-68951200"},
         "offices": [{"tel": "0371-68951201"}], "departments": [{"phone": "0371-68951230"}],
         "students": [{"homeAddress": "北京市东城区东四十条58号", "phone": "13812345678"}]}
        """
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" },
                       ["address org", "landline org", "landline org", "landline org", "address personal", "mobile personal"])
    }

    func testADateSavedAsATimestampIsABirthDateUnderItsKey() throws {
        // Java's Jackson writes a Date as milliseconds since 1970 by default.
        let (_, found) = try scan("{\"xm\": \"张伟\", \"csrq\": 1205251200000, \"createTime\": 1764720000000}")
        XCTAssertEqual(found.map(\.kind), [.name, .birthDate])
        XCTAssertEqual(found.last?.value, "1205251200000")
    }

    func testKeysThatAreDataNeverNameAField() throws {
        let (_, found) = try scan("{\"13812345678\": {\"note\": \"家长\"}, \"410105200803121237\": [\"13912345678\"]}")
        XCTAssertEqual(found.map(\.kind), [.mobile, .cnID, .mobile])
        XCTAssertTrue(found.allSatisfy { $0.location.field == nil }, "\(found.map { $0.location.field })")
    }

    func testAnArrayOfNamesIsAListOfNames() throws {
        // The array's names stand in one record: its column vouches for the first two with the third.
        let (_, found) = try scan("{\"members\": [\"王欣怡\", \"刘梓萱\", \"陈宇轩\"]}")
        XCTAssertEqual(found.map(\.value), ["王欣怡", "刘梓萱", "陈宇轩"])
        let (_, two) = try scan("[\"王欣怡\", \"刘梓萱\"]")
        XCTAssertEqual(two.map(\.value), [], "two names alone are too few to say")
    }

    func testALongStringIsScannedInPartsAndEveryValueFound() throws {
        // About 700 KB in one string, plain and with escapes, through a 64 KiB buffer.
        let line = "学生家长联系电话13812345678，请核对。"
        for separator in ["", "\\n"] {
            let body = String(repeating: line + separator, count: 15_000)
            let (_, found) = try scan("{\"log\": \"" + body + "\"}", chunkSize: 64 * 1024)
            XCTAssertEqual(found.filter { $0.kind == .mobile }.count, 15_000, "separator \(separator)")
            XCTAssertEqual(found.last?.location.field, "log")
        }
    }

    func testTextThatIsNotQuiteJSONIsStillScanned() throws {
        // Cut short, unquoted keys and single quotes (JavaScript), comments: every value still found.
        let (_, cut) = try scan("[{\"phone\": \"13812345678\"}, {\"phone\": \"1391234567")
        XCTAssertEqual(cut.map(\.value), ["13812345678"])
        let (_, loose) = try scan("{phone: 13812345678, // 班主任 13912345678\n idCard: '410105200803121237'}")
        XCTAssertEqual(loose.map(\.kind), [.mobile, .mobile, .cnID])
        XCTAssertEqual(loose.first?.location.field, "phone")
    }

    func testDeepNestingIsNotFollowedButItsValuesAreRead() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + "\"13812345678\"" + String(repeating: "]", count: depth)
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map(\.value), ["13812345678"])
    }

    func testJSONIsKnownByItsOpeningOrByItsName() throws {
        XCTAssertEqual(try scan("[通知] 请家长13812345678回复", name: "note.txt").0.format, .text)
        XCTAssertEqual(try scan("{\"a\": 1}", name: "export").0.format, .json)
        XCTAssertEqual(try scan("  [{\"a\": 1}]", name: "x.log").0.format, .json)
        XCTAssertEqual(try scan("[1, 2]", name: "x.json").0.format, .json)
        XCTAssertEqual(try scan("[1, 2]", name: "x.txt").0.format, .text)
        XCTAssertEqual(try scan("{\"a\",\"b\"}\n{\"c\",\"d\"}\n", name: "x.csv").0.format, .delimited(delimiter: UInt8(ascii: ",")))
    }

    func testUTF16JSONAsPowerShellWritesIt() throws {
        let text = "\u{FEFF}[\r\n  {\r\n    \"Name\": \"张伟\",\r\n    \"Phone\": \"13812345678\"\r\n  }\r\n]\r\n"
        let bytes = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let (summary, found) = try scan(bytes, name: "export.json")
        XCTAssertEqual(summary, ReadSummary(format: .json, encoding: .utf16LE))
        XCTAssertEqual(found.map(\.kind), [.name, .mobile])
        XCTAssertEqual(found.map { $0.location.line }, [3, 4])
        let phone = try XCTUnwrap(found.last)
        XCTAssertEqual(Array(bytes[phone.sourceRange]), Array("13812345678".utf16).flatMap { [UInt8($0), 0] })
    }
}
