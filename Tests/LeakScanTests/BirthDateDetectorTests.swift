import XCTest
@testable import LeakScan

final class BirthDateDetectorTests: XCTestCase {
    private func scan(_ text: String, header: String? = nil) -> [Finding] {
        findings(in: text, header: header, detectors: [BirthDateDetector()])
    }

    private func values(_ text: String, header: String? = nil) -> [String] {
        scan(text, header: header).map(\.value)
    }

    func testFormsAfterKeyword() {
        XCTAssertEqual(values("出生日期：2008-03-12，"), ["2008-03-12"])
        XCTAssertEqual(values("出生日期：2008-3-12"), ["2008-3-12"])
        XCTAssertEqual(values("出生日期：2008/3/12"), ["2008/3/12"])
        XCTAssertEqual(values("出生日期：2008.03.12。"), ["2008.03.12"])
        XCTAssertEqual(values("出生日期：20080312"), ["20080312"])
        XCTAssertEqual(values("生日：2008年3月12日"), ["2008年3月12日"])
        XCTAssertEqual(values("生日：2008年03月12"), ["2008年03月12"])
        XCTAssertEqual(values("Date of birth: 2008-03-12"), ["2008-03-12"])
        XCTAssertEqual(values("DOB 2008/03/12"), ["2008/03/12"])
        XCTAssertEqual(scan("生日：2008-03-12").map(\.kind), [.birthDate])
        XCTAssertEqual(scan("生日：2008-03-12").map(\.confidence), [.high])
    }

    func testAnEnglishMonthsDateAfterABirthKeyword() {
        // A visa letter's and a bilingual form's, found at the year.
        XCTAssertEqual(values("1. XU TIANYOU (Date of Birth: 20 September 2010, Passport No. E23548130)"), ["20 September 2010"])
        XCTAssertEqual(values("DOB: 15th Mar, 2011"), ["15th Mar, 2011"])
        XCTAssertEqual(values("born 14 August 1984"), ["14 August 1984"])
        // Without a birth keyword it is any day; a month alone is no day of birth.
        XCTAssertEqual(values("We arrive on 20 September 2026."), [])
        XCTAssertEqual(values("Date of Birth: September 2010"), [])
        // An admissions page's cohort, its range or its bound.
        XCTAssertEqual(values("Children born between 1 September 2018 and 31 August 2019 may apply."), [])
        XCTAssertEqual(values("Pupils born on or after 1 September 2019 start next year."), [])
    }

    func testADateUnderItsLabelsLine() {
        // An answer page's question alone on its line, with or without a colon, over its answer.
        XCTAssertEqual(values("2、出生日期\n2012-03-05\n"), ["2012-03-05"])
        XCTAssertEqual(values("出生日期：\n2012-03-05\n"), ["2012-03-05"])
        // A sentence's line over a date says nothing of it, nor a label's words alone.
        XCTAssertEqual(values("1. 请填写出生日期，谢谢。\n2012-03-05\n出生日期\n2012-03-05\n"), [])
    }

    func testBirthWordAfterTheDate() {
        XCTAssertEqual(values("本月寿星：张子涵（2010年11月3日）生日快乐！"), ["2010年11月3日"])
        XCTAssertEqual(values("张伟，男，汉族，2012年3月5日生，住郑州市。"), ["2012年3月5日"])
        XCTAssertEqual(values("学生刘子轩，男，2012年3月5日出生，"), ["2012年3月5日"])
        XCTAssertEqual(values("2012.03.05生"), ["2012.03.05"])
        XCTAssertEqual(values("1998-07-01出生于郑州"), ["1998-07-01"])
        XCTAssertEqual(values("2008年3月生"), ["2008年3月"])
        // 生 opening a word is no birth: an effective date, a production date.
        XCTAssertEqual(values("本办法自2026年1月1日生效。"), [])
        XCTAssertEqual(values("2012年3月5日生产"), [])
        XCTAssertEqual(values("2012年3月5日学生返校"), [])
        XCTAssertEqual(values("2012年3月5日出发"), [])
        // No plausible birth date: a date to come, or none at all.
        XCTAssertEqual(values("\(CalendarDate.today.year + 1)年3月5日生"), [])
        XCTAssertEqual(values("2012年13月5日生"), [])
    }

