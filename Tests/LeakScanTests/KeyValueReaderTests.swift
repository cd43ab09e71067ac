import Foundation
import XCTest
@testable import LeakScan

/// The key–value reader: values under their keys and the keys above them, list items as
/// records, quotes and escapes, folded values, comments and prose still scanned, any chunking.
final class KeyValueReaderTests: XCTestCase {
    private func scan(_ bytes: [UInt8], name: String = "data.yaml", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanData(bytes, name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    private func scan(_ text: String, name: String = "data.yaml", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try scan(Array(text.utf8), name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        try ReadTestSupport.assertAnyChunkingFindsTheSame(in: "keyvalue", ["students.yaml", "students_escaped.yml",
                                                                           "contacts.properties", "contacts.ini"],
                                                          format: .keyValue, values: 18)
    }

    func testFlowMappingsAndSequencesAreReadPairByPair() throws {
        let id = SyntheticID.make(region: "410105", birth: "20080312", order: "123")
        let text = """
        students:
          - {name: 张伟, phone: "13937125816", sfzh: '\(id)'}
          - {xm: "\\u738B\\u82B3", guardian: {name: 李强, phones: [13812345679, 13912345670]}}  # 备注
        contacts: [13712345671]

        """
        let bytes = Array(text.utf8)
        let (_, found) = try scan(bytes, keepRecords: true)
        let values = found.filter { $0.kind != .record }
        XCTAssertEqual(values.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" },
                       ["name 张伟 students.name", "mobile 13937125816 students.phone", "cn_id \(id) students.sfzh",
                        "name 王芳 students.xm", "name 李强 guardian.name", "mobile 13812345679 guardian.phones",
                        "mobile 13912345670 guardian.phones", "mobile 13712345671 contacts"])
        XCTAssertEqual(String(decoding: bytes[values[3].sourceRange], as: UTF8.self), "\\u738B\\u82B3")
        XCTAssertEqual(String(decoding: bytes[values[1].sourceRange], as: UTF8.self), "13937125816")
        // Each list item is a record, its nested mapping in it.
        XCTAssertEqual(found.filter { $0.kind == .record }.count, 2)
    }

    func testAFlowLeftOpenOrOddStillScansItsValues() throws {
        let (_, found) = try scan("- {name: 张伟, phone: 13937125816\n- [\n- {}\n- {: 13812345679}\n")
        XCTAssertEqual(found.map(\.value), ["张伟", "13937125816", "13812345679"])
    }

    func testNestedKeysNameTheColumnAndListItemsAreRecords() throws {
        let text = """
        class:
          teacher:
            name: 王建国
            phone: 13812345678
          students:
            - xm: 李思雨
              sfzh: "410105200803121237"
              guardians:
                - {relation: 母亲}
                - name: 李强
            - xm: 张伟
        """
        let (_, found) = try scan(text, keepRecords: true)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { $0.location.field },
                       ["teacher.name", "teacher.phone", "students.xm", "students.sfzh", "guardians.name", "students.xm"])
        // The teacher, the first student with her guardian, and the second student alone.
        XCTAssertEqual(found.filter { $0.kind == .record }.count, 2)
        XCTAssertEqual(found.first { $0.kind == .mobile }?.location.column, 12)
    }

    func testAMachinesCountersUnderTheirKeysAreNoPhones() throws {
        // A version, a size or a timestamp with a phone's shape (Kubernetes' resourceVersion).
        let (_, found) = try scan("metadata:\n  resourceVersion: \"13812345678\"\n  size: 13918234567\nadmin:\n  mobile: 13912345678\n")
        XCTAssertEqual(found.map(\.value), ["13912345678"])
    }

    func testEscapesAreDecodedAndLocatedWhereTheyStand() throws {
        let text = "xm: \"\\u5F20\\u4F1F\"\nnote: '家长电话 13812345678 ''已核实'''\n"
        let bytes = Array(text.utf8)
        let (_, found) = try scan(bytes, name: "x.yml")
        let name = try XCTUnwrap(found.first { $0.kind == .name })
        XCTAssertEqual(name.value, "张伟")
        XCTAssertEqual(String(decoding: bytes[name.sourceRange], as: UTF8.self), "\\u5F20\\u4F1F")
        XCTAssertEqual(found.first { $0.kind == .mobile }?.value, "13812345678")
        // A properties value's escapes are decoded without quotes; a YAML plain value's are not escapes.
        let (_, properties) = try scan("student.xm=\\u5F20\\u4F1F\n", name: "a.properties")
        XCTAssertEqual(properties.map(\.value), ["张伟"])
    }

    func testAFoldedDoubleQuotedValueIsReadWhole() throws {
        let text = "jtzz: \"\\u6CB3\\u5357\\u7701\\u90D1\\u5DDE\\u5E02\\u91D1\\u6C34\\u533A\\u7ECF\\u4E09\\u8DEF\\\n    12\\u53F7\\u9662\"\nphone: 13812345678\n"
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map(\.kind), [.address, .mobile])
        XCTAssertEqual(found.first?.value, "河南省郑州市金水区经三路12号院")
        XCTAssertEqual(found.last?.location.line, 3)
    }

    func testAnUnclosedQuoteEndsAtTheNextLineNotIndentedUnderIt() throws {
        let (_, found) = try scan("msg=\"hello\nphone=13812345678\n", name: "a.properties")
        XCTAssertEqual(found.map { $0.location.field }, ["phone"])
    }

    func testSectionsCommentsAndProseAreRead() throws {
        let text = """
        ; 联系人：班主任 13912345678
        [guardian]
        phone = 13812345678
        export ID_CARD=410105200803121237
        这一行不是键值：张伟 13712345678
        """
        let (_, found) = try scan(text, name: "contacts.ini")
        XCTAssertEqual(found.map(\.kind), [.mobile, .mobile, .cnID, .name, .mobile])
        XCTAssertEqual(found.map { $0.location.field }, [nil, "guardian.phone", "guardian.ID_CARD", nil, nil])
    }

    func testAKeyThatIsDataNamesNoField() throws {
        let text = "13812345678:\n  relation: 父亲\n410105200803121237: 张伟\n"
        let (_, found) = try scan(text)
        // The name beside an ID in its entry, as a cell beside an ID in its row.
        XCTAssertEqual(found.map(\.kind), [.mobile, .cnID, .name])
        XCTAssertTrue(found.allSatisfy { $0.location.field == nil }, "\(found.map { $0.location.field })")
    }

    func testAListOfValuesIsReadUnderItsKey() throws {
        let (_, found) = try scan("phones:\n- 13812345678\n- '13912345678'\nnote: |\n  请联系 13712345678\n")
        XCTAssertEqual(found.map { $0.location.field }, ["phones", "phones", nil])
    }

    func testKeyValueFilesAreKnownByName() throws {
        XCTAssertEqual(try scan("a: 1\n", name: "config/.env").0.format, .keyValue)
        XCTAssertEqual(try scan("a: 1\n", name: "app.toml").0.format, .keyValue)
        XCTAssertEqual(try scan("a: 1\n", name: "notes.txt").0.format, .text)
    }

    func testALongLineIsScannedInParts() throws {
        let line = "note: " + String(repeating: "家长电话13812345678，", count: 40_000) + "\nphone: 13912345678\n"
        let (_, found) = try scan(line, chunkSize: 64 * 1024)
        XCTAssertEqual(found.filter { $0.kind == .mobile }.count, 40_001)
        XCTAssertEqual(found.last?.location.field, "phone")
        // A double-quoted value that never closes, on one line and over many indented lines:
        // read in parts too.
        for separator in ["", "\n  "] {
            let open = "note: \"" + String(repeating: "家长电话13812345678，" + separator, count: 40_000)
            let (_, parts) = try scan(open, chunkSize: 64 * 1024)
            XCTAssertEqual(parts.filter { $0.kind == .mobile }.count, 40_000, "separator \(separator.count)")
        }
    }

    /// A list of offices is a table whose numbers are the offices' own, as a JSON array's are.
    func testAListOfOfficesKeepsItsNumbers() throws {
        let offices = "school: 郑州市金水区文化路第一小学\ncontacts:\n  - dept: 校长办公室\n    phone: 0371-63821450\n  - dept: 招生咨询\n    phone: 0371-63821451\n"
        XCTAssertEqual(try scan(offices).1.filter { !$0.organisational }.map(\.kind), [])
        let pupils = "students:\n  - name: 张梓涵\n    phone: 0371-63821450\n"
        XCTAssertEqual(try scan(pupils).1.filter { !$0.organisational && $0.kind != .record }.map(\.kind), [.name, .landline])
    }
}
