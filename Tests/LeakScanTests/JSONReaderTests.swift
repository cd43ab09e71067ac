import Foundation
import XCTest
@testable import LeakScan

/// The JSON reader: values under their keys, escapes decoded and located, any chunking, long
/// strings in parts, and text that is not quite JSON still scanned.
final class JSONReaderTests: XCTestCase {
    private func scan(_ bytes: [UInt8], name: String = "data.json", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanData(bytes, name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    private func scan(_ text: String, name: String = "data.json", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try scan(Array(text.utf8), name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        try ReadTestSupport.assertAnyChunkingFindsTheSame(in: "json", ["class_ascii.json", "students.jsonl",
                                                                       "keyed_by_name.json", "node_export.json"], format: .json)
    }

    func testEscapedValuesAreDecodedAndLocatedWhereTheirEscapesStand() throws {
        let text = "{\"xm\": \"\\u5f20\\u4f1f\", \"note\": \"\\ud83d\\ude00 \\\"\\u7236\\u4eb2\\\" \\u7535\\u8bdd1\\u0033812345678\"}\n"
        let bytes = Array(text.utf8)
        let (_, found) = try scan(bytes)
        let name = try XCTUnwrap(found.first { $0.kind == .name })
        XCTAssertEqual(name.value, "张伟")
        XCTAssertEqual(name.location.field, "xm")
        XCTAssertEqual(name.location.column, 9)
        XCTAssertEqual(String(decoding: bytes[name.sourceRange], as: UTF8.self), "\\u5f20\\u4f1f")
        let mobile = try XCTUnwrap(found.first { $0.kind == .mobile })
        XCTAssertEqual(mobile.value, "13812345678")
        XCTAssertEqual(String(decoding: bytes[mobile.sourceRange], as: UTF8.self), "1\\u0033812345678")
        XCTAssertEqual(mobile.confidence, .high)             // 电话 just before it, decoded
    }

    /// A birth key that names a bound (a camp's `age_range.born_from`, `birthDateTo`) holds a
    /// cohort's limit, no one's birth; `dateOfBirth` a birth; a lesson's `observer` names a teacher.
    func testABirthKeyNamingABoundHoldsNoBirthAndAnObserverIsNamed() throws {
        let camp = #"{"age_range": {"born_from": "2011-09-01", "born_to": "2015-08-31"}, "limits": {"birthDateMax": "2015-08-31"}}"#
        XCTAssertEqual(try scan(camp).1.map(\.value), [])
        let pupils = #"[{"name": "王梓涵", "dateOfBirth": "2011-09-01"}]"#
        XCTAssertEqual(try scan(pupils).1.filter { $0.kind == .birthDate }.map(\.value), ["2011-09-01"])
        // A lesson's observer is a teacher named (听课人).
        XCTAssertEqual(try scan(#"{"lesson": "分数", "observer": "袁艳红"}"#).1.map(\.value), ["袁艳红"])
        XCTAssertTrue(DetectionEngine.namesBound("出生日期（起）"))
        XCTAssertFalse(DetectionEngine.namesBound("出生日期"))
    }

    func testKeysNameColumnsWithTheKeyOfTheirObject() throws {
        let text = """
        {"class": {"teacher": {"name": "王建国", "phone": "13812345678"}},
         "students": [{"name": "李思雨", "idCard": "410105200803121237", "birthday": "2008-03-12"}]}
        """
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map { $0.location.field }, ["teacher.name", "teacher.phone", "students.name", "students.idCard", "students.birthday"])
        XCTAssertEqual(found.map(\.kind), [.name, .mobile, .name, .cnID, .birthDate])
    }

    func testPinyinCodesOfStaffAndGuardiansNameTheirPeople() throws {
        // 班主任 BZR and 监护人 JHR, as the exports of school systems name their fields.
        let (_, found) = try scan(#"{"bj": "七年级2班", "bzr": "王建国", "jhr": "李秀英"}"#)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" }, ["name 王建国", "name 李秀英"])
    }

    func testAReadingListsAuthorsAreNoPersonalData() throws {
        // Objects under one name are a table's rows: a list of books names published authors …
        let books = #"{"书目": [{"书名": "红星照耀中国", "作者": "埃德加·斯诺", "出版社": "作家出版社"}, {"书名": "朝花夕拾", "作者": "鲁迅"}]}"#
        XCTAssertEqual(try scan(books).1.filter { $0.kind == .name }.map(\.value), [])
        // … a competition's list of pupils' works names its pupils.
        let works = #"[{"作品名称": "我的妈妈", "作者": "王梓涵", "班级": "三年级2班"}]"#
        XCTAssertEqual(try scan(works).1.filter { $0.kind == .name }.map(\.value), ["王梓涵"])
    }

    func testAListOfSchoolsHoldsTheirOwnContactDetails() throws {
        // Objects whose keys name a school and no person: a table of organisations.
        let schools = #"[{"school_name": "郑州市第一中学", "address": "郑州市中原区中原西路196号", "phone": "0371-67623605", "email": "zz1z@163.com"}]"#
        XCTAssertEqual(try scan(schools).1.filter { !$0.organisational }.map(\.value), [])
        let one = #"{"school_name": "郑州市第一中学", "phone": "0371-67623605"}"#
        XCTAssertEqual(try scan(one).1.filter { !$0.organisational }.map(\.value), [])
        // A person's key makes the phone theirs.
        let contact = #"[{"school_name": "郑州市第一中学", "contact_name": "王建国", "phone": "0371-67623605"}]"#
        XCTAssertEqual(try scan(contact).1.filter { !$0.organisational && $0.kind == .landline }.map(\.value), ["0371-67623605"])
        // A school's name under `name` ending in a label's word (学校) is the school's, no label
        // of the phone beside it.
        let map = #"[{"name":"中牟县东风路学校","tel":"0371-62366919","address":"中牟县东风路18号"}]"#
        XCTAssertEqual(try scan(map).1.filter { !$0.organisational }.map(\.value), [])
    }

    func testASchoolsOwnKeysHoldItsOwnContactDetails() throws {
        // A school site's configuration: the school's and its offices' numbers and address.
        let text = """
        {"school": {"address": "郑州市二七区大学路86号", "phone": "0371-68951200"},
         "offices": [{"tel": "0371-68951201"}], "departments": [{"phone": "0371-68951230"}],
         "students": [{"homeAddress": "北京市东城区东四十条58号", "phone": "13812345678"}]}
        """
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" },
                       ["address org", "landline org", "landline org", "landline org", "address personal", "mobile personal"])
    }

    func testAnOrganisationsKeysOfAPlatformsExport() throws {
        // A volunteering platform's activities and a fee list: the organiser's and payee's phones.
        let text = """
        {"data": [{"activityName": "文明交通劝导", "orgPhone": "0371-63950123"},
                  {"payeeOrg": "郑州市金水区纬五路第二小学", "merchantTel": "0371-65512370"}],
         "volunteer": {"name": "孟梓涵", "phone": "13812345678"}}
        """
        let (_, found) = try scan(text)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" },
                       ["landline org", "landline org", "name personal", "mobile personal"])
        // A rota's office and its contact, whatever key comes first: the office's landline; a
        // mobile there its staff member's own.
        for (value, expected) in [("0371-63952285", ["landline org"]), ("13812345678", ["mobile personal"])] {
            let (_, rota) = try scan("{\"semester\": \"2025-2026-1\", \"dept\": \"德育处\", \"contact\": \"\(value)\"}")
            XCTAssertEqual(rota.map { "\($0.kind.rawValue) \($0.organisational ? "org" : "personal")" }, expected)
        }
    }

    func testCodesUnderEnglishKeysOfPrefixesAndSequencesAreNoPhones() throws {
        // A contest's settings: an order number's prefix, a sequence's first number.
        let (_, found) = try scan("{\"order_prefix\": \"15820261115\", \"seq_start\": 13912340001, \"mobile\": \"13912340001\"}")
        XCTAssertEqual(found.map(\.location.field), ["mobile"])
    }

    func testADateSavedAsATimestampIsABirthDateUnderItsKey() throws {
        // Java's Jackson writes a Date as milliseconds since 1970 by default.
        let (_, found) = try scan("{\"xm\": \"张伟\", \"csrq\": 1205251200000, \"createTime\": 1764720000000}")
        XCTAssertEqual(found.map(\.kind), [.name, .birthDate])
        XCTAssertEqual(found.last?.value, "1205251200000")
    }

    func testKeysThatAreDataNeverNameAField() throws {
        let (_, found) = try scan("{\"13812345678\": {\"note\": \"家长\"}, \"410105200803121237\": [\"13912345678\"]}")
        XCTAssertEqual(found.map(\.kind), [.mobile, .cnID, .mobile])
        XCTAssertTrue(found.allSatisfy { $0.location.field == nil }, "\(found.map { $0.location.field })")
    }

    func testAnArrayOfNamesIsAListOfNames() throws {
        // The array's names stand in one record: its column vouches for the first two with the third.
        let (_, found) = try scan("{\"members\": [\"王欣怡\", \"刘梓萱\", \"陈宇轩\"]}")
        XCTAssertEqual(found.map(\.value), ["王欣怡", "刘梓萱", "陈宇轩"])
        let (_, two) = try scan("[\"王欣怡\", \"刘梓萱\"]")
        XCTAssertEqual(two.map(\.value), [], "two names alone are too few to say")
    }

    func testALongStringIsScannedInPartsAndEveryValueFound() throws {
        // About 700 KB in one string, plain and with escapes, through a 64 KiB buffer.
        let line = "学生家长联系电话13812345678，请核对。"
        for separator in ["", "\\n"] {
            let body = String(repeating: line + separator, count: 15_000)
            let (_, found) = try scan("{\"log\": \"" + body + "\"}", chunkSize: 64 * 1024)
            XCTAssertEqual(found.filter { $0.kind == .mobile }.count, 15_000, "separator \(separator)")
            XCTAssertEqual(found.last?.location.field, "log")
        }
    }

    func testTextThatIsNotQuiteJSONIsStillScanned() throws {
        // Cut short, unquoted keys and single quotes (JavaScript), comments: every value still found.
        let (_, cut) = try scan("[{\"phone\": \"13812345678\"}, {\"phone\": \"1391234567")
        XCTAssertEqual(cut.map(\.value), ["13812345678"])
        let (_, loose) = try scan("{phone: 13812345678, // 班主任 13912345678\n idCard: '410105200803121237'}")
        XCTAssertEqual(loose.map(\.kind), [.mobile, .mobile, .cnID])
        XCTAssertEqual(loose.first?.location.field, "phone")
    }

    func testDeepNestingIsNotFollowedButItsValuesAreRead() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + "\"13812345678\"" + String(repeating: "]", count: depth)
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map(\.value), ["13812345678"])
    }

    func testJSONIsKnownByItsOpeningOrByItsName() throws {
        XCTAssertEqual(try scan("[通知] 请家长13812345678回复", name: "note.txt").0.format, .text)
        XCTAssertEqual(try scan("{\"a\": 1}", name: "export").0.format, .json)
        XCTAssertEqual(try scan("  [{\"a\": 1}]", name: "x.log").0.format, .json)
        XCTAssertEqual(try scan("[1, 2]", name: "x.json").0.format, .json)
        XCTAssertEqual(try scan("[1, 2]", name: "x.txt").0.format, .text)
        XCTAssertEqual(try scan("{\"a\",\"b\"}\n{\"c\",\"d\"}\n", name: "x.csv").0.format, .delimited(delimiter: UInt8(ascii: ",")))
    }

    func testUTF16JSONAsPowerShellWritesIt() throws {
        let text = "\u{FEFF}[\r\n  {\r\n    \"Name\": \"张伟\",\r\n    \"Phone\": \"13812345678\"\r\n  }\r\n]\r\n"
        let bytes = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let (summary, found) = try scan(bytes, name: "export.json")
        XCTAssertEqual(summary, ReadSummary(format: .json, encoding: .utf16LE))
        XCTAssertEqual(found.map(\.kind), [.name, .mobile])
        XCTAssertEqual(found.map { $0.location.line }, [3, 4])
        let phone = try XCTUnwrap(found.last)
        XCTAssertEqual(Array(bytes[phone.sourceRange]), Array("13812345678".utf16).flatMap { [UInt8($0), 0] })
    }

    /// A notebook as nbformat writes it: a markdown cell, then a code cell whose output shows a
    /// frame as HTML (a list of strings, a line each) beside its text form.
    private func notebook(html: String, plain: String?, stream: String = "") -> String {
        func lines(_ text: String) -> String {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            return "[" + parts.enumerated().map { k, line in
                "\"" + line.replacingOccurrences(of: "\"", with: "\\\"") + (k < parts.count - 1 ? "\\n" : "") + "\""
            }.joined(separator: ",\n      ") + "]"
        }
        let plainEntry = plain.map { ",\n     \"text/plain\": " + lines($0) } ?? ""
        return """
        {
         "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# 期中成绩"]},
          {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df"],
           "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["\(stream)"]},
            {"data": {
             "text/html": \(lines(html))\(plainEntry)
            }, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}
           ]}
         ],
         "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5
        }
        """
    }

    private static func frameHTML(_ rows: [(String, String)]) -> String {
        "<div>\n<table border=\"1\" class=\"dataframe\">\n  <thead>\n    <tr><th></th><th>姓名</th><th>身份证号</th><th>语文</th></tr>\n  </thead>\n  <tbody>\n"
            + rows.enumerated().map { k, row in "    <tr><th>\(k)</th><td>\(row.0)</td><td>\(row.1)</td><td>9\(k)</td></tr>\n" }.joined()
            + "  </tbody>\n</table>\n</div>"
    }

    func testANotebooksHTMLOutputIsReadAsAPageItsValuesOnce() throws {
        let first = SyntheticID.make(region: "410105", birth: "20110307", order: "123")
        let second = SyntheticID.make(region: "410102", birth: "20101123", order: "456")
        let plain = "   姓名                  身份证号  语文\n0  杨子涵  \(first)  90\n1  赵梓萱  \(second)  91"
        let text = notebook(html: Self.frameHTML([("杨子涵", first), ("赵梓萱", second)]), plain: plain,
                            stream: "家长电话13812345678")
        let (summary, found) = try scan(text, name: "成绩分析.ipynb")
        XCTAssertEqual(summary.format, .json)
        // The stream's text is JSON's, as before; the frame is read once, from its table.
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" },
                       ["mobile 13812345678", "name 杨子涵", "cn_id \(first)", "name 赵梓萱", "cn_id \(second)"])
        XCTAssertNil(found[0].location.member)
        let frame = found.dropFirst()
        XCTAssertEqual(frame.map { $0.location.member }, Array(repeating: "cell 2/output 2.html", count: 4))
        XCTAssertEqual(frame.map { $0.location.field }, ["姓名", "身份证号", "姓名", "身份证号"])
        XCTAssertEqual(frame.map { $0.location.line }, [7, 7, 8, 8])     // the HTML's lines, a string each
        XCTAssertTrue(frame.allSatisfy { $0.confidence == .high })
    }

