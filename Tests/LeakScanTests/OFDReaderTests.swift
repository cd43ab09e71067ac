import Foundation
import XCTest
@testable import LeakScan

/// OFD documents (GB/T 33190): fixtures/ofd, written by easyofd from the PDF fixtures
/// (scripts/make_ofd_fixtures.py), and page contents written here for what the standard allows
/// and easyofd does not write (advances listed one by one, codes without `X`, `CTM`, a
/// character per object).
final class OFDReaderTests: XCTestCase {
    private static func scan(_ relative: String) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanWithEveryDetector(FileSource(path: PDFReaderTests.root.appendingPathComponent(relative).path))
    }

    private static func describe(_ f: Finding) -> String {
        "\(f.location.member ?? "-") \(PDFReaderTests.describe(f)) \(f.organisational ? "org" : "")"
    }

    func testTheNoticeGivesWhatItsPDFGives() throws {
        let (summary, found) = try Self.scan("ofd/奖学金公示.ofd")
        let (_, fromPDF) = try Self.scan("pdf/奖学金公示.pdf")
        XCTAssertEqual(summary.format, .ofd)
        // Every value on its page, line and column, under its header, the organisation's
        // contacts told apart.
        let onPages = found.filter { $0.location.page != nil }
        XCTAssertEqual(onPages.map(Self.describe), fromPDF.filter { $0.location.page != nil }.map(Self.describe))
        // The document information is easyofd's own (the PDF's title and author are not carried
        // over): its creator, and its author's e-mail in an element of its own, which is not read.
        XCTAssertEqual(found.filter { $0.location.page == nil }.count, 0)
        XCTAssertEqual(found.filter { $0.kind == .cnID }.count, 6)
        XCTAssertTrue(found.map(Self.describe).contains("- p2 l3 c4 [身份证号] cn_id high 410105201309176077 "))
    }

    func testAnAttachedFileIsReadAsTheFileItIs() throws {
        let (_, found) = try Self.scan("ofd/attachment.ofd")
        let attached = found.filter { $0.location.member == "报名名单.csv" }
        XCTAssertEqual(attached.map { "\($0.location.line ?? 0) [\($0.location.field ?? "-")] \($0.kind.rawValue) \($0.value)" }, [
            "2 [姓名] name 邓佳琪", "2 [身份证号] cn_id 410105201204186025", "2 [手机] mobile 13612345678", "2 [-] record ",
        ])
        // The document's own pages are read as before.
        XCTAssertEqual(found.filter { $0.location.member == nil && $0.kind == .cnID }.count, 6)
    }

    func testPagesThatAreOnlyImagesAreReportedNeverPassed() throws {
        XCTAssertThrowsError(try Self.scan("ofd/scanned.ofd")) { error in
            XCTAssertEqual("\(error)", "unsupported: OFD without text on pages 1–3, only images (scanned?): cannot be checked without OCR")
            XCTAssertEqual(ErrorExplanations.chinese(for: "\(error)")?.hasPrefix("OFD 版式文件中有的页面没有文字"), true)
        }
    }

    func testAPageTemplateIsReadOnce() throws {
        let (_, found) = try Self.scan("ofd/template.ofd")
        XCTAssertEqual(found.filter { $0.location.field == "page template" }.map { "\($0.location.page ?? 0) \($0.kind.rawValue) \($0.value)" },
                       ["0 name 孙丽华", "0 mobile 13500001111"])
        // Their record, on no page; the pages' own findings as before.
        XCTAssertEqual(found.filter { $0.kind == .record && $0.location.page == nil }.count, 1)
        // The document information is read: the mobile in its custom data. (Its author, a bare
        // name with no cue, is not reported: document properties are running text.)
        XCTAssertEqual(found.filter { $0.location.page == nil && $0.kind != .record }.map { "\($0.location.field ?? "-") \($0.kind.rawValue) \($0.value)" },
                       ["page template name 孙丽华", "page template mobile 13500001111", "custom data mobile 13500001111"])
        XCTAssertEqual(found.filter { $0.kind == .cnID }.count, 6)
    }

    func testAMissingPageIsNamedAndTheOthersRead() throws {
        let engine = DetectionEngine(detectors: StandardDetectors.all())
        var sink = ReadTestSink()
        let path = PDFReaderTests.root.appendingPathComponent("ofd/missing_page.ofd").path
        XCTAssertThrowsError(try SourceReader.scan(FileSource(path: path), engine: engine, sink: &sink)) { error in
            XCTAssertEqual("\(error)", "OFD page 2 not scanned (corrupt OFD file: missing part Doc_0/Pages/Page_1/Content.xml)")
            XCTAssertEqual(ErrorExplanations.chinese(for: "\(error)")?.hasPrefix("OFD 版式文件中有的页面未能完整扫描"), true)
        }
        XCTAssertEqual(sink.findings.filter { $0.kind == .cnID }.map(\.location.page), [1, 1, 1, 1])
    }

    func testDamagedFilesGiveAnErrorNotACrash() throws {
        let bytes = try Array(Data(contentsOf: PDFReaderTests.root.appendingPathComponent("ofd/attachment.ofd")))
        var random = SplitMix64(state: 33190)
        for cut in stride(from: 100, to: bytes.count, by: 397) {
            _ = try? ReadTestSupport.scanWithEveryDetector(MemorySource(Array(bytes[..<cut]), displayPath: "a.ofd"))
        }
        for _ in 0..<100 {
            var damaged = bytes
            for _ in 0..<4 { damaged[Int(random.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: random.next()) }
            _ = try? ReadTestSupport.scanWithEveryDetector(MemorySource(damaged, displayPath: "a.ofd"))
        }
    }

    func testLocationsResolveFromTheirPart() {
        XCTAssertEqual(OFDReader.resolve("Pages/Page_0/Content.xml", from: "Doc_0/Document.xml"), "Doc_0/Pages/Page_0/Content.xml")
        XCTAssertEqual(OFDReader.resolve("/Doc_0/Pages/Page_0/Content.xml", from: "Doc_0/Document.xml"), "Doc_0/Pages/Page_0/Content.xml")
        XCTAssertEqual(OFDReader.resolve("./Doc_0/Document.xml", from: ""), "Doc_0/Document.xml")
        XCTAssertEqual(OFDReader.resolve("../../Res/a.csv", from: "Doc_0/Attachs/Attachments.xml"), "Res/a.csv")
        XCTAssertEqual(OFDReader.resolve("../../../a.csv", from: "Doc_0/Attachs/Attachments.xml"), "a.csv")
    }

    // MARK: Page contents as the standard allows them

    private func words(_ objects: String) throws -> [PDFWord] {
        let content = OFDContentParser()
        let parser = try XMLPushParser(handler: content, partName: "Content.xml")
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>"#
            + objects + "</ofd:Layer></ofd:Content></ofd:Page>"
        try Array(xml.utf8).withUnsafeBufferPointer { try parser.feed($0) }
        try parser.finish()
        return content.words
    }

    private func texts(_ words: [PDFWord]) -> [String] { words.map { String(decoding: $0.text, as: UTF8.self) } }

    private func lines(_ words: [PDFWord]) -> [[String]] {
        PDFLines.lines(words).map { $0.segments.map { String(decoding: $0.text, as: UTF8.self) } }
    }

    func testAdvancesListedOrRepeated() throws {
        let listed = try words(#"<ofd:TextObject Boundary="10 20 100 5" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="4 4 2.2 2.2 2.2 2.2 2.2 2.2 2.2 2.2 2.2 2.2">王小明13812345678</ofd:TextCode></ofd:TextObject>"#)
        XCTAssertEqual(texts(listed), ["王小明13812345678"])
        let mm = OFDTextCode.pointsPerMillimetre
        XCTAssertEqual(listed[0].left, 10 * mm, accuracy: 0.001)
        XCTAssertEqual(listed[0].top, 20 * mm, accuracy: 0.001)
        XCTAssertEqual(listed[0].bottom, 24 * mm, accuracy: 0.001)
        let repeated = try words(#"<ofd:TextObject Boundary="10 20 100 5" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g 2 4 g 10 2.2">王小明13812345678</ofd:TextCode></ofd:TextObject>"#)
        XCTAssertEqual(texts(repeated), texts(listed))
        XCTAssertEqual(repeated[0].right, listed[0].right, accuracy: 0.001)
    }

    func testCellsInOneCodeAndBlanksEndWords() throws {
        // A table row set as one code: long advances between its cells.
        let row = try words(#"<ofd:TextObject Boundary="0 0 200 5" Size="3.5"><ofd:TextCode X="0" Y="3.5" DeltaX="3.5 3.5 30 3.5 3.5 3.5 3.5">王小明女汉族 张</ofd:TextCode></ofd:TextObject>"#)
        XCTAssertEqual(texts(row), ["王小明", "女汉族", "张"])
        XCTAssertEqual(row.map(\.spaceAfter), [false, true, false])
        XCTAssertEqual(lines(row), [["王小明", "女汉族 张"]])
    }

    func testACodeWithoutXOrYTakesThePreviousOnes() throws {
        // GB/T 33190 11.3: a TextCode without X (or Y) takes the previous code's.
        let found = try words(#"<ofd:TextObject Boundary="0 0 200 50" Size="3.5"><ofd:TextCode X="5" Y="5">姓名</ofd:TextCode><ofd:TextCode Y="10">王小明</ofd:TextCode><ofd:TextCode X="40">13812345678</ofd:TextCode></ofd:TextObject>"#)
        XCTAssertEqual(texts(found), ["姓名", "王小明", "13812345678"])
        XCTAssertEqual(found[1].left, found[0].left, accuracy: 0.001)
        XCTAssertEqual(found[2].bottom, found[1].bottom, accuracy: 0.001)
        XCTAssertEqual(lines(found), [["姓名"], ["王小明", "13812345678"]])
    }

    func testTheObjectsCTMScalesAndMovesItsText() throws {
        // Size 7 drawn at half scale, 10 mm to the right: as Size 3.5 at X 10.
        let scaled = try words(#"<ofd:TextObject Boundary="0 0 200 5" Size="7" CTM="0.5 0 0 0.5 10 0"><ofd:TextCode X="0" Y="7" DeltaX="g 2 7">王小明</ofd:TextCode></ofd:TextObject>"#)
        let plain = try words(#"<ofd:TextObject Boundary="0 0 200 5" Size="3.5"><ofd:TextCode X="10" Y="3.5" DeltaX="g 2 3.5">王小明</ofd:TextCode></ofd:TextObject>"#)
        XCTAssertEqual(texts(scaled), ["王小明"])
        for (a, b) in zip([scaled[0].left, scaled[0].top, scaled[0].right, scaled[0].bottom],
                          [plain[0].left, plain[0].top, plain[0].right, plain[0].bottom]) {
            XCTAssertEqual(a, b, accuracy: 0.001)
        }
    }

    func testACharacterPerObjectMakesOneWordOnItsLine() throws {
        // Some writers place every character in an object of its own.
        let objects = Array("13812345678").enumerated().map { i, c in
            #"<ofd:TextObject Boundary="\#(10 + Double(i) * 2) 20 2 4" Size="3.5"><ofd:TextCode X="0" Y="3.5">\#(c)</ofd:TextCode></ofd:TextObject>"#
        }
        XCTAssertEqual(lines(try words(objects.joined())), [["13812345678"]])
    }

    func testImagesAndTemplatesAreNoted() throws {
        let content = OFDContentParser()
        let parser = try XMLPushParser(handler: content, partName: "Content.xml")
        let xml = #"<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Template TemplateID="3" ZOrder="Background"/><ofd:Content><ofd:Layer><ofd:ImageObject ID="5" ResourceID="1" Boundary="0 0 210 297"/></ofd:Layer></ofd:Content></ofd:Page>"#
        try Array(xml.utf8).withUnsafeBufferPointer { try parser.feed($0) }
        try parser.finish()
        XCTAssertTrue(content.drawsImages)
        XCTAssertEqual(content.templateIDs, ["3"])
        XCTAssertTrue(content.words.isEmpty)
    }
}
