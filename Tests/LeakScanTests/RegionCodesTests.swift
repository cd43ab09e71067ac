import XCTest
@testable import LeakScan

final class RegionCodesTests: XCTestCase {
    let regions = RegionCodes.shared

    func testCurrentAndRetiredCounties() {
        XCTAssertTrue(regions.isKnown(code: 110105))
        XCTAssertTrue(regions.isCurrent(code: 110105))
        XCTAssertEqual(regions.name(of: 110105), "朝阳区")
        // 崇文区 merged into 东城区 in 2010: retired, still valid in IDs.
        XCTAssertTrue(regions.isKnown(code: 110103))
        XCTAssertFalse(regions.isCurrent(code: 110103))
        XCTAssertEqual(regions.name(of: 110103), "崇文区")
        // The Sichuan codes JioNLP wrongly rejected (its issue 269).
        for code in [513621, 513722, 513823, 513902] { XCTAssertTrue(regions.isKnown(code: code), "\(code)") }
    }

    func testProvincesAndPermitPrefixes() {
        for code in [110000, 440000, 650000, 710000, 810000, 820000, 830000] {
            XCTAssertTrue(regions.isKnown(code: code), "\(code)")
            XCTAssertTrue(regions.isKnownProvince(code: code), "\(code)")
        }
        XCTAssertTrue(regions.isKnownProvince(code: 449999))
        XCTAssertFalse(regions.isKnown(code: 449999))
        for code in [0, 100000, 190000, 200000, 660000, 840000, 990000] {
            XCTAssertFalse(regions.isKnownProvince(code: code), "\(code)")
        }
        XCTAssertEqual(regions.name(of: 440000), "广东省")
    }

    func testOutOfRangeCodes() {
        XCTAssertFalse(regions.isKnown(code: -1))
        XCTAssertFalse(regions.isKnown(code: 1_000_000))
        XCTAssertFalse(regions.isKnownProvince(code: 1_100_000))
        XCTAssertNil(regions.name(of: 999999))
    }
}
