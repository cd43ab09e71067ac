import XCTest
@testable import LeakScan

/// Records what the engine tells detectors about each piece's column.
final class ColumnRecorder: @unchecked Sendable {
    var seen: [(tableCell: Bool, hints: ContextHints)] = []
}

final class ColumnRecordingDetector: Detector, @unchecked Sendable {
    let recorder: ColumnRecorder
    init(recorder: ColumnRecorder) {
        self.recorder = recorder
        super.init(trigger: .number)
    }
    override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        recorder.seen.append((context.isTableCell, context.columnHints))
    }
}

final class CSVReaderTests: XCTestCase {
    typealias Expected = (value: String, line: Int, column: Int, field: String?)

    func assertFindings(_ findings: [Finding], _ expected: [Expected], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(findings.map(\.value), expected.map(\.value), file: file, line: line)
        XCTAssertEqual(findings.map { $0.location.line }, expected.map(\.line), file: file, line: line)
        XCTAssertEqual(findings.map { $0.location.column }, expected.map(\.column), file: file, line: line)
        XCTAssertEqual(findings.map { $0.location.field }, expected.map(\.field), file: file, line: line)
    }

    /// The four people of the fixtures, one per line from line 2, ID in column 2, mobile in column 3.
    let roster: [Expected] = [
        ("11010120080307012X", 2, 2, "身份证号"), ("13812345678", 2, 3, "家长手机"),
        ("410105200906150276", 3, 2, "身份证号"), ("13987654321", 3, 3, "家长手机"),
        ("110101200711220354", 4, 2, "身份证号"), ("13800001111", 4, 3, "家长手机"),
        ("410105200801010488", 5, 2, "身份证号"), ("13911112222", 5, 3, "家长手机"),
    ]

    func testExcelGBKCSV() throws {
        for chunk in [nil, 64, 71, 100] {
            let (summary, findings) = try ReadTestSupport.scanFixture("excel_gbk.csv", chunkSize: chunk)
            XCTAssertEqual(summary, ReadSummary(format: .delimited(delimiter: UInt8(ascii: ",")), encoding: .gb18030))
            assertFindings(findings, roster)
            try ReadTestSupport.assertSpans(findings, in: try ReadTestSupport.bytes("excel_gbk.csv"), encoding: "GB18030")
        }
    }

    func testUTF8BOMCSV() throws {
        let (summary, findings) = try ReadTestSupport.scanFixture("utf8_bom.csv")
        XCTAssertEqual(summary, ReadSummary(format: .delimited(delimiter: UInt8(ascii: ",")), encoding: .utf8BOM))
        assertFindings(findings, roster)
        try ReadTestSupport.assertSpans(findings, in: try ReadTestSupport.bytes("utf8_bom.csv"), encoding: "UTF-8")
    }

    func testTSV() throws {
        let (summary, findings) = try ReadTestSupport.scanFixture("roster.tsv")
        XCTAssertEqual(summary, ReadSummary(format: .delimited(delimiter: 0x09), encoding: .utf8))
        assertFindings(findings, roster)
    }

    func testSemicolonAndPipe() throws {
        let (s1, f1) = try ReadTestSupport.scanFixture("semicolon.csv")
        XCTAssertEqual(s1.format, .delimited(delimiter: UInt8(ascii: ";")))
        assertFindings(f1, roster)
        let (s2, f2) = try ReadTestSupport.scanFixture("pipe.txt")
        XCTAssertEqual(s2.format, .delimited(delimiter: UInt8(ascii: "|")))
        assertFindings(f2, roster)
    }

    func testExcelUnicodeText() throws {
        for chunk in [nil, 64, 90] {
            let (summary, findings) = try ReadTestSupport.scanFixture("excel_unicode.txt", chunkSize: chunk)
            XCTAssertEqual(summary, ReadSummary(format: .delimited(delimiter: 0x09), encoding: .utf16LE))
            assertFindings(findings, roster)
            try ReadTestSupport.assertSpans(findings, in: try ReadTestSupport.bytes("excel_unicode.txt"), encoding: "UTF-16")
        }
    }

    func testQuotedMultilineFields() throws {
        // 姓名,备注,身份证号,家长手机 / 张伟,"住址：东城区,\n电话 138…",ID,138… / 李娜,"他说""联系 139…""",ID,139…
        let expected: [Expected] = [
            ("13812345678", 3, 2, "备注"), ("11010120080307012X", 3, 3, "身份证号"), ("13812345678", 3, 4, "家长手机"),
            ("13987654321", 4, 2, "备注"), ("410105200906150276", 4, 3, "身份证号"), ("13987654321", 4, 4, "家长手机"),
            ("110101200711220354", 5, 3, "身份证号"), ("13800001111", 5, 4, "家长手机"),
        ]
        for chunk in [nil, 64, 65, 80, 113] {
            let (_, findings) = try ReadTestSupport.scanFixture("quoted_multiline.csv", chunkSize: chunk)
            assertFindings(findings, expected)
            try ReadTestSupport.assertSpans(findings, in: try ReadTestSupport.bytes("quoted_multiline.csv"), encoding: "UTF-8")
        }
    }

