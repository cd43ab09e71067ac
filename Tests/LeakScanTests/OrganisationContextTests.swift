import XCTest
@testable import LeakScan

final class OrganisationContextTests: XCTestCase {
    /// Whether the first value in `text` (from its first digit or `@` on, the digits, dashes,
    /// letters and dots after) is judged organisational.
    private func isOrganisational(_ text: String, header: String? = nil, contextBefore: String = "", officeKind: Bool = false) -> Bool {
        let bytes = Array((contextBefore + text).utf8)
        let start = bytes.indices.dropFirst(contextBefore.utf8.count).first { bytes[$0] &- 0x30 < 10 || bytes[$0] == UInt8(ascii: "@") }!
        let end = bytes[start...].firstIndex { !isAlphanumeric($0) && !"-.@_".utf8.contains($0) } ?? bytes.count
        let hints = header.map { HeaderKeywords.shared.hints(forHeader: $0) } ?? []
        return bytes.withUnsafeBufferPointer { window in
            let context = DetectionContext(window: window, scan: contextBefore.utf8.count..<window.count,
                                           columnHints: hints, isTableCell: header != nil)
            return OrganisationContext().isOrganisational(start..<end, context, officeKind: officeKind)
        }
    }

    /// Every detector's findings in `text`, `kind value`, ` org` after an organisation's.
    private func found(_ text: String) -> [String] {
        findings(in: text, detectors: StandardDetectors.all()).map { "\($0.kind.rawValue) \($0.value)\($0.organisational ? " org" : "")" }
    }

    func testBureauCentresTrafficPoliceAndCouriersOutletsAreOrganisations() {
        XCTAssertEqual(found("如有异议，请向金水区教育装备中心反映，电话：0371-65901234。"), ["landline 0371-65901234 org"])
        XCTAssertEqual(found("联系人：发展规划科　电话：0371-65901234"), ["landline 0371-65901234 org"])
        // A police officer addressed by surname and title names no one, and gives the office's line.
        XCTAssertEqual(found("四、联系方式：金水交警大队秩序科王警官，联系电话：0371-65951122。"), ["landline 0371-65951122 org"])
        XCTAssertEqual(found("请联系社区民警张警官，电话0371-63815566"), ["landline 0371-63815566 org"])
        XCTAssertEqual(found("取件请到菜鸟驿站，驿站电话 0371-65501234"), ["landline 0371-65501234 org"])
        // A person's own mobile stays the person's.
        XCTAssertEqual(found("金水交警大队秩序科王警官，手机：13812345678"), ["mobile 13812345678"])
    }

    func testOrganisationKeywords() {
        XCTAssertTrue(isOrganisational("学校办公室电话：0371-65501234"))
        XCTAssertTrue(isOrganisational("咨询电话：0371-65501234"))
        XCTAssertTrue(isOrganisational("监督电话 0371-65501234"))
        XCTAssertTrue(isOrganisational("传真：0371-65501234"))
        XCTAssertTrue(isOrganisational("Office: 0371-65501234"))
        // A school speaking of itself (我校, 本校, 该校 in a bureau's notice).
        XCTAssertTrue(isOrganisational("我校地址：郑州市金水区文化路东段，电话：0371-63921457", officeKind: true))
        XCTAssertFalse(isOrganisational("我校学生张伟，家住文化路东段，电话13812345678"))
    }

    func testAStaffMembersLineAboveAnOfficesLandline() {
        // A procurement notice's contact block: the office's landline, not a home's.
        XCTAssertEqual(found("联系人：王老师\n联系电话：0371-63851234"), ["landline 0371-63851234 org"])
        // A mobile stays the teacher's own; a parent's line says nothing of an office.
        XCTAssertEqual(found("联系人：王老师\n联系电话：13812345678"), ["mobile 13812345678"])
        XCTAssertEqual(found("家长：王芳\n联系电话：0371-63851234"), ["name 王芳", "landline 0371-63851234"])
    }

    func testOfficesOfVocationalSchoolsAndKindergartens() {
        XCTAssertTrue(isOrganisational("实习就业办电话：0371-68912345", officeKind: true))
        XCTAssertTrue(isOrganisational("教务科电话：0371-68912345", officeKind: true))
        XCTAssertTrue(isOrganisational("园长信箱：jsqsyyey@163.com", officeKind: true))
        XCTAssertEqual(found("咨询电话：0371-68815206\n园址：郑州市二七区大学路街道政通路20号"),
                       ["landline 0371-68815206 org", "address 郑州市二七区大学路街道政通路20号 org"])
        XCTAssertEqual(found("园所地址：郑州市二七区大学路街道政通路20号"), ["address 郑州市二七区大学路街道政通路20号 org"])
        XCTAssertEqual(found("家庭住址：郑州市二七区大学路街道政通路20号"), ["address 郑州市二七区大学路街道政通路20号"])
    }

    func testOrganisationNames() {
        XCTAssertTrue(isOrganisational("郑州市第一中学 地址：郑州市金水区文化路1号 电话：0371-65501234"))
        XCTAssertTrue(isOrganisational("金水区教育局 0371-65501234"))
        XCTAssertTrue(isOrganisational("郑州市实验幼儿园电话 0371-65501234"))
        // A school's offices and an authority's service centres.
        XCTAssertTrue(isOrganisational("如有疑问请联系德育处，电话：0371-68881234", officeKind: true))
        XCTAssertTrue(isOrganisational("郑州市招生考试中心 0371-68885678"))
        // The offices a notice gives the numbers of, and the services it sends families to.
        XCTAssertTrue(isOrganisational("如有疑问请联系后勤处，电话：0371-65981008", officeKind: true))
        XCTAssertTrue(isOrganisational("医务室设在主席台东侧（校医室电话：0371-68951299）"))
        XCTAssertTrue(isOrganisational("辖区派出所电话：0371-65981015"))
        XCTAssertTrue(isOrganisational("林州市人民医院急诊科0372-6212120"))
        XCTAssertFalse(isOrganisational("家住市中心，电话13812345678"))
        // Offices of a school's aid, health and counselling work.
        XCTAssertTrue(isOrganisational("资助办电话：025-83721950"))
        XCTAssertTrue(isOrganisational("心理中心电话：025-83721951"))
        // The health bodies a school doctor's reports give the numbers of.
        XCTAssertTrue(isOrganisational("当日已报告金水区疾控中心（电话：0371-65933056）", officeKind: true))
        XCTAssertTrue(isOrganisational("体检单位：金水区妇幼保健院　电话：0371-63336789"))
        // A line wrapped after the label (a PDF's paragraph): the label still names the number.
        XCTAssertTrue(isOrganisational("考试时间安排请留意学校通知。咨询电话：\n0371-67181234"))
        XCTAssertFalse(isOrganisational("考试时间安排请留意学校通知。\n0371-67181234"))
        // A procurement agency's contact, addressed by title.
        XCTAssertTrue(isOrganisational("联系人：王经理　联系方式：0371-65881234", officeKind: true))
        XCTAssertTrue(isOrganisational("0371-65881234", header: "值班室电话", officeKind: true))
        // A school's teaching groups.
        XCTAssertTrue(isOrganisational("如有异议请联系体育组，电话：0371-63912345", officeKind: true))
        // An archive's and a 1990s academic office's, a discipline body's, a front desk's.
        XCTAssertTrue(isOrganisational("请联系档案室，电话：0371-63951288", officeKind: true))
        XCTAssertTrue(isOrganisational("教导处电话：0371-63951288", officeKind: true))
        XCTAssertTrue(isOrganisational("校纪委受理电话：0371-63951288", officeKind: true))
        XCTAssertTrue(isOrganisational("ZZIS front desk (24h): +86 371 6555 8800", officeKind: true))
    }

