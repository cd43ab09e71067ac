import XCTest
@testable import LeakScan

/// The names of the files a document links to (`LinkTarget`, `LinkedFiles`): the documents of
/// fixtures/links, made by real writers (openpyxl, XlsxWriter, python-docx; an Apache index
/// page) with scripts/make_link_fixtures.py, each leaking IDs only by the names of the photos it
/// links to, against EXPECTED.json; and the link targets that name no file worth reading.
final class LinkedFilesTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/links").standardized

    struct Planted: Decodable {
        var kind: String
        var value: String
        var sheet: String?
        var cell: String?
        var line: Int?
    }

    struct Manifest: Decodable { var files: [String: [Planted]] }

    func testEveryIDOfALinkedFilesNameIsFoundWhereItIsLinked() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("EXPECTED.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        XCTAssertEqual(manifest.files.count, 4)
        for (name, planted) in manifest.files {
            let (_, found) = try ReadTestSupport.scan(FileSource(path: Self.folder.appendingPathComponent(name).path),
                                                      detectors: StandardDetectors.all())
            let ids = found.filter { $0.kind == .cnID }
                .map { "\($0.value) \($0.location.sheet ?? "-") \($0.location.cell ?? "-") \($0.location.line.map(String.init) ?? "-")" }
            let expected = planted.map { "\($0.value) \($0.sheet ?? "-") \($0.cell ?? "-") \($0.line.map(String.init) ?? "-")" }
            XCTAssertEqual(ids.sorted(), expected.sorted(), name)
        }
    }

    func testATargetsFileNameIsItsLastSegmentDecoded() {
        func name(_ target: String) -> String? {
            Array(target.utf8).withUnsafeBufferPointer(LinkTarget.fileName).map { String(decoding: $0, as: UTF8.self) }
        }
        XCTAssertEqual(name("照片\\410105201307061233.jpg"), "410105201307061233.jpg")
        XCTAssertEqual(name("http://10.1.2.3/xjzp/%E5%BC%A0%E6%A2%93%E6%B6%B5.jpg?download=1#top"), "张梓涵.jpg")
        XCTAssertEqual(name("file:///C:/照片/张梓涵.jpg"), "张梓涵.jpg")
        XCTAssertNil(name("notices/2024-09-05.pdf"), "no seven digits in a row")
        XCTAssertEqual(name("65501234.pdf"), "65501234.pdf")
        XCTAssertNil(name("detail.aspx?id=13812345678"), "a query is no file's name")
        XCTAssertNil(name("/news/"))
        XCTAssertNil(name("data:image/png;base64,iVBORw0KGgo1234567890AAAA"))
        XCTAssertNil(name("MAILTO:13812345678@qq.com"), "an address's link shows its address")
        XCTAssertNil(name("tel:13812345678"))
        XCTAssertNil(name("%D5%C5%C8%FD.jpg"), "GBK escapes are not UTF-8")
    }

    func testALinkWhoseTextShowsItsNameIsNotReadTwice() throws {
        let page = "<p><a href=\"G410105201307061233.jpg\">G410105201307061233.jpg</a> <a href=\"show.aspx?id=12\">查看</a></p>"
            + "<p><a href=\"13812345678.vcf\">下载名片</a></p>"
        let (_, found) = try ReadTestSupport.scan(MemorySource(page, displayPath: "p.html"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0)" }.sorted(),
                       ["cn_id 410105201307061233 1", "mobile 13812345678 1"])
    }
}
