import Foundation
import XCTest
@testable import LeakScan

/// Excel 2003 XML spreadsheets: the demo roster saved as one by LibreOffice Calc, and hand-written
/// forms of what Excel writes (skipped columns and rows, merged and hidden cells, comments).
final class SpreadsheetMLReaderTests: XCTestCase {
    func testTheDemoRosterSavedByLibreOffice() throws {
        // scripts/make_libreoffice_fixture.sh: the CSV opened in Calc, which made IDs, phones
        // and dates numbers as Excel does, then saved as XML Spreadsheet 2003 under an .xls name.
        let root = XLSXFixturesTests.folder.deletingLastPathComponent()
        let (summary, all) = try ReadTestSupport.scanWithEveryDetector(FileSource(path: root.appendingPathComponent("libreoffice/roster_xml2003.xls").path))
        XCTAssertEqual(summary.format, .workbook)
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("demo/EXPECTED.json")))
        let planted = try XCTUnwrap(((expected as? [String: Any])?["files"] as? [String: Any])?["花名册_2024级.csv"] as? [String: Any])
        let findings = try XCTUnwrap(planted["findings"] as? [[String: Any]])
        func values(_ kind: String) -> [String] { findings.filter { $0["kind"] as? String == kind }.map { $0["value"] as! String }.sorted() }
        func found(_ kind: Kind) -> [Finding] { all.filter { $0.kind == kind } }
        // Text the writer kept as text: the same values, at the row and column of the CSV.
        for kind in [Kind.name, .email, .address] {
            XCTAssertEqual(found(kind).map(\.value).sorted(), values(kind.rawValue), kind.rawValue)
        }
        XCTAssertTrue(found(.name).allSatisfy { $0.location.sheet == "roster_xml2003" && $0.location.field?.hasSuffix("姓名") == true })
        XCTAssertEqual(found(.mobile).count, values("mobile").count)
        XCTAssertEqual(found(.birthDate).count, values("birth_date").count)
        // Every 18-digit ID is found: whole where it stayed text (an X at its end), else as the
        // number Calc made of it: the ID rounded to 15 significant digits (Calc rounds twice, from
        // the double's 17 digits: the 15th may be one more).
        let whole = Set(found(.cnID).map(\.value))
        let rounded = Set(found(.cnIDTruncated).compactMap { Int($0.value.prefix(15)) })
        for id in values("cn_id") {
            XCTAssertTrue(whole.contains(id) || Int(id).map { rounded.contains($0 / 1000) || rounded.contains($0 / 1000 + 1) } == true, id)
        }
        XCTAssertGreaterThan(found(.cnIDTruncated).count, 30)
    }

    func testSkippedMergedAndHiddenCellsAndComments() throws {
        let xml = """
        <?xml version="1.0"?>
        <?mso-application progid="Excel.Sheet"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
         xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
         <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>教务处 0371-65501234</Author></DocumentProperties>
         <Worksheet ss:Name="名单">
          <Table>
           <Column ss:Index="3" ss:Hidden="1"/>
           <Row><Cell ss:MergeAcross="1"><Data ss:Type="String">2024级名单</Data></Cell></Row>
           <Row ss:Index="3"><Cell><Data ss:Type="String">姓名</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">家长手机</Data></Cell></Row>
           <Row><Cell><Data ss:Type="String">张伟</Data><Comment ss:Author="王老师"><ss:Data><B>电话</B> 13900001111</ss:Data></Comment></Cell>
            <Cell ss:Index="3"><Data ss:Type="Number">13812345678</Data></Cell></Row>
           <Row ss:Hidden="1"><Cell><ss:Data ss:Type="String"><Font>李</Font>娜</ss:Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">1.3987654321E10</Data></Cell></Row>
          </Table>
         </Worksheet>
        </Workbook>
        """
        let (_, found) = try ReadTestSupport.scanWithEveryDetector(MemorySource(xml, displayPath: "导出.xls"))
        XCTAssertEqual(found.filter { $0.kind != .record }.map {
            "\($0.location.sheet ?? "-")!\($0.location.cell ?? "-") \($0.kind.rawValue) \($0.value) [\($0.location.field ?? "-")]\($0.location.hidden ? " hidden" : "")"
        }, [
            "-!- landline 0371-65501234 [Author]",
            "名单!A4 name 张伟 [姓名]", "名单!C4 mobile 13812345678 [家长手机] hidden",
            "名单!A5 name 李娜 [姓名] hidden", "名单!C5 mobile 13987654321 [家长手机] hidden",
            "名单!A4 mobile 13900001111 [comment]",
        ])
    }

    func testACellBeyondTheLastColumnIsReportedNotGrownInto() {
        // ss:Index of a trillion: the column table must not grow to it; the cell is named in an error.
        let xml = """
        <?xml version="1.0"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
         <Worksheet ss:Name="s"><Table><Row><Cell ss:Index="999999999999"><Data ss:Type="String">13812345678</Data></Cell></Row></Table></Worksheet>
        </Workbook>
        """
        XCTAssertThrowsError(try ReadTestSupport.scanWithEveryDetector(MemorySource(xml, displayPath: "h.xls"))) {
            XCTAssertEqual("\($0)", "sheet s has cells beyond Excel's last column (XFD): they were not scanned")
        }
    }

    func testACommentOnAMergedCellStaysAtThatCell() throws {
        let xml = """
        <?xml version="1.0"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
         <Worksheet ss:Name="s"><Table><Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题</Data><Comment><ss:Data>电话 13812345678</ss:Data></Comment></Cell></Row></Table></Worksheet>
        </Workbook>
        """
        let (_, found) = try ReadTestSupport.scanWithEveryDetector(MemorySource(xml, displayPath: "m.xls"))
        XCTAssertEqual(found.map { "\($0.location.cell ?? "-") \($0.location.field ?? "-") \($0.value)" }, ["A1 comment 13812345678"])
    }

    func testOnlySpreadsheetMLIsTakenForIt() {
        XCTAssertTrue(SpreadsheetMLReader.isSpreadsheetML(Array("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">".utf8)))
        XCTAssertFalse(SpreadsheetMLReader.isSpreadsheetML(Array("<?xml version=\"1.0\"?><html><table>".utf8)))
        XCTAssertFalse(SpreadsheetMLReader.isSpreadsheetML(Array("Workbook urn:schemas-microsoft-com:office:spreadsheet, a note".utf8)))
        XCTAssertTrue(SpreadsheetMLReader.isSpreadsheetML([0xEF, 0xBB, 0xBF] + Array("\r\n<?xml version=\"1.0\"?>\n<ss:Workbook xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">".utf8)))
        // Source code that writes such a file mentions all three, but does not open with the declaration.
        XCTAssertFalse(SpreadsheetMLReader.isSpreadsheetML(Array("/// reads a `<?xml` … `<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">`".utf8)))
    }
}
