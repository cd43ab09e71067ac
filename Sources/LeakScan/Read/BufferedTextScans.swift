/// Scans of pieces of a `TextBuffer`'s text, located by line and character column: what the
/// readers of data files (JSON, SQL dumps, key–value text) do with each value they take apart.
struct BufferedTextScans {
    let buffer: TextBuffer
    let cursor: LineCursor
    let engine: DetectionEngine

    /// Reads the buffer's text a line at a time to its end, for the readers of line-based data
    /// (key–value text, vCards, LDIF): `line` gets each line, without its line feed. A line longer than
    /// a quarter of the buffer is scanned as running text in parts cut where no value can be,
    /// after `interrupt` (the reader scans what it holds open). Text from the decoded offset
    /// `keep()` returns on (a value whose lines go on) stays in the buffer.
    func readLines<S: FindingSink>(sink: inout S, keep: () -> Int?, interrupt: () -> Void,
                                   line: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) throws {
        let details = sink.wantsDetails
        var i = 0
        while true {
            try buffer.fill()
            let text = buffer.text
            while i < text.count {
                if let newline = ByteScanning.firstIndex(of: 0x0A, in: text, i..<text.count) {
                    line(text, i..<newline)
                    i = newline + 1
                } else if buffer.atEnd {
                    line(text, i..<text.count)
                    i = text.count
                } else if text.count - i > buffer.capacity / 4 {
                    interrupt()
                    let cut = TextReader.findCut(text, from: i, limit: min(TextReader.cutSearchLimit, buffer.capacity / 4))
                    self.text(text, i..<cut, sink: &sink)
                    i = cut
                } else {
                    break
                }
            }
            if buffer.atEnd { return }
            var kept = min(i, keep().map { $0 - buffer.start } ?? i)
            if kept == 0, buffer.room < TextBuffer.minimumRoom {
                // An open value fills the buffer: scanned as it is, so that reading goes on.
                interrupt()
                kept = i
            }
            if details { cursor.advance(to: buffer.start + kept, text: text, textStart: buffer.start) }
            i -= buffer.discard(before: kept)
        }
    }

    /// A locator for a window of the buffer's text that starts at decoded offset `windowStart`.
    func locator(windowStart: Int) -> TextLocator {
        TextLocator(cursor: cursor, mapping: buffer.feed.mapping, text: buffer.text, textStart: buffer.start,
                    windowStart: windowStart)
    }

    /// `t[range]` of the buffer's text as running text.
    func text<S: FindingSink>(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, sink: inout S) {
        guard !range.isEmpty else { return }
        let window = UnsafeBufferPointer(rebasing: t[range])
        var locator = locator(windowStart: buffer.start + range.lowerBound)
        engine.scan(Piece(window: window, scan: 0..<window.count), locator: &locator, sink: &sink)
    }

    /// `t[range]` of the buffer's text as a table cell of `column`.
    func cell<S: FindingSink>(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, column: Unmanaged<Column>,
                              isNumber: Bool, sink: inout S) {
        cell(UnsafeBufferPointer(rebasing: t[range]), 0..<range.count, windowStart: range.lowerBound, column: column,
             isNumber: isNumber, sink: &sink)
    }

    /// `window[scan]` as a table cell of `column`, the window (context before the cell included)
    /// starting at `windowStart` in the buffer's text: a bare number (`isNumber`) as a number
    /// cell, one in exponent form written out in digits as a spreadsheet's.
    func cell<S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>, windowStart: Int,
                              column: Unmanaged<Column>, isNumber: Bool, sink: inout S) {
        guard !scan.isEmpty else { return }
        var locator = locator(windowStart: buffer.start + windowStart)
        if isNumber {
            NumericCellText.scanNumberCell(window, scan, column: column, engine: engine, locator: &locator, sink: &sink)
        } else {
            engine.scan(Piece(window: window, scan: scan, columnReference: column), locator: &locator, sink: &sink)
        }
    }

    /// Decoded text (`window`, a prefix of `decoded`'s bytes) from `start` on as a cell of
    /// `column` (running text when nil), each byte located through the offset of the escape it
    /// came from.
    func decoded<S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, from start: Int, offsetsOf decoded: DecodedText,
                                 column: Unmanaged<Column>?, sink: inout S) {
        guard start < window.count else { return }
        decoded.offsets.withUnsafeBufferPointer { offsets in
            var locator = DecodedLocator(text: locator(windowStart: 0), offsets: offsets)
            engine.scan(Piece(window: window, scan: start..<window.count, columnReference: column), locator: &locator, sink: &sink)
        }
    }
}
