import XCTest
@testable import LeakScan

/// Mail folders (mbox, `MboxReader`): messages cut at their `From ` lines whatever the chunks
/// the file arrives in, each read as a saved message; a `From` in a body stays the body's unless
/// a blank line stands before it (writers write `>From` there). The
/// folder written by Python's mailbox module is in fixtures/mail (`MailTests`).
final class MboxReaderTests: XCTestCase {
    private func message(_ from: String, body: String) -> String {
        "From - Tue Dec  3 09:30:00 2024\nX-Mozilla-Status: 0001\nFrom: \(from)\nSubject: test\n"
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\(body)\n\n"
    }

    private func found(_ text: String) throws -> [String] {
        try ReadTestSupport.scanData(Array(text.utf8), name: "Inbox").1.filter { !$0.organisational }.map { "\($0.location.member ?? "-") \($0.kind.rawValue) \($0.value)" }
    }

    func testEachMessageIsReadAsASavedMessageIs() throws {
        let (summary, _) = try ReadTestSupport.scanData(Array(message("office@school.example.cn", body: "x").utf8), name: "Inbox")
        XCTAssertEqual(summary.format, .mail)
        let folder = message("office@school.example.cn", body: "请家长联系：13812345678")
            + message("archive@school.example.cn", body: "转学生身份证号 410105201307061233\n>From the principal\nFrom 13912345678")
        XCTAssertEqual(try found(folder), ["message-1/body.txt mobile 13812345678", "message-2/body.txt cn_id 410105201307061233",
                                           "message-2/body.txt mobile 13912345678"])
    }

    func testAFromLineAcrossTwoChunksStillOpensItsMessage() throws {
        // The second message's `From ` line starts three bytes before the end of the first chunk.
        let short = message("office@school.example.cn", body: "手机：13812345678\n").utf8.count
        let first = message("office@school.example.cn", body: "手机：13812345678\n" + String(repeating: "a", count: MboxReader.chunkSize - 3 - short))
        let folder = first + message("office@school.example.cn", body: "电话 13912345678")
        XCTAssertEqual(Array(folder.utf8)[MboxReader.chunkSize - 3], UInt8(ascii: "F"))
        XCTAssertEqual(try found(folder), ["message-1/body.txt mobile 13812345678", "message-2/body.txt mobile 13912345678"])
    }

    func testKnownByItsFromLineAndAHeaderAfterIt() {
        func isMbox(_ text: String, _ path: String = "Inbox") -> Bool { MboxReader.isMbox(Array(text.utf8), path: path) }
        XCTAssertTrue(isMbox("From - Tue Dec  3 09:30:00 2024\nX-Mozilla-Status: 0001\n"))
        XCTAssertTrue(isMbox("From MAILER-DAEMON Tue Dec  3 01:30:00 2024\nSubject: x\n"))
        XCTAssertTrue(isMbox("From a@b.cn Tue Dec  3 01:30:00 2024\n\n", "sent.mbox"))
        XCTAssertFalse(isMbox("From the principal's office:\n请各位班主任注意\n"))
        XCTAssertFalse(isMbox("Subject: x\nFrom - y\n"))
    }
}
