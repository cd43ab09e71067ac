import XCTest
@testable import LeakScan

/// Fullwidth digits are found as ASCII ones are, at their own place in the text.
final class FullwidthFoldingTests: XCTestCase {
    private func folded(_ text: String) -> (String, FullwidthFolding) {
        let folding = FullwidthFolding()
        let bytes = Array(text.utf8)
        let out = bytes.withUnsafeBufferPointer { String(decoding: folding.fold($0), as: UTF8.self) }
        return (out, folding)
    }

    func testDigitsAndTheSignsBesideThemAreFolded() {
        XCTAssertEqual(folded("电话：１３８－１２３４－５６７８").0, "电话：138-1234-5678")
        XCTAssertEqual(folded("＋８６ １３８１２３４５６７８").0, "+86 13812345678")
        XCTAssertEqual(folded("４１０１０５２００８０３１２１２３Ｘ号").0, "41010520080312123X号")
        XCTAssertEqual(folded("138１２３４5678").0, "13812345678")
        // Signs away from fullwidth digits, and other fullwidth forms, stay as they are.
        XCTAssertEqual(folded("Ｘ光－检查：１，（２）").0, "Ｘ光－检查：1，（2）")
        // A sign typed in fullwidth beside ASCII digits is folded as a number writes it.
        XCTAssertEqual(folded("电话：0371－65501234，＋86 138").0, "电话：0371-65501234，+86 138")
        XCTAssertEqual(folded("41010520080312123Ｘ").0, "41010520080312123X")
        XCTAssertEqual(folded("3－班 高一－3 A－B").0, "3－班 高一－3 A－B")
    }

    func testOffsetsMapBothWays() {
        let text = "a１２b－c３，d"
        let (out, folding) = folded(text)
        XCTAssertEqual(out, "a12b－c3，d")
        let original = Array(text.utf8)
        // Every character boundary of the original maps to one of the folded text and back.
        let boundaries = original.indices.filter { original[$0] & 0xC0 != 0x80 } + [original.count]
        for o in boundaries {
            XCTAssertEqual(folding.original(folding.folded(o)), o, "offset \(o)")
        }
        XCTAssertEqual(folding.folded(1), 1)          // after "a"
        XCTAssertEqual(folding.folded(4), 2)          // after "１"
        XCTAssertEqual(folding.original(3), 7)        // "b" starts after "a１２"
        XCTAssertEqual(folding.original(out.utf8.count), original.count)
    }

    func testValuesInFullwidthDigitsAreFoundWhereTheyStand() {
        let text = "家长电话：１３８１２３４５６７８，身份证号４１０１０５２００８０３１２１２３７。"
        let found = findings(in: text, detectors: StandardDetectors.all())
        XCTAssertEqual(found.map(\.kind), [.mobile, .cnID])
        XCTAssertEqual(found.map(\.value), ["13812345678", "410105200803121237"])
        let bytes = Array(text.utf8)
        XCTAssertEqual(found.map { String(decoding: bytes[$0.sourceRange], as: UTF8.self) },
                       ["１３８１２３４５６７８", "４１０１０５２００８０３１２１２３７"])
        XCTAssertEqual(found.map { $0.location.column }, [6, 22])
    }

    func testValuesWithAFullwidthSignAmongASCIIDigitsAreFound() {
        let id = SyntheticID.withX()
        let text = "电话：0371－65501234；手机：138－1234－5678；身份证：\(id.dropLast())Ｘ"
        let found = findings(in: text, detectors: StandardDetectors.all())
        XCTAssertEqual(found.map(\.kind), [.landline, .mobile, .cnID])
        let bytes = Array(text.utf8)
        XCTAssertEqual(found.map { String(decoding: bytes[$0.sourceRange], as: UTF8.self) },
                       ["0371－65501234", "138－1234－5678", "\(id.dropLast())Ｘ"])
    }

    /// An e-mail address typed with the fullwidth at sign is found, its span over the ＠.
    func testTheFullwidthAtSignIsFolded() {
        XCTAssertEqual(folded("邮箱：zhang.san＠qq.com，电话＠").0, "邮箱：zhang.san@qq.com，电话@")
        let text = "班主任邮箱：li.hua＠163.com（请勿外传）"
        let found = findings(in: text, detectors: StandardDetectors.all())
        XCTAssertEqual(found.map(\.kind), [.email])
        XCTAssertEqual(found.map(\.value), ["li.hua@163.com"])
        let bytes = Array(text.utf8)
        XCTAssertEqual(found.map { String(decoding: bytes[$0.sourceRange], as: UTF8.self) }, ["li.hua＠163.com"])
        XCTAssertEqual(findings(in: "联系我＠张老师", detectors: StandardDetectors.all()).map(\.kind), [])
    }

    func testInvalidValuesStayInvalid() {
        // A wrong check character, a mobile in a longer run: folded, and still no value.
        XCTAssertEqual(findings(in: "身份证号４１０１０５２００８０３１２１２３６", detectors: StandardDetectors.all()).map(\.kind), [])
        XCTAssertEqual(findings(in: "编号１３８１２３４５６７８９", detectors: StandardDetectors.all()).map(\.kind), [])
    }
}
