import XCTest
@testable import LeakScan

final class PolicyTests: XCTestCase {
    private func tally(personal: [Kind: Int] = [:], organisational: [Kind: Int] = [:], error: String? = nil) -> FileTally {
        var t = FileTally()
        for (kind, n) in personal { for _ in 0..<n { t.count(kind, organisational: false) } }
        for (kind, n) in organisational { for _ in 0..<n { t.count(kind, organisational: true) } }
        t.error = error
        return t
    }

    func testEveryKindHasACountingSlot() {
        // FileTally counts in SIMD16 vectors indexed by Kind.ordinal.
        XCTAssertLessThanOrEqual(Kind.allCases.count, 16)
        XCTAssertEqual(Kind.allCases.map(\.ordinal), Array(0..<Kind.allCases.count))
        var tally = FileTally()
        for kind in Kind.allCases { tally.count(kind, organisational: false) }
        tally.count(.landline, organisational: true)
        XCTAssertEqual(tally.personal.count, Kind.allCases.count)
        XCTAssertEqual(tally.organisational, [.landline: 1])
    }

    func testPersonalDataBlocks() {
        let decision = Policy().decide(tally(personal: [.mobile: 2, .cnID: 1]))
        XCTAssertEqual(decision.verdict, .block)
        XCTAssertEqual(decision.reasons, [.personalData(.cnID, 1), .personalData(.mobile, 2)])
    }

    func testOrganisationalContactsPassUnlessIncluded() {
        XCTAssertEqual(Policy().decide(tally(organisational: [.landline: 3])).verdict, .pass)
        let included = Policy(includeOrganisational: true).decide(tally(organisational: [.landline: 3]))
        XCTAssertEqual(included.verdict, .warn)
        XCTAssertEqual(included.reasons, [.organisationalContact(.landline, 3)])
        XCTAssertFalse(Policy().reports(organisational: true))
        XCTAssertTrue(Policy().reports(organisational: false))
    }

    func testUnreadFileIsNeverClean() {
        XCTAssertEqual(Policy().decide(tally(error: "cannot read")).verdict, .unscanned)
        // What was found before the error still blocks.
        let partial = Policy().decide(tally(personal: [.cnID: 1], error: "cannot read"))
        XCTAssertEqual(partial.verdict, .block)
        XCTAssertEqual(partial.reasons.last, .error("cannot read"))
    }

    func testABinaryFileOfNoKnownKindIsUncheckedOnlyWhereThePolicySays() {
        var binary = FileTally()
        binary.skippedAsBinary = true
        binary.isUnknownBinary = true
        XCTAssertEqual(Policy().decide(binary).verdict, .pass)
        XCTAssertEqual(Policy(refusesUnknownBinary: true).decide(binary).verdict, .unscanned)
        binary.isUnknownBinary = false
        XCTAssertEqual(Policy(refusesUnknownBinary: true).decide(binary).verdict, .pass)
    }

    func testExitStatus() {
        XCTAssertEqual(ExitStatus.of(blocked: 0, unscanned: 0), .clean)
        XCTAssertEqual(ExitStatus.of(blocked: 2, unscanned: 1), .found)
        XCTAssertEqual(ExitStatus.of(blocked: 0, unscanned: 1), .incomplete)
    }

    func testSummaryCountsWhatIsReported() {
        var summary = ScanSummary()
        let policy = Policy()
        let t = tally(personal: [.mobile: 2], organisational: [.landline: 1])
        summary.add(FileOutcome(displayPath: "a", tally: t, decision: policy.decide(t)), policy: policy)
        let e = tally(error: "x")
        summary.add(FileOutcome(displayPath: "b", tally: e, decision: policy.decide(e)), policy: policy)
        XCTAssertEqual(summary.counts, [.mobile: 2])
        XCTAssertEqual(summary.filesScanned, 1)
        XCTAssertEqual(summary.filesBlocked, 1)
        XCTAssertEqual(summary.filesUnscanned, 1)
        XCTAssertEqual(summary.exitStatus, .found)
    }

    func testKindOrdinalsFollowTheDeclarationOrder() {
        XCTAssertEqual(Kind.allCases.map(\.ordinal), Array(0..<Kind.allCases.count))
        XCTAssertEqual(Kind.allCases.sorted(), Kind.allCases)
    }

    func testTallyReportsOnlyKindsFound() {
        let t = tally(personal: [.cnID: 2, .birthDate: 1], organisational: [.landline: 3])
        XCTAssertEqual(t.personal, [.cnID: 2, .birthDate: 1])
        XCTAssertEqual(t.organisational, [.landline: 3])
        XCTAssertEqual(t.reported(under: Policy(includeOrganisational: true)), [.cnID: 2, .birthDate: 1, .landline: 3])
    }
}
