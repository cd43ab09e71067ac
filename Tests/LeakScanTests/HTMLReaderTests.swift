import Foundation
import XCTest
@testable import LeakScan

/// HTML pages: the fixtures of fixtures/html (scripts/make_html_fixtures.py) against the values
/// planted in them, the layout of rows and columns, and pages written to break the reader.
final class HTMLReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/html")

    struct Planted: Decodable, Hashable {
        var kind: String
        var line: Int
        var column: Int?
        var field: String?
        var value: String
    }

    static func planted(_ name: String) throws -> [Planted] {
        struct File: Decodable { var findings: [Planted] }
        let data = try Data(contentsOf: folder.appendingPathComponent("EXPECTED.json"))
        let all = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let file = try XCTUnwrap(all?[name])
        return try JSONDecoder().decode(File.self, from: JSONSerialization.data(withJSONObject: file)).findings
    }

    static func scan(_ source: any ByteSource, chunkSize: Int? = nil) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scan(source, chunkSize: chunkSize, detectors: StandardDetectors.all())
    }

    func testALabelOfAPersonalValueNamesTheCellBesideItUnderAHeaderOfNames() throws {
        // A hardship form's table of family members (家庭成员 | 姓名 | 关系) above its other fields.
        let page = "<table><tr><td>家庭成员</td><td>姓名</td><td>关系</td></tr><tr><td></td><td>吴志强</td><td>父亲</td></tr>"
            + "<tr><td>出生日期</td><td>2010年10月5日</td><td></td></tr><tr><td>银行卡号</td><td>6228484743415823237</td><td></td></tr></table>"
        let (_, found) = try Self.scan(MemorySource(page, displayPath: "form.html"))
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" },
                       ["name 姓名", "birth_date 出生日期", "bank_card 银行卡号"])
    }

    func testAHeaderIsNoFormRowWhenItsWordsAreNoValuesOfTheLabelsBefore() throws {
        // 姓名 | 届别 and 手机 | 微信号 pair as a form's label and value would: the header was taken
        // for a form, a row's employer (河南省人民医院) for the label of its values, and the
        // alumnus's mobile and e-mail for the hospital's.
        let page = "<table><tr><td>姓名</td><td>届别</td><td>工作单位</td><td>职务</td><td>所在城市</td><td>手机</td><td>微信号</td><td>邮箱</td></tr>"
            + "<tr><td>张伟</td><td>2012届</td><td>河南省人民医院</td><td>医生</td><td>郑州</td><td>13812345678</td><td>zw1990</td><td>zhangw523@qq.com</td></tr></table>"
        let (_, found) = try Self.scan(MemorySource(page, displayPath: "alumni.html"))
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-")\($0.organisational ? " org" : "")" },
                       ["name 姓名", "mobile 手机", "email 邮箱"])
    }

    func testAListOfSchoolsHoldsTheirOwnContactDetails() throws {
        let page = """
            <table><tr><th>学校名称</th><th>联系电话</th></tr>
            <tr><td>郑州市第一中学</td><td>0371-65501234</td></tr></table>
            <table><tr><th>学校名称</th><th>联系人</th><th>联系电话</th></tr>
            <tr><td>郑州市第二中学</td><td>王建华</td><td>0371-65502345</td></tr>
            <tr><td>郑州市第三中学</td><td>李红</td><td>13812345678</td></tr></table>
            """
        let (_, found) = try Self.scan(MemorySource(page, displayPath: "schools.html"))
        // With its staff contact named, a school's landline is still its own; a mobile is the person's.
        XCTAssertEqual(found.filter { $0.kind == .landline || $0.kind == .mobile }.map { "\($0.value) \($0.organisational)" },
                       ["0371-65501234 true", "0371-65502345 true", "13812345678 false"])
    }

    static func scan(html: String) throws -> [Finding] {
        try scan(MemorySource(Array(html.utf8), displayPath: "page.html")).1
    }

    /// Findings as the fixtures list them (records, which join the others, left out).
    static func described(_ findings: [Finding]) -> Set<Planted> {
        Set(findings.filter { $0.kind != .record }.map {
            Planted(kind: $0.kind.rawValue, line: $0.location.line ?? 0, column: $0.location.column,
                    field: $0.location.field, value: $0.value)
        })
    }

    func testWebExportGivesEveryPlantedValueItsLineColumnAndHeader() throws {
        let expected = Set(try Self.planted("web_export_gbk.xls"))
        XCTAssertEqual(expected.count, 41)
        // Small chunks cut GBK characters and tags between reads.
        for chunkSize in [nil, 97] {
            let (summary, found) = try Self.scan(FileSource(path: Self.folder.appendingPathComponent("web_export_gbk.xls").path),
                                                chunkSize: chunkSize)
            XCTAssertEqual(summary.format, .html)
            XCTAssertEqual(summary.encoding, .gb18030)
            XCTAssertEqual(Self.described(found), expected, "chunk size \(chunkSize ?? 0)")
            // One record per student row, each guardian row and the paragraph.
            XCTAssertEqual(found.filter { $0.kind == .record }.count, 8)
        }
    }

    func testLibreOfficeExportFindsWhatTheWorkbookHolds() throws {
        // The same roster as fixtures/xlsx/xlsxwriter_roster.xlsx, saved as HTML by LibreOffice:
        // every visible value of its visible sheet, by kind and column header.
        let manifest = try XLSXFixturesTests.manifest()
        let workbook = try XCTUnwrap(manifest.files["xlsxwriter_roster.xlsx"]?.findings)
        let visible = workbook.filter { $0.sheet == "学生信息" && $0.hidden != true && $0.part != "comment" }
        let path = Self.folder.appendingPathComponent("libreoffice_roster.html").path
        let (summary, found) = try Self.scan(FileSource(path: path))
        XCTAssertEqual(summary.format, .html)
        let expected = visible.map { "\($0.kind) [\($0.field ?? "-")]" }.sorted()
        let cells = found.filter { ![.record, .name].contains($0.kind) && $0.location.field != "备注" }
        XCTAssertEqual(cells.map { "\($0.kind.rawValue) [\($0.location.field ?? "-")]" }.sorted(), expected)
        // LibreOffice shows dates in Excel's built-in short format in its en-US form: found all
        // the same, under the birth-date header.
        XCTAssertTrue(found.contains { $0.kind == .birthDate && $0.value == "8/7/2009" })
        // The comment on a remark cell is inside the cell's <comment>, and scanned with it.
        XCTAssertTrue(found.contains { $0.kind == .mobile && $0.location.field == "备注" })
        // Every data row's name, under 姓名.
        let rows = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "<tr").count - 2
        let names = found.filter { $0.kind == .name }
        XCTAssertEqual(names.count, rows)
        XCTAssertTrue(names.allSatisfy { $0.location.field == "姓名" && $0.confidence == .high })
    }

    func testPagesAreKnownByTheirContent() {
        func isHTML(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { FormatSniffer.isHTML($0) } }
        XCTAssertTrue(isHTML("<!DOCTYPE html>\n<html><body></body></html>"))
        XCTAssertTrue(isHTML("  \r\n<HTML xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"))
        XCTAssertTrue(isHTML("<meta charset=\"gbk\"><TABLE><tr><td>1</td></tr></TABLE>"))
        XCTAssertTrue(isHTML("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
        // Excel's XML Spreadsheet 2003 has a <Table> too, but it is no page.
        XCTAssertFalse(isHTML("<?xml version=\"1.0\"?>\n<Workbook><Worksheet><Table><Row>"))
        XCTAssertFalse(isHTML("学生名单 <table> 见附件"))
        XCTAssertFalse(isHTML("序号,姓名,身份证号\n1,<b>王芳</b>,110105201108025642"))
        XCTAssertFalse(isHTML("<note>no page</note>"))
        // A fragment saved from a page, named as one.
        func isHTML(_ text: String, named ext: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { FormatSniffer.isHTML($0, fileExtension: ext) }
        }
        XCTAssertTrue(isHTML("<div><label>姓名：</label><span>张子涵</span></div>", named: "html"))
        XCTAssertFalse(isHTML("<div><label>姓名：</label><span>张子涵</span></div>", named: "txt"))
        XCTAssertFalse(isHTML("姓名：张子涵", named: "htm"))
        // A template's page, opening with its tags.
        XCTAssertTrue(isHTML("{% extends \"base.html\" %}\n<table><tr><th>姓名</th></tr></table>", named: "html"))
        XCTAssertFalse(isHTML("{% extends \"base.html\" %}\n<table><tr><th>姓名</th></tr></table>", named: "txt"))
    }

    func testADescriptionListsTermLabelsItsDescription() throws {
        let found = try Self.scan(html: """
            <dl>
              <dt>姓名</dt>
              <dd>张子涵</dd>
              <dt>出生日期：</dt> <dd>2008-03-12</dd>
            </dl>
            """)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.confidence) \($0.value)" },
                       ["name high 张子涵", "birth_date high 2008-03-12"])
    }

    /// A saved form's fields keep their values in `value` attributes: read after their labels;
    /// a hidden field's token and a button's caption are not.
    func testAFormsFieldValuesAreRead() throws {
        let found = try Self.scan(html: """
            <form><label>学生姓名</label><input type="text" value="萧浩然" readonly>
            <label>身份证号</label><input type="text" name="id_card" value="410122201205126987">
            <input type="hidden" name="token" value="13724546509"><input type="submit" value="提交">
            </form>
            """)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value)" },
                       ["name 萧浩然", "cn_id 410122201205126987"])
    }

    func testABlockHoldingALabelOnlyLabelsTheNextBlock() throws {
        // A survey's answer page: each question and its answer in blocks of their own.
        let found = try Self.scan(html: """
            <div class="field-label">1、学生姓名</div>
            <div class="field-value">毛铭泽</div>
            <div class="field-label">2、出生年月日</div>
            <div class="field-value">2012年10月23日</div>
            <div class="field-label">5、是否需要校车</div>
            <div class="field-value">需要</div>
            <p>通知</p><p>王老师明天到校</p>
            """)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.confidence) \($0.value) \($0.location.line ?? 0)" },
                       ["name high 毛铭泽 2", "birth_date high 2012年10月23日 4"])
    }

    func testAPhonesLinkShowingItsDigitsGroupedIsOneNumber() throws {
        let found = try Self.scan(html: "<html><body><p>家长：<a href=\"tel:18609700163\">186-0970-0163</a></p></body></html>")
        XCTAssertEqual(found.filter { $0.kind == .mobile }.map(\.value), ["186-0970-0163"])
        let hidden = try Self.scan(html: "<html><body><p>家长：<a href=\"tel:18609700163\">打电话</a></p></body></html>")
        XCTAssertEqual(hidden.filter { $0.kind == .mobile }.map(\.value), ["18609700163"])
    }

    func testHTMLUnderACSVNameIsStillCSV() throws {
        let csv = "<b>序号</b>,姓名,电话\n1,王小明,13812345678\n"
        let (summary, _) = try Self.scan(MemorySource(Array(csv.utf8), displayPath: "a.csv"))
        XCTAssertEqual(summary.format, .delimited(delimiter: UInt8(ascii: ",")))
    }

    func testSpansPlaceCellsAsBrowsersDo() {
        let table = HTMLTable()
        table.startRow()
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 3), 1)
        XCTAssertEqual(table.place(columnSpan: 2, rowSpan: 1), 2)
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 2), 4)
        table.endRow()
        table.startRow()
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 1), 2)   // column 1 is still covered
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 1), 3)
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 1), 5)   // and column 4
        table.endRow()
        table.startRow()
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 1), 2)
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 1), 3)
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 1), 4)   // the span of two rows has ended
        table.endRow()
        table.startRow()
        XCTAssertEqual(table.place(columnSpan: 1, rowSpan: 1), 1)
        table.endRow()
        table.startRow()
        XCTAssertEqual(table.place(columnSpan: HTMLTable.maximumColumn, rowSpan: 1), 1)
        XCTAssertNil(table.place(columnSpan: 1, rowSpan: 1))          // past Excel's last column
    }

    func testCellsTakeTheirHeaderAndRowsMakeRecords() throws {
        let found = try Self.scan(html: """
            <table>
            <tr><td colspan="3">2024级初一(3)班名单</td></tr>
            <tr><th>姓名</th><th>出生日期</th><th>电话</th></tr>
            <tr><td> 王　芳 </td><td>2011-05-12</td><td>13812345678<br>
            13987654321</td></tr>
            <tr><td>&nbsp;</td><td>&nbsp;</td><td>无</td></tr>
            </table>
            """)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.line!):\($0.location.column!) \($0.location.field!)" },
                       ["name 4:1 姓名", "birth_date 4:2 出生日期", "mobile 4:3 电话", "mobile 5:3 电话"])
        XCTAssertEqual(found.filter { $0.kind == .record }.count, 1)
    }

    func testAHeadersWordBesideAPersonsLabelIsNoName() throws {
        // Before its header is known a row's cells are read under the label before them, as a
        // form's are: an ordinary word there (任务, 费用) is the next header, not a name.
        for html in ["<table><tr><td>序号</td><td>负责人</td><td>任务</td></tr><tr><td>1</td><td>教务处</td><td>排课</td></tr></table>",
                     "<table><tr><td>监考教师</td><td>费用</td></tr><tr><td>王老师</td><td>5</td></tr></table>"] {
            XCTAssertEqual(try Self.scan(html: html).map(\.value), [], html)
        }
        // A form's own value beside its label is still a name.
        let form = try Self.scan(html: "<table><tr><td>姓名</td><td>王一诺</td><td>性别</td><td>女</td></tr></table>")
        XCTAssertEqual(form.map { "\($0.kind.rawValue) \($0.value) \($0.confidence)" }, ["name 王一诺 high"])
    }

    func testARowsLabelNamesTheCellsBesideItUnderAHeaderThatSaysNothing() throws {
        // 项目 | 内容: each row's label says what its value is, the school's or a parent's.
        let found = try Self.scan(html: """
            <table><tr><th>项目</th><th>内容</th></tr>
            <tr><td>咨询电话</td><td>0371-68951200</td></tr>
            <tr><td>家长手机</td><td>13812345678</td></tr></table>
            """)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal") \($0.confidence)" },
                       ["landline org high", "mobile personal high"])
    }

    func testAHeaderOfTwoRowsNamesColumnsAfterBoth() throws {
        // Group titles spanning columns over the labels; 序号 spans both header rows.
        let found = try Self.scan(html: """
            <table>
            <tr><th rowspan="2">序号</th><th colspan="2">学生信息</th><th colspan="2">家长信息</th></tr>
            <tr><th>姓名</th><th>出生日期</th><th>姓名</th><th>手机</th></tr>
            <tr><td>1</td><td>王芳</td><td>2011-05-12</td><td>王建国</td><td>13812345678</td></tr>
            </table>
            """)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.column ?? 0) \($0.location.field ?? "-")" },
                       ["name 2 学生信息/姓名", "birth_date 3 学生信息/出生日期", "name 4 家长信息/姓名", "mobile 5 家长信息/手机"])
    }

    func testRunningTextIsScannedWithItsLines() throws {
        let found = try Self.scan(html: """
            <html><head><title>家访记录</title>
            <style>.tel { content: "13912345678"; }</style>
            <script>var hotline = "13712345678";</script></head>
            <body><h1>初二(5)班家访记录</h1>
            <p>学生：汤若彤，
            家长电话 13612345678。</p>
            <div>联系：<a href="mailto:tang.family@qq.com">发邮件</a></div>
            </body></html>
            """)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.line!) \($0.value)" },
                       ["name 5 汤若彤", "mobile 6 13612345678", "email 7 tang.family@qq.com"])
        XCTAssertTrue(found.allSatisfy { $0.location.column == nil && $0.location.field == nil })
    }

    func testParagraphsRunOnSoThatAListOfNamesOneAParagraphIsSeen() throws {
        let found = try Self.scan(html: """
            <html><body>
            <h2>一等奖</h2>
            <p>张梓涵（金水区第一实验小学）</p>
            <script>
            var x = 1;
            </script>
            <p>李浩然（文化路第一小学）</p><p>王一诺（纬五路第一小学）</p>
            <div>二等奖<br>陈思远<br>
            刘佳怡<br>杨俊杰</div>
            <p>学生：汤若彤，家长电话 13612345678。</p>
            </body></html>
            """)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.line!) \($0.value)" },
                       ["name 3 张梓涵", "name 7 李浩然", "name 7 王一诺", "name 8 陈思远", "name 9 刘佳怡", "name 9 杨俊杰",
                        "name 10 汤若彤", "mobile 10 13612345678"])
    }

    func testGatheredTextKeepsItsSourceLines() {
        // Node "a\nb" from line 3, an added break, node "c" from line 7 (markup between), node "d"
        // right after it on line 7.
        var lines = HTMLTextLines()
        var text: [UInt8] = []
        func append(_ s: String, line: Int) {
            let bytes = Array(s.utf8)
            bytes.withUnsafeBufferPointer { lines.appended($0, at: text.count, line: line) }
            text += bytes
        }
        append("a\nb", line: 3)
        lines.addedBreak(at: text.count)
        text.append(0x0A)
        append("c", line: 7)
        append("d", line: 7)
        text.withUnsafeBufferPointer { t in
            var cursor = HTMLLineCursor(lines)
            XCTAssertEqual([0, 2, 4, 5].map { cursor.line(at: $0, in: t) }, [3, 4, 7, 7])
        }
        // After its first line is scanned and dropped, the rest keeps its lines.
        text.withUnsafeBufferPointer { lines.dropFirst(2, of: $0) }
        text.removeFirst(2)
        text.withUnsafeBufferPointer { t in
            var cursor = HTMLLineCursor(lines)
            XCTAssertEqual([0, 2, 3].map { cursor.line(at: $0, in: t) }, [4, 7, 7])
        }
    }

    func testExcelNumberCellsAreReadFromTheStoredNumber() throws {
        let found = try Self.scan(html: """
            <table><tr><td>身份证号</td><td>电话</td></tr>
            <tr><td x:num="4.10105200803121E+17">4.10105E+17</td><td x:num>13812345678</td></tr></table>
            """)
        let truncated = try XCTUnwrap(found.first { $0.kind == .cnIDTruncated })
        XCTAssertEqual(truncated.value, "410105200803121000")
        XCTAssertEqual(truncated.sourceRange, 0..<"4.10105E+17".utf8.count)   // the number as shown, whole
        XCTAssertTrue(found.contains { $0.kind == .mobile && $0.value == "13812345678" })
    }

    func testHostilePagesAreReadToTheirEnd() throws {
        // Nesting far deeper than libxml2 follows, a block of 4.5 MB without a line break (scanned
        // in parts), spans far past the limits, cells outside any table, unclosed elements.
        let deep = String(repeating: "<div>", count: 20_000) + "学生：张伟 13812345678" + String(repeating: "</div>", count: 20_000)
        XCTAssertTrue(try Self.scan(html: deep).contains { $0.kind == .mobile })
        let long = "<p>" + String(repeating: "学", count: 1_500_000) + " 13812345678 </p><p>电话 13912345678</p>"
        XCTAssertEqual(try Self.scan(html: long).filter { $0.kind == .mobile }.count, 2)
        let spans = "<table><tr><td colspan=99999999>a</td><td rowspan=99999999>13812345678</td></tr><tr><td>x</td></tr></table><td>13912345678</td>"
        XCTAssertEqual(try Self.scan(html: spans).filter { $0.kind == .mobile }.map(\.value), ["13812345678", "13912345678"])
        let unclosed = "<table><tr><td>姓名<td>电话<tr><td>王小明<td>13812345678<tr><td>李华<td>13912345678"
        XCTAssertEqual(try Self.scan(html: unclosed).filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" },
                       ["name 姓名", "mobile 电话", "name 姓名", "mobile 电话"])
    }

    /// An image's text alternative is read where the image stands.
    func testAnImagesAlternativeTextIsRead() throws {
        let found = try Self.scan(html: "<html><body><p>美德少年<img src=\"a.jpg\" alt=\"张子涵 410105200903151230 获奖证书\"></p></body></html>")
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" }, ["name 张子涵", "cn_id 410105200903151230", "record "])
    }
}
