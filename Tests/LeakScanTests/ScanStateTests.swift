import Foundation
import XCTest
@testable import LeakScan

final class ScanStateTests: XCTestCase {
    private var path: String!

    override func setUp() {
        path = NSTemporaryDirectory() + "/leakscan-state-\(UUID().uuidString).sqlite"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private let stamp = FileStamp(size: 120, modified: 1_700_000_000_123_456_789, changed: 1_700_000_000_223_456_789, inode: 42)

    private func tally(_ personal: [Kind: Int], organisational: [Kind: Int] = [:]) -> FileTally {
        var tally = FileTally()
        tally.add(personal, organisational: false)
        tally.add(organisational, organisational: true)
        return tally
    }

    func testWhatWasRecordedIsFoundByTheSameEngineOnly() throws {
        let recorded = tally([.cnID: 40, .mobile: 3], organisational: [.landline: 1])
        do {
            let state = try ScanState(path: path, engine: "one")
            state.record("名单/报表.csv", stamp: stamp, tally: recorded)
            try state.finish(roots: ["名单"])
        }
        do {
            let again = try ScanState(path: path, engine: "one")
            let entry = try XCTUnwrap(again.entry(for: "名单/报表.csv"))
            XCTAssertEqual(entry.stamp, stamp)
            XCTAssertEqual(entry.tally, recorded)
            XCTAssertNil(again.entry(for: "名单/other.csv"))
        }
        XCTAssertNil(try ScanState(path: path, engine: "two").entry(for: "名单/报表.csv"))
    }

    func testAFileThatCouldNotBeReadIsForgotten() throws {
        let state = try ScanState(path: path, engine: "one")
        state.record("a.xlsx", stamp: stamp, tally: tally([.name: 2]))
        var failed = FileTally()
        failed.error = "truncated"
        state.record("a.xlsx", stamp: stamp, tally: failed)
        XCTAssertNil(state.entry(for: "a.xlsx"))
    }

    func testFilesGoneFromTheScannedRootsAreForgottenOthersKept() throws {
        do {
            let state = try ScanState(path: path, engine: "one")
            for name in ["share/a.csv", "share/b.csv", "shared/c.csv", "other/d.csv"] {
                state.record(name, stamp: stamp, tally: tally([.name: 1]))
            }
            try state.finish(roots: ["share", "shared", "other"])
        }
        // The next run sees share/a.csv again (unchanged) and nothing else of share.
        do {
            let state = try ScanState(path: path, engine: "one")
            state.keep("share/a.csv")
            try state.finish(roots: ["share/"])
        }
        let state = try ScanState(path: path, engine: "one")
        XCTAssertNotNil(state.entry(for: "share/a.csv"))
        XCTAssertNil(state.entry(for: "share/b.csv"))
        XCTAssertNotNil(state.entry(for: "shared/c.csv"), "shared is not below share")
        XCTAssertNotNil(state.entry(for: "other/d.csv"), "other was not scanned")
    }

    func testASecondRunWaitsForTheFirstThenStops() throws {
        // The first run holds the state from its start, before it has written anything.
        let first = try ScanState(path: path, engine: "one")
        XCTAssertThrowsError(try ScanState(path: path, engine: "one", waitMilliseconds: 50)) {
            XCTAssertTrue(String(describing: $0).contains("locked"), String(describing: $0))
        }
        first.record("a.csv", stamp: stamp, tally: tally([.name: 1]))
        try first.finish(roots: ["a.csv"])
        XCTAssertNotNil(try ScanState(path: path, engine: "one", waitMilliseconds: 50).entry(for: "a.csv"))
    }

    func testCountsAsText() {
        XCTAssertEqual(ScanState.text([.mobile: 3, .cnID: 40]), "cn_id=40,mobile=3")
        XCTAssertEqual(ScanState.counts("cn_id=40,mobile=3"), [.cnID: 40, .mobile: 3])
        XCTAssertEqual(ScanState.counts(""), [:])
        XCTAssertEqual(ScanState.counts("unknown=1,name=x,name=2"), [.name: 2])
    }

    func testAStateThatIsNoDatabaseIsAnError() throws {
        try Data("not a database, just text that is long enough to be read as a header".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try ScanState(path: path, engine: "one"))
    }
}
