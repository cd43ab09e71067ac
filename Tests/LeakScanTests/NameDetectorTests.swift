import XCTest
@testable import LeakScan

final class NameDetectorTests: XCTestCase {
    /// Names found in `text` as one piece (a cell under `header`, or running text).
    private func names(_ text: String, header: String? = nil) -> [String] {
        findings(in: text, header: header, detectors: [NameDetector()]).filter { $0.kind == .name }.map(\.value)
    }

    func testANameGluedToAnAccountsNumberAsLogsWriteUsers() {
        // A portal's, a clock's or a library's log: the user's number and name together.
        XCTAssertEqual(names("Mar 11 08:04:17 portal: AUTH OK user=20231234(王一诺) mac=3c:a0:67:11:22:33"), ["王一诺"])
        XCTAssertEqual(names("王一诺(20231234) 上线 10.20.3.15"), ["王一诺"])
        XCTAssertEqual(names("王一诺（20231234）借阅《红岩》"), ["王一诺"])
        XCTAssertEqual(names("2024-03-11 22:31:05 INFO login [王一诺/20231234] from 10.20.3.15"), ["王一诺"])
        // A place or a word beside a number, a number too short for an account.
        XCTAssertEqual(names("北京(100006)"), [])
        XCTAssertEqual(names("高中(201912)"), [])
        XCTAssertEqual(names("分类号/20231234"), [])
        XCTAssertEqual(names("王一诺(2023)"), [])
    }

    func testRolesOfProcurementStatisticsRepairsAndGatesBeforeAName() {
        XCTAssertEqual(names("评审专家：张建国、李秀兰、王志强"), ["张建国", "李秀兰", "王志强"])
        XCTAssertEqual(names("采购人代表：赵丽华"), ["赵丽华"])
        XCTAssertEqual(names("法人代表：孙国庆 授权代表：刘晓峰"), ["孙国庆", "刘晓峰"])
        XCTAssertEqual(names("信息中心技术员张辉到场检查"), ["张辉"])
        XCTAssertEqual(names("代签：孟丽娟"), ["孟丽娟"])
        // The police's forms of address are no names.
        XCTAssertEqual(names("联系人：王警官"), [])
        XCTAssertEqual(names("张警长：您好"), [])
        // Who signs for a parcel other than a person.
        XCTAssertEqual(names("门卫", header: "签收人"), [])
        XCTAssertEqual(names("丰巢柜", header: "签收人"), [])
    }

    func testAListsLinesNameTheOfficeBeforeThePerson() {
        // A bulletin's list of staff by office (ol items one a line; numbered in a text).
        XCTAssertEqual(names("后勤处 周淑珍（豫A·NMYFH），本月违停4次\n教务处 高海燕（豫A·FC80L），本月违停3次\n教务处 雷俊峰（豫A·LXDX3），本月违停2次"),
                       ["周淑珍", "高海燕", "雷俊峰"])
        XCTAssertEqual(names("1. 后勤处 周淑珍（豫A·NMYFH）\n2. 教务处 高海燕（豫A·FC80L）\n3. 总务处 李建国（豫A·12345）"), ["周淑珍", "高海燕", "李建国"])
        // An office's lines of other words name no one.
        XCTAssertEqual(names("教务处 通知（一）\n德育处 安排（二）\n总务处 公告（三）"), [])
    }

    func testANameAloneOverItsPupilsNumberOnADeskLabel() {
        // An exam's desk labels by mail merge: the name alone, then 考号：…, then the room.
        XCTAssertEqual(names("张梓涵\n考号：2025010301\n第03考场 座位号：01\n\n李浩然\n考号：2025010302"), ["张梓涵", "李浩然"])
        XCTAssertEqual(names("王一诺\n学号：20231234"), ["王一诺"])
        // A heading over a number's label names no one.
        XCTAssertEqual(names("注意事项\n考号：请用2B铅笔填涂"), [])
    }

    func testALogsKeyWithAnEqualsSign() {
        XCTAssertEqual(names("姓名=王一诺"), ["王一诺"])
        XCTAssertEqual(findings(in: "学生姓名=王一诺&班级=2", detectors: [NameDetector()]).map(\.confidence), [.high])
        XCTAssertEqual(names("常规=张伟"), [])
    }

    func testWordsOfSupportAndDropoutFilesAfterAName() {
        // 随班就读, 控辍保学 and 留守儿童 records name the child before such words.
        XCTAssertEqual(names("王浩然随班就读。"), ["王浩然"])
        XCTAssertEqual(names("学生刘梓轩随父母外出。"), ["刘梓轩"])
        XCTAssertEqual(names("王浩然父母离异。"), ["王浩然"])
        XCTAssertEqual(names("王浩然休学一年。"), ["王浩然"])
        XCTAssertEqual(names("王浩然因病休学。"), ["王浩然"])
        XCTAssertEqual(names("张老师因病请假"), [])
        XCTAssertEqual(names("学生张子涵、王浩然随父母外出务工地就读。"), ["张子涵", "王浩然"])
        // The words with no name before them.
        XCTAssertEqual(names("随父母外出务工的学生较多。"), [])
        XCTAssertEqual(names("随班就读学生共12人"), [])
        XCTAssertEqual(names("申请休学需提交材料"), [])
        XCTAssertEqual(names("学生父母均外出"), [])
    }

    func testANameOpeningItsLineBeforeAColonAndAWordThatFollowsNames() {
        // A class book (同学录, 毕业纪念册): each classmate's entry.
        XCTAssertEqual(names("张伟：生日3月12日"), ["张伟"])
        XCTAssertEqual(names("前言\n张伟： 爱好：打篮球"), ["张伟"])
        XCTAssertEqual(names("要求：同学们按时到校"), [])
        XCTAssertEqual(names("周一：参加升旗仪式"), [])
        XCTAssertEqual(names("今天张伟：生日快乐"), [])
    }

    func testComplaintsAndHotlineRecordsNameTheirPeople() {
        // A 12345 work order's, a petition's, a complaint's labels.
        XCTAssertEqual(names("投诉人：杨晓东"), ["杨晓东"])
        XCTAssertEqual(names("信访人：王建国"), ["王建国"])
        XCTAssertEqual(names("来电人：张伟 反映孩子在校受伤"), ["张伟"])
        XCTAssertEqual(names("市民王建国反映孩子被罚站"), ["王建国"])
        XCTAssertEqual(names("班主任张建国多次批评孩子"), ["张建国"])
        XCTAssertEqual(names("由副校长王建国约谈"), ["王建国"])
        // An office's name is none (督学办电话：…), nor are the words alone.
        XCTAssertEqual(names("督学：张老师  督学办电话：0371-65510012"), [])
        XCTAssertEqual(names("我们多次反映"), [])
        XCTAssertEqual(names("家长投诉食堂"), [])
    }

    func testCellUnderANameHeader() {
        XCTAssertEqual(names("张伟", header: "学生姓名"), ["张伟"])
        XCTAssertEqual(names(" 王小明 ", header: "姓名"), ["王小明"])
        XCTAssertEqual(names("欧阳娜娜", header: "家长姓名"), ["欧阳娜娜"])
        XCTAssertEqual(names("司马光明", header: "监护人"), ["司马光明"])
        // Competitions and awards name their people so.
        XCTAssertEqual(names("李明远", header: "参赛选手"), ["李明远"])
        XCTAssertEqual(names("李明远", header: "获奖同学"), ["李明远"])
        XCTAssertEqual(names("李明远", header: "作品作者"), ["李明远"])
        XCTAssertEqual(names("李明远", header: "同学评价"), [])
        XCTAssertEqual(names("阿不都·热合曼", header: "姓名"), ["阿不都·热合曼"])
        // A full stop typed for the middle dot, under a name header only.
        XCTAssertEqual(names("热依拉.玉素甫", header: "姓名"), ["热依拉.玉素甫"])
        XCTAssertEqual(names("热依拉.玉素甫"), [])
        // Trips and support name their people so.
        XCTAssertEqual(names("王子涵", header: "乘车人"), ["王子涵"])
        XCTAssertEqual(names("马子轩", header: "帮扶对象"), ["马子轩"])
        XCTAssertEqual(names("古丽米拉•艾买提", header: "姓名"), ["古丽米拉•艾买提"])
        // The header vouches for a name that is also a word (高明) or a place (高平).
        XCTAssertEqual(names("高明", header: "姓名"), ["高明"])
        XCTAssertEqual(findings(in: "张伟", header: "姓名", detectors: [NameDetector()]).first?.confidence, .high)
    }

    func testSeveralNamesInOneCellUnderANameHeader() {
        XCTAssertEqual(names("张建国 李红", header: "父母姓名"), ["张建国", "李红"])
        XCTAssertEqual(names("王强/赵敏；刘洋", header: "监护人"), ["王强", "赵敏", "刘洋"])
        XCTAssertEqual(Set(findings(in: "张建国　李红", header: "家长姓名", detectors: [NameDetector()]).map(\.confidence)), [.high])
        // Every part must be a name; a name with a word beside it is found as such (see
        // `testANameWithANoteUnderANameHeader`).
        XCTAssertEqual(findings(in: "张建国 父亲", header: "监护人", detectors: [NameDetector()]).map { "\($0.value) \($0.confidence)" },
                       ["张建国 high"])
        XCTAssertEqual(names("王 强", header: "姓名"), ["王 强"])
    }

    func testANameWithANoteUnderANameHeader() {
        // Rosters mark their names: a bracketed note, a mark, a short word beside the name.
        XCTAssertEqual(names("张梓涵（转出）", header: "姓名"), ["张梓涵"])
        XCTAssertEqual(names("李浩然(二班)", header: "获奖学生"), ["李浩然"])
        XCTAssertEqual(names("王一诺 【借读】", header: "学生姓名"), ["王一诺"])
        XCTAssertEqual(names("赵诗涵*", header: "姓名"), ["赵诗涵"])
        XCTAssertEqual(names("周博文※", header: "姓名"), ["周博文"])
        XCTAssertEqual(names("刘佳怡 女", header: "姓名"), ["刘佳怡"])
        XCTAssertEqual(names("父亲 张建国", header: "监护人"), ["张建国"])
        XCTAssertEqual(Set(findings(in: "陈思远（班长）", header: "姓名", detectors: [NameDetector()]).map(\.confidence)), [.high])
        // The note makes the header's word less sure: no ordinary word, no well-known figure, no
        // word beside the name longer than two characters, nothing but a note in brackets.
        XCTAssertEqual(names("方案一（推荐）", header: "姓名"), [])
        XCTAssertEqual(names("孔乙己（鲁迅）", header: "姓名"), [])
        XCTAssertEqual(names("白天鹅 宾馆", header: "负责人"), [])
        XCTAssertEqual(names("张梓涵 金水区实验小学", header: "姓名"), [])
        XCTAssertEqual(names("（空缺）", header: "姓名"), [])
        XCTAssertEqual(names("无*", header: "姓名"), [])
    }

    func testNamesThatOpenLinesOneAfterAnother() {
        // A list of winners, a name a line, each alone or before what qualifies it.
        let notice = """
        一等奖（3名）
        张梓涵（金水区第一实验小学）
        李浩然（文化路第一小学）
        王一诺

        二等奖
        1. 陈思远 金水区第一实验小学
        2. 刘佳怡 文化路第一小学

        3. 杨俊杰 纬五路第一小学
        \u{3000}\u{3000}赵诗涵\u{3000}\u{3000}（三班）
        公示期：6月1日至6月7日。
        """
        XCTAssertEqual(names(notice), ["张梓涵", "李浩然", "王一诺", "陈思远", "刘佳怡", "杨俊杰", "赵诗涵"])
        XCTAssertEqual(names("张梓涵\r\n李浩然\r\n王一诺\r\n"), ["张梓涵", "李浩然", "王一诺"])
        // Numbers marked with wide characters, as a Chinese input method types them.
        XCTAssertEqual(names("1．郭琪超　中牟县第一初级中学教务处副主任\n2．王建国　城关镇第二小学教师\n3．李晓东　德育处主任"),
                       ["郭琪超", "王建国", "李晓东"])
        XCTAssertEqual(names("（1）郭琪超　教务处副主任\n（2）王建国　小学教师\n（3）李晓东　德育处主任"), ["郭琪超", "王建国", "李晓东"])
        // A list's numbers in a column of their own, names after them.
        XCTAssertEqual(names("小学组\n1  张梓涵  金水区第一实验小学  指导教师：王芳\n2  李浩然  文化路第一小学\n3  王一诺  纬五路第一小学"),
                       ["张梓涵", "王芳", "李浩然", "王一诺"])
        // Program code's items one a line: a dict's keys, a list's strings, a tuple's first item.
        XCTAssertEqual(names("SCORES = {\n    \"张子涵\": [112, 98],\n    \"李浩然\": [95, 101],\n    \"王欣怡\": [120, 110],\n}\n"),
                       ["张子涵", "李浩然", "王欣怡"])
        XCTAssertEqual(names("students = [\n  '张子涵',\n  '李浩然',\n  '王欣怡',\n]\n"), ["张子涵", "李浩然", "王欣怡"])
        XCTAssertEqual(names("CITIES = [\n    \"印西市\",\n    \"富里市\",\n    \"白井市\",\n]\n"), [])
        XCTAssertEqual(names("MSG = {\n    \"张开\": 1,\n    \"高兴\": 2,\n    \"方法\": 3,\n}\n"), [])
        // Two lines are no list, nor three with two names of two characters, nor lines broken by a
        // title, unless the title is a prize's, which vouches for the names under it.
        XCTAssertEqual(names("第一组\n张梓涵（一小）\n李浩然（二小）\n第二组\n王一诺（三小）\n陈思远（四小）"), [])
        XCTAssertEqual(names("一等奖\n张梓涵（一小）\n李浩然（二小）\n二等奖\n王一诺（三小）\n陈思远（四小）"),
                       ["张梓涵", "李浩然", "王一诺", "陈思远"])
        XCTAssertEqual(names("张伟 一班\n李娜 二班\n王梓涵 三班"), [])
        // Lines that open with words, places, titles, works or well-known figures.
        let clean = """
        第一章 总则
        第二章 招生对象
        第三章 报名办法
        高中部 （32个班）
        初中部 （24个班）
        小学部 （18个班）
        计算题 （每题5分）
        应用题 （每题10分）
        简答题 （每题8分）
        郑州市 （省会）
        洛阳市 （古都）
        开封市 （古都）
        钱学森 （科学家）
        邓稼先 （科学家）
        袁隆平 （科学家）
        方案一 （推荐）
        方案二 （备选）
        方案三 （淘汰）
        王老师 语文
        李老师 数学
        张老师 英语
        """
        XCTAssertEqual(names(clean), [])
        // A name running on into a word opens no line of a list.
        XCTAssertEqual(names("张梓涵获一等奖\n李浩然获二等奖\n王一诺获三等奖"), [])
    }

    func testANameKeyInALogLineOrQueryStringVouchesForTheName() {
        XCTAssertEqual(names("INFO register name=张伟&phone=138"), ["张伟"])
        XCTAssertEqual(names("{\"xm\":\"李思雨\",\"bj\":\"初二\"}"), ["李思雨"])
        XCTAssertEqual(names("studentName: 赵敏 checked in"), ["赵敏"])
        XCTAssertEqual(names("guardian_name = '欧阳娜娜'"), ["欧阳娜娜"])
        // Keys that name no person, an organisation's name, or no name after the key: nothing.
        XCTAssertEqual(names("user: 王建国 login ok"), [])
        XCTAssertEqual(names("schoolName=郑州市第一中学"), [])
        XCTAssertEqual(names("name=请填写"), [])
        XCTAssertEqual(names("姓名：请填写"), [])
        XCTAssertEqual(names("rename: 张三"), [])
        XCTAssertEqual(names("1name=张三"), [])
    }

    func testNamesPaddedAfterTheirSurname() {
        // Rosters pad a two-character name to the width of three.
        XCTAssertEqual(names("王　芳", header: "姓名"), ["王　芳"])
        XCTAssertEqual(names("王  芳", header: "姓名"), ["王  芳"])
        XCTAssertEqual(names("欧阳　娜", header: "家长姓名"), ["欧阳　娜"])
        XCTAssertEqual(findings(in: "陈\u{A0}静", header: "姓名", detectors: [NameDetector()]).map(\.confidence), [.high])
        // The blanks stand after the surname, and only there; one run of at most four.
        XCTAssertEqual(names("王小　明", header: "姓名"), [])
        XCTAssertEqual(names("王　小　明", header: "姓名"), [])
        XCTAssertEqual(names("王     芳", header: "姓名"), [])
        XCTAssertEqual(names("高　一", header: "姓名"), ["高　一"])
    }

    /// Names found in the cells of one column under `header` after 张伟, a name of the list.
    private func namesAfterAListedName(_ cell: String, header: String) -> [String] {
        findings(inColumn: ["张伟", cell], header: header, detectors: [NameDetector()]).map(\.value).filter { $0 != "张伟" }
    }

    func testSurnamesOutsideTheListUnderANameHeader() {
        // Rare surnames that frequency lists miss: found under a name header, with medium confidence,
        // once the column has shown a name.
        XCTAssertEqual(findings(inColumn: ["张伟", "蹇文"], header: "姓名", detectors: [NameDetector()]).map(\.confidence),
                       [.high, .medium])
        XCTAssertEqual(namesAfterAListedName("琚浩然", header: "学生姓名"), ["琚浩然"])
        XCTAssertEqual(namesAfterAListedName("禚　婷", header: "姓名"), ["禚　婷"])
        // Not in a column that has shown no name yet (学生类别 and 学生来源 were such columns).
        XCTAssertEqual(names("蹇文", header: "姓名"), [])
        // Never elsewhere, never four characters, never a placeholder, kinship word or function word.
        XCTAssertEqual(namesAfterAListedName("蹇文", header: "备注"), [])
        XCTAssertEqual(names("琚浩然", header: nil), [])
        for junk in ["独孤新慧", "待补充", "暂缺", "见备注", "不清楚", "父亲", "的确"] {
            XCTAssertEqual(namesAfterAListedName(junk, header: "监护人姓名"), [], junk)
        }
    }

    func testLabelsAndStatusesInANameColumn() {
        // Summary rows, statuses written in the name's place, and a header row printed again.
        for junk in ["合计", "人数", "男生", "女生", "统计", "汇总", "备注", "序号", "附件", "转出", "休学", "退学",
                     "性别", "民族", "学号", "籍贯", "户籍", "走读", "寄宿", "家长", "家庭住址", "班主任"] {
            XCTAssertEqual(namesAfterAListedName(junk, header: "姓名"), [], junk)
        }
        // Templates' and manuals' placeholder names (Chinese writing's John Doe) are no one's.
        for placeholder in ["张三", "李四", "王五", "赵六"] {
            XCTAssertEqual(namesAfterAListedName(placeholder, header: "姓名"), [], placeholder)
        }
        XCTAssertEqual(names("填写示例：姓名：张三，家长：李四"), [])
        // A talk record's verbs end the name before them (发生, 在场).
        XCTAssertEqual(names("午休时与同学罗子健发生推搡，同桌钱多多在场。"), ["罗子健", "钱多多"])
        // A record's labels are no names (谈 and 申 are surnames).
        XCTAssertEqual(names("谈话对象：邓俊杰　谈话人：谭志远"), ["邓俊杰", "谭志远"])
        // A two-character word is a given name too: the header vouches for it.
        XCTAssertEqual(namesAfterAListedName("高峰", header: "姓名"), ["高峰"])
        // So is one given character after a compound surname, though a dictionary lists the whole.
        XCTAssertEqual(namesAfterAListedName("欧阳天", header: "姓名"), ["欧阳天"])
        XCTAssertEqual(namesAfterAListedName("上官洲", header: "家长姓名"), ["上官洲"])
    }

    func testTibetanAndMongolianNamesWithoutASurname() {
        XCTAssertEqual(names("格桑卓玛", header: "姓名"), ["格桑卓玛"])
        XCTAssertEqual(names("其木格", header: "学生姓名"), ["其木格"])
        XCTAssertEqual(names("斯琴高娃", header: "家长姓名"), ["斯琴高娃"])
        XCTAssertEqual(names("扎西", header: "姓名"), ["扎西"])
        // Every part must be a name element, and only a name header vouches for them.
        XCTAssertEqual(names("格桑花园", header: "姓名"), [])
        XCTAssertEqual(names("扎西德勒", header: "姓名"), [])
        XCTAssertEqual(names("乌兰", header: "籍贯"), [])
    }

