import XCTest
@testable import LeakScan

final class HeaderKeywordsTests: XCTestCase {
    private func hints(_ header: String) -> ContextHints { HeaderKeywords.shared.hints(forHeader: header) }

    func testHeadersOfRegistersAndSystemsExports() {
        // A household register's place (户口所在地, 户籍地) is a person's address; so is where one
        // lives (常住地址) and a 学籍 export's HJDZ.
        for header in ["户口所在地", "户籍地", "常住地址", "HJDZ", "现住址"] {
            XCTAssertTrue(hints(header).isSuperset(of: [.address, .person]), header)
        }
        XCTAssertTrue(hints("D.O.B.").contains(.birthDate))
        XCTAssertTrue(hints("学生名").contains(.name))
        XCTAssertFalse(hints("学校所在地").contains(.person))
        // An ID's number under other names; 号码 the tail of 身份号, not a phone's.
        for header in ["身份号码", "证照号码", "证件编号"] {
            XCTAssertTrue(hints(header).contains(.idNumber), header)
            XCTAssertFalse(hints(header).contains(.phone), header)
        }
        XCTAssertTrue(hints("JHRDH").contains(.phone))
        // A company's address (an internship list's 企业地址 beside its mentor's columns).
        XCTAssertEqual(hints("企业地址").intersection([.address, .organisation, .person]), [.address, .organisation])
    }

    func testRoleWordsNameAColumnOnlyAsItsLastWord() {
        for header in ["学生", "监护人", "监护人1", "家长（监护人）", "班主任", "学生姓名", "考生 ", "Guardian", "学生(必填)",
                       "父亲", "母亲", "家长", "幼儿", "被资助人", "获奖者", "值班领导", "参会人员", "班长", "填表人", "校长"] {
            XCTAssertTrue(hints(header).contains(.name), header)
        }
        // Payees and the roles of a school's lists name their people (持卡人, 驾驶员) …
        for header in ["持卡人", "收款人", "领款人", "驾驶员", "照管员", "参保人", "被保险人"] {
            XCTAssertTrue(hints(header).contains(.name), header)
        }
        // … a payee's name may be a person's (a bank's batch transfer) or an organisation's (a
        // finance sheet's suppliers): both.
        XCTAssertTrue(hints("收款人名称").isSuperset(of: [.name, .organisation]))
        // The data standard's codes of a school's own record (学校名称, 学校地址, 传真电话).
        for header in ["XXMC", "XXDZ", "CZDH"] { XCTAssertTrue(hints(header).contains(.organisation), header) }
        XCTAssertTrue(hints("学籍辅号").contains(.identifier))
        // A Chinese compound names what its last word names: a category, a relation, a remark.
        for header in ["学生类别", "学生来源", "监护人关系", "老师评语", "班主任意见", "联系人电话", "学生人数",
                       "父亲手机", "家长会", "幼儿园", "获奖者人数", "人员编号", "领导小组", "校长室"] {
            XCTAssertFalse(hints(header).contains(.name), header)
        }
        // What the other words say still counts.
        XCTAssertTrue(hints("联系人电话").contains(.phone))
        XCTAssertTrue(hints("学生类别").contains(.person))
        // Words that name a name do so anywhere.
        XCTAssertTrue(hints("姓名（拼音）").contains(.name))
        XCTAssertTrue(hints("班主任签名").contains(.name))
        // English headers alike: Student names a student, Student ID his number.
        XCTAssertTrue(hints("Student").contains(.name))
        XCTAssertTrue(hints("Parent").contains(.name))
        XCTAssertFalse(hints("Student ID").contains(.name))
        XCTAssertFalse(hints("studentNo").contains(.name))
    }

    /// A title after one character, a surname, names one person: the column is that person's, of
    /// whatever the table lists for them, not a column of names; so does one in brackets after a
    /// timetable's subject (数学（李老师）).
    func testATitleAfterASurnameNamesOnePersonNotAColumnOfNames() {
        for header in ["张老师", "王老师", "数学（李老师）", "体育(赵老师)"] {
            XCTAssertFalse(hints(header).contains(.name), header)
            XCTAssertTrue(hints(header).contains(.person), header)
        }
        for header in ["老师", "任课老师", "指导老师", "班主任老师", "班主任（老师）", "备注（指导老师）"] {
            XCTAssertTrue(hints(header).contains(.name), header)
        }
    }

    func testColumnWordsNameAColumnButSayNothingInText() {
        XCTAssertTrue(hints("部门").contains(.organisation))
        XCTAssertTrue(hints("所在科室").contains(.organisation))
        XCTAssertEqual(hints("部门负责人").intersection([.organisation, .name]), .name)
        // Before a value in running text (a form's line), 部门 says nothing; 办公室 still does.
        func nearest(_ text: String) -> ContextHints? {
            Array(text.utf8).withUnsafeBufferPointer {
                HeaderKeywords.shared.nearestHint(before: $0.count, in: $0, distance: 80, among: [.organisation, .person])?.hint
            }
        }
        XCTAssertNil(nearest("部门："))
        XCTAssertEqual(nearest("办公室："), .organisation)
    }

