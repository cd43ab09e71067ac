import Foundation
import XCTest
@testable import LeakScan

/// Rich Text Format: the Word fixtures saved as RTF by LibreOffice Writer, and hand-written RTF.
final class RTFReaderTests: XCTestCase {
    func testWordDocumentsSavedAsRTFGiveTheSameValues() throws {
        let root = XLSXFixturesTests.folder.deletingLastPathComponent()
        for name in ["notice", "roster_table"] {
            let (summary, found) = try ReadTestSupport.scanWithEveryDetector(FileSource(path: root.appendingPathComponent("libreoffice/\(name).rtf").path))
            XCTAssertEqual(summary.format, .wordDocument)
            let original = try XLSXFixturesTests.scanDocument(root.appendingPathComponent("docx/\(name).docx").path)
            func values(_ findings: [Finding]) -> [String] {
                findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.organisational)" }.sorted()
            }
            XCTAssertEqual(values(found), values(original), name)
            XCTAssertFalse(found.isEmpty, name)
        }
    }

    func testCodePagesUnicodeDestinationsAndTables() throws {
        // GBK bytes (\ansicpg936), \uN with its fallback, a field whose code is skipped, a skipped
        // font table, and a table of two rows.
        let gbk = try ReadTestSupport.encode("学生张伟，", to: "GB18030").map { String(format: "\\'%02x", $0) }.joined()
        func escaped(_ s: String) -> String { s.unicodeScalars.map { "\\u\($0.value)?" }.joined() }
        let rtf = """
        {\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 \\'cb\\'ce\\'cc\\'e5 13900000000;}}{\\*\\generator x 13900000001;}
        \\pard \(gbk)\\uc1\\u30005?\\u35805?13812345678\\par
        {\\field{\\*\\fldinst HYPERLINK "tel:13900000002"}{\\fldrslt 13987654321}}\\par
        \\trowd\\cellx1000\\cellx2000\\pard\\intbl \(escaped("姓名"))\\cell \(escaped("家长手机"))\\cell\\row
        \\trowd\\cellx1000\\cellx2000\\pard\\intbl \\u26446?\\u23068?\\cell 15011112222\\cell\\row
        \\pard \(escaped("完"))\\par}
        """
        let (_, found) = try ReadTestSupport.scanWithEveryDetector(MemorySource(Array(rtf.utf8), displayPath: "t.rtf"))
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0) [\($0.location.field ?? "-")]" }, [
            "name 张伟 1 [-]", "mobile 13812345678 1 [-]", "mobile 13987654321 2 [-]",
            "name 李娜 5 [姓名]", "mobile 15011112222 6 [家长手机]",
        ])
    }

    func testOnlyRTFIsTakenForIt() {
        XCTAssertTrue(RTFReader.isRTF(Array("{\\rtf1\\ansi".utf8)))
        XCTAssertFalse(RTFReader.isRTF(Array("rtf1 {\\rtf".utf8)))
    }
}