    func testPinyinUnderAnEnglishNameHeader() {
        XCTAssertEqual(names("Zhang Wei", header: "Name"), ["Zhang Wei"])
        XCTAssertEqual(names("OUYANG Nana", header: "Student Name"), ["OUYANG Nana"])
        XCTAssertEqual(names("Xiaoming Li", header: "English Name"), ["Xiaoming Li"])
        XCTAssertEqual(names("Li Xiao-Ming", header: "Name"), ["Li Xiao-Ming"])
        XCTAssertEqual(names("Aziguli Shawuti", header: "Name"), ["Aziguli Shawuti"])
        // A register's surname first and a comma; PowerSchool's LastFirst column.
        XCTAssertEqual(names("LUO, Yaqi", header: "Candidate Name"), ["LUO, Yaqi"])
        XCTAssertEqual(names("Deng Yawen", header: "LastFirst"), ["Deng Yawen"])
        XCTAssertEqual(names("Yaqi, LUO, Min", header: "Name"), [])
        // The apostrophe before a syllable that starts with a vowel (Zi'an is zi + an).
        XCTAssertEqual(names("Pan Zi'an", header: "Name"), ["Pan Zi'an"])
        XCTAssertEqual(names("Xu Xi’er", header: "Name"), ["Xu Xi’er"])
        XCTAssertEqual(names("Pan 'an", header: "Name"), [])
        // ü as passports write it: 吕 is LYU.
        XCTAssertEqual(names("LYU Zhuxu", header: "Name"), ["LYU Zhuxu"])
        // A foreign teacher's or guest's name is one too; a placeholder is none.
        XCTAssertEqual(names("Tom Smith", header: "Name"), ["Tom Smith"])
        XCTAssertEqual(names("Same As Above", header: "Name"), [])
        XCTAssertEqual(names("Zhang", header: "Name"), [])
    }

    func testWhatANameColumnHoldsBesideNames() {
        for junk in ["无", "同上", "待定", "母亲", "祖父", "家长本人", "王老师", "许校长", "见附件", "13812345678", "门卫室"] {
            XCTAssertEqual(names(junk, header: "监护人"), [], junk)
        }
        // A school's or class's name column is not a person's.
        XCTAssertEqual(names("高一", header: "School Name"), [])
        XCTAssertEqual(names("郑州一中", header: "学校名称"), [])
    }

    func testRunningTextNeedsACue() {
        XCTAssertEqual(names("请家长李建国于周五前签字。"), ["李建国"])
        XCTAssertEqual(names("三年级二班 张伟同学获得一等奖。"), ["张伟"])
        // A class, the possessive, the name: a pupil introducing themself.
        XCTAssertEqual(names("我是七年级（3）班的韩雨桐。"), ["韩雨桐"])
        XCTAssertEqual(names("一班的成绩最好，三班的平均分最高。"), [])
        XCTAssertEqual(names("高一(3)班王芳"), ["王芳"])
        XCTAssertEqual(names("联系人：王芳，电话见附件。"), ["王芳"])
        XCTAssertEqual(names("我们班欧阳娜娜同学表现很好。"), ["欧阳娜娜"])
        XCTAssertEqual(names("兹有我校学生高祥锐，系孙露之子。"), ["高祥锐", "孙露"])
        XCTAssertEqual(names("学生周源涵代表班级发言。"), ["周源涵"])
        XCTAssertEqual(names("张伟的家长来电。"), ["张伟"])
        // A given name may hold 可 (张可欣): the name does not end inside 可以.
        XCTAssertEqual(names("学生张可欣可以参加。"), ["张可欣"])
        XCTAssertEqual(names("学生张伟可以参加。"), ["张伟"])
        // No cue, no name.
        XCTAssertEqual(names("张伟在操场上跑步。"), [])
    }

    /// A form's label and colon (姓名：, 家长姓名：, 联系人：) say what follows as a column header
    /// does: high; a cue in a sentence, or a label that names no column of names, medium.
    func testAFormsLabelBeforeANameIsAsSureAsAHeader() {
        func confidences(_ text: String) -> [String] {
            findings(in: text, detectors: [NameDetector()]).map { "\($0.value) \($0.confidence)" }
        }
        XCTAssertEqual(confidences("姓名：陈思远\n"), ["陈思远 high"])
        XCTAssertEqual(confidences("家长姓名: 陈建国，电话见附件"), ["陈建国 high"])
        XCTAssertEqual(confidences("联系人：王芳，电话见附件。"), ["王芳 high"])
        XCTAssertEqual(confidences("学生陈思远代表班级发言。"), ["陈思远 medium"])
        XCTAssertEqual(confidences("请联系人王芳于周五前签字。"), ["王芳 medium"])
        // A rare surname (厍, rank > 400) is vouched for by the label when the name is its whole value.
        XCTAssertEqual(confidences("姓名：厍皓天，就读班级：一年级（2）班"), ["厍皓天 high"])
        XCTAssertEqual(confidences("考生：须提前30分钟到场。"), [])
    }

    func testListsOfNames() {
        XCTAssertEqual(names("参加人员：阚澄文、严永宸、孟睿玮、韩嘉"), ["阚澄文", "严永宸", "孟睿玮", "韩嘉"])
        XCTAssertEqual(names("本周值日：周一楚鹤蕾、赵崇航；周二钱彤霏、徐一仁。").contains("赵崇航"), true)
        // Aligned lists pad two-character names with an ideographic space.
        XCTAssertEqual(names("三等奖：徐红之　佘玉潇　蔡志　贺　华"), ["徐红之", "佘玉潇", "蔡志", "贺　华"])
        XCTAssertEqual(names("王　明、李小红、张　伟"), ["王　明", "李小红", "张　伟"])
        XCTAssertEqual(names("王　明同学获一等奖。"), ["王　明"])
        // A lone character after a blank is no padded name (大　家、你好).
        XCTAssertEqual(names("的　家、你们"), [])
        XCTAssertEqual(names("二等奖：唐垚林（初二1班）、云柏奕（初三2班）、慕容驰宁（初一4班）"), ["唐垚林", "云柏奕", "慕容驰宁"])
        XCTAssertEqual(names("三等奖：颜洋天《祖国啊》、田涵朵《沁园春·雪》"), ["颜洋天", "田涵朵"])
        // The first name of a list may follow a function character (班的, 有).
        XCTAssertEqual(names("初一（5）班的周雨桐、陈梓涵分别获得第一、二名。"), ["周雨桐", "陈梓涵"])
        XCTAssertEqual(names("获得一等奖的有张伟、李娜。"), ["张伟", "李娜"])
        // Ordinary words in a list are not names.
        XCTAssertEqual(names("我们要学会高兴、方法、安全三件事。"), [])
        XCTAssertEqual(names("学校的高度、宽度都符合标准。"), [])
    }

    func testLettersAndLogsNameTheirPeople() {
        XCTAssertEqual(names("我叫杨思，是九年级(5)班的学生。"), ["杨思"])
        XCTAssertEqual(names("申请人叶静，系八年级(3)班学生商泽宇之母。"), ["叶静", "商泽宇"])
        XCTAssertEqual(names("课间操：马浩然因脚踝扭伤请假。"), ["马浩然"])
        // Letters to parents name their child (您的孩子张梓涵, 贵子女李浩然同学).
        XCTAssertEqual(names("您的孩子张梓涵（学号20230115）在本学期表现优异。"), ["张梓涵"])
        XCTAssertEqual(names("贵子女李浩然同学已被我校录取。"), ["李浩然"])
        // Ordinary words around the same cues are not names.
        XCTAssertEqual(names("我叫了外卖，学校因天气停课，杂交水稻之父。"), [])
        XCTAssertEqual(names("孩子们在操场上，孩子和家长一起参加。"), [])
    }

    func testNamesSeparatedByBlanksAfterACue() {
        XCTAssertEqual(names("七年级（2）班 刘一诺 陈思远 杨雨桐"), ["刘一诺", "陈思远", "杨雨桐"])
        XCTAssertEqual(names("一等奖 赵欣怡  钱多多\n"), ["赵欣怡", "钱多多"])
        XCTAssertEqual(names("家长：王建国\t李娜"), ["王建国", "李娜"])
        // What follows a name after a blank is a name only when it ends at a blank or the end.
        XCTAssertEqual(names("家长周建军 于周五到校。"), ["周建军"])
        XCTAssertEqual(names("学生张伟 高兴地说 今天很开心"), ["张伟"])
        XCTAssertEqual(names("学生王芳 周一 到校"), ["王芳"])
        XCTAssertEqual(names("联系人：李娜 办公室 0371-65501234"), ["李娜"])
        XCTAssertEqual(names("一等奖 3名 二等奖 5名"), [])
    }

    func testThreeNamesWrittenApartVouchForEachOther() {
        XCTAssertEqual(names("程梓睿（八年级3班）  贾雨萱（八年级1班）  任子默（八年级2班）"), ["程梓睿", "贾雨萱", "任子默"])
        // A class's number in brackets inside the note: brackets nest.
        XCTAssertEqual(names("程梓睿（初一（3）班）  贾雨萱（初一（1）班）  任子默(初一(2)班)"), ["程梓睿", "贾雨萱", "任子默"])
        XCTAssertEqual(names("黄静怡（初一（3）班）", header: "姓名"), ["黄静怡"])
        // No cue: a list of award winners, a duty roster, names set apart by blanks.
        XCTAssertEqual(names("张梓涵 李浩然 王一诺 陈思远"), ["张梓涵", "李浩然", "王一诺", "陈思远"])
        XCTAssertEqual(names("本次参加人员如下\n刘子轩\t赵雨桐\t孙嘉怡\n请按时到场。"), ["刘子轩", "赵雨桐", "孙嘉怡"])
        XCTAssertEqual(names("周一值日：马晓东　杨欣怡　吴宇航"), ["马晓东", "杨欣怡", "吴宇航"])
        XCTAssertEqual(names("三好学生 张梓涵 李浩然 王一诺"), ["张梓涵", "李浩然", "王一诺"])
        // Aligned with runs of blanks.
        XCTAssertEqual(names("张梓涵        李浩然        王一诺"), ["张梓涵", "李浩然", "王一诺"])
        XCTAssertEqual(names("\t刘子轩\t\t赵雨桐\t\t孙嘉怡"), ["刘子轩", "赵雨桐", "孙嘉怡"])
        // HTML's and Word's no-break spaces (&nbsp;).
        XCTAssertEqual(names("张梓涵\u{00A0}\u{00A0}李浩然\u{00A0}\u{00A0}王一诺"), ["张梓涵", "李浩然", "王一诺"])
        // Two of the first three have three characters: two-character words so written are as
        // often subjects, places or ordinary words.
        XCTAssertEqual(names("张伟 李娜 王芳"), [])
        XCTAssertEqual(names("课程 高数 马哲 毛概 英语"), [])
        XCTAssertEqual(names("地点 金水区 二七区 中原区"), [])
        // Two names are not a list, unless both have three characters after a line's label (a
        // duty roster); a name running on into a word ends the list.
        XCTAssertEqual(names("值日 张梓涵 李浩然"), [])
        XCTAssertEqual(names("值日安排如下，请按时到岗。\n周一：张梓涵 李浩然\n值日生：马晓东　杨欣怡"),
                       ["张梓涵", "李浩然", "马晓东", "杨欣怡"])
        XCTAssertEqual(names("周三：张伟 李娜\n地点：金水区 二七区\n说明：高新区 经开区"), [])
        XCTAssertEqual(names("本周安排，周一：张梓涵 李浩然"), [])
        XCTAssertEqual(names("张梓涵 李浩然 王一诺的作品"), [])
    }

    func testAPersonsParticulars() {
        XCTAssertEqual(names("张雨涵，女，汉族，2012年3月5日生。"), ["张雨涵"])
        XCTAssertEqual(names("王梓轩 男 2013.07.18 郑州市金水区"), ["王梓轩"])
        XCTAssertEqual(names("学生刘子轩,男,初二(3)班"), ["刘子轩"])
        XCTAssertEqual(names("学生王梓轩出生于2013年7月18日。"), ["王梓轩"])
        // 男 and 女 that are not a particular, or follow no name.
        XCTAssertEqual(names("性别：男，民族：汉"), [])
        XCTAssertEqual(names("参赛选手 男 100米"), [])
        XCTAssertEqual(names("学生中，男、女比例相当"), [])
        XCTAssertEqual(names("招生对象：男 女 不限"), [])
        XCTAssertEqual(names("张老师 女 语文"), [])
        XCTAssertEqual(names("张伟，男生组第一名"), [])
    }

    func testAKinshipWordAfterABlank() {
        XCTAssertEqual(names("王小明 爸爸 13912345678"), ["王小明"])
        XCTAssertEqual(names("李思远　妈妈　15098765432"), ["李思远"])
        // Only a name that starts its line: words before a blank are not names.
        XCTAssertEqual(names("欢迎各位 家长 参加"), [])
        XCTAssertEqual(names("高三 同学 请注意"), [])
    }

    func testATimeWordIsNoGivenName() {
        // 于 before a weekday is a preposition, not a surname.
        XCTAssertEqual(names("请张雨涵的爸爸于周五到校。"), ["张雨涵"])
        XCTAssertEqual(names("请家长于明天上午到校。"), [])
        // Other surnames before such a word are names: given names as 明天 are not rare.
        XCTAssertEqual(names("学生许明天参加比赛。"), ["许明天"])
    }

    func testRolesAndDottedNamesAfterCues() {
        XCTAssertEqual(names("宣传部部长：司徒仁锦"), ["司徒仁锦"])
        XCTAssertEqual(names("最佳台风奖：董焕"), ["董焕"])
        XCTAssertEqual(names("一年级（4）班　依明·沙吾提"), ["依明·沙吾提"])
        XCTAssertEqual(names("其父刘建军，务农。"), ["刘建军"])
    }

    func testBylinesAndIntroductions() {
        // Class news: the writer's and photographer's bylines, a role set apart by a slash or bar.
        XCTAssertEqual(names("文/李思雨（五年级二班）"), ["李思雨"])
        XCTAssertEqual(names("摄影/张梓涵    编辑｜王建国"), ["张梓涵", "王建国"])
        XCTAssertEqual(names("图文／刘一诺"), ["刘一诺"])
        // Who someone is called, in a composition or a self-introduction.
        XCTAssertEqual(names("她叫欧春燕，是我们班的班长。"), ["欧春燕"])
        XCTAssertEqual(names("我的同桌叫孙浩然，他最喜欢画画。"), ["孙浩然"])
        // Not a byline: a subject pair, a call for someone, a shout.
        XCTAssertEqual(names("语文/数学/英语"), [])
        XCTAssertEqual(names("他叫了起来，她叫妈妈快来。"), [])
    }

