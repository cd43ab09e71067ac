import XCTest
@testable import LeakScan

/// Fullwidth digits, and dashes between digits, are found as ASCII ones are, at their own place
/// in the text.
final class ASCIIFoldingTests: XCTestCase {
    private func folded(_ text: String) -> (String, ASCIIFolding) {
        let folding = ASCIIFolding()
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

    /// Every character boundary of `text` (but `inside`, within a fold) maps to one of the
    /// folded text and back.
    private func assertOffsetsRoundTrip(_ text: String, _ folding: ASCIIFolding, inside: Set<Int> = [],
                                        file: StaticString = #filePath, line: UInt = #line) {
        let original = Array(text.utf8)
        for o in original.indices where original[o] & 0xC0 != 0x80 && !inside.contains(o) {
            XCTAssertEqual(folding.original(folding.folded(o)), o, "offset \(o)", file: file, line: line)
        }
        XCTAssertEqual(folding.original(folding.folded(original.count)), original.count, file: file, line: line)
    }

    func testOffsetsMapBothWays() {
        let text = "a１２b－c３，d"
        let (out, folding) = folded(text)
        XCTAssertEqual(out, "a12b－c3，d")
        assertOffsetsRoundTrip(text, folding)
        XCTAssertEqual(folding.folded(1), 1)          // after "a"
        XCTAssertEqual(folding.folded(4), 2)          // after "１"
        XCTAssertEqual(folding.original(3), 7)        // "b" starts after "a１２"
        XCTAssertEqual(folding.original(out.utf8.count), text.utf8.count)
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

    func testDashesBetweenDigitsAreFolded() {
        XCTAssertEqual(folded("电话：0371—65501234，138–1234–5678").0, "电话：0371-65501234，138-1234-5678")
        XCTAssertEqual(folded("0371——65501234 0371―6550 1‐2‑3‒4−5").0, "0371-65501234 0371-6550 1-2-3-4-5")
        // A dash not between two digits, three in a row, or a pair of two kinds, stays.
        XCTAssertEqual(folded("2008—  —2010 高一—3 1———2 1—–2").0, "2008—  —2010 高一—3 1———2 1—–2")
        // Other characters of the same lead byte stay: quotes, ellipsis, bullet.
        XCTAssertEqual(folded("1“2”3…4•5").0, "1“2”3…4•5")
    }

    func testOffsetsMapBothWaysOverPairsOfDashes() {
        let text = "a1——2b１c3—4"
        let (out, folding) = folded(text)
        XCTAssertEqual(out, "a1-2b1c3-4")
        // The boundary between the pair of dashes lies inside their fold.
        assertOffsetsRoundTrip(text, folding, inside: [5])
        XCTAssertEqual(folding.folded(8), 3)          // after "a1——"
        XCTAssertEqual(folding.folded(5), 3)          // between the dashes: after their fold
        // A window that opens with the pair (a chunk's context may start there).
        let (_, atStart) = folded("——１")
        XCTAssertEqual(atStart.folded(3), 1)
        XCTAssertEqual(folding.original(4), 9)        // "b" starts after "a1——2"
        XCTAssertEqual(folding.original(out.utf8.count), text.utf8.count)
    }

    func testValuesWithDashesBetweenTheirDigitsAreFound() {
        let id = SyntheticID.withX()
        let written = "\(id.prefix(6))—\(id.dropFirst(6).prefix(8))—\(id.suffix(4))"
        let text = "家长电话：0371—65501234；手机：138–1234–5678；电话：0371——65501234；身份证：\(written)"
        let found = findings(in: text, detectors: StandardDetectors.all())
        XCTAssertEqual(found.map(\.kind), [.landline, .mobile, .landline, .cnID])
        XCTAssertEqual(found.map(\.value), ["0371-65501234", "138-1234-5678", "0371-65501234", written.replacingOccurrences(of: "—", with: "-")])
        let bytes = Array(text.utf8)
        XCTAssertEqual(found.map { String(decoding: bytes[$0.sourceRange], as: UTF8.self) },
                       ["0371—65501234", "138–1234–5678", "0371——65501234", written])
        XCTAssertEqual(found.map { $0.location.column }, [6, 23, 40, 59])
    }

    func testInvalidValuesStayInvalid() {
        // A wrong check character, a mobile in a longer run: folded, and still no value.
        XCTAssertEqual(findings(in: "身份证号４１０１０５２００８０３１２１２３６", detectors: StandardDetectors.all()).map(\.kind), [])
        XCTAssertEqual(findings(in: "编号１３８１２３４５６７８９", detectors: StandardDetectors.all()).map(\.kind), [])
    }
}
