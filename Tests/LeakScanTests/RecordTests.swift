import XCTest
@testable import LeakScan

/// Records: a row or line that joins a name with other personal values.
final class RecordTests: XCTestCase {
    private func scan(_ text: String, path: String) throws -> [Finding] {
        try ReadTestSupport.scan(MemorySource(text, displayPath: path), detectors: StandardDetectors.all()).1
    }

    func testARosterRowIsOneRecord() throws {
        let csv = "姓名,身份证号,手机,家庭住址\n张伟,11010120080307012X,13812345678,郑州市金水区文化路12号\n李娜,,,\n"
        let found = try scan(csv, path: "r.csv")
        let records = found.filter { $0.kind == .record }
        XCTAssertEqual(records.count, 1, "a name alone is no record")
        XCTAssertEqual(records.first?.joins, [.name, .cnID, .mobile, .address])
        XCTAssertEqual(records.first?.location.line, 2)
        XCTAssertNil(records.first?.location.column)
        // The record spans its row's values, from the name to the address.
        let bytes = Array(csv.utf8)
        let span = try XCTUnwrap(records.first?.sourceRange)
        XCTAssertTrue(String(decoding: bytes[span], as: UTF8.self).hasPrefix("张伟"))
        XCTAssertTrue(String(decoding: bytes[span], as: UTF8.self).hasSuffix("文化路12号"))
        // Findings come in the row's order, the record last.
        XCTAssertEqual(found.map(\.kind), [.name, .cnID, .mobile, .address, .record, .name])
    }

    func testARowOfAPlaceholderNameIsATemplatesExample() throws {
        // An Excel lesson's made-up rows: 张三's ID is no one's, whatever its checksum.
        let csv = "姓名,性别,身份证号\n张三,男,11010120080307012X\n李四,女,\(SyntheticID.make())\n王一诺,女,\(SyntheticID.make(order: "124"))\n"
        let found = try scan(csv, path: "示例.csv")
        XCTAssertEqual(found.filter { $0.kind == .cnID }.map { $0.location.line }, [4])
    }

    func testARowWhoseNameIsAnOrganisationsGivesItsContacts() throws {
        // A map's points keyed `name`: the schools' own addresses and phones.
        let json = "{\"features\":[{\"name\":\"金水区纬五路第一小学\",\"address\":\"郑州市金水区纬五路36号\",\"tel\":\"0371-65501234\"},{\"name\":\"王一诺\",\"address\":\"郑州市金水区纬五路36号3号楼\",\"tel\":\"0371-65501235\"}]}"
        let found = try scan(json, path: "点位.json")
        XCTAssertEqual(found.filter { !$0.organisational && $0.kind != .record }.map(\.value),
                       ["王一诺", "郑州市金水区纬五路36号3号楼", "0371-65501235"])
    }

    func testALineOfTextIsOneRecord() throws {
        let text = "学生张伟，身份证号11010120080307012X。\n家长李建国已签字。\n联系人王芳 13812345678\n"
        let records = try scan(text, path: "t.txt").filter { $0.kind == .record }
        XCTAssertEqual(records.map { $0.location.line }, [1, 3])
        XCTAssertEqual(records.map(\.joins), [[.name, .cnID], [.name, .mobile]])
    }

    func testCountsOnlyCountRecordsToo() throws {
        let csv = "姓名,手机\n张伟,13812345678\n李娜,13987654321\n"
        var sink = ReadTestSink(wantsDetails: false)
        _ = try SourceReader.scan(MemorySource(csv, displayPath: "c.csv"), engine: DetectionEngine(), sink: &sink)
        XCTAssertEqual(sink.counts[.record], 2)
        XCTAssertEqual(sink.counts[.name], 2)
    }

    func testAnOrganisationsAddressOnALineWithAPersonIsThePersons() throws {
        let text = "郑州市第一中学 学生张伟 住址：郑州市金水区文化路3号\n郑州市第一中学 地址：郑州市金水区文化路1号\n"
        let addresses = try scan(text, path: "a.txt").filter { $0.kind == .address }
        XCTAssertEqual(addresses.map(\.organisational), [false, true])
    }

    func testAnOfficesMobileOnALineWithAPersonsNameIsThePersons() throws {
        // A form's line: the office named before the mobile does not make it the office's.
        let text = "姓名：张伟 部门：教务处 手机：13812345678\n教务处 手机：13912345678\n教务处电话：0371-65501234 联系人：李娜\n"
        let phones = try scan(text, path: "f.txt").filter { $0.kind == .mobile || $0.kind == .landline }
        XCTAssertEqual(phones.map { "\($0.value) \($0.organisational)" },
                       ["13812345678 false", "13912345678 true", "0371-65501234 true"])
    }

    func testAMobileUnderAnOfficesPhoneHeaderBesideANameIsThePersons() throws {
        // A department's row: its landline is its own, a mobile beside the head's name is theirs.
        let csv = "部门,办公电话,负责人\n教务处,13812345678,张伟\n政教处,0371-65551233,李秀英\n总务处,13912345678,\n"
        let phones = try scan(csv, path: "dept.csv").filter { $0.kind == .mobile || $0.kind == .landline }
        XCTAssertEqual(phones.map { "\($0.value) \($0.organisational)" },
                       ["13812345678 false", "0371-65551233 true", "13912345678 true"])
        // A hotline in a roster's remark is the school's whatever its row holds.
        let roster = "姓名,备注\n张伟,报名咨询电话：18773193392\n"
        let hotline = try scan(roster, path: "roster.csv").filter { $0.kind == .mobile }
        XCTAssertEqual(hotline.map { "\($0.value) \($0.organisational)" }, ["18773193392 true"])
    }
}
