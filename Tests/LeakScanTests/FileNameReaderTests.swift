@testable import LeakScan
import XCTest

/// A file's own name is read as a line of text.
final class FileNameReaderTests: XCTestCase {
    private func found(_ path: String) -> [String] {
        var sink = CollectingSink()
        FileNameReader.scan(displayPath: path, engine: DetectionEngine(), sink: &sink)
        return sink.findings.filter { $0.kind != .record }.map {
            XCTAssertEqual($0.location.inName, .file)
            return "\($0.kind.rawValue) \($0.value) \($0.location.column ?? 0)"
        }
    }

    func testValuesInNamesAreFound() {
        XCTAssertEqual(found("学籍照片/410105200803121237.jpg"), ["cn_id 410105200803121237 1"])
        XCTAssertEqual(found("./2024级_410105200803121237.xlsx"), ["cn_id 410105200803121237 7"])
        // An underscore reads as a blank: the name beside the number is found too.
        XCTAssertEqual(found("扫描件/张梓涵_13812345678.pdf"), ["name 张梓涵 1", "mobile 13812345678 5"])
        // The extension is no part of a value glued to it.
        XCTAssertEqual(found("家长/13812345678@qq.com.txt"), ["email 13812345678@qq.com 1"])
        XCTAssertEqual(found("13812345678.v2"), ["mobile 13812345678 1"])
        XCTAssertEqual(found(".13812345678"), ["mobile 13812345678 2"])
        // Only the file's own name: its folders' names are not read.
        XCTAssertEqual(found("13812345678/说明.txt"), [])
    }

    func testNamesOfCamerasAndChatsAreNoValues() {
        for path in ["IMG_20231213_094512.jpg", "微信图片_20231213094512.jpg", "mmexport1702345678901.jpg",
                     "QQ截图20231213094512.png", "2023-2024学年第一学期.docx", "成绩单_2024010101.xlsx",
                     "Screenshot_2023-12-13-09-45-12-123_com.tencent.mm.jpg", "v1.3812345678.txt", ""] {
            XCTAssertEqual(found(path), [], path)
        }
    }

    func testAFileNamedByItsPersonsName() {
        // A class's photos named by their students' names (photos only: other files' names are
        // too often words shaped like names).
        XCTAssertEqual(found("毕业照/林子涵.jpg"), ["name 林子涵 1"])
        XCTAssertEqual(found("20220801_谭可欣.jpg"), ["name 谭可欣 10"])
        XCTAssertEqual(found("01 张梓涵(1).PNG"), ["name 张梓涵 4"])
        // A form's uploads: a photo named as a document is, by its person and a title.
        XCTAssertEqual(found("附件/毛铭泽_身份证正面.jpg"), ["name 毛铭泽 1"])
        XCTAssertEqual(found("11_肖铭泽_9、请上传户口本本人页.jpg"), ["name 肖铭泽 4"])
        // A title and a dash before the name; a note in brackets after it; two characters before an ID card's title.
        XCTAssertEqual(found("接送卡照片-周雨桐.jpg"), ["name 周雨桐 7"])
        XCTAssertEqual(found("王一诺（奶奶）.jpg"), ["name 王一诺 1"])
        XCTAssertEqual(found("卢军_身份证正面.jpg"), ["name 卢军 1"])
        XCTAssertEqual(found("方案（修订）.jpg"), [])
        // Ordinary words, places, well-known figures, titles, more words, names of two
        // characters (as often words): none.
        for path in ["方案.docx", "黄山.jpg", "鲁迅.pdf", "周报.xlsx", "工作总结.docx", "张老师.docx", "王芳的作业.docx",
                     "IMG_2023 林子涵.jpg", "二班.xlsx", "唐诗.docx", "宋词.pptx", "李娜.jpg",
                     // Not a photo: a roster's name (花 is a surname), an essay.
                     "花名册.csv", "林子涵.docx", "林子涵"] {
            XCTAssertEqual(found(path), [], path)
        }
    }

