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
        // header, and marks. Its third name shows a column of names, which vouches for the first two.
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.member ?? "-") \($0.location.cell ?? "-")" },
                       ["name 孟晓彤 ppt/embeddings/Microsoft_Excel_Sheet1.xlsx A2", "name 柏宇航 ppt/embeddings/Microsoft_Excel_Sheet1.xlsx A3",
                        "name 祁佳怡 ppt/embeddings/Microsoft_Excel_Sheet1.xlsx A4"])
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
            XCTAssertEqual(ErrorExplanations.chinese(for: message)?.hasPrefix("文档中嵌入的对象"), true)
        }
        // The other objects were read first.
        XCTAssertTrue(sink.findings.contains { $0.location.member == "word/embeddings/oleObject1.bin" })
    }

    func testTheObjectsOfAnEmbeddedDocumentAreNotRead() throws {
        // Zip compresses: a document may hold itself, as a zip quine does. One level is read.
        func document(_ text: String, embedding: [UInt8]? = nil) -> [UInt8] {
            let package = StoredZip.wordDocument("<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>")
            guard let embedding else { return package }
            let archive = try! ZipArchive(source: MemorySource(package, displayPath: "p.docx"))
            let members = archive.entries.map { ($0.name, try! ArchiveReader.memberBytes(archive, $0)) }
            return StoredZip.make(files: members + [("word/embeddings/Microsoft_Word_Document.docx", embedding)])
        }
        let innermost = document("家长李佳怡，手机13712345678")
        let inner = document("家长王梓轩，手机13912345678", embedding: innermost)
        let outer = document("请核对。", embedding: inner)
        let (_, found) = try ReadTestSupport.scan(MemorySource(outer, displayPath: "通知.docx"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.value) \($0.location.member ?? "-")" },
                       ["王梓轩 word/embeddings/Microsoft_Word_Document.docx", "13912345678 word/embeddings/Microsoft_Word_Document.docx"])
    }

    func testFilesNestedTooDeepAreNotOpened() throws {
        // Whatever holds what, reading stops this deep (a zip quine holds itself).
        let text = MemorySource(Array("家长手机13812345678\n".utf8), displayPath: "a.txt")
        XCTAssertThrowsError(try SourceReader.$nesting.withValue(SourceReader.nestingLimit) {
            try ReadTestSupport.scan(text, detectors: StandardDetectors.all())
        }) { error in
            XCTAssertEqual("\(error)", "nested in 8 files or more: not opened")
            XCTAssertEqual(ErrorExplanations.chinese(for: "\(error)")?.hasPrefix("文件层层嵌套过深"), true)
        }
        let (_, found) = try SourceReader.$nesting.withValue(SourceReader.nestingLimit - 1) {
            try ReadTestSupport.scan(text, detectors: StandardDetectors.all())
        }
        XCTAssertEqual(found.map(\.value), ["13812345678"])
    }

    func testEmbeddingsFolders() {
        XCTAssertTrue(EmbeddedObjects.isEmbedding("word/embeddings/oleObject1.bin"))
        XCTAssertTrue(EmbeddedObjects.isEmbedding("ppt/Embeddings/Microsoft_Excel_Sheet1.xlsx"))
        XCTAssertFalse(EmbeddedObjects.isEmbedding("word/media/embeddings.png"))
        XCTAssertFalse(EmbeddedObjects.isEmbedding("embeddings"))
    }
}

/// Objects in legacy Office files (OLE storages).
final class OLEEmbeddedObjectsTests: XCTestCase {
    private static let folder = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("embedded")

