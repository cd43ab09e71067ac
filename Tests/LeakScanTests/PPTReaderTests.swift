import XCTest
@testable import LeakScan

/// Legacy presentations: fixtures/pptx/家长会.pptx saved by LibreOffice Impress as .ppt
/// (scripts/make_libreoffice_fixture.sh), and hand-built record trees.
final class PPTReaderTests: XCTestCase {
    typealias B = BIFFBuilder

    func testThePresentationSavedByImpressGivesTheSameValues() throws {
        let root = XLSXFixturesTests.folder.deletingLastPathComponent()
        let (summary, found) = try ReadTestSupport.scan(FileSource(path: root.appendingPathComponent("libreoffice/meeting.ppt").path),
                                                        detectors: StandardDetectors.all())
        XCTAssertEqual(summary.format, .presentation)
        let original = try XLSXFixturesTests.scanDocument(root.appendingPathComponent("pptx/家长会.pptx").path)
        func values(_ findings: [Finding]) -> [String] {
            findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value)" }.sorted()
        }
        XCTAssertEqual(values(found), values(original))
        XCTAssertEqual(values(found).count, 20)
    }

    /// A "PowerPoint Document" stream: records of an 8-byte header (version and instance,
    /// type, length), containers (version 0xF) holding their children.
    private func record(_ type: Int, container: Bool = false, _ body: [UInt8]) -> [UInt8] {
        B.le16(container ? 0x000F : 0) + B.le16(type) + B.le32(UInt32(body.count)) + body
    }

    func testTextAtomsInContainersAndDamage() throws {
        let chars = record(0x0FA0, Array("学生张伟\r电话\u{0B}13812345678".utf16).flatMap { B.le16(Int($0)) })
        let bytes = record(0x0FA8, Array("mail: zhang@163.com".utf8))
        let stream = record(0x03E8, container: true, record(0x03EE, container: true, chars + record(0x0FBA, [0, 0])) + bytes)
        let file = B.compoundFile(stream + [UInt8](repeating: 0, count: 4096), name: "PowerPoint Document")
        let (_, found) = try ReadTestSupport.scan(MemorySource(file, displayPath: "t.ppt"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0)" },
                       ["name 张伟 1", "mobile 13812345678 2", "email zhang@163.com 3"])
        // An atom longer than its stream is an error (containers are walked into, their
        // lengths not needed); random damage never traps.
        var cut = stream
        cut.replaceSubrange(20..<24, with: B.le32(1 << 30))
        XCTAssertThrowsError(try ReadTestSupport.scan(MemorySource(B.compoundFile(cut + [UInt8](repeating: 0, count: 4096),
                                                                                  name: "PowerPoint Document"), displayPath: "c.ppt")))
        var rng = SplitMix64(state: 61)
        for _ in 0..<300 {
            var damaged = file
            for _ in 0..<Int(rng.next() % 4 + 1) { damaged[Int(rng.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? ReadTestSupport.scan(MemorySource(damaged, displayPath: "d.ppt"), detectors: StandardDetectors.all())
        }
    }
}
