import Foundation
import XCTest
@testable import LeakScan

/// The XML data reader: element and attribute values under their names, repeated siblings as
/// records, exact spans (references and CRLF line ends included), any chunking, and documents
/// that are not well-formed or declare a DTD read as text.
final class XMLDataReaderTests: XCTestCase {
    private func scan(_ text: String, name: String = "export.xml", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanData(Array(text.utf8), name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    private let id1 = SyntheticID.make(region: "410105", birth: "20080312", order: "123")
    private let id2 = SyntheticID.make(region: "410105", birth: "20090521", order: "246")

    private var roster: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>\r
        <xsxx>\r
          <student xh="2024001">\r
            <xm>张子涵</xm>\r
            <sfzh>\(id1)</sfzh>\r
            <jhrdh>13937125816</jhrdh>\r
          </student>\r
          <student xh="2024002" xm="&#x738B;&#x6893;&#x8431;">\r
            <sfzh>\(id2)</sfzh>\r
            <jhrdh>13812345679</jhrdh>\r
          </student>\r
        </xsxx>\r

        """
    }

    func testAnElementsTextIsACellNamedAfterItAndItsParent() throws {
        let (summary, found) = try scan("<cj><xm>张伟</xm><yw>98</yw></cj>")
        XCTAssertEqual(summary.format, .xml)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" }, ["name 张伟 cj.xm"])
        XCTAssertEqual(found.first?.sourceRange, 8..<14)
    }

    func testAttributesAndElementsOfRepeatedSiblingsAreRecordsLocatedAtTheirBytes() throws {
        let bytes = Array(roster.utf8)
        let (_, found) = try scan(roster, keepRecords: true)
        let values = found.filter { $0.kind != .record }
        XCTAssertEqual(values.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" },
                       ["name 张子涵 student.xm", "cn_id \(id1) student.sfzh", "mobile 13937125816 student.jhrdh",
                        "name 王梓萱 student.xm", "cn_id \(id2) student.sfzh", "mobile 13812345679 student.jhrdh"])
        // CRLF line ends: the text is where the file has it, on its line.
        XCTAssertEqual(String(decoding: bytes[values[2].sourceRange], as: UTF8.self), "13937125816")
        XCTAssertEqual(values[2].location.line, 6)
        // An attribute value written as references spans its tag.
        XCTAssertTrue(String(decoding: bytes[values[3].sourceRange], as: UTF8.self).hasPrefix("<student xh=\"2024002\""))
        let records = found.filter { $0.kind == .record }
        XCTAssertEqual(records.count, 2)
        XCTAssertTrue(records.allSatisfy { Set($0.joins) == [.name, .cnID, .mobile] })
    }

    func testAReferenceInTextSpansItsReference() throws {
        let text = "<students><student><name>李&#x5A1C;</name><phone>13937125816</phone></student></students>"
        let (_, found) = try scan(text)
        let name = try XCTUnwrap(found.first { $0.kind == .name })
        XCTAssertEqual(name.value, "李娜")
        XCTAssertEqual(String(decoding: Array(text.utf8)[name.sourceRange], as: UTF8.self), "李&#x5A1C;")
        XCTAssertEqual(name.location.field, "student.name")
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        let whole = try scan(roster, keepRecords: true).1
        XCTAssertEqual(whole.count, 8)
        for chunk in [64, 65, 100, 257, 1000] {
            XCTAssertEqual(try scan(roster, chunkSize: chunk, keepRecords: true).1, whole, "chunks of \(chunk)")
        }
    }

    func testADocumentThatIsNotWellFormedIsReadOnAsText() throws {
        let text = "<a><xm>张伟</xm><b>broken</a>\n联系电话 13937125816\n"
        let (summary, found) = try scan(text)
        XCTAssertEqual(summary.format, .xml)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0)" }, ["name 张伟 1", "mobile 13937125816 2"])
        XCTAssertEqual(found.last.map { String(decoding: Array(text.utf8)[$0.sourceRange], as: UTF8.self) }, "13937125816")
    }

    func testADocumentWithADTDIsReadAsTextWithItsEntitiesNeverExpanded() throws {
        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <lolz><note>家长电话 13937125816</note>&lol3;</lolz>

        """
        let (_, found) = try scan(bomb)
        XCTAssertEqual(found.map(\.value), ["13937125816"])
    }

    func testPagesSpreadsheetsAndOtherTextAreNotXMLData() throws {
        XCTAssertEqual(try scan("<?xml version=\"1.0\"?><html><body><p>通知</p></body></html>").0.format, .html)
        let workbook = "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>"
        XCTAssertEqual(try scan(workbook).0.format, .workbook)
        XCTAssertEqual(try scan("<b>通知</b> 明天放假\n", name: "note.txt").0.format, .text)
        XCTAssertEqual(try scan("<?xml version=\"1.0\"?><config><xm>张伟</xm></config>", name: "app.config").0.format, .xml)
    }
}
