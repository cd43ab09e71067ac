import XCTest
@testable import LeakScan

/// Presentations: fixtures/pptx/家长会.pptx, written by python-pptx (scripts/make_pptx_fixture.py).
final class PPTXReaderTests: XCTestCase {
    func testSlidesNotesAndTablesAreRead() throws {
        let path = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("pptx/家长会.pptx").path
        let (summary, found) = try ReadTestSupport.scan(FileSource(path: path), detectors: StandardDetectors.all())
        XCTAssertEqual(summary.format, .presentation)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) [\($0.location.field ?? "-")]" }, [
            // Running text of each slide, then the table under its headers (联系方式 spans two
            // columns: its covered cell is passed over), then the notes.
            "name 孙丽华 [slide 1]", "mobile 13500001111 [slide 1]",
            "name 张子涵 [slide 2]", "name 李浩然 [slide 2]", "name 王梓萱 [slide 2]", "name 周建军 [slide 2]",
            "name 张子涵 [姓名]", "cn_id 410105201303121235 [身份证号]", "mobile 13812345678 [联系方式]", "landline 0371-65501234 [联系方式]",
            "name 李浩然 [姓名]", "cn_id 410105201211054565 [身份证号]", "mobile 13987654321 [联系方式]", "landline 0371-65502345 [联系方式]",
            "name 王梓萱 [姓名]", "cn_id 410105201308207898 [身份证号]", "mobile 15011112222 [联系方式]", "landline 0371-65503456 [联系方式]",
            "name 王芳 [notes of slide 3]", "mobile 13700002222 [notes of slide 3]",
        ])
        // Each pupil's row is a record.
        XCTAssertEqual(found.filter { $0.kind == .record && $0.joins.contains(.cnID) }.count, 3)
        // Every finding carries its slide, a table cell's too (its field is the column header).
        XCTAssertEqual(found.filter { $0.kind != .record }.map { $0.location.page ?? 0 },
                       [1, 1, 2, 2, 2, 2] + Array(repeating: 3, count: 14))
    }

    func testAZipNamedPPTXWithoutAPresentationIsRefused() {
        XCTAssertEqual(FormatSniffer.refusal(ofZip: "slides.pptx", insideArchive: false).map { "\($0)" },
                       "unsupported: zip file named .pptx without a presentation inside: not supported by this version")
    }
}
