import XCTest
@testable import LeakScan

/// The small pieces of the workbook reader: cell references, part paths, header rows.
final class WorksheetPartsTests: XCTestCase {
    private func reference(_ text: String) -> CellReference? {
        Array(text.utf8).withUnsafeBufferPointer { CellReference($0) }
    }

    func testCellReferences() {
        XCTAssertEqual(reference("C5"), CellReference(column: 3, row: 5))
        XCTAssertEqual(reference("AB120"), CellReference(column: 28, row: 120))
        XCTAssertEqual(reference("XFD1048576"), CellReference(column: 16_384, row: 1_048_576))
        XCTAssertNil(reference("XFE1"))
        XCTAssertNil(reference("C"))
        XCTAssertNil(reference("5"))
        XCTAssertNil(reference("C0"))
        XCTAssertNil(reference("C5x"))
        XCTAssertEqual(CellReference(column: 28, row: 3).name, "AB3")
        XCTAssertEqual(CellReference.columnName(26), "Z")
        XCTAssertEqual(CellReference.columnName(702), "ZZ")
        XCTAssertEqual(CellReference.columnName(703), "AAA")
    }

    func testPartPaths() {
        XCTAssertEqual(PackagePath.resolve("worksheets/sheet1.xml", in: "xl/"), "xl/worksheets/sheet1.xml")
        XCTAssertEqual(PackagePath.resolve("/xl/worksheets/sheet1.xml", in: "xl/"), "xl/worksheets/sheet1.xml")
        XCTAssertEqual(PackagePath.resolve("../comments1.xml", in: "xl/worksheets/"), "xl/comments1.xml")
        XCTAssertEqual(PackagePath.resolve("./a/./b.xml", in: ""), "a/b.xml")
        XCTAssertEqual(Relationships.partName(for: "xl/workbook.xml"), "xl/_rels/workbook.xml.rels")
        XCTAssertEqual(Relationships.partName(for: "xl/worksheets/sheet2.xml"), "xl/worksheets/_rels/sheet2.xml.rels")
    }

    /// The header found in `rows`; `holdingData`: the rows in which personal data was found. A
    /// cell written `#12` is a number cell holding 12.
    private func header(_ rows: [[String]], holdingData: Set<Int> = []) -> [String] {
        var finder = HeaderRowFinder()
        var settled: [(column: Int, text: String)] = []
        let engine = DetectionEngine()
        for (r, row) in rows.enumerated() {
            for (k, cell) in row.enumerated() where !cell.isEmpty && finder.wantsCells {
                let isText = !cell.hasPrefix("#")
                Array(cell.utf8.drop { !isText && $0 == 0x23 }).withUnsafeBufferPointer {
                    finder.note(column: k + 1, value: $0, isText: isText)
                }
            }
            finder.endRow(holdsData: holdingData.contains(r), isLabel: engine.isColumnLabel)
            if let s = finder.takeSettled() { settled = s }
        }
        return settled.map(\.text)
    }

    func testHeaderRowSkipsATitleRow() {
        XCTAssertEqual(header([["2024级新生花名册"], ["姓名", "身份证号"], ["张三", "1"]]), ["姓名", "身份证号"])
        XCTAssertEqual(header([[], ["姓名", " 手机 "], ["张三", "1"]]), ["姓名", "手机"])
    }

    func testASecondHeaderRowNamesTheColumnsUnderGroupTitles() {
        let rows = [["序号", "学生信息", "", "", "家长信息", "", "", "备注"],
                    ["", "姓名", "身份证号", "出生日期", "姓名", "关系", "联系电话"],
                    ["1", "张伟", "410105200803121237", "2008-03-12", "张建国", "父子", "13812345678", ""]]
        XCTAssertEqual(header(rows, holdingData: [2]),
                       ["序号", "学生信息/姓名", "学生信息/身份证号", "学生信息/出生日期",
                        "家长信息/姓名", "家长信息/关系", "家长信息/联系电话", "备注"])
        // A title and a date above the header are no group titles: the real header replaces them.
        XCTAssertEqual(header([["2024级花名册", "", "制表日期：9月1日"], ["姓名", "性别", "手机"]]), ["姓名", "性别", "手机"])
    }