    func testADateAfterASexAmongAPersonsParticulars() {
        XCTAssertEqual(values("获奖学生：张伟，男，2012年3月5日，金水区第一实验小学"), ["2012年3月5日"])
        XCTAssertEqual(values("陈思远 女 2012.03.05 三年级二班"), ["2012.03.05"])
        XCTAssertEqual(values("李浩然、男、20110817、汉族"), ["20110817"])
        XCTAssertEqual(values("男\n2012-03-05"), [])    // a line apart
        // A sex that is part of a word, or not set apart from the date; no plausible birth date.
        XCTAssertEqual(values("男生，2012年3月5日返校"), [])
        XCTAssertEqual(values("男女2012年3月5日"), [])
        XCTAssertEqual(values("妇女，2012年3月5日"), [])
        XCTAssertEqual(values("张伟，男，\(CalendarDate.today.year + 1)年3月5日"), [])
        // This year's or last year's date is a day of school life, not a pupil's birth.
        XCTAssertEqual(values("张伟，男，\(CalendarDate.today.year - 1)年9月1日报到"), [])
        XCTAssertEqual(values("张伟，男，\(CalendarDate.today.year - 2)年9月1日"), ["\(CalendarDate.today.year - 2)年9月1日"])
        // An older one with an event after it is that event's day.
        XCTAssertEqual(values("张伟，男，2019年9月1日入学。"), [])
        XCTAssertEqual(values("林子涵，女，2021年9月入团"), [])
        XCTAssertEqual(values("张伟，男，2012年3月5日生，2019年9月1日入学"), ["2012年3月5日"])
    }

    func testRangesAndBoundsOfBirthDatesAreACohorts() {
        for text in ["凡2019年9月1日至2020年8月31日出生的适龄儿童均应入学。", "招收2019.9.1—2020.8.31出生的儿童。",
                     "参赛选手出生日期：2012年1月1日—2015年12月31日。", "出生日期：2010年9月1日以后（高中组）",
                     "年满6周岁（2019年8月31日以前出生）的儿童。", "出生日期 2012-01-01 ~ 2015-12-31",
                     "2019年8月31日出生的儿童如未入学，也可申请入学。", "1993年5月出生的不符合条件。", "1993年5月1日以后出生的均可报名。"] {
            XCTAssertEqual(values(text), [], text)
        }
        XCTAssertEqual(values("出生日期：2012年1月1日，性别：女"), ["2012年1月1日"])
    }

    func testATemplatesExampleIsNoOnesBirth() {
        XCTAssertEqual(values("格式YYYYMMDD，如20090829", header: "出生日期"), [])
        XCTAssertEqual(values("出生日期：例如 2012.1.1"), [])
        XCTAssertEqual(values("示例：2012-01-01", header: "出生日期"), [])
        XCTAssertEqual(values("出生日期：2012-01-01"), ["2012-01-01"])
    }

