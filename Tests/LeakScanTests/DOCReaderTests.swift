import Foundation
import XCTest
@testable import LeakScan

/// Legacy Word documents: hand-built pieces for Word's marks, and the fixtures' Word documents
/// saved as `.doc` by LibreOffice Writer.
final class DOCReaderTests: XCTestCase {
    typealias B = BIFFBuilder

    /// A paragraph of a hand-built document: its text and mark (0x0D, or 0x07 for a table
    /// cell), and the properties its mark has (`sprmPFInTable`, `sprmPFTtp`).
    struct Paragraph {
        var text: String
        var mark: UInt16 = 0x0D
        var inTable = false
        var endsRow = false
    }

    /// A `.doc` whose body is `paragraphs` in one UTF-16 piece, and `compressed` in a second,
    /// 8-bit piece of plain paragraphs, with a page of paragraph properties; the piece table and
    /// the paragraph table are in the 1Table stream; `flags` are the File Information Block's.
    private func document(_ paragraphs: [Paragraph], compressed: String = "", flags: Int = 0x0200, nFib: Int = 0x00C1) -> [UInt8] {
        let units = paragraphs.flatMap { Array($0.text.utf16) + [$0.mark] }
        let compressedUnits = Array(compressed.utf8)
        let textAt = 1024, compressedAt = textAt + 2 * units.count
        let pageAt = (compressedAt + compressedUnits.count + 511) / 512 * 512
        // The properties page: one run a paragraph, by the byte offsets of its text.
        var offsets: [Int] = [textAt]
        for p in paragraphs { offsets.append(offsets.last! + 2 * (p.text.utf16.count + 1)) }
        var page = [UInt8](repeating: 0, count: 512)
        let runs = paragraphs.count
        for (k, o) in offsets.enumerated() { page.replaceSubrange(4 * k..<4 * k + 4, with: B.le32(UInt32(o))) }
        var at = 256
        for (k, p) in paragraphs.enumerated() {
            let sprms = B.le16(0x2416) + [p.inTable ? 1 : 0] + B.le16(0x2417) + [p.endsRow ? 1 : 0]
            let papx = B.le16(0) + sprms  // style 0, then the sprms
            page[4 * (runs + 1) + 13 * k] = UInt8(at / 2)
            page.replaceSubrange(at..<at + 1 + papx.count + 1, with: [UInt8((papx.count + 2) / 2)] + papx + [0])
            at += 2 + papx.count + 2
        }
        page[511] = UInt8(runs)
        var fib = B.le16(0xA5EC) + B.le16(nFib) + [UInt8](repeating: 0, count: 6) + B.le16(flags)
        fib += [UInt8](repeating: 0, count: 0x20 - fib.count)
        fib += B.le16(14) + [UInt8](repeating: 0, count: 28) + B.le16(22)
        var lw = [UInt8](repeating: 0, count: 88)
        lw.replaceSubrange(12..<16, with: B.le32(UInt32(units.count + compressedUnits.count)))  // ccpText
        fib += lw + B.le16(93)
        let pcdt = B.le32(0) + B.le32(UInt32(units.count)) + B.le32(UInt32(units.count + compressedUnits.count))
            + B.le16(0) + B.le32(UInt32(textAt)) + B.le16(0) + B.le16(0) + B.le32(UInt32(compressedAt * 2) | 0x4000_0000) + B.le16(0)
        let clx = [2] + B.le32(UInt32(pcdt.count)) + pcdt
        let plc = B.le32(UInt32(textAt)) + B.le32(UInt32(offsets.last!)) + B.le32(UInt32(pageAt / 512))
        var pairs = [UInt8](repeating: 0, count: 93 * 8)
        pairs.replaceSubrange(33 * 8..<34 * 8, with: B.le32(0) + B.le32(UInt32(clx.count)))
        pairs.replaceSubrange(13 * 8..<14 * 8, with: B.le32(UInt32(clx.count)) + B.le32(UInt32(plc.count)))
        fib += pairs
        var wordDocument = fib + [UInt8](repeating: 0, count: textAt - fib.count) + units.flatMap { B.le16(Int($0)) } + compressedUnits
        wordDocument += [UInt8](repeating: 0, count: pageAt - wordDocument.count) + page + [UInt8](repeating: 0, count: 4096)
        return B.compoundFile(wordDocument, name: "WordDocument", others: [("1Table", clx + plc + [UInt8](repeating: 0, count: 4096))])
    }