    func testANameBeforeALabelOfItsPersonsValues() {
        // Found from the value after the label, as names beside values are.
        func names(_ text: String) -> [String] {
            findings(in: text, detectors: [ResidentID18Detector(), MobileDetector(), EmailDetector(), AddressDetector(),
                                           BankCardDetector(), NameDetector()])
                .filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(names("赵磊，家庭住址：金水区经三路北段15号院。"), ["赵磊"])
        XCTAssertEqual(names("1. 王小明 家长电话：13812345678"), ["王小明"])
        XCTAssertEqual(names("王芳，联系电话：13812345678"), ["王芳"])
        XCTAssertEqual(names("张伟，电话：13812345678"), ["张伟"])
        XCTAssertEqual(names("李娜 身份证号：410105200803121237"), ["李娜"])
        XCTAssertEqual(names("陈静，邮箱：chenjing@163.com"), ["陈静"])
        // A label of another kind, without its colon, after no name, or a name inside a
        // sentence: nothing.
        XCTAssertEqual(names("赵磊，联系电话没有打通。"), [])
        XCTAssertEqual(names("金水区，地址：文化路1号"), [])
        XCTAssertEqual(names("我们通知了赵磊，电话：13812345678"), [])
        // Beside an address or an e-mail address, only before its label.
        XCTAssertEqual(names("金水区文化路80号院3号楼张伟家"), [])
        // A label run straight on after a cue and the name, as notes and chats write it.
        XCTAssertEqual(names("家长王建国手机：13812345678"), ["王建国"])
        XCTAssertEqual(names("班主任李秀英手机：13912345678"), ["李秀英"])
        XCTAssertEqual(names("学生张梓涵家庭住址：郑州市金水区文化路12号"), ["张梓涵"])
        // The name opening a value's line before a comma or colon: the person the line is about,
        // as aid lists and hardship narratives are written.
        XCTAssertEqual(names("张子涵，家住农业路12号院3号楼2单元501。"), ["张子涵"])
        XCTAssertEqual(names("江悦：该生家住中牟县白沙镇大杨庄村7组57号。"), ["江悦"])
        XCTAssertEqual(names("潘建国，建行卡号：6228480582005981789，金额1250元"), ["潘建国"])
        XCTAssertEqual(names("张伟，备注：13812345678"), ["张伟"])
        XCTAssertEqual(names("4. 郭凯 八年级2班 阳光花园北门下 19969863367"), ["郭凯"])
        // A note in brackets between the name and its value; a time before the name.
        XCTAssertEqual(names("王小明（汉族）13812345678"), ["王小明"])
        XCTAssertEqual(names("扎西顿珠（藏族） 13812345678"), ["扎西顿珠"])
        XCTAssertEqual(names("本学期王小明同学进步很大。"), ["王小明"])
        // A WeChat 接龙 line set apart by dashes.
        XCTAssertEqual(names("1. 王建华－河南鼎力机械－数控操作工－手机：13812345678"), ["王建华"])
        XCTAssertEqual(names("2. 李娜-郑州宇通-焊工-13812345678"), ["李娜"])
        XCTAssertEqual(names("注意 请于周五前拨打13812345678报名"), [])
        // Not a label, an ordinary word or a place opening the line.
        XCTAssertEqual(names("原住址：松原市宁江区商都南巷39号，现住址：聊城市东阿县马集乡吴家村8组"), [])
        XCTAssertEqual(names("周末，请拨打13812345678咨询。"), [])
        XCTAssertEqual(names("金水区，家住文化路1号院3号楼"), [])
    }

    func testMarkdownListsAndNamesOverTheirValues() {
        func names(_ text: String) -> [String] {
            findings(in: text, detectors: [ResidentID18Detector(), MobileDetector(), NameDetector()])
                .filter { $0.kind == .name }.map(\.value)
        }
        // A list item's bullet and Markdown's emphasis before the name opening the line.
        XCTAssertEqual(names("- **马皓轩**：奶奶电话 19900131723"), ["马皓轩"])
        XCTAssertEqual(names("* 杜国庆，电话 13812345678"), ["杜国庆"])
        XCTAssertEqual(names("• 张子涵 13812345678"), ["张子涵"])
        // A name alone on the line above a value opening its line (a caption, an award slide).
        let id = SyntheticID.make(region: "410105")
        XCTAssertEqual(names("谢佳怡\n\(id)"), ["谢佳怡"])
        XCTAssertEqual(names("1. 谢佳怡\r\n13812345678"), ["谢佳怡"])
        // Not a word above, nor a name above a value inside a sentence.
        XCTAssertEqual(names("通知\n\(id)"), [])
        XCTAssertEqual(names("谢佳怡\n请拨打13812345678"), [])
        XCTAssertEqual(names("报名截止周五\n13812345678"), [])
    }

    func testANameAloneOnALineOfACellInAColumnOfThem() {
        // A seat chart: each cell its seat, the name and the exam number, a line each.
        let cells = ["01号\n谢佳怡\n24060001", "02号\n曹子涵\n24060002", "03号\n莫国庆\n24060003", "04号\n田若曦\n24060004"]
        let found = findings(inColumn: cells, header: "第一列", detectors: [NameDetector()]).filter { $0.kind == .name }
        XCTAssertEqual(Set(found.map(\.value)), ["谢佳怡", "曹子涵", "莫国庆", "田若曦"])
        // Word's line breaks come as tabs: 01 / 宋磊 / 25080501.
        let tabbed = ["01\t宋磊\t25080501", "02\t韩家豪\t25080502", "03\t戴秀英\t25080503"]
        XCTAssertEqual(findings(inColumn: tabbed, header: "第一列", detectors: [NameDetector()]).map(\.value), ["宋磊", "韩家豪", "戴秀英"])
        // A timetable's subject and its teacher: a teacher in their work role.
        let timetable = ["语文\n刘晓燕", "数学\n何俊", "道德与法治\n林静", "英语\n吴海涛"]
        XCTAssertEqual(findings(inColumn: timetable, header: "星期一", detectors: [NameDetector()]), [])
        // A short cell: the seat's bare number over the name.
        let short = ["01\n宋磊", "02\n韩家豪", "03\n戴秀英", "04\n陶奕辰"]
        XCTAssertEqual(findings(inColumn: short, header: "第一列", detectors: [NameDetector()]).map(\.value), ["宋磊", "韩家豪", "戴秀英", "陶奕辰"])
        // Lines of ordinary words are none.
        let words = ["01号\n讲台\n24060001", "02号\n窗户\n24060002", "03号\n空位\n24060003", "04号\n过道\n24060004"]
        XCTAssertEqual(findings(inColumn: words, header: "第一列", detectors: [NameDetector()]), [])
    }

    func testANameInACellBesideItsValue() {
        let found = findings(in: "谢佳怡 410105201003159346", header: "备注",
                             detectors: [ResidentID18Detector(), NameDetector()])
        XCTAssertEqual(found.filter { $0.kind == .name }.map(\.value), ["谢佳怡"])
        // Found by the cell and again beside its ID: reported once.
        let lines = findings(in: "肖一诺\t410105201003159346\t13780146918", header: "学生信息",
                             detectors: [ResidentID18Detector(), MobileDetector(), NameDetector()])
        XCTAssertEqual(lines.filter { $0.kind == .name }.map(\.value), ["肖一诺"])
    }

    func testLabelsOfRecordsThatNameTheirPerson() {
        for label in ["来访者", "户主", "被保险人", "投保人", "收件人", "发起人", "经办人", "患者"] {
            XCTAssertEqual(names("\(label)：孔子涵　初二(1)班"), ["孔子涵"], label)
        }
        XCTAssertEqual(names("**来访者**：孔涛"), ["孔涛"])
        // A trip's staff, a support plan's pupil, a log's user.
        for label in ["领队", "随队校医", "驾驶员", "帮扶对象", "送教对象"] {
            XCTAssertEqual(names("\(label)：唐玉兰，"), ["唐玉兰"], label)
        }
        XCTAssertEqual(names("2024-03-12 10:00:01 INFO LoginService - 用户 张伟 登录成功"), ["张伟"])
        XCTAssertEqual(names("用户体验调查"), [])
    }

    func testAChildsIllnessInALeaveRequestFollowsTheName() {
        XCTAssertEqual(names("孩子马丽娟发烧，带去医院"), ["马丽娟"])
        XCTAssertEqual(names("学生张子涵感冒请假一天"), ["张子涵"])
    }

    func testWordsAfterANameOrOpeningWithASurnameAreNoNames() {
        // A sanction after a name; the past tense before a verb; a body part or a weekday's time.
        XCTAssertEqual(names("给予吴俊杰、高鹏警告处分。"), ["吴俊杰", "高鹏"])
        XCTAssertEqual(names("父亲有酗酒史，母亲曾报警。"), [])
        XCTAssertEqual(findings(inColumn: ["左前臂", "右小腿"], header: "受伤部位", detectors: [NameDetector()]).map(\.value), [])
        XCTAssertEqual(findings(inColumn: ["周五晚", "周一早"], header: "可服务时间", detectors: [NameDetector()]).map(\.value), [])
    }

    func testCounsellingAndHomeVisitNarratives() {
        XCTAssertEqual(names("孙梦瑶随母亲李红霞生活。"), ["孙梦瑶", "李红霞"])
        XCTAssertEqual(names("现由姑姑谢美玲抚养。"), ["谢美玲"])
        XCTAssertEqual(names("学生潘俊熙摔倒了。"), ["潘俊熙"])
        XCTAssertEqual(names("11月8日与孙梦瑶谈话。"), ["孙梦瑶"])
        XCTAssertEqual(names("刘一鸣家住在姥姥家。"), ["刘一鸣"])
        XCTAssertEqual(names("体育教师魏强立即报告"), ["魏强"])
        for text in ["我家住在郑州", "老师家住附近", "学生生活丰富", "同学们随母亲回家"] {
            XCTAssertEqual(names(text), [], text)
        }
    }

    func testNamesAfterPraiseAndElectionAndBeforeWhatFollowsThem() {
        XCTAssertEqual(names("表扬了王梓涵、杨梓萱两位同学"), ["王梓涵", "杨梓萱"])
        XCTAssertEqual(names("选举杨梓萱担任班长"), ["杨梓萱"])
        XCTAssertEqual(names("与同桌叶子涵关系较好"), ["叶子涵"])
        XCTAssertEqual(names("家长王芳联系电话：13812345678"), ["王芳"])
        // A name right before its score; not minutes, nor a subject's or a total's score.
        XCTAssertEqual(names("王梓涵98分、高子墨97.5分、林诗雨97分"), ["王梓涵", "高子墨", "林诗雨"])
        XCTAssertEqual(names("语文：何浩147分"), ["何浩"])
        // A fitness test's results: counts, seconds, metres, pull-ups.
        XCTAssertEqual(names("一分钟跳绳：汤梓涵212次、戴浩然198次"), ["汤梓涵", "戴浩然"])
        XCTAssertEqual(names("50米跑：陈雨桐6.9秒，立定跳远：郭皓轩2.65米，引体向上：周明哲21个"), ["陈雨桐", "郭皓轩", "周明哲"])
        for text in ["考生须提前15分钟进入考场", "语文98分，数学120分", "满分100分", "平均85分", "周测85分"] {
            XCTAssertEqual(names(text), [], text)
        }
        // Figures of the textbooks: no one's.
        XCTAssertEqual(names("张飞、赵云、马超、黄忠都是五虎上将"), [])
    }

    func testLabelsOfLibrariesClinicsCoachesAndGuardians() {
        XCTAssertEqual(names("借阅人：雷子墨　借阅日期：2024-11-03"), ["雷子墨"])
        XCTAssertEqual(names("捐赠人：范欣然"), ["范欣然"])
        XCTAssertEqual(names("主检医师：吴建国"), ["吴建国"])
        XCTAssertEqual(names("教练刘志强带队训练"), ["刘志强"])
        XCTAssertEqual(names("现由祖母顾玉梅照顾"), ["顾玉梅"])
        XCTAssertEqual(names("被监护儿童：汪思远，性别：女"), ["汪思远"])
        // 祖父母 is no cue of a grandfather's name.
        XCTAssertEqual(names("父母在外务工，由祖父母照顾"), [])
        XCTAssertEqual(names("随祖父母居住"), [])
    }

    func testANameAfterOurSchoolOrAmongThem() {
        // A 喜报's pupils: 我校, 本校, 其中 stand before a name without introducing it.
        XCTAssertEqual(names("热烈祝贺我校王一诺同学以712分的成绩"), ["王一诺"])
        XCTAssertEqual(names("其中程子涵同学以698分位列第二"), ["程子涵"])
        XCTAssertEqual(names("我校教师节表彰大会。其中男生25人。"), [])
    }

    func testANameOverItsClassOnTheNextLine() {
        // An award slide's text boxes: each pupil over the class.
        XCTAssertEqual(names("一等奖\n韦皓轩\n七年级(1)班\n董睿泽\n七年级(3)班\n"), ["韦皓轩", "董睿泽"])
        XCTAssertEqual(names("方案\n七年级(1)班\n"), [])
        // A staff page's cards: each teacher over the subject and post.
        XCTAssertEqual(names("韩丽华\n数学　高级教师\n教育格言：用爱心点燃希望。\n王芳\n语文老师\n"), ["韩丽华", "王芳"])
        XCTAssertEqual(names("张伟\n数学\n方案\n数学教师\n"), [])
    }

    func testPairsJoinedByADash() {
        XCTAssertEqual(names("本学期结对安排如下：刘芳—张天佑；陈静怡—汪思远。"), ["刘芳", "张天佑", "陈静怡", "汪思远"])
        XCTAssertEqual(names("王芳——李明"), ["王芳", "李明"])
        XCTAssertEqual(names("郑州—洛阳研学路线"), [])
    }

    func testParentsInHardshipNarratives() {
        XCTAssertEqual(names("父亲张建国患尿毒症，母亲李秀英改嫁。"), ["张建国", "李秀英"])
        XCTAssertEqual(names("父亲王德明常年外出打工，母亲赵桂兰务农。"), ["王德明", "赵桂兰"])
        XCTAssertEqual(names("父亲高兴地说"), [])
    }

    func testGivenNamesOpeningWith子AfterASurnameThatMakesAWord() {
        // 王子, 李子 are words, and the start of many names.
        XCTAssertEqual(names("一等奖\n王子涵\n李浩然\n李子轩\n"), ["王子涵", "李浩然", "李子轩"])
        XCTAssertEqual(names("方案一\n方案二\n方案三\n"), [])
    }

    func testACellOfANameAndItsClass() {
        let found = findings(inColumn: ["王子涵 八(3)班", "张梓涵 初二3班"], header: "孩子姓名及班级", detectors: [NameDetector()])
        XCTAssertEqual(found.map(\.value), ["王子涵", "张梓涵"])
    }

    func testListsTypedAsTextOneNameALine() {
        XCTAssertEqual(names("张子涵，哮喘\n王浩然，癫痫\n李思雨，抑郁症\n"), ["张子涵", "王浩然", "李思雨"])
        XCTAssertEqual(names("通知，明天\n注意，安全\n按时，返校\n"), [])
    }

    func testPaddedFormLabelsAndDateUnits() {
        // Word forms pad two-character labels to line up with longer ones.
        XCTAssertEqual(names("姓　　名：苏语桐　　　性　　别：女"), ["苏语桐"])
        // OCR pads a label as it sees it (a household register's page: 姓   名  刘丽娜).
        XCTAssertEqual(names("姓   名  刘丽娜       户主或与户主关系  妻"), ["刘丽娜"])
        XCTAssertEqual(names("姓 名：苏语桐"), ["苏语桐"])
        // 年 after a year is its unit, no surname (年 is one): 2025年秋季家长会.
        XCTAssertEqual(names("2025年秋季家长会通知"), [])
        XCTAssertEqual(names("2026年寒假家长须知"), [])
        // Bylines and introductions.
        XCTAssertEqual(names("新转来的学生名叫石浩宇，今年九岁。"), ["石浩宇"])
        XCTAssertEqual(names("供稿：李思雨"), ["李思雨"])
        XCTAssertEqual(names("编辑整理了资料。"), [])
        // A staff role before a title (宿 is a surname).
        XCTAssertEqual(names("请宿管老师晚上十点查寝。"), [])
    }

    func testWhatAPersonDoesAfterACueIsNoName() {
        // 应, 来 (surnames too) are what the person does; an ordinary word (全部, 高兴, 方阵)
        // opens no name that ends at a function character.
        for text in ["学生应按时到校，家长应按时接送孩子。", "学生应当按时到校。", "学生全部按时到校。", "家长来电话请假。",
                     "爸爸来电话了。", "妈妈来信息说孩子发烧。", "奶奶高兴地说孩子进步了。", "学生方阵经过主席台。"] {
            XCTAssertEqual(names(text), [], text)
        }
        XCTAssertEqual(names("学生王国庆同学获得一等奖。"), ["王国庆"])
        XCTAssertEqual(names("学生应浩宇同学获得一等奖。"), ["应浩宇"])
        XCTAssertEqual(names("姓名：来晓东"), ["来晓东"])
    }

    func testTheSignOffLabelsOfFormsAndPayrolls() {
        // A payroll's or a health form's footer names who drew it up and who checked it.
        XCTAssertEqual(names("制表：韩保平　　复核：秦雪梅　　会计：江玉兰　　出纳：贺建军"), ["韩保平", "秦雪梅", "江玉兰", "贺建军"])
        XCTAssertEqual(names("填报人：刘芳"), ["刘芳"])
        XCTAssertEqual(names("查验人：刘芳　　体检医生：周敏"), ["刘芳", "周敏"])
        // A label before the colon of a hotline log's line is no speaker.
        XCTAssertEqual(names("1. 09:12 来电人：刘女士，问今年能否报名。"), [])
    }

    func testANameWrittenOnAFormsLine() {
        // The blanks and underlines a form leaves to write on.
        XCTAssertEqual(names("学生签名：    梁明哲"), ["梁明哲"])
        XCTAssertEqual(names("家长签名：\u{00A0}梁利民"), ["梁利民"])
        XCTAssertEqual(names("学生姓名：＿＿余锦程＿＿＿　家长签字：＿＿余玉兰＿＿＿"), ["余锦程", "余玉兰"])
        XCTAssertEqual(names("学生姓名：___余锦程___"), ["余锦程"])
        XCTAssertEqual(names("承诺人：万梓睿　　记录员：孙丽娟"), ["万梓睿", "孙丽娟"])
        // A blank line stays blank.
        XCTAssertEqual(names("学生姓名：＿＿＿＿＿＿　班级：＿＿＿＿"), [])
    }

    func testASurnameAndAnOfficesTitleIsNoName() {
        XCTAssertEqual(names("检查人：孙科长"), [])
        XCTAssertEqual(names("联系人：王经理"), [])
        // Offices' short names (党 and 关 are surnames).
        XCTAssertEqual(names("填报人：党政办"), [])
        XCTAssertEqual(names("关工委", header: "负责人"), [])
    }

    func testASpouseOrALandlordAfterTheirWord() {
        XCTAssertEqual(names("我的爱人贺振宇在郑州市金水区人民医院工作。"), ["贺振宇"])
        XCTAssertEqual(names("丈夫：贺振宇"), ["贺振宇"])
        XCTAssertEqual(names("妻子贺振宇，配偶秦雪梅"), ["贺振宇", "秦雪梅"])
        XCTAssertEqual(names("房子是租的，房东是张国庆，电话见附件。"), ["张国庆"])
    }

    func testAChatSenderBeforeTheTimeAlone() {
        // A message copied the day it was sent shows the time only.
        XCTAssertEqual(names("于建华 09:20\n田会计，我这个月怎么没到账？\n"), ["于建华"])
        XCTAssertEqual(names("于建华  09:20:11\n收到\n"), ["于建华"])
        // A schedule's lines, and a time inside a sentence, are not.
        XCTAssertEqual(names("到校 07:30\n语文 08:00\n"), [])
        XCTAssertEqual(names("于建华 09:20到校\n"), [])
    }

    func testAPronounOrAConjunctionEndsNoName() {
        XCTAssertEqual(names("　　上周末我发烧了，妈妈带我去医院。"), [])
        XCTAssertEqual(names("一级预警学生须24小时内通知家长并建议到医院就诊。"), [])
    }

    func testRoadsAndAColumnsQuantitiesAreNoNames() {
        for cell in ["经三路", "红专路", "双号", "全段", "周课时", "周节数", "司龄"] {
            XCTAssertEqual(names(cell, header: "姓名"), [], cell)
        }
    }

    func testAPayeeColumnNamesPeopleAndOrganisations() {
        // 收款人名称: a bank's batch transfer pays teachers, a finance sheet suppliers.
        XCTAssertEqual(names("田晓东", header: "收款人名称"), ["田晓东"])
        XCTAssertEqual(names("新郑市农村信用合作联社", header: "收款人名称"), [])
        XCTAssertEqual(names("郑州文具有限公司", header: "收款人名称"), [])
    }

    func testASalutationsSentenceOpeningWithAnOrdinaryWordIsNoName() {
        // After a label's colon, a word opening with an ordinary word (明天, 周五, 高兴) is the
        // label's whole value or stands before a cue; else it opens a sentence.
        for text in ["各位家长：明天开会。", "各位家长：周五开会，请准时参加。", "通知：明天开会", "学生：高兴地说"] {
            XCTAssertEqual(names(text), [], text)
        }
        XCTAssertEqual(names("姓名：王国庆"), ["王国庆"])
        XCTAssertEqual(names("学生：王国庆同学获得一等奖。"), ["王国庆"])
    }

    func testANameEndsBeforeWhereItsPersonLives() {
        XCTAssertEqual(names("学生张伟住在幸福小区3号楼。"), ["张伟"])
        XCTAssertEqual(names("学生李娜家住中牟县官渡镇。"), ["李娜"])
    }

    func testStaffTitlesBeforeNames() {
        XCTAssertEqual(names("本次活动由校长高建华主持。"), ["高建华"])
        XCTAssertEqual(names("校长高建华致开幕词。"), ["高建华"])
        XCTAssertEqual(names("副校长李红致辞。"), ["李红"])
        XCTAssertEqual(names("数学老师陈静参加了家长会。"), ["陈静"])
        XCTAssertEqual(names("教导主任张明宣读了名单。"), ["张明"])
        XCTAssertEqual(names("感谢家长志愿者赵磊、孙丽的辛勤付出。"), ["赵磊", "孙丽"])
        // The titles in ordinary sentences of a school.
        for text in ["学校召开校长办公会，校长高度重视。", "请投入校长信箱或到校长室反映。", "老师要求学生按时完成作业。",
                     "老师为学生准备了礼物，老师向家长汇报。", "书记主持会议，校长参加会议。", "志愿者服务队招募志愿者。",
                     "家长向学生发言。", "老师向学生讲解安全知识。", "校长曾多次强调安全。"] {
            XCTAssertEqual(names(text), [], text)
        }
    }

    func testAFunctionCharacterThatIsARareSurnameIsTheFunctionWordAfterACue() {
        XCTAssertEqual(names("文化课老师和体育老师一起商量了训练计划。"), [])
        XCTAssertEqual(names("值班老师和生活老师24小时在岗。"), [])
        XCTAssertEqual(names("主持人：和晓东"), ["和晓东"])
    }

    func testARareSurnameAfterAFunctionCharacterEndsAWord() {
        XCTAssertEqual(names("如有特殊情况不能参加的家长，请提前请假。"), [])
        XCTAssertEqual(names("能思远的家长来电。"), ["能思远"])
        XCTAssertEqual(names("请张伟的家长来校。"), ["张伟"])
    }

    func testNamesAlreadyMaskedWith某AreNoNames() {
        XCTAssertEqual(names("陈某某同学于周五到校。"), [])
        XCTAssertEqual(names("学生王某，男，12岁。"), [])
        XCTAssertEqual(names("学生王明，男，12岁。"), ["王明"])
        XCTAssertEqual(names("学生陈小某，男，12岁。"), [])
        XCTAssertEqual(names("陈小某", header: "姓名"), [])
    }

    func testDottedNamesBeforeCues() {
        XCTAssertEqual(names("阿依古丽·买买提同学请于周五前交回执。"), ["阿依古丽·买买提"])
        XCTAssertEqual(names("会上，热依拉·阿不都热合曼同学发言。"), ["热依拉·阿不都热合曼"])
        // The first part begins after a function character (请, 和).
        XCTAssertEqual(names("请阿依古丽·买买提同学和努尔艾力·吐尔洪同学到办公室。"), ["阿依古丽·买买提", "努尔艾力·吐尔洪"])
        XCTAssertEqual(names("迪丽拉·艾山、买买提江·阿不都获得一等奖。"), ["迪丽拉·艾山", "买买提江·阿不都"])
        XCTAssertEqual(names("请阿不都·热合曼同学发言。"), ["阿不都·热合曼"])
        // A fullwidth full stop ends a sentence: the name is the one after it.
        XCTAssertEqual(names("活动圆满结束．张伟同学发言。"), ["张伟"])
        XCTAssertEqual(names("班长蔡嘉荣介绍了溺水事故案例。"), ["蔡嘉荣"])
        XCTAssertEqual(names("座谈会上聂彬波家长建议增加体育活动。"), ["聂彬波"])
    }

    func testChatExportHeaders() {
        XCTAssertEqual(names("康新民  2024-11-18 08:06:05\n收到\n"), ["康新民"])
        XCTAssertEqual(names("高兴 2024-11-18\n报告日期 2024-11-18\n"), [])
        XCTAssertEqual(names("2024-11-18 08:06:05 康新民\n收到\n"), ["康新民"])
        XCTAssertEqual(names("2024-11-18 8:06:05 康新民(1234567890)\n收到\n2024-11-18 8:07:15 黄茜露<hxl@163.com>\n好的\n"),
                       ["康新民", "黄茜露"])
        // A time before ordinary words, or in a sentence, names no sender.
        XCTAssertEqual(names("2024-11-18 08:06:05 高兴\n会议于 08:30 开始\n今天 09:30 张伟同学发言\n"), ["张伟"])
    }

    func testChatSpeakers() {
        XCTAssertEqual(names("19:30 家委会-贾晴：各位家长，下个月春游。"), ["贾晴"])
        XCTAssertEqual(names("09:41 黄茜露：收到"), ["黄茜露"])
        // A label before a colon is not a speaker (原住址：, 公示期：, 4×100米接力：).
        XCTAssertEqual(names("原住址：郑州市\n公示期：五天\n4×100米接力：第一名"), [])
    }

    func testChatSpeakersAfterBracketedTimesAndPlainColons() {
        XCTAssertEqual(names("[2024-11-09 19:05] 王建国：王老师，费用怎么交？\n"), ["王建国"])
        XCTAssertEqual(names("19:05 王建国: 好的，收到\n19:06 刘晓燕:收到\n"), ["王建国", "刘晓燕"])
        // Ordinary words after a time are no sender.
        XCTAssertEqual(names("19:05 开会: 地点三楼\n[2024-11-09 19:05] 通知：明天放假\n"), [])
    }

    func testMembersQuotedInAChatsSystemMessages() {
        XCTAssertEqual(names("\"王建国\"邀请\"刘晓燕\"加入了群聊\n“张鹏”撤回了一条消息\n"), ["王建国", "刘晓燕", "张鹏"])
        // Quoted words that are no names.
        XCTAssertEqual(names("\"学校\"邀请家长参加\n“通知”撤回了\n"), [])
    }

    func testAnAnswerUnderItsQuestionsLine() {
        // Answer pages copied as text: the label ends its line, with or without a colon.
        XCTAssertEqual(names("学生姓名：\n毛铭泽\n出生日期：\n2012-03-05\n"), ["毛铭泽"])
        XCTAssertEqual(names("1、学生姓名\n毛铭泽\n2、所在班级\n二年级3班\n"), ["毛铭泽"])
        XCTAssertEqual(names("【答卷 1】\nQ1 学生姓名\nA：毛铭泽\nQ2 既往病史\nA：无\n"), ["毛铭泽"])
        // A name's label alone on its line, its colon lost (a screenshot's OCR), names the name
        // alone below it; a label in a sentence names nothing below.
        XCTAssertEqual(names("学生姓名\n毛铭泽\n3、谢谢，学生姓名\n高兴地参加\n"), ["毛铭泽"])
        XCTAssertEqual(names("谢谢，学生姓名\n高兴地参加\n"), [])
    }

    func testReportCardCommentsUnderTheirPupilsNames() {
        XCTAssertEqual(names("期末评语\n\n【邱睿泽】\n你的字写得漂亮。\n\n杨诗涵\n你为人诚实，劳动积极。\n"), ["邱睿泽", "杨诗涵"])
        // A heading that is no name, or a name over a paragraph not addressed to anyone.
        XCTAssertEqual(names("【温馨提示】\n你好，明天放假。\n邱睿泽\n明天放假。\n"), [])
    }

    func testCuesOfGraduatesDormitoriesAndTrips() {
        XCTAssertEqual(names("兹有我校2024届毕业生周梓涵同学已被贵校录取。"), ["周梓涵"])
        XCTAssertEqual(names("305宿舍谭芷若未归，已联系家长。"), ["谭芷若"])
        XCTAssertEqual(names("值班宿管：侯芳\n开票人：邓晓梅\n全陪：韩东"), ["侯芳", "邓晓梅", "韩东"])
        XCTAssertEqual(names("亲爱的王一诺：你是一个文静的女孩。"), ["王一诺"])
        // A class number before a weekday's lesson or a draft's name introduces no one.
        XCTAssertEqual(names("三(2)班 周三第2节 数学\n九(3)班 宣传稿 周三交\n校友会秘书处"), [])
    }

    func testNamesAfterLabelledCodes() {
        // Exam and score lists in text: the code is no phone, the name after it is still found.
        XCTAssertEqual(names("考号：18030101234 张梓涵 总分295\n考号：18030101235 李浩然 总分287\n"), ["张梓涵", "李浩然"])
        XCTAssertEqual(names("学号 2023001 李娜 男\n准考证号：260101001，王一诺，第1考场"), ["李娜", "王一诺"])
        // Ordinary words after a code, a name run on into more words, or a number with no code's label.
        XCTAssertEqual(names("考号：18030101237 总分295\n学号：2023005 同学们请注意\n编号 1001 高兴地参加\n共 120 张伟大的作品"), [])
    }

    func testNumberedSignUpLists() {
        XCTAssertEqual(names("接龙：\n1. 黄茜露\n2. 袁霖蕾\n3、李建喜 \n"), ["黄茜露", "袁霖蕾", "李建喜"])
        XCTAssertEqual(names("09:40 胡鑫妈妈：8. 胡鑫"), ["胡鑫", "胡鑫"])
        XCTAssertEqual(names("3. 白若汐 已阅\n6. 钟雨泽 收到\n7. 林子涵 已交"), ["白若汐", "钟雨泽", "林子涵"])
        // A numbered line of ordinary text, or a name with more after it, is not such a list.
        XCTAssertEqual(names("1. 高兴\n2. 方法很多\n3. 王伟说明天开会"), [])
    }

    func testKinshipLabelsAndNumberedItems() {
        XCTAssertEqual(names("孩子的爷爷汤安平身体不好。"), ["汤安平"])
        XCTAssertEqual(names("俞彤的哥哥俞思妤去年考入郑州大学。"), ["俞彤", "俞思妤"])
        XCTAssertEqual(names("作业让同桌吉振宇帮忙带回。"), ["吉振宇"])
        XCTAssertEqual(names("指导教师：曾会芳"), ["曾会芳"])
        XCTAssertEqual(names("一、蔡子轩通报了期中考试情况。"), ["蔡子轩"])
        XCTAssertEqual(names("二、林翠兰（家委会主任）介绍了班费使用情况。"), ["林翠兰"])
        XCTAssertEqual(names("晚自习：谷浩然身体不适，由班主任联系家长接回。"), ["谷浩然"])
        XCTAssertEqual(names("今年孩子爷爷年迈多病。"), [])
        XCTAssertEqual(names("七、李校长强调，年底前完成材料的整理。"), [])
    }

    func testCompoundSurnamesThatBeginWithAFunctionWord() {
        XCTAssertEqual(names("上官健老师提醒大家：期末复习要制定计划。"), ["上官健"])
    }

    /// A budget's disclosure, a repair's report, a statistics indicator's table, a test's manual: words shaped
    /// like a surname and a given name, or a worker's cue opening a longer word (维修工|程).
    func testBudgetRepairStatisticsAndReferenceWordsAreNoNames() throws {
        XCTAssertEqual(names("其中因公出国（境）费0万元，公务接待费7.60万元。"), [])
        XCTAssertEqual(names("金水区2024年暑期校舍维修工程竣工结算审核报告"), [])
        XCTAssertEqual(names("房屋维修工程量清单"), [])
        // A column of short indicators, which would vouch for a name among them.
        let indicators = "指标,口径\n在校生数,9月1日学籍在籍人数\n专任教师,具有教师资格\n班额,班级在校生数\n"
        XCTAssertEqual(try ReadTestSupport.scanData(Array(indicators.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value), [])
        XCTAssertEqual(names("三、施测要求：安静环境，独立完成，时间约20分钟。"), [])
        // A reference's authors (GB/T 7714: `et al.` as 等.).
        XCTAssertEqual(names("[1] 汪向东等. 心理卫生评定量表手册（增订版）[M]. 北京: 中国心理卫生杂志社, 1999."), [])
        XCTAssertEqual(names("参考文献：汪向东等. 心理卫生评定量表手册（增订版）. 北京：中国心理卫生杂志社, 1999."), [])
        XCTAssertEqual(names("王梓涵等同学获奖。"), ["王梓涵"])
        XCTAssertEqual(names("维修工张建国"), ["张建国"])
    }

    func testTheVerbsOfADecisionMayStandBeforeAName() {
        XCTAssertEqual(names("关于同意陈思远同学转学的批复"), ["陈思远"])
        XCTAssertEqual(names("现批准王一诺同学休学一年，推荐刘子轩同学为市级三好学生。"), ["王一诺", "刘子轩"])
        // The verb opens the way; a word that follows names after it vouches for it.
        XCTAssertEqual(names("同意张伟提出的方案"), ["张伟"])
        XCTAssertEqual(names("同意学校提出的方案"), [])
        // What a pupil's status may come to after the name, as an application's title writes it.
        XCTAssertEqual(names("高二(3)班董一诺缓考申请"), ["董一诺"])
        XCTAssertEqual(names("七年级2班王梓涵休学手续"), ["王梓涵"])
        XCTAssertEqual(names("八年级学生休学手续办理流程"), [])
        XCTAssertEqual(names("缓考申请表"), [])
    }

    func testWeakCuesNeedAWordAfterTheName() {
        XCTAssertEqual(names("开放日当天由袁曦玥负责签到。"), ["袁曦玥"])
        XCTAssertEqual(names("由于时间关系，会议推迟。"), [])
        XCTAssertEqual(names("如有异议请向团委反映。"), [])
        XCTAssertEqual(names("可以向监考老师申请。"), [])
    }

    func testOrdinaryWordsAndBareSurnamesAreNotNames() {
        for text in ["今天我很高兴，周末去公园。", "王国的方法很常用。", "请向王老师报名。", "谢谢韩老师的耐心指导！",
                     "张老师和李老师都来了。", "安全员老师每天在校门口值守。", "已经有同学在晨跑了。",
                     "考生须提前15分钟进入考场。", "各位同学：下周一开学。", "同学们好！",
                     // A lesson plan's reading aloud, a fee waived, an engineer addressed by surname.
                     "2．教师范读，学生标出节奏。", "建档立卡家庭学生全免。", "项目联系人：王工　电话：0371-65990125",
                     // A form of address after a surname: 杨二嫂, 王大妈.
                     "“我”——杨二嫂：原是“豆腐西施”。", "隔壁的王大妈很热心。"] {
            XCTAssertEqual(names(text), [], text)
        }
    }

    func testAPersonsNameKeptAsAnOrdinaryWordIsANameInAColumnOfNames() {
        // jieba tags 王晓东 and 赵大明 as people's names frequent enough to be kept out of text;
        // under a name header they are names, as any other.
        XCTAssertEqual(names("王晓东", header: "家庭成员1姓名"), ["王晓东"])
        XCTAssertEqual(names("赵大明", header: "姓名"), ["赵大明"])
        // Ordinary words stay none: a label under a name header is no name.
        XCTAssertEqual(names("班主任", header: "姓名"), [])
    }

    func testWellKnownFiguresAreNotLeaks() {
        XCTAssertEqual(names("鲁迅先生说过，希望是本无所谓有的。"), [])
        XCTAssertEqual(names("李白同学们都读过。"), [])
    }

    func testANameWithItsLifesYearsIsAWritersOrAHistoricalFigures() {
        // Lesson plans and reading guides introduce authors with their years, as reference works do.
        for text in ["作者简介：陈忠实（1942—2016），陕西西安人。", "作者：埃德加·斯诺（1905年7月19日—1972年2月15日），美国记者。",
                     "作者简介：梁晓声（1949- ），黑龙江哈尔滨人。", "作者：吴伯箫(1906~1982)"] {
            XCTAssertEqual(names(text), [], text)
        }
        // A pupil's birth month in brackets, or years that are no life's, leave the name a name.
        XCTAssertEqual(names("学生：陈忠实（2012年3月出生）"), ["陈忠实"])
        XCTAssertEqual(names("学生：陈忠实（2012年）"), ["陈忠实"])
    }

    func testNameBesideAPhoneInRunningText() {
        let found = findings(in: "报名请找李倩芳（19073480385）。", detectors: [MobileDetector(), NameDetector()])
        XCTAssertEqual(found.map(\.kind), [.name, .mobile, .record])
        XCTAssertEqual(found.first?.value, "李倩芳")
        // After a comma too, and beside a birth date.
        XCTAssertEqual(findings(in: "李娜，13812345678", detectors: [MobileDetector(), NameDetector()]).map(\.value),
                       ["李娜", "13812345678", ""])
        XCTAssertEqual(findings(in: "李娜，2011年11月生，团员。", detectors: [BirthDateDetector(), NameDetector()])
                        .filter { $0.kind == .name }.map(\.value), ["李娜"])
        XCTAssertEqual(findings(in: "请于周五前报名，13812345678", detectors: [MobileDetector(), NameDetector()])
                        .filter { $0.kind == .name }, [])
        // An office's number has no person beside it.
        XCTAssertEqual(findings(in: "咨询电话：0371-65501234 王老师", detectors: [LandlineDetector(), NameDetector()])
                        .filter { $0.kind == .name }, [])
    }

    func testALookalikeCellNeedsACompanionInItsRow() {
        // Under a header that says nothing, 张伟 is a name only beside another personal value.
        XCTAssertEqual(names("张伟", header: "备注"), [])
        XCTAssertEqual(names("汉族", header: "民族"), [])
        XCTAssertEqual(names("江苏", header: "籍贯"), [])
    }

    func testNamesInTraditionalCharacters() throws {
        // Hong Kong, Macau and Taiwan families, a Big5 system's export: read as simplified.
        XCTAssertEqual(names("陳建國", header: "姓名"), ["陳建國"])
        XCTAssertEqual(names("歐陽娜娜", header: "學生姓名"), ["歐陽娜娜"])
        XCTAssertEqual(names("家長劉德明電話13812345678"), ["劉德明"])
        XCTAssertEqual(names("表揚了陳建國同學"), ["陳建國"])
        // A cue is spelt in each character's standard form: 家 has none of its own (傢 is only a
        // variant that stands for it), so 家长 is spelt 家長, not 傢長.
        XCTAssertEqual(TraditionalCharacters.traditionalSpelling(of: "家长"), "家長")
        XCTAssertNil(TraditionalCharacters.traditionalSpelling(of: "姓名"))
        let (_, found) = try ReadTestSupport.scanData(Array("學生姓名,身份證號碼,家長電話\n張偉,\(SyntheticID.make(region: "410105", birth: "20090315")),13912345678\n".utf8), name: "t.csv")
        XCTAssertEqual(found.map(\.location.field), ["學生姓名", "身份證號碼", "家長電話"])
        XCTAssertEqual(found.map(\.kind), [.name, .cnID, .mobile])
    }

    func testTibetanAndMongolianNamesInAList() {
        XCTAssertEqual(names("获奖名单：扎西顿珠、次仁卓玛、格桑"), ["扎西顿珠", "次仁卓玛", "格桑"])
        XCTAssertEqual(names("获奖名单：扎西顿珠、王小明"), ["扎西顿珠", "王小明"])
        XCTAssertEqual(names("请准备扎西、格桑花、酥油茶"), [])
    }

    func testARomanisedNameAfterANameLabel() {
        XCTAssertEqual(names("姓名：Wang Haoran"), ["Wang Haoran"])
        XCTAssertEqual(names("学生姓名：ZHANG Ruoxi，班级：7A"), ["ZHANG Ruoxi"])
        XCTAssertEqual(names("姓名：Wang is here"), [])
        XCTAssertEqual(names("备注：Wang Haoran"), [])
    }

    func testADecisionsVerbsANoticesLeadAndAnApprovalsLog() {
        XCTAssertEqual(names("经研究，决定录用郭子墨为我校合同制教师。"), ["郭子墨"])
        XCTAssertEqual(names("拟同意蒋欣怡转入我校八年级就读。"), ["蒋欣怡"])
        XCTAssertEqual(names("经评审，拟推荐白博文等4名同学为区级美德少年候选人。"), ["白博文"])
        XCTAssertEqual(names("张伟等人参加了培训。"), ["张伟"])
        XCTAssertEqual(names("物理、化学等3门学科"), [])
        // An office-automation flow's steps, a name, a decision and a time.
        XCTAssertEqual(names("流程：用章申请\n黎振宇 同意 2024-03-14 18:10  意见：情况属实\n汪文杰 已盖章 2024-03-14 20:05"), ["黎振宇", "汪文杰"])
        XCTAssertEqual(names("潘芳 同意 2024-03-22 10:22\n曾春生 同意 2024-03-22 14:05", header: "处理记录"), ["潘芳", "曾春生"])
        XCTAssertEqual(names("校长办公会 同意 2024-03-14"), [])
    }

    func testLostPropertyBuildingSitesAndANoticesOpening() {
        XCTAssertEqual(names("陈思远", header: "失主"), ["陈思远"])
        XCTAssertEqual(names("蒋梦瑶", header: "认领人"), ["蒋梦瑶"])
        XCTAssertEqual(names("失主：陈思远，五年级2班"), ["陈思远"])
        XCTAssertEqual(names("拾到学生卡一张，卡上姓名为陈思远。"), ["陈思远"])
        XCTAssertEqual(names("劳务员：任永刚\n施工员：崔金生"), ["任永刚", "崔金生"])
        XCTAssertEqual(names("今天电工刘海涛、焊工苏建军进场。"), ["刘海涛", "苏建军"])
        XCTAssertEqual(names("电工作业须持证上岗。"), [])
        // A notice's opening clause after its salutation is no name.
        XCTAssertEqual(names("各位老师：\n经审核，以下人员符合条件。"), [])
    }

    func testMinutesAndPairingLedgers() {
        // A post's title after a full name vouches for it, deputy or not; a bare surname's title does not.
        XCTAssertEqual(names("在高建华校长的带领下，教务处王志强主任牵头修订，许志刚副校长带队检查。"), ["高建华", "王志强", "许志刚"])
        XCTAssertEqual(names("上午听张晓东老师初一数学课。"), ["张晓东"])
        XCTAssertEqual(names("请王校长签字，后勤副校长和法治副校长参加，初中数学老师到场。"), [])
        // A labelled value in brackets after the name; household categories and villagers.
        let bracketed = findings(in: "其中李娟（身份证号：410181198603020542）学历证书复印件缺失。", detectors: StandardDetectors.all())
        XCTAssertEqual(bracketed.filter { $0.kind == .name }.map(\.value), ["李娟"])
        XCTAssertEqual(names("兹有我村村民石广林（身份证号：41132619750801960X），系我村特困供养人员。"), ["石广林"])
        XCTAssertEqual(names("脱贫户刘桂兰家中4口人；五保户王德明独居。"), ["刘桂兰", "王德明"])
        XCTAssertEqual(names("其父史有才于2021年因病致残。"), ["史有才"])
        XCTAssertEqual(names("值班教师段鹏随即联系其父亲。"), ["段鹏"])
        // Picked for a post, in charge of a group, a family member after 父：.
        XCTAssertEqual(names("经研究，选派李明同志参加培训。其中王建国为组长。"), ["李明", "王建国"])
        XCTAssertEqual(names("数学组：孔洋"), ["孔洋"])
        XCTAssertEqual(names("父：王建国\n母：李秀英"), ["王建国", "李秀英"])
        XCTAssertEqual(names("宣传组：李老师"), [])
        // Nominees listed by office; an office's contact before its landline is the office's;
        // a room's place is none.
        XCTAssertEqual(names("教务处：蒋国庆\n德育处：冯丽华\n办公室：杜军霞\n"), ["蒋国庆", "冯丽华", "杜军霞"])
        XCTAssertEqual(names("教务处：张伟 0371-65501234\n教务处：王芳，电话：0371-65501235\n"), [])
        XCTAssertEqual(names("教务处：张伟，手机：13812345678"), ["张伟"])
        XCTAssertEqual(names("教室：明德楼301"), [])
        // A greeting's 各位 is no surname; an author credited for a book is published.
        XCTAssertEqual(names("各位新生家长：\n请每位考生家长注意。"), [])
        XCTAssertEqual(names("美国记者埃德加·斯诺著，作者王建国编著《班主任工作艺术》"), [])
        // A contractor's engineer and boss addressed by surname and title are no names.
        XCTAssertEqual(names("联系人：刘总　电话：0371-65501234\n联系人：王工程师　电话：13812345678"), [])
        XCTAssertEqual(names("城关、韩寺；黄店、姚庄"), [])
        XCTAssertEqual(names("康雨桐", header: "主监考"), ["康雨桐"])
        // A weekly report's pupils: late, or doing better.
        XCTAssertEqual(names("黄思雨迟到两次。陈宇轩、王欣怡进步明显。"), ["黄思雨", "陈宇轩", "王欣怡"])
        XCTAssertEqual(names("关于胡若彤同学近两周多次迟到的问题"), ["胡若彤"])
        XCTAssertEqual(names("学生迟到早退现象有所减少"), [])
        // A published work's author after its title, not a contest's entry; a clerk's sign-off.
        XCTAssertEqual(names("《搭船的鸟》（作者郭风）\n作品27号　《海洋与生命》　　作者：童裳亮"), [])
        XCTAssertEqual(names("一等奖　《校园里的鸟类观察》　作者：乔川姗　指导教师：危飞"), ["乔川姗", "危飞"])
        XCTAssertEqual(names("考勤员：金国庆"), ["金国庆"])
        XCTAssertEqual(names("关系", header: "监护人"), [])
        // A post's holder named after his office, or by his title in a clause of its own.
        XCTAssertEqual(findings(in: "老师说，由德育处阎建华主任牵头。德育处主任张明华到场。", detectors: StandardDetectors.all())
            .filter { $0.kind == .name && !$0.organisational }.map(\.value), ["阎建华", "张明华"])
        // A household named by its member: a visit's or a pairing's (来到黄子轩家。), and a 户主's.
        XCTAssertEqual(names("今天下午来到黄子轩家。我帮扶的姜建军家，户主电话换了。"), ["黄子轩", "姜建军"])
        XCTAssertEqual(names("姜浩宇的户主身份证号是"), ["姜浩宇"])
        XCTAssertEqual(names("许多商家，我们全家，王建国回家，名门世家28号楼"), [])
        // A mail's signature under its delimiter.
        XCTAssertEqual(names("好的，收到，谢谢！\n\n-- \n邹雨桐\n韩寺镇中学 教务处"), ["邹雨桐"])
        // Over the office the signer speaks for (probe 51), with no delimiter too.
        XCTAssertEqual(names("好的，收到，谢谢！\n\n邹雨桐\n韩寺镇中学 教务处"), ["邹雨桐"])
    }

    func testColumnsOfApproversAndOfMedicines() {
        XCTAssertEqual(names("黎振宇", header: "发起人"), ["黎振宇"])
        XCTAssertEqual(names("汪文杰", header: "当前处理人"), ["汪文杰"])
        XCTAssertEqual(names("何首乌", header: "药名"), [])
    }

    /// An English honour roll's or news item's pupil, in pinyin before their class or grade.
    func testARomanisedNameBeforeItsClassOrGrade() {
        XCTAssertEqual(names("Recipients:\nLin Yutong, Grade 11\nYang Yinuo, Grade 11"), ["Lin Yutong", "Yang Yinuo"])
        XCTAssertEqual(names("Student Liu Haoran of Class 5, Grade 8, broke the school record."), ["Liu Haoran"])
        XCTAssertEqual(names("Zhou Yutong (Class 6, Grade 10) won the 800 m."), ["Zhou Yutong"])
        XCTAssertEqual(names("Students in Grade 8 and Grade 9 took part."), [])
        XCTAssertEqual(names("Welcome to Grade 7"), [])
        XCTAssertEqual(names("Hello World, Grade 5"), [])
    }

    func testARomanisedNameAfterAnEnglishLabel() {
        // An English book report's or a volunteer rota's fields, typed in running text.
        XCTAssertEqual(names("Book Report\nName: Li Xinyi    Class: Grade 7 (2)    Teacher: Wang Hong"), ["Li Xinyi", "Wang Hong"])
        XCTAssertEqual(names("Monday  Gate A  07:15-07:50  Volunteer: Zhang Wei, Tel 13440529165"), ["Zhang Wei"])
        XCTAssertEqual(names("Student Name: Wang Haoran\nMother: Chen Li, +86 138 1234 5678"), ["Wang Haoran", "Chen Li"])
        // A colon typed with a Chinese input method, a key in quotes.
        XCTAssertEqual(names("Name：Chen Jie"), ["Chen Jie"])
        XCTAssertEqual(names("{\"name\": \"Liu Yang\"}"), ["Liu Yang"])
        // The words before the last say whose name it is: a school's, a file's.
        XCTAssertEqual(names("School Name: Zhengzhou Shiyan"), [])
        XCTAssertEqual(names("Time: 10:22  Note: Bring Books  Name: the class list"), [])
    }

    func testANameBeforeItsPetNameAndAKinshipWord() {
        XCTAssertEqual(names("万梓萱（妞妞）奶奶 18745646408"), ["万梓萱"])
        XCTAssertEqual(names("郭诗涵(可可)妈妈 13812345678"), ["郭诗涵"])
    }

    /// A chat's list of children and their parents' phones, items apart by semicolons: the
    /// child opens an item before a comma and a kin's word or a phone's label.
    func testAChildOpeningAnItemBeforeAKinsWord() {
        func names(_ text: String) -> [String] {
            findings(in: text, detectors: StandardDetectors.all()).filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(names("郭书瑶，家长电话15963929942；沈沐阳，家长电话13775517037"), ["郭书瑶", "沈沐阳"])
        XCTAssertEqual(names("沈沐阳，家长沈春梅 13775517037"), ["沈沐阳", "沈春梅"])
        XCTAssertEqual(names("张子涵，哮喘；家长电话13775517037"), ["张子涵"])
        XCTAssertEqual(names("已通知；明天，家长电话13775517037"), [])
        XCTAssertEqual(names("周末，家长带孩子去公园"), [])
        XCTAssertEqual(names("回不来，她奶奶来接，奶奶电话15947866863"), [])
        XCTAssertEqual(names("请各位家长注意，家长接送时不要停在校门口"), [])
    }

    func testNamesBeforeWordsOfIllnessAndAbsence() {
        // A kindergarten's 晨午检 and 因病缺勤 ledgers, typed as lines.
        XCTAssertEqual(names("12月2日 王一诺 因病缺勤"), ["王一诺"])
        XCTAssertEqual(names("11月5日 晨检 王一诺 咳嗽 已通知家长"), ["王一诺"])
        XCTAssertEqual(names("陈梓睿 因病缺勤（发烧） 家长已请假"), ["陈梓睿"])
        XCTAssertEqual(names("本周因病缺勤3人"), [])
    }

    func testNamesUnderHeadersOfMentorsAndEnglishRosters() {
        XCTAssertEqual(names("江一鸣", header: "企业导师"), ["江一鸣"])
        // A home's owner or tenant on an enrolment's proof of residence.
        XCTAssertEqual(names("王建军", header: "产权人"), ["王建军"])
        XCTAssertEqual(names("王建军", header: "承租人"), ["王建军"])
        // A gate's visitor log.
        XCTAssertEqual(names("登记：周丽娟，事由：送资料"), ["周丽娟"])
        XCTAssertEqual(names("登记：2024年9月"), [])
        XCTAssertEqual(names("江一鸣", header: "对接人"), ["江一鸣"])
        XCTAssertEqual(names("江一鸣", header: "企业指导师傅"), ["江一鸣"])
        XCTAssertEqual(names("Sun Haoran", header: "Delegate"), ["Sun Haoran"])
        XCTAssertEqual(names("Sun Haoran", header: "Participant"), ["Sun Haoran"])
        XCTAssertEqual(names("江一鸣", header: "导师评语"), [])
    }

    func testNamesSideBySideInARowVouchForEachOther() throws {
        func names(csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        // A grid of award winners: no header, no other personal data; every row, the first too
        // (a row of names is no header).
        XCTAssertEqual(try names(csv: "孟晓彤,柏宇航,祁佳怡,王梓轩\n李佳怡,赵欣怡,陈宇航,刘思琪\n"),
                       ["孟晓彤", "柏宇航", "祁佳怡", "王梓轩", "李佳怡", "赵欣怡", "陈宇航", "刘思琪"])
        // Two alone say too little; so do abbreviations of two characters (a timetable).
        XCTAssertEqual(try names(csv: "组别,成员一,成员二\n一组,孟晓彤,柏宇航\n"), [])
        XCTAssertEqual(try names(csv: "节次,周一,周二,周三\n1,高数,马哲,毛概\n"), [])
        // Nor do villages (李家村, 王家庄) or a reading list of well-known authors.
        XCTAssertEqual(try names(csv: "张家界,李家村,王家庄,刘家湾\n"), [])
        XCTAssertEqual(try names(csv: "朱自清,冰心,老舍,巴金\n钟南山,袁隆平,屠呦呦\n"), [])
        // (They do look like names: beside a phone they would be taken for one.)
        XCTAssertEqual(try names(csv: "节次,周一,电话\n1,马哲,13812345678\n"), ["马哲"])
    }

    func testMessagesToParentsAndTheirGroups() {
        // A greeting, a northern grandparent, a child before a dash and the one who fetches
        // them, a parent written 妈 for 妈妈.
        XCTAssertEqual(names("【家校通】王志强您好，请于周六到校。"), ["王志强"])
        XCTAssertEqual(names("张子涵你好，作业已收到。"), ["张子涵"])
        XCTAssertEqual(names("接送人：姥爷孙丽"), ["孙丽"])
        XCTAssertEqual(names("1、吴雨桐——奶奶"), ["吴雨桐"])
        XCTAssertEqual(names("2、李浩然 - 爸爸"), ["李浩然"])
        XCTAssertEqual(findings(in: "罗天佑妈13812345678", detectors: [MobileDetector(), NameDetector()]).filter { $0.kind == .name }.map(\.value),
                       ["罗天佑"])
        XCTAssertEqual(names("罗天佑妈：明天请假"), ["罗天佑"])
        // Not a kinship word's 妈, nor 妈 before more of a word.
        XCTAssertEqual(names("王舅妈：明天请假"), [])
        XCTAssertEqual(names("罗天佑妈妈说"), ["罗天佑"])
        // The parents' meeting and the parents' group name no one.
        XCTAssertEqual(names("各位家长您好，明天开家长会。"), [])
        XCTAssertEqual(names("周五开家长委员会会议"), [])
        XCTAssertEqual(names("三年级二班家长群(52)"), [])
        XCTAssertEqual(names("QQ聊天记录_班委群"), [])
        XCTAssertEqual(names("张伟家长，请签字。"), ["张伟"])
    }

    func testAClassTeachersRecords() {
        // A class log's absences, a subject's representative, pupils given as examples.
        XCTAssertEqual(names("迟到：李浩然"), ["李浩然"])
        XCTAssertEqual(names("语文课代表：张子涵"), ["张子涵"])
        XCTAssertEqual(names("如张子涵、李浩然等同学作业拖拉。"), ["张子涵", "李浩然"])
        XCTAssertEqual(names("请各位家长查收。"), [])
        // A two-character name padded to a longer one's width after a form's label.
        XCTAssertEqual(names("姓名：康　鑫"), ["康　鑫"])
        // Comments, a pupil a line: three in a row vouch for each other.
        XCTAssertEqual(names("张子涵：该生尊敬师长，学习认真。\n李浩然：你上课积极发言。\n王欣怡：该生乐于助人。\n"), ["张子涵", "李浩然", "王欣怡"])
        XCTAssertEqual(names("时间：周五下午\n地点：三楼会议室\n内容：期中总结\n"), [])
    }

    func testAColumnMostlyOfLookalikesIsAColumnOfNames() {
        func names(inColumn cells: [String]) -> [String] {
            findings(inColumn: cells, header: "", detectors: [NameDetector()]).map(\.value)
        }
        // A chart's categories, a header-less class list: the third name vouches for the first
        // two, held back till then (and reported before it).
        XCTAssertEqual(names(inColumn: ["孟晓彤", "柏宇航", "祁佳怡", "王梓轩"]), ["孟晓彤", "柏宇航", "祁佳怡", "王梓轩"])
        XCTAssertEqual(names(inColumn: ["孟晓彤", "柏宇航"]), [])
        // A seat chart's numbers before the names.
        XCTAssertEqual(names(inColumn: ["01 孟晓彤", "02 柏宇航", "03 祁佳怡"]), ["孟晓彤", "柏宇航", "祁佳怡"])
        XCTAssertEqual(names(inColumn: ["1.孟晓彤", "2.柏宇航", "3.祁佳怡"]), ["孟晓彤", "柏宇航", "祁佳怡"])
        XCTAssertEqual(names(inColumn: ["01 一组", "02 二组", "03 三组"]), [])
        var counter = CollectingSink(wantsDetails: false)
        scan(column: ["孟晓彤", "柏宇航", "祁佳怡", "王梓轩"], header: "", detectors: [NameDetector()], sink: &counter)
        XCTAssertEqual(counter.counts, [.name: 4])
        // Numbers in the column do not count against it; other text does.
        XCTAssertEqual(names(inColumn: ["孟晓彤", "92", "柏宇航", "88", "祁佳怡"]), ["孟晓彤", "柏宇航", "祁佳怡"])
        XCTAssertEqual(names(inColumn: ["孟晓彤", "跑步", "柏宇航", "跳远", "祁佳怡", "铅球", "王梓轩"]), [])
        // Fonts a document names are no names (宋体), nor labels that open with a word (项目丁).
        XCTAssertEqual(names(inColumn: ["孟晓彤", "柏宇航", "祁佳怡", "宋体", "黑体"]), ["孟晓彤", "柏宇航", "祁佳怡"])
        XCTAssertEqual(names(inColumn: ["项目一", "项目丁", "项目七", "项目万"]), [])
        // Nor is such a cell held back for the names under it (a sheet's name over a list).
        XCTAssertEqual(names(inColumn: ["花名册", "孟晓彤", "柏宇航", "祁佳怡"]), ["孟晓彤", "柏宇航", "祁佳怡"])
        // A section's title (a prize's) over names does not count against them.
        XCTAssertEqual(names(inColumn: ["一等奖", "孟晓彤", "柏宇航", "二等奖", "祁佳怡", "王梓轩", "三等奖（2名）", "汤若彤", "贾晴"]),
                       ["孟晓彤", "柏宇航", "祁佳怡", "王梓轩", "汤若彤", "贾晴"])
        XCTAssertEqual(names(inColumn: ["孟晓彤", "跑步", "柏宇航", "跳远", "祁佳怡", "获奖名单", "王梓轩"]), [])
        // So do the titles above the first name.
        XCTAssertEqual(names(inColumn: ["获奖名单", "一等奖", "孟晓彤", "柏宇航", "二等奖", "祁佳怡", "王梓轩", "汤若彤"]),
                       ["孟晓彤", "柏宇航", "祁佳怡", "王梓轩", "汤若彤"])
    }

    func testANameFoundOnceIsFoundAgainWithoutItsCue() {
        XCTAssertEqual(names("学生：汤若彤　班级：高一(15)班\n后续措施：数学老师利用午自习为汤若彤答疑。"), ["汤若彤", "汤若彤"])
        // Two characters need a name's edge on one side (与, a function word, before 王敏).
        XCTAssertEqual(names("接待家长：王敏（母亲）\n每两周与王敏电话沟通一次。"), ["王敏", "王敏"])
        // With no name's edge on either side, two characters are part of words (扩张|强度).
        XCTAssertEqual(names("学生：张强同学。材料的扩张强度达标。"), ["张强"])
        XCTAssertEqual(names("学生林一诺同学\n墙上贴着林一诺初中时的奖状"), ["林一诺", "林一诺"])
        // Only what was found before counts: the first, cue-less mention stays unfound.
        XCTAssertEqual(names("为汤若彤答疑。学生汤若彤同学"), ["汤若彤"])
    }

    func testRecurrencesInATableAndAcrossDocuments() throws {
        // The name column teaches the remark column.
        let csv = "姓名,备注\n林一诺,与苑子悦同桌\n苑子悦,常和林一诺讨论物理题\n"
        let (_, found) = try ReadTestSupport.scan(MemorySource(csv, displayPath: "r.csv"), detectors: [NameDetector()])
        XCTAssertEqual(found.map(\.value), ["林一诺", "苑子悦", "林一诺"])
        // A name that is also an ordinary word (高一 of a name column) never stands for it again.
        let grades = "姓名,班级\n高一,高一(6)班\n"
        XCTAssertEqual(try ReadTestSupport.scan(MemorySource(grades, displayPath: "g.csv"), detectors: [NameDetector()]).1.map(\.value), ["高一"])
        // Each document starts with nothing remembered, whatever the engine read before.
        let engine = DetectionEngine(detectors: [NameDetector()])
        var sink = CollectingSink()
        _ = try SourceReader.scan(MemorySource("学生：汤若彤\n", displayPath: "a.txt"), engine: engine, sink: &sink)
        _ = try SourceReader.scan(MemorySource("墙上贴着汤若彤初中时的奖状\n", displayPath: "b.txt"), engine: engine, sink: &sink)
        XCTAssertEqual(sink.findings.map(\.value), ["汤若彤"])
    }

    /// Names listed with full-width commas after a cue; a payer's, a contract party's and a
    /// speaker's labels; a document's and a class's words are no names.
    func testListsWithCommasAndLabelsOfPayersAndSpeakers() {
        XCTAssertEqual(names("优秀志愿者：张子涵，李欣怡，王浩然，陈雨桐。"), ["张子涵", "李欣怡", "王浩然", "陈雨桐"])
        XCTAssertEqual(names("家长张伟，李老师说明天开会。"), ["张伟"])
        XCTAssertEqual(names("交款人：王梓涵"), ["王梓涵"])
        XCTAssertEqual(names("乙方：邱军"), ["邱军"])
        XCTAssertEqual(names("三、毕业生代表 张子涵 发言"), ["张子涵"])
        XCTAssertEqual(names("接送学生家长信息卡\n贫困生资助名单（公示稿）"), [])
        XCTAssertEqual(names("班主任：李欣怡老师　　班训：自律、勤奋、团结"), ["李欣怡"])
    }

    func testALogsLinesOpenedByATimeStamp() {
        // A counsellor's log, one session a line: a date, a time, the pupil and the class.
        XCTAssertEqual(names("11月3日 16:20 丁语嫣（八年级2班）学业焦虑\n11月4日 12:40 程子豪（九年级1班）首次来访\n11月5日 16:20 罗子豪（七年级3班）第3次\n"),
                       ["丁语嫣", "程子豪", "罗子豪"])
        XCTAssertEqual(names("1. 12:40 段梓萱（八年级2班）\n2. 13:10 韩雨桐（七年级1班）\n3. 14:00 邱子墨（九年级3班）\n"), ["段梓萱", "韩雨桐", "邱子墨"])
        XCTAssertEqual(names("2025-11-03 16:20 丁语嫣\n2025-11-04 12:40 程子豪\n2025-11-05 16:20 罗子豪\n"), ["丁语嫣", "程子豪", "罗子豪"])
        // A day's programme is no list of names.
        XCTAssertEqual(names("08:00 开幕式\n08:30 领导讲话\n09:00 方阵入场\n"), [])
    }

    func testRolesOfACanteenAndOfAnArticlesCredits() {
        XCTAssertEqual(names("仓库保管员：梁德明\n留样员：汪秀英\n面点：苏淑芬\n保洁：蒋丽\n"), ["梁德明", "汪秀英", "苏淑芬", "蒋丽"])
        // A role noun ending in 人 is no name, even beside a label of names.
        XCTAssertEqual(names("记录人", header: "接待人"), [])
        XCTAssertEqual(names("李明", header: "接待人"), ["李明"])
        // A WeChat article's credits, set apart by 丨 (a stroke typed for a bar) or a bar with blanks.
        XCTAssertEqual(names("文字丨龙德明 图片丨陆海燕 初审丨冯建华 终审丨曹振华"), ["龙德明", "陆海燕", "冯建华", "曹振华"])
        XCTAssertEqual(names("编辑 | 韩丽华　校对：潘玉梅"), ["韩丽华", "潘玉梅"])
    }

    func testDishesAndWordsOfNoticesAreNoNames() throws {
        func namesInCSV(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        // A weekly menu: a column of dishes, their first characters surnames.
        XCTAssertEqual(try namesInCSV("星期,荤菜,汤\n周一,黄焖鸡,罗宋汤\n周二,白灼虾,紫菜蛋汤\n周三,毛血旺,冬瓜汤\n"), [])
        XCTAssertEqual(names("此致 敬礼！"), [])
        // 须 after a pupil's word is "must", no surname.
        XCTAssertEqual(names("考生须携带身份证和面试通知书。"), [])
        XCTAssertEqual(names("经手人：黄振宇"), ["黄振宇"])
    }


    func testCertificatesExamListsVotesAndNews() {
        // A certificate's holder, a blank before 同志; an exam list's codes in their own column.
        XCTAssertEqual(names("黄振宇 同志：\n　　于2025年7月参加培训，准予结业。"), ["黄振宇"])
        XCTAssertEqual(names("20250107004　谭海涛　初中化学\n20250103005　汤嘉怡　初中美术\n20250101003　宋杰　初中信息技术\n"),
                       ["谭海涛", "汤嘉怡", "宋杰"])
        // A vote's candidates numbered 1号, 2号.
        XCTAssertEqual(names("1号 韩丽华 数学组 1234票\n2号 何立新 体育组 655票\n3号 曹振华 语文组 512票\n"), ["韩丽华", "何立新", "曹振华"])
        // News names pupils right after their grade; a grade's other words are no names.
        XCTAssertEqual(names("我校五年级陶雨桐同学荣获一等奖，2021级宋思远同学获得二等奖。"), ["陶雨桐", "宋思远"])
        XCTAssertEqual(names("一年级新生入学报到，六年级毕业典礼，三年级语文组。"), [])
        // 级 after a numeral alone is a rank.
        XCTAssertEqual(names("预警等级：一级（高危）"), [])
        XCTAssertEqual(findings(in: "　　余俊熙（2014年10月18日）生日快乐！", detectors: [BirthDateDetector(), NameDetector()]).filter { $0.kind != .record }.map(\.value),
                       ["余俊熙", "2014年10月18日"])
    }

    func testALongerCueSwallowsTheShorterItOpens() {
        // 咨询 opens 咨询师: 师签 is no name.
        XCTAssertEqual(names("咨询师签名：冯建伟"), ["冯建伟"])
        XCTAssertEqual(names("该生称母亲蒋秀英经常因成绩打骂自己。"), ["蒋秀英"])
        XCTAssertEqual(names("与钟奕辰母亲武文杰面谈40分钟。"), ["钟奕辰", "武文杰"])
    }

    func testDutyRostersLeaveAndExamPapersSignOffs() {
        XCTAssertEqual(names("值班领导：苏芳\n值班人员：姜霞  尹丽萍\n交班人：姜霞    接班人：毛丹\n"), ["苏芳", "姜霞", "尹丽萍", "姜霞", "毛丹"])
        XCTAssertEqual(names("命题人：杜明哲　　审题人：邹雅琪"), ["杜明哲", "邹雅琪"])
        XCTAssertEqual(names("晨检：缺勤1人：向可欣（发热）"), ["向可欣"])
        XCTAssertEqual(names("孟丽萍提交的请假"), ["孟丽萍"])
        // A kindergarten's pick-up log: the child, then who took it home.
        XCTAssertEqual(names("16:30 中二班黄俊熙，由爷爷白德顺接走。田可馨由外婆接走；谭嘉懿、王俊熙未入睡。"),
                       ["黄俊熙", "白德顺", "田可馨", "谭嘉懿", "王俊熙"])
        XCTAssertEqual(names("孟丽萍", header: "请假人"), ["孟丽萍"])
        // 值班 introduces a name after its colon only: a roster's 值班楼栋 is a column's name.
        XCTAssertEqual(names("日期 星期 值班宿管 联系电话 值班楼栋"), [])
        XCTAssertEqual(names("值班：王建军"), ["王建军"])
        // A complaint's child after 其子 or 其女.
        XCTAssertEqual(names("因其子郭梓豪在校受到批评，其女黄诗琪违纪处分一事"), ["郭梓豪", "黄诗琪"])
    }

    func testALettersAddresseeAloneOnItsLine() {
        XCTAssertEqual(names("郭宏伟：\n    你于2026年9月26日提出的信访事项，我局决定予以受理。"), ["郭宏伟"])
        XCTAssertEqual(names("说明：\n附件：\n方法：\n时间：\n各位家长：\n张老师：\n"), [])
    }

    func testWinnersUnderPrizeTitlesAndInNumberedLinesOfNames() {
        XCTAssertEqual(names("一等奖（1名）\n王梓涵　八年级（3）班\n二等奖（2名）\n李浩然　八年级（2）班\n陈思远　九年级（1）班\n"),
                       ["王梓涵", "李浩然", "陈思远"])
        XCTAssertEqual(names("一等奖（1名）\n本次比赛共有120人参加。"), [])
        XCTAssertEqual(names("总分前十名：1.钟语嫣 2.孙雨泽 3.郭语嫣"), ["钟语嫣", "孙雨泽", "郭语嫣"])
        XCTAssertEqual(names("步骤：1.打开电脑 2.登录系统 3.点击上传"), [])
        // A label whose colon ends its line: the names opening the lines under it.
        XCTAssertEqual(names("大队长候选人：\n　　董一诺（五年级1中队）\n　　彭梓萱（五年级2中队）\n\n请各中队于5月20日前投票。"),
                       ["董一诺", "彭梓萱"])
        // A grid of names under it, each line's names apart by ideographic spaces.
        XCTAssertEqual(names("获奖名单：\n张梓涵　李浩然　王一诺\n陈思远　刘佳怡　赵诗涵\n"), ["张梓涵", "李浩然", "王一诺", "陈思远", "刘佳怡", "赵诗涵"])
        // An award slide's box: a name over its Young Pioneers' squad.
        XCTAssertEqual(names("吕文博\n四年级1中队"), ["吕文博"])
    }

    func testMaskedNamesAndAFormsDateBlanks() throws {
        func namesInCSV(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        // 王梓* hides the last character of a name of three; 赵诗涵* is a name with a mark.
        XCTAssertEqual(try namesInCSV("姓名,班级\n王梓*,一班\n李浩*,二班\n赵诗涵*,三班\n"), ["赵诗涵"])
        XCTAssertEqual(names("班主任意见：\n签名：　　　　年　月　日"), [])
        // A one-column list under a prize's title, one or two winners.
        XCTAssertEqual(try namesInCSV("三等奖\n王梓涵\n陈思远\n"), ["王梓涵", "陈思远"])
        // A form's value holding the pupil's class in brackets is no label.
        XCTAssertEqual(try namesInCSV("被欺凌学生,周雨桐（七年级5班）,实施欺凌学生,韩雅琪（七年级5班）\n"), ["周雨桐", "韩雅琪"])
    }


    /// Words that open with a surname and name no one: a poem's period as a flashcard's tag
    /// names it, staff housing's words; the authors a reading list gives before their books and
    /// the people of a textbook's essays are public figures.
    func testPoemsPeriodsHousingWordsAndTextbookFiguresAreNoNames() throws {
        func namesInCSV(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(try namesInCSV("正面,背面,标签\n床前明月光,《静夜思》李白,唐诗\n春眠不觉晓,《春晓》孟浩然,唐诗\n明月几时有,《水调歌头》苏轼,宋词\n"), [])
        XCTAssertEqual(try namesInCSV("姓名,身份证号,取得方式\n张伟,410105197409291241,房改房\n"), ["张伟"])
        XCTAssertEqual(names("教师周转房申请表"), [])
        XCTAssertEqual(names("请各校做好教师公租房申请工作。"), [])
        XCTAssertEqual(names("读书：余华《活着》、路遥《平凡的世界》"), [])
        XCTAssertEqual(names("施光南《祝酒歌》、何占豪《梁祝》"), [])
        // A chat export's title names the other party.
        XCTAssertEqual(names("与王芳的聊天记录"), ["王芳"])
        XCTAssertEqual(names("作者：鲁迅。人物：长妈妈、藤野先生、范爱农、寿镜吾先生。"), [])
    }

    /// A seeder's or a config's array in PHP (or a Perl or Ruby hash): the key before `=>` says
    /// what the value is.
    func testAKeyBeforeAnArrowNamesItsValue() {
        XCTAssertEqual(names("    'name' => '杨晓东',"), ["杨晓东"])
        XCTAssertEqual(names("    'title' => '家校通',"), [])
        // An SMS platform's log: the message's receiver.
        XCTAssertEqual(names("SEND OK mobile=18804230322 receiver=阎强阳 msgid=883620000"), ["阎强阳"])
    }

    /// A training's roles before a name (学员代表, 坊主: a workshop's host), and a name glued to
    /// the organisation before it (a school's, an office's), as notices write them.
    func testATrainingsRolesAndAnOrganisationBeforeANameOpenIt() {
        XCTAssertEqual(names("学员代表王建华提交了作业。\n坊主：刘晓燕"), ["王建华", "刘晓燕"])
        XCTAssertEqual(names("在结业典礼上，郑州市第十九中学孙东春老师作了交流发言。"), ["孙东春"])
        XCTAssertEqual(names("如遇问题请联系信息中心钟雪梅老师"), ["钟雪梅"])
        XCTAssertEqual(names("请各校代表到教务处领取材料。"), [])
        // A home visit's pupil; a yearbook's signature after its dash.
        XCTAssertEqual(names("家访 姚英哲（四年级1班）\n家访记录表"), ["姚英哲"])
        XCTAssertEqual(names("致金怡宇：六年同窗，愿你前程似锦！——康宇燕\n——摘自《朝花夕拾》"), ["金怡宇", "康宇燕"])
    }

    /// Sports, a call log's directions, a phone's contacts and a nickname's idiom name no one;
    /// a specialty's code `tcxm` (特长项目) is no 姓名's `xm`; a column counting candidates with
    /// its unit (可容纳考生（人/天）) makes a list of venues no list of people.
    func testSportsCallDirectionsItemCodesAndCountsNameNoOne() throws {
        func found(_ text: String, name: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(text.utf8), name: name).1.filter { $0.kind != .record && !$0.organisational }
                .map { "\($0.kind.rawValue) \($0.value)" }
        }
        XCTAssertEqual(try found("序号,姓名,班级\n1,沈嘉怡,一班\n2,篮球,二班\n3,足球,三班\n", name: "t.csv"), ["name 沈嘉怡"])
        XCTAssertEqual(try found("姓名,号码,类型\n王芳,13812345678,呼入\n快递,95338,呼出\n", name: "calls.csv"), ["name 王芳", "mobile 13812345678"])
        XCTAssertEqual(try found("[{\"bmh\":\"2024TC001\",\"tcxm\":\"田径\"},{\"bmh\":\"2024TC002\",\"tcxm\":\"篮球\"}]", name: "t.json"), [])
        XCTAssertEqual(try found("考点名称,地址,联系电话,可容纳考生（人/天）\n郑州市第十九中学,郑州市二七区大学路28号,0371-68943311,900\n", name: "v.csv"), [])
        // A code's header with its label in brackets is no count (xm（学生姓名）).
        XCTAssertEqual(try found("xm（学生姓名）,bj（班级）\n吴梓涵,一班\n", name: "f.csv"), ["name 吴梓涵"])
    }

    func testAFullNameAfterACueRunsIntoTheVerbAfterIt() throws {
        XCTAssertEqual(names("班主任杨梦瑶安排同学结对帮扶。"), ["杨梦瑶"])
        XCTAssertEqual(names("八年级学生彭雨欣仍未返校，驻村干部孟庆华到村走访。"), ["彭雨欣", "孟庆华"])
        XCTAssertEqual(names("患儿随即由其母李秀英送往医院，与同学丁心怡相撞。"), ["李秀英", "丁心怡"])
        // 金子 is a word, but 子 opens many given names.
        XCTAssertEqual(names("被保险人金子墨在小区内骑车时摔倒。"), ["金子墨"])
        // A rare surname (左 of a fracture), a preposition (于当日) and an office's name after
        // its district (区教育局, 区医保中心) are no names.
        XCTAssertEqual(names("在篮球场活动时摔倒，致左桡骨远端骨折，学生于当日送医院救治。"), [])
        XCTAssertEqual(names("联系人：区教育局人事科；如导入失败，请联系区医保中心。"), [])
        // Given names that are words of a function character; a result after 获.
        XCTAssertEqual(names("张向阳，男，汉族；王为民，男。"), ["张向阳", "王为民"])
        XCTAssertEqual(names("指导学生张梓涵获市级一等奖。"), ["张梓涵"])
        XCTAssertEqual(names("申报高级教师须具备一级教师任职满5年。"), [])
    }

    func testCuesOfDropoutVolunteeringAndMilitaryTraining() {
        XCTAssertEqual(names("劝返对象：彭雨欣　劝返人员：孟庆华"), ["彭雨欣", "孟庆华"])
        XCTAssertEqual(names("应征青年：石浩然\n带队教官：任敏妍\n教官周振宇带领学员练习正步。"), ["石浩然", "任敏妍", "周振宇"])
        XCTAssertEqual(names("队长：周一琳"), ["周一琳"])
    }

    func testNameHeadersOfRecommendationsAndOrders() throws {
        func namesInCSV(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name && $0.confidence == .high }.map(\.value)
        }
        XCTAssertEqual(try namesInCSV("序号,推荐人选,任教学科\n1,郭雅琴,语文\n2,韩建军,数学\n"), ["郭雅琴", "韩建军"])
        XCTAssertEqual(try namesInCSV("补发单号,收货人,班级,商品\nBF0926001,孟梓涵,七（3）班,冲锋衣\n"), ["孟梓涵"])
        XCTAssertEqual(try namesInCSV("序号,师傅,徒弟\n1,郭建华,韩雨晴\n"), ["郭建华", "韩雨晴"])
        XCTAssertEqual(try namesInCSV("机构名称,法定代表人\n金水区某某培训学校,蒋丽华\n"), ["蒋丽华"])
        // Things' names (物品名称) beside a person's mobile are none.
        XCTAssertEqual(try ReadTestSupport.scanData(Array("日期,物品名称,领用人,联系电话\n9月2日,文件盒,黎立新,13725334076\n".utf8), name: "t.csv").1
                        .filter { $0.kind == .name }.map(\.value), ["黎立新"])
    }


    func testACommentsChildBeforeYouAndCuesOfReportsInspectionsAndSafety() throws {
        XCTAssertEqual(names("石诗涵：你是一个爱思考的孩子，上课积极发言。"), ["石诗涵"])
        XCTAssertEqual(findings(in: "郭雨桐：你是一个活泼开朗的孩子。", header: "期末评语", detectors: [NameDetector()]).map(\.value), ["郭雨桐"])
        XCTAssertEqual(names("说明：你可以在这里填写。"), [])
        // A questionnaire's multiple choices, ballots' labels, an inspector, a complaint.
        XCTAssertEqual(names("郭雨桐┋邵宇轩┋汪思远"), ["郭雨桐", "邵宇轩", "汪思远"])
        XCTAssertEqual(names("唱票：江明哲　　计票：袁嘉怡"), ["江明哲", "袁嘉怡"])
        XCTAssertEqual(names("督学刘秀兰参加了座谈会，王督学、李督学到校检查。"), ["刘秀兰"])
        XCTAssertEqual(names("家长反映闫志刚老师在寒假期间组织补课。"), ["闫志刚"])
        XCTAssertEqual(names("孩子和同村丁沐辰一起去河边玩。"), ["丁沐辰"])
        // Rivers and canals are no names; renowned teachers cited in training are public.
        XCTAssertEqual(names("巡查地点：贾鲁河、东风渠、魏河"), [])
        XCTAssertEqual(names("魏书生老师也常讲，要用放大镜看学生的优点。"), [])
    }

    func testUnionAndPartyFilesNameTheirPeople() {
        // The person words of a union's and a Party branch's papers.
        XCTAssertEqual(names("给予后勤处职工孟庆华困难补助2000元，给予退休教职工范秀琴困难补助1500元。"), ["孟庆华", "范秀琴"])
        XCTAssertEqual(names("老人与老伴王秀英同住，王德明老人今年92岁。"), ["王秀英", "王德明"])
        XCTAssertEqual(names("列席人员：入党积极分子石志强。发展对象谢振宇汇报了个人思想。"), ["石志强", "谢振宇"])
        // The verbs of a branch's resolutions before a name (吸收, 确定) and a letter's 兹介绍.
        XCTAssertEqual(names("会议同意吸收谢振宇同志为中共预备党员。"), ["谢振宇"])
        XCTAssertEqual(names("兹介绍王建国同志（男），32岁，汉族。"), ["王建国"])
        XCTAssertEqual(names("同意确定孟明辉、谢振宇为入党积极分子。"), ["孟明辉", "谢振宇"])
        // A contact person named in a sentence that mentions the branch is no office's contact.
        XCTAssertEqual(names("我在党支部和培养联系人谢俊峰、姚建军同志的帮助下，认真学习。"), ["谢俊峰", "姚建军"])
    }

    func testAnEnumerationHoldingAPublicFigureIsOfPublicPeople() {
        XCTAssertEqual(names("出席中共一大的代表共13人，他们是：毛泽东、何叔衡、董必武、陈潭秋、王尽美、邓恩铭、李达、李汉俊、张国焘、刘仁静、陈公博、周佛海、包惠僧。"), [])
        XCTAssertEqual(names("推荐阅读的作家：鲁迅、老舍、冰心、沈从文、汪曾祺"), [])
        XCTAssertEqual(names("获奖名单：张梓涵、李浩然、王一诺"), ["张梓涵", "李浩然", "王一诺"])
    }

    func testANameRightBeforeItsAmountAndGoodsThatLookLikeNames() {
        // A donation list typed in Word: each giver's name right before the amount.
        XCTAssertEqual(names("教务处：张建华200元、李国强200元、周丽娟100元"), ["张建华", "李国强", "周丽娟"])
        XCTAssertEqual(names("每生每学期300元，书本费120元、校服费200元，合计300元"), [])
        XCTAssertEqual(names("多次拦截索要钱财共计约300元，学校联系公安机关。"), [])
        // Donated goods, a line each or in an enumeration: eggs, pens, hats and fish end no name.
        XCTAssertEqual(names("清单如下：\n金龙鱼 2桶\n柴鸡蛋 3箱\n包书皮 50张\n马克笔 1盒"), [])
        XCTAssertEqual(names("捐赠物资主要包括：金龙鱼、柴鸡蛋、包书皮、马克笔等，另有牛肉干、毛线帽。"), [])
    }

    func testFileNamesListedOneALineAsATreeWritesThem() throws {
        XCTAssertEqual(names("三年级1班\n├── 张梓涵.jpg\n├── 李浩然.jpg\n└── 王一诺.jpg\n"), ["张梓涵", "李浩然", "王一诺"])
        XCTAssertEqual(names("张梓涵.jpg\n李浩然.jpg\n王一诺.jpg\n"), ["张梓涵", "李浩然", "王一诺"])
        // A name glued to a word after its dot is no file's (张梓涵.同学们), nor one file alone.
        XCTAssertEqual(names("张梓涵.同学\n李浩然.同学\n王一诺.同学\n"), [])
        XCTAssertEqual(names("├── 张梓涵.jpg\n"), [])
        // `dir /b` saved as .txt: read as a table of one column, each cell a photo's name.
        let (_, listed) = try ReadTestSupport.scanData(Array("张梓涵.jpg\r\n李浩然.jpg\r\n王一诺.jpg\r\n刘欣怡.png\r\n".utf8), name: "照片.txt")
        XCTAssertEqual(listed.filter { $0.kind == .name }.map(\.value), ["张梓涵", "李浩然", "王一诺", "刘欣怡"])
    }

    /// A file's name written out (a print server's log, a listing of recordings) names its person
    /// as the file's own name does: before its title, an underscore as a blank.
    func testAFilesNameWrittenOutNamesItsPerson() throws {
        func namesInCSV(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(try namesInCSV("日期和时间,用户,打印机,文档名称,页数\n2025/3/5 8:12:01,t1001,HP M404dn,王梓涵_期末成绩报告单.docx,2\n"
                                      + "2025/3/5 8:15:44,t1002,HP M404dn,期中考试安排.docx,1\n"), ["王梓涵"])
        // One that opens with a date or a pupil's number (a class's photos renamed).
        // Listed one a line after a pupil's number and an underscore, a note after blanks.
        XCTAssertEqual(names("以下照片不合格，请重新提供：\n  20250031_毛振华.jpg　　背景不是纯白\n  20250032_沈沐阳.jpg　　尺寸不对\n2024_工作总结.docx\n"),
                       ["毛振华", "沈沐阳"])
        XCTAssertEqual(try namesInCSV("序号,原文件名,新文件名\n1,mmexport1709300123.jpg,20210311_杨博文.jpg\n2,IMG_2024.jpg,0815王一诺.docx\n"
                                      + "3,a.jpg,2024年工作总结.docx\n"), ["杨博文", "王一诺"])
        XCTAssertEqual(names("2025-03-12 08:15:22  user=t1001  printer=Canon  document=\"刘浩然 家长会发言稿.docx\"  pages=2"), ["刘浩然"])
        XCTAssertEqual(names("刘浩然_期末成绩报告单.docx\n"), ["刘浩然"])
        let (_, listed) = try ReadTestSupport.scanData(Array("杨雅琪_英语口语.mp4\n毛铭泽_英语口语.mp4\n".utf8), name: "录音.txt")
        XCTAssertEqual(listed.filter { $0.kind == .name }.map(\.value), ["杨雅琪", "毛铭泽"])
        // A file listing's lines (`ls -l`, `dir`): the name after the time and the size.
        XCTAssertEqual(names("-rw-r--r-- 1 teacher teacher 182M 11月  8 20:41 八2班_杨雅琪_英语口语.mp4\n"
                             + "2024/11/08  20:41    190,000,000 初二3班-王一诺-朗读.mp4\n"), ["杨雅琪", "王一诺"])
        XCTAssertEqual(names("-rw-r--r-- 1 teacher teacher 1.8G 11月  8 21:05 期中考试_英语听力.mp4\n"), [])
        // A document named by words alone names no one.
        XCTAssertEqual(names("document=\"期中考试安排.docx\""), [])
        XCTAssertEqual(names("唐诗_宋词.docx\n"), [])
    }

    /// The people of census, election and conscription work a school does for others.
    func testVotersRecruitsAndEnumeratorsAreNamed() {
        XCTAssertEqual(names("经核查，选民任一诺、周建国已迁出本选区。"), ["任一诺", "周建国"])
        XCTAssertEqual(names("应征公民王浩然，男，2006年3月生。"), ["王浩然"])
        XCTAssertEqual(names("普查员：任一诺"), ["任一诺"])
        XCTAssertEqual(names("登记员：任一诺"), ["任一诺"])
        XCTAssertEqual(names("编制：许诺飞　　审核：韩秀"), ["许诺飞", "韩秀"])
        XCTAssertEqual(names("任一诺", header: "选民"), ["任一诺"])
        XCTAssertEqual(names("任一诺", header: "网格员"), ["任一诺"])
        // Counts of them name no one.
        XCTAssertEqual(names("选民人数：1200人"), [])
    }

    /// A transcript's speakers (a lesson's record, a meeting's minutes, subtitles): a name
    /// opening its line before a colon, with another speaker on the line above or below.
    func testSpeakersOfATranscriptAreNamed() {
        XCTAssertEqual(names("师：同学们好。\n王一诺：国破山河在，城春草木深。\n"), ["王一诺"])
        XCTAssertEqual(names("1\n00:00:02.000 --> 00:00:05.000\n王梓萱: 老师，我这边有点卡。\n\n2\n00:00:06.000 --> 00:00:09.000\n刘一诺: 好的。\n"),
                       ["王梓萱", "刘一诺"])
        // WebVTT's voice tag names its speaker.
        XCTAssertEqual(names("WEBVTT\n\n00:00:02.000 --> 00:00:05.000\n<v 张梓涵>k表示直线的倾斜程度。\n"), ["张梓涵"])
        // A line of a poem or a label alone is no speaker's.
        XCTAssertEqual(names("王一诺：国破山河在，城春草木深。\n"), [])
        XCTAssertEqual(names("时间：周五下午\n地点：三楼会议室\n"), [])
    }

    /// A desk card's or badge's name over its post, and a label's name in a cell with its seat's
    /// or pupil's number.
    func testACardsNameOverItsPostOrBesideItsNumber() throws {
        XCTAssertEqual(names("张梓涵\n家长委员会委员\n\n李浩然\n家长委员会副会长\n"), ["张梓涵", "李浩然"])
        XCTAssertEqual(names("运动会\n开幕式\n"), [])
        func namesInCSV(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(try namesInCSV("\"01号\n张梓涵\n24060001\",\"02号\n李浩然\n24060002\"\n"), ["张梓涵", "李浩然"])
    }

    /// Names in Latin letters of other languages under a name header; placeholders and desks are none.
    func testForeignNamesUnderANameHeader() {
        XCTAssertEqual(names("Emily Johnson", header: "Guest Name"), ["Emily Johnson"])
        XCTAssertEqual(names("Mary-Jane O'Brien", header: "姓名"), ["Mary-Jane O'Brien"])
        XCTAssertEqual(names("Not Applicable", header: "Name"), [])
        XCTAssertEqual(names("School Office", header: "Name"), [])
        XCTAssertEqual(names("Emily Johnson", header: "Room Type"), [])
        // A header's next column beside a name's is no foreign name.
        XCTAssertEqual(names("Reading Level", header: "Chinese Name"), [])
    }

    /// A pupil's name right before the class in brackets, in running text; not a teacher's
    /// title nor an organisation's word before a class.
    func testANameBeforeItsClassInBrackets() {
        XCTAssertEqual(names("指导老师：李建军老师—王梓涵（七年级2班）\n"), ["李建军", "王梓涵"])
        XCTAssertEqual(names("王梓涵（七年级2班）获得一等奖。"), ["王梓涵"])
        XCTAssertEqual(names("由董一诺（五年级1中队）主持。"), ["董一诺"])
        XCTAssertEqual(names("李老师（七年级2班）"), [])
        XCTAssertEqual(names("请各班主任（七年级2班）于周五前上报。"), [])
        XCTAssertEqual(names("王梓涵（第二名）"), [])
    }

    /// A lesson's transcript: the pupil in brackets after the role (生（姜欣怡）：), a speaker
    /// opening a line under a role's line (师：… ↵ 方家豪：…), a score in brackets after a name;
    /// the labels of a lesson's teacher and marker; a list's last name before 均为, 测验.
    func testTranscriptsAndLessonRecords() {
        XCTAssertEqual(names("师：济南的冬天有什么特点？\n生（姜欣怡）：温晴。\nS1（许雨萱）: It's mine.\n生（杜悦）\n"), ["姜欣怡", "许雨萱", "杜悦"])
        XCTAssertEqual(names("师：同学们好。\n方家豪：我觉得春天是绿色的。\n马博文：春天有风筝。\n"), ["方家豪", "马博文"])
        XCTAssertEqual(names("姜思彤（52分）计算基础薄弱；段宸（58分）审题不清。"), ["姜思彤", "段宸"])
        XCTAssertEqual(names("班级：七(5)班  执教：江国强\n题目：《我的____》  批改：何海燕\n"), ["江国强", "何海燕"])
        XCTAssertEqual(names("优秀学生：叶书瑶、尹奕辰、刘铭泽均为满分。但秦志远、廖铭泽两位同学较弱。"),
                       ["叶书瑶", "尹奕辰", "刘铭泽", "秦志远", "廖铭泽"])
        // Not a speaker without a transcript's role above, nor a bracket of a place or a role.
        XCTAssertEqual(names("通知\n马博文：春天有风筝。\n"), [])
        XCTAssertEqual(names("医生（王建国）说，学校（郑州）：3班（92分）"), [])
    }

    /// A foreign pupil's or teacher's name in Latin letters after a name's label, up to the next
    /// field's label; not a form's instructions.
    func testLatinNamesAfterANamesLabel() {
        XCTAssertEqual(names("Full Name: Hannah Fischer\nNationality: Canada\n"), ["Hannah Fischer"])
        XCTAssertEqual(names("姓名：Emily Sato"), ["Emily Sato"])
        XCTAssertEqual(names("Name: Emily Sato Gender: F"), ["Emily Sato"])
        XCTAssertEqual(names("Student Name: Please Print\nName: Block Capitals\nName: Not Applicable\n"), [])
    }

    /// Words that look like names and are none: a modal verb's object before 家长 (须持家长签字),
    /// a brand glued to Latin letters (文博TV), a word opening a three-character run after
    /// another word (史铁生在文中写母亲), a well-known figure's kin, a published author, an example.
    func testVerbsBrandsTextbooksKinAuthorsAndExamplesAreNoNames() {
        XCTAssertEqual(names("学生须持家长签字的同意书参加活动，应持家长签字的回执。"), [])
        XCTAssertEqual(names("图片：文博TV"), [])
        XCTAssertEqual(names("摄影：王梓涵"), ["王梓涵"])
        XCTAssertEqual(names("史铁生在文中写母亲的爱。"), [])
        XCTAssertEqual(names("我补充了朱自清与父亲朱鸿钧之间的矛盾。鲁迅的父亲周伯宜久病不愈。"), [])
        XCTAssertEqual(names("学生王梓涵的父亲张建国"), ["王梓涵", "张建国"])
        XCTAssertEqual(names("（选自《高中语文优秀教学设计汇编》，作者单位：郑州市第一中学 作者：孙晓燕）"), [])
        XCTAssertEqual(names("（示例）姓名：王小明\n填写示例：\n姓名：李小红\n"), [])
        XCTAssertEqual(names("姓名：王小明"), ["王小明"])
    }

    /// A chat export's sender after a time, alone on the line or with a note; a parent named
    /// before the child's name and kin in brackets; a list's last name before 一组.
    func testChatSendersParentsBeforeTheirChildAndGroups() {
        XCTAssertEqual(names("2025年1月15日 09:12  何建国（办公室）\n@冯丽华 你原定1月21号值班\n"), ["何建国", "冯丽华"])
        XCTAssertEqual(names("2025-01-15 09:20  冯丽华\n可以的\n"), ["冯丽华"])
        XCTAssertEqual(names("14:30  高兴地出发\n会议时间：2024年3月5日 09:30  王建国主持\n"), [])
        XCTAssertEqual(names("王建军（张梓涵爸爸） 10:20\n辛苦老师了！\n"), ["王建军", "张梓涵"])
        XCTAssertEqual(names("严欣妍、胡一鸣、邱梓萱一组获胜。"), ["严欣妍", "胡一鸣", "邱梓萱"])
    }

    /// Words after a person's word that are no names: a time word after 于 (考前, 课后), a
    /// phrase of a rule or a report (毕业后, 全覆盖), a kinship word (祖父母, in text and under
    /// a guardian's relation), 父母 after 其.
    func testTimeWordsPhrasesAndKinAfterAPersonsWord() throws {
        XCTAssertEqual(names("3. 监考教师于考前20分钟到教务处领取试卷。\n请学生于课后到办公室。"), [])
        XCTAssertEqual(names("学生毕业后30年内档案保存。\n实现学生家访全覆盖。"), [])
        XCTAssertEqual(names("得知其父母均在浙江省宁波市北仑区务工。"), [])
        XCTAssertEqual(names("其父王建国在外务工。考前王梓涵发烧了。"), ["王建国", "王梓涵"])
        // A referee's post beside a name and a mobile (计时长, 检录长) is no name either.
        let posts = "职务,姓名,电话\n计时长,王建国,13812345678\n检录长,李娜,13812345679\n"
        XCTAssertEqual(try ReadTestSupport.scanData(Array(posts.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value), ["王建国", "李娜"])
        let csv = "学生姓名,监护人姓名,监护人关系,电话\n王梓涵,王建国,祖父母,13990561234\n"
        XCTAssertEqual(try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value), ["王梓涵", "王建国"])
    }

    /// A name before its role or its grade in brackets (a rota's group leader, a list's pupil);
    /// not a group's or a grade's name before a role.
    func testARoleOrAGradeInBracketsAfterAName() {
        XCTAssertEqual(names("周四：王家豪（组长）江梓萱 邓欣怡 龙若曦"), ["王家豪", "江梓萱", "邓欣怡", "龙若曦"])
        XCTAssertEqual(names("王子豪（组长）"), ["王子豪"])
        XCTAssertEqual(names("1. 王梓涵（四年级） 已返校"), ["王梓涵"])
        XCTAssertEqual(names("高一年级（组长）\n数学组（组长）\n王（组长）\n"), [])
        // A verb that leads a name (找, 留, 约谈), before a name opening with an ordinary word (江天).
        XCTAssertEqual(names("周三下午找江天佑家长谈话\n约谈李浩然家长\n找到位置\n留下家长电话\n"), ["江天佑", "李浩然"])
    }

    /// Yi names open with their clan's name, no Han surname (俄木阿呷, 吉克阿依): read whole in a
    /// column of names, after a name's label or a cue; a clan's name before a title is no name.
    func testYiNamesOpenWithTheirClan() {
        XCTAssertEqual(names("俄木阿呷", header: "姓名"), ["俄木阿呷"])
        XCTAssertEqual(names("且沙日者", header: "监护人"), ["且沙日者"])
        XCTAssertEqual(names("学生姓名：吉克阿依　　性别：女\n兹有我校五年级学生沙马日火，男，彝族。\n家访马海木呷。母亲马海拉惹在家务农。\n"),
                       ["吉克阿依", "沙马日火", "马海木呷", "马海拉惹"])
        XCTAssertEqual(names("班主任曲比老师电话联系其父亲。\n值班：阿力老师\n"), [])
        XCTAssertEqual(names("学生马海燕在操场。马海老师\n"), ["马海燕"])
        XCTAssertEqual(names("沙马老师", header: "班主任"), [])
        XCTAssertEqual(names("有事打我电话。\n曲比\n"), [])
    }

    /// A pupil after a subject's top score (a 喜报), and after the words a teacher's analysis
    /// sorts pupils by (临界生, 尖子生); not a score's note.
    func testPupilsAfterAScoreOrTheirGroup() {
        XCTAssertEqual(names("单科状元\n语文 142 分　邹梦瑶\n英语 148.5分  王梓涵\n"), ["邹梦瑶", "王梓涵"])
        XCTAssertEqual(names("满分 150 分　注意事项\n总分 690分 清华大学\n"), [])
        XCTAssertEqual(names("本次临界生顾泽宇、韩一诺需重点关注。关注尖子生王梓涵的数学。\n临界生名单如下\n"), ["顾泽宇", "韩一诺", "王梓涵"])
    }

    /// A parent's message names the child right after its greeting (老师您好，汤梓涵今天有点发烧);
    /// not words, nor thanks.
    func testAChildNamedAfterAGreeting() {
        XCTAssertEqual(names("王老师您好，汤梓涵今天有点发烧，请假一天。\n老师你好，李浩然昨天没交作业。\n"), ["汤梓涵", "李浩然"])
        XCTAssertEqual(names("您好，谢谢您\n您好，关于孩子的事\n您好，明天开会\n您好，王老师\n您好，由于天气原因\n"), [])
        XCTAssertEqual(names("老师好，彭雨泽上周五已由父亲带去市八院复诊。\n"), ["彭雨泽"])
        XCTAssertEqual(names("老师好，请问明天几点到校？\n老师好，麻烦您看一下\n"), [])
    }

    /// After a strong cue, a name whose given name is an ordinary word (王国庆, 徐海燕) before
    /// what a person does (到校); 称 follows too many words (职称, 合称) to follow names.
    func testANameOpeningWithAWordBeforeWhatThePersonDoes() {
        XCTAssertEqual(names("学生王国庆到校后情绪平稳。由母亲徐海燕到校接回。"), ["王国庆", "徐海燕"])
        XCTAssertEqual(names("学生方阵到校。学生全部到校。家长称孩子发烧。"), [])
        XCTAssertEqual(names("教师高级职称评审。杜甫与李白合称“李杜”。"), [])
    }

    /// A letter's signer: a name alone on its line over a date, or alone at the end of the text
    /// after a sentence's end (a mail's body); not a word, nor a list's lines.
    func testALettersSigner() {
        XCTAssertEqual(names("李老师您好：\n家长已收到通知，届时本人准时参加。\n沈卫东\n2024年11月12日\n"), ["沈卫东"])
        XCTAssertEqual(names("此致\n敬礼！\n王建国\n2024-11-12\n"), ["王建国"])
        XCTAssertEqual(names("想咨询一下志愿填报的事。\n\n谢谢老师！\n陆桂芝\n"), ["陆桂芝"])
        XCTAssertEqual(names("会议结束。\n高兴\n"), [])
        // A name opening its line before a date in brackets, the line's whole (a month's birthdays).
        XCTAssertEqual(names("本月过生日的同学\n许一诺（2016年10月3日）\n邓雨泽（2016-10-17）\n"), ["许一诺", "邓雨泽"])
        XCTAssertEqual(names("会议纪要（2024年3月5日）\n王建国（2024年3月5日）参加\n"), [])
        // A Markdown heading that is a name, perhaps with a note (a teacher's notes, a pupil a section).
        XCTAssertEqual(names("# 志愿指导笔记\n\n## 戴书恒（物理类，预估 612 分）\n- 意向：师范类\n\n## 薛忆南\n- 意向：医学\n"), ["戴书恒", "薛忆南"])
        XCTAssertEqual(names("## 高兴的一天\n## 鲁迅\n## 周末安排\n"), [])
        XCTAssertEqual(names("本周安排如下。\n王建国\n李娜\n"), [])
    }

    /// A blank form's next label read under a name's (患者姓名 | 初步诊断): four characters that
    /// open with an ordinary word are no name; a compound surname's four are.
    func testAFormsNextLabelUnderANamesIsNoName() {
        XCTAssertEqual(names("初步诊断", header: "患者姓名"), [])
        XCTAssertEqual(names("欧阳文华", header: "姓名"), ["欧阳文华"])
    }

    /// A copula between a cue and the name (该生是林琪, 组长为王家豪), as a colon would be; not the
    /// words a sentence goes on with.
    func testACopulaAfterACue() {
        XCTAssertEqual(names("该生是林琪，奶奶林建国抚养。组长为王家豪，副组长为李浩然。"), ["林琪", "林建国", "王家豪", "李浩然"])
        XCTAssertEqual(names("家长是否同意？学生是祖国的花朵，家长是本校教师，学生为单位报名，负责人为各班班主任。"), [])
    }

    /// A court's parties (原告, 被告) name persons.
    func testACourtsParties() {
        XCTAssertEqual(names("原告程海燕与被告何秀英抚养费纠纷一案\n被告何秀英，女，1986年出生\n"), ["程海燕", "何秀英", "何秀英"])
    }

    /// 未 ends no name and 一致 follows one (同学家长未完成, 学生信息一致: no name after the cue).
    func testWordsAfterACueThatEndNoName() {
        XCTAssertEqual(names("还有以下同学家长未完成：\n其余学生信息一致。\n"), [])
    }

    /// A chat's mention names a person, not everyone, a role or an office, nor an e-mail's domain.
    func testMentions() {
        XCTAssertEqual(names("@冯丽华\u{2005}请把材料交一下\n@王梓涵，明天来\n@张梓涵妈妈 带体检表\n"), ["冯丽华", "王梓涵", "张梓涵"])
        XCTAssertEqual(names("@所有人 明天放假\n@全体成员 注意\n@王老师 收到\n@教务处 请查收\n@班长 收一下\n@高兴 你好\n"), [])
        // A chat's nicknames matched to pupils, an equals sign set apart by blanks.
        XCTAssertEqual(names("群里昵称对照\n博文妈妈 = 杨博文\n子墨爸爸 = 贾子墨\n"), ["杨博文", "贾子墨"])
    }

    /// An official document's signer signs for its organisation; an approver is a person.
    func testAnOfficialDocumentsSigner() {
        XCTAssertEqual(names("（签发人：赵明远）\n审批人：孙明春\n"), ["孙明春"])
    }

    /// A roster's cell of two names set apart by a slash, and a host parent with the child's
    /// name and kin in brackets: each a name.
    func testNamesSetApartBySlashesAndAParentBesideTheChildInACell() throws {
        func names(csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(try names(csv: "丁梓涵/熊欣怡,13812345678\n语文/数学,13812345679\n"), ["丁梓涵", "熊欣怡"])
        XCTAssertEqual(try names(csv: "寄宿家庭,黄文斌（杜芷若家长）\n"), ["黄文斌", "杜芷若"])
        XCTAssertEqual(try names(csv: "名单,张梓涵（转出）\n"), [])
    }

    /// A pupil addressed by given name in a comment's greeting; not a group of pupils.
    func testAGivenNameInAGreeting() {
        XCTAssertEqual(names("亲爱的梓睿同学：\n这学期你担任语文课代表。\n"), ["梓睿"])
        XCTAssertEqual(names("亲爱的新生同学：\n亲爱的男生同学\n亲爱的各位同学\n亲爱的同学们"), [])
    }

    /// A clause's subject with no cue: a full name of a common surname right after a clause's
    /// end, before 与, 和, 被, 给 or 因; not a thing's or a place's word, a preposition, an ordinary
    /// word or a well-known figure.
    func testAClausesSubjectWithNoCue() {
        XCTAssertEqual(names("11月8日课间，陶浩宇与同桌发生口角。班会：刘子轩被评为标兵。"), ["陶浩宇", "刘子轩"])
        XCTAssertEqual(names("本周，方雨桐因多次迟到被年级约谈。"), ["方雨桐"])
        XCTAssertEqual(names("此外，杨柳树与长城；卢沟桥和故宫。其中，于下周与家长。，朱自清与父亲"), [])
        XCTAssertEqual(names("由于天气因素，活动取消，学校因故推迟，其中因病缺课3人，高温因素影响。"), [])
    }

    /// A name split over a column of surnames and one of given names (a passport's, a
    /// manifest's, a visa form's table), and such a label's value in text: each part is found.
    func testANamesPartsInTheirOwnColumnsOrAfterTheirLabels() throws {
        XCTAssertEqual(names("ZHANG", header: "Surname"), ["ZHANG"])
        XCTAssertEqual(names("Xiao-Ming", header: "Given Name(s)"), ["Xiao-Ming"])
        XCTAssertEqual(names("Emily", header: "First Name"), ["Emily"])
        XCTAssertEqual(names("欧阳", header: "姓氏"), ["欧阳"])
        // One word under a whole name's header is no name, nor a placeholder or a sex under a part's.
        XCTAssertEqual(names("Emily", header: "Name"), [])
        XCTAssertEqual(names("Unknown", header: "Last Name"), [])
        XCTAssertEqual(names("Female", header: "Last Name"), [])
        XCTAssertEqual(names("zhang", header: "Surname"), [])
        XCTAssertEqual(names("子涵", header: "姓氏"), [])
        XCTAssertEqual(names("Surname: ZHANG    Given names: JIANHUA\n"), ["ZHANG", "JIANHUA"])
        XCTAssertEqual(names("Surname: as in passport\n"), [])
        let csv = "Surname,Given Name,Date of Birth\nLI,Yuxi,2009-03-12\n"
        XCTAssertEqual(try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value), ["LI", "Yuxi"])
    }

    /// A campaign's replies glued to their status, and a name under its label's line when OCR
    /// lost the colon.
    func testRepliesGluedToTheirStatusAndANameUnderItsLabelsLine() {
        XCTAssertEqual(names("请回复“孩子姓名+已完成”。\n邱馨天已完成\n戴沐泽已完成\n唐宇轩已完成，谢谢老师\n"), ["邱馨天", "戴沐泽", "唐宇轩"])
        XCTAssertEqual(names("全部已完成\n本周已完成\n大家已完成\n"), [])
        XCTAssertEqual(names("Screenshot_20240518_213344_com.hicorenational.antifraud.jpg\n< 个人信息\n真实姓名\n郝振玉\n所在地区\n河南省郑州市中原区\n"),
                       ["郝振玉"])
        XCTAssertEqual(names("所在地区\n河南省郑州市\n"), [])
    }

    /// Words of marking platforms, statistics and law lectures shaped like names.
    func testPlatformStatisticsAndCaseWordsAreNoNames() {
        XCTAssertEqual(names("请公司总经理致辞"), [])
        XCTAssertEqual(names("各班主任：\n经研究，决定于下周一考试。\n"), [])
        XCTAssertEqual(names("家长查看率", header: nil), [])
        XCTAssertEqual(names("云南大学学生马加爵案"), [])
    }

    /// A contract's and a certificate's parties without their colon (OCR drops it), a bracket's
    /// note between; a name OCR set apart after its label; 共和国 opens no name.
    func testPartiesOCRdNamesAndTheRepublic() {
        XCTAssertEqual(names("权利人 陈志强  李娜"), ["陈志强", "李娜"])
        XCTAssertEqual(names("出租方(甲方) 王卫东  身份证号"), ["王卫东"])
        XCTAssertEqual(names("家长(签字) 王卫东"), ["王卫东"])
        XCTAssertEqual(names("姓名：王 梓涵"), ["王 梓涵"])
        XCTAssertEqual(names("姓名：孙 嘉 怡"), ["孙 嘉 怡"])
        XCTAssertEqual(names("姓名：王 芳 女 汉族"), ["王 芳"])
        XCTAssertEqual(names("联系人：王 老师"), [])
        XCTAssertEqual(names("姓名：王芳 性别：女"), ["王芳"])
        XCTAssertEqual(names("1958年1月9日，《中华人民共和国户口登记条例》颁布。"), [])
        XCTAssertEqual(names("我和王伟登记了"), ["王伟"])
    }

    /// Probes 40a–40f: an amount's range, a notice's period, an anthology and railway stations are
    /// no names; cues of kin who are named (外婆叫), awards (…之星), a bus's aide, a crew's leader,
    /// a safety officer and a ticket's SMS (…您已购); an English label between a Chinese one and its
    /// colon; an airline's `SURNAME/GIVEN`.
    func testProbes40NamesAndNonNames() {
        XCTAssertEqual(names("月补贴800元至1500元"), [])
        XCTAssertEqual(names("公示名单（公示期5天）"), [])
        XCTAssertEqual(names("学生习作集"), [])
        XCTAssertEqual(names("郑州东", header: "到站"), [])
        XCTAssertEqual(names("广州南", header: "姓名"), [])
        XCTAssertEqual(names("外婆叫王秀兰，今年七十岁"), ["王秀兰"])
        XCTAssertEqual(names("成长之星：何俊杰"), ["何俊杰"])
        XCTAssertEqual(names("照管员：李秀芳"), ["李秀芳"])
        XCTAssertEqual(names("施工队带班韩明梓"), ["韩明梓"])
        XCTAssertEqual(names("学校安全员：赵德胜"), ["赵德胜"])
        XCTAssertEqual(names("【铁路客服】订单E123456789，王梓萱您已购1月20日G1234次"), ["王梓萱"])
        XCTAssertEqual(names("旅客姓名 NAME OF PASSENGER: 孙红梅"), ["孙红梅"])
        XCTAssertEqual(names("ZHAO/JIANHUA", header: "英文姓名"), ["ZHAO/JIANHUA"])
    }

    /// A list's name that opens with an ordinary word (王国胜: 王国) stands between two names;
    /// lines of labels share their first word (方案一 ↵ 方案二 ↵ 方案三) and name no one.
    func testAListsNameThatOpensWithAWord() {
        XCTAssertEqual(names("1. 宋丽静 顺丰 尾号1362\n2. 魏文琪 圆通 尾号1276\n3. 苏雅东 中通 尾号6846\n4. 王国胜 中通 尾号4108\n5. 宋博志 顺丰 尾号7112\n"),
                       ["宋丽静", "魏文琪", "苏雅东", "王国胜", "宋博志"])
        XCTAssertEqual(names("方案一\n方案二\n方案三\n"), [])
    }

    /// Probes 40e, 41a and 41b: a textbook's foreign figure by the last part of a dotted name
    /// (玛丽·居里), its first part alone no name either; star signs, gate positions and colours are
    /// no names; a roster's cell of two names set apart by a blank gives both.
    func testForeignFiguresStarSignsGatesAndTwoNamesInACell() throws {
        XCTAssertEqual(names("她和丈夫皮埃尔·居里一起提炼出了镭。"), [])
        XCTAssertEqual(names("同学阿依古丽·买买提获得一等奖"), ["阿依古丽·买买提"])
        XCTAssertEqual(names("双子座", header: "星座"), [])
        XCTAssertEqual(names("南门东侧：早 7:15—7:50，配备家长2名。\n南门西侧：早 7:15—7:50，配备家长2名。\n北门：早 7:15—7:50。\n"), [])
        let grid = try ReadTestSupport.scan(MemorySource("周次,周一,周二,周三\n第10周,王建国 李秀英,张志强 刘海燕,陈红梅 杨伟\n", displayPath: "g.csv"),
                                            detectors: StandardDetectors.all()).1
        XCTAssertEqual(grid.filter { $0.kind == .name }.map(\.value), ["王建国", "李秀英", "张志强", "刘海燕", "陈红梅", "杨伟"])
        XCTAssertEqual(findings(inColumn: ["班长 秦娟一"], header: "岗位", detectors: [NameDetector()]).map(\.value), ["秦娟一"])
    }

    /// Probes 50: a greeting to a teacher before a child (周老师，宋心怡…; 班主任好，); 于 before a
    /// day's word is a preposition (家长于当天 7:40 前); a name ends before 总是 and 后程; carers,
    /// mentors, a proxy and a relay's legs introduce names; 认定为 follows names.
    func testProbes50NamesAndNonNames() {
        XCTAssertEqual(names("周老师，宋心怡这两天在家不吃饭"), ["宋心怡"])
        XCTAssertEqual(names("班主任好，康嘉懿昨晚肚子疼"), ["康嘉懿"])
        XCTAssertEqual(names("李老师，周六家长开放日我们家吴宇轩的奶奶去"), ["吴宇轩"])
        XCTAssertEqual(names("张老师，我们班今天"), [])
        XCTAssertEqual(names("1. 病假：请家长于当天 7:40 前在班级群请假"), [])
        XCTAssertEqual(names("请家长于次日到校"), [])
        XCTAssertEqual(names("表哥李强总是抢着吃第一块。"), ["李强"])
        XCTAssertEqual(names("女子800米比赛中，高一（6）班秦昊天后程发力"), ["秦昊天"])
        XCTAssertEqual(names("由保姆陈志强接送"), ["陈志强"])
        XCTAssertEqual(names("跟着师傅萧晨曦学习数控"), ["萧晨曦"])
        XCTAssertEqual(names("现委托魏秀英（身份证号见附件）"), ["魏秀英"])
        XCTAssertEqual(names("4×100米接力，第一棒吴宇轩，最后一棒黄俊熙"), ["吴宇轩", "黄俊熙"])
        XCTAssertEqual(names("开幕式入场，举牌：周欣怡"), ["周欣怡"])
        XCTAssertEqual(names("经评议，周博文、吴可馨认定为家庭经济困难学生。"), ["周博文", "吴可馨"])
        XCTAssertEqual(names("委托书"), [])
        XCTAssertEqual(names("2024-11-08 12:30:15 家委会-陈秀梅\n@所有人 学平险续保\n"), ["陈秀梅"])
        XCTAssertEqual(names("案例一：留守儿童吴宇轩"), ["吴宇轩"])
        XCTAssertEqual(names("全校留守儿童共计32人"), [])
        XCTAssertEqual(names("继续教育学分补录申请（白沙镇中学 张振华）"), ["张振华"])
        XCTAssertEqual(names("（金水区教育局 基础教育科）"), [])
        XCTAssertEqual(names("崔子轩 22:40 未归"), ["崔子轩"])
    }

    /// Probe 49f: a dormitory log's cell opens with who and when (崔子轩 22:40 未归); a routine's
    /// word before a time is no one.
    func testALogsCellOfWhoAndWhen() throws {
        let found = try ReadTestSupport.scan(MemorySource("日期,宿舍,情况\n11-04,男3-205,崔子轩 22:40 未归\n11-05,男3-205,熄灯 22:30 检查\n", displayPath: "d.csv"),
                                             detectors: [NameDetector()]).1
        XCTAssertEqual(found.map(\.value), ["崔子轩"])
    }

    /// Probe 50c: an English CV's heading over its contact line, a referee after an English title
    /// beside their number; an office's English heading is none.
    func testRomanisedNamesOfAnEnglishCV() {
        let found = { (text: String) in findings(in: text, detectors: StandardDetectors.all()).filter { $0.kind == .name }.map(\.value) }
        XCTAssertEqual(found("ZHANG YUXUAN\nTel: +86 152 9745 8464 | Email: zhangyuxuan2007@163.com"), ["ZHANG YUXUAN"])
        XCTAssertEqual(found("Ms. Wang Li, Head Teacher, Tel: 0371-66852301"), ["Wang Li"])
        XCTAssertEqual(found("School Office\nTel: 0371-65501234"), [])
    }

    /// Probes 50: a class's compiled log heads each pupil's section with their name in 【】; a
    /// living author's note gives their birth in brackets before their sex (no famous one's
    /// life); an assistant before a name; a title that ends a longer cue (班主任) after a heading's
    /// dot is no name's; a photo list's 人物 column holds names; an aid list's household type
    /// (边缘易致贫户) is none.
    func testProbes50HeadingsAuthorsAndColumns() throws {
        XCTAssertEqual(names("【雷雨桐】郑州宇通客车股份有限公司 总装二车间\n本周跟着师傅学习底盘线束的装配。"), ["雷雨桐"])
        XCTAssertEqual(names("【通知】明天放假"), [])
        XCTAssertEqual(names("作者简介：谢杰（1969.06—），女，河南中牟人，中学一级教师。"), ["谢杰"])
        XCTAssertEqual(names("陈忠实（1942—2016），男，陕西西安人"), [])
        XCTAssertEqual(names("联系人：工作室助理郑春梅，手机13879075260。"), ["郑春梅"])
        XCTAssertEqual(names("成长档案·班主任寄语"), [])
        XCTAssertEqual(names("阿依古丽·买买提主任"), ["阿依古丽·买买提"])
        let photos = try ReadTestSupport.scan(MemorySource("文件名,内容,人物\nDSC_0025.JPG,朗诵《我爱祖国》,李梓涵\n", displayPath: "p.csv"),
                                              detectors: [NameDetector()]).1
        XCTAssertEqual(photos.map(\.value), ["李梓涵"])
        XCTAssertEqual(names("监测户（边缘易致贫户）", header: "户类型"), [])
    }

    /// Probe 51d: a face library's photos named by number and name, in a `dir` or `ls -l`
    /// listing, a path, a column of paths or a JSON URL; a file listing's header (文件名 | 大小);
    /// a list's name that opens with a figure's (刘秀兰: 刘秀).
    func testPhotosNamedByPupilsInListingsAndPaths() throws {
        XCTAssertEqual(names("2024/09/05  10:33           123,456 2024070301_廖秀兰.jpg\n"), ["廖秀兰"])
        XCTAssertEqual(names("-rw-r--r-- 1 face face 123456 Sep  5 10:33 廖秀兰.jpg\n"), ["廖秀兰"])
        XCTAssertEqual(names("D:\\FaceDB\\2024级\\七年级3班\\2024070301_廖秀兰.jpg\n"), ["廖秀兰"])
        func csv(_ text: String, name: String = "f.csv") throws -> [String] {
            try ReadTestSupport.scan(MemorySource(text, displayPath: name), detectors: [NameDetector()]).1.map(\.value)
        }
        XCTAssertEqual(try csv("{\"personNo\":\"P100231\",\"faceUrl\":\"http://10.99.0.31/face/2024070301_廖秀兰.jpg\"}", name: "f.json"), ["廖秀兰"])
        XCTAssertEqual(try csv("人员编号,照片路径,状态\nP100231,photos/2024070301_廖秀兰.jpg,已建模\n"), ["廖秀兰"])
        XCTAssertEqual(try csv("文件名,大小\n廖秀兰.jpg,123456\n"), ["廖秀兰"])
        XCTAssertEqual(names("七年级1班：顾振宇、刘秀兰"), ["顾振宇", "刘秀兰"])
        XCTAssertEqual(names("李白、杜甫、白居易"), [])
    }

    /// Probes 51: a document number's issuer (牟教〔2024〕56号), a poster's tips (戴口罩：, 常喝水：),
    /// phrases that open with a surname's character (戴眼镜的同学, 向受伤同学道歉, 经常用, 经全体,
    /// 志愿者马甲, 原号码) are no names.
    func testProbes51NonNames() {
        for text in ["关于印发《工作方案》的通知（牟教〔2024〕56号）", "戴眼镜的同学请带上眼镜", "戴口罩：咳嗽、打喷嚏时用纸巾",
                     "常喝水：发热时多喝水", "并由家长陪同向受伤同学道歉", "孩子晚上经常用母亲手机", "穿着学校发放的黄色志愿者马甲",
                     "经全体家长投票", "原号码13812345678已停用"] {
            XCTAssertEqual(names(text), [], text)
        }
    }

    /// Probes 51: a signer's office between the label and the name (报告人：校医室 林淑芬); a
    /// ledger's 记账： and 核对：; a bold name before its class (Markdown's `**罗一诺**（四年级3班）`);
    /// a numbered heading (`## 1. 郑若曦`); a child before the carer who keeps them (，由舅舅…);
    /// a results list whose names of two characters stand side by side (孔鑫 ↵ 陆悦).
    func testProbes51Names() {
        XCTAssertEqual(names("报告人：校医室 林淑芬"), ["林淑芬"])
        XCTAssertEqual(names("记录人：教务处 孟晓东"), ["孟晓东"])
        XCTAssertEqual(names("记账：孙静   核对：吴红梅"), ["孙静", "吴红梅"])
        XCTAssertEqual(names("- **罗一诺**（四年级3班）：1型糖尿病，每天午饭前测血糖。"), ["罗一诺"])
        XCTAssertEqual(names("## 1. 郑若曦\n"), ["郑若曦"])
        XCTAssertEqual(names("## 1. 工作总结\n"), [])
        XCTAssertEqual(names("2. 蔡宇轩，由舅舅丁建华代管"), ["蔡宇轩", "丁建华"])
        XCTAssertEqual(names("廖奕辰　总分 700 分\n孟锦程　总分 712 分\n孔鑫　总分 695 分\n陆悦　总分 702 分\n贾佳琪　总分 699 分\n"),
                       ["廖奕辰", "孟锦程", "孔鑫", "陆悦", "贾佳琪"])
        XCTAssertEqual(names("孔鑫 695分\n"), ["孔鑫"])
        XCTAssertEqual(names("语文 98分\n"), [])
        XCTAssertEqual(names("在本次运动会中，魏鹏和邓红军两位家长担任后勤志愿者。"), ["魏鹏", "邓红军"])
        XCTAssertEqual(names("#接龙\n1. 马嘉怡妈妈陪同 13983424606\n2. 谭皓轩 不需陪同\n"), ["马嘉怡", "谭皓轩"])
        XCTAssertEqual(names("收入：收方一诺班费200元"), ["方一诺"])
        XCTAssertEqual(names("黄一诺班费", header: "备注"), ["黄一诺"])
        XCTAssertEqual(names("本学期班费收支明细如下"), [])
        XCTAssertEqual(names("有问题请联系我。\n\n吴红梅\n三（2）班家委会\n林老师：\n请继续关注。\n"), ["吴红梅"])
        XCTAssertEqual(names("九（6）班姚睿泽综合成绩并列第10名"), ["姚睿泽"])
        XCTAssertEqual(names("甘草片", header: "药品"), [])
    }

    /// Probes 52: a name glued between a class and what is paid (三年级2班叶紫涵课后服务费); a chat's
    /// reply or greeting before a child (收到，, 师傅，); a counsellor's 反映 and 约谈; a name before
    /// its ID's label and a blank (郑子轩（身份证 410…）); a name opening its line before a bracketed
    /// note and a phone. Not names: an admission scheme's points (房产分), a club (国画社), a
    /// policy's leave (全年病事假), 于 before 次月 (a contract's term).
    func testProbes52Names() {
        XCTAssertEqual(names("三年级2班叶紫涵课后服务费"), ["叶紫涵"])
        XCTAssertEqual(names("收到，王梓涵今天请假不坐车了。"), ["王梓涵"])
        XCTAssertEqual(names("师傅，李浩然今天放学由他奶奶接"), ["李浩然"])
        XCTAssertEqual(names("九年级1班班主任反映卢俊杰连续三天没交作业"), ["卢俊杰"])
        XCTAssertEqual(names("约谈了王梓涵，了解情况"), ["王梓涵"])
        // Beside the value (every detector, so that the ID and the phone are found).
        func namesBesideValues(_ text: String) -> [String] {
            findings(in: text, detectors: StandardDetectors.all()).filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(namesBesideValues("3. 郑子轩（身份证 41010220190228829X）租住在丰产路。"), ["郑子轩"])
        XCTAssertEqual(namesBesideValues("马红霞（四年级学生），电话 13512345678"), ["马红霞"])
        XCTAssertEqual(names("本次社团展演活动圆满结束，现将获奖名单公布如下，请各班主任通知到学生本人。\n一等奖（2名）\n黎一诺三年级(2)班\n石梦瑶高一(2)班\n"),
                       ["黎一诺", "石梦瑶"])
        XCTAssertEqual(names("收到，谢谢老师"), [])
        XCTAssertEqual(names("家长反映强烈"), [])
        XCTAssertEqual(names("房产分", header: "申请人姓名"), [])
        XCTAssertEqual(names("居住分", header: "姓名"), [])
        XCTAssertEqual(names("国画社", header: "姓名"), [])
        XCTAssertEqual(names("教职工全年病事假累计超过30天的"), [])
        XCTAssertEqual(names("教师因公出差事假不扣绩效。"), [])
        XCTAssertEqual(names("甲方于次月10日前支付上月货款"), [])
        // A 接龙's example line (例：) is no one's; the first entry under it is.
        XCTAssertEqual(names("例：王小明 妈妈 13912345678\n1. 李梓涵 妈妈 13812345679"), ["李梓涵"])
    }

    /// Probes 53: a parent's cell under a name header names the child in its note (高志强（曾博文家长）);
    /// not names: a weather notice's 放学时间推迟 (推迟 follows names: the name would end inside
    /// it), a blank form's padded label under 姓名 (爱　　好: a rare surname's word), a university's
    /// short name in a 接龙 line (郑大).
    func testProbes53Names() {
        XCTAssertEqual(namesAfterAListedName("高志强（曾博文家长）", header: "接收人"), ["高志强", "曾博文"])
        XCTAssertEqual(names("各位家长：因降雪，今天放学时间推迟到17:30，请家长按时接孩子。"), [])
        XCTAssertEqual(names("请李娜推迟到下周"), ["李娜"])
        XCTAssertEqual(namesAfterAListedName("爱　　好", header: "姓　　名"), [])
        XCTAssertEqual(namesAfterAListedName("高峰", header: "姓名"), ["高峰"])
        XCTAssertEqual(findings(in: "3. 丁思彤 13351578245 郑大", detectors: StandardDetectors.all()).filter { $0.kind == .name }.map(\.value), ["丁思彤"])
        // An exam's officers and sign-off labels, a gate's log, a recruitment's lists, an account's
        // holder, one who acts for another, particulars in brackets after a name.
        XCTAssertEqual(names("主考官签字：王建国"), ["王建国"])
        XCTAssertEqual(names("主考官签字："), [])
        XCTAssertEqual(names("计分员：孙丽"), ["孙丽"])
        XCTAssertEqual(names("交班：汤芳  接班：卢敏"), ["汤芳", "卢敏"])
        XCTAssertEqual(names("现递补彭泽宇（初中数学岗位）为拟聘用人员"), ["彭泽宇"])
        XCTAssertEqual(names("现将拟聘用人员张梓涵、李浩然、王一诺公示如下"), ["张梓涵", "李浩然", "王一诺"])
        XCTAssertEqual(names("拟聘用人员名单"), [])
        XCTAssertEqual(names("户名：傅桂芳"), ["傅桂芳"])
        XCTAssertEqual(names("孩子由爷爷赖建伟代办理赔手续"), ["赖建伟"])
        XCTAssertEqual(names("因我所办理的苏铭泽（男，2010年06月08日出生）被殴打一案"), ["苏铭泽"])
        XCTAssertEqual(names("马秀琳（女，汉族），初三(9)班"), [])
        // Not names: a bone of a diagnosis, a changelog's 修复出….
        XCTAssertEqual(names("伤情：左胫骨骨折"), [])
        XCTAssertEqual(names("修复出生日期为 2月29日 的学生导入报错"), [])
    }

    /// Probes 54: a name after a bed's or a bus's number (号床, 号车), after 发现, before a body's
    /// part (张婷腿部受伤), before an age among particulars (田家豪，12岁，), before a home's clause
    /// (袁书瑶，住…), opening a sentence (王雨桐最近…). Not names: authors cited with their year, a
    /// function character after a word (孩子有想家), a word that leads names after a cue (证明明天交),
    /// a health remark (戴镜, 房颤), a word that follows names after a surname (王参加, 周观察), a bus
    /// route (官渡线), placeholders (孙七, 郑十).
    func testProbes54Names() throws {
        XCTAssertEqual(names("301室\n1号床 蒋佳怡\n2号床：王梓涵"), ["蒋佳怡", "王梓涵"])
        XCTAssertEqual(names("8号车王梓涵同学迟到。"), ["王梓涵"])
        XCTAssertEqual(names("412室，郑皓轩、魏博文熄灯后打游戏"), ["郑皓轩", "魏博文"])
        XCTAssertEqual(names("3号车辆已检修"), [])
        XCTAssertEqual(names("查房发现王梓涵（八年级3班）体温偏高。"), ["王梓涵"])
        XCTAssertEqual(names("八年级2班张婷腿部受伤，申请免测"), ["张婷"])
        XCTAssertEqual(names("学生刘洋肺活量不达标"), ["刘洋"])
        XCTAssertEqual(names("张庄村：田家豪，12岁，在家没去上学"), ["田家豪"])
        XCTAssertEqual(names("全县12岁以下儿童"), [])
        func namesBesideValues(_ text: String) -> [String] {
            findings(in: text, detectors: StandardDetectors.all()).filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(namesBesideValues("还有袁书瑶，住大柳树村四组"), ["袁书瑶"])
        XCTAssertEqual(namesBesideValues("1月18日至1月24日  男生1号楼  范振华  手机 15837349519"), ["范振华"])
        XCTAssertEqual(namesBesideValues("刘子墨 戴镜 13912345678"), ["刘子墨"])
        XCTAssertEqual(names("研究表明（胡月琴、甘怡群，2008），心理韧性与学业成绩相关。"), [])
        XCTAssertEqual(names("汪向东等（1999）编制的量表"), [])
        XCTAssertEqual(names("获奖学生：胡月琴、甘怡群，2008级"), ["胡月琴", "甘怡群"])
        XCTAssertEqual(names("如孩子有想家、失眠等情况，请及时联系班主任。"), [])
        XCTAssertEqual(names("医院证明明天交。"), [])
        XCTAssertEqual(names("学生王参加了比赛"), [])
        XCTAssertEqual(names("学生王梓涵参加了比赛"), ["王梓涵"])
        // A roster's remark and route beside a pupil's phone (the row vouched for them).
        func namesInRows(csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "t.csv").1.filter { $0.kind == .name }.map(\.value)
        }
        XCTAssertEqual(try namesInRows(csv: "姓名,备注,家长电话\n刘子墨,戴镜,13912345678\n王芳,,13812345679\n"), ["刘子墨", "王芳"])
        XCTAssertEqual(try namesInRows(csv: "线路,姓名,家长电话\n官渡线,刘浩然,13812345678\n"), ["刘浩然"])
        // A full name opening its sentence before a word that follows names, in a line or in a
        // free answer's cell; not a word shaped like one, nor a name opening with a word.
        XCTAssertEqual(names("王雨桐最近总是一个人在座位上哭"), ["王雨桐"])
        XCTAssertEqual(names("王雨桐最近总是一个人在座位上哭", header: "观察记录"), ["王雨桐"])
        XCTAssertEqual(names("段建军带队，与家长面谈"), ["段建军"])
        XCTAssertEqual(names("22:50 郑皓轩再次晚归"), ["郑皓轩"])
        XCTAssertEqual(names("高中生最近压力大"), [])
        XCTAssertEqual(names("张家口最近下雪"), [])
        // A classical text's figure (七年级's 《陈太丘与友期行》).
        XCTAssertEqual(names("陈太丘与友期行，期日中，过中不至"), [])
        // The placeholders after 赵六 in a practice sheet.
        XCTAssertEqual(names("孙七", header: "姓名"), [])
        XCTAssertEqual(names("郑十", header: "姓名"), [])
    }
}
