import XCTest
@testable import LeakScan

/// The detectors step over bytes by hand, forwards and backwards, from cues and markers anywhere
/// in a window: random text made of the very pieces they look for (cues, surnames, markers,
/// digits, separators, broken UTF-8) must never take them out of bounds, in text or in cells.
final class DetectorRobustnessTests: XCTestCase {
    private static let pieces: [[UInt8]] = {
        let words = ["学生", "家长", "同学", "老师", "联系人：", "班", "二班", "、", "　", "（", "）", "(", ")", "：", "张", "欧阳",
                     "伟", "娜", "之子", "号", "栋", "单元", "室", "组", "村", "路", "郑州市", "金水区", "阳光花园", "家住", "地址：",
                     "的", "和", "由", "负责", "13812345678", "11010120080307012X", "26-3-604", "3", "-", " ", "\n", "·",
                     "a", "@", "第五村民组", "请", "向", "贺　华", "周一"].map { Array($0.utf8) }
        return words + [[0xE5], [0xE5, 0xBC], [0x80], [0xFF], [0xC2]]
    }()

    func testRandomTextNeverBreaksTheDetectors() {
        let seed = UInt64(ProcessInfo.processInfo.environment["LEAKSCAN_ROBUSTNESS_SEED"] ?? "") ?? 20_241_125
        var rng = SplitMix64(state: seed)  // LEAKSCAN_ROBUSTNESS_SEED replays a failure
        let engine = DetectionEngine()
        let columns = [Column(number: 1, header: "姓名"), Column(number: 2, header: "家庭住址"), Column(number: 3, header: "备注")]
        let iterations = Int(ProcessInfo.processInfo.environment["LEAKSCAN_ROBUSTNESS"] ?? "") ?? 3000
        for _ in 0..<iterations {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &rng) { bytes += Self.pieces.randomElement(using: &rng)! }
            let start = Int.random(in: 0...bytes.count, using: &rng)
            let column = Bool.random(using: &rng) ? columns.randomElement(using: &rng) : nil
            var sink = CollectingSink()
            var locator = IdentityLocator()
            bytes.withUnsafeBufferPointer { window in
                withExtendedLifetime(columns) {
                    engine.scan(Piece(window: window, scan: start..<window.count, column: column), locator: &locator, sink: &sink)
                }
            }
            engine.finishRecord(sink: &sink)
            for f in sink.findings where f.kind != .record {
                XCTAssertTrue(f.sourceRange.lowerBound >= start && f.sourceRange.upperBound <= bytes.count, "\(f) in \(bytes)")
            }
        }
    }
}