    private func scan(_ file: [UInt8]) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scan(MemorySource(file, displayPath: "t.doc"), detectors: StandardDetectors.all())
    }

    private func described(_ findings: [Finding]) -> [String] {
        findings.filter { $0.kind != .record }.map {
            "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0):\($0.location.column ?? 0) [\($0.location.field ?? "-")]"
        }
    }

    func testRunningTextFieldsAndEightBitText() throws {
        let id = SyntheticID.make(region: "110105", birth: "20100307", order: "123")
        let (summary, found) = try scan(document([
            Paragraph(text: "学生张伟\u{01}同学"),
            Paragraph(text: "手机：\u{13} HYPERLINK \"tel:13900000000\" \u{14}13812345678\u{15}，身份证号\(id)"),
            Paragraph(text: "电话\u{0B}13987654321"),
        ], compressed: "E-mail: zhang\u{1E}san@163.com\r"))
        XCTAssertEqual(summary.format, .wordDocument)
        // The field's code (its number) is not text; its result is. A line break is a tab.
        XCTAssertEqual(described(found), [
            "name 张伟 1:3 [-]", "mobile 13812345678 2:4 [-]", "cn_id \(id) 2:20 [-]", "mobile 13987654321 3:4 [-]",
            "email zhang-san@163.com 4:9 [-]",
        ])
    }

    func testTableCellsTakeTheirColumnsFromTheRowMarks() throws {
        // Row 2 has an empty cell: its mark follows the one before, as a row's end mark does;
        // only the paragraph properties tell them apart. Lines count paragraphs, as in a .docx
        // (a row's end mark is none).
        let cells: [[String]] = [["姓名", "出生日期", "家长手机"], ["张伟", "", "13812345678"], ["李娜", "2010-03-07", "13987654321"]]
        var paragraphs = [Paragraph(text: "2024级学生名单")]
        for row in cells {
            paragraphs += row.map { Paragraph(text: $0, mark: 0x07, inTable: true) }
            paragraphs.append(Paragraph(text: "", mark: 0x07, inTable: true, endsRow: true))
        }
        paragraphs.append(Paragraph(text: "联系人：王芳"))
        let (_, found) = try scan(document(paragraphs))
        XCTAssertEqual(described(found), [
            "name 张伟 5:1 [姓名]", "mobile 13812345678 7:3 [家长手机]",
            "name 李娜 8:1 [姓名]", "birth_date 2010-03-07 9:2 [出生日期]", "mobile 13987654321 10:3 [家长手机]",
            "name 王芳 11:5 [-]",
        ])
        XCTAssertEqual(found.filter { $0.kind == .record }.count, 2)
    }

    func testEncryptedOldAndDamagedDocumentsGiveTheirOwnError() {
        let plain = document([Paragraph(text: "手机13812345678"), Paragraph(text: "张伟", mark: 0x07, inTable: true)])
        let cases: [(String, [UInt8], String)] = [
            ("encrypted", document([Paragraph(text: "x")], flags: 0x0300), "encrypted Word document"),
            ("Word 95", document([Paragraph(text: "x")], nFib: 0x0065), "Word 6.0/95 document"),
            ("no table stream", document([Paragraph(text: "x")], flags: 0), "corrupt .doc document: no table stream"),
            ("not a FIB", B.compoundFile([UInt8](repeating: 0, count: 5000), name: "WordDocument"), "corrupt .doc document"),
        ]
        for (what, file, message) in cases {
            XCTAssertThrowsError(try SourceReader.scan(MemorySource(file, displayPath: "t.doc"), engine: DetectionEngine(),
                                                       sink: &Self.ignored), what) {
                XCTAssertTrue("\($0)".contains(message), "\(what): \($0)")
            }
        }
        var rng = SplitMix64(state: 41)
        for _ in 0..<400 {
            var damaged = plain
            for _ in 0..<Int(rng.next() % 4 + 1) {
                damaged[Int(rng.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            _ = try? SourceReader.scan(MemorySource(damaged, displayPath: "t.doc"), engine: DetectionEngine(), sink: &Self.ignored)
        }
    }

    private static var ignored = CollectingSink()

    /// fixtures/docx/*.docx saved as .doc by LibreOffice Writer (scripts/make_libreoffice_fixture.sh):
    /// every value with a checksum or a shape that the .docx holds (birth dates under their
    /// table column's header too), organisational ones apart, and every name.
    func testWordDocumentsSavedByLibreOfficeGiveTheSameValues() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("fixtures/docx/EXPECTED.json")))
        let files = try XCTUnwrap((expected as? [String: Any])?["files"] as? [String: [String: Any]])
        let shapes: Set<String> = ["cn_id", "cn_id_15", "mobile", "landline", "email", "bank_card", "birth_date"]
        for name in ["notice", "roster_table"] {
            let engine = DetectionEngine()
            var sink = CollectingSink()
            let path = root.appendingPathComponent("fixtures/libreoffice/\(name).doc").path
            _ = try SourceReader.scan(FileSource(path: path), engine: engine, sink: &sink)
            for (key, organisational) in [("findings", false), ("organisational", true)] {
                let planted = (files["\(name).docx"]?[key] as? [[String: Any]] ?? [])
                    .filter { shapes.contains($0["kind"] as? String ?? "") }
                    .map { "\($0["kind"]!) \($0["value"]!)" }
                let found = sink.findings.filter { $0.organisational == organisational && shapes.contains($0.kind.rawValue) }
                    .map { "\($0.kind.rawValue) \($0.value)" }
                XCTAssertEqual(found.sorted(), planted.sorted(), "\(name) \(key)")
                XCTAssertFalse(planted.isEmpty && key == "findings", name)
            }
            let docx = try XLSXFixturesTests.scanDocument(root.appendingPathComponent("fixtures/docx/\(name).docx").path)
            XCTAssertEqual(sink.findings.filter { $0.kind == .name }.map(\.value), docx.filter { $0.kind == .name }.map(\.value), name)
        }
    }
}
