@testable import LeakScan

/// Runs `detectors` through the real `DetectionEngine` over `text`, as one piece whose scan range is
/// the whole text. With `header`, the piece belongs to table column 1 named `header`; with
/// `isNumber`, it is a spreadsheet cell stored as a number.
/// The piece is one record (a table cell ends its row).
/// Locations: line 1, column = characters before the value + 1; source ranges = UTF-8 offsets.
func findings(in text: String, header: String? = nil, isNumber: Bool = false, detectors: [Detector]) -> [Finding] {
    let bytes = Array(text.utf8)
    var sink = CollectingSink()
    var locator = IdentityLocator()
    let engine = DetectionEngine(detectors: detectors)
    let column = header.map { Column(number: 1, header: $0) }   // owned here: a piece does not retain it
    bytes.withUnsafeBufferPointer { window in
        let piece = Piece(window: window, scan: 0..<window.count, column: column, isNumber: isNumber)
        withExtendedLifetime(column) { engine.scan(piece, locator: &locator, sink: &sink) }
    }
    engine.finishRecord(sink: &sink)
    return sink.findings
}

/// Runs `detectors` over `cells`, the cells of one table column under `header`, top to bottom,
/// each a row of its own.
func findings(inColumn cells: [String], header: String, detectors: [Detector]) -> [Finding] {
    var sink = CollectingSink()
    scan(column: cells, header: header, detectors: detectors, sink: &sink)
    return sink.findings
}

/// Scans `cells` as the cells of one column under `header`, one row each, into `sink`.
func scan(column cells: [String], header: String, detectors: [Detector], sink: inout CollectingSink) {
    var locator = IdentityLocator()
    let engine = DetectionEngine(detectors: detectors)
    let column = Column(number: 1, header: header)
    for cell in cells {
        Array(cell.utf8).withUnsafeBufferPointer { window in
            withExtendedLifetime(column) {
                engine.scan(Piece(window: window, scan: 0..<window.count, column: column), locator: &locator, sink: &sink)
            }
        }
        engine.finishRecord(sink: &sink)
    }
}

/// Collects every finding with its details.
struct CollectingSink: FindingSink {
    var findings: [Finding] = []
    var counts: [Kind: Int] = [:]
    var wantsDetails = true
    mutating func add(_ finding: Finding) { findings.append(finding) }
    mutating func count(_ kind: Kind, organisational: Bool) { counts[kind, default: 0] += 1 }
}

/// Window offsets are source offsets; everything is on line 1.
struct IdentityLocator: PieceLocator {
    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        // Characters = UTF-8 bytes that are not continuation bytes (10xxxxxx).
        var characters = 0
        for b in window[..<range.lowerBound] where b & 0xC0 != 0x80 { characters += 1 }
        return (Location(line: 1, column: characters + 1), range)
    }
}
