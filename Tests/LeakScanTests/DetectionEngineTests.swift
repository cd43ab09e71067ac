import XCTest
@testable import LeakScan

/// Records the tokens it is handed; finds an 11-digit group, so that matches flow through the engine.
private final class RecordingDetector: Detector, @unchecked Sendable {
    private let cue: ContextHints?
    private(set) var seen: [String] = []

    init(cue: ContextHints?) {
        self.cue = cue
        super.init(trigger: .number, minimumDigits: 4)
    }

    override var cellOpeningNumberCue: ContextHints? { cue }

    override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        seen.append(String(decoding: UnsafeBufferPointer(rebasing: token.window[token.start..<token.end]), as: UTF8.self))
        if token.groups.count == 1, token.groups[0].count == 11 {
            matches.append(Match(kind: .mobile, confidence: .medium, range: token.groups[0]))
        }
    }
}

/// Locates a row's values by cell: column is the cell's index.
private struct CellIndexLocator: RowLocator {
    var cell = 0
    mutating func enter(cell index: Int) { cell = index }
    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        (Location(line: 1, column: cell + 1), range)
    }
}

final class DetectionEngineTests: XCTestCase {
    func testANumberOpeningACellNeedsTheDetectorsCueInTheHeader() {
        let detector = RecordingDetector(cue: .phone)
        _ = findings(inColumn: ["13812345678", "备注 2024"], header: "备注", detectors: [detector])
        // Opening its cell under another header: not handed over; after other text: handed over.
        XCTAssertEqual(detector.seen, ["2024"])
        let underPhone = RecordingDetector(cue: .phone)
        _ = findings(inColumn: ["13812345678"], header: "联系电话", detectors: [underPhone])
        XCTAssertEqual(underPhone.seen, ["13812345678"])
        let noCue = RecordingDetector(cue: nil)
        _ = findings(inColumn: ["13812345678"], header: "备注", detectors: [noCue])
        XCTAssertEqual(noCue.seen, ["13812345678"])
    }

    /// The findings of `cells` (joined by commas), each scanned as a piece of its own, or all as one row.
    private func rowFindings(_ cells: [String], asRow: Bool) -> [Finding] {
        var ranges: [Range<Int>] = []
        var start = 0
        for cell in cells {
            ranges.append(start..<(start + cell.utf8.count))
            start += cell.utf8.count + 1
        }
        var columns: [Column] = []
        for k in cells.indices { columns.append(Column(number: k + 1, header: k % 2 == 0 ? "联系电话" : "备注")) }
        let engine = DetectionEngine()
        var locator = CellIndexLocator()
        var sink = CollectingSink()
        let bytes: [UInt8] = Array(cells.joined(separator: ",").utf8)
        bytes.withUnsafeBufferPointer { window in
            if asRow {
                var rowCells: [RowCell] = []
                for k in ranges.indices { rowCells.append(RowCell(scan: ranges[k], column: Unmanaged.passUnretained(columns[k]))) }
                // The classes are a view of the map's blocks: the map lives as long as they are used.
                let map = ByteClassMap(delimiter: UInt8(ascii: ","))
                withExtendedLifetime(map) {
                    rowCells.withUnsafeBufferPointer { buffer in
                        engine.scanRow(window, cells: buffer, classes: map.classes(of: window), locator: &locator, sink: &sink)
                    }
                }
            } else {
                for k in ranges.indices where !ranges[k].isEmpty {
                    locator.cell = k
                    engine.scan(Piece(window: window, scan: ranges[k], column: columns[k]), locator: &locator, sink: &sink)
                }
            }
            engine.finishRecord(sink: &sink)
        }
        withExtendedLifetime(columns) {}
        return sink.findings
    }

    func testARowFindsWhatItsCellsFindOneByOne() {
        var rng = SplitMix64(state: 21)
        let pieces = ["13812345678", "410105199003071234", "2010-01-18", "", "  ", "张伟", "a@b.cn", "12", "1503室", "x",
                      "１３８１２３４５６７８", "４１０１０５１９９００３０７１２３Ｘ", "２０１０－０１－１８", "138－1234－5678"]
        var found = 0
        for _ in 0..<200 {
            var cells: [String] = []
            for _ in 0..<Int(rng.next() % 6 + 1) {
                var parts: [String] = []
                for _ in 0..<Int(rng.next() % 3) { parts.append(pieces[Int(rng.next() % UInt64(pieces.count))]) }
                cells.append(parts.joined(separator: " "))
            }
            let oneByOne = rowFindings(cells, asRow: false)
            XCTAssertEqual(rowFindings(cells, asRow: true), oneByOne, cells.joined(separator: ","))
            found += oneByOne.count
        }
        XCTAssertGreaterThan(found, 100)
    }

    func testANumberBetweenNamesFoundAtOnceIsRead() {
        // The cue finds both names of the list; the mobile between them is scanned all the same,
        // and the findings keep their order.
        let found = findings(in: "家长：魏红霞（18703826419），廖俊豪。", detectors: StandardDetectors.all()).filter { $0.kind != .record }
        XCTAssertEqual(found.map(\.value), ["魏红霞", "18703826419", "廖俊豪"])
    }

    func testNamesOpeningLinesUnderALabelWaitForTheNumbersBeforeThem() {
        // The salutation's colon finds the names opening the lines under it at once; each line's
        // mobile, before the next line's name, is still read, and joins its own line's record.
        let found = findings(in: "张老师：\n钟宇轩  家长电话：19991794503\n贺磊  家长电话：15800562292\n王芳  家长电话：13800562297\n",
                             detectors: StandardDetectors.all())
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" },
                       ["name 钟宇轩", "mobile 19991794503", "record ", "name 贺磊", "mobile 15800562292", "record ",
                        "name 王芳", "mobile 13800562297", "record "])
    }
}