    func testBracketsAfterAValueSayWhoseItIs() {
        XCTAssertTrue(isOrganisational("联系电话：0371-65501234（学校办公室）", officeKind: true))
        XCTAssertTrue(isOrganisational("联系电话：0371-65501234 (教务处)", officeKind: true))
        XCTAssertTrue(isOrganisational("电话：0371-65501234（郑州市第一中学）", officeKind: true))
        // Whatever person's word stood before the number.
        XCTAssertTrue(isOrganisational("请咨询班主任或拨打0371-65501234（教务处）", officeKind: true))
        XCTAssertFalse(isOrganisational("电话：13812345678（王老师）"))
        XCTAssertFalse(isOrganisational("电话：13812345678（晚上九点后勿打）"))
        XCTAssertFalse(isOrganisational("家长电话：13812345678（学校办公室转告）"))
    }

    func testAFootersLineUnderTheOrganisationsNameIsItsOwn() {
        let school = "郑州市金水区第一实验小学\n"
        XCTAssertTrue(isOrganisational("地址：郑州市金水区文化路东段　电话：0371-65501234", contextBefore: school, officeKind: true))
        XCTAssertTrue(isOrganisational("地址：郑州市金水区文化路东段　邮箱：office@jsyx.edu.cn", contextBefore: "传真：0371-65501230\n",
                                       officeKind: true))
        // A mobile is a person's; a line that is not a footer's; a line under a person's.
        XCTAssertFalse(isOrganisational("地址：郑州市金水区文化路东段　手机：13812345678", contextBefore: school))
        XCTAssertFalse(isOrganisational("住址：郑州市金水区文化路东段　电话：0371-65501234", contextBefore: school, officeKind: true))
        XCTAssertFalse(isOrganisational("地址：郑州市金水区文化路东段　电话：0371-65501234", contextBefore: "学生：张伟　学校：郑州市第一中学\n",
                                        officeKind: true))
        // A sign-off's date may stand between the organisation's name and its footer.
        XCTAssertTrue(isOrganisational("地址：南京市鼓楼区清凉门大街45号　邮编：210036　电话：025-83721946",
                                       contextBefore: "南京市鼓楼区凤凰中学（盖章）\n二〇二六年四月二十七日\n", officeKind: true))
        XCTAssertFalse(isOrganisational("地址：南京市鼓楼区清凉门大街45号　电话：025-83721946",
                                        contextBefore: "家长签名：王建国\n二〇二六年四月二十七日\n", officeKind: true))
        // A seal's place and a date left blank (a template's); a blank line; an office's name
        // holding a person's word (学生).
        XCTAssertTrue(isOrganisational("地址：成都市武侯区桐梓林北路6号　电话：028-85127734",
                                       contextBefore: "学校（盖章）\n年　　月　　日\n", officeKind: true))
        XCTAssertTrue(isOrganisational("地址：南京市鼓楼区清凉门大街45号　电话：025-83721946",
                                       contextBefore: "南京市鼓楼区凤凰中学学生资助管理中心\n \n", officeKind: true))
        // The address label opens the line however far before the value (ideographic blanks).
        XCTAssertTrue(isOrganisational("地址：河南省郑州市中原区建设西路199号　邮编：450007　电话：0371-67891919",
                                       contextBefore: "郑州市第十九高级中学\n", officeKind: true))
    }

    func testALineWithAFaxOrAWebsitesLicenceIsAnOffices() {
        // A web page's footer, each <p> its own piece: the line alone says so.
        XCTAssertTrue(isOrganisational("地址：河南省郑州市中原区建设西路199号　邮编：450007　电话：0371-67891919　传真：0371-67891900",
                                       officeKind: true))
        XCTAssertTrue(isOrganisational("电子邮箱：xb@zz19z.edu.cn　豫ICP备05012345号-1", officeKind: true))
        XCTAssertTrue(isOrganisational("Copyright © 郑州市第十九高级中学 邮编：450007 电话：0371-67891901", officeKind: true))
        // An English footer, its parts set apart by middle dots.
        XCTAssertTrue(isOrganisational("Zhengzhou International School · Tel: 0371-65888888 · Fax: 0371-65888899",
                                       officeKind: true))
        XCTAssertEqual(found("郑州国际学校 · 郑州市郑东新区农业东路88号"), ["address 郑州市郑东新区农业东路88号 org"])
        // Not a mobile, nor a value a person's word introduces.
        XCTAssertFalse(isOrganisational("手机：13812345678　传真：0371-67891900"))
        XCTAssertFalse(isOrganisational("家长电话：0371-67891919　传真：0371-67891900", officeKind: true))
    }

    func testAnOfficesLineNamesItAtItsStartHoweverLongItsAddress() {
        XCTAssertTrue(isOrganisational("乙方（供应商）：郑州市金水区绿源农副产品配送有限公司　　地址：郑州市金水区中州大道1199号万客来农贸市场B区12号　　电话：0371-63818899",
                                       officeKind: true))
        // A person's word on the line: the value is that person's.
        XCTAssertFalse(isOrganisational("学生张伟就读于郑州市金水区第一实验小学，家住文化路北段一百二十号院三号楼二单元，家长电话：0371-63818899",
                                        officeKind: true))
    }

    func testOfficesAndCompaniesOfNoticesAndContracts() {
        XCTAssertTrue(isOrganisational("招生咨询：0371-63925006", officeKind: true))
        XCTAssertTrue(isOrganisational("门卫室（24小时）：0371-65912000", officeKind: true))
        XCTAssertTrue(isOrganisational("招生邮箱：zsb@zz19z.edu.cn", officeKind: true))
        XCTAssertTrue(isOrganisational("供货商：河南新华书店发行集团有限公司郑州分公司　联系电话：0371-63221234", officeKind: true))
        XCTAssertTrue(isOrganisational("北京心理危机研究与干预中心：010-82951332", officeKind: true))
        // The public bodies of child protection, a school's counselling room, an invoice's seller or buyer.
        XCTAssertTrue(isOrganisational("丰产路街道办事处  电话：0371-63942100", officeKind: true))
        XCTAssertTrue(isOrganisational("官渡镇人民政府　电话：0371-62171234", officeKind: true))
        XCTAssertTrue(isOrganisational("心理辅导室电话：0371-65903320", officeKind: true))
        XCTAssertTrue(isOrganisational("地址、电话：郑州市金水区文化路95号 0371-63927715", officeKind: true))
        XCTAssertEqual(found("考点地址：郑州市金水区文化路88号"), ["address 郑州市金水区文化路88号 org"])
        XCTAssertEqual(found("营地地址：洛阳市老城区中州东路368号"), ["address 洛阳市老城区中州东路368号 org"])
        XCTAssertEqual(found("中牟县民政局  地址：中牟县青年路18号"), ["address 中牟县青年路18号 org"])
        // A head teacher's office phone: the office's.
        XCTAssertTrue(isOrganisational("0371-63925101", header: "班主任办公室电话", officeKind: true))
        XCTAssertFalse(isOrganisational("13912345678", header: "班主任电话"))
    }