    func testARowOfDataUnderTheHeaderKeepsItsNames() {
        // Personal data: a row of the table.
        XCTAssertEqual(header([["学生信息", "", "家长信息"], ["张伟", "男", "李强"]], holdingData: [1]),
                       ["学生信息", "家长信息"])
        // Nothing under a blank header cell: the columns were named already.
        XCTAssertEqual(header([["姓名", "联系电话"], ["见附件", "未填"]]), ["姓名", "联系电话"])
        // A number cell: data.
        XCTAssertEqual(header([["学生信息", "", "备注"], ["姓名", "#12", "电话"]]), ["学生信息", "备注"])
        // No label a detector knows: data (a class list of statuses).
        XCTAssertEqual(header([["班级", "", "情况"], ["三班", "走读", "良好"]]), ["班级", "情况"])
        // Only the row right under the header is considered.
        XCTAssertEqual(header([["学生信息", "", "家长信息"], ["一", "二", "三"], ["姓名", "学号", "电话"]]),
                       ["学生信息", "家长信息"])
    }

    func testOneColumnTableUsesItsFirstRow() {
        XCTAssertEqual(header([["家长手机"], ["13812345678"], ["13912345678"]]), ["家长手机"])
        XCTAssertEqual(header([["家长手机"], ["13812345678"], ["13912345678"]], holdingData: [1, 2]), ["家长手机"])
    }

    func testARowHoldingPersonalDataIsNeverTheHeader() {
        let rows = [["张伟", "410105200803121235"], ["李娜", "410105200805061244"]]
        XCTAssertEqual(header(rows, holdingData: [0, 1]), [])
        // After a row of data, a row the detectors missed is data too; only labels make a header.
        XCTAssertEqual(header(rows, holdingData: [0]), [])
        XCTAssertEqual(header([rows[0], ["姓名", "身份证号"], rows[1]], holdingData: [0, 2]), ["姓名", "身份证号"])
    }

    func testTitlesAndFormFieldsAboveTheHeaderAreNotTheHeader() {
        let header = ["序号", "姓名", "身份证号码", "监护人电话"]
        // A title, then a date: two rows of one cell are no one-column table.
        XCTAssertEqual(self.header([["郑州市第X中学2024级新生信息登记表"], ["填表日期：2024年9月1日"], header]), header)
        // A title, then form fields in two cells: replaced by the labels under them.
        XCTAssertEqual(self.header([["2024级新生信息登记表"], ["学校：郑州市第X中学", "", "", "填表人：李老师"], header]), header)
        // Two rows without labels, then the header.
        XCTAssertEqual(self.header([["一班", "", "二班"], ["上午", "下午"], header]), header)
        // Twenty lines of instructions, each a row of one cell, above the header.
        XCTAssertEqual(self.header((1...20).map { ["\($0). 请如实填写。"] } + [header]), header)
        // A one-column table under a title.
        XCTAssertEqual(self.header([["2024级新生名单"], ["身份证号码"], ["410105200803121235"]], holdingData: [2]),
                       ["身份证号码"])
    }

    func testARowOfAFormIsNoHeader() {
        // Labels each followed by their values: a form, whose labels name the values beside them.
        XCTAssertEqual(header([["姓名", "张伟", "性别", "男", "出生日期", "#39508"], ["身份证号", "410105200803121235"]],
                              holdingData: [1]), [])
        // A form of one field a row.
        XCTAssertEqual(header([["时间", "2024年11月20日"], ["联系电话", "0371-65501234"]], holdingData: [1]), [])
        // Two of four labels followed by words no list knows: a header (half its labels, not more).
        XCTAssertEqual(header([["姓名", "走读生", "身份证号", "出生日期", "家长手机", "特殊情况"]]),
                       ["姓名", "走读生", "身份证号", "出生日期", "家长手机", "特殊情况"])
    }

