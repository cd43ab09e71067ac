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
            state.forgetUnseen(under: ["名单"], unreadable: []) { _, _, _ in }
            try state.finish()
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

    func testAFileThatCouldNotBeReadIsReadAgainWhatItHeldKept() throws {
        let state = try ScanState(path: path, engine: "one")
        XCTAssertNil(state.record("a.xlsx", stamp: stamp, tally: tally([.name: 2])))
        XCTAssertNil(state.record("b.txt", stamp: stamp, tally: tally([:])))
        var failed = FileTally()
        failed.error = "truncated"
        XCTAssertEqual(state.record("a.xlsx", stamp: stamp, tally: failed), [.name: 2])
        let kept = try XCTUnwrap(state.entry(for: "a.xlsx"))
        XCTAssertNotEqual(kept.stamp, stamp, "read again next time")
        XCTAssertEqual(kept.tally.personal, [.name: 2])
        // Held nothing: forgotten.
        XCTAssertEqual(state.record("b.txt", stamp: stamp, tally: failed), [:])
        XCTAssertNil(state.entry(for: "b.txt"))
    }

    func testFilesBelowAnUnreadableFolderAreKeptAsUnreadable() throws {
        do {
            let state = try ScanState(path: path, engine: "one")
            XCTAssertNil(state.lastRunEnded)
            state.record("share/locked/a.csv", stamp: stamp, tally: tally([.name: 1]))
            state.record("share/locked/b.csv", stamp: stamp, tally: tally([:]))
            state.record("share/gone.csv", stamp: stamp, tally: tally([.mobile: 2]))
            try state.finish()
        }
        let state = try ScanState(path: path, engine: "one")
        XCTAssertNotNil(state.lastRunEnded)
        var unseen: [String] = []
        state.forgetUnseen(under: ["share"], unreadable: ["share/locked"]) { path, counts, isUnreadable in
            unseen.append("\(path) \(counts.count) \(isUnreadable)")
        }
        XCTAssertEqual(unseen, ["share/locked/a.csv 1 true", "share/gone.csv 1 false"])
        XCTAssertNotNil(state.entry(for: "share/locked/a.csv"))
        XCTAssertNil(state.entry(for: "share/locked/b.csv"))
        XCTAssertNil(state.entry(for: "share/gone.csv"))
    }

    func testFilesGoneFromTheScannedRootsAreForgottenOthersKept() throws {
        do {
            let state = try ScanState(path: path, engine: "one")
            for name in ["share/a.csv", "share/b.csv", "shared/c.csv", "other/d.csv"] {
                state.record(name, stamp: stamp, tally: tally([.name: 1]))
            }
            state.forgetUnseen(under: ["share", "shared", "other"], unreadable: []) { _, _, _ in }
            try state.finish()
        }
        // The next run sees share/a.csv again (unchanged) and nothing else of share.
        do {
            let state = try ScanState(path: path, engine: "one")
            state.keep("share/a.csv")
            state.forgetUnseen(under: ["share/"], unreadable: []) { _, _, _ in }
            try state.finish()
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
        try first.finish()
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