    private func values(_ found: [Finding]) -> [String] {
        found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.member ?? "-") \($0.location.cell ?? "-")" }
    }

    func testLibreOfficeKeepsACalcObjectAsWordDoes() throws {
        // Writer's Calc object: in the .doc an Excel 97 workbook in a storage of ObjectPool, in
        // the .docx an .xlsx part; both give the roster, cell by cell.
        let roster = [("name 伍梓萌", "A2"), ("cn_id 410105201304181029", "B2"), ("mobile 13612345670", "C2"),
                      ("name 甘子墨", "A3"), ("cn_id 410105201211272036", "B3"), ("mobile 15923456781", "C3")]
        let (docSummary, doc) = try ReadTestSupport.scan(FileSource(path: Self.folder.appendingPathComponent("libreoffice_embedded.doc").path),
                                                         detectors: StandardDetectors.all())
        XCTAssertEqual(docSummary.format, .wordDocument)
        XCTAssertEqual(values(doc), roster.map { "\($0.0) ObjectPool/_2147483647 \($0.1)" })
        let (_, docx) = try ReadTestSupport.scan(FileSource(path: Self.folder.appendingPathComponent("libreoffice_embedded.docx").path),
                                                 detectors: StandardDetectors.all())
        XCTAssertEqual(values(docx), roster.map { "\($0.0) word/embeddings/oleObject1.xlsx \($0.1)" })
    }

    func testObjectStoragesAreFoundUnderObjectPool() throws {
        // Hand-built: a WordDocument stream beside ObjectPool/_1234567890 holding a Workbook stream.
        let file = try CompoundFileDirectory(ZipFixtures.source("legacy_word.doc"))
        let objects = try file.embeddedObjects()
        XCTAssertEqual(objects.map(\.path), ["ObjectPool/_1234567890"])
        XCTAssertEqual(objects.map(\.kind), [.legacyExcel])
        // An object's own objects are not looked for.
        XCTAssertEqual(try objects[0].embeddedObjects().count, 0)
    }

    func testAnOfficeFileWrappedInAPackageStreamIsReadAsItsZip() throws {
        // Office 2007 and later embed an .xlsx in a .doc or .xls as its zip whole in a Package stream.
        let padding = String(repeating: "<w:p/>", count: 800)
        let docx = StoredZip.wordDocument("<w:document xmlns:w=\"w\"><w:body>\(padding)<w:p><w:r><w:t>家长王梓轩，手机13912345678</w:t></w:r></w:p></w:body></w:document>")
        let (summary, found) = try ReadTestSupport.scan(MemorySource(Self.compoundFile(stream: "Package", data: docx), displayPath: "oleObject1.bin"),
                                                        detectors: StandardDetectors.all())
        XCTAssertEqual(summary.format, .wordDocument)
        XCTAssertEqual(values(found), ["name 王梓轩 - -", "mobile 13912345678 - -"])
    }

    func testAFilePackedByTheObjectPackagerIsReadUnderItsLabel() throws {
        // Insert > Object > Create from File: the file after the packager's header (a GBK label,
        // a source path, two longs, a temporary path), in an Ole10Native stream.
        let csv = Array((["姓名,家长手机"] + [String](repeating: ",", count: 2500) + ["王梓轩,13912345678"]).joined(separator: "\n").utf8)
        let label: [UInt8] = [0xBB, 0xA8, 0xC3, 0xFB, 0xB2, 0xE1] + Array(".csv".utf8)  // 花名册.csv in GBK
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        let body = [2, 0] + label + [0] + Array("C:\\花名册.csv".utf8) + [0] + le32(0x0003_0000) + le32(12)
            + Array("C:\\Temp\\a.csv".utf8) + [0] + le32(csv.count) + csv
        let stream = le32(body.count) + body
        let (summary, found) = try ReadTestSupport.scan(MemorySource(Self.compoundFile(stream: "\u{1}Ole10Native", data: stream), displayPath: "oleObject2.bin"),
                                                        detectors: StandardDetectors.all())
        XCTAssertEqual(summary.format, .archive)
        XCTAssertEqual(values(found), ["name 王梓轩 花名册.csv -", "mobile 13912345678 花名册.csv -"])
        // Cut short: named, not skipped.
        let cut = Array(stream.prefix(40)) + [UInt8](repeating: 0x41, count: 4100)
        XCTAssertThrowsError(try ReadTestSupport.scan(MemorySource(Self.compoundFile(stream: "\u{1}Ole10Native", data: cut), displayPath: "x.bin"),
                                                      detectors: StandardDetectors.all())) { error in
            XCTAssertEqual("\(error)", "corrupt OLE compound file: the Ole10Native stream is cut short")
        }
    }

    /// A compound file of 512-byte sectors whose root holds one stream, `name`, of `data` (4096
    /// bytes or more, so in regular sectors; at most 63 KB, one FAT sector).
    static func compoundFile(stream name: String, data: [UInt8]) -> [UInt8] {
        precondition(data.count >= 4096 && data.count <= 126 * 512)
        func le32(_ values: [UInt32]) -> [UInt8] { values.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } } }
        let free: UInt32 = 0xFFFF_FFFF, end: UInt32 = 0xFFFF_FFFE
        func entry(_ name: String, type: UInt8, child: UInt32, start: UInt32, size: Int) -> [UInt8] {
            var e = [UInt8](repeating: 0, count: 128)
            let units = Array(name.utf16) + [0]
            for (k, u) in units.enumerated() { e[2 * k] = UInt8(u & 0xFF); e[2 * k + 1] = UInt8(u >> 8) }
            e[0x40] = UInt8(2 * units.count)
            e[0x42] = type
            e.replaceSubrange(0x44..<0x50, with: le32([free, free, child]))
            e.replaceSubrange(0x74..<0x7C, with: le32([start, UInt32(size)]))
            return e
        }
        let dataSectors = (data.count + 511) / 512
        var header = CompoundFile.magic + [UInt8](repeating: 0, count: 16)
        header += [0x3E, 0, 3, 0, 0xFE, 0xFF, 9, 0, 6, 0, 0, 0, 0, 0, 0, 0]
        header += le32([0, 1, 1, 0, 4096, end, 0, end, 0])
        header += le32([0] + [UInt32](repeating: free, count: 108))
        // Sector 0 the FAT, 1 the directory, the stream from 2.
        let fat = le32([0xFFFF_FFFD, end] + (0..<dataSectors).map { $0 == dataSectors - 1 ? end : UInt32($0 + 3) }
                       + [UInt32](repeating: free, count: 128 - 2 - dataSectors))
        let unused = [UInt8](repeating: 0, count: 128)
        let directory = entry("Root Entry", type: 5, child: 1, start: end, size: 0)
            + entry(name, type: 2, child: free, start: 2, size: data.count) + unused + unused
        return header + fat + directory + data + [UInt8](repeating: 0, count: dataSectors * 512 - data.count)
    }
}