    func testContactLinesAboveASignOffAreTheOrganisations() {
        XCTAssertTrue(isOrganisational("电话：0371-65501234\n\n郑州市金水区第一实验小学\n2026年9月10日\n", officeKind: true))
        XCTAssertTrue(isOrganisational("邮箱：office@jsyx.edu.cn\r\n电话：0371-65501235\r\n　　　　郑州市金水区教育局\r\n", officeKind: true))
        // A mobile is a person's; a person, or a sentence, between the value and the name; no sign-off.
        XCTAssertFalse(isOrganisational("手机：13812345678\n郑州市金水区第一实验小学\n"))
        XCTAssertFalse(isOrganisational("电话：0371-65501234\n家长：陈建国\n郑州市金水区第一实验小学\n", officeKind: true))
        XCTAssertFalse(isOrganisational("电话：0371-65501234\n请各位家长准时参加。\n郑州市金水区第一实验小学\n", officeKind: true))
        XCTAssertFalse(isOrganisational("电话：0371-65501234\n郑州市金水区第一实验小学三年级二班\n", officeKind: true))
        XCTAssertFalse(isOrganisational("电话：0371-65501234\n\n\n\n\n郑州市金水区第一实验小学\n", officeKind: true))
        // The name over the next lines (a letterhead), not under these: no date or end after it.
        XCTAssertFalse(isOrganisational("电话：0371-65501234\n郑州市第二中学教务处\n地址：郑州市管城回族区滨河北路92号\n", officeKind: true))
        XCTAssertTrue(isOrganisational("电话：0371-65501234\n郑州市第二中学教务处\n2026-09-10\n", officeKind: true))
        XCTAssertTrue(isOrganisational("电话：0371-65501234\n郑州市第二中学教务处", officeKind: true))
        // A person's keyword inside an office's name: the office's landline, not a mobile.
        XCTAssertTrue(isOrganisational("联系电话：0371-65501234（学生资助中心）", officeKind: true))
        XCTAssertFalse(isOrganisational("联系电话：13812345678（学生资助中心）"))
        XCTAssertFalse(isOrganisational("联系电话：0371-65501234（家长）", officeKind: true))
    }

    func testASignOffMayDateTheOrganisationsName() {
        XCTAssertTrue(isOrganisational("联系电话：0571-86543210\n某某市第一中学 2024年8月20日\n", officeKind: true))
        XCTAssertFalse(isOrganisational("联系电话：0571-86543210\n家长：陈建国\n某某市第一中学 2024年8月20日\n", officeKind: true))
    }

    func testLinesOfLabelsUnderAnOrganisationsLineAreItsContacts() {
        // Up the label lines to one that speaks for the organisation: its keyword, its name
        // alone, an office's sign (版权所有, 统一社会信用代码); blank lines between web blocks.
        XCTAssertTrue(isOrganisational("邮箱：wwl2xx@163.com", contextBefore: "学校地址：郑州市金水区纬五路12号\n", officeKind: true))
        XCTAssertTrue(isOrganisational("电话：0571-88123456",
                                       contextBefore: "杭州市西湖区第三实验小学\n地址：杭州市西湖区文三路123号\n", officeKind: true))
        XCTAssertTrue(isOrganisational("电话：0571-88123456",
                                       contextBefore: "杭州市西湖区第三实验小学 版权所有\n\n地址：杭州市西湖区文三路123号\n", officeKind: true))
        XCTAssertTrue(isOrganisational("联系电话：0571-86543210", contextBefore: "收款单位：某某市第一中学\n", officeKind: true))
        XCTAssertTrue(isOrganisational("乙方联系电话：0571-81234567",
                                       contextBefore: "乙方：杭州某某科技有限公司  统一社会信用代码：91330106MA2B1234XY\n乙方开户行：招商银行杭州分行\n",
                                       officeKind: true))
        // Not a mobile; not under a person's or a name's line; not a form's field of a school.
        XCTAssertFalse(isOrganisational("手机：13812345678", contextBefore: "学校地址：郑州市金水区纬五路12号\n"))
        XCTAssertFalse(isOrganisational("邮箱：zw2010@163.com", contextBefore: "郑州市第一中学\n家长：陈建国\n", officeKind: true))
        XCTAssertFalse(isOrganisational("联系电话：0371-65501234", contextBefore: "姓名：张伟\n学校：郑州市第一中学\n", officeKind: true))
        XCTAssertFalse(isOrganisational("邮箱：zw2010@163.com", contextBefore: "郑州市第一中学\n关于开展读书活动的通知\n", officeKind: true))
        // A label's value that is an organisation's name alone speaks for it (a procurement
        // notice's 名　称：…), labels spaced as forms line them up; a list's bullets before labels.
        XCTAssertEqual(found("名　　称：郑州市第四十七中学\n地　　址：郑州市金水区丰产路89号\n联系方式：王老师 0371-63856201"),
                       ["address 郑州市金水区丰产路89号 org", "landline 0371-63856201 org"])
        XCTAssertEqual(found("- 系统管理员：信息中心（分机 8023）\n- 故障报修：0371-65952150"), ["landline 0371-65952150 org"])
        XCTAssertEqual(found("学生：张伟\n地　　址：郑州市金水区丰产路89号"), ["name 张伟", "address 郑州市金水区丰产路89号"])
    }

    func testAnAddressAfterItsLabelOnALineNamingAnOrganisationIsItsOwn() {
        XCTAssertEqual(found("如有异议请向学校资助办反映，电话：0371-65932100，地址：郑州市金水区纬四路12号。"),
                       ["landline 0371-65932100 org", "address 郑州市金水区纬四路12号 org"])
        // Not after a person's word, nor with no label (a school merely named before it).
        XCTAssertEqual(found("学校电话：0371-65932100，家庭住址：郑州市金水区纬四路12号。"),
                       ["landline 0371-65932100 org", "address 郑州市金水区纬四路12号"])
        XCTAssertEqual(found("快递寄到学校收不到，以后寄郑州市金水区纬四路12号3号楼"), ["address 郑州市金水区纬四路12号3号楼"])
    }

    func testPersonCuesWin() {
        XCTAssertFalse(isOrganisational("请联系班主任王老师，电话13812345678"))
        XCTAssertFalse(isOrganisational("学校办公室王老师 13812345678"))
        XCTAssertFalse(isOrganisational("学生张三就读于郑州市第一中学，手机13812345678"))
        XCTAssertFalse(isOrganisational("家长电话 13812345678"))
        XCTAssertTrue(isOrganisational("家长如有疑问请拨打学校咨询电话 0371-65501234"))
        // A home's number is its family's, though the message is addressed to a teacher.
        XCTAssertFalse(isOrganisational("李老师您好，有事打我家座机0371-68867213", officeKind: true))
        XCTAssertFalse(isOrganisational("王老师家里电话0371-68867213", officeKind: true))
    }

    func testANoticesAskingToCallGivesItsOwnNumber() {
        // An SMS template's `咨询：`, an auto-reply's `请致电`: the sender's office.
        XCTAssertTrue(isOrganisational("【实验小学】学校开放日定于4月18日，欢迎家长来校参观。咨询：0371-63886512", officeKind: true))
        XCTAssertTrue(isOrganisational("紧急事务请致电 0371-65953105。", officeKind: true))
        XCTAssertTrue(isOrganisational("如有疑问请拨打0371-65953105", officeKind: true))
        XCTAssertFalse(isOrganisational("家长王女士来电咨询转学事宜，电话13812345678"))
    }

