import XCTest
@testable import LeakScan

/// Windows' `Thumbs.db`: the names of the pictures in its catalog are read as a folder's
/// members' names; a catalog of screenshots passes; a damaged catalog ends its list.
final class ThumbnailCatalogTests: XCTestCase {
    /// A catalog as Windows XP writes it (version 7, 96×96 thumbnails): each entry its length,
    /// number, time and UTF-16LE name with a NUL and two bytes of padding.
    static func catalog(_ names: [String]) -> [UInt8] {
        func le(_ v: Int, _ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        var bytes: [UInt8] = le(16, 2) + le(7, 2)
        bytes += le(names.count, 4) + le(96, 4) + le(96, 4)
        for (k, name) in names.enumerated() {
            var units: [UInt8] = []
            for unit in name.utf16 { units += le(Int(unit), 2) }
            units += [0, 0]
            bytes += le(16 + units.count + 4, 4) + le(k + 1, 4)
            bytes += le(0x01DA_6EE5_FB16_EA00, 8)
            bytes += units + [0, 0, 0, 0]
        }
        return bytes
    }

    private func scan(_ names: [String]) throws -> (ReadSummary, [Finding]) {
        let thumbnail = [UInt8](repeating: 0xFF, count: 4096)
        let file = BIFFBuilder.compoundFile(Self.catalog(names), name: "Catalog", others: [("1", thumbnail), ("2", thumbnail)])
        return try ReadTestSupport.scanData(file, name: "学生照片/Thumbs.db")
    }

    func testThePicturesNamesAreReadAsMembersNames() throws {
        let (summary, found) = try scan(["王一诺.jpg", "高一3班_陈思远.jpg", "410105200803121237.jpg"])
        XCTAssertEqual(summary.format, .thumbnailCache)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.member ?? "-") \($0.value)" },
                       ["name 王一诺.jpg 王一诺", "name 高一3班_陈思远.jpg 陈思远", "cn_id 410105200803121237.jpg 410105200803121237"])
    }

    func testScreenshotsNameNoOne() throws {
        let (summary, found) = try scan(["屏幕截图 2024-03-05 101522.png", "微信图片_20240305101522.jpg"])
        XCTAssertEqual(summary.format, .thumbnailCache)
        XCTAssertEqual(found, [])
    }

    func testADamagedCatalogEndsItsList() {
        var bytes = Self.catalog(["王一诺.jpg", "陈思远.jpg"])
        XCTAssertEqual(ThumbnailCatalog.names(bytes), ["王一诺.jpg", "陈思远.jpg"])
        bytes.removeLast(10)
        XCTAssertEqual(ThumbnailCatalog.names(bytes), ["王一诺.jpg"])
        XCTAssertEqual(ThumbnailCatalog.names([16]), [])
        XCTAssertEqual(ThumbnailCatalog.names(Array(bytes.prefix(16)) + [3, 0, 0, 0]), [])
    }
}