    func testADocumentNamedByItsPersonsNameAndATitle() {
        // A class's submitted work: the name opens the file's name before its title.
        XCTAssertEqual(found("作业/杨雅琪_检讨书.txt"), ["name 杨雅琪 1"])
        XCTAssertEqual(found("张子涵-作文.docx"), ["name 张子涵 1"])
        XCTAssertEqual(found("07_谭可欣_期末作文.docx"), ["name 谭可欣 4"])
        // Work handed in named by the pupil's number and name (a name alone may be an essay's subject).
        XCTAssertEqual(found("作文提交/0815王一诺.docx"), ["name 王一诺 5"])
        XCTAssertEqual(found("2023081501 谭可欣.docx"), ["name 谭可欣 12"])
        XCTAssertEqual(found("2024高一班.docx"), [])
        // A name of two characters before a title naming a person's record; a name after one.
        XCTAssertEqual(found("潘磊_期末成绩报告单.csv"), ["name 潘磊 1"])
        XCTAssertEqual(found("王芳_七3班_体检表.txt"), ["name 王芳 1"])
        XCTAssertEqual(found("夏令营报名表_李梓涵.txt"), ["name 李梓涵 8"])
        XCTAssertEqual(found("教职工外出报备表（刘红）.docx"), ["name 刘红 10"])
        XCTAssertEqual(found("学习资料（王国）.docx"), [])
        // A teacher's writing about a pupil: a case study, a narrative, a comment.
        XCTAssertEqual(found("个案_王梓涵.txt"), ["name 王梓涵 4"])
        XCTAssertEqual(found("教育叙事_那个男孩_刘浩然.txt"), ["name 刘浩然 11"])
        XCTAssertEqual(found("个案分析（陈思远）.txt"), ["name 陈思远 6"])
        // The pupil's grade or class after the name; not another word.
        XCTAssertEqual(found("成长档案_李浩然_六年级.docx"), ["name 李浩然 6"])
        XCTAssertEqual(found("成长档案_李浩然_三年级2班.docx"), ["name 李浩然 6"])
        XCTAssertEqual(found("成长档案_李浩然_资料.docx"), [])
        // A child's support plan and a home visit's record (个别化教育计划, IEP).
        XCTAssertEqual(found("个别化教育计划_严子涵.txt"), ["name 严子涵 9"])
        XCTAssertEqual(found("家访记录_王浩然.docx"), ["name 王浩然 6"])
        XCTAssertEqual(found("成绩_张伟(1).xlsx"), ["name 张伟 4"])
        XCTAssertEqual(found("报名表_王子涵.docx"), ["name 王子涵 5"])
        XCTAssertEqual(found("实习请假条_黄梓涵.txt"), ["name 黄梓涵 7"])
        // A vocational pupil's internship agreement.
        XCTAssertEqual(found("三方协议_王建华.docx"), ["name 王建华 6"])
        XCTAssertEqual(found("毛娜_三方协议.docx"), ["name 毛娜 1"])
        for path in ["申请书_范文.docx", "报名表_汇总.xlsx", "成绩单_期中.xlsx", "体检表_男生.xlsx", "学习资料_王国.pdf",
                     "会议纪要_王芳.docx", "王芳_活动方案.docx", "补考名单_银行卡.txt", "学生信息登记表_空模板.docx"] {
            XCTAssertEqual(found(path), [], path)
        }
        // A document's own kind, a product, a word, a famous writer before the title: none.
        for path in ["花名册_2024级.csv", "申请表_汇总.xlsx", "07_金数据_研学旅行报名表.xlsx", "QQ聊天记录_班委群.txt",
                     "王国庆_活动方案.docx", "鲁迅_生平.pptx", "李白_诗集.txt", "期末总结_2024.docx", "数学组_教案.docx"] {
            XCTAssertEqual(found(path), [], path)
        }
    }

    func testAPhotoNamedAfterANumberAndADashOrByAMinorityName() {
        XCTAssertEqual(found("班级照片/01-张梓涵.jpg"), ["name 张梓涵 4"])
        XCTAssertEqual(found("新疆班/阿依古丽·买买提.jpg"), ["name 阿依古丽·买买提 1"])
        // The extension is one to five letters and digits, a letter among them.
        XCTAssertEqual(FileNameReader.stemLength(Array("名单.mp3".utf8)), "名单".utf8.count)
        XCTAssertEqual(FileNameReader.stemLength(Array("张梓涵.13812345678".utf8)), "张梓涵.13812345678".utf8.count)
        XCTAssertEqual(FileNameReader.stemLength(Array("报表.backup".utf8)), "报表.backup".utf8.count)
        // A dash between digits stays one (a date, an ID split): no name there.
        XCTAssertEqual(found("照片/2024-09-01.jpg"), [])
    }
}
