import XCTest
@testable import LeakScan

/// MIME as mail clients write it: transfer encodings, encoded words and parameters, parts
/// between boundaries, and a message known by its headers.
final class MIMETests: XCTestCase {
    func testBase64IgnoresLineBreaksAndKeepsAShortLastQuantum() {
        XCTAssertEqual(MIMEDecoding.base64(Array("5byg\r\n5LyfMTM4\nMTIzNDU2Nzg=".utf8)[...]), Array("张伟13812345678".utf8))
        XCTAssertEqual(MIMEDecoding.base64(Array("YWI=".utf8)[...]), Array("ab".utf8))
        XCTAssertEqual(MIMEDecoding.base64(Array("YQ".utf8)[...]), Array("a".utf8))
    }

    func testQuotedPrintableJoinsSoftBreaks() {
        let qp = "=E5=BC=A0=E4=BC=9F1381234=\r\n5678 a=3Db =\nend"
        XCTAssertEqual(String(decoding: MIMEDecoding.quotedPrintable(Array(qp.utf8)[...]), as: UTF8.self), "张伟13812345678 a=b end")
    }

    func testEncodedWordsInHeaders() {
        // GB2312 base64 as Foxmail writes it, UTF-8 Q, and the blank between two words dropped.
        XCTAssertEqual(MIMEDecoding.headerText("=?gb2312?B?0afJ+tDFz6I=?= 2024"), "学生信息 2024")
        XCTAssertEqual(MIMEDecoding.headerText("Re: =?utf-8?q?=E5=BC=A0_?= =?UTF-8?B?5Lyf?="), "Re: 张 伟")
        XCTAssertEqual(MIMEDecoding.headerText("=?broken"), "=?broken")
    }

    func testFileNamesInEveryForm() {
        let headers = """
        Content-Type: application/octet-stream; name="=?gb2312?B?0afJ+sP7taUuY3N2?="
        Content-Disposition: attachment;
         filename*0*=utf-8''%E5%90%8D%E5%8D%95;
         filename*1=".xlsx"

        body
        """
        let bytes = Array(headers.utf8)
        let part = MIMEPart(bytes, 0..<bytes.count)
        XCTAssertEqual(part.fileName, "名单.xlsx")
        XCTAssertEqual(part.parameter("name", of: "content-type"), "学生名单.csv")
        XCTAssertEqual(String(decoding: bytes[part.body], as: UTF8.self), "body")
    }

    func testPartsLieBetweenBoundaryLines() {
        let message = "Content-Type: multipart/mixed; boundary=\"=_x\"\r\n\r\npreamble\r\n--=_x\r\nContent-Type: text/plain\r\n\r\none\r\n"
            + "--=_x\r\n\r\ntwo\r\n--=_x--\r\nepilogue\r\n"
        let bytes = Array(message.utf8)
        let top = MIMEPart(bytes, 0..<bytes.count)
        XCTAssertEqual(top.contentType, "multipart/mixed")
        let parts = top.parts(bytes, boundary: "=_x").map { MIMEPart(bytes, $0) }
        XCTAssertEqual(parts.map { String(decoding: bytes[$0.body], as: UTF8.self) }, ["one", "two"])
        XCTAssertEqual(parts.map(\.contentType), ["text/plain", "text/plain"])
        // Cut short before its closing boundary: the last part runs to the end.
        let cut = Array(message.utf8.prefix(message.utf8.count - 20))
        XCTAssertEqual(MIMEPart(cut, 0..<cut.count).parts(cut, boundary: "=_x").count, 2)
    }

    func testAddressFieldsGiveAnAddressALine() {
        XCTAssertEqual(MailAddresses.split("\"Wang, Li\" <wl@a.cn>, 孙丽 <sl@b.cn>,t1@c.cn"), ["Wang, Li <wl@a.cn>", "孙丽 <sl@b.cn>", "t1@c.cn"])
        let message = Array("From: =?utf-8?b?5a2Z5Li9?= <sunli_1986@163.com>\r\nSubject: x\r\nTo: a@b.cn,\r\n \"=?gb2312?B?vczO8bSm?=\" <jwc@b.cn>\r\nCc: c@b.cn\r\n\r\nbody".utf8)
        let part = MIMEPart(message, 0..<message.count)
        XCTAssertEqual(MailAddresses.lines(of: part), "孙丽 <sunli_1986@163.com>\na@b.cn\n教务处 <jwc@b.cn>\nc@b.cn\n")
    }

    func testAMessageIsKnownByItsNameOrItsHeaders() {
        let headers = Array("Return-Path: <a@b.cn>\nReceived: from x\nMIME-Version: 1.0\nContent-Type: text/plain\n\nhi".utf8)
        XCTAssertTrue(MailReader.isMail(headers, path: "saved"))
        XCTAssertTrue(MailReader.isMail(Array("anything".utf8), path: "a.eml"))
        XCTAssertFalse(MailReader.isMail(Array("From: 班主任\n通知：明天开会".utf8), path: "note.txt"))
    }
}
