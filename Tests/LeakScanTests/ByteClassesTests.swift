import ByteClassifier
import XCTest
@testable import LeakScan

/// The vector byte classifier and the searches over its masks, against one look at every byte.
final class ByteClassesTests: XCTestCase {
    /// Bytes that fall in every class and next to every class boundary.
    private static let alphabet: [UInt8] = Array("0123456789@,;|\t\n\r /:xX\"".utf8) + [0x2F, 0x3A, 0x3F, 0x40, 0x41, 0x00,
        0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xE2, 0xE5, 0xEF, 0xF0, 0xFF]

    private func randomText(_ count: Int, _ rng: inout SplitMix64) -> [UInt8] {
        (0..<count).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }
    }

    func testMasksAgreeWithEveryByte() {
        var rng = SplitMix64(state: 11)
        for count in [0, 1, 63, 64, 65, 127, 128, 129, 200, 1000] {
            for delimiter in Array(",\t;|\n".utf8) {
                let text = randomText(count, &rng)
                let map = ByteClassMap(delimiter: delimiter, capacity: 16)
                // The classes are a view of the map's blocks: the map must outlive their use.
                withExtendedLifetime(map) { text.withUnsafeBufferPointer { buffer in
                    let classes = map.classes(of: buffer)
                    for (k, b) in text.enumerated() {
                        let block = classes.blocks[k / 64]
                        let bit = UInt64(1) << UInt64(k % 64)
                        XCTAssertEqual(block.separators & bit != 0, b == delimiter || b == 0x0A, "separator at \(k)")
                        XCTAssertEqual(block.digits & bit != 0, b >= 0x30 && b <= 0x39, "digit at \(k)")
                        let candidate = (b >= 0x30 && b <= 0x39) || b == 0x40
                        XCTAssertEqual(block.candidates & bit != 0, candidate, "candidate at \(k)")
                        XCTAssertEqual(block.candidatesAndHan & bit != 0, candidate || b & 0xF0 == 0xE0 || b == 0x3A, "candidate, Han lead or colon at \(k)")
                        XCTAssertEqual(block.foldLeads & bit != 0, b == 0xEF || b == 0xE2, "fold lead at \(k)")
                    }
                    // Bits past the end are clear: a search never runs past the text.
                    if count % 64 != 0 {
                        let last = classes.blocks[count / 64]
                        let past = ~UInt64(0) << UInt64(count % 64)
                        XCTAssertEqual((last.separators | last.digits | last.candidates | last.candidatesAndHan
                                        | last.foldLeads) & past, 0)
                    }
                } }
            }
        }
    }

    func testEveryImplementationGivesTheSameMasks() {
        var rng = SplitMix64(state: 13)
        for count in [1, 64, 100, 1000] {
            let text = randomText(count, &rng)
            var masks: [[UInt64]] = []
            for level in [Int32(BC_SCALAR), Int32(BC_SSE2), Int32(BC_AVX2)] {
                var blocks = [bc_block](repeating: bc_block(), count: (count + 63) / 64)
                text.withUnsafeBufferPointer { bc_classify_at(level, $0.baseAddress, count, UInt8(ascii: ";"), &blocks) }
                masks.append(blocks.flatMap { [$0.separators, $0.digits, $0.candidates, $0.candidatesAndHan, $0.foldLeads] })
            }
            XCTAssertEqual(masks[1], masks[0], "SSE2, \(count) bytes")
            XCTAssertEqual(masks[2], masks[0], "AVX2, \(count) bytes")
        }
    }

    func testSearchesAgreeWithByteLoops() {
        var rng = SplitMix64(state: 12)
        let text = randomText(700, &rng)
        let map = ByteClassMap(delimiter: UInt8(ascii: ","))
        withExtendedLifetime(map) { text.withUnsafeBufferPointer { buffer in
            let classes = map.classes(of: buffer)
            for _ in 0..<3000 {
                let a = Int(rng.next() % 701), b = Int(rng.next() % 701)
                let (from, to) = (min(a, b), max(a, b))
                for han in [false, true] {
                    let expected = (from..<to).first { k in
                        let c = text[k]
                        return (c >= 0x30 && c <= 0x39) || c == 0x40 || (han && (c & 0xF0 == 0xE0 || c == 0x3A))
                    } ?? to
                    XCTAssertEqual(classes.nextCandidate(from: from, to: to, han: han), expected, "\(from)..<\(to)")
                }
                XCTAssertEqual(classes.digitRunEnd(from: from, to: to),
                               (from..<to).first { !(text[$0] >= 0x30 && text[$0] <= 0x39) } ?? to)
                let separators = (from..<to).filter { text[$0] == UInt8(ascii: ",") || text[$0] == 0x0A }
                XCTAssertEqual(classes.nextSeparator(from: from, to: to), separators.first ?? to)
                if from < to {
                    var walk = classes.separators(from: from, to: to)
                    var walked: [Int] = []
                    while let i = walk.next() { walked.append(i) }
                    XCTAssertEqual(walked, separators, "\(from)..<\(to)")
                }
            }
        } }
    }

    func testExtendClassifiesOnlyWhatIsNewAndStartsAgainWhenTheTextMoves() {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 300)
        defer { storage.deallocate() }
        storage.initialize(repeating: UInt8(ascii: "a"))
        let map = ByteClassMap(delimiter: UInt8(ascii: ","))
        // 100 bytes, then 200 of the same buffer with a digit in the block classified before.
        storage[70] = UInt8(ascii: "7")
        var classes = map.extend(UnsafeBufferPointer(rebasing: storage[0..<100]))
        XCTAssertEqual(classes.nextCandidate(from: 0, to: 100, han: false), 70)
        storage[130] = UInt8(ascii: "@")
        // A byte of the first block, whole and final, changed behind the map's back: an extension
        // that classified everything again would see it.
        storage[10] = UInt8(ascii: "1")
        classes = map.extend(UnsafeBufferPointer(rebasing: storage[0..<200]))
        XCTAssertEqual(classes.nextCandidate(from: 0, to: 200, han: false), 70)
        XCTAssertEqual(classes.nextCandidate(from: 71, to: 200, han: false), 130)
        storage[10] = UInt8(ascii: "a")
        // The text moved (a buffer discarded its head): after `invalidate` it is classified again.
        storage[70] = UInt8(ascii: "a")
        map.invalidate()
        classes = map.extend(UnsafeBufferPointer(rebasing: storage[0..<200]))
        XCTAssertEqual(classes.nextCandidate(from: 0, to: 200, han: false), 130)
    }
}
