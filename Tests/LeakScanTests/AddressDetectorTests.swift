import XCTest
@testable import LeakScan

final class AddressDetectorTests: XCTestCase {
    private func addresses(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: [AddressDetector()]).filter { $0.kind == .address }
    }

    private func values(_ text: String, header: String? = nil) -> [String] {
        addresses(text, header: header).filter { !$0.organisational }.map(\.value)
    }

    func testAPeoplesCommunesAddressAsOldRegistersKeepIt() {
        XCTAssertEqual(values("家庭住址：中牟县白沙公社前进大队第三生产队"), ["中牟县白沙公社前进大队第三生产队"])
        XCTAssertEqual(values("家住中牟县白沙公社红旗大队第三组。"), ["中牟县白沙公社红旗大队第三组"])
        XCTAssertEqual(values("公社化运动的历史"), [])
    }

    func testAFormsInstructionIsNoAddress() {
        // A field's rules (填表说明, 字段说明): what to write, no one's address.
        XCTAssertEqual(values("详细到门牌号", header: "家庭住址"), [])
        XCTAssertEqual(values("精确到村组", header: "家庭住址"), [])
        XCTAssertEqual(values("金水区文化路86号", header: "家庭住址"), ["金水区文化路86号"])
        // A blank form's printed levels, to be written in between.
        XCTAssertEqual(values("省       市       区（县）       街道（乡镇）", header: "户籍地址"), [])
        XCTAssertEqual(values("中牟县官渡镇西堡村", header: "户籍地址"), ["中牟县官渡镇西堡村"])
        // A template's instruction row, with its example code.
        XCTAssertEqual(values("行政区划代码，如410105", header: "户口所在地"), [])
        // A form's footer written across the column names who filled it in.
        XCTAssertEqual(values("填表人：校医室", header: "家庭住址"), [])
    }

    func testACatchmentsListOfHouseNumbersIsNoHome() {
        XCTAssertEqual(values("一、纬五路第一小学：经二路12号院、18号院；红专路96号院至108号院。"), [])
        // A phone given after the address is no house number.
        XCTAssertEqual(values("家住金水区经二路12号院3号楼、13812345678"), ["金水区经二路12号院3号楼"])
    }

    func testASchoolsLineWithItsPhoneThenItsAddress() {
        // A list of schools aligned by blanks: the name opens the line, the phone stands between.
        XCTAssertEqual(values("纬五路第一小学　　0371-65501234　　金水区纬五路36号"), [])
        XCTAssertEqual(values("王梓涵　　13812345678　　金水区纬五路36号3号楼2单元501"), ["金水区纬五路36号3号楼2单元501"])
    }

    /// An estate whose name holds an ordinal (顺驰第一城) or a numeral in a word (百合) goes on the
    /// address, and so does a unit named by its side (东单元); a school after a house number does not.
    func testAnEstateWithAnOrdinalInItsName() {
        XCTAssertEqual(values("家庭住址：郑州市金水区经三路106号顺驰第一城5号楼3单元604室"), ["郑州市金水区经三路106号顺驰第一城5号楼3单元604室"])
        XCTAssertEqual(values("家住经三路106号第一中学对面"), ["经三路106号"])
        XCTAssertEqual(values("家住郑州市中原区中原西路66号绿城百合公寓6号楼1801"), ["郑州市中原区中原西路66号绿城百合公寓6号楼1801"])
        XCTAssertEqual(values("地址：郑州市金水区东风路29号院2号楼东单元501"), ["郑州市金水区东风路29号院2号楼东单元501"])
        XCTAssertEqual(values("家住郑州市中原区建设路10号三组"), ["郑州市中原区建设路10号三组"])
        // A place's word before the division, with words between that begin no place, is none of it.
        XCTAssertEqual(values("9月10日，校长、包村干部和班主任一行三人步行两个多小时到昭觉县碗厂乡阿并洛呷村2组家访。"), ["昭觉县碗厂乡阿并洛呷村2组"])
    }

    /// An estate whose marker opens with a character that begins no street (家 of 家园, 家属院)
    /// still carries the address on to its building, unit and room.
    func testAnEstateWhoseMarkerOpensWithAStopCharacter() {
        XCTAssertEqual(values("家住浙江省杭州市西湖区红旗路25号锦绣家园2栋2单元803室"), ["浙江省杭州市西湖区红旗路25号锦绣家园2栋2单元803室"])
        XCTAssertEqual(values("住址 郑州市惠济区经三路221号教育局家属院24号楼3单元1404室"), ["郑州市惠济区经三路221号教育局家属院24号楼3单元1404室"])
    }

    func testFullAndShortForms() {
        XCTAssertEqual(values("学生家住河南省郑州市金水区文化路86号院3号楼2单元501室。"), ["河南省郑州市金水区文化路86号院3号楼2单元501室"])
        XCTAssertEqual(values("郑州金水区文化路12号"), ["郑州金水区文化路12号"])
        XCTAssertEqual(values("住址：洛阳市新安县汲水镇朱洼村五组；"), ["洛阳市新安县汲水镇朱洼村五组"])
        XCTAssertEqual(values("何屯村第五村民组"), ["何屯村第五村民组"])
        XCTAssertEqual(values("阳光小区3栋2单元502室"), ["阳光小区3栋2单元502室"])
        XCTAssertEqual(values("山东省济南市历下区人民路193号东方名苑14栋3单元1503室"), ["山东省济南市历下区人民路193号东方名苑14栋3单元1503室"])
        XCTAssertEqual(addresses("家住郑州市文化路86号").first?.confidence, .high)
    }

    func testEthnicDistrictsAsAddressesWriteThem() {
        // 管城回族区 is written 管城区; the address starts with it, not inside it.
        XCTAssertEqual(values("家庭地址：管城区紫荆山路街道东大街123号4栋"), ["管城区紫荆山路街道东大街123号4栋"])
        XCTAssertEqual(addresses("家庭地址：管城区紫荆路123号").first?.confidence, .high)
        XCTAssertEqual(values("住址：孟村县新华街8号"), ["孟村县新华街8号"])
        XCTAssertEqual(DivisionNames.everydayForm(Array("积石山保安族东乡族撒拉族自治县".utf8)).map { String(decoding: $0, as: UTF8.self) }, "积石山县")
        XCTAssertEqual(DivisionNames.everydayForm(Array("围场满族蒙古族自治县".utf8)).map { String(decoding: $0, as: UTF8.self) }, "围场县")
        XCTAssertNil(DivisionNames.everydayForm(Array("延边朝鲜族自治州".utf8)))
        XCTAssertNil(DivisionNames.everydayForm(Array("金水区".utf8)))
    }

    func testPartsSetApartByBlanks() {
        XCTAssertEqual(values("家庭住址：郑州市中原区桐柏路街道 伏牛路社区 12号楼3单元"), ["郑州市中原区桐柏路街道 伏牛路社区 12号楼3单元"])
        XCTAssertEqual(values("现住址 河南省郑州市金水区 花园路 88号 院3号楼"), ["河南省郑州市金水区 花园路 88号 院3号楼"])
        XCTAssertEqual(values("家住郑州市金水区　文化路86号"), ["郑州市金水区　文化路86号"])
        // A run of blanks sets fields apart; a name before the address is not part of it.
        XCTAssertEqual(values("张梓涵  金水区文化路12号"), ["金水区文化路12号"])
        XCTAssertEqual(values("张梓涵 金水区文化路12号"), ["金水区文化路12号"])
        // Nothing anchors a number after a blank: no address.
        XCTAssertEqual(values("请到 3号楼201室开会。"), [])
    }

    func testBuildingUnitAndRoomAfterAnEstate() {
        XCTAssertEqual(values("家住阳光花园26-3-604，"), ["阳光花园26-3-604"])
        XCTAssertEqual(values("日照岚山区花溪苑27-1-2204"), ["日照岚山区花溪苑27-1-2204"])
        // A date or a score is not a building number.
        XCTAssertEqual(values("出生日期,2008-03-12"), [])
        XCTAssertEqual(values("比分3-2-1"), [])
    }

    func testEstatesWithoutAMarkerAndBareRooms() {
        XCTAssertEqual(values("今年6月搬到建业森林半岛5号楼1单元1404。"), ["建业森林半岛5号楼1单元1404"])
        XCTAssertEqual(values("住新城国际1-1-1503"), ["新城国际1-1-1503"])
        XCTAssertEqual(values("周口市川汇区烟厂宿舍5号楼201"), ["周口市川汇区烟厂宿舍5号楼201"])
        XCTAssertEqual(values("南阳市卧龙区粮食局家属院6号楼2104"), ["南阳市卧龙区粮食局家属院6号楼2104"])
        // A stop named with a number is not a door (暮云镇三号桥); a door numbered in digits is.
        XCTAssertEqual(values("暮云镇三号桥"), [])
        XCTAssertEqual(values("邵阳隆回县双河镇兴隆路16号一带停电"), ["邵阳隆回县双河镇兴隆路16号"])
    }

    /// A move between two places: the address is where it led, not where it came from.
    func testAnAddressAfterAMoveStartsWhereItLed() {
        func found(_ text: String) -> [String] {
            findings(in: text, detectors: StandardDetectors.all()).filter { $0.kind == .address }.map(\.value)
        }
        XCTAssertEqual(found("我家户口于2023年11月由新乡市迁入郑州市金水区国基路街道园田路19号院3号楼2单元202室，迁入时间不满一年。"),
                       ["郑州市金水区国基路街道园田路19号院3号楼2单元202室"])
        XCTAssertEqual(found("从新乡市搬到郑州市金水区园田路19号院3号楼2单元202室"), ["郑州市金水区园田路19号院3号楼2单元202室"])
    }

    /// A catchment's compounds listed alone (天明路北段2号院) name no household; beside a
    /// person's value, or after a home's word, one does.
    func testACompoundAloneNeedsAPerson() {
        func found(_ text: String) -> [String] {
            findings(in: text, detectors: StandardDetectors.all()).filter { $0.kind == .address }.map(\.value)
        }
        XCTAssertEqual(found("天明路北段2号院\n园田路19号院（1—6号楼）\n"), [])
        XCTAssertEqual(found("王梓涵 天明路北段2号院"), ["天明路北段2号院"])
        XCTAssertEqual(found("家住天明路北段2号院"), ["天明路北段2号院"])
        XCTAssertEqual(found("天明路北段2号院3号楼2单元501"), ["天明路北段2号院3号楼2单元501"])
    }

    func testRuralAddressesWithoutANumber() {
        XCTAssertEqual(values("家住新野县城关镇大柳树村，父母务农。"), ["新野县城关镇大柳树村"])
        XCTAssertEqual(values("老家是河南省南阳市镇平县桥头镇前屯村。"), ["河南省南阳市镇平县桥头镇前屯村"])
        XCTAssertEqual(values("从方城县马寨镇李楼村搬到县城"), ["方城县马寨镇李楼村"])
        XCTAssertEqual(values("户籍：固始县段集乡何营村"), ["固始县段集乡何营村"])
        XCTAssertEqual(addresses("家住新野县城关镇大柳树村").first?.confidence, .high)
        // With a number after the village the numbered markers take it whole.
        XCTAssertEqual(values("家住新野县城关镇大柳树村3组"), ["新野县城关镇大柳树村3组"])
    }

    func testAHomeWithoutANumberAfterTheWordsThatSaySo() {
        XCTAssertEqual(values("家庭住址：郑州市金水区丰庆路宏光景园小区"), ["郑州市金水区丰庆路宏光景园小区"])
        XCTAssertEqual(values("家住郑州市金水区宏光景园小区。"), ["郑州市金水区宏光景园小区"])
        // A distance beside a home's label is none.
        XCTAssertEqual(values("约32公里", header: "家庭住址"), [])
        XCTAssertEqual(values("官渡镇32号", header: "家庭住址"), ["官渡镇32号"])
        XCTAssertEqual(values("家住郑州市金水区宏光景园小区 电话：13812345678"), ["郑州市金水区宏光景园小区"])
        XCTAssertEqual(values("家庭地址：郑州市金水区丰庆路附近"), ["郑州市金水区丰庆路"])
        XCTAssertEqual(addresses("现住郑州市金水区宏光景园小区").first?.confidence, .high)
        // After a home's label, a named place with no division's name first: an estate, a work
        // unit's compound, a village; numbered, an estate's name with no marker.
        XCTAssertEqual(values("家住宏光景园小区。"), ["宏光景园小区"])
        XCTAssertEqual(values("住址：省建一公司家属院"), ["省建一公司家属院"])
        XCTAssertEqual(values("家住韩寺镇马家村。"), ["韩寺镇马家村"])
        XCTAssertEqual(values("家庭住址：锦艺城一期5号楼2单元"), ["锦艺城一期5号楼2单元"])
        XCTAssertEqual(values("住址：天明城3号楼1802"), ["天明城3号楼1802"])
        // Not when words go on after the place: a sentence about it (a catchment letter).
        XCTAssertEqual(values("经查，你所在住址属于经三路小学服务范围。"), [])
        // A training text's example is no one's.
        XCTAssertEqual(values("小明家住在XX小区X号楼，欢迎同学们去玩"), [])
        XCTAssertEqual(values("家庭住址：XX市XX区XX路XX号"), [])
        // No division, no street or estate, a place no one's name, a sentence, or a place that
        // is no home: nothing.
        for text in ["我家住在郑州，离学校很远。", "他住在郑州市区。", "活动地址：郑州市人民公园", "家住农村，父母务农。",
                     "住址：学校附近的小区", "地址：锦艺城一期5号楼2单元", "学校位于锦艺城一期5号楼2单元", "居住在城市里的孩子们",
                     "本校位于郑州市金水区。"] {
            XCTAssertEqual(values(text), [], text)
        }
    }

    func testVillagesThatAreNoAddress() {
        // An organisation named after the village; a village without its county and township,
        // unless a home's label says it is one (家住大柳树村).
        XCTAssertEqual(values("家住大柳树村"), ["大柳树村"])
        for text in ["新野县城关镇大柳树村小学", "新野县城关镇大柳树村委会", "新野县城关镇大柳树村民委员会",
                     "城关镇大柳树村", "我们去农村看看", "新农村建设", "乡村振兴"] {
            XCTAssertEqual(values(text), [], text)
        }
    }

    func testNotAddresses() {
        for text in ["乘坐5路公交车到教学楼302室。", "请到3号楼201室开会。", "郑州市第一中学3号楼", "第3组同学留下。",
                     "地铁1号线", "郑州市", "2024年9月1日", "金水区教育局3楼会议室"] {
            XCTAssertEqual(values(text), [], text)
        }
    }

    func testASchoolsOwnAddressIsOrganisational() {
        let letterhead = addresses("郑州市第一中学 地址：郑州市金水区文化路1号 电话：0371-65501234")
        XCTAssertEqual(letterhead.map(\.organisational), [true])
        let footer = addresses("郑州市第一中学教务处\n地址：郑州市金水区文化路1号\n")
        XCTAssertEqual(footer.map(\.organisational), [true])
        // A venue's: after an event's place or address label, before its name, after a hotel's.
        for text in ["比赛地点：郑州市金水区丰产路21号郑州市体育馆", "领奖地址：郑州市金水区纬一路12号区教育局二楼",
                     "午餐（红旗渠大酒店，地址：林州市红旗渠大道266号）"] {
            XCTAssertEqual(addresses(text).map(\.organisational), [true], text)
        }
        // A school's campuses.
        XCTAssertEqual(addresses("本部：郑州市金水区纬五路12号；东校区：郑州市金水区东风路28号。").map(\.organisational), [true, true])
        // A home visit's place is the family's home.
        XCTAssertEqual(addresses("家访地点：侯马市双河镇黄集村4组").map(\.organisational), [false])
        // Under the organisation's contacts: a sign-off's lines.
        XCTAssertEqual(addresses("学校咨询电话：0371-65501234\n传真：0371-65501236\n地址：郑州市金水区文化路1号\n").map(\.organisational), [true])
        XCTAssertEqual(addresses("联系人：王老师，电话：13812345678\n地址：郑州市金水区文化路3号\n").map(\.organisational), [false])
        XCTAssertEqual(addresses("家长电话：13812345678\n地址：郑州市金水区文化路3号\n").map(\.organisational), [false])
        // Above a sign-off, the organisation's name alone on its line.
        XCTAssertEqual(addresses("地址：郑州市金水区文化路1号\n电话：0371-65501234\n\n　　郑州市金水区第一实验小学\n").map(\.organisational), [true])
        XCTAssertEqual(addresses("家住郑州市金水区文化路3号\n\n郑州市金水区第一实验小学\n").map(\.organisational), [false])
        // A person's own label is not a footer's.
        XCTAssertEqual(addresses("郑州市第一中学\n通讯地址：郑州市金水区文化路3号\n").map(\.organisational), [false])
        XCTAssertEqual(addresses("学校位于郑州市金水区文化路1号").map(\.organisational), [true])
        XCTAssertEqual(addresses("遵义市红花岗区启明中学　地址：遵义市红花岗区花园路100号").map(\.organisational), [true])
        XCTAssertEqual(addresses("郑州市外国语学校（郑州市惠济区富民北街85号）").map(\.organisational), [true])
        // A school mentioned earlier on the line does not make a parent's address the school's.
        XCTAssertEqual(addresses("快递寄到学校收不到，以后寄成都市金牛区丰收路138号阳光新城22栋2604").map(\.organisational), [false])
        // A sign-off: the organisation's name after the address, to the end of the line.
        XCTAssertEqual(addresses("欢迎来访：济南市历下区青年路77号 济南市教育科学研究院\n").map(\.organisational), [true])
        XCTAssertEqual(addresses("郑州市金水区文化路1号　郑州市第一中学").map(\.organisational), [true])
        // Not when the name is part of the address, or more follows it.
        XCTAssertEqual(addresses("郑州市金水区文化路1号郑州市第一中学家属院3号楼201").map(\.organisational), [false])
        XCTAssertEqual(addresses("家住郑州市金水区文化路1号 郑州市第一中学旁边").map(\.organisational), [false])
    }

    func testStudentDormitoriesAreTheSchools() {
        XCTAssertEqual(addresses("女生公寓B栋415宿舍调整为学习室。").map(\.organisational), [true])
        XCTAssertEqual(addresses("住在学生宿舍3号楼2单元201室").map(\.organisational), [true])
        XCTAssertEqual(addresses("女生宿舍 桃李苑3号楼2单元201室").map(\.organisational), [true])
        XCTAssertEqual(addresses("学校宿舍（4号楼312）", header: "现居住地址").map(\.organisational), [true])
        // Staff housing is a home.
        XCTAssertEqual(values("郑州市第一中学教工宿舍3号楼201室"), ["郑州市第一中学教工宿舍3号楼201室"])
        XCTAssertEqual(values("金水区文化路86号院3号楼", header: "家庭住址"), ["金水区文化路86号院3号楼"])
    }

    func testAnOrganisationsAddressAfterItsNameAndABranchOrRole() {
        XCTAssertEqual(addresses("入住北京宜必思酒店（西客站店），地址：北京市丰台区广安路9号，电话：010-63991234").map(\.organisational), [true])
        XCTAssertEqual(addresses("供应商名称：河南博雅教学设备有限公司　供应商地址：郑州市金水区经三路68号6号楼1单元1203号")
                        .map(\.organisational), [true])
        XCTAssertEqual(addresses("地址：河南省郑州市中原区建设西路199号　邮编：450007　电话：0371-67891919　传真：0371-67891900")
                        .map(\.organisational), [true])
    }

    func testCellsUnderAnAddressHeader() {
        XCTAssertEqual(values("金水区文化路", header: "家庭住址"), ["金水区文化路"])
        XCTAssertEqual(values("同上", header: "家庭住址"), [])
        XCTAssertEqual(values("同家庭住址", header: "通讯地址"), [])
        // A blank template's header cells beside an address header hold no part of an address.
        XCTAssertEqual(values("接送人", header: "家庭住址"), [])
        XCTAssertEqual(values("乘车站点", header: "家庭住址"), [])
        XCTAssertEqual(values("大柳树村", header: "家庭住址"), ["大柳树村"])
        // A county's name alone identifies no one (a statistics sheet by 户籍所在地); a town may.
        XCTAssertEqual(values("河南省郑州市金水区", header: "户籍所在地"), [])
        XCTAssertEqual(values("北京市东城区", header: "住址"), [])
        XCTAssertEqual(values("河南省周口市淮阳区白楼镇", header: "户籍所在地"), ["河南省周口市淮阳区白楼镇"])
        // A template's example row, or a value masked with placeholders.
        XCTAssertEqual(values("XX市XX区XX路XX号", header: "家庭住址"), [])
        // Masked: only the district left.
        XCTAssertEqual(values("郑州市金水区****", header: "家庭住址"), [])
        XCTAssertEqual(values("郑州市金水区＊＊＊＊", header: "家庭住址"), [])
        XCTAssertEqual(values("郑州市××小区3号楼", header: "家庭住址"), [])
        XCTAssertEqual(values("某某县某某村", header: "家庭住址"), [])
        XCTAssertEqual(values("zhang@qq.com", header: "Email Address"), [])
        XCTAssertEqual(addresses("郑州市金水区文化路88号", header: "学校地址").map(\.organisational), [true])
        // A plain 地址 column is whoever the row is about: alone in its row, no one's.
        XCTAssertEqual(values("郑州市金水区文化路88号", header: "地址"), [])
        XCTAssertEqual(values("郑州市金水区文化路88号", header: "通讯地址"), [])
        // Only a person has a household registration, a residence or a 住址: alone, a person's.
        for header in ["户籍所在地", "现居住地", "住址", "住所"] {
            XCTAssertEqual(values("郑州市金水区文化路88号", header: header), ["郑州市金水区文化路88号"], header)
        }
    }

    func testCatchmentStreetsAndOfficesBuildingsAreNoHomes() {
        // A catchment's streets: a range of numbers, or under the catchment's word.
        XCTAssertEqual(addresses("划片范围：花园路1号至99号（单号）；经三路32号院").map(\.organisational), [true, true])
        XCTAssertEqual(addresses("施工路段为文化路1号到115号").map(\.organisational), [true])
        // An office named after the house number; a home named after a school stays a home.
        XCTAssertEqual(addresses("地址：郑州市金水区经三路56号金水区教育局3楼").map(\.organisational), [true])
        XCTAssertEqual(addresses("家住郑州市中原区建设路12号郑州市第一中学家属院3号楼").map(\.organisational), [false])
        XCTAssertEqual(addresses("家住郑州市金水区文化路1号院").map(\.organisational), [false])
        // An exam's or a check-up's venue.
        XCTAssertEqual(addresses("复审地点：区教育局三楼会议室（经三路56号）").map(\.organisational), [true])
        XCTAssertEqual(addresses("体检地点：金水区黄河路95号（区人民医院体检中心）").map(\.organisational), [true])
    }

    func testAClockInAtTheSchoolIsTheSchools() {
        XCTAssertEqual(addresses("河南省郑州市金水区纬五路36号郑州市第四十七中学", header: "打卡地址").map(\.organisational), [true])
        XCTAssertEqual(addresses("河南省郑州市金水区纬五路36号院3号楼", header: "家庭住址").map(\.organisational), [false])
    }

    func testADwellingsWordSaysWhoseTheAddressIsWhateverTheLineNamedBefore() {
        XCTAssertEqual(values("该同志系我校退休教师，家住郑州市中原区文化路67号院8号楼3单元402室。"), ["郑州市中原区文化路67号院8号楼3单元402室"])
        XCTAssertEqual(values("李老师家住郑州市金水区纬五路12号院3号楼2单元501室，老伴患病多年。"), ["郑州市金水区纬五路12号院3号楼2单元501室"])
        // An office's address after its name stays the office's.
        XCTAssertEqual(values("郑州市第一中学 通讯地址：郑州市金水区文化路1号"), [])
    }

    /// OCR sets a number apart from its marker; the parts are one address still.
    func testAnOCRdAddressWithBlanksBetweenNumbersAndMarkers() {
        XCTAssertEqual(values("住址 河南省郑州市金水区文化路 12 号院 3 号楼 2 单元 401 室"),
                       ["河南省郑州市金水区文化路 12 号院 3 号楼 2 单元 401 室"])
        XCTAssertEqual(values("坐落 郑州市金水区纬五路 21 号院 6 号楼 2 单元 1102 室"), ["郑州市金水区纬五路 21 号院 6 号楼 2 单元 1102 室"])
        // A number and its marker with no place before them are no address.
        XCTAssertEqual(values("本学期共 3 号楼 2 单元参加"), [])
    }

    /// A bus's or a metro's line is no door number.
    func testABusLineIsNoHouseNumber() {
        XCTAssertEqual(values("纬五路第一小学校车1号线乘车学生名单"), [])
        XCTAssertEqual(values("家住郑州市金水区纬五路12号院3号楼"), ["郑州市金水区纬五路12号院3号楼"])
    }

    /// Without digits, a door's marker counts after a Chinese numeral or a letter only: a
    /// household's category under 家庭住址 is no address.
    func testAHouseholdsCategoryUnderAnAddressHeaderIsNoAddress() {
        XCTAssertEqual(values("低保户", header: "家庭住址"), [])
        XCTAssertEqual(values("五保户", header: "家庭住址"), [])
        XCTAssertEqual(values("三号楼二单元", header: "家庭住址"), ["三号楼二单元"])
        XCTAssertEqual(values("金水花园A座", header: "家庭住址"), ["金水花园A座"])
        XCTAssertEqual(values("王庄村", header: "家庭住址"), ["王庄村"])
    }

    /// Probe 50b: a floor of a kindergarten, a park or a school is an event's venue; an estate's
    /// building stays a home.
    func testAVenuesFloorIsNoHome() {
        func homes(_ text: String) -> [String] { addresses(text).filter { !$0.organisational }.map(\.value) }
        XCTAssertEqual(homes("（地点：幼儿园二楼多功能厅）"), [])
        XCTAssertEqual(homes("地点：金水区第三幼儿园3楼会议室"), [])
        XCTAssertEqual(homes("地点：公园二楼茶室"), [])
        XCTAssertEqual(homes("家住金水区第三幼儿园3号楼2单元"), ["金水区第三幼儿园3号楼2单元"])
    }

    /// Probe 50f: a home visit's place is the family's home, no district before it.
    func testAHomeVisitsPlaceIsAHome() {
        XCTAssertEqual(values("家访地点：锦艺城一期5号楼2单元1103"), ["锦艺城一期5号楼2单元1103"])
    }

    /// Probes 52: a floor's flat named by its side (5楼东户); a town alone after 家住在 is no home.
    func testProbes52FlatSidesAndTowns() {
        XCTAssertEqual(values("现住郑州市金水区省建一公司家属院4号楼3单元5楼东户。"), ["郑州市金水区省建一公司家属院4号楼3单元5楼东户"])
        XCTAssertEqual(values("问：我家住在柳林镇，附近有站点吗？"), [])
        XCTAssertEqual(values("家住中牟县韩寺镇"), ["中牟县韩寺镇"])
    }

    /// Probes 54: a 的 makes a description of where one lives, whatever opens it (a model essay's
    /// 我家住在城南的一条老巷子里).
    func testProbes54APossessiveMakesNoAddress() {
        XCTAssertEqual(values("我家住在城南的一条老巷子里。"), [])
        XCTAssertEqual(values("家住郑州市金水区宏光景园小区。"), ["郑州市金水区宏光景园小区"])
        // A distance beside a home's label is none.
        XCTAssertEqual(values("约32公里", header: "家庭住址"), [])
        XCTAssertEqual(values("官渡镇32号", header: "家庭住址"), ["官渡镇32号"])
    }
}