    func testANoticesContactSentenceGivesItsOfficesLandline() {
        // A bare phone label after a sentence, on its line or the line above: the school's.
        XCTAssertTrue(isOrganisational("0371-63921457", contextBefore: "请各班于8:30前到场。联系电话：", officeKind: true))
        XCTAssertTrue(isOrganisational("特此通知。\n联系电话：0371-63921457", officeKind: true))
        XCTAssertTrue(isOrganisational("请于周五前报名。电话: 0371-63921457", officeKind: true))
        // A form's field follows no sentence; a person's word or label makes it theirs.
        XCTAssertFalse(isOrganisational("姓名：张伟\n性别：男\n联系电话：0371-63921457", officeKind: true))
        XCTAssertFalse(isOrganisational("联系电话：0371-63921457", officeKind: true))
        XCTAssertFalse(isOrganisational("请于周五前报名。家长电话：0371-63921457", officeKind: true))
        XCTAssertFalse(isOrganisational("请家长于周五前报名。联系电话：0371-63921457", officeKind: true))
        // The conscription office of a graduates' list.
        XCTAssertTrue(isOrganisational("备注：人武部联系电话：0371-65513020", officeKind: true))
    }

    func testAMobileAfterAnOrganisationsNameInAnotherClauseIsThePersons() {
        // A nurse's log, a parent's message: the office or hospital is where the child went.
        XCTAssertFalse(isOrganisational("送校医室，已通知，15214755082"))
        XCTAssertFalse(isOrganisational("孩子胃疼，想去医院看看。有事打我电话 177-4233-4870"))
        XCTAssertTrue(isOrganisational("郑州市第一中学 13812345678"))
        // A landline there is still the office's.
        XCTAssertTrue(isOrganisational("如有疑问请联系德育处，电话：0371-68881234", officeKind: true))
    }

    func testALetterheadsNameAndTheAddressAfterIt() {
        // The address detector stops at the school's name; the address after it is the school's.
        XCTAssertEqual(found("郑州市金水区文化路第三中学　郑州市金水区文化路86号"), ["address 郑州市金水区文化路86号 org"])
        XCTAssertEqual(found("郑州市金水区桐柏路街道 伏牛路社区 12号楼"), ["address 郑州市金水区桐柏路街道 伏牛路社区 12号楼"])
    }

    func testAPersonsTitleAfterAnOfficeMakesTheValueThePersons() {
        XCTAssertFalse(isOrganisational("报送至政教处王主任（电话：13700371234）"))
        XCTAssertFalse(isOrganisational("教务处张主任 13812345678"))
        XCTAssertFalse(isOrganisational("值班领导：李校长 13900371234"))
        // The principal's office, hotline and mailbox are the school's.
        XCTAssertTrue(isOrganisational("校长室电话：0371-65501234"))
        XCTAssertTrue(isOrganisational("校长热线 0371-65501234"))
        XCTAssertTrue(isOrganisational("校长信箱：xzxx@zzsz.edu.cn", officeKind: true))
        XCTAssertTrue(isOrganisational("0371-65501234", header: "校长室电话"))
    }

    func testAStaffMembersLandlineAfterTheOfficeIsTheOffices() {
        let notice = "市教育局基础教育处，联系人：王老师，电话：0371-67181234"
        XCTAssertTrue(isOrganisational(notice, officeKind: true))
        XCTAssertTrue(isOrganisational("教务处主任王老师 0371-65501234", officeKind: true))
        XCTAssertTrue(isOrganisational("联系人：王老师，邮箱：jcjyc@zzedu.gov.cn", contextBefore: "基础教育处，", officeKind: true))
        XCTAssertTrue(isOrganisational("联系人：总务处 刘老师　联系方式：0371-67891931", officeKind: true))
        // A landline after a staff member addressed by surname and title is the office's too,
        // with no office named (a school's staff give its landline, not a home's) …
        XCTAssertTrue(isOrganisational("联系人：王老师，电话：0371-67181234", officeKind: true))
        XCTAssertTrue(isOrganisational("联系人：杨老师　电话：0371-67188012", officeKind: true))
        XCTAssertTrue(isOrganisational("郑州市第一中学学生张伟的班主任王老师，电话0371-65501234", officeKind: true))
        // So is one on a contact line right under the office's name alone (a party's block).
        XCTAssertTrue(isOrganisational("基础教育处\n联系人：刘建伟，电话：0371-67181234", officeKind: true))
        // … but a mobile stays the person's own; so does a landline after a staff word with no
        // office before it, or with a student's or parent's word between.
        XCTAssertFalse(isOrganisational("市教育局基础教育处，联系人：王老师，电话：13812345678"))
        XCTAssertFalse(isOrganisational("联系人：刘建伟，联系电话：0371-67181532", officeKind: true))
        XCTAssertFalse(isOrganisational("学生张伟的班主任，电话0371-65501234", officeKind: true))
        XCTAssertFalse(isOrganisational("家长联系人：王红，电话：0371-65501234", officeKind: true))
    }

    func testAnOfficesContactPersonIsTheOffices() {
        // A bureau's notice names its section's contact: the name and the landline are the
        // office's, as published contact details are.
        XCTAssertEqual(found("三、联系方式：区学生资助管理中心，联系人：刘红梅，电话：0371-63951234，邮箱：jsqzz@163.com"),
                       ["name 刘红梅 org", "landline 0371-63951234 org", "email jsqzz@163.com org"])
        XCTAssertEqual(found("基础教育处，联系人：王红，电话：0371-63950456"), ["name 王红 org", "landline 0371-63950456 org"])
        // A bureau's sections (体卫艺科) are offices; the contact after them, and the landline, the office's.
        XCTAssertEqual(found("联系人：区体卫艺科 孙建国，电话：0371-63950456"), ["name 孙建国 org", "landline 0371-63950456 org"])
        // Her mobile makes her the person she is: name, mobile and their record are reported.
        XCTAssertEqual(found("基础教育处，联系人：王红，手机：13812345678"), ["name 王红", "mobile 13812345678", "record "])
        // With no office on the line, or a student's word between, the contact is a person.
        XCTAssertEqual(found("联系人：刘红梅，电话：0371-63951234"), ["name 刘红梅", "landline 0371-63951234", "record "])
        XCTAssertEqual(found("学生张伟的班主任王红，电话：0371-63950456"),
                       ["name 张伟", "name 王红", "landline 0371-63950456", "record "])
    }

    func testAMobileAfterASchoolsNameIsThePersonsWhoseNameOpensTheLine() {
        XCTAssertEqual(found("张子轩 文化路小学 13812345678"), ["name 张子轩", "mobile 13812345678", "record "])
        XCTAssertEqual(found("线路：3号线（泰山村—学校）　驾驶员：文海燕　电话：18608611785"), ["name 文海燕", "mobile 18608611785", "record "])
        // With no name on its line, the mobile after the school's name is the school's.
        XCTAssertEqual(found("文化路小学招生咨询 13812345678"), ["mobile 13812345678 org"])
    }

    func testAPersonWordInsideAnOrganisationsNameSpeaksForItsOffice() {
        // A landline or an e-mail after 学生资助管理中心 is the centre's, 学生 notwithstanding …
        XCTAssertTrue(isOrganisational("学生资助管理中心电话：0371-65501234", officeKind: true))
        XCTAssertTrue(isOrganisational("家长委员会邮箱：jwh@example.com", officeKind: true))
        // … and so does a staff word after such a name (区学生资助管理中心，联系人：…).
        XCTAssertTrue(isOrganisational("区学生资助管理中心，联系人：刘红梅，电话：0371-63951234", officeKind: true))
        // … a mobile after 家长委员会 is a member's.
        XCTAssertFalse(isOrganisational("家长委员会联系电话：13812345678"))
        XCTAssertFalse(isOrganisational("学生家长 0371-65501234", officeKind: true))
    }

