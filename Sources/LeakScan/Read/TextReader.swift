/// Plain text: the buffer is scanned in large pieces cut where no value can be, each carrying up
/// to `contextLength` bytes before it as context.
struct TextReader {
    static let contextLength = 256
    /// A cut is looked for in at most this many bytes at the end of the unscanned text.
    static let cutSearchLimit = 64 * 1024

    let buffer: TextBuffer

    /// Bytes that can be part of a value: digits, ASCII letters, `@ . _ % + -` and space; and
    /// `\`, so that a `\u` escape is never cut apart (`UnicodeEscapeRuns`).
    static let valueByte: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = true }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = true; t[Int(b - 32)] = true }
        for c in "@._%+- \\".utf8 { t[Int(c)] = true }
        return t
    }()

    /// `cursor`: where the buffer's text stands, when a reader that read the start of it as
    /// something else hands the rest on as text.
    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S, cursor: LineCursor = LineCursor()) throws {
        let details = sink.wantsDetails
        let scans = BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine)
        let decoded = DecodedText()
        var scanStart = 0
        while true {
            try buffer.fill()
            let text = buffer.text
            let cut = buffer.atEnd ? text.count : Self.findCut(text, from: scanStart, limit: min(Self.cutSearchLimit, buffer.capacity / 4))
            if cut > scanStart {
                // Escaped runs (a log's query strings, JSON written ASCII only) are scanned decoded,
                // in their place, after the plain text of their line.
                var segmentStart = scanStart
                var runs = EscapedRuns(in: text, scanStart..<cut)
                while let (run, kind) = runs.next(from: segmentStart) {
                    scanPlain(text, segmentStart..<run.lowerBound, cut: cut, scans: scans, sink: &sink)
                    let start = runs.decode(run, kind, textStart: buffer.start, into: decoded)
                    decoded.bytes.withUnsafeBufferPointer { scans.decoded($0, from: start, offsetsOf: decoded, column: nil, sink: &sink) }
                    segmentStart = run.upperBound
                }
                scanPlain(text, segmentStart..<cut, cut: cut, scans: scans, sink: &sink)
                if details { cursor.advance(to: buffer.start + cut, text: text, textStart: buffer.start) }
            }
            if buffer.atEnd { break }
            let dropped = buffer.discard(before: max(0, cut - Self.contextLength))
            scanStart = cut - dropped
        }
    }

    /// `text[scan]` as running text, the window running on to the piece's end `cut`.
    private func scanPlain<S: FindingSink>(_ text: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>, cut: Int,
                                           scans: BufferedTextScans, sink: inout S) {
        guard !scan.isEmpty else { return }
        var locator = scans.locator(windowStart: buffer.start)
        scans.engine.scan(Piece(window: UnsafeBufferPointer(rebasing: text[0..<cut]), scan: scan, columnReference: nil,
                                classes: buffer.classes(delimiter: 0x0A)),
                          locator: &locator, sink: &sink)
    }

    /// Where to end a piece in `text[from...]`: just after the last newline near the end, else just
    /// after the last byte that cannot be inside a value (nor the last of a form written in ASCII
    /// for detection, a fullwidth digit or a dash: `ASCIIFolding`), else after a space between non-digits,
    /// else after a letter followed by a letter or a digit away from any `@` (no phone, ID or card
    /// number spans such a place: an ID's `X` ends it); if the end is one long run of digits or
    /// of an address's bytes, at the end (on a character boundary).
    static func findCut(_ text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        let end = text.count
        guard end > start else { return end }
        let low = max(start, end - max(limit, 1))
        if let newline = ByteScanning.lastIndex(of: 0x0A, in: text, low..<end) { return newline + 1 }
        return valueByte.withUnsafeBufferPointer { valueByte in
            var p = end - 1
            while p >= low {
                let b = text[p]
                if !valueByte[Int(b)], b < 0x80 || (p + 1 < end && text[p + 1] & 0xC0 != 0x80 && !ASCIIFolding.endsForm(text, at: p)) {
                    return p + 1
                }
                p -= 1
            }
            p = end - 2
            while p > low {
                if text[p] == 0x20, !isDigit(text[p - 1]), !isDigit(text[p + 1]) { return p + 1 }
                p -= 1
            }
            if let cut = cutAfterLetter(text, low: low, end: end) { return cut }
            // Do not split the last character if the buffer ends inside it.
            return ByteScanning.wholeCharactersEnd(text, start..<end)
        }
    }

    /// The last place in `text[low..<end]` after an ASCII letter and before a letter or a digit,
    /// with no `@` within an e-mail address's reach of it.
    private static func cutAfterLetter(_ text: UnsafeBufferPointer<UInt8>, low: Int, end: Int) -> Int? {
        let reach = 64
        var p = end - 1
        while p > low {
            if isASCIILetter(text[p - 1]), isAlphanumeric(text[p]),
               ByteScanning.firstIndex(of: UInt8(ascii: "@"), in: text, max(0, p - reach)..<min(end, p + reach)) == nil {
                return p
            }
            p -= 1
        }
        return nil
    }
}
