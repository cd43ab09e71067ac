import XCTest
@testable import LeakScan

/// Word lists with their first- and last-character filters, against a look at every word.
final class HanWordListTests: XCTestCase {
    private let words = ["学生宿舍", "宿舍", "号楼", "号", "单元", "Room", "#", "é楼"].map { Array($0.utf8) }

    private func naiveLength(at i: Int, _ w: [UInt8], end: Int) -> Int {
        words.first { i + $0.count <= end && Array(w[i..<(i + $0.count)]) == $0 }?.count ?? 0
    }

    private func naiveLength(endingAt end: Int, _ w: [UInt8], lower: Int) -> Int {
        words.first { end - $0.count >= lower && Array(w[(end - $0.count)..<end]) == $0 }?.count ?? 0
    }

    func testLookupsAgreeWithALookAtEveryWord() {
        let list = HanWordList(words)
        let pieces = ["学生宿舍", "宿舍", "3号楼", "2单元", "Room", "#", "é楼", "学", "生", "a", "楼", " "]
        var rng = SplitMix64(state: 41)
        var found = 0
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(rng.next() % 8 + 1) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let w = Array(text.utf8)
            w.withUnsafeBufferPointer { buffer in
                for i in 0...w.count {
                    for bound in [w.count, max(i, w.count - 2)] where i <= bound {
                        let expected = i < bound ? naiveLength(at: i, w, end: bound) : 0
                        XCTAssertEqual(list.length(at: i, in: buffer, end: bound), expected, "\(text) at \(i)")
                        found += expected > 0 ? 1 : 0
                    }
                    for lower in [0, max(0, i - 4)] where lower <= i {
                        XCTAssertEqual(list.length(endingAt: i, in: buffer, lower: lower), naiveLength(endingAt: i, w, lower: lower),
                                       "\(text) ending at \(i)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(found, 100)
    }
}