    func testWordsThatOnlyContainASuffix() {
        XCTAssertFalse(isOrganisational("住址：学院路12号 13812345678"))
        XCTAssertFalse(isOrganisational("大学生志愿者 13812345678"))
        XCTAssertFalse(isOrganisational("13812345678"))
    }

    func testCuesOnlyOnTheSameLineAndNearby() {
        // A line above says nothing, unless its label's colon ends it (a wrapped line).
        XCTAssertFalse(isOrganisational("咨询电话\n13812345678"))
        XCTAssertFalse(isOrganisational("咨询电话：请拨打\n13812345678"))
        XCTAssertTrue(isOrganisational("咨询电话：\n13812345678"))
        XCTAssertFalse(isOrganisational("郑州市第一中学" + String(repeating: "，", count: 30) + "13812345678"))
    }

    func testColumnHeader() {
        XCTAssertTrue(isOrganisational("0371-65501234", header: "办公电话"))
        XCTAssertFalse(isOrganisational("13812345678", header: "家长电话"))
        XCTAssertFalse(isOrganisational("0371-65501234", header: "家长单位电话"))
        XCTAssertFalse(isOrganisational("咨询电话 13812345678", header: "家长电话"))
        // A landline after its own label in the cell speaks before the column: a form's note.
        XCTAssertTrue(isOrganisational("注：学校办公室电话：028-85127734", header: "学生姓名", officeKind: true))
        XCTAssertFalse(isOrganisational("家长电话：0371-65501234", header: "学校电话", officeKind: true))
        XCTAssertTrue(isOrganisational("0371-65501234", header: "学校电话", officeKind: true))
    }

    func testTableCellsDoNotSeeTheirNeighbours() {
        XCTAssertFalse(isOrganisational("13812345678", header: "联系方式", contextBefore: "李四,郑州市第一中学,"))
        XCTAssertTrue(isOrganisational("咨询电话 0371-65501234", header: "备注", contextBefore: "李四,"))
    }

    func testAFamilysAddressAfterAddressingTheTeacher() {
        // The teacher addressed by title opens the message; the grandmother's address is the family's.
        XCTAssertEqual(found("王老师，孩子外婆住新野县城关镇大柳树村3组，周一回来。"), ["address 新野县城关镇大柳树村3组"])
    }

    func testASignOffsNameHoldingAPersonsWordAndItsDate() {
        // An office whose name holds a person's word (学生), and the date between the sign-off's
        // name and its contact line.
        XCTAssertEqual(found("请各单位认真落实。\n\n金水区学生资助管理中心\n电话：0371-63381200\n2024年12月20日\n"),
                       ["landline 0371-63381200 org"])
        XCTAssertEqual(found("请查收。\n郑州市第八十二中学教务处\n2024年8月12日\n联系电话：0371-63851207\n"),
                       ["landline 0371-63851207 org"])
        XCTAssertEqual(found("咨询方式：区残疾儿童康复中心，电话：0371-62351288。\n金水区残疾人联合会\n联系电话：0371-63925678\n"),
                       ["landline 0371-62351288 org", "landline 0371-63925678 org"])
        // A person's line over a date is still a person's.
        XCTAssertEqual(found("家长签名：王建国\n2024年8月12日\n联系电话：0371-63851207\n").filter { $0.hasPrefix("landline") },
                       ["landline 0371-63851207"])
    }

    func testAnOfficesContactLinesGiveItsAddressAndLandline() {
        // A bare 地址 with a landline on its line, no person named on it or on the line above.
        XCTAssertEqual(found("1．报到时间：8月30日。\n地址：郑州市金水区纬五路36号　电话：0371-63952270\n"),
                       ["address 郑州市金水区纬五路36号 org", "landline 0371-63952270 org"])
        // The address over the office's phone in a list; over a date, the sign-off's bracketed
        // address; after another contact's label under the school's name.
        XCTAssertEqual(found("本校简介。\n- 地址：郑州市金水区纬五路12号\n- 办公室电话：0371-65551230\n"),
                       ["address 郑州市金水区纬五路12号 org", "landline 0371-65551230 org"])
        XCTAssertEqual(found("请家长按时办理。\n中牟县第三初级中学\n2024年9月2日\n（地址：河南省郑州市中牟县青年路16号）\n"),
                       ["address 河南省郑州市中牟县青年路16号 org"])
        XCTAssertEqual(found("郑州市第十一中学\n举报邮箱：zzzx@zz11.edu.cn 地址：郑州市二七区大学路45号\n"),
                       ["email zzzx@zz11.edu.cn org", "address 郑州市二七区大学路45号 org"])
        // A staff word before an office's name speaks for the office on the lines under it.
        XCTAssertEqual(found("联系人：基础教育科　联系电话：0371-63961234\n地址：郑州市金水区经三路56号\n邮箱：jsjyj_jyk@163.com\n"),
                       ["landline 0371-63961234 org", "address 郑州市金水区经三路56号 org", "email jsjyj_jyk@163.com org"])
        // An extension before the office named in brackets.
        XCTAssertEqual(found("联系电话：0371-65501234转8001（校办）"), ["landline 0371-65501234 org"])
        // A home's landline on a pupil's form, a mobile: a person's.
        XCTAssertEqual(found("学生：张伟　学校：郑州市第一中学\n地址：郑州市金水区文化路东段8号　电话：0371-65501234\n"),
                       ["name 张伟", "address 郑州市金水区文化路东段8号", "landline 0371-65501234"])
        XCTAssertEqual(found("通知如下。\n地址：郑州市金水区文化路东段8号　电话：13812345678\n"),
                       ["address 郑州市金水区文化路东段8号", "mobile 13812345678"])
        XCTAssertEqual(found("家访记录如下。\n地址：郑州市金水区文化路8号院3号楼2单元501　电话：0371-65501234\n"),
                       ["address 郑州市金水区文化路8号院3号楼2单元501", "landline 0371-65501234"])
        // An application's school (申报学校, 申报单位) over its postal address and phone; a flat
        // after a school's name is a family's home.
        XCTAssertEqual(found("申报学校：郑州市第五十二中学\n通讯地址：郑州市金水区纬三路58号    邮编：450008    联系电话：0371-63918852\n"),
                       ["address 郑州市金水区纬三路58号 org", "landline 0371-63918852 org"])
        XCTAssertEqual(found("毕业学校：郑州市第一中学　通讯地址：金水区纬五路12号院3号楼2单元501\n"), ["address 金水区纬五路12号院3号楼2单元501"])
        // The school's address alone under its office's contact line, a notice's foot.
        XCTAssertEqual(found("一、门卫实行24小时值班制度。\n\n门卫室电话：0371-63952278\n郑州市金水区纬五路36号\n"),
                       ["landline 0371-63952278 org", "address 郑州市金水区纬五路36号 org"])
        // A paragraph wrapped after the organisation's name (a PDF's lines), its number opening the next.
        XCTAssertEqual(found("咨询电话：12333；中牟县社会保险中心\n0371-62196688，地址：中牟县商都大道126号。\n"),
                       ["landline 0371-62196688 org", "address 中牟县商都大道126号 org"])
        XCTAssertEqual(found("欢迎来访：济南市历下区青年路77号 济南市教育科学研究院\n原住浏阳市孙店镇新庄村五组。\n").filter { !$0.hasSuffix("org") },
                       ["address 浏阳市孙店镇新庄村五组"])
        XCTAssertEqual(found("学生张伟就读于郑州市第一中学\n0371-65501234\n"), ["name 张伟", "landline 0371-65501234"])
        XCTAssertEqual(found("安保科电话：0371-63952276\n郑州市金水区纬五路36号\n"),
                       ["landline 0371-63952276 org", "address 郑州市金水区纬五路36号 org"])
        XCTAssertEqual(found("学生：张伟　家长电话：13812345678\n郑州市金水区纬五路36号\n"),
                       ["name 张伟", "mobile 13812345678", "record ", "address 郑州市金水区纬五路36号"])
        XCTAssertEqual(found("郑州市实验小学 地址：郑州市管城回族区民主路95号\n通讯地址：经八街道人民社区南环街56号15号楼2204室\n"),
                       ["address 郑州市管城回族区民主路95号 org", "address 经八街道人民社区南环街56号15号楼2204室"])
    }