    func testQuotingCases() throws {
        let csv = "id,\"note, with comma\",phone\r\n"
            + "1,\"a \"\"quoted\"\" 13812345678\",\"13987654321\"\r\n"
            + "2,\"line one\r\nline two 13800001111\r\nline three\",13911112222\r\n"
            + "3,,\"\"\r\n"
            + "4,\"unterminated 13800002222"
        let (summary, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "q.csv"))
        XCTAssertEqual(summary.format, .delimited(delimiter: UInt8(ascii: ",")))
        assertFindings(findings, [
            ("13812345678", 2, 2, "note, with comma"), ("13987654321", 2, 3, "phone"),
            ("13800001111", 4, 2, "note, with comma"), ("13911112222", 5, 3, "phone"),
            ("13800002222", 7, 2, "note, with comma"),
        ])
        let bytes = Array(csv.utf8)
        for f in findings { XCTAssertEqual(String(decoding: bytes[f.sourceRange], as: UTF8.self), f.value) }
    }

    func testNumbersInExponentFormAreWrittenOut() throws {
        // pandas writes a column of IDs it read as floating point in exponent form, Excel a
        // number column with format 0 as the 15 digits it kept and zeros.
        let csv = "姓名,身份证号,电话,备注\n"
            + "张伟,4.10105200803121e+17,1.3812345678E+10,3 Lane\n"
            + "李娜,410105200803121000,13987654321,1e5\n"
        let findings = try numberFindings(csv)
        XCTAssertEqual(findings.map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0):\($0.location.column ?? 0)" },
                       ["cn_id_truncated 410105200803121000 2:2", "mobile 13812345678 2:3",
                        "cn_id_truncated 410105200803121000 3:2", "mobile 13987654321 3:3"])
        // A value found in a rewritten cell spans the whole cell as written.
        let bytes = Array(csv.utf8)
        XCTAssertEqual(findings.prefix(2).map { String(decoding: bytes[$0.sourceRange], as: UTF8.self) },
                       ["4.10105200803121e+17", "1.3812345678E+10"])
    }

    func testWholeNumbersWrittenAsFloatsAreRead() throws {
        // pandas writes a column of integers with a blank among them as floats.
        let csv = "姓名,联系电话,身份证号,成绩\n童一鸣,13812345678.0,,95.0\n李娜,,410105200803121237,88.5\n"
        XCTAssertEqual(try numberFindings(csv).map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0)" },
                       ["mobile 13812345678 2", "cn_id 410105200803121237 3"])
        let bytes = Array(csv.utf8)
        XCTAssertEqual(try numberFindings(csv).first.map { String(decoding: bytes[$0.sourceRange], as: UTF8.self) }, "13812345678.0")
    }

    func testNumbersWithLostDigitsAreNoPhonesAndMostOfACard() throws {
        // Zeros for lost digits: a narrow column's display (six digits kept) is no phone and no
        // card; a card Excel stored as a number keeps 15 digits, most of it, whatever Luhn says.
        let csv = "姓名,手机,银行卡号\n"
            + "张伟,1.38123E+10,6.22202E+18\n"
            + "李娜,1.3812345678E+10,6.22202123456789E+18\n"
        XCTAssertEqual(try numberFindings(csv).map { "\($0.kind.rawValue) \($0.value) \($0.confidence) \($0.location.line ?? 0)" },
                       ["mobile 13812345678 high 3", "bank_card 6222021234567890000 medium 3"])
    }

    /// The findings of `csv` but its names and records: the numbers found.
    private func numberFindings(_ csv: String) throws -> [Finding] {
        let (_, found) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "e.csv"), detectors: StandardDetectors.all())
        return found.filter { $0.kind != .record && $0.kind != .name }
    }

    func testFullwidthDigitsAreFoundAtTheirPlaceInEveryEncoding() throws {
        let csv = "姓名,家长手机,备注\n张伟,１３８１２３４５６７８,身份证４１０１０５２００８０３１２１２３７\n李娜,13987654321,无\n"
        let written = ["１３８１２３４５６７８", "４１０１０５２００８０３１２１２３７", "13987654321"]
        for encoding in ["UTF-8", "GB18030", "UTF-16"] {
            let bytes = encoding == "UTF-8" ? Array(csv.utf8) : try ReadTestSupport.encode(csv, to: encoding)
            for chunk in [nil, 70] {
                let (_, found) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "f.csv"), chunkSize: chunk)
                XCTAssertEqual(found.map(\.value), ["13812345678", "410105200803121237", "13987654321"], encoding)
                XCTAssertEqual(found.map { $0.location.column }, [2, 3, 2], encoding)
                XCTAssertEqual(try found.map { try ReadTestSupport.decode(bytes[$0.sourceRange], from: encoding) }, written, encoding)
            }
        }
    }

    func testAFirstRowHoldingPersonalDataIsNotTheHeader() throws {
        // (`name` then a value reads as a form's label and its value: the label names the value
        // beside it, not the column under it.)
        let csv = "name,13812345678\nzhang,13987654321\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "h.csv"))
        assertFindings(findings, [("13812345678", 1, 2, "name"), ("13987654321", 2, 2, nil)])
    }

    func testATitleAboveTheHeaderIsNotTheHeader() throws {
        let csv = "2024学年期中成绩排名（前36名）\n名次,考生姓名,手机\n1,蒋文茜,13812345678\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "t.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" },
                       ["name 考生姓名", "mobile 手机"])
    }

    func testAHeaderOfTwoRowsNamesColumnsAfterBoth() throws {
        // Excel's CSV of a roster whose group titles were merged cells: the cells a merge covers are empty.
        let csv = "序号,学生信息,,,家长信息,,\r\n,姓名,身份证号,出生日期,姓名,关系,联系电话\r\n"
            + "1,张伟,410105200803121237,2008-03-12,张建国,父子,13812345678\r\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "g.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.confidence)" },
                       ["name 学生信息/姓名 high", "cn_id 学生信息/身份证号 high", "birth_date 学生信息/出生日期 high",
                        "name 家长信息/姓名 high", "mobile 家长信息/联系电话 high"])
        // A title and a date above the header.
        let titled = "2024级学生花名册,,,制表日期：2024年9月1日\n姓名,身份证号,出生日期,家长电话\n张伟,410105200803121237,2008-03-12,13812345678\n"
        let (_, more) = try ReadTestSupport.scan(MemorySource(titled, displayPath: "t.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(more.filter { $0.kind != .record }.map(\.location.field),
                       ["2024级学生花名册/姓名", "2024级学生花名册/身份证号", "2024级学生花名册/出生日期", "制表日期：2024年9月1日/家长电话"])
    }

    func testTitleAndFormLinesAboveTheHeader() throws {
        // Excel's CSV of a sheet with a title row, a date row and a row of form fields.
        let csv = "郑州市第X中学2024级新生信息登记表,,,\n填表日期：2024年9月1日,,,\n学校：第X中学,,填表人：李老师,\n"
            + "序号,姓　名,\"出生\n日期\",身份证号\n1,张伟,2008-03-12,410105200803121237\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "t.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.confidence)" },
                       ["name 姓名 high", "birth_date 出生日期 high", "cn_id 身份证号 high"])
    }

    /// A staff member's field above a dormitory's table, whose first column's word (楼栋) is no
    /// name: the header still names the columns.
    func testAStaffFieldAboveAHeaderOpeningWithABuilding() throws {
        let csv = "宿管员：夏晓燕,,\n楼栋,姓名,出生日期\n3号楼,侯天佑,2011-04-15\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "beds.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" },
                       ["name 夏晓燕 -", "name 侯天佑 姓名", "birth_date 2011-04-15 出生日期"])
    }

    func testAOneColumnTableIsNamedByItsFirstRow() throws {
        let (_, findings) = try ReadTestSupport.scan(MemorySource("家长手机,\n13812345678,\n13987654321,\n", displayPath: "o.csv"))
        XCTAssertEqual(findings.map(\.location.field), ["家长手机", "家长手机"])
        // A sheet's title over a template's note is no column's name: the header comes after.
        let (_, template) = try ReadTestSupport.scan(MemorySource("子女教育支出信息\n请勿修改表头\n姓名,身份证号,出生日期\n王建华,410105198203121233,1982-03-12\n",
                                                                  displayPath: "t.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(template.filter { $0.kind == .birthDate }.map(\.location.field), ["出生日期"])
    }

    func testAListOfSchoolsHoldsTheirOwnContactDetails() throws {
        func described(_ csv: String) throws -> [String] {
            try ReadTestSupport.scan(MemorySource(csv, displayPath: "s.csv"), detectors: StandardDetectors.all()).1
                .map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" }
        }
        // Organisations named, no person: their phones, e-mails and addresses are their own.
        XCTAssertEqual(try described("学校名称,地址,联系电话,邮箱\n郑州市第一中学,郑州市金水区文化路80号,0371-65501234,zz1z@163.com\n"),
                       ["address org", "landline org", "email org"])
        XCTAssertEqual(try described("科室,电话\n教务处,0371-65501234\n德育处,13812345678\n"), ["landline org", "mobile org"])
        XCTAssertEqual(try described("学校,地址,联系电话\n郑州市第七中学,郑州市金水区经三路北段76号,0371-65551234\n"),
                       ["address org", "landline org"])
        XCTAssertEqual(try described("考点,联系电话\n郑州市第七中学,0371-65551234\n"), ["landline org"])
        // A remark that names a person's number is that person's (a canteen's ledger of suppliers).
        XCTAssertEqual(try described("供应商,备注\n郑州市绿源蔬菜配送有限公司,退餐费 家长电话18602025748\n"), ["mobile personal"])
        // A company's mentor or contact: their mobiles are their own (a 校企合作 list).
        XCTAssertEqual(try described("实习单位,企业导师,导师手机\n河南恒达汽车销售服务有限公司,江一鸣,19986493962\n"),
                       ["name personal", "mobile personal", "record personal"])
        // A roster's school column names the pupil's school: the parents' phones stay theirs.
        XCTAssertEqual(try described("姓名,学校,家长电话\n张梓涵,郑州市第七中学,13812345678\n"),
                       ["name personal", "mobile personal", "record personal"])
        // A contact person's mobile is theirs; the landline beside their name is still the school's,
        // unless the contact is no staff member's (班主任 is a class's, not an office's).
        XCTAssertEqual(try described("单位名称,联系人,联系电话\n郑州市第一中学,王建华,13812345678\n"),
                       ["name personal", "mobile personal", "record personal"])
        XCTAssertEqual(try described("学校,报名人数,联系人,联系电话\n郑州市第四中学,530,招生办,0371-66232110\n郑州市第七中学,412,王建华,0371-65932100\n"),
                       ["landline org", "name personal", "landline org"])
        XCTAssertEqual(try described("供应商名称,联系人,公司电话,地址\n新郑市粮油贸易有限公司,蔡俊杰,0371-62345678,新郑市中华北路108号\n"),
                       ["name personal", "landline org", "address org"])
        XCTAssertEqual(try described("单位名称,班主任,联系电话\n郑州市第一中学,王建华,0371-66232111\n"),
                       ["name personal", "landline personal", "record personal"])
        // Any other column about a person makes them personal again.
        XCTAssertEqual(try described("学校名称,校长,电话\n郑州市第一中学,王建华,13812345678\n"),
                       ["name personal", "mobile personal", "record personal"])
        XCTAssertEqual(try described("学校名称,身份证号,联系电话\n郑州市第一中学,11010120080307012X,13812345678\n"),
                       ["cn_id personal", "mobile personal"])
        // An office's phone column names no organisation: a staff directory's mobiles are theirs,
        // its office's landline the office's.
        XCTAssertEqual(try described("学科,教研员,办公电话,手机\n小学语文,韦志强,0371-62191562,13352287320\n"),
                       ["name personal", "landline org", "mobile personal", "record personal"])
    }

    func testATemplatesExampleRowIsNoOnesData() throws {
        func described(_ csv: String) throws -> [String] {
            try ReadTestSupport.scan(MemorySource(csv, displayPath: "t.csv"), detectors: StandardDetectors.all()).1
                .map { "\($0.kind.rawValue) \($0.value)" }
        }
        // A row marked 示例 or 样例 in any cell is a template's example: its values are made up.
        let header = "学籍号,姓名,性别,出生日期,家长手机\n"
        XCTAssertEqual(try described(header + "G410105201201010000（示例）,张三,男,2012-01-01,13800000000\n"), [])
        XCTAssertEqual(try described(header + "样例,李四,女,2012-03-05,13800138000\n"), [])
        // The rows under it are data.
        XCTAssertEqual(try described(header + "示例,张三,男,2012-01-01,13800000000\n,王梓涵,女,2012-03-05,13912345678\n"),
                       ["name 王梓涵", "birth_date 2012-03-05", "mobile 13912345678", "record "])
    }

    func testAStatisticsTablesFooterGivesTheOfficesContactDetails() throws {
        func described(_ csv: String) throws -> [String] {
            try ReadTestSupport.scan(MemorySource(csv, displayPath: "s.csv"), detectors: StandardDetectors.all()).1
                .map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" }
        }
        // Counts and no person: the footer's landline is the office's, a mobile the person's.
        XCTAssertEqual(try described("年级,班级数,人数\n一年级,5,424\n填报人：教务处,,联系电话：0371-65932100\n"), ["landline org"])
        XCTAssertEqual(try described("年级,班级数,人数\n一年级,5,424\n填报人：教务处,,手机：13812345678\n"), ["mobile personal"])
        // Groups of people counted (留守儿童) and 男 | 女 beside a count (no form's value) leave it one.
        XCTAssertEqual(try described("年级,班级数,男,女,合计,留守儿童\n一年级,5,216,208,424,17\n填报人：教务处,,,,,联系电话：0371-65932100\n"),
                       ["landline org"])
        // Pupils counted by where their household is registered (户籍来源): a group, no one's home.
        XCTAssertEqual(try described("户籍来源,小学一年级,合计\n省内,300,500\n填报单位：金水区教育局基础教育科（盖章）　联系电话：0371-63952271\n"),
                       ["landline org"])
        // A blank template's header: a route (常乘线路) after the home's address is a field, no address.
        XCTAssertEqual(try described("姓名,家庭住址,常乘线路,公交线路\n"), [])
        // A column of staff (学籍管理员) beside the schools': their mobiles are their own.
        XCTAssertEqual(try described("学校,学籍管理员,手机\n金水区文化路第一小学,杜雪梅,15262768110\n"), ["name personal", "mobile personal", "record personal"])
        // A count of pupils (学生总数) names no one; a count's header ending in 数 counts.
        XCTAssertEqual(try described("年级,班级数,学生总数\n一年级,6,270\n,,0371-65501234\n"), ["landline org"])
        XCTAssertEqual(try described("学校名称,在校生数,送教上门\n金水区特殊教育学校,286,41\n单位负责人：,,电话：0371-65591234\n"), ["landline org"])
        // A report's filer that is an office gives the row of its form's fields the office's phone.
        XCTAssertEqual(try described("填报单位：安全办公室,,联系电话：0371-65501208\n项目,本月,累计\n事故,0,1\n"), ["landline org"])
        XCTAssertEqual(try described("填报人：王建国,,联系电话：0371-65501208\n项目,本月,累计\n事故,0,1\n"),
                       ["name personal", "landline personal", "record personal"])
        // A table that counts nothing is no statistics sheet (a key and its value).
        XCTAssertEqual(try described("序号,内容\n1,联系电话：0371-65932100\n"), ["landline personal"])
        // A summary row's counts under a name column are no names.
        XCTAssertEqual(try described("学生,家长手机\n张子墨,15218951439\n应交,2\n实交,1\n"), ["name personal", "mobile personal", "record personal"])
        // Birth dates counted by month are a distribution's groups; beside a name, a person's.
        XCTAssertEqual(try described("出生年月,人数\n2012年1月,4\n2012年2月,6\n"), [])
        XCTAssertEqual(try described("姓名,出生年月,平均分\n王梓涵,2012年1月,92\n"), ["name personal", "birth_date personal", "record personal"])
    }

    func testAFinanceReportsFooterGivesTheOfficesPhone() throws {
        // Accounts and amounts, a year's total (本年累计): the footer's phone is the office's.
        let csv = "科目编码,科目名称,本月收入,本月支出,本年累计\n2010101,学费收入,125000.00,0,980000.00\n"
            + "报送日期：2025-10-08,,联系电话：0371-63912346,,\n"
        let (_, found) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "r.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.organisational)" }, ["landline true"])
    }

    func testTwoLabelsApartAreAHeaderUnlessTheSecondIsTheFirstsValue() throws {
        func described(_ csv: String) throws -> [String] {
            try ReadTestSupport.scan(MemorySource(csv, displayPath: "h.csv"), detectors: StandardDetectors.all()).1
                .filter { $0.kind == .name }.map { "\($0.value) \($0.location.field ?? "-") \($0.confidence)" }
        }
        // 回执 is no name: 姓名 heads a column (a receipt list of two pupils passed check).
        XCTAssertEqual(try described("姓名,回执\n张子墨,已交\n郭语嫣,未交\n"), ["张子墨 姓名 high", "郭语嫣 姓名 high"])
        // A name beside 姓名 is a form's value, an office beside 经办人 too.
        XCTAssertEqual(try described("姓名,王小明\n性别,男\n"), ["王小明 姓名 high"])
        XCTAssertEqual(try described("经办人,教务处\n日期,2024-11-20\n"), [])
    }

    /// A header whose known labels alternate with words no detector looks for is no form's row
    /// when those words are columns of their own (名称, 数量: a list of goods and their suppliers).
    func testAListOfGoodsHasAHeaderAndItsSuppliersContactDetails() throws {
        let csv = "序号,项目名称,规格型号,单位,数量,单价（元）,供应商,联系电话\n"
            + "1,多媒体一体机,86英寸,台,12,15800.00,郑州市教育装备有限公司,0371-65501234\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "b.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(findings.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.organisational ? "org" : "personal")" },
                       ["landline 联系电话 org"])
        let suppliers = "序号,供应商名称,联系电话\n1,郑州市金水区文华文具店,0371-63981234\n"
        let (_, listed) = try ReadTestSupport.scan(MemorySource(suppliers, displayPath: "s.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(listed.map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" }, ["landline org"])
        // A column that says nothing of a table of organisations holds theirs too.
        let hospitals = "医院,电话,备注\n河南省人民医院急诊科,0371-65580120,纬五路7号\n"
        let (_, plan) = try ReadTestSupport.scan(MemorySource(hospitals, displayPath: "h.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(plan.map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" }, ["landline org", "address org"])
    }

    func testQuantitiesWithTheirUnitsMakeAHeaderNotAForm() throws {
        // Known labels (户号, a code) beside unknown ones would read as a form's labels and
        // values; a quantity with its unit in brackets is a column's name.
        let csv = "月份,电费户号,用电量（kWh）,电费（元）,水费户号,用水量（吨）\n1月,4110150023456,89992,58683.78,0102003456,5150\n"
        let (_, found) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "u.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.map(\.value), [])
        XCTAssertTrue(HeaderRowFinder.endsWithUnit("身高(cm)"))
        XCTAssertFalse(HeaderRowFinder.endsWithUnit("（备注）"))
        XCTAssertFalse(HeaderRowFinder.endsWithUnit("王小明（郑州市第一中学）"))
    }

    func testTheDaysOfTheWeekBesideAPersonsLabelAreAHeader() throws {
        // A duty roster's header (周 is a surname): the days are the columns, not names.
        let roster = "值班人员,周一,周二,周三\n行政,王老师,李老师,张老师\n"
        let (_, found) = try ReadTestSupport.scan(MemorySource(roster, displayPath: "z.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.map(\.value), [])
        // Under a name header, 周一 is a pupil's name.
        let (_, named) = try ReadTestSupport.scan(MemorySource("姓名,性别\n周一,男\n", displayPath: "n.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(named.map(\.value), ["周一"])
    }

    func testTheAuthorsOfPublishedWorksAreNoPersonalData() throws {
        func names(_ csv: String) throws -> [String] {
            try ReadTestSupport.scan(MemorySource(csv, displayPath: "b.csv"), detectors: StandardDetectors.all()).1
                .filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(try names("ISBN,书名,作者,出版社\n978-7-5302-1688-1,活着,余华,作家出版社\n978-7-5007-8903-5,草房子,曹文轩,江苏少年儿童出版社\n"), [])
        XCTAssertEqual(try names("篇目,作者,朝代\n静夜思,李白,唐\n春望,杜甫,唐\n"), [])
        // A class anthology's contents: its authors are pupils, their class beside them.
        XCTAssertEqual(try names("篇目,作者,班级\n《外婆的菜园》,程梓萱,六（2）班\n《我的妹妹》,蒋欣悦,五（1）班\n"), ["程梓萱", "蒋欣悦"])
        // A library's catalogue (题名, 责任者) and a reading list's translators.
        XCTAssertEqual(try names("题名,责任者,出版社\n我要做好孩子,黄蓓佳,江苏少年儿童出版社\n霹雳贝贝,张之路,中国少年儿童出版社\n鼹鼠的月亮河,王一梅,明天出版社\n"), [])
        XCTAssertEqual(try names("书名,作者,译者,出版社\n小王子,圣埃克苏佩里,马振骋,人民文学出版社\n昆虫记,法布尔,陈筱卿,人民教育出版社\n一百条裙子,埃莉诺·埃斯特斯,袁颖,新蕾出版社\n"), [])
        // A competition's list of pupils' works names its pupils.
        XCTAssertEqual(try names("作品名称,作者,班级\n我的家乡,张梓涵,三年级2班\n"), ["张梓涵"])
    }

    func testAQuantitysLabelIsNoFormsValue() throws {
        // 班级 | 书名 and 应还日期 | 超期天数 are no form's label and value: 超期天数 names a quantity.
        let csv = "借阅人,班级,书名,应还日期,超期天数\n范欣然,八年级(1)班,三体,2024-11-03,27\n雷子墨,八年级(1)班,平凡的世界,2024-11-04,26\n"
        let (_, found) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "o.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.filter { $0.kind == .name }.map { "\($0.value) \($0.location.field ?? "-")" }, ["范欣然 借阅人", "雷子墨 借阅人"])
    }

    func testCodesLabelsBesideWordsWithoutDigitsAreAHeader() throws {
        // A code's value holds digits: 设备编号 | 隐患描述 and job_id | start_time are a header's
        // columns, no form's pairs, and the codes under them shaped like mobiles are codes.
        for csv in ["序号,排查部位,设备编号,隐患描述,责任部门\n1,教学楼,JX-LT-0012,电梯异响,总务处\n2,食堂,13811040021,灭火器过期,总务处\n",
                    "job_id,start_time,size_bytes,status\n15124010123,2024-11-01 02:00:01,1532098344,OK\n"] {
            let (_, found) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "c.csv"), detectors: StandardDetectors.all())
            XCTAssertEqual(found.map(\.kind), [], csv)
        }
    }

    func testAFormsLabelsAreNoValues() throws {
        // A form's labels beside their values: 邮编 is no part of the address before it, 家长信息
        // (a group's title over the parents' columns) no name.
        let form = "学生姓名,滕宇轩,性别,男\n家庭住址,新密市米村镇拐峪村五组,邮编,452370\n所在社区,拐峪村,宅电,0371-69881234\n"
        let (_, found) = try ReadTestSupport.scan(MemorySource(form, displayPath: "f.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" },
                       ["name 滕宇轩 学生姓名", "address 新密市米村镇拐峪村五组 家庭住址", "landline 0371-69881234 宅电"])
        let grouped = "学校：郑州市第四十七中学,,,填表人：黄老师\n,学生信息,,家长信息\n序号,姓名,性别,联系电话\n1,姜沐阳,男,13812345678\n"
        let (_, rows) = try ReadTestSupport.scan(MemorySource(grouped, displayPath: "g.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(rows.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value)" }, ["name 姜沐阳", "mobile 13812345678"])
    }

    /// A teacher's form: the subject taught beside its label (任教学科 | 初中英语), and the school
    /// beside its own, make no header row, whose school would have made the teacher's mobile
    /// and home below the school's. An office's cue in a cell before a person's name leaves the
    /// mobile after the name the person's.
    func testATeachersFormRowsOfSchoolAndSubjectAreNoHeader() throws {
        let address = "河南省郑州市金水区文化路88号阳光小区3号楼2单元502室"
        for rows in [["工作单位,郑州市第八中学,任教学科,初中英语"], ["任教学科,初中英语,工作单位,郑州市第八中学"]] {
            let form = (["姓名,白慧雅,性别,女"] + rows + ["手机号码,13812345678,职称,一级教师", "家庭住址,\(address),,"]).joined(separator: "\n")
            let found = try ReadTestSupport.scanData(Array(form.utf8), name: "f.csv").1
            XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" },
                           ["name 白慧雅 姓名", "mobile 13812345678 手机号码", "address \(address) 家庭住址"], rows[0])
        }
        let remark = try ReadTestSupport.scanData(Array("序号,备注\n1,会务组：潘卫俊  电话：15901577945\n".utf8), name: "r.csv").1
        XCTAssertEqual(remark.map { "\($0.kind.rawValue) \($0.value) \($0.organisational)" }, ["name 潘卫俊 false", "mobile 15901577945 false"])
        let school = try ReadTestSupport.scanData(Array("姓名,备注\n王梓涵,报名咨询电话：18712345678\n".utf8), name: "r.csv").1
        XCTAssertEqual(school.map { "\($0.kind.rawValue) \($0.value) \($0.organisational)" }, ["name 王梓涵 false", "mobile 18712345678 true"])
    }

    func testAFirstRowWithANameShapedCellIsNoHeader() throws {
        // No header, no other personal data: before, the first row named the columns, and its
        // name was missed, and shown as the field of the others.
        let csv = "张梓涵,一班\n李浩然,一班\n王一诺,二班\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "n.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(findings.map(\.value), ["张梓涵", "李浩然", "王一诺"])
        XCTAssertEqual(findings.map(\.location.field), [nil, nil, nil])
        // A header of labels is still a header.
        let labelled = "姓名,班级\n李浩然,一班\n"
        let (_, under) = try ReadTestSupport.scan(MemorySource(labelled, displayPath: "l.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(under.map { "\($0.value) \($0.location.field ?? "-")" }, ["李浩然 姓名"])
    }

    func testAHeaderWithAWordThatLooksLikeANameIsStillTheHeader() throws {
        // 银行卡 and 曾用名 open with surnames (银, 曾), as do 房号 and 宿管: taken for names, they
        // made the header a row of data, and the table lost its columns (a student-aid list
        // under 银行卡 passed clean).
        func fields(_ csv: String) throws -> [String] {
            let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "h.csv"), detectors: StandardDetectors.all())
            return findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" }
        }
        XCTAssertEqual(try fields("学生姓名,银行卡,金额\n柳雨萌,6217007978910244858,500\n"),
                       ["name 柳雨萌 学生姓名", "bank_card 6217007978910244858 银行卡"])
        XCTAssertEqual(try fields("姓名,曾用名,班级\n柳雨萌,柳萌萌,三年级2班\n"), ["name 柳雨萌 姓名", "name 柳萌萌 曾用名"])
        XCTAssertEqual(try fields("姓名,房号,备注\n柳雨萌,301,无\n黎子昂,302,无\n"), ["name 柳雨萌 姓名", "name 黎子昂 姓名"])
        XCTAssertEqual(try fields("户名,帐号\n柳雨萌,6217007978910244858\n"),
                       ["name 柳雨萌 户名", "bank_card 6217007978910244858 帐号"])
        // Half of it labels, the rest vaccines, one shaped like a name (麻腮风, 麻 a surname).
        XCTAssertEqual(try fields("姓名,出生日期,乙肝疫苗,麻腮风\n王梓涵,2009/08/29,√,√\n"),
                       ["name 王梓涵 姓名", "birth_date 2009/08/29 出生日期"])
    }

    func testAHeaderlessRosterGivesNamesAndRecordsFromItsFirstRow() throws {
        let csv = "张伟,男,11010120080307012X\n李娜,女,13987654321\n"
        let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "r.csv"), detectors: StandardDetectors.all())
        XCTAssertEqual(findings.map(\.kind), [.name, .cnID, .record, .name, .mobile, .record])
        XCTAssertEqual(findings.filter { $0.kind == .record }.map(\.location.line), [1, 2])
        XCTAssertEqual(findings.filter { $0.kind == .record }.map(\.joins), [[.name, .cnID], [.name, .mobile]])
    }

    func testOneColumnObjectPerColumn() throws {
        let recorder = ColumnRecorder()
        let csv = "学号,家长手机\n1,2\n3,4\n5,6,7\n8,9,10\n"
        let engine = DetectionEngine(detectors: [ColumnRecordingDetector(recorder: recorder)])
        var sink = ReadTestSink()
        let source = MemorySource(csv, displayPath: "c.csv")
        let buffer = try SourceReader.makeBuffer(source, encoding: .utf8, bomLength: 0, chunkSize: 64)
        let columns = try CSVReader(buffer: buffer, delimiter: UInt8(ascii: ",")).scan(engine: engine, sink: &sink)
        XCTAssertEqual(columns.map(\.number), [1, 2, 3])
        XCTAssertEqual(columns.map(\.header), ["学号", "家长手机", nil])
        // The engine worked out each column's hints on these very objects.
        XCTAssertTrue(columns.allSatisfy { $0.hints != nil })
        XCTAssertTrue(columns[1].hints!.contains(.phone))
        XCTAssertEqual(recorder.seen.count, 10)
        XCTAssertTrue(recorder.seen.allSatisfy(\.tableCell))
        XCTAssertEqual(recorder.seen.map { $0.hints.contains(.phone) }, [false, true, false, true, false, true, false, false, true, false])
    }

    func testRecordLongerThanTheBufferKeepsItsColumn() throws {
        // A field of ~20 KB holding mobiles, with a 64-byte chunk: the record overflows many times.
        var big = ""
        var expected: [Expected] = []
        var line = 2
        for i in 0..<400 {
            big += "备注\(i) 139\(String(format: "%08d", i)) ok;"
            expected.append(("139" + String(format: "%08d", i), line, 2, "备注"))
            if i % 50 == 49 { big += "\n"; line += 1 }
        }
        let csv = "姓名,备注,手机\n张伟,\"\(big)\",13812345678\n李娜,x,13987654321\n"
        expected.append(("13812345678", line, 3, "手机"))
        expected.append(("13987654321", line + 1, 3, "手机"))
        for chunk in [64, 200, 4096, 1 << 20] {
            let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "big.csv"), chunkSize: chunk)
            assertFindings(findings, expected)
            let bytes = Array(csv.utf8)
            for f in findings { XCTAssertEqual(String(decoding: bytes[f.sourceRange], as: UTF8.self), f.value) }
        }
        // The same in GBK: the overflowing record is cut in decoded text, spans stay exact.
        let gbk = try ReadTestSupport.encode(csv, to: "GB18030")
        for chunk in [64, 333] {
            let (summary, findings) = try ReadTestSupport.scan(MemorySource(gbk, displayPath: "big.csv"), chunkSize: chunk)
            XCTAssertEqual(summary.encoding, .gb18030)
            assertFindings(findings, expected)
            try ReadTestSupport.assertSpans(findings, in: gbk, encoding: "GB18030")
        }
    }

    func testValuesOnALineLongerThanTheBufferAreNeverCutApart() throws {
        // One line of records and no line feed (a tester's 20 MB file of them): the buffer fills
        // inside a field again and again. The start of a field it holds (an ID's first digits)
        // waits whole for the next window; it was cut there, and about one value a window lost.
        var csv = "姓名,身份证号,手机号;"
        var expected: [String] = []
        for i in 0..<300 {
            let id = "41010220111220" + String(format: "%04d", i), mobile = "139" + String(format: "%08d", i)
            csv += "王秀英,\(id),\(mobile);"
            expected += [id, mobile]
        }
        let bytes = Array(csv.utf8)
        for chunk in [64, 100, 257, 1000] {
            let (_, findings) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "one_line.csv"), chunkSize: chunk)
            XCTAssertEqual(findings.map(\.value), expected, "chunks of \(chunk)")
            for f in findings { XCTAssertEqual(String(decoding: bytes[f.sourceRange], as: UTF8.self), f.value) }
        }
    }

    func testARecordOfMoreFieldsThanASheetHasIsReadInPartsUnderBoundedColumns() throws {
        // More fields on one line than `CSVState.fieldLimit`, a mobile in some: each is found in
        // its field, and the fields past the limit share its last column (a column object for
        // each of a line's millions of numbers took gigabytes).
        let n = CSVState.fieldLimit + 3616
        let planted = [1, 2, CSVState.fieldLimit - 1, CSVState.fieldLimit, CSVState.fieldLimit + 1, n]
        var fields = [String](repeating: "7", count: n)
        for f in planted { fields[f - 1] = "139" + String(format: "%08d", f) }
        let csv = fields.joined(separator: ",") + "\n"
        // Chunks of 4 KiB: the record also overflows the buffer; of 1 MiB, it fits.
        for chunk in [4096, 1 << 20] {
            let engine = DetectionEngine(detectors: [ReadTestDetector()])
            var sink = ReadTestSink()
            let source = MemorySource(csv, displayPath: "wide.csv")
            let buffer = try SourceReader.makeBuffer(source, encoding: .utf8, bomLength: 0, chunkSize: chunk)
            let columns = try CSVReader(buffer: buffer, delimiter: UInt8(ascii: ",")).scan(engine: engine, sink: &sink)
            XCTAssertEqual(columns.count, CSVState.fieldLimit, "chunks of \(chunk)")
            XCTAssertEqual(sink.findings.map(\.value), planted.map { "139" + String(format: "%08d", $0) }, "chunks of \(chunk)")
            XCTAssertEqual(sink.findings.map(\.location.column), planted, "chunks of \(chunk)")
        }
    }

    func testDelimiterSniffing() {
        func sniff(_ s: String, strict: Bool = false, minimum: Int = 1) -> UInt8? {
            Array(s.utf8).withUnsafeBufferPointer { DelimiterSniffer.sniff($0, complete: true, strict: strict, minimumRecords: minimum) }
        }
        XCTAssertEqual(sniff("a,b,c\n1,2,3\n"), UInt8(ascii: ","))
        XCTAssertEqual(sniff("a\tb\tc\n1\t2,5\t3\n"), 0x09)
        XCTAssertEqual(sniff("a;b\n\"x;y\";2\n"), UInt8(ascii: ";"))
        XCTAssertEqual(sniff("a|b|c\r\n1|2|3\r\n"), UInt8(ascii: "|"))
        // Quotes respected: the commas inside quotes do not count.
        XCTAssertEqual(sniff("a\tb\n\"1,2,3\"\t4\n\"5,6\"\t7\n"), 0x09)
        // Inconsistent counts: prose is not a table.
        XCTAssertNil(sniff("Hello, world.\nNo commas here\nOne, two, three\n", strict: true, minimum: 2))
        XCTAssertNil(sniff("just one line, really\n", strict: true, minimum: 2))
        // A title or two over the header hold no delimiter: the table is still sniffed.
        XCTAssertEqual(sniff("期末成绩\n考号,姓名,班级\n1,张梓涵,八(2)\n2,李浩然,八(2)\n", strict: true, minimum: 3), UInt8(ascii: ","))
        XCTAssertEqual(sniff("期末成绩\n八年级\n考号;姓名\n1;张梓涵\n"), UInt8(ascii: ";"))
        XCTAssertNil(sniff("一\n二\n三\n四\na,b\nc,d\n", strict: true, minimum: 2))
    }

    /// A web system's "export to Excel" as CSV under a spreadsheet's name, a title over its header,
    /// and a roster's copy with a backup's suffix or none of its own, are read as CSV: their
    /// names stand under 姓名.
    func testCSVUnderAnotherNameIsReadAsCSV() throws {
        let export = "期末成绩\n考号,姓名,班级,语文\n2024010001,张梓涵,八年级,98\n2024010002,李浩然,八年级,87\n"
        for name in ["成绩导出.xls", "名单.csv.bak", "名单.csv~", "通讯录.old", "通讯录", "名单.csv.1"] {
            let (summary, found) = try ReadTestSupport.scanData(Array(export.utf8), name: name)
            XCTAssertEqual(summary.format, .delimited(delimiter: UInt8(ascii: ",")), name)
            XCTAssertEqual(found.map { "\($0.value) \($0.location.field ?? "-")" }, ["张梓涵 姓名", "李浩然 姓名"], name)
        }
        XCTAssertEqual(FormatSniffer.contentExtension("a/名单.xlsx.tmp"), "xlsx")
        XCTAssertEqual(FormatSniffer.contentExtension("a/名单.bak"), "")
        XCTAssertEqual(FormatSniffer.contentExtension("a/名单.v2.csv"), "csv")
        XCTAssertEqual(FormatSniffer.contentExtension("a/.bak"), "")
    }

    func testATextOfShortLinesIsAColumn() throws {
        func oneColumn(_ s: String, complete: Bool = true) -> Bool {
            Array(s.utf8).withUnsafeBufferPointer { DelimiterSniffer.isOneColumn($0, complete: complete) }
        }
        XCTAssertTrue(oneColumn("孟晓彤\n柏宇航\n\n祁佳怡"))
        XCTAssertFalse(oneColumn("孟晓彤\n柏宇航\n"))  // two lines say too little
        XCTAssertFalse(oneColumn("孟晓彤\n柏宇航\n请各位家长于本周五下午三点到学校参加家长会，谢谢配合。\n"))
        // A cut sample's last line is not judged.
        XCTAssertTrue(oneColumn("孟晓彤\n柏宇航\n祁佳怡\n请各位家长于本周五下午三点到学校参加家长会", complete: false))
        // Lines of labels and their values, half of them or more: a form or a short notice.
        XCTAssertFalse(oneColumn("家长电话：0371-65501234\n联系电话：13812345678\n手机 13812345678\n"))
        XCTAssertFalse(oneColumn("明天下午开家长会\n地点：三楼会议室\n联系人：王老师\n电话：0371-65501234\n"))
        // Short sentences, half of the lines or more: a short notice.
        XCTAssertFalse(oneColumn("家长会通知\n定于本周五下午开家长会。\n请王小明同学的家长\n务必准时参加。\n"))
        XCTAssertTrue(oneColumn("家长会通知\n孟晓彤\n柏宇航，祁佳怡\n王梓轩\n"))
        // A title with a colon, or times, over names: still a column.
        XCTAssertTrue(oneColumn("获奖名单：\n孟晓彤\n柏宇航\n祁佳怡\n"))
        XCTAssertTrue(oneColumn("09:30 孟晓彤\n09:40 柏宇航\n10:00 祁佳怡\n"))
        // Fields set apart by blanks after a Chinese word: a list typed as text, no column; a
        // padded name or a phone's groups are one value.
        XCTAssertFalse(oneColumn("张子涵 13850917734\n王浩然 13950812296\n李思雨 15061237790\n"))
        XCTAssertFalse(oneColumn("张子涵 高一(3)班 哮喘\n王浩然 高一(3)班 癫痫\n李思雨 高一(5)班 抑郁症\n"))
        XCTAssertTrue(oneColumn("王  芳\n孟晓彤\n138 1234 5678\n"))
        // A numbered or bulleted list (a chat's 接龙): text, each item's name opening its line.
        XCTAssertFalse(oneColumn("1. 张子涵\n2. 王梓萱\n3. 刘浩然\n"))
        XCTAssertFalse(oneColumn("1、张子涵\n2、王梓萱\n3、刘浩然\n"))
        XCTAssertFalse(oneColumn("- 张子涵\n- 王梓萱\n- 刘浩然\n"))

        func names(_ text: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(text.utf8), name: "名单.txt").1.map { "\($0.value) \($0.confidence)" }
        }
        // Names copied out of a sheet: a column of names, all of them once the third vouches
        // for the first two; under a label, all high.
        XCTAssertEqual(try names("孟晓彤\n柏宇航\n祁佳怡\n王梓轩\n"), ["孟晓彤 medium", "柏宇航 medium", "祁佳怡 medium", "王梓轩 medium"])
        XCTAssertEqual(try names("姓名\n孟晓彤\n柏宇航\n"), ["孟晓彤 high", "柏宇航 high"])
        // A list typed as text, a name and a phone a line: each name opens its line.
        XCTAssertEqual(try names("张子涵 13850917734\n王浩然 13950812296\n李思雨 15061237790\n"),
                       ["张子涵 medium", "13850917734 medium", "王浩然 medium", "13950812296 medium", "李思雨 medium", "15061237790 medium"])
        XCTAssertEqual(try names("1. 张子涵\n2. 王梓萱🌸\n3. 刘浩然\n"), ["张子涵 medium", "王梓萱 medium", "刘浩然 medium"])
        // A form copied line by line, each label over its value: the label names the value.
        let form = try ReadTestSupport.scanData(Array("学生姓名\n毛铭泽\n出生日期\n2012-10-23\n家长手机\n18709145436\n".utf8), name: "表.txt").1
        XCTAssertEqual(form.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.value)" },
                       ["name 学生姓名 毛铭泽", "birth_date 出生日期 2012-10-23", "mobile 家长手机 18709145436"])
        // Short lines of a notice are no names.
        XCTAssertEqual(try names("通知\n明天放假\n注意安全\n按时返校\n"), [])
    }

    func testCountingSinkNeedsNoDetails() throws {
        let engine = DetectionEngine(detectors: [ReadTestDetector()])
        var sink = ReadTestSink(wantsDetails: false)
        _ = try SourceReader.scan(FileSource(path: ReadTestSupport.fixture("excel_gbk.csv")), engine: engine, sink: &sink)
        XCTAssertEqual(sink.counts[.mobile], 4)
        XCTAssertEqual(sink.counts[.cnID], 4)
        XCTAssertTrue(sink.findings.isEmpty)
    }

    /// An attendance sheet's header (姓名 and counts of days) is a header, not a name's label
    /// beside names, also under a form's line of the unit that filled it in.
    func testAnAttendanceHeaderNamesItsColumns() throws {
        let csv = "10月考勤汇总\n填报单位：十九中,,,填报日期：2024年9月,\n姓名,应出勤,实出勤,事假,病假\n张伟,22,21,1,0\n李秀英,22,18,0,4\n"
        let found = try ReadTestSupport.scan(MemorySource(csv, displayPath: "kaoqin.csv"), detectors: StandardDetectors.all()).1
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" }, ["name 张伟 姓名", "name 李秀英 姓名"])
    }

    /// Columns of the gate's, the asset office's and the traffic safety files: a duty guard's
    /// names, a driving licence's number (its holder's ID), brands and asset cards' codes.
    func testColumnsOfGateAssetsAndVehicleRegisters() throws {
        func found(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.map { "\($0.kind.rawValue) \($0.confidence) \($0.value)" }
        }
        XCTAssertEqual(try found("日期,来访人,车牌号,手机,来访事由,值班门卫\n2024-11-04,熊长江,豫K·D3XA8,17537815282,维修空调,李桂芳\n"
                                 + "2024-11-05,陆海涛,豫A·12345,18703711234,送货,李桂芳\n"),
                       ["name high 熊长江", "mobile high 17537815282", "name medium 李桂芳",
                        "name high 陆海涛", "mobile high 18703711234", "name medium 李桂芳"])
        XCTAssertEqual(try found("姓名,驾驶证号\n周淑珍,410105199107317003\n"), ["name high 周淑珍", "cn_id high 410105199107317003"])
        XCTAssertEqual(try found("车牌号码,车辆品牌,入场时间\n豫A7K2M9,哈弗,08:01\n豫AD12345,马自达,08:03\n豫A88888,林肯,08:05\n"), [])
        // An asset card's code that passes Luhn, beside its user's name: no bank card.
        XCTAssertEqual(try found("资产卡片号,资产名称,使用人\n6201022019092489683,台式计算机,李建国\n"), ["name high 李建国"])
    }


    /// A bill's own header block above its table: a blank 姓名： (the account holder's name
    /// deleted), an account line, notes; the table's header comes twenty lines down.
    func testABlankLabelAboveABillsTableNamesNoColumn() throws {
        let notes = (1...7).map { "\($0).本明细仅供个人对账使用。\n" }.joined()
        let bill = "导出信息：\n姓名：\n支付宝账户：139****2718\n起始时间：[2024-09-01 00:00:00]\n共2笔记录\n\n特别提示：\n" + notes
            + "\n交易时间,交易分类,交易对方,对方账号,金额\n2024-09-02 20:13:03,转账红包,戴建华,166******22,200.00\n"
            + "2024-09-03 11:38:03,转账红包,徐海涛,175******33,200.00\n"
        let found = try ReadTestSupport.scanData(Array(bill.utf8), name: "alipay.csv").1
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.value)" }, ["name 交易对方 戴建华", "name 交易对方 徐海涛"])
    }

}
