import XCTest
@testable import LeakScan

/// Files embedded in Office documents: fixtures/embedded, written by python-docx, openpyxl,
/// python-pptx and XlsxWriter (scripts/make_embedded_fixtures.py).
final class EmbeddedObjectsTests: XCTestCase {
    private static let folder = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("embedded")

    private func scan(_ source: any ByteSource) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scan(source, detectors: StandardDetectors.all())
    }

    private func described(_ found: [Finding]) -> [String] {
        found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.cell ?? "-")" }
    }

    func testAWorkbookPastedIntoAWordDocumentAsAnObject() throws {
        let (summary, found) = try scan(FileSource(path: Self.folder.appendingPathComponent("嵌入花名册.docx").path))
        XCTAssertEqual(summary.format, .wordDocument)
        // The notice's own text names nobody; the objects hold the roster.
        let workbook = found.filter { $0.location.member == "word/embeddings/Microsoft_Excel_Worksheet.xlsx" }
        XCTAssertEqual(described(workbook), [
            "name 伍梓萌 A2", "cn_id 410105201304181029 B2", "mobile 13612345670 C2",
            "name 甘子墨 A3", "cn_id 410105201211272036 B3", "mobile 15923456781 C3",
        ])
        XCTAssertEqual(workbook.first?.location.sheet, "花名册")
        // An Excel 97 object (LibreOffice's .xls) gives what the .xls gives as a file.
        let legacyPath = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("libreoffice/libreoffice_roster.xls").path
        let (_, legacy) = try scan(FileSource(path: legacyPath))
        let object = found.filter { $0.location.member == "word/embeddings/oleObject1.bin" }
        XCTAssertFalse(legacy.isEmpty)
        XCTAssertEqual(described(object), described(legacy))
        // The OLE object that is no document (an equation's place) is passed over, no error.
        XCTAssertEqual(found.count, workbook.count + object.count)
    }

    func testAChartsDataOnASlide() throws {
        let (summary, found) = try scan(FileSource(path: Self.folder.appendingPathComponent("成绩分析.pptx").path))
        XCTAssertEqual(summary.format, .presentation)
        // python-pptx keeps the chart's data in a workbook: names in its first column, with no
        // header, and marks. The column is one of names from its third name on.
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.member ?? "-") \($0.location.cell ?? "-")" },
                       ["name 祁佳怡 ppt/embeddings/Microsoft_Excel_Sheet1.xlsx A4"])
    }

    func testAFileInsideAMemberIsNamedByBothPaths() throws {
        let docx = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("嵌入花名册.docx")))
        let zip = StoredZip.make(files: [("通知/嵌入花名册.docx", docx)])
        let (summary, found) = try scan(MemorySource(zip, displayPath: "发送.zip"))
        XCTAssertEqual(summary.format, .archive)
        XCTAssertEqual(found.first?.location.member, "通知/嵌入花名册.docx/word/embeddings/Microsoft_Excel_Worksheet.xlsx")
    }

    func testAnObjectThatCannotBeReadIsNamedAfterTheOthers() throws {
        let docx = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("嵌入花名册.docx")))
        let package = try ZipArchive(source: MemorySource(docx, displayPath: "x.docx"))
        // The package again, its workbook object cut in half.
        let members = try package.entries.map { entry -> (name: String, data: [UInt8]) in
            let bytes = try ArchiveReader.memberBytes(package, entry)
            return (entry.name, entry.name.hasSuffix(".xlsx") ? Array(bytes.prefix(bytes.count / 2)) : bytes)
        }
        let engine = DetectionEngine(detectors: StandardDetectors.all())
        var sink = ReadTestSink()
        XCTAssertThrowsError(try SourceReader.scan(MemorySource(StoredZip.make(files: members), displayPath: "x.docx"),
                                                   engine: engine, sink: &sink)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("embedded objects not scanned: word/embeddings/Microsoft_Excel_Worksheet.xlsx ("), message)
        }
        // The other objects were read first.
        XCTAssertTrue(sink.findings.contains { $0.location.member == "word/embeddings/oleObject1.bin" })
    }

    func testEmbeddingsFolders() {
        XCTAssertTrue(EmbeddedObjects.isEmbedding("word/embeddings/oleObject1.bin"))
        XCTAssertTrue(EmbeddedObjects.isEmbedding("ppt/Embeddings/Microsoft_Excel_Sheet1.xlsx"))
        XCTAssertFalse(EmbeddedObjects.isEmbedding("word/media/embeddings.png"))
        XCTAssertFalse(EmbeddedObjects.isEmbedding("embeddings"))
    }
}
