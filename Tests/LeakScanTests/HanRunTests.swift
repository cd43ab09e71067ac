import XCTest
@testable import LeakScan

/// Runs of Han characters read from UTF-8, and their word keys, against the pattern files' keys.
final class HanRunTests: XCTestCase {
    private let text = "甲乙丙丁戊己庚辛壬癸"

    func testForwardRunsAndKeysOfEveryRange() {
        let scalars = text.unicodeScalars.map(\.value)
        Array(text.utf8).withUnsafeBufferPointer { w in
            for limit in [1, 3, 4, 5, 8, 10] {
                let run = HanRun(w, from: 0, end: w.count, limit: limit)
                XCTAssertEqual(run.count, min(limit, 8))
                for i in 0..<run.count { XCTAssertEqual(run[i], scalars[i]) }
                for a in 0...run.count {
                    for b in a...run.count where b - a <= 4 {
                        XCTAssertEqual(run.key(a..<b), HanText.key(scalars[a..<b]), "\(a)..<\(b)")
                    }
                }
                XCTAssertEqual(run.key(0..<min(run.count, 5)), run.count >= 5 ? UInt64.max : HanText.key(scalars[0..<run.count]))
            }
        }
    }

    func testBackwardRunsStopAtLimitLowerBoundAndOtherCharacters() {
        let scalars = text.unicodeScalars.map(\.value)
        Array(("ab" + text).utf8).withUnsafeBufferPointer { w in
            let run = HanRun(w, endingAt: w.count, lower: 0, limit: 3)
            XCTAssertEqual(run.count, 3)
            XCTAssertEqual(run.start, w.count - 9)
            XCTAssertEqual((0..<3).map { run[$0] }, Array(scalars[7..<10]))
            // Stops at the ASCII before the first character, and at `lower`.
            XCTAssertEqual(HanRun(w, endingAt: 2 + 9, lower: 0).count, 3)
            XCTAssertEqual(HanRun(w, endingAt: 2 + 9, lower: 5).count, 2)
            let eight = HanRun(w, endingAt: w.count, lower: 0)
            XCTAssertEqual(eight.count, 8)
            XCTAssertEqual(eight.key(4..<8), HanText.key(scalars[6..<10]))
        }
    }

    func testJoinedRunsKeepTheirOrder() {
        Array("王　芳".utf8).withUnsafeBufferPointer { w in
            let head = HanRun(w, from: 0, end: 3)
            let tail = HanRun(w, from: 6, end: 9)
            let name = HanRun(joining: head, tail)
            XCTAssertEqual(name.count, 2)
            XCTAssertEqual(name.key(0..<2), HanText.key("王芳".unicodeScalars.map(\.value)))
        }
    }
}
