import XCTest
@testable import LeakScan

/// Word sets, small and large (the large ones sit behind a Bloom filter), against `Set`.
final class WordSetTests: XCTestCase {
    func testMembershipAgreesWithASetAtEverySize() {
        var rng = SplitMix64(state: 31)
        for size in [1, 10, 2_000, 20_000] {
            var keys = Set<UInt64>()
            while keys.count < size { keys.insert(rng.next() | 1) }
            let set = WordSet(keys)
            for key in keys { XCTAssertTrue(set.contains(key), "member \(key) of \(size)") }
            var strangers = 0
            for _ in 0..<20_000 {
                let key = rng.next() | 1
                if !keys.contains(key) {
                    XCTAssertFalse(set.contains(key), "stranger \(key) of \(size)")
                    strangers += 1
                }
            }
            XCTAssertGreaterThan(strangers, 19_000)
        }
    }

    func testStopWordsOfThePatternFiles() {
        // Every word of the file is found, a name is not.
        let lexicon = NameLexicon.shared
        Array("谢谢高兴王国张伟".utf8).withUnsafeBufferPointer { w in
            let run = HanRun(w, from: 0, end: w.count)
            XCTAssertTrue(lexicon.isStopWord(run, at: 0))
            XCTAssertTrue(lexicon.isStopWord(run, at: 2))
            XCTAssertTrue(lexicon.isStopWord(run, at: 4))
            XCTAssertFalse(lexicon.isStopWord(run, at: 6))
        }
    }
}