    func testOfficesOfACanteenACounsellingCentreAndAMeetingsDesk() {
        XCTAssertEqual(found("学生如有饭菜质量问题，可拨打食堂电话0371-65951236反映。"), ["landline 0371-65951236 org"])
        XCTAssertEqual(found("心理健康教育中心 电话：0371-63921580 邮箱：xlzx@zz47zx.edu.cn"),
                       ["landline 0371-63921580 org", "email xlzx@zz47zx.edu.cn org"])
        XCTAssertEqual(found("会务组联系电话：0371-63817520"), ["landline 0371-63817520 org"])
        // A name signed is its signer's, though the staff word follows an office.
        XCTAssertEqual(found("食堂负责人：孙建军（签字）"), ["name 孙建军"])
        XCTAssertEqual(found("食堂负责人：孙建军"), ["name 孙建军 org"])
    }

    func testSealedSignOffsAndOfficesOfCompaniesAndDepartments() {
        XCTAssertEqual(found("特此通知。\n\n郑州市第七十三中学团委（盖章）\n2025年2月28日\n联系电话：0371-63921588\n"),
                       ["landline 0371-63921588 org"])
        XCTAssertEqual(found("联系方式：人力资源部 0371-63987832"), ["landline 0371-63987832 org"])
        XCTAssertEqual(found("招聘电话：0371-66718888"), ["landline 0371-66718888 org"])
        // A letter's contact line in brackets under its sign-off; a footer's line of the name
        // and its labels above the phone's.
        XCTAssertEqual(found("郑州市金水区教育局\n2026年9月29日\n\n（联系电话：0371-65501234）\n"), ["landline 0371-65501234 org"])
        XCTAssertEqual(found("满意度为94.6%。\n郑州市嵩阳职业中等专业学校 地址：郑州市中原区须水镇嵩阳路18号 邮编：450042\n电话：0371-67728801\n"),
                       ["address 郑州市中原区须水镇嵩阳路18号 org", "landline 0371-67728801 org"])
        // A supplier's letterhead: its mobile is its business line however long the address
        // before it; a journal's office after its title, a bureau's section in brackets.
        XCTAssertEqual(found("河南锦绣校服有限公司　地址：郑州市二七区航海中路188号　电话：0371-68812345　业务手机：13903712580"),
                       ["address 郑州市二七区航海中路188号 org", "landline 0371-68812345 org", "mobile 13903712580 org"])
        XCTAssertEqual(found("通讯地址：郑州市金水区农业路26号《中小学教学研究》编辑部　邮编：450002"),
                       ["address 郑州市金水区农业路26号 org"])
        XCTAssertEqual(found("如导入失败，请联系区医保中心 0371-65502216（征缴科）。"), ["landline 0371-65502216 org"])
        XCTAssertEqual(found("联系方式：编辑部电话 0371-63951286，联系人：编辑部刘老师。"), ["landline 0371-63951286 org"])
        // A school textbook's copyright page: its writing group's line.
        XCTAssertEqual(found("本书由郑州市文化路小学语文组编写。\n编写组联系电话：0371-65501234"), ["landline 0371-65501234 org"])
        // A teacher named by the post after the school is the teacher spoken of, no contact.
        XCTAssertEqual(found("一、经三路小学数学教师钟利民有偿补课问题"), ["name 钟利民"])
        // A notice's sentence naming parents above a page's footer leaves the footer the school's.
        XCTAssertEqual(found("学校提醒广大家长：暑假期间务必落实监护责任。\n地址：郑州市金水区纬五路36号　电话：0371-63921500　邮编：450003"),
                       ["address 郑州市金水区纬五路36号 org", "landline 0371-63921500 org"])
        XCTAssertEqual(found("填报人：安全办　联系电话：0371-63921588"), ["landline 0371-63921588 org"])
        // A platform's name holds a person's word (学生) and is no person.
        XCTAssertEqual(found("数据来源：全国职业院校学生实习就业管理平台，2024-09-02导出。联系电话：0371-67728801"),
                       ["landline 0371-67728801 org"])
    }

    func testPartyUnionStatusOfficesStudiosAndSocieties() {
        XCTAssertTrue(isOrganisational("联系人：党建办　联系电话：0371-63951274", officeKind: true))
        XCTAssertTrue(isOrganisational("可提前与离退休办联系（电话：0371-63951288）派车接送", officeKind: true))
        XCTAssertTrue(isOrganisational("学籍办：0371-63951234", officeKind: true))
        XCTAssertEqual(found("河南省化学会\n地址：郑州市金水区文化路97号\n电话：0371-63951234"),
                       ["address 郑州市金水区文化路97号 org", "landline 0371-63951234 org"])
        XCTAssertEqual(found("光影照相馆 电话：0371-63891234\n门店地址：郑州市金水区文化路85号"),
                       ["landline 0371-63891234 org", "address 郑州市金水区文化路85号 org"])
        // A log's service is a program: the mobile after it is a user's.
        XCTAssertEqual(found("c.z.s.service.impl.SmsServiceImpl - send verify code to 15805317767"), ["mobile 15805317767"])
    }

    /// The bodies of census, election, conscription and community work, a school's international
    /// office, its labs and rooms, and inspection bodies; hotlines and service lines.
    func testCensusElectionLabAndServiceOfficesAreOrganisations() {
        for office in ["普查办", "选举办", "选委会", "人大常委会", "征兵站", "户籍室", "民政所", "流动人口服务站", "社区网格办",
                       "统计局", "退役军人事务局", "选举工作领导小组", "国际交流处", "特种设备检验院", "化学实验室", "锅炉房",
                       "中牟县社会保险中心", "不动产登记中心", "住房公积金管理部", "安保科"] {
            XCTAssertEqual(found("请联系\(office)：0371-65958812"), ["landline 0371-65958812 org"], office)
        }
        XCTAssertEqual(found("国家化学事故应急咨询专线：0532-83889090"), ["landline 0532-83889090 org"])
        XCTAssertEqual(found("通风橱已报修，维修电话0371-66781234。"), ["landline 0371-66781234 org"])
        // A lab's key-keeper's own mobile stays theirs.
        XCTAssertEqual(found("化学实验室钥匙保管人：许诺飞 18801352248").filter { !$0.hasPrefix("record") }, ["name 许诺飞", "mobile 18801352248"])
    }

