import Foundation
import XCTest

/// Saved e-mail written by Python's email package and in Foxmail's layout, a mail folder (mbox)
/// of two such messages written by Python's mailbox module, and an Outlook .msg, through the built binary:
/// every value planted in a subject or a body found in its part, an attachment read as the file
/// it is (the same findings as the file scanned alone), a forwarded message opened.
final class MailTests: XCTestCase {
    private struct Found: Hashable {
        let member: String
        let kind: String
        let value: String
    }

    func testEveryPartIsReadAndEveryPlantedValueFound() throws {
        let url = Leakscan.repositoryRoot.appendingPathComponent("fixtures/mail/EXPECTED.json")
        let oracle = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let files = oracle.compactMapValues { $0 as? [String: Any] }
        XCTAssertEqual(Set(files.keys), ["notice_with_roster.eml", "foxmail_gbk.eml", "forwarded.eml", "Inbox", "学生信息.msg"])
        for (name, entry) in files {
            let run = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", "fixtures/mail/\(name)"])
            XCTAssertEqual(run.status, 1, name + run.stderr)
            XCTAssertTrue(run.objects(ofType: "error").isEmpty, name)
            let findings = run.objects(ofType: "finding").filter { $0["kind"] as? String != "record" }
            let attachment = entry["attachment"] as? [String: String]
            let planted = (entry["findings"] as! [[String: String]]).map { Found(member: $0["member"]!, kind: $0["kind"]!, value: $0["value"]!) }
            let inParts = findings.filter { $0["member"] as? String != attachment?["member"] }
            let found = inParts.map { Found(member: $0["member"] as! String, kind: $0["kind"] as! String, value: $0["value"] as! String) }
            XCTAssertEqual(Set(found), Set(planted), name)
            guard let attachment else { continue }
            let alone = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", attachment["file"]!])
            let expectedCells = Set(alone.objects(ofType: "finding").filter { $0["kind"] as? String != "record" }.map(ReportedValue.init))
            let attached = findings.filter { $0["member"] as? String == attachment["member"] }
            XCTAssertGreaterThan(expectedCells.count, 20)
            XCTAssertEqual(Set(attached.map(ReportedValue.init)), expectedCells, name)
        }
    }

    func testAMessageWithAPartItCannotReadIsNeverCalledClean() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A zip inside a message is read as an archive is; its members it cannot read (cut short,
        // failing their CRC) are named.
        let zip = try Data(contentsOf: Leakscan.repositoryRoot.appendingPathComponent("fixtures/zip/damaged.zip")).base64EncodedString()
        let message = "MIME-Version: 1.0\r\nSubject: files\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
            + "Content-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/zip\r\n"
            + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"all.zip\"\r\n\r\n\(zip)\r\n--b--\r\n"
        let path = folder.appendingPathComponent("files.eml")
        try message.write(to: path, atomically: false, encoding: .utf8)
        let run = try Leakscan.run(["scan", "--format", "jsonl", path.path])
        XCTAssertEqual(run.status, 3, run.stdout)
        let error = try XCTUnwrap(run.objects(ofType: "error").first?["message"] as? String)
        XCTAssertTrue(error.contains("all.zip"), error)
        // The same archive attached under a student's ID number: its name is read, and blocks.
        try message.replacingOccurrences(of: "all.zip", with: "410105200803121237.zip").write(to: path, atomically: false, encoding: .utf8)
        let named = try Leakscan.run(["scan", "--format", "jsonl", path.path])
        XCTAssertEqual(named.status, 1, named.stdout)
        let finding = try XCTUnwrap(named.objects(ofType: "finding").first)
        // The member's name holds the value: the report masks it as it masks the value.
        XCTAssertEqual(finding["member"] as? String, "4*****************.zip")
        XCTAssertEqual(finding["in_name"] as? Bool, true)
    }
}