    func testHeaderTextsDropTheBlanksThatAlignChineseLabels() {
        XCTAssertEqual(header([["姓　名", "性 别", "身份证\n号码", " Student  ID "], ["张伟", "男", "1", "2"]]),
                       ["姓名", "性别", "身份证号码", "Student ID"])
    }

    /// The findings of a worksheet part's XML, read whole as the sheet `name`.
    private func scanSheet(_ xml: String, named name: String, dates: DateStyles = DateStyles()) throws -> [Finding] {
        var sink = CollectingSink()
        try withUnsafeMutablePointer(to: &sink) { sink in
            let cells = WorksheetParser(sheet: SheetContext(name: name, isHidden: false), strings: SharedStrings(), dates: dates,
                                        engine: DetectionEngine(), sink: sink)
            let parser = try XMLPushParser(handler: cells, partName: "xl/worksheets/sheet1.xml")
            try Array(xml.utf8).withUnsafeBufferPointer { try parser.feed($0) }
            try parser.finish()
            _ = cells.finish()
        }
        return sink.findings
    }

    /// A worksheet row `r` of inline-string cells (a number's text as a number cell) from column A on; nil leaves a cell out.
    private func row(_ r: Int, _ cells: [String?]) -> String {
        "<row r=\"\(r)\">" + cells.enumerated().compactMap { k, text in
            text.map { text in
                let ref = "\(Character(Unicode.Scalar(UInt8(65 + k))))\(r)"
                return Int(text) != nil ? "<c r=\"\(ref)\"><v>\(text)</v></c>" : "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }
        }.joined() + "</row>"
    }

    func testPageHeadersAndFootersAreReadAsALetterhead() throws {
        XCTAssertEqual(String(decoding: PageMarginText.plain(Array("&L&\"宋体,常规\"&12第十九中学&C&KFF0000第 &P 页&R班主任：罗强 &&".utf8)), as: UTF8.self),
                       "第十九中学\n第   页\n班主任：罗强 &")
        // As openpyxl writes them, after the cells: a teacher's mobile is theirs, the school's
        // landline its own.
        let xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>课程表</t></is></c></row></sheetData>"
            + "<headerFooter><oddHeader>&amp;L郑州市第十九中学 0371-63925116&amp;R班主任：罗强 18762163253</oddHeader>"
            + "<oddFooter>&amp;C第 &amp;P 页</oddFooter></headerFooter></worksheet>"
        XCTAssertEqual(try scanSheet(xml, named: "课表").map { "\($0.kind.rawValue) \($0.value) \($0.organisational) \($0.location.sheet ?? "-") \($0.location.field ?? "-")" },
                       ["landline 0371-63925116 true 课表 page header or footer", "name 罗强 false 课表 page header or footer",
                        "mobile 18762163253 false 课表 page header or footer", "record  false 课表 -"])
    }

    /// Form fields above an attendance table (a school's name among them) are no header: the
    /// header under them names its columns before its cells are scanned, no count's label is a
    /// name beside 姓名, and the names under it are found.
    func testAFormsFieldsAboveAnAttendanceTableAreNoHeader() throws {
        let xml = "<worksheet><sheetData>" + row(1, ["2024年10月教职工考勤汇总"])
            + row(2, ["填报单位：郑州市第十九中学（盖章）", nil, nil, nil, nil, "填报日期：2024年9月"])
            + row(3, ["姓名", "应出勤", "实出勤", "事假", "病假", "迟到", "备注"])
            + row(4, ["文慧", "22", "17", "2", "3", "0", "住院"]) + row(5, ["孔霞", "22", "22", "0", "0", "1", nil])
            + "</sheetData></worksheet>"
        XCTAssertEqual(try scanSheet(xml, named: "考勤").map { "\($0.kind.rawValue) \($0.value) \($0.location.cell ?? "-") \($0.location.field ?? "-")" },
                       ["name 文慧 A4 姓名", "name 孔霞 A5 姓名"])
    }

    /// A one-column table's lone label names the first cell under it while it is scanned: the
    /// header settles only when that cell's row ends alone, and a sheet of one name must not pass.
    func testALoneLabelNamesTheFirstCellUnderIt() throws {
        let xml = "<worksheet><sheetData>" + row(1, ["高一(7)班期中考试缺考学生"]) + row(2, ["姓名"]) + row(3, ["范雨桐"])
            + "</sheetData></worksheet>"
        XCTAssertEqual(try scanSheet(xml, named: "缺考").map { "\($0.kind.rawValue) \($0.value) \($0.confidence) \($0.location.cell ?? "-") \($0.location.field ?? "-")" },
                       ["name 范雨桐 high A3 姓名"])
        // A lone label over a row of two cells was a title: the header is the row under it.
        let titled = "<worksheet><sheetData>" + row(1, ["姓名"]) + row(2, ["序号", "姓名"]) + row(3, ["1", "王芳"])
            + "</sheetData></worksheet>"
        XCTAssertEqual(try scanSheet(titled, named: "名单").map { "\($0.kind.rawValue) \($0.value) \($0.location.cell ?? "-") \($0.location.field ?? "-")" },
                       ["name 王芳 B3 姓名"])
    }

    func testACellOverTheTextLimitIsReportedNotCutSilently() throws {
        // Two rich-text runs of 9 MB each: each under libxml2's 10 MB cap, together over the limit.
        let run = String(repeating: "x", count: 9_000_000)
        let xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>\(run)</t></r><r><t>\(run)</t></r></is></c></row></sheetData></worksheet>"
        var sink = CollectingSink()
        let overflowed = try withUnsafeMutablePointer(to: &sink) { sink -> Bool in
            let cells = WorksheetParser(sheet: SheetContext(name: "s", isHidden: false), strings: SharedStrings(), dates: DateStyles(),
                                        engine: DetectionEngine(), sink: sink)
            let parser = try XMLPushParser(handler: cells, partName: "xl/worksheets/sheet1.xml")
            try Array(xml.utf8).withUnsafeBufferPointer { all in
                for start in stride(from: 0, to: all.count, by: 256 << 10) {   // chunks, as from inflate
                    try parser.feed(UnsafeBufferPointer(rebasing: all[start..<min(start + (256 << 10), all.count)]))
                }
            }
            try parser.finish()
            return cells.textOverflowed
        }
        XCTAssertTrue(overflowed)
        XCTAssertGreaterThan(CellTextBuffer.limit, 10_000_000)   // libxml2's own cap on one text node
    }

    /// A number cell whose style shows a date is read as that date: found under a birth-date
    /// header and after a sex in a sheet with none, its value the date, not Excel's serial.
    func testADateStyledNumberIsTheDateItShows() throws {
        let dates = DateStyles(isDateStyle: [false, true])
        let headed = """
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>马梦琪</t></is></c><c r="B2" s="1"><v>43651</v></c></row></sheetData></worksheet>
            """
        XCTAssertEqual(try scanSheet(headed, named: "名单", dates: dates).filter { $0.kind == .birthDate }.map(\.value), ["2019-07-05"])
        let bare = """
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>马梦琪</t></is></c><c r="B1" t="inlineStr"><is><t>女</t></is></c>\
            <c r="C1" s="1"><v>43651</v></c></row></sheetData></worksheet>
            """
        XCTAssertEqual(try scanSheet(bare, named: "名单", dates: dates).filter { $0.kind == .birthDate }.map(\.value), ["2019-07-05"])
        // With no date style the serial stays a number: under the header it is still a birth date.
        XCTAssertEqual(try scanSheet(headed, named: "名单").filter { $0.kind == .birthDate }.map(\.value), ["43651"])
    }
}