    /// A statistics table of schools: a count of pupils names no one, and the schools' numbers are theirs.
    func testASchoolsTableWithACountOfPupilsHoldsTheirOwnNumbers() throws {
        let found = try ReadTestSupport.scanData(Array("学校,学生人数,联系电话\n文化路第一小学,1200,0371-63930021\n纬五路第一小学,1300,0371-65501234\n".utf8),
                                                 name: "t.csv").1
        XCTAssertEqual(found.map(\.organisational), [true, true])
        let headed = try ReadTestSupport.scanData(Array("学校名称,学校联系电话\n文化路第一小学,0371-63930021\n".utf8), name: "t.csv").1
        XCTAssertEqual(headed.map(\.organisational), [true])
    }

    /// An envelope's return block: the school's name, its address alone, then its contact line.
    func testAnEnvelopesReturnBlockIsTheSchools() {
        XCTAssertEqual(found("郑州市第四十七中学招生办\n郑州市金水区纬五路36号\n邮政编码：450003　电话：0371-63952270\n"),
                       ["address 郑州市金水区纬五路36号 org", "landline 0371-63952270 org"])
        // A person's name over an address stays a person's.
        XCTAssertEqual(found("收件人：张梓涵\n郑州市金水区纬五路36号院3号楼2单元501室\n").filter { $0.hasPrefix("address") }.map { $0.hasSuffix(" org") }, [false])
    }