    func testADateInTheCellAfterASexInATableWithoutHeader() throws {
        func birthDates(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "rows.csv").1.filter { $0.kind == .birthDate }.map(\.value)
        }
        let year = CalendarDate.today.year
        XCTAssertEqual(try birthDates("1,张伟,男,2012-03-05,13812345678\n2,李娜,女,2011-11-22,13987654321\n"),
                       ["2012-03-05", "2011-11-22"])
        // A date of this year or the last after a sex is a day of school life.
        XCTAssertEqual(try birthDates("张伟,男,\(year)-09-01\n李娜,女,\(year - 1)-09-01\n"), [])
        // Under a header, the header says what the column is (入学日期: enrolment), also when
        // the header's first cell is blank.
        XCTAssertEqual(try birthDates("姓名,性别,入学日期\n张伟,男,2012-09-01\n李娜,女,2012-09-01\n"), [])
        XCTAssertEqual(try birthDates(",姓名,性别,入学日期\n1,张伟,男,2012-09-01\n2,李娜,女,2012-09-01\n"), [])
        // Not after a cell that is more than a sex.
        XCTAssertEqual(try birthDates("张伟,男生,2012-03-05\n李娜,女士,2011-11-22\n"), [])
    }

    func testTheSameInTablesWhoseCellsComeOneByOne() throws {
        // An HTML table goes through the layout that worksheets and Word tables share.
        func birthDates(_ rows: [[String]]) throws -> [String] {
            let html = "<table>" + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined() + "</table>"
            return try ReadTestSupport.scanData(Array(html.utf8), name: "rows.html").1.filter { $0.kind == .birthDate }.map(\.value)
        }
        XCTAssertEqual(try birthDates([["张伟", "男", "2012-03-05"], ["李娜", "女", "2011-11-22"]]), ["2012-03-05", "2011-11-22"])
        XCTAssertEqual(try birthDates([["姓名", "性别", "入学日期"], ["张伟", "男", "2012-09-01"], ["李娜", "女", "2012-09-01"]]), [])
        // Not across a row's end (the next row's first cell in the column after the sex), nor
        // after an empty cell.
        XCTAssertEqual(try birthDates([["张伟", "男"], ["", "", "2012-03-05"]]), [])
        XCTAssertEqual(try birthDates([["张伟", "男", "", "2012-03-05"]]), [])
    }

    func testYearLast() {
        XCTAssertEqual(values("出生日期：3/12/2008"), ["3/12/2008"])
        XCTAssertEqual(values("出生日期：03/12/2008 0:00"), ["03/12/2008"])
        XCTAssertEqual(values("DOB 25/12/2010"), ["25/12/2010"])
        XCTAssertEqual(values("12.03.2008", header: "出生日期"), ["12.03.2008"])
        XCTAssertEqual(values("12-3-2008", header: "出生日期"), ["12-3-2008"])
        XCTAssertEqual(values("生日：1/2/3/2008，"), [])
        XCTAssertEqual(values("出生日期：13/13/2008"), [])
        XCTAssertEqual(values("出生日期：30/02/2008"), [])
        XCTAssertEqual(values("出生日期：1.2.3.2008"), [])
        XCTAssertEqual(values("出生日期：123/12/2008"), [])
        XCTAssertEqual(values("3/12/2008", header: "入学日期"), [])
    }

    func testMonthOfBirth() {
        XCTAssertEqual(values("2008.03", header: "出生年月"), ["2008.03"])
        XCTAssertEqual(values("2008-3", header: "出生年月"), ["2008-3"])
        XCTAssertEqual(values("2008/03", header: "出生年月"), ["2008/03"])
        XCTAssertEqual(values("200803", header: "出生年月"), ["200803"])
        XCTAssertEqual(values("2008年3月", header: "出生年月"), ["2008年3月"])
        XCTAssertEqual(values("出生年月：2008.03，"), ["2008.03"])
        XCTAssertEqual(values("2008年3月出生", header: "出生年月"), ["2008年3月"])
        XCTAssertEqual(values("2008.13", header: "出生年月"), [])
        XCTAssertEqual(values("200813", header: "出生年月"), [])
        XCTAssertEqual(values("189912", header: "出生年月"), [])
        XCTAssertEqual(values("\(CalendarDate.today.year + 1).01", header: "出生年月"), [])
        XCTAssertEqual(values("2008年3月45日", header: "出生年月"), [])
        XCTAssertEqual(values("2008.03", header: "入学年月"), [])
        XCTAssertEqual(values("入学年月：2008.03"), [])
    }

    func testColumnHeader() {
        XCTAssertEqual(values("2008-03-12", header: "出生日期"), ["2008-03-12"])
        XCTAssertEqual(values("20080312", header: "Birthday"), ["20080312"])
        XCTAssertEqual(values("2008-03-12", header: "入学日期"), [])
    }

    /// A CSV saved from a sheet whose date column was left as General (Excel's serial days), or
    /// from an old ledger (two-digit years).
    func testSerialDaysAndTwoDigitYearsInACSVUnderABirthDateHeader() throws {
        func birthDates(_ csv: String) throws -> [String] {
            try ReadTestSupport.scanData(Array(csv.utf8), name: "rows.csv").1.filter { $0.kind == .birthDate }.map(\.value)
        }
        XCTAssertEqual(try birthDates("姓名,出生日期\n谭天佑,44392\n何宏伟,39519\n"), ["44392", "39519"])
        // A year of two digits, as 1990s ledgers were typed in and DOS systems stored it.
        XCTAssertEqual(try birthDates("姓名,出生年月\n张建国,78.05\n王志强,78年5月\n赵敏,780512\n"), ["78.05", "78年5月", "780512"])
        XCTAssertEqual(try birthDates("姓名,入学年月\n张建国,78.05\n赵敏,780512\n"), [])
        XCTAssertEqual(try birthDates("姓名,出生地\n赵敏,410105\n"), [])
        // A lunar birthday, as rural registers kept it.
        XCTAssertEqual(try birthDates("姓名,生日（农历）\n张建国,一九八二年腊月初八\n李红梅,1983年农历三月十五\n王志强,1982年正月初六\n刘洋,一九八三年冬月廿二\n"),
                       ["一九八二年腊月初八", "1983年农历三月十五", "1982年正月初六", "一九八三年冬月廿二"])
        XCTAssertEqual(try birthDates("姓名,入学年月\n张建国,一九八二年腊月初八\n"), [])
        XCTAssertEqual(try birthDates("姓名,出生年月\n张建国,78.15\n赵敏,781312\n"), [])
        XCTAssertEqual(try birthDates("姓名,入学日期\n谭天佑,44392\n"), [])
        XCTAssertEqual(try birthDates("姓名,出生日期\n谭天佑,99999\n何宏伟,4439\n李娜,44392号\n"), [])
    }

    func testEnglishMonthNamesUnderABirthDateHeader() {
        XCTAssertEqual(values("Mar 15, 2011", header: "DOB"), ["Mar 15, 2011"])
        XCTAssertEqual(values("15 March 2011", header: "Date of Birth"), ["15 March 2011"])
        XCTAssertEqual(values("June 2nd, 2011", header: "出生日期"), ["June 2nd, 2011"])
        XCTAssertEqual(values("15-Mar-2011", header: "DOB"), ["15-Mar-2011"])
        // Not a date, a day that is none, or not under such a header.
        XCTAssertEqual(values("Mar 32, 2011", header: "DOB"), [])
        XCTAssertEqual(values("Marathon 15, 2011", header: "DOB"), [])
        XCTAssertEqual(values("Mar 15, 2011", header: "活动日期"), [])
    }

    func testChineseNumeralsUnderABirthDateHeader() {
        XCTAssertEqual(values("二〇〇七年十一月五日", header: "出生日期"), ["二〇〇七年十一月五日"])
        XCTAssertEqual(values("二零零八年三月二十一日", header: "出生日期"), ["二零零八年三月二十一日"])
        XCTAssertEqual(values("二〇〇八年三月", header: "出生年月"), ["二〇〇八年三月"])
        XCTAssertEqual(values("一九七八年十二月三十一日", header: "家长出生日期"), ["一九七八年十二月三十一日"])
        // No date, a date to come, text after it, or another header.
        XCTAssertEqual(values("二〇〇七年十三月五日", header: "出生日期"), [])
        XCTAssertEqual(values("二〇〇七年二月三十日", header: "出生日期"), [])
        XCTAssertEqual(values("二一〇〇年一月一日", header: "出生日期"), [])
        XCTAssertEqual(values("二〇〇七年十一月五日入学", header: "出生日期"), [])
        XCTAssertEqual(values("二〇〇七年十一月五日", header: "入学日期"), [])
    }

    func testATwoDigitYearUnderABirthDateHeader() {
        // Excel's short date formats, written out so into a CSV: year first or last.
        XCTAssertEqual(values("08-03-12", header: "出生日期"), ["08-03-12"])
        XCTAssertEqual(values("12-3-08", header: "出生日期"), ["12-3-08"])
        // mdb-export's dump of an Access date (%m/%d/%y %H:%M:%S); not under another header.
        XCTAssertEqual(values("10/21/08 00:00:00", header: "出生日期"), ["10/21/08"])
        XCTAssertEqual(values("10/21/08 00:00:00", header: "入学日期"), [])
        XCTAssertEqual(values("13/21/08", header: "出生日期"), [])
        XCTAssertEqual(values("31-12-09", header: "出生日期"), ["31-12-09"])
        XCTAssertEqual(values("78-11-05", header: "家长出生日期"), ["78-11-05"])
        // No reading is a date; or not under a birth-date header; or not three short groups.
        XCTAssertEqual(values("40-13-35", header: "出生日期"), [])
        XCTAssertEqual(values("08-03-12", header: "入学日期"), [])
        XCTAssertEqual(values("08-03-12-01", header: "出生日期"), [])
        XCTAssertEqual(values("008-03-12", header: "出生日期"), [])
    }

    func testNoContextNoFinding() {
        XCTAssertEqual(values("2008-03-12"), [])
        XCTAssertEqual(values("日期：2008年3月12日"), [])
        XCTAssertEqual(values("出生\n2008-03-12"), [])
        XCTAssertEqual(values("出生地：河南省郑州市金水区文化路，入学 2008-03-12"), [])
    }

    func testInvalidDates() {
        let next = CalendarDate.today.year + 1
        XCTAssertEqual(values("出生日期：2008-02-30"), [])
        XCTAssertEqual(values("出生日期：2007-02-29"), [])
        XCTAssertEqual(values("出生日期：2008-02-29"), ["2008-02-29"])
        XCTAssertEqual(values("出生日期：2008-13-01"), [])
        XCTAssertEqual(values("出生日期：1899-12-31"), [])
        XCTAssertEqual(values("出生日期：\(next)-01-01"), [])
        XCTAssertEqual(values("出生日期：2008/3/123"), [])
        XCTAssertEqual(values("出生日期：2008/3.12"), [])
        XCTAssertEqual(values("出生日期：2008年3日12"), [])
        XCTAssertEqual(values("出生日期：200803121"), [])
        XCTAssertEqual(values("出生日期：08-03-12"), [])
    }

    /// A question about an age (an admissions FAQ) gives no one's birth date; a statement does.
    func testADateInAQuestionIsNoOnesBirth() {
        XCTAssertEqual(values("问：孩子2018年8月31日出生，今年能报名吗？"), [])
        XCTAssertEqual(values("咨询内容：孩子2018年9月出生能否报名"), [])
        XCTAssertEqual(values("张伟2018年8月31日出生，现就读于三年级。"), ["2018年8月31日"])
        // A named child's: a parent's message, no FAQ's example.
        XCTAssertEqual(values("我家孩子吴诗涵，2018年02月11日出生的，户口在国基路，能报吗？"), ["2018年02月11日"])
        XCTAssertEqual(values("我家孩子，2018年8月31日出生，今年能报名吗？"), [])
    }

    func testAWellKnownFiguresBirthIsNoOnesToProtect() {
        XCTAssertEqual(values("张桂梅，1957年6月出生，现任华坪女子高级中学校长。"), [])
        XCTAssertEqual(values("王小明，2010年6月出生，现就读于…"), ["2010年6月"])
        // Her sex between the name and the date, as a biography lists particulars.
        XCTAssertEqual(values("屠呦呦，女，1930年12月30日生，药学家。"), [])
        XCTAssertEqual(values("王小明，男，2010年6月5日生。"), ["2010年6月5日"])
    }

    /// 出生于 a place ends its clause: a date in the next clause is another event's.
    func testADateAfterTheClauseOfABirthplaceIsNoBirth() {
        XCTAssertEqual(values("雷锋，1940年12月18日出生于湖南望城，1960年1月应征入伍。"), [])
        XCTAssertEqual(values("张伟，1990年5月出生于河南郑州，2010年9月参加工作。"), ["1990年5月"])
        XCTAssertEqual(values("出生日期：2010年5月3日"), ["2010年5月3日"])
    }

    /// American forms write the month first; a lesson's famous people and a template's
    /// placeholder person are no one to protect.
    func testEnglishMonthFirstDatesTemplatesAndFamousBirths() {
        XCTAssertEqual(values("Date of Birth: March 3, 2008"), ["March 3, 2008"])
        XCTAssertEqual(values("He was born on July 21st, 2009 in Zhengzhou."), ["July 21st, 2009"])
        XCTAssertEqual(values("Tu Youyou, born on December 30, 1930 in Ningbo, discovered artemisinin."), [])
        XCTAssertEqual(values("This is to certify that John Doe (Date of Birth: January 1, 2008) is a student."), [])
        XCTAssertEqual(values("Example for a second student: Jane Smith, Date of Birth: 01/01/2009."), [])
    }

    /// A published judgment's masked party: its particulars are anonymised already.
    func testAMaskedPartysBirthIsNoOnesToProtect() {
        XCTAssertEqual(values("原告：王某某，女，2013年5月出生，汉族。"), [])
        XCTAssertEqual(values("被告人李某，男，2008年3月12日出生。"), [])
        XCTAssertEqual(values("原告：王一诺，女，2013年5月出生，汉族。"), ["2013年5月"])
    }

    /// Pangu spacing and OCR set digits apart from 年, 月 and 日; a certificate's name (出生医学证明)
    /// is no birth's keyword.
    func testSpacedDatesAndTheBirthCertificatesName() {
        XCTAssertEqual(values("出生日期 2018 年 03 月 12 日"), ["2018 年 03 月 12 日"])
        XCTAssertEqual(values("出生 1987 年 9 月"), ["1987 年 9 月"])
        XCTAssertEqual(values("出生时间 2018 年 03 月 12 日 08 时 25 分"), ["2018 年 03 月 12 日"])
        XCTAssertEqual(values("出生医学证明 签发日期 2024年7月6日"), [])
        XCTAssertEqual(values("出生证明_20240706"), [])
        XCTAssertEqual(values("4876", header: "出生医学证明"), [])
        XCTAssertEqual(values("2012-03-05", header: "出生日期"), ["2012-03-05"])
    }

    /// An example in Chinese quotes is a template's.
    func testAnExampleInChineseQuotesIsNoOnesBirth() {
        XCTAssertEqual(values("出生日期格式如“1985.03”"), [])
        XCTAssertEqual(values("出生日期：“2012.03”"), ["2012.03"])
    }

    /// A Word form's padded label.
    /// A format given in quotes after 按, a reckoning's cut-off after a birth keyword, and an
    /// example's line: no one's birth.
    func testAFormatACutOffAndAnExampleAreNoOnesBirth() {
        XCTAssertEqual(values("出生年月：按“2009.07”格式填写"), [])
        XCTAssertEqual(values("年龄按出生年月计算至2024年12月31日。出生年月截至2024年8月31日"), [])
        XCTAssertEqual(values("（示例）出生日期：2009年3月12日"), [])
        XCTAssertEqual(values("出生日期：2009年3月12日"), ["2009年3月12日"])
    }

    func testAPaddedBirthdayLabel() {
        XCTAssertEqual(values("生　　日：2009年3月16日"), ["2009年3月16日"])
    }

    /// Probe 50e: an exam's question gives a made-up person's birthday before its answer's blank,
    /// a reading test's question its options after `?`: no one's; a named child's birthday, or a
    /// form's filled date beside an empty field, stays one.
    func testExamQuestionsGiveNoBirthDates() {
        XCTAssertEqual(values("3. 小明的生日是2010年3月12日，这一天是星期五，则2010年4月12日是星期（　　）"), [])
        XCTAssertEqual(values("21. When was Tom born?  A. On May 5th, 2010  B. On March 5th, 2010"), [])
        XCTAssertEqual(values("张伟的生日是2010年3月12日。"), ["2010年3月12日"])
        XCTAssertEqual(values("出生日期：2010年3月12日  民族：______"), ["2010年3月12日"])
    }

    /// Probe 50d: a living author's note (作者简介：谢杰（1969.06—），女，…) gives their birth; a
    /// famous one's years, closed, do not.
    func testALivingAuthorsNoteGivesTheirBirth() {
        XCTAssertEqual(values("作者简介：谢杰（1969.06—），女，河南中牟人，中学一级教师。"), ["1969.06"])
        XCTAssertEqual(values("陈忠实（1942.06—2016.04），男，陕西西安人"), [])
    }
}