    func testKeysInCamelCaseAndSnakeCaseNameTheirWords() {
        XCTAssertTrue(hints("studentName").contains(.name))
        XCTAssertTrue(hints("parent_name").contains(.name))
        XCTAssertTrue(hints("idCard").contains(.idNumber))
        XCTAssertTrue(hints("idNumber").contains(.idNumber))
        XCTAssertTrue(hints("IDNo").contains(.idNumber))
        XCTAssertTrue(hints("mobilePhone").contains(.phone))
        XCTAssertTrue(hints("parentPhoneNumber").contains(.phone))
        XCTAssertTrue(hints("homeAddress").contains(.address))
        XCTAssertTrue(hints("dateOfBirth").contains(.birthDate))
        // A keyword's blank matches a key's underscore or dash.
        XCTAssertTrue(hints("school_name").contains(.organisation))
        XCTAssertTrue(hints("id-card").contains(.idNumber))
        // A word inside a word of small letters is no word: `id` in `valid`, `tel` in `hotel`.
        XCTAssertFalse(hints("valid").contains(.idNumber))
        XCTAssertFalse(hints("hotel").contains(.phone))
        XCTAssertFalse(hints("hostname").contains(.name))
        XCTAssertFalse(hints("Rename").contains(.name))
    }

    func testAThingsNameIsNoPersonsName() {
        XCTAssertFalse(hints("stops.stopName").contains(.name))
        XCTAssertFalse(hints("deviceName").contains(.name))
        XCTAssertFalse(hints("DEVICE_NAME").contains(.name))
        XCTAssertFalse(hints("Route Name").contains(.name))
        XCTAssertFalse(hints("bank-name").contains(.name))
        // A word not listed as a thing's, or none, leaves the name a person's.
        XCTAssertTrue(hints("userName").contains(.name))
        XCTAssertTrue(hints("realName").contains(.name))
        // A gate camera's snapshots and a roster's photos are files named after their person.
        XCTAssertTrue(hints("抓拍图片").contains(.titledName))
        XCTAssertTrue(hints("picUrl").contains(.titledName))
        XCTAssertTrue(hints("holder_name").contains(.name))
        XCTAssertTrue(hints("Name").contains(.name))
        XCTAssertTrue(hints("studentName").contains(.name))
        // A company's name and column are an organisation's.
        XCTAssertTrue(hints("company").contains(.organisation))
        XCTAssertTrue(hints("companyName").contains(.organisation))
        XCTAssertFalse(hints("companyName").contains(.name))
    }

    func testPinyinFieldCodesNameColumnsAloneAndAtTheEndOfACompoundCode() {
        let expected: [(String, ContextHints)] = [
            ("XM", .name), ("xs_xm", .name), ("JHRXM", .name), ("FQXM", .name), ("xingming", .name),
            ("SFZJH", .idNumber), ("sfzh", .idNumber), ("GMSFHM", .idNumber), ("shenfenzheng", .idNumber),
            ("LXDH", .phone), ("JHRLXDH", .phone), ("SJHM", .phone),
            ("CSRQ", .birthDate), ("csny", .birthDate),
            ("JTZZ", .address), ("XZZ", .address), ("HJSZD", .address),
            ("DZXX", .email), ("YHKH", .bankCard),
        ]
        for (header, hint) in expected {
            XCTAssertTrue(hints(header).contains(hint), header)
        }
        // A code starts no word: XM opening a longer code is something else (XMMC 项目名称),
        // and a code stands only at the end of a word of letters.
        XCTAssertFalse(hints("XMMC").contains(.name))
        XCTAssertFalse(hints("XMBH").contains(.name))
        XCTAssertEqual(hints("XB"), [])
        XCTAssertEqual(hints("MZ"), [])
    }

    func testAThingsCodeIsNoPhoneNorIDCard() {
        // A system's own numbers (a backup job's ids shaped like mobiles, a report's id).
        for key in ["job_id", "reportId", "trade_no", "order_no", "task-id", "REQUEST_ID"] {
            XCTAssertTrue(hints(key).isSuperset(of: [.identifier, .thingCode]), key)
            XCTAssertFalse(hints(key).contains(.idNumber), key)
        }
        // A person's id, or an ID card's number, stays what it was.
        XCTAssertFalse(hints("userId").contains(.identifier))
        XCTAssertTrue(hints("id_no").contains(.idNumber))
        XCTAssertTrue(hints("id").contains(.idNumber))
    }

    func testSystemsNameColumnsAndOrganisationsKeys() {
        XCTAssertTrue(hints("realname").contains(.name))
        XCTAssertTrue(hints("truename").contains(.name))
        XCTAssertTrue(hints("使用人").contains(.name))
        XCTAssertTrue(hints("领用人").contains(.name))
        XCTAssertTrue(hints("orgName").contains(.organisation))
        XCTAssertFalse(hints("orgName").contains(.name))
        XCTAssertTrue(hints("SUPPORT_PHONE").contains(.organisation))
        XCTAssertTrue(hints("servicePhone").contains(.organisation))
        XCTAssertTrue(hints("service_tel").contains(.organisation))
        // A log's service is a program (`"service":"sms-gateway"`, `c.z.s.service.impl`), no organisation.
        XCTAssertFalse(hints("service").contains(.organisation))
        XCTAssertTrue(hints("footer.tel").contains(.organisation))
        XCTAssertTrue(hints("预约邮箱").contains(.organisation))
    }

    func testABirthCertificatesNameIsNoBirthDate() {
        XCTAssertFalse(hints("出生医学证明").contains(.birthDate))
        XCTAssertFalse(hints("出生证编号").contains(.birthDate))
        XCTAssertTrue(hints("出生日期").contains(.birthDate))
        XCTAssertTrue(hints("nickName").isDisjoint(with: [.name]))
        XCTAssertTrue(hints("realName").contains(.name))
    }
}
