/// Finds candidates in one pass over a piece's bytes and hands them to the detectors.
///
/// The inner loop skips 8 bytes at a time where none can start a candidate, so Chinese text and
/// ordinary ASCII pass at word speed. Only digits and `@` wake detectors. One engine per
/// thread: it reuses its buffers between pieces.
public final class DetectionEngine {
    /// Detectors live in fixed buffers of unmanaged references (kept alive by `detectors`):
    /// loading a reference from an array retains and releases it per call, which cost more than
    /// the detection itself.
    private let numberDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    private let numberDetectorMinimums: UnsafeMutableBufferPointer<Int>
    private let atSignDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    /// The fewest digits any number detector wants: shorter tokens wake nobody.
    private let minimumDigits: Int
    private let keywords: HeaderKeywords
    /// Digit groups of the current token; fixed storage, so tokens cost no allocation.
    private let groups: UnsafeMutablePointer<Range<Int>>
    private var matches: [Match] = []
    private var accepted: [Match] = []

    /// Digit groups one token may join; longer chains are cut (no value we report has more).
    static let maxGroups = 8

    /// The detectors as given, so that another thread can get an engine of its own (`sibling`).
    private let detectors: [Detector]

    public init(detectors: [Detector] = StandardDetectors.all(), keywords: HeaderKeywords = .shared) {
        self.detectors = detectors
        let number = detectors.filter { $0.trigger == .number }
        numberDetectors = .allocate(capacity: number.count)
        _ = numberDetectors.initialize(from: number.map { Unmanaged.passUnretained($0) })
        numberDetectorMinimums = .allocate(capacity: number.count)
        _ = numberDetectorMinimums.initialize(from: number.map(\.minimumDigits))
        let atSign = detectors.filter { $0.trigger == .atSign }
        atSignDetectors = .allocate(capacity: atSign.count)
        _ = atSignDetectors.initialize(from: atSign.map { Unmanaged.passUnretained($0) })
        minimumDigits = number.map(\.minimumDigits).min() ?? Int.max
        self.keywords = keywords
        groups = .allocate(capacity: Self.maxGroups)
        matches.reserveCapacity(16)
    }

    /// An engine with the same detectors and keywords, for another thread (detectors are
    /// stateless and shared; the engine's buffers are not).
    public func sibling() -> DetectionEngine {
        DetectionEngine(detectors: detectors, keywords: keywords)
    }

    deinit {
        groups.deallocate()
        for buffer in [numberDetectors, atSignDetectors] {
            buffer.deinitialize()
            buffer.deallocate()
        }
        numberDetectorMinimums.deallocate()
    }

    public func scan<L: PieceLocator, S: FindingSink>(_ piece: Piece, locator: inout L, sink: inout S) {
        let window = piece.window
        let hints = piece.columnReference?._withUnsafeGuaranteedRef { columnHints($0) } ?? []
        let context = DetectionContext(window: window, scan: piece.scan, columnHints: hints,
                                       isTableCell: piece.columnReference != nil, isNumericCell: piece.isNumber,
                                       isApproximateNumber: piece.isApproximate)
        var i = piece.scan.lowerBound
        let end = piece.scan.upperBound
        // A piece may start inside a digit run whose head lies in the context part: skip it.
        if i > 0, i < end, isDigit(window[i - 1]) {
            while i < end, isDigit(window[i]) { i += 1 }
        }
        while i < end {
            i = skipBoring(window, from: i, end: end)
            guard i < end else { break }
            let byte = window[i]
            if isDigit(byte) {
                let token = readToken(window, from: i, end: end)
                i = token.end + (token.trailingX ? 1 : 0)
                let digits = token.digitCount(0..<token.groups.count)
                // Digits in an e-mail's local part (13812345678@qq.com) belong to the address.
                guard digits >= minimumDigits, !isEmailLocalPart(window, from: i) else { continue }
                detectNumber(token, digits: digits, context)
            } else if byte == UInt8(ascii: "@") {
                for k in atSignDetectors.indices {
                    atSignDetectors[k]._withUnsafeGuaranteedRef { $0.detect(atSign: i, context, into: &matches) }
                }
                i += 1
            } else {
                i += 1
                continue
            }
            if !matches.isEmpty {
                let resumeAt = emit(piece, locator: &locator, sink: &sink)
                i = max(i, resumeAt)
            }
        }
    }

