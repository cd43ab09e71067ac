import XCTest
@testable import LeakScan

/// Document properties of legacy Office files: the property sets LibreOffice writes (UTF-8,
/// code page 65001), and hand-built ones in GBK (code page 936) and UTF-16.
final class OLEPropertiesTests: XCTestCase {
    typealias B = BIFFBuilder

    /// A property set stream with one set: the code page, then `properties` as VT_LPSTR in that
    /// code page (or VT_LPWSTR when `wide`).
    static func propertySet(codePage: Int, _ properties: [(id: UInt32, bytes: [UInt8], wide: Bool)]) -> [UInt8] {
        var values: [[UInt8]] = [B.le16(2) + B.le16(0) + B.le16(codePage) + B.le16(0)]
        for p in properties {
            let length = p.wide ? p.bytes.count / 2 : p.bytes.count
            var value = B.le16(p.wide ? 0x1F : 0x1E) + B.le16(0) + B.le32(UInt32(length)) + p.bytes
            value += [UInt8](repeating: 0, count: (4 - value.count % 4) % 4)
            values.append(value)
        }
        let ids: [UInt32] = [1] + properties.map(\.id)
        var offset = 8 + 8 * ids.count
        var table: [UInt8] = []
        for (k, id) in ids.enumerated() {
            table += B.le32(id) + B.le32(UInt32(offset))
            offset += values[k].count
        }
        let set = B.le32(UInt32(offset)) + B.le32(UInt32(ids.count)) + table + values.flatMap { $0 }
        let header = B.le16(0xFFFE) + B.le16(0) + B.le32(0x0002_0006) + [UInt8](repeating: 0, count: 16) + B.le32(1)
            + [UInt8](repeating: 0xE0, count: 16) + B.le32(48)
        return header + set
    }

    private func strings(_ stream: [UInt8], _ wanted: [UInt32: String]) -> [String] {
        OLEProperties.strings(LEBytes(stream[...]), wanted: wanted).map { "\($0.0) \(String(decoding: $0.1, as: UTF8.self))" }
    }

    func testPropertiesLibreOfficeWrites() throws {
        // fixtures/libreoffice/notice.doc keeps the .docx's author and last editor (EXPECTED.json's metadata).
        let source = try FileSource(path: XLSXFixturesTests.folder.deletingLastPathComponent()
            .appendingPathComponent("libreoffice/notice.doc").path)
        var stream = try XCTUnwrap(try CompoundFileDirectory(source).stream(named: .summaryInformation))
        let bytes = try stream.bytes(at: 0, count: stream.size, what: "test")
        let found = OLEProperties.strings(bytes, wanted: [4: "author", 8: "last author"])
        XCTAssertEqual(found.map { "\($0.0) \(String(decoding: $0.1, as: UTF8.self))" }, ["4 田秀涵", "8 田秀涵"])
    }

    func testGBKAndUTF16Strings() throws {
        let gbk = try ReadTestSupport.encode("班主任联系电话13812345678", to: "GB18030")
        let wide = Array("张伟".utf16).flatMap { B.le16(Int($0)) }
        let stream = Self.propertySet(codePage: 936, [(4, gbk + [0], false), (6, wide, true), (9, Array("x".utf8), false)])
        XCTAssertEqual(strings(stream, [4: "author", 6: "comments"]), ["4 班主任联系电话13812345678", "6 张伟"])
        XCTAssertEqual(strings(Array(stream.prefix(60)), [4: "author"]), [])       // cut short: nothing, no trap
        XCTAssertEqual(strings([UInt8](repeating: 0, count: 100), [4: "author"]), [])
        var rng = SplitMix64(state: 51)
        for _ in 0..<500 {
            var damaged = stream
            for _ in 0..<Int(rng.next() % 4 + 1) {
                damaged[Int(rng.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            _ = strings(damaged, [4: "author", 6: "comments"])
        }
    }

    func testAWorkbooksPropertiesAreScanned() throws {
        let gbk = try ReadTestSupport.encode("联系电话13812345678", to: "GB18030")
        let properties = Self.propertySet(codePage: 936, [(6, gbk, false)])
        let workbook = B.workbook(sheets: [("表", false, [])], strings: [])
        let file = B.compoundFile(workbook, others: [("\u{5}SummaryInformation", properties + [UInt8](repeating: 0, count: 4096))])
        let (_, found) = try ReadTestSupport.scan(MemorySource(file, displayPath: "p.xls"), detectors: StandardDetectors.all())
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) [\($0.location.field ?? "-")]" }, ["mobile 13812345678 [comments]"])
    }
}