    /// A table of schools whose contact's numbers column (联系人电话) gives their offices' landlines.
    func testASchoolsContactsLandlineIsTheSchools() throws {
        let found = try ReadTestSupport.scanData(Array("学校,接种率,联系人电话\n文化路第一小学,98.2%,0371-63930021\n纬五路第一小学,97.5%,13812345678\n".utf8),
                                                 name: "t.csv").1
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.organisational)" }, ["landline true", "mobile false"])
    }

    /// Courts' and bureaus' departments, a court's own address, a check-in place's school.
    func testCourtsDepartmentsAndCheckInPlacesAreOrganisations() throws {
        XCTAssertEqual(found("联系人：少年审判庭，电话：0371-65951234，传真：0371-65951235"),
                       ["landline 0371-65951234 org", "landline 0371-65951235 org"])
        XCTAssertEqual(found("填表人：安全稳定科　联系电话：0371-65951234"), ["landline 0371-65951234 org"])
        XCTAssertEqual(found("本院地址：郑州市金水区经三路12号").map { $0.hasSuffix(" org") }, [true])
        let found = try ReadTestSupport.scanData(Array("姓名,部门,打卡时间,打卡地点\n唐*刚,后勤处,2024-11-19 09:30:05,郑州市金水区纬五路36号郑州市第四十七中学\n".utf8),
                                                 name: "t.csv").1
        XCTAssertEqual(found.filter { $0.kind == .address }.map(\.organisational), [true])
    }

    /// A tax bureau's hall, a bus company's depot and its dispatch desk.
    func testServiceHallsDepotsAndDispatchDesksAreOrganisations() {
        XCTAssertEqual(found("金水区税务局办税服务厅：郑州市金水区农业路72号"), ["address 郑州市金水区农业路72号 org"])
        XCTAssertEqual(found("停车场地址：郑州市惠济区天河路88号"), ["address 郑州市惠济区天河路88号 org"])
        XCTAssertEqual(found("调度：0371-63958000"), ["landline 0371-63958000 org"])
        XCTAssertEqual(found("印务联系电话：0371-65508888"), ["landline 0371-65508888 org"])
        XCTAssertEqual(found("家庭住址：郑州市惠济区天河路88号院3号楼2单元501室"), ["address 郑州市惠济区天河路88号院3号楼2单元501室"])
    }

    /// A company's letterhead line runs long before its contact's landline; a bureau's sections
    /// (…股) and a school's offices (…办) are organisations.
    /// Rooms of a school's services (电教室, 录播室), an office's name ending in 室 on the line
    /// above its phone's (not an envelope's room number), and a table's office row.
    func testServiceRoomsAnOfficeLineAboveItsPhoneAndAnOfficeRow() throws {
        XCTAssertEqual(found("如有疑问请联系电教室 0371-61047341"), ["landline 0371-61047341 org"])
        XCTAssertEqual(found("金水区教研室\n电话：0371-65908862"), ["landline 0371-65908862 org"])
        let csv = "社团,指导教师,手机\n德育处,（办公室）,0371-64517836\n书法社,冯丽华,0371-64517837\n"
        XCTAssertEqual(try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .landline }.map(\.organisational),
                       [true, false])
        let footer = "日期,护校人员,联系方式\n2025/1/20,冯丽华,13812345678\n总务处制,,0371-63915512\n"
        XCTAssertEqual(try ReadTestSupport.scanData(Array(footer.utf8), name: "t.csv").1.filter { $0.kind == .landline }.map(\.organisational),
                       [true])
    }

    func testALongLetterheadLineAndABureausSections() {
        XCTAssertEqual(found("河南中信招标代理有限公司　地址：郑州市郑东新区商务外环路20号海联大厦12层　联系人：王工　电话：0371-65501234"),
                       ["address 郑州市郑东新区商务外环路20号海联大厦12层 org", "landline 0371-65501234 org"])
        XCTAssertEqual(found("规划股  联系电话：0371-62178822"), ["landline 0371-62178822 org"])
        XCTAssertEqual(found("请拨打0371-65501234（考务办）"), ["landline 0371-65501234 org"])
        XCTAssertEqual(found("联系人：安全股 李老师"), [])
        XCTAssertEqual(found("金水区教育局学籍管理股\n电话：0371-63952271"), ["landline 0371-63952271 org"])
        XCTAssertEqual(found("联系：学籍股 0371-63952271"), ["landline 0371-63952271 org"])
        XCTAssertEqual(found("填报单位：碗厂乡中心校　电话：0834-3321060"), ["landline 0834-3321060 org"])
        XCTAssertEqual(found("四、信访电话：0371-63952279"), ["landline 0371-63952279 org"])
        XCTAssertEqual(found("联系人：教师发展科，电话：0371-63568233"), ["landline 0371-63568233 org"])
        // A school's name and its office apart by a blank, signing a mail over their contacts.
        XCTAssertEqual(found("请安排排期。\n\n郑州市第四十七中学 政教处\n电话：0371-63921570\n地址：郑州市中原区伏牛路198号"),
                       ["landline 0371-63921570 org", "address 郑州市中原区伏牛路198号 org"])
        XCTAssertEqual(found("您的贷款应还利息356.20元，请于12月20日前还款。咨询0371-63581234。"), ["landline 0371-63581234 org"])
        XCTAssertEqual(found("家长咨询13812345678"), ["mobile 13812345678"])
        XCTAssertEqual(found("淅川县教育体育局　地址：淅川县龙城街道灌河路88号　电话：0377-69222145"),
                       ["address 淅川县龙城街道灌河路88号 org", "landline 0377-69222145 org"])
        // Not a person's line: a parent's landline after the pupil's school stays the parent's.
        XCTAssertEqual(found("郑州市第一中学初二3班学生家长联系人：王伟 电话 0371-65501234"), ["name 王伟", "landline 0371-65501234", "record "])
    }

    /// Probes 50: a hotline's second number aligned under the first; a contact heading between a
    /// letterhead and its contact lines; the phone before the address on an office's contact
    /// line; a skills test's station, a research office and an internship office are
    /// organisations; a group's leader (年级组长) is a person, no group.
    func testProbes50OrganisationsContacts() {
        XCTAssertEqual(found("招生咨询电话：0371-66852366\n　　　　　　　0371-66852377"),
                       ["landline 0371-66852366 org", "landline 0371-66852377 org"])
        XCTAssertEqual(found("招生办：0371-66852366\n0371-66852377"), ["landline 0371-66852366 org", "landline 0371-66852377 org"])
        XCTAssertEqual(found("郑州市金水区第三幼儿园保健室 <jsq3y_zs@163.com>\nchenfang1990@126.com").map { $0.hasSuffix(" org") }, [true, false])
        XCTAssertEqual(found("家长电话：13812345678\n　　　　　13912345678").map { $0.hasSuffix(" org") }, [false, false])
        XCTAssertEqual(found("郑州市金水区第三幼儿园\n\n联系方式\n地址：郑州市金水区经三路68号\n电话：0371-63851234"),
                       ["address 郑州市金水区经三路68号 org", "landline 0371-63851234 org"])
        XCTAssertEqual(found("4. 实施送教下乡活动。\n\n联系电话：0371-62193147　地址：中牟县青年路东段118号"),
                       ["landline 0371-62193147 org", "address 中牟县青年路东段118号 org"])
        XCTAssertEqual(found("联系电话：0371-62193147　家庭地址：中牟县青年路东段118号"),
                       ["landline 0371-62193147", "address 中牟县青年路东段118号"])
        XCTAssertEqual(found("郑州市信息技术学校考核站　电话：0371-66852305"), ["landline 0371-66852305 org"])
        XCTAssertEqual(found("中牟县教育局教学研究室　电话：0371-62193147"), ["landline 0371-62193147 org"])
        XCTAssertEqual(found("实习办电话：0371-66852301"), ["landline 0371-66852301 org"])
        XCTAssertEqual(found("备注：年级组长\n电子邮箱：371034788@qq.com"), ["email 371034788@qq.com"])
        XCTAssertEqual(found("如有疑问请联系年级组，电话：0371-65501234"), ["landline 0371-65501234 org"])
    }

    /// Probe 51e: a fax's padded label, a county's 稳定股 and 统计股 after 联系人, a school's address
    /// after 该校位于 with its principal named after it.
    func testProbes51BureauFiles() {
        XCTAssertEqual(found("传　　真：0371-62171006"), ["landline 0371-62171006 org"])
        XCTAssertEqual(found("承办机构：河南省青青研学旅行服务有限公司\n地址：郑州市金水区花园路39号\n电话：0371-86091234"),
                       ["address 郑州市金水区花园路39号 org", "landline 0371-86091234 org"])
        XCTAssertEqual(found("联系人：安全稳定股，电话：0371-62171234"), ["landline 0371-62171234 org"])
        XCTAssertEqual(found("该校位于中牟县城关镇文化路12号，校长郭建民同志").filter { $0.hasPrefix("address") }, ["address 中牟县城关镇文化路12号 org"])
        XCTAssertEqual(found("家长王建国，地址：郑州市第一中学家属院3号楼").filter { $0.hasPrefix("address") }, ["address 郑州市第一中学家属院3号楼"])
    }

    /// Probes 52: a contract's or a procurement notice's party block: its domicile (住所：), its
    /// office in a tower, its contact and landline under its role's line or its name are the
    /// organisation's; a person's party keeps theirs, and a form's particulars end a block.
    /// 拨打 before a hotline; a note across a roster's person column naming an office.
    func testProbes52ContractParties() {
        XCTAssertEqual(found("甲方：郑州市金水区文博实验学校\n住所地：郑州市金水区文博东路18号"), ["address 郑州市金水区文博东路18号 org"])
        XCTAssertEqual(found("乙方：河南宏达教学设备有限公司　地址：郑州市高新区科学大道136号5号楼902室　电话：0371-68910255"),
                       ["address 郑州市高新区科学大道136号5号楼902室 org", "landline 0371-68910255 org"])
        XCTAssertEqual(found("河南宏达教学设备有限公司\n地址：郑州市高新区科学大道136号5号楼902室"), ["address 郑州市高新区科学大道136号5号楼902室 org"])
        XCTAssertEqual(found("河南中正招标代理有限公司\n联系人：孙莉莉　电话：0371-65778812　传真：0371-65778813"),
                       ["name 孙莉莉 org", "landline 0371-65778812 org", "landline 0371-65778813 org"])
        XCTAssertEqual(found("- 代理机构：河南中正招标代理有限公司\n- 联系人：何振华\n- 电话：0371-65778812\n- 邮箱：zhongzhengzb@163.com"),
                       ["name 何振华 org", "landline 0371-65778812 org", "email zhongzhengzb@163.com org"])
        XCTAssertEqual(found("甲方（用人单位）：郑州市第七十二中学\n联系电话：0371-63912580"), ["landline 0371-63912580 org"])
        XCTAssertEqual(found("乙方：河南宏达教学设备有限公司\n法定代表人：陈国强"), ["name 陈国强 org"])
        // A person's party, a form's particulars: theirs.
        XCTAssertEqual(found("甲方：郑州市第一中学\n乙方（劳动者）：苏丽\n住所：郑州市金水区丰产路3号楼2单元501\n联系电话：0371-65512345"),
                       ["address 郑州市金水区丰产路3号楼2单元501", "landline 0371-65512345"])
        XCTAssertEqual(found("郑州市第一中学\n姓名：王建业\n地址：郑州市金水区丰产路3号楼2单元501"), ["name 王建业", "address 郑州市金水区丰产路3号楼2单元501"])
        XCTAssertEqual(found("乙方：河南宏达教学设备有限公司\n委托代理人：刘海涛\n联系电话：13903817265"), ["name 刘海涛", "mobile 13903817265"])
        XCTAssertEqual(found("查询不到结果的，请于工作时间拨打 0371-65501234 咨询。"), ["landline 0371-65501234 org"])
        XCTAssertEqual(found("请联系特教中心，电话：0371-63851207"), ["landline 0371-63851207 org"])
        // An organisation's number given again further on is still its own, wherever it stands;
        // a number met first with no organisation is no one's but its owner's.
        XCTAssertEqual(found("名　　称：河南中正招标代理有限公司\n联系方式：0371-65778812\n\n3. 项目联系方式\n项目联系人：孙莉莉、何振华\n电　话：0371 6577 8812"),
                       ["landline 0371-65778812 org", "name 孙莉莉", "name 何振华", "landline 0371 6577 8812 org"])
        XCTAssertEqual(found("家长联系人：王红，电话：0371-65501234\n\n郑州市第一中学\n电话：0371-65501234"),
                       ["name 王红", "landline 0371-65501234", "record ", "landline 0371-65501234 org"])
    }

    /// Probes 54: an address under a contact line that gives a staff member by surname and title
    /// with the office's landline (联系人：李老师　电话：0371-…) is the office's; with a mobile, theirs.
    func testProbes54AddressUnderAContactLine() {
        XCTAssertEqual(found("中牟县第一高级中学招聘宿舍管理员公告\n联系人：李老师　电话：0371-62191258\n地址：中牟县青年路东段168号"),
                       ["landline 0371-62191258 org", "address 中牟县青年路东段168号 org"])
        XCTAssertEqual(found("联系人：李老师　电话：13812345678\n地址：中牟县青年路东段168号"),
                       ["mobile 13812345678", "address 中牟县青年路东段168号"])
    }
}
