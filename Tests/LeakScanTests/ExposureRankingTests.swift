import XCTest
@testable import LeakScan

final class ExposureRankingTests: XCTestCase {
    private func outcome(_ path: String, _ counts: [Kind: Int]) -> FileOutcome {
        var tally = FileTally()
        tally.add(counts, organisational: false)
        return Policy().outcome(of: path, tally)
    }

    func testFilesThatExposeMostPeopleComeFirst() {
        var ranking = ExposureRanking()
        ranking.note(outcome("通知.docx", [.name: 1, .landline: 1, .record: 1]), line: "通知.docx")
        ranking.note(outcome("课程表.txt", [:]), line: "课程表.txt")
        ranking.note(outcome("学籍导出.xlsx", [.cnID: 500, .name: 500, .record: 500]), line: "学籍导出.xlsx")
        ranking.note(outcome("座位表.xlsx", [.name: 42]), line: "座位表.xlsx")
        ranking.note(outcome("资助名单.xls", [.cnID: 20, .bankCard: 20, .name: 20, .record: 20]), line: "资助名单.xls")
        XCTAssertEqual(ranking.lines, ["学籍导出.xlsx", "资助名单.xls", "通知.docx", "座位表.xlsx"])
    }

    func testOnlyTheFirstTenAreKeptAndOneFileNeedsNoRanking() {
        var summary = ScanSummary()
        var one = ExposureRanking()
        let blocked = outcome("花名册.csv", [.name: 3])
        one.note(blocked, line: "花名册.csv")
        summary.add(blocked, policy: Policy())
        XCTAssertEqual(one.lines, ["花名册.csv"])
        XCTAssertEqual(one.text(summary, Messages(.en)), "")
        var many = ExposureRanking()
        for n in 1...30 {
            let file = outcome("\(n).csv", [.name: n, .record: n])
            many.note(file, line: "\(n).csv")
            summary.add(file, policy: Policy())
        }
        XCTAssertEqual(many.lines, (21...30).reversed().map { "\($0).csv" })
        XCTAssertTrue(many.text(summary, Messages(.en)).hasPrefix("\nFiles to act on first (31 hold personal data;"))
        XCTAssertTrue(many.text(summary, Messages(.en)).hasSuffix("\n  21.csv\n"))
    }
}