    func testANotebooksTextOutputAloneIsReadAsBefore() throws {
        // Without HTML (a frame printed), the output's text is scanned as a JSON string.
        let id = SyntheticID.make(region: "410105", birth: "20110307", order: "123")
        let text = #"{"cells": [{"cell_type": "code", "outputs": [{"data": {"text/plain": ["姓名 杨子涵 身份证号 \#(id)"]}, "output_type": "execute_result"}]}]}"#
        let (_, found) = try scan(text, name: "a.ipynb")
        XCTAssertEqual(found.map(\.kind), [.name, .cnID])
        XCTAssertEqual(found.first?.location.field, "text/plain")
        XCTAssertNil(found.first?.location.member)
    }

    func testANotebooksHTMLInOneEscapedStringAndInPartsIsRead() throws {
        // One string, its Chinese written as `\u` escapes (json.dumps' default).
        let id = SyntheticID.make(region: "410105", birth: "20110307", order: "123")
        let escaped = #"<table><tr><th>\u59d3\u540d</th><th>\u8eab\u4efd\u8bc1\u53f7</th></tr><tr><td>\u6768\u5b50\u6db5</td><td>"# + id + "</td></tr></table>"
        let one = #"{"cells": [{"outputs": [{"data": {"text/html": ""# + escaped + #""}}]}]}"#
        let (_, found) = try scan(one, name: "a.ipynb")
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "")" }, ["name 杨子涵 姓名", "cn_id \(id) 身份证号"])
        // 2,000 rows in one string of about 180 KB, through a 64 KiB buffer: gathered part by part.
        let rows = (0..<2000).map { k in ("杨子涵", SyntheticID.make(region: "410105", birth: "20110307", order: String(100 + k % 900))) }
        let long = #"{"cells": [{"outputs": [{"data": {"text/html": ""# + Self.frameHTML(rows).replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\"", with: "\\\"") + #""}}]}]}"#
        for chunkSize in [64 * 1024, 100_000] {
            let (_, all) = try scan(long, name: "a.ipynb", chunkSize: chunkSize)
            XCTAssertEqual(all.filter { $0.kind == .cnID }.count, 2000, "chunks of \(chunkSize)")
            XCTAssertTrue(all.allSatisfy { $0.location.member == "cell 1/output 1.html" && $0.location.field != nil })
        }
    }

    func testOddNotebooksAreReadWithoutLosingValues() throws {
        let id = SyntheticID.make(region: "410105", birth: "20110307", order: "123")
        // Cut short inside the HTML: what was gathered is read.
        let cut = #"{"cells": [{"outputs": [{"data": {"text/html": ["<table><tr><th>姓名</th><th>身份证号</th></tr>", "<tr><td>杨子涵</td><td>\#(id)</td></tr>""#
        let (_, cutFound) = try scan(cut, name: "a.ipynb")
        XCTAssertEqual(cutFound.map(\.kind), [.name, .cnID])
        XCTAssertEqual(cutFound.first?.location.member, "cell 1/output 1.html")
        // HTML that is no string, and `text/html` off the outputs' path, are JSON as any.
        let odd = #"{"cells": [{"outputs": [{"data": {"text/html": {"x": "\#(id)"}}}]}], "data": {"text/html": "\#(id)"}}"#
        let (_, oddFound) = try scan(odd, name: "a.ipynb")
        XCTAssertEqual(oddFound.map(\.kind), [.cnID, .cnID])
        XCTAssertTrue(oddFound.allSatisfy { $0.location.member == nil })
        // Text output written before its HTML is read as well (no double count to avoid then).
        let unsorted = #"{"cells": [{"outputs": [{"data": {"text/plain": ["13812345678"], "text/html": ["<p>家长电话13912345678</p>"]}}]}]}"#
        let (_, both) = try scan(unsorted, name: "a.ipynb")
        XCTAssertEqual(both.map(\.value), ["13812345678", "13912345678"])
    }

    /// A saved request's or response's body, JSON inside a JSON string (Postman's `raw`, a HAR's
    /// `content.text`): its keys name its values as a log line's do.
    /// Office platforms' APIs give a form's field as its label beside its value: the label names
    /// the value, escaped or not, flat (钉钉) or nested (企业微信); a name that is no label stays data.
    func testALabelBesideItsValueNamesIt() throws {
        let dingTalk = #"{"form_component_values": [{"name": "\u59d3\u540d", "value": "黎振宇"}, {"name": "出生日期", "value": "1998-07-16"}]}"#
        XCTAssertEqual(try scan(dingTalk).1.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" },
                       ["name 黎振宇 姓名", "birth_date 1998-07-16 出生日期"])
        let weCom = #"{"contents": [{"control": "Text", "title": [{"text": "外出人", "lang": "zh_CN"}], "value": {"text": "黎振宇"}}]}"#
        XCTAssertEqual(try scan(weCom).1.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" }, ["name 黎振宇 外出人"])
        // Without a label beside it a value keeps its key; a person's name under `name` is data.
        XCTAssertEqual(try scan(#"[{"name": "张伟", "value": "1998-07-16"}]"#).1.map { "\($0.kind.rawValue) \($0.value)" }, ["name 张伟"])
        // A questionnaire's answers: the question's title beside the answer's text.
        let survey = #"{"list": [{"answer": [{"title": "学生姓名", "type": "text", "text": "孔梓涵"}, {"title": "是否参加", "text": "是"}]}]}"#
        XCTAssertEqual(try scan(survey).1.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-")" }, ["name 孔梓涵 学生姓名"])
        XCTAssertEqual(try scan(#"[{"题目": "学生姓名", "答案": "孔梓涵"}, {"题目": "班级", "答案": "三年级2班"}]"#).1.map { "\($0.kind.rawValue) \($0.value)" },
                       ["name 孔梓涵"])
        // A mind map's node titled with its data is no label.
        XCTAssertEqual(try scan(#"{"title": "妈妈电话 17552131339"}"#).1.map { "\($0.kind.rawValue) \($0.value)" }, ["mobile 17552131339"])
    }

    func testJSONInsideAStringIsReadByItsKeys() throws {
        let (_, found) = try scan(#"{"request": {"body": {"mode": "raw", "raw": "{\"realName\": \"刘梓萱\", \"schoolId\": 3}"}}}"#)
        XCTAssertEqual(found.map(\.kind), [.name])
        XCTAssertEqual(found.map(\.value), ["刘梓萱"])
        // A WeChat user's nickName is a handle they chose, no name.
        let (_, nicknames) = try scan(#"{"_openid": "oX1", "nickName": "高兴"}"# + "\n" + #"{"_openid": "oX2", "nick_name": "林深见鹿"}"#, name: "users.jsonl")
        XCTAssertEqual(nicknames.map(\.kind), [])
    }
}
