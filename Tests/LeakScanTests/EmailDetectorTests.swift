import XCTest
@testable import LeakScan

final class EmailDetectorTests: XCTestCase {
    private func scan(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: [EmailDetector()])
    }

    private func values(_ text: String) -> [String] { scan(text).map(\.value) }

    func testValidAddresses() {
        XCTAssertEqual(values("邮箱：zhang.san@qq.com"), ["zhang.san@qq.com"])
        XCTAssertEqual(values("13812345678@163.com"), ["13812345678@163.com"])
        XCTAssertEqual(values("mail a_b%c+d-e@mail.school-1.edu.cn now"), ["a_b%c+d-e@mail.school-1.edu.cn"])
        XCTAssertEqual(values("<li@qq.com>"), ["li@qq.com"])
        XCTAssertEqual(values("联系li@qq.com。"), ["li@qq.com"])
        XCTAssertEqual(values("x@a.com,y@b.com"), ["x@a.com", "y@b.com"])
        XCTAssertEqual(scan("li@qq.com").map(\.confidence), [.high])
        XCTAssertEqual(scan("li@qq.com").map(\.kind), [.email])
    }

    func testDomainsKeptForExamplesAreNoOnesMailbox() {
        // RFC 2606 and RFC 6761: a textbook's or a manual's made-up address.
        XCTAssertEqual(values("Please write to lihua@example.com soon."), [])
        XCTAssertEqual(values("li@mail.EXAMPLE.org"), [])
        XCTAssertEqual(values("li@school.test"), [])
        XCTAssertEqual(values("li@host.invalid"), [])
        // Not a domain merely ending in those letters.
        XCTAssertEqual(values("li@myexample.com"), ["li@myexample.com"])
        XCTAssertEqual(values("li@contest.cn"), ["li@contest.cn"])
    }

    func testMessageIdentifiersInMailHeadersAreNoMailboxes() {
        XCTAssertEqual(values("Message-ID: <20240312093015.582341@zhxy.zz8z.edu.cn>"), [])
        XCTAssertEqual(values("From: wanglj@163.com\nIn-Reply-To: <tencent_9C1E8F2A3B4D5E6F7A8B9C0D1E2F3A4B5C06@qq.com>"), ["wanglj@163.com"])
        // A folded References header: its later lines open with blanks.
        XCTAssertEqual(values("References: <a1.b2@mail.zz8z.edu.cn>\n <c3.d4@mail.zz8z.edu.cn>\n\t<e5@qq.com>\nTo: li@qq.com"),
                       ["li@qq.com"])
        XCTAssertEqual(values("Content-ID: <image001.png@01DA7B2C.5F3E1A20>"), [])
        // A header naming mailboxes, a note under an identifier header, a label of one's own.
        XCTAssertEqual(values("Reply-To: li@qq.com"), ["li@qq.com"])
        XCTAssertEqual(values("Message-ID: <x@y.cn>\n联系：li@qq.com"), ["li@qq.com"])
        XCTAssertEqual(values("student-id: 3; mail li@qq.com"), ["li@qq.com"])
    }

    func testTrailingPunctuationIsLeftOut() {
        XCTAssertEqual(values("Write to li@qq.com."), ["li@qq.com"])
        XCTAssertEqual(values("li@qq.com.123"), ["li@qq.com"])
        XCTAssertEqual(values("...li@qq.com"), ["li@qq.com"])
    }

    func testInvalidAddresses() {
        XCTAssertEqual(values("@qq.com"), [])
        XCTAssertEqual(values("li@localhost"), [])
        XCTAssertEqual(values("t1001@yucai.local"), [])
        XCTAssertEqual(values("li@example.c"), [])
        XCTAssertEqual(values("li@example.123"), [])
        XCTAssertEqual(values("li.@qq.com"), [])
        XCTAssertEqual(values("li..wang@qq.com"), [])
        XCTAssertEqual(values("li@-qq.com"), [])
        XCTAssertEqual(values("li@.qq.com"), [])
        XCTAssertEqual(values("中文@qq.com"), [])
        XCTAssertEqual(values("price @ 5.00"), [])
        XCTAssertEqual(values(String(repeating: "a", count: 65) + "@qq.com"), [])
    }

    func testOrganisationalFlag() {
        XCTAssertEqual(scan("学校办公室邮箱：office@school.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("班主任邮箱：li@qq.com").map(\.organisational), [false])
        XCTAssertEqual(scan("li@qq.com", header: "家长邮箱").map(\.organisational), [false])
        // A government body's mailbox, and one a notice collects its returns at.
        XCTAssertEqual(scan("E-mail：zzjyjbgs@zhengzhou.gov.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("请将回执发送至邮箱 zzjyaqc@126.com。").map(\.organisational), [true])
        XCTAssertEqual(scan("请发送至王老师邮箱 wangli2008@126.com").map(\.organisational), [true])
        XCTAssertEqual(scan("请各校于9月30日前将汇总表发送至jsfzzx@126.com。").map(\.organisational), [true])
        XCTAssertEqual(scan("学员：王建华，邮箱jsfzzx@126.com").map(\.organisational), [false])
        // An English company's mailbox on an itinerary; a school's international office.
        XCTAssertEqual(scan("Tour operator: New England Study Tours Inc., (617) 555-0100, bookings@nestudytours.com").map(\.organisational), [true])
        XCTAssertEqual(scan("Oakwood Academy | Tel: +44 1223 000 555 | international@oakwood.sch.uk").map(\.organisational), [true])
        XCTAssertEqual(scan("Host family: Mr Incledon, incledon.j@gmail.com").map(\.organisational), [false])
        // A role's mailbox (RFC 2142's, an office's pinyin), not a person's.
        XCTAssertEqual(scan("表格发至 zhaosheng@xhsx.edu.cn，咨询电话 0571-88123456。").map(\.organisational), [true])
        XCTAssertEqual(scan("Webmaster@zz19z.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("会员登记请发送邮件至 xiaoyouhui@zz19z.edu.cn。").map(\.organisational), [true])
        XCTAssertEqual(scan("zhaosheng2010@163.com").map(\.organisational), [false])
        XCTAssertEqual(scan("报名邮箱：wwl2xx@163.com").map(\.organisational), [true])
        // An office's mailbox at a webmail provider, a group's list; not a person's whose last
        // part is no role.
        XCTAssertEqual(scan("wh3z_jwc@163.com").map(\.organisational), [true])
        XCTAssertEqual(scan("parents-list@zz19zx.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("parents@zz19zx.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("wang.li@zz19zx.edu.cn").map(\.organisational), [false])
        XCTAssertEqual(scan("list@163.com").map(\.organisational), [false])
        // A role before a place's initials (教育工会, 金水区); not before a longer part, a name's.
        XCTAssertEqual(scan("jygh_jsq@163.com").map(\.organisational), [true])
        XCTAssertEqual(scan("whlyx_gh@163.com").map(\.organisational), [true])
        XCTAssertEqual(scan("admin_wangli@163.com").map(\.organisational), [false])
        // A group's list before what qualifies it, an office's initials glued after the
        // school's, an office's name in full pinyin; not a surname and a person's initials.
        for office in ["parents-grade8@zz71zx.cn", "teachers_c23@zz71zx.cn", "xzbgs@jswwyx.cn", "wcxjdc@163.com", "zhengjiaochu@zzjsedu.cn",
                       "jsqtwk@126.com", "schools@jsqjy.cn", "zhengjiao47@163.com", "kf@zzcard-print.cn", "tiyuzu_wh1z@163.com"] {
            XCTAssertEqual(scan(office).map(\.organisational), [true], office)
        }
        // 宣传处, a school's 招生 after its initials, a bureau's 人事科 and 统计科 after its own, a
        // counselling centre, an insurer's claims desk.
        for office in ["xcb@jsqsyzx.edu.cn", "fqlxx_zs@163.com", "zmxjyjrsk@163.com", "jsqtjk@126.com", "xlzx@zz47.cn",
                       "claims-zz@chinalife-henan.com.cn"] {
            XCTAssertEqual(scan(office).map(\.organisational), [true], office)
        }
        for person in ["zhangsan-grade8@qq.com", "wangjdc@163.com", "liujwc@qq.com", "wangrsk@163.com", "zs_1990@163.com", "zs@163.com", "xinli68@outlook.com"] {
            XCTAssertEqual(scan(person).map(\.organisational), [false], person)
        }
        // A group's, a class's, a bureau's office's, a newsletter's and a company's own mailboxes.
        for office in ["banzhuren@zz47z.cn", "jiaweihui_g15@163.com", "zpb@jinshui.edu.cn", "newsletter@jyb.cn",
                       "mail@service.netease.com", "jd@jd.com", "gaoyi3@zz47z.cn", "chuer_5@zz47z.cn"] {
            XCTAssertEqual(scan(office).map(\.organisational), [true], office)
        }
        for person in ["gaoyiming@163.com", "gaoyi1988@163.com", "jdwang@jd.com"] {
            XCTAssertEqual(scan(person).map(\.organisational), [false], person)
        }
        // A repository's remote: the code host's SSH user.
        XCTAssertEqual(scan("\"url\": \"git+ssh://git@gitee.com/zz47/zhxy-web.git\"").map(\.organisational), [true])
        XCTAssertEqual(scan("git clone git@github.com:zz47/zhxy.git").map(\.organisational), [true])
        // An English-speaking school's admissions office.
        XCTAssertEqual(scan("Email: admissions@zzis.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("Email: emily.chen@zzis.edu.cn").map(\.organisational), [false])
        // A school's mailbox for parents' opinions.
        XCTAssertEqual(scan("家长意见邮箱：jiaxiao@wh3z.edu.cn").map(\.organisational), [true])
    }

    /// Offices' mailboxes by their initials, alone or after the school's prefix.
    func testOfficesInitialsAreRoleMailboxes() {
        for address in ["cwc@zz19z.edu.cn", "cws@zz47zx.edu.cn", "zzzx@zz57.edu.cn", "jsjyj_jyk@163.com"] {
            XCTAssertEqual(findings(in: address, detectors: [EmailDetector()]).map(\.organisational), [true], address)
        }
        XCTAssertEqual(findings(in: "cwc1988@163.com", detectors: [EmailDetector()]).map(\.organisational), [false])
    }

    func testEachItemOfARecipientsListSpeaksForItsOwnAddress() {
        let found = findings(in: "收件人: 教务处 <jwc@zz8z.edu.cn>; 曾建华 <zengjh1983@163.com>; 吕俊峰 <lvjf_89@126.com>",
                             detectors: StandardDetectors.all())
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value)\($0.organisational ? " org" : "")" },
                       ["email jwc@zz8z.edu.cn org", "name 曾建华", "email zengjh1983@163.com", "name 吕俊峰", "email lvjf_89@126.com"])
        // A reply's attribution and a forward's quoted sender name their person.
        XCTAssertEqual(findings(in: "在 2024年3月12日 09:30，王丽娟 <wanglijuan1986@163.com> 写道：", detectors: StandardDetectors.all())
            .filter { $0.kind == .name }.map(\.value), ["王丽娟"])
        XCTAssertEqual(findings(in: "发件人: \"秦红霞\"<qinhx_17@126.com>;", detectors: StandardDetectors.all())
            .filter { $0.kind == .name }.map(\.value), ["秦红霞"])
    }

    /// A display name in Latin letters before its address: pinyin or another language's name,
    /// after a field's colon, a comma, a semicolon or a quote, or pinyin after a sentence's
    /// word; not an organisation's desk nor a sentence's words.
    func testRomanisedDisplayNamesBeforeTheirAddresses() {
        func names(_ text: String) -> [String] {
            findings(in: text, detectors: StandardDetectors.all()).filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(names("From: Wang Zihan <wangzihan2009@qq.com>"), ["Wang Zihan"])
        XCTAssertEqual(names("Cc: LI Hua <lihua@163.com>; Mary-Jane O'Brien <mjobrien@163.com>"), ["LI Hua", "Mary-Jane O'Brien"])
        XCTAssertEqual(names("Please contact Wang Zihan <wzh2009@qq.com> for details."), ["Wang Zihan"])
        XCTAssertEqual(names("To: School Office <office@zz8z.edu.cn>, Tsinghua University <admission@tsinghua.edu.cn>"), [])
        XCTAssertEqual(names("From: Admissions Team <adm@bnu.edu.cn>"), [])
        XCTAssertEqual(names("Contact Emily Johnson <emilyj@gmail.com>"), [])
        // An office's mailbox is the office's; the display name before it is its sender's.
        XCTAssertEqual(names("From: \"梁秀英\" <xlzx@zz52zx.cn>"), ["梁秀英"])
        XCTAssertEqual(names("From: 教务处 <jwc@zz47z.cn>"), [])
        XCTAssertEqual(names("王老师，邮箱：jwc@zz47z.cn"), [])
    }

    /// The desks of travel agencies and partner schools, and a group's list named by what it gathers.
    func testBookingPartnershipDesksAndGroupsListsAreNoOnesMailbox() {
        XCTAssertEqual(scan("From: Sussex Language Centre Bookings <bookings@sussexlc.co.uk>").map(\.organisational), [true])
        XCTAssertEqual(scan("partnerships@stjohns.org.uk").map(\.organisational), [true])
        XCTAssertEqual(scan("外教事务：foreignteachers@zz1z.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("家长邮箱：liuteachers1985@163.com").map(\.organisational), [false])
    }

    /// A whole staff's and a whole school's lists.
    func testAllStaffListsAreNoOnesMailbox() {
        XCTAssertEqual(scan("To: 全体教职工 <allstaff@zz47.edu.cn>").map(\.organisational), [true])
        XCTAssertEqual(scan("jzg@zz47.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("quanxiao@zz47.edu.cn").map(\.organisational), [true])
        XCTAssertEqual(scan("zhangjzg1985@163.com").map(\.organisational), [false])
    }

    /// Probes 50: a vocational school's 就业处 and 实习办, a county's 教研室 after its initials, a
    /// district's student aid centre; a surname before an office's initials is a person's.
    func testProbes50OfficeMailboxes() {
        for office in ["jyc@zzez.edu.cn", "sxb@zzez.edu.cn", "zmxjys@163.com", "zyqxszz@163.com"] {
            XCTAssertEqual(scan(office).map(\.organisational), [true], office)
        }
        XCTAssertEqual(scan("wangjys@163.com").map(\.organisational), [false])
    }

    /// Probes 51: an office's initials before or after a school's code of its number (jwc76z@,
    /// zz76zjwc@), after a class's in a last part (wwl1x_san2jwh@: 家委会); a health office's
    /// (xys), a grade's 班主任 list (bzr), an agency's 计调 desk; a year after an office's
    /// initials, or a surname before them, is a person's.
    func testProbes51OfficeMailboxes() {
        for office in ["jwc76z@126.com", "zz76zjwc@126.com", "wwl1x_san2jwh@163.com", "wwx_xys@163.com", "jiunianji-bzr@126.com", "jidiao@qq.com"] {
            XCTAssertEqual(scan(office).map(\.organisational), [true], office)
        }
        for person in ["jwc2010@126.com", "wangjdc@163.com", "li_wangjdc@163.com", "xiaoyishi_lin@126.com"] {
            XCTAssertEqual(scan(person).map(\.organisational), [false], person)
        }
    }

    /// Probe 52c: a training company's desks (市场部, 培训, 合作).
    func testProbes52CompanyDesks() {
        for desk in ["market@xinghuo-sports.com", "business@xinghuo.com", "shichang@163.com", "peixun@xinghuo.com"] {
            XCTAssertEqual(scan(desk).map(\.organisational), [true], desk)
        }
    }

    /// Probes 53: an office's initials after the school's and before its number (xzbgs76@); a
    /// vendor's privacy, legal and operations desks.
    func testProbes53OfficeAndVendorDesks() {
        for desk in ["xzbgs76@163.com", "privacy@zhixiaoyun.com.cn", "ops@zhixiaoyun.com.cn", "legal@vendor.cn"] {
            XCTAssertEqual(scan(desk).map(\.organisational), [true], desk)
        }
        XCTAssertEqual(scan("wang76@163.com").map(\.organisational), [false])
    }
}
