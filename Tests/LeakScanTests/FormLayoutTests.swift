import XCTest
@testable import LeakScan

/// Forms (登记表, 申请表): labels beside their values in rows, no header row. The fixtures of
/// fixtures/forms (scripts/make_form_fixtures.py: openpyxl, XlsxWriter, python-docx, and
/// LibreOffice's CSV of a workbook) against the values planted in them, and the rules on small tables.
final class FormLayoutTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/forms").standardized

    struct Planted: Decodable {
        var kind: String
        var field: String
        var value: String?
        var cell: String?
        var table_column: Int?
    }

    struct Manifest: Decodable { var files: [String: [Planted]] }

    func testEveryValueOfAFormIsFoundUnderItsLabel() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("EXPECTED.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        XCTAssertEqual(manifest.files.count, 4)
        for (name, planted) in manifest.files {
            let (_, found) = try ReadTestSupport.scan(FileSource(path: Self.folder.appendingPathComponent(name).path),
                                                      detectors: StandardDetectors.all())
            let values = found.filter { $0.kind != .record && ($0.location.cell != nil || $0.location.column != nil) }
            XCTAssertEqual(values.map { f in
                let place = f.location.cell ?? "column \(f.location.column ?? 0)"
                let value = planted.contains { $0.value == nil && $0.kind == f.kind.rawValue } ? "" : f.value
                return "\(place) \(f.kind.rawValue) \(f.location.field ?? "-") \(f.confidence) \(value)"
            }.sorted(), planted.map { p in
                "\(p.cell ?? "column \(p.table_column ?? 0)") \(p.kind) \(p.field) high \(p.value ?? "")"
            }.sorted(), name)
        }
    }

    func testAnIDTypedACharacterACellIsFoundAtItsFirstBox() throws {
        struct Boxed: Decodable { var kind: String; var value: String; var cell: String?; var table_column: Int? }
        struct BoxedManifest: Decodable { var files: [String: [Boxed]] }
        let folder = Self.folder.deletingLastPathComponent().appendingPathComponent("boxed_id")
        let manifest = try JSONDecoder().decode(BoxedManifest.self, from: Data(contentsOf: folder.appendingPathComponent("EXPECTED.json")))
        XCTAssertEqual(manifest.files.count, 2)
        for (name, planted) in manifest.files {
            let (_, found) = try ReadTestSupport.scan(FileSource(path: folder.appendingPathComponent(name).path),
                                                      detectors: StandardDetectors.all())
            XCTAssertEqual(found.filter { $0.kind == .cnID }.map { "\($0.location.cell ?? "column \($0.location.column ?? 0)") \($0.value)" },
                           planted.map { "\($0.cell ?? "column \($0.table_column ?? 0)") \($0.value)" }, name)
        }
    }

    func testBoxesMakeAValueOnlyAsARunOf15Or18() throws {
        func ids(_ row: [String]) throws -> [String] {
            let body = "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>"
            let (_, found) = try ReadTestSupport.scan(MemorySource(Array("<html><table>\(body)</table></html>".utf8), displayPath: "f.html"),
                                                      detectors: StandardDetectors.all())
            return found.filter { $0.kind == .cnID || $0.kind == .cnID15 }.map(\.value)
        }
        let id = "41010520080312100X"
        XCTAssertEqual(try ids(["身份证号"] + id.map(String.init)), [id])
        XCTAssertEqual(try ids(["身份证号"] + id.map(String.init) + ["备注"]), [id])
        // A box left empty, a box of two characters, or a run of another length: no value.
        var gap = id.map(String.init)
        gap[9] = ""
        XCTAssertEqual(try ids(["身份证号"] + gap), [])
        XCTAssertEqual(try ids(["身份证号"] + id.dropFirst().map(String.init)), [])
        XCTAssertEqual(try ids(["身份证号", "41"] + id.dropFirst(2).map(String.init)), [])
    }

    private func scan(html rows: [[String]]) throws -> [String] {
        let body = rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined()
        let (_, found) = try ReadTestSupport.scan(MemorySource(Array("<html><table>\(body)</table></html>".utf8), displayPath: "f.html"),
                                                  detectors: StandardDetectors.all())
        return found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.confidence)" }
    }

    func testALabelNamesTheValueAfterItOnlyWhereNoHeaderDoes() throws {
        // A form row first: no header; the labels name their values.
        XCTAssertEqual(try scan(html: [["姓名", "王小明", "性别", "男"], ["联系电话", "13812345678", "备注", "无"]]),
                       ["name 姓名 high", "mobile 联系电话 high"])
        // A table with a header: a value that happens to follow a label-like value keeps its column.
        XCTAssertEqual(try scan(html: [["关系", "家长手机"], ["母亲", "13812345678"]]), ["mobile 家长手机 high"])
        // A label after a label is a label, not a value (a header row).
        XCTAssertEqual(try scan(html: [["姓名", "性别", "手机"], ["王小明", "男", "13812345678"]]),
                       ["name 姓名 high", "mobile 手机 high"])
        // A table laid out sideways: each label names the values after it in its row.
        XCTAssertEqual(try scan(html: [["姓名", "王小明", "李华"], ["联系电话", "13812345678", "13987654321"]]),
                       ["name 姓名 high", "name 姓名 high", "mobile 联系电话 high", "mobile 联系电话 high"])
        // The labels met are bounded: past 512 different short texts, a new one names nothing.
        let filler = (1...520).map { ["项目" + String(UnicodeScalar(0x4E00 + $0)!), "无"] }
        XCTAssertFalse(try scan(html: filler + [["姓名", "王小明"]]).contains("name 姓名 high"))
        XCTAssertEqual(try scan(html: [["姓名", "王小明"]] + filler + [["姓名", "李华"]]), ["name 姓名 high", "name 姓名 high"])
        // A form's value left blank (曾用名 | | 性别 | 女) keeps its row a form's, not a header over
        // the rows below; a header with an empty column stays a header.
        let id = SyntheticID.find(region: "410105", birth: "20110915") { !$0.hasSuffix("X") }
        XCTAssertEqual(try scan(html: [["姓名", "张志强", "民族", "汉"], ["曾用名", "", "性别", "女"], ["出生日期", "2011-09-15", "公民身份号码", id]]),
                       ["name 姓名 high", "birth_date 出生日期 high", "cn_id 公民身份号码 high"])
        XCTAssertEqual(try scan(html: [["姓名", "", "联系电话", "备注"], ["王小明", "", "13812345678", "无"]]),
                       ["name 姓名 high", "mobile 联系电话 high"])
        // A form field with its own value (班级：高一(3)班) names nothing after it.
        XCTAssertEqual(try scan(html: [["班级：高一(3)班", "13812345678"]]), ["mobile - medium"])
    }

    private func scan(csv: String) throws -> [String] {
        let (_, found) = try ReadTestSupport.scanData(Array(csv.utf8), name: "f.csv")
        return found.map { "\($0.location.line ?? 0) \($0.kind.rawValue) \($0.location.field ?? "-") \($0.confidence)" }
    }

    func testAQuestionnairesNumberedQuestionsAreLabels() throws {
        // An answer page exported as question | answer: the question's number and a bracketed
        // note hold digits that are no value's.
        XCTAssertEqual(try scan(csv: "答卷详情（序号7）,\n1、学生姓名,毛铭泽\nQ3_监护人手机号,13812345678\n第4题：资助金发放银行卡号（19位）,6217001234567890122\n")
                        .filter { !$0.contains(" record ") },
                       ["2 name 学生姓名 high", "3 mobile 监护人手机号 high", "4 bank_card 资助金发放银行卡号（19位） high"])
        // A value with a digit is still no label, whatever word it holds (初一(3)班 holds 班).
        func core(_ text: String) -> Range<Int> { Array(text.utf8).withUnsafeBufferPointer { QuestionLabel.core(of: $0) } }
        XCTAssertEqual(core("初一(3)班"), 0..<"初一(3)班".utf8.count)
        XCTAssertEqual(core("(2) 家长姓名"), 4..<16)
        XCTAssertEqual(core("12345678"), 0..<8)
        // A marking platform's header of the question's number alone reads nothing past its end.
        XCTAssertEqual(core("第8题"), 0..<"第8题".utf8.count)
        XCTAssertEqual(core("第12题 作文"), "第12题 ".utf8.count..<"第12题 作文".utf8.count)
        XCTAssertEqual(try scan(csv: "考号,姓名,第1题,第2题\n2025010301,张梓涵,3,5\n"), ["2 name 姓名 high"])
    }

    func testAGradeOrRankBesideItsLabelIsAValue() throws {
        // 三年级 and 一级教师 hold labels' words (年级, 教师) but fill the fields in: the first row
        // is a form's, no header naming the columns after the pupil.
        XCTAssertEqual(try scan(csv: "学生姓名,冯宇轩,年级,三年级\n出生日期,2016-10-18,性别,女\n家长签字,冯永刚,日期,2024年9月3日\n"),
                       ["1 name 学生姓名 high", "2 birth_date 出生日期 high", "3 name 家长签字 high"])
        XCTAssertEqual(try scan(csv: "姓名,江振华,职称,一级教师\n出生年月,1986.05,手机,13812345678\n"),
                       ["1 name 姓名 high", "2 birth_date 出生年月 high", "2 mobile 手机 high"])
        for value in ["三年级", "三年级2班", "高一（3）班", "初二", "一级教师", "2021级"] {
            XCTAssertTrue(HeaderRowFinder.isGradeOrRank(value), value)
        }
        for label in ["年级", "所在年级", "班级", "教师姓名", "高级", "第一监护人"] {
            XCTAssertFalse(HeaderRowFinder.isGradeOrRank(label), label)
        }
    }

    /// A payee's form row: the bank beside the bank's label is its value, and the label read
    /// under the payee's is no name.
    func testAPayeesBankBesideItsLabel() throws {
        XCTAssertEqual(try scan(csv: "收款人,冯丽华,开户行,工商银行\n"), ["1 name 收款人 high"])
        XCTAssertEqual(try scan(csv: "姓名,冯丽华,开户行,中国建设银行郑州经三路支行\n"), ["1 name 姓名 high"])
        XCTAssertEqual(try scan(csv: "姓名,银行卡号,开户银行,金额\n王梓涵,6217000010012345678,工商银行,200\n"),
                       ["2 name 姓名 high", "2 bank_card 银行卡号 medium"])
    }

    /// A guide's column of examples (错误写法（示例）) holds made-up values; the column beside it
    /// is read.
    func testAColumnOfExamplesHoldsMadeUpValues() throws {
        XCTAssertEqual(try scan(csv: "错误写法（示例）,学生姓名\n八（3）班张浩宇，2011年3月生,王梓涵\n"), ["2 name 学生姓名 high"])
    }

    func testCSVFormsToo() throws {
        // A form saved as CSV: each value under the label before it, the label's field its own.
        XCTAssertEqual(try scan(csv: "登记表,,,\n姓名,王小明,性别,男\n联系电话,13812345678,母亲姓名,李秀英\n"),
                       ["2 name 姓名 high", "3 mobile 联系电话 high", "3 name 母亲姓名 high"])
        // Once a header with labels names the columns, values keep their column, and a value
        // that looks like a label (关系: 母亲) names nothing.
        XCTAssertEqual(try scan(csv: "关系,家长手机\n母亲,13812345678\n"), ["2 mobile 家长手机 high"])
        // Header-less data: no label, or one label-like value in a row of data (母亲 beside a
        // phone), so nothing changes.
        XCTAssertEqual(try scan(csv: "王小明,13812345678\n李华,母亲,13987654321\n"),
                       ["1 name - medium", "1 mobile - medium", "2 name - medium", "2 mobile - medium"])
        // A first row naming an office beside its label (谈话地点 | 德育处办公室, 学校 | …中学教务处)
        // is a form's row, no header making the column below the office's.
        XCTAssertEqual(try scan(csv: "谈话地点,德育处办公室\n学生姓名,王佳怡\n家长手机,13714028819\n"),
                       ["2 name 学生姓名 high", "3 mobile 家长手机 high"])
        XCTAssertEqual(try scan(csv: "学校,郑州市第八十九中学教务处\n家长手机,13714028819\n"), ["2 mobile 家长手机 high"])
        // An office's name that heads columns elsewhere (教务处) is the value of the label before it.
        XCTAssertEqual(try scan(csv: "姓名,冯丽华,部门,教务处\n"), ["1 name 姓名 high"])
        // A field's label (一年级 holds 年级) names no cell of a column that has a header.
        XCTAssertEqual(try scan(csv: "年级,班级数,家长\n一年级,5,13812345678\n"), ["2 mobile 家长 medium"])
        // A row naming two offices or more heads a table of them: their landlines are their own.
        let (_, offices) = try ReadTestSupport.scanData(Array("部门,教务处,德育处\n电话,0371-65501234,0371-65501235\n".utf8), name: "f.csv")
        XCTAssertEqual(offices.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.organisational)" },
                       ["landline 教务处 true", "landline 德育处 true"])
        // Past 16 records with no row of a form, the file is no form: labels are no longer looked for.
        let data = { (rows: Int) in String(repeating: "无,0371-65501234\n", count: rows) }
        XCTAssertEqual(try scan(csv: data(16) + "联系电话,13812345678,备注,无\n").filter { $0.hasPrefix("17 ") },
                       ["17 mobile - medium"])
        XCTAssertEqual(try scan(csv: "联系电话,13987654321\n" + data(15) + "联系电话,13812345678,备注,无\n").filter { $0.contains("mobile") },
                       ["1 mobile 联系电话 high", "17 mobile 联系电话 high"])
    }

    func testATablesSignOffRowIsReadAsLabelsAndValues() throws {
        func personal(html rows: [[String]]) throws -> [String] {
            let body = rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined()
            let (_, found) = try ReadTestSupport.scan(MemorySource(Array("<html><table>\(body)</table></html>".utf8), displayPath: "f.html"),
                                                      detectors: StandardDetectors.all())
            return found.filter { $0.kind != .record && !$0.organisational }.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" }
        }
        func personal(csv rows: [[String]]) throws -> [String] {
            let (_, found) = try ReadTestSupport.scanData(Array(rows.map { $0.joined(separator: ",") + "\n" }.joined().utf8), name: "f.csv")
            return found.filter { $0.kind != .record && !$0.organisational }.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" }
        }
        let roster = ["序号", "学生姓名", "班级", "家长姓名", "家长手机"]
        let pupil = ["1", "汪子墨", "三年级2班", "汪建国", "13912345678"]
        let found = ["name 学生姓名", "name 家长姓名", "mobile 家长手机"]
        // The office named after 制表：, and its landline after 联系电话：, are the table's
        // maker's, not a parent's under 家长手机.
        let made = ["制表：", "教务处", "", "联系电话：", "0371-65512368"]
        XCTAssertEqual(try personal(html: [roster, pupil, made]), found)
        XCTAssertEqual(try personal(csv: [roster, pupil, made]), found)
        XCTAssertEqual(try personal(csv: [roster, pupil, ["填报单位：金水区教育局（盖章）", "", "", "联系电话：0371-63912580", ""]]), found)
        // Signatures are read under their labels, whatever column they stand in.
        let signed = ["班主任签字：", "李静", "", "家委会代表：", "赵丽华"]
        XCTAssertEqual(try personal(html: [roster, pupil, signed]), found + ["name 班主任签字：", "name 家委会代表："])
        XCTAssertEqual(try personal(csv: [roster, pupil, signed]), found + ["name 班主任签字：", "name 家委会代表："])
        // A signers' label names every cell after it (a panel of judges), up to the next label.
        XCTAssertEqual(try personal(csv: [roster, pupil, ["评委签字：", "付丹丹", "曹秋菊", "严振华"]]),
                       found + ["name 评委签字：", "name 评委签字：", "name 评委签字："])
        // A person's label after the office: the values after it are the person's; a mobile
        // never the office's.
        XCTAssertEqual(try personal(html: [roster, pupil, ["填表人：王建军", "", "联系电话：0371-65956123"]]),
                       found + ["name 序号", "landline 班级"])
        XCTAssertEqual(try personal(html: [roster, pupil, ["制表：", "教务处", "手机：", "13812345678"]]), found + ["mobile 手机："])
        XCTAssertEqual(try personal(html: [roster, pupil, ["制表：", "教务处", "家长电话：", "0371-65512368"]]), found + ["landline 家长电话："])
        // A row of data that merely names a school keeps its columns.
        XCTAssertEqual(try personal(html: [["学校", "联系电话"], ["经三路小学", "0371-65512368"], ["纬五路小学：", "0371-65512369"]]), [])
    }

    /// A form of an organisation's particulars (a travel agency's, a supplier's): the values
    /// under its labels after the row naming it are its own, until a person's label.
    func testAFormOfAnOrganisationsParticularsGivesItsOwnContacts() throws {
        func personal(csv rows: [[String]]) throws -> [String] {
            let (_, found) = try ReadTestSupport.scanData(Array(rows.map { $0.joined(separator: ",") + "\n" }.joined().utf8), name: "f.csv")
            return found.filter { $0.kind != .record && !$0.organisational }.map { "\($0.kind.rawValue) \($0.value)" }
        }
        let agency = [["单位名称", "河南中旅国际旅行社有限公司"], ["统一社会信用代码", "91410100MA44X7K23Q"], ["联系电话", "0371-65887766"]]
        XCTAssertEqual(try personal(csv: agency), [])
        let body = agency.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined()
        let (_, inHTML) = try ReadTestSupport.scan(MemorySource(Array("<html><table>\(body)</table></html>".utf8), displayPath: "f.html"),
                                                   detectors: StandardDetectors.all())
        XCTAssertEqual(inHTML.filter { !$0.organisational }.map(\.value), [])
        XCTAssertEqual(try personal(csv: agency + [["联系人", "王建军"], ["手机", "13812345678"]]), ["name 王建军", "mobile 13812345678"])
        // A person's form keeps its contacts, its employer named or not.
        XCTAssertEqual(try personal(csv: [["姓名", "王建军"], ["联系电话", "0371-65887766"]]), ["name 王建军", "landline 0371-65887766"])
        XCTAssertEqual(try personal(csv: [["姓名", "金娜"], ["工作单位", "中牟县韩寺镇中心小学"], ["电子邮箱", "zmyw202@126.com"]]),
                       ["name 金娜", "email zmyw202@126.com"])
    }

    func testAFormsFirstRowNamingItsSchoolOrItsKindIsNoHeader() throws {
        // 学校 | 郑州外国语学校: a school whose name ends in the label's word, 学校, opened by a
        // place's name; 单位性质 | 事业单位: a filing form's kind of unit.
        XCTAssertEqual(try scan(html: [["学校", "郑州外国语学校", "年级", "高一"], ["姓名", "蔡思远", "性别", "男"], ["家长手机", "13812345678"]]),
                       ["name 姓名 high", "mobile 家长手机 high"])
        XCTAssertEqual(try scan(html: [["单位性质", "事业单位"], ["网络安全责任人", "于永刚"], ["手机", "15805317767"]]),
                       ["name 网络安全责任人 high", "mobile 手机 high"])
        // Two places named (出险地点, 就诊医院), an amount beside its label: still a form.
        XCTAssertEqual(try scan(html: [["出险地点", "西安市碑林区西安碑林博物馆", "就诊医院", "西安市红会医院"], ["领款人", "邓丽娟", "与被保险人关系", "父女"],
                                       ["开户行", "中国工商银行郑州文化路支行", "申请金额", "986.50元"], ["申请人签名", "薛振华", "日期", "2024年12月5日"]]),
                       ["name 领款人 high", "name 申请人签名 high"])
        // A header of schools' names stays a header.
        XCTAssertEqual(try scan(html: [["就读学校", "姓名", "手机"], ["郑州外国语学校", "蔡思远", "13812345678"]]),
                       ["name 姓名 high", "mobile 手机 high"])
    }
}
