import Foundation
import XCTest
@testable import LeakScan

/// Tables laid out in text: the fixtures of fixtures/text_tables (scripts/make_text_table_fixtures.py:
/// python-tabulate, pandas, `column -t`, a GBK notice padded by bytes, a list typed with tabs in
/// a python-docx document) against the values planted in them; splitting lines; headers told
/// from prose and forms; rows placed under their columns.
final class TextTableReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/text_tables").standardized

    private func scan(_ text: String, name: String = "名单.txt", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanData(Array(text.utf8), name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    private func described(_ found: [Finding]) -> [String] { PlantedValues.described(found) }

    func testAMarkdownTablesUnderlinedFirstLineIsItsHeader() throws {
        // Labels and words that are none alternate (学生 | 症状, 就诊医院 | 追踪情况), as a form's
        // would; the rule under the line says it is the header.
        let text = "| 班级 | 学生 | 症状 | 就诊医院 | 追踪情况 |\n|---|---|---|---|---|\n| 二年级3班 | 冯天佑 | 发热 | 市儿童医院 | 流感，居家5天 |\n| 四年级1班 | 黄雨桐 | 呕吐 | 社区医院 | 诺如疑似 |\n"
        let found = try scan(text, name: "周报.md").1.filter { $0.kind == .name }
        XCTAssertEqual(found.map(\.value), ["冯天佑", "黄雨桐"])
        XCTAssertEqual(found.map(\.location.field), ["学生", "学生"])
    }

    func testEveryPlantedValueIsFoundUnderItsColumn() throws {
        let files = try PlantedValues.load(Self.folder)
        XCTAssertEqual(files.count, 7)
        for (name, planted) in files {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            let (summary, found) = try ReadTestSupport.scanData(bytes, name: name)
            XCTAssertEqual(summary.format, name.hasSuffix(".docx") ? .wordDocument : .textTables, name)
            XCTAssertEqual(described(found).sorted(), PlantedValues.described(planted).sorted(), name)
            XCTAssertTrue(found.allSatisfy { $0.confidence == .high }, name)
            // Each value is located in the file's own bytes (GBK ones for the notice; a Word
            // document's spans lie in its gathered text).
            guard summary.format == .textTables else { continue }
            let encoding = summary.encoding == .gb18030 ? "GB18030" : "UTF-8"
            for f in found { XCTAssertEqual(try ReadTestSupport.decode(bytes[f.sourceRange], from: encoding), f.value, name) }
        }
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        try ReadTestSupport.assertAnyChunkingFindsTheSame(
            in: "text_tables", ["tabulate_simple.txt", "tabulate_grid.txt", "pandas_to_string.txt", "名单通知.txt"],
            format: .textTables)
    }

    func testLinesSplitByPipesWideBlanksOrAnyBlank() {
        func cells(_ line: String, _ separator: TextTableSeparator) -> [String] {
            Array(line.utf8).withUnsafeBufferPointer { t in
                TextTableLine.cells(t, 0..<t.count, separator: separator).map { String(decoding: t[$0.bytes], as: UTF8.self) }
            }
        }
        XCTAssertEqual(cells("| 姓名 |  | 电话 号码 |", .pipe), ["姓名", "", "电话 号码"])
        XCTAssertEqual(cells("姓名 | 电话\r", .pipe), ["姓名", "电话"])
        XCTAssertEqual(cells("  姓　名  家庭 住址\t电话", .wideBlank), ["姓　名", "家庭 住址", "电话"])
        XCTAssertEqual(cells("序号 姓名　性别\t电话", .blank), ["序号", "姓名", "性别", "电话"])
        // Display columns: a Chinese character is two wide, or one; a tab goes to the next stop of 8.
        Array("姓名  a\tb".utf8).withUnsafeBufferPointer { t in
            let split = TextTableLine.cells(t, 0..<t.count, separator: .blank)
            XCTAssertEqual(split.map(\.wide), [0..<4, 6..<7, 8..<9])
            XCTAssertEqual(split.map(\.narrow), [0..<2, 4..<5, 8..<9])
        }
        let rules = ["|---|:--:|", "+-----+----+", "------  ----", "══════", "—————"]
        for rule in rules { XCTAssertTrue(Array(rule.utf8).withUnsafeBufferPointer { TextTableLine.isRule($0, 0..<$0.count) }, rule) }
        for line in ["--", "-- 注 --", "1-2-3"] {
            XCTAssertFalse(Array(line.utf8).withUnsafeBufferPointer { TextTableLine.isRule($0, 0..<$0.count) }, line)
        }
    }

    func testHeadersAreLabelsNotProseFormsOrData() {
        let engine = DetectionEngine()
        func header(_ line: String) -> [String]? {
            Array(line.utf8).withUnsafeBufferPointer { t in
                TextTableHeader.make(t, 0..<t.count, inTable: false, isLabel: engine.isColumnLabel).map { $0.columns.map { $0.header ?? "" } }
            }
        }
        XCTAssertEqual(header("序号  姓　名    出生日期    身份证号码"), ["序号", "姓名", "出生日期", "身份证号码"])
        XCTAssertEqual(header("序号 姓名 性别 联系电话"), ["序号", "姓名", "性别", "联系电话"])
        XCTAssertEqual(header("| Name | Phone | Notes |"), ["Name", "Phone", "Notes"])
        XCTAssertNil(header("姓名 王小明 性别 男 电话 13812345678"), "a form's labels with their values")
        XCTAssertNil(header("姓名 电话"), "two cells set apart by one blank: prose as often as not")
        XCTAssertNil(header("请填写 姓名 和 电话 并于周五前交回"), "prose: fewer than half the words are labels")
        XCTAssertNil(header("一班  二班  三班"), "no label")
        XCTAssertNil(header("王小明  13812345678  郑州市"), "data")
    }

    func testATableEndsAtProseAndTextAroundItIsRunningText() throws {
        let text = """
            2024级学生名单（联系人：李老师 13912345678）

            序号  姓名    出生日期    家长电话
            ====  ======  ==========  ===========
            1     王小明  2008-03-12  13812345678

            2     李思雨  2009-05-15  13987654321
            以上名单如有错误请联系王建国 13612345678。
            """
        let (summary, found) = try scan(text)
        XCTAssertEqual(summary.format, .textTables)
        XCTAssertEqual(described(found), [
            "mobile 1 - 13912345678",
            "name 5 姓名 王小明", "birth_date 5 出生日期 2008-03-12", "mobile 5 家长电话 13812345678",
            "name 7 姓名 李思雨", "birth_date 7 出生日期 2009-05-15", "mobile 7 家长电话 13987654321",
            "name 8 - 王建国", "mobile 8 - 13612345678",
        ])
        // Each row is a record (and so is the line of prose with a name and a phone).
        XCTAssertEqual(try scan(text, keepRecords: true).1.filter { $0.kind == .record }.map { $0.location.line ?? 0 }, [5, 7, 8])
    }

    func testAChatsSignUpUnderItsFormatLineIsReadAsText() throws {
        // A 接龙's entries, numbered and typed by hand, do not line up with the format line that
        // looks like a header: read as running text, each line's name and phone are found.
        let text = """
            #接龙
            请家长按格式接龙：姓名 是否返校 家长电话

            1. 邱佳怡 已返校 139 0298 6164
            2. 赵欣怡 已返校 158 4402 4395
            3. 程天佑 已返校 150 3154 4162
            """
        XCTAssertEqual(described(try scan(text).1), [
            "name 4 - 邱佳怡", "mobile 4 - 139 0298 6164", "name 5 - 赵欣怡", "mobile 5 - 158 4402 4395",
            "name 6 - 程天佑", "mobile 6 - 150 3154 4162",
        ])
        // An entry with as many fields keeps its columns, its list number left out of them; one
        // with more is text.
        XCTAssertEqual(described(try scan("格式：姓名 是否返校 家长电话\n1. 邱佳怡 已返校 13902986164\n2. 赵欣怡 已返校 15844024395 爷爷接\n").1),
                       ["name 2 格式：姓名 邱佳怡", "mobile 2 家长电话 13902986164", "name 3 - 赵欣怡", "mobile 3 - 15844024395"])
    }

    func testAMarkdownTablesFirstLineIsItsHeader() throws {
        // One label between pipes will do: a Markdown table has a header.
        let text = "| 学生 | 情况 | 处理 |\n|---|---|---|\n| 张子墨 | 晚归 | 批评教育 |\n| 袁俊熙 | 胃痛 | 送校医室 |\n"
        XCTAssertEqual(described(try scan(text, name: "记录.md").1), ["name 3 学生 张子墨", "name 4 学生 袁俊熙"])
        XCTAssertEqual(described(try scan("| 情况 | 处理 |\n|---|---|\n| 晚归 | 批评教育 |\n", name: "记录.md").1), [])
        // Under the header a row with one label is a row (班长 names a role, 张子涵 holds it).
        XCTAssertEqual(described(try scan("| 职务 | 姓名 |\n|---|---|\n| 班长 | 张子涵 |\n| 学习委员 | 李浩然 |\n", name: "班委.md").1),
                       ["name 3 姓名 张子涵", "name 4 姓名 李浩然"])
    }

    /// A text table's header says what its columns hold together, as a spreadsheet's does
    /// (`DetectionEngine.settleHeader`): a reading list's authors are published ones, a list of
    /// schools' phones is theirs.
    func testATextTablesHeaderIsSettledAsASpreadsheetsIs() throws {
        let books = "| 书名 | 作者 | 出版社 |\n| --- | --- | --- |\n| 稻草人 | 叶圣陶 | 人民文学出版社 |\n| 城南旧事 | 林海音 | 中国青年出版社 |\n"
        XCTAssertEqual(described(try scan(books, name: "书目.md").1), [])
        // A school's name with no suffix the organisation list knows: only the header says so.
        let schools = "| 学校名称 | 联系电话 |\n|---|---|\n| 文化路一校 | 0371-65501234 |\n"
        XCTAssertEqual(described(try scan(schools, name: "学校.md").1.filter { !$0.organisational }), [])
        let pupils = "| 姓名 | 电话 |\n|---|---|\n| 王梓涵 | 13812345678 |\n"
        XCTAssertEqual(described(try scan(pupils, name: "名单.md").1), ["name 3 姓名 王梓涵", "mobile 3 电话 13812345678"])
    }

    /// A data dictionary's Markdown table: its rows name fields (| xm | 学生姓名 | 王小明 |) but no
    /// row starts the table again without a rule under it, so the example column stays one,
    /// headed 示例 or Example, and its made-up values are no one's.
    func testADataDictionarysExampleColumn() throws {
        let chinese = "| 字段 | 说明 | 示例 |\n| --- | --- | --- |\n| xm | 学生姓名 | 王小明 |\n| csrq | 出生日期 | 2012-01-01 |\n| lxdh | 手机号 | 13912345678 |\n"
        XCTAssertEqual(described(try scan(chinese, name: "README.md").1), [])
        let english = "| Field | Description | Example |\n| --- | --- | --- |\n| mobile | 手机号 | 13912345678 |\n"
        XCTAssertEqual(described(try scan(english, name: "README.md").1), [])
    }

    /// A profile typed as a table of two columns saying nothing (项目 | 内容): each row's first
    /// cell is the label of the cell after it, as a form's is.
    func testARowsLabelNamesTheCellAfterIt() throws {
        let text = "| 项目 | 内容 |\n|---|---|\n| 学生 | 付若曦 |\n| 家长手机 | 16649854454 |\n| 爱好 | 篮球 |\n"
        XCTAssertEqual(described(try scan(text, name: "档案.md").1), ["name 3 学生 付若曦", "mobile 4 家长手机 16649854454"])
        XCTAssertEqual(described(try scan("项目\t内容\n学生\t付若曦\n家长手机\t16649854454\n", name: "档案.txt").1),
                       ["name 2 学生 付若曦", "mobile 3 家长手机 16649854454"])
    }

    /// Columns headed by teachers addressed by surname and title (张老师) are theirs: places under
    /// them are no names; names under them are still found, from the names themselves.
    func testColumnsOfTeachersByTitleAreNoColumnsOfNames() throws {
        let places = """
            指导教师    张老师    李老师    王老师
            第一周      江南      华北      东北
            第二周      西南      华中      西北
            第三周      华东      岭南      塞北
            """
        XCTAssertEqual(described(try scan(places).1), [])
        let names = """
            组别      张老师      李老师
            第一组    陈思远      赵诗涵
            第二组    王一诺      周博文
            第三组    吴雨桐      郑子轩
            """
        // Names in a column with no header of names wait for the column to show them: in order by column.
        XCTAssertEqual(described(try scan(names).1).sorted(), [
            "name 2 张老师 陈思远", "name 2 李老师 赵诗涵", "name 3 张老师 王一诺", "name 3 李老师 周博文",
            "name 4 张老师 吴雨桐", "name 4 李老师 郑子轩",
        ])
    }

    func testCellsLeftEmptyOrHoldingBlanksStandUnderTheirColumns() throws {
        // Padded by display width (a Chinese character two columns): the empty birth date and the
        // address's blank are placed by where the cells stand. A value wrapped onto the next line
        // stands under its column.
        let wide = """
            序号  姓名    出生日期    家庭住址                    家长电话
            1     王小明              郑州市金水区 花园路12号     13812345678
                                      3号楼2单元
            2     李思雨  2009-05-15                              13987654321
            """
        XCTAssertEqual(described(try scan(wide).1), [
            "name 2 姓名 王小明", "address 2 家庭住址 郑州市金水区 花园路12号", "mobile 2 家长电话 13812345678",
            "name 4 姓名 李思雨", "birth_date 4 出生日期 2009-05-15", "mobile 4 家长电话 13987654321",
        ])
        // Padded by characters (pandas, right-aligned): the same, widths counted the other way.
        let narrow = """
            序号  姓名       出生日期        家长电话
             1 王小明            13812345678
             2 李思雨 2009-05-15 13987654321
            """
        XCTAssertEqual(described(try scan(narrow).1), [
            "name 2 姓名 王小明", "mobile 2 家长电话 13812345678",
            "name 3 姓名 李思雨", "birth_date 3 出生日期 2009-05-15", "mobile 3 家长电话 13987654321",
        ])
    }

    func testPipeTablesKeepEmptyCellsAndTextPastTheHeader() throws {
        let text = """
            | 姓名 | 出生日期 | 电话 |
            |------|----------|------|
            | 王小明 | | 13812345678 | 13987654321 |
            """
        XCTAssertEqual(described(try scan(text, name: "README.md").1),
                       ["name 3 姓名 王小明", "mobile 3 电话 13812345678", "mobile 3 - 13987654321"])
    }

    func testTabsSetCellsApartOneEachUnlessTheyAlign() throws {
        // Tab-separated: an empty cell stands as one. Aligned by more tabs than the header has:
        // the filled cells stand in order.
        let text = "姓名\t出生日期\t家长电话\n王小明\t\t13812345678\n李思雨\t\t2009-05-15\t\t13987654321\n"
        XCTAssertEqual(described(try scan(text).1), ["name 2 姓名 王小明", "mobile 2 家长电话 13812345678",
                                                      "name 3 姓名 李思雨", "birth_date 3 出生日期 2009-05-15",
                                                      "mobile 3 家长电话 13987654321"])
    }

    func testARepeatedHeaderStartsTheTableAgain() throws {
        // A report prints its header on each page; another table may follow with other columns.
        let text = "姓名  家长电话\n王小明  13812345678\n\n出生日期  姓名\n2009-05-15  李思雨\n"
        XCTAssertEqual(described(try scan(text).1),
                       ["name 2 姓名 王小明", "mobile 2 家长电话 13812345678", "birth_date 5 出生日期 2009-05-15", "name 5 姓名 李思雨"])
    }

    func testTextWithoutATableIsPlainTextAndALineLongerThanTheBufferIsRead() throws {
        XCTAssertEqual(try scan("姓名  电话\n请于周五前交回。\n").0.format, .text, "a header line without a row under it")
        XCTAssertEqual(try scan("序号 姓名 电话\n").0.format, .text)
        // Running text longer than the buffer, between two tables, is scanned in parts.
        let long = String(repeating: "说明文字，", count: 3000) + "王建国13612345678"
        let text = "姓名  家长电话\n王小明  13812345678\n" + long + "\n姓名  家长电话\n李思雨  13987654321\n"
        for chunk in [nil, 64, 1000] {
            XCTAssertEqual(described(try scan(text, chunkSize: chunk).1).filter { !$0.hasPrefix("name 3") },
                           ["name 2 姓名 王小明", "mobile 2 家长电话 13812345678", "mobile 3 - 13612345678",
                            "name 5 姓名 李思雨", "mobile 5 家长电话 13987654321"], "chunks of \(chunk ?? 0)")
        }
    }

    func testAQueryClientsGridIsATableWhateverItsHeaderSays() throws {
        // The MySQL client's grid: its header between two rules of `+` and dashes.
        let text = "+----+----------+----------+------------+--------------+\n| id | username | realname | department | creationdate |\n+----+----------+----------+------------+--------------+\n| 1  | t12896   | 陆春燕   | 数学组     | 2024-09-26   |\n| 2  | t15313   | 唐红梅   | 语文组     | 2024-09-09   |\n+----+----------+----------+------------+--------------+\n"
        let found = try scan(text, name: "query.txt").1.filter { $0.kind == .name }
        XCTAssertEqual(found.map(\.value), ["陆春燕", "唐红梅"])
        XCTAssertEqual(found.map(\.location.field), ["realname", "realname"])
    }

}
