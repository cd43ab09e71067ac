import Foundation
import XCTest
@testable import LeakScan

/// Damaged workbooks never crash the reader: every outcome is findings or a `ScanError`.
final class XLSXCorruptionTests: XCTestCase {
    /// Scans `count` damaged copies; an error other than `ScanError` is rethrown (and a crash
    /// ends the test run), so either fails the test.
    private func mutatedScans(of name: String, count: Int, seed: UInt64) throws -> (clean: Int, errors: Int) {
        let original = [UInt8](try Data(contentsOf: XLSXFixturesTests.folder.appendingPathComponent(name)))
        var random = SplitMix64(state: seed)
        var outcome = (clean: 0, errors: 0)
        for _ in 0..<count {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if Bool.random(using: &random) { bytes.removeLast(Int.random(in: 0..<bytes.count / 4, using: &random)) }
            var sink = CollectingSink()
            do {
                _ = try SourceReader.scan(MemorySource(bytes, displayPath: name), engine: DetectionEngine(), sink: &sink)
                outcome.clean += 1
            } catch is ScanError {
                outcome.errors += 1
            }
        }
        return outcome
    }

    /// Mutations per workbook; `LEAKSCAN_MUTATIONS` raises it for a longer run by hand.
    let mutations = ProcessInfo.processInfo.environment["LEAKSCAN_MUTATIONS"].flatMap(Int.init) ?? 400

    func testRandomDamageGivesFindingsOrAScanError() throws {
        // corrupt_crc.xlsx stores its sheet uncompressed: damage there reaches the XML parser
        // before the CRC check at the end of the entry.
        for (name, seed) in [("xlsxwriter_roster.xlsx", 1 as UInt64), ("corrupt_crc.xlsx", 2), ("zip64.xlsx", 3)] {
            let outcome = try mutatedScans(of: name, count: mutations, seed: seed)
            // The damage must reach the reader's error paths, not only bytes it ignores.
            XCTAssertGreaterThan(outcome.errors, mutations / 4, name)
        }
    }
}