    private func detectNumber(_ token: NumberToken, digits: Int, _ context: DetectionContext) {
        for k in numberDetectors.indices where numberDetectorMinimums[k] <= digits {
            numberDetectors[k]._withUnsafeGuaranteedRef { $0.detect(token, context, into: &matches) }
        }
    }

    /// Skips 8 bytes at a time while none of them can start a candidate. Digits are 0x30–0x39
    /// and `@` is 0x40: a word is skipped when no byte has the high nibble 3 and none is 0x40.
    /// Chinese UTF-8 (0x80–0xEF) and most ASCII text pass at word speed.
    @inline(__always)
    private func skipBoring(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        let base = UnsafeRawPointer(w.baseAddress!)
        while i + 8 <= end {
            let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if hasZeroByte((word ^ 0x3030_3030_3030_3030) & 0xF0F0_F0F0_F0F0_F0F0) ||
                hasZeroByte(word ^ 0x4040_4040_4040_4040) { break }
            i += 8
        }
        return i
    }

    /// What the column header says, worked out once per column.
    private func columnHints(_ column: Column) -> ContextHints {
        if let hints = column.hints { return hints }
        let hints = column.header.map { keywords.hints(forHeader: $0) } ?? []
        column.hints = hints
        return hints
    }

    private func readToken(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> NumberToken {
        var count = 0
        var i = start
        while true {
            let groupStart = i
            while i < end, isDigit(w[i]) { i += 1 }
            groups[count] = groupStart..<i
            count += 1
            // A single space or dash between digits joins groups: 138 1234 5678, 410105-2008…
            guard count < Self.maxGroups, i + 1 < end,
                  w[i] == 0x20 || w[i] == 0x2D, isDigit(w[i + 1]) else { break }
            i += 1
        }
        var trailingX = false
        if i < end, w[i] | 0x20 == 0x78 {
            trailingX = i + 1 >= w.count || !isAlphanumeric(w[i + 1])
        }
        return NumberToken(window: w, groups: UnsafeBufferPointer(start: groups, count: count), trailingX: trailingX)
    }

    /// Keeps matches that do not overlap a match of an earlier (higher-priority) detector, turns
    /// them into findings, and returns the offset scanning may resume at.
    private func emit<L: PieceLocator, S: FindingSink>(_ piece: Piece, locator: inout L, sink: inout S) -> Int {
        // One match (the usual case) needs no overlap resolution.
        if matches.count == 1 {
            let m = matches[0]
            matches.removeAll(keepingCapacity: true)
            report(m, piece, locator: &locator, sink: &sink)
            return m.range.upperBound
        }
        accepted.removeAll(keepingCapacity: true)
        for m in matches where !accepted.contains(where: { $0.range.overlaps(m.range) }) {
            accepted.append(m)
        }
        accepted.sort { $0.range.lowerBound < $1.range.lowerBound }
        var resume = 0
        for m in accepted {
            resume = max(resume, m.range.upperBound)
            report(m, piece, locator: &locator, sink: &sink)
        }
        matches.removeAll(keepingCapacity: true)
        return resume
    }

    /// Hands one accepted match to the sink: a finding with its location, or just a count.
    @inline(__always)
    private func report<L: PieceLocator, S: FindingSink>(_ m: Match, _ piece: Piece, locator: inout L, sink: inout S) {
        guard sink.wantsDetails else {
            sink.count(m.kind, organisational: m.organisational)
            return
        }
        var (location, sourceRange) = locator.locate(m.range, in: piece.window)
        if location.field == nil { location.field = piece.column?.header }
        let value = String(decoding: UnsafeBufferPointer(rebasing: piece.window[m.range]), as: UTF8.self)
        sink.add(Finding(kind: m.kind, confidence: m.confidence, location: location,
                         sourceRange: sourceRange, value: value, organisational: m.organisational))
    }
}

/// The bytes from `offset` on are the rest of an e-mail's local part (`13812345678@qq.com`,
/// `13812345678.wang@163.com`): the number belongs to the address.
func isEmailLocalPart(_ window: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
    var i = offset
    // A local part has at most 64 bytes (RFC 5321 4.5.3.1.1); looking further would make long
    // runs of letters and digits quadratic.
    let limit = min(window.count, offset + 64)
    while i < limit, EmailDetector.isLocalPartByte(window[i]) { i += 1 }
    return i < window.count && window[i] == UInt8(ascii: "@")
}

/// Whether any byte of `v` is zero (the classic bit trick: exact for "any", which is all we ask).
@inline(__always) func hasZeroByte(_ v: UInt64) -> Bool {
    (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

@inline(__always) func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }
