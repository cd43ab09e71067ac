/// JSON and JSON Lines: the data files committed to repositories (fixtures, mock data, API
/// responses saved to disk, exports of school systems). Every string and number is scanned as
/// a table cell whose column is named after its key (`JSONStructure`), so that `"name": "张伟"`
/// is read as a name under a name header, and each object in an array is a record.
///
/// The tokenizer is lenient and streams through the text buffer: what is not JSON (a comment,
/// a bare word, a file cut short) is still scanned, as a value, never skipped. Strings are
/// decoded (`DecodedText`); a long string is scanned in parts, so memory stays bounded whatever
/// the file. A Jupyter notebook's HTML outputs are read by the HTML reader (`NotebookOutputs`).
struct JSONReader {
    let buffer: TextBuffer

    /// Whether the text is JSON: by name (`.json`, `.jsonl`, `.ndjson`, `.geojson`) when it opens
    /// with `{` or `[`, else by its opening (`{"`, `[{`, `["`), so a text note that starts with
    /// `[通知]` stays text.
    static func isJSON(_ sample: UnsafeBufferPointer<UInt8>, fileExtension ext: String) -> Bool {
        var i = 0
        func skipBlanks() { while i < sample.count, isJSONBlank(sample[i]) { i += 1 } }
        skipBlanks()
        guard i < sample.count, sample[i] == UInt8(ascii: "{") || sample[i] == UInt8(ascii: "[") else { return false }
        if ["json", "jsonl", "ndjson", "geojson"].contains(ext) { return true }
        let opening = sample[i]
        i += 1
        skipBlanks()
        guard i < sample.count else { return false }
        let next = sample[i]
        if opening == UInt8(ascii: "{") { return next == UInt8(ascii: "\"") }
        return next == UInt8(ascii: "{") || next == UInt8(ascii: "\"")
    }

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            let tokens = JSONTokens(buffer: buffer, engine: engine, sink: sink)
            try tokens.read()
        }
    }
}

@inline(__always) func isJSONBlank(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
}

/// The tokenizer behind `JSONReader`: structure characters go to `JSONStructure`, strings and
/// bare words (numbers, literals, anything else) are scanned as they complete.
final class JSONTokens<S: FindingSink> {
    /// A string or bare word longer than this (bytes of text) is scanned in parts: a quarter
    /// of the buffer, so that the rest of the buffer always has room to read on.
    private let partLimit: Int
    /// Bytes of a long string kept before a part as context (a name cut at the part's edge).
    static var partContext: Int { TextReader.contextLength }

    private let buffer: TextBuffer
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let structure: JSONStructure
    private let cursor = LineCursor()
    private let scans: BufferedTextScans
    private let decoded = DecodedText()
    private let details: Bool
    private var notebook = NotebookOutputs()
    private var unscannedOutputs = UnscannedParts()

    /// A string or bare word not yet complete when the buffer ran out.
    private enum Run { case string, bareword }
    private var run: Run?
    /// Buffer index of the first byte of the run not yet scanned (after the opening quote).
    private var runStart = 0
    /// Buffer index where the run's end is looked for next.
    private var runResume = 0
    /// Buffer index from which the run's earlier bytes are still held (context for a part).
    private var runContext = 0
    /// The run's text is in `decoded` (it had an escape), up to buffer index `decodedUpTo`.
    private var runDecodes = false
    private var decodedUpTo = 0
    /// Bytes of `decoded` scanned already, kept as context.
    private var decodedScanned = 0
    /// Some part of the run was scanned: it is data, not a key.
    private var runWasCut = false

    init(buffer: TextBuffer, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.buffer = buffer
        self.engine = engine
        self.sink = sink
        structure = JSONStructure(engine: engine)
        details = sink.pointee.wantsDetails
        partLimit = min(256 * 1024, buffer.capacity / 4)
        scans = BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine)
    }

    func read() throws {
        var position = 0
        while true {
            try buffer.fill()
            let text = buffer.text
            position = tokenize(text, from: position)
            if buffer.atEnd {
                finishRun(text)
                break
            }
            let keep = run == nil ? position : heldFrom(text)
            if details { cursor.advance(to: buffer.start + keep, text: text, textStart: buffer.start) }
            let dropped = buffer.discard(before: keep)
            position -= dropped
            runStart -= dropped
            runResume -= dropped
            runContext = max(0, runContext - dropped)
            decodedUpTo -= dropped
        }
        // A notebook cut short inside an output's HTML: what it holds is read still.
        if notebook.holdsHTML { scanNotebookHTML() }
        engine.finishRecord(sink: &sink.pointee)
        try unscannedOutputs.check(called: "notebook outputs")
    }

    /// Reads tokens from `start` until the buffer ends; returns where reading stopped.
    private func tokenize(_ t: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        if run != nil {
            i = continueRun(t)
            if run != nil { return t.count }
        }
        while i < t.count {
            let b = t[i]
            switch b {
            case 0x20, 0x0A, 0x0D, 0x09:
                i += 1
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if structure.open(object: b == UInt8(ascii: "{")) { engine.finishRecord(sink: &sink.pointee) }
                notebook.open(object: b == UInt8(ascii: "{"))
                i += 1
                continue
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if structure.close() { engine.finishRecord(sink: &sink.pointee) }
                if notebook.close() { scanNotebookHTML() }
                i += 1
                continue
            case UInt8(ascii: ","):
                if structure.comma() { engine.finishRecord(sink: &sink.pointee) }
                i += 1
                continue
            case UInt8(ascii: ":"):
                i += 1
                continue
            case UInt8(ascii: "\""):
                run = .string
                runStart = i + 1
                decoded.clear(at: buffer.start + runStart)
            default:
                run = .bareword
                runStart = i
            }
            runResume = runStart
            runContext = runStart
            runDecodes = false
            decodedUpTo = runStart
            decodedScanned = 0
            runWasCut = false
            i = continueRun(t)
            if run != nil { return t.count }
        }
        return i
    }

    /// Looks for the end of the current run from `runResume`; scans the run when it ends (and
    /// returns the index after it), or a part of it when it has grown past `partLimit`.
    private func continueRun(_ t: UnsafeBufferPointer<UInt8>) -> Int {
        var i = runResume
        switch run {
        case .string:
            while i < t.count {
                let b = t[i]
                if b == UInt8(ascii: "\"") {
                    complete(t, end: i)
                    return i + 1
                }
                if b == UInt8(ascii: "\\") {
                    // The escape must be whole in the buffer: `\uXXXX` is six bytes.
                    let length = i + 1 < t.count && t[i + 1] == UInt8(ascii: "u") ? 6 : 2
                    guard i + length <= t.count || buffer.atEnd else { break }
                    let end = min(i + length, t.count)
                    startDecoding(t, upTo: i)
                    decoded.append(escape: UnsafeBufferPointer(rebasing: t[i..<end]), at: buffer.start + i)
                    decodedUpTo = end
                    i = end
                } else {
                    i += 1
                }
                if i - runStart >= partLimit { scanPart(t, upTo: i) }
            }
        case .bareword:
            while i < t.count {
                let b = t[i]
                if isJSONBlank(b) || isStructural(b) {
                    complete(t, end: i)
                    return i
                }
                i += 1
                if i - runStart >= partLimit { scanPart(t, upTo: i) }
            }
        case nil:
            return i
        }
        runResume = i
        return t.count
    }

    /// The buffer ended: a run cut short by the end of the file is scanned as it is.
    private func finishRun(_ t: UnsafeBufferPointer<UInt8>) {
        guard run != nil else { return }
        complete(t, end: t.count)
    }

    /// Where the held text starts while a run is open: its context (the decoded text's source
    /// when it decodes).
    private func heldFrom(_ t: UnsafeBufferPointer<UInt8>) -> Int {
        if runDecodes {
            startDecoding(t, upTo: runResume)
            return max(0, decoded.offsets[0] - buffer.start)
        }
        return max(runContext, runStart - Self.partContext)
    }

    /// From the first escape on, the run's text is gathered in `decoded`.
    private func startDecoding(_ t: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        let from = runDecodes ? decodedUpTo : runStart
        runDecodes = true
        if end > from { decoded.append(plain: UnsafeBufferPointer(rebasing: t[from..<end]), at: buffer.start + from) }
        decodedUpTo = max(end, from)
    }

    private func isStructural(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
             UInt8(ascii: ":"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// The run ends before `end`: a value is scanned; a key names the values after it, and is
    /// scanned only when it is not a label (it may be data: objects keyed by student).
    private func complete(_ t: UnsafeBufferPointer<UInt8>, end: Int) {
        let kind = run
        run = nil
        // A bare word may be a key too: JavaScript's object literals leave keys unquoted.
        let isKey = structure.expectsKey
        if !isKey, notebook.valueIsOutputText {
            if kind == .string { takeOutputText(t, upTo: end, isEnd: true) }
            structure.valueRead()
            if notebook.valueRead() { scanNotebookHTML() }
            return
        }
        let column = isKey ? structure.keyColumn : structure.valueColumn
        // A string beside a value may be its label (`{"name": "姓名", "value": …}`), no data.
        let labelsValue = { (text: UnsafeBufferPointer<UInt8>) in !isKey && kind == .string && !self.runWasCut && self.structure.labelBesideValueRead(text) }
        if runDecodes {
            startDecoding(t, upTo: end)
            decoded.markEnd(buffer.start + end)
            decoded.bytes.withUnsafeBufferPointer { window in
                if isKey ? keyNeedsScan(window) : !labelsValue(window) { scanDecoded(window, from: decodedScanned, column: column) }
            }
        } else {
            let window = UnsafeBufferPointer(rebasing: t[runContext..<end])
            let scan = (runStart - runContext)..<window.count
            let text = UnsafeBufferPointer(rebasing: window[scan])
            if isKey ? keyNeedsScan(text) : !labelsValue(text) {
                if kind == .bareword {
                    scanBareword(window, scan, column: column, windowStart: runContext)
                } else {
                    scanText(window, scan, column: column, windowStart: runContext)
                }
            }
        }
        if !isKey {
            structure.valueRead()
            notebook.valueRead()
        }
        if structure.isAtTop { engine.finishRecord(sink: &sink.pointee) }
    }

    /// Hands a key to the structure; whether it must be scanned (it is no label). A key cut
    /// into parts is data.
    private func keyNeedsScan(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        notebook.keyRead(key)
        return !structure.keyRead(runWasCut ? UnsafeBufferPointer(start: nil, count: 0) : key) || runWasCut
    }

    /// A run grown past `partLimit`: the part up to a place where no value can be cut is
    /// scanned, and the run goes on from there.
    private func scanPart(_ t: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        if !structure.expectsKey, notebook.valueIsOutputText { return takeOutputText(t, upTo: end, isEnd: false) }
        runWasCut = true
        let column = structure.expectsKey ? structure.keyColumn : structure.valueColumn
        if runDecodes {
            startDecoding(t, upTo: end)
            decoded.markEnd(buffer.start + end)
            let cut = decoded.bytes.withUnsafeBufferPointer { window in
                let cut = TextReader.findCut(window, from: decodedScanned, limit: partLimit / 4)
                scanDecoded(UnsafeBufferPointer(rebasing: window[0..<cut]), from: decodedScanned, column: column)
                return cut
            }
            let dropped = max(0, cut - Self.partContext)
            decoded.drop(first: dropped)
            decodedScanned = cut - dropped
            runStart = end
        } else {
            let window = UnsafeBufferPointer(rebasing: t[runContext..<end])
            let cut = TextReader.findCut(window, from: runStart - runContext, limit: partLimit / 4)
            scanText(UnsafeBufferPointer(rebasing: window[0..<cut]), (runStart - runContext)..<cut, column: column,
                     windowStart: runContext)
            runStart = runContext + cut
        }
    }

    /// The run's text up to `end` is a notebook output's: its HTML is gathered, the text beside
    /// it passed over.
    private func takeOutputText(_ t: UnsafeBufferPointer<UInt8>, upTo end: Int, isEnd: Bool) {
        let isHTML = notebook.valueRole == .html
        if runDecodes {
            startDecoding(t, upTo: end)
            if isEnd { decoded.markEnd(buffer.start + end) }
            if isHTML { decoded.bytes.withUnsafeBufferPointer { notebook.gather($0) } }
            decoded.drop(first: decoded.count)
        } else if isHTML {
            notebook.gather(UnsafeBufferPointer(rebasing: t[runStart..<end]))
        }
        runStart = end
        runContext = end
    }

    /// A notebook output's HTML is whole: it is read by the HTML reader as a file of its own
    /// (`ArchiveReader.scanMember`), after the record open before it.
    private func scanNotebookHTML() {
        engine.finishRecord(sink: &sink.pointee)
        let (name, html) = notebook.takeHTML()
        unscannedOutputs.attempt(name) {
            guard let html else { throw ScanError(.other("larger than \(ArchiveReader.memberLimit >> 20) MiB")) }
            try ArchiveReader.scanMember(html, named: name, engine: engine, sink: &sink.pointee)
        }
    }

    private func scanText(_ window: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>, column: Unmanaged<Column>, windowStart: Int) {
        scans.cell(window, scan, windowStart: windowStart, column: column, isNumber: false, sink: &sink.pointee)
    }

    /// A bare word: a number is a number cell (one in exponent form written out in digits, as a
    /// spreadsheet's: JavaScript and Python write large numbers so); `true`, `false` and `null`
    /// hold nothing; anything else is text.
    private func scanBareword(_ window: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>, column: Unmanaged<Column>, windowStart: Int) {
        let word = UnsafeBufferPointer(rebasing: window[scan])
        if Self.isLiteral(word) { return }
        scans.cell(window, scan, windowStart: windowStart, column: column, isNumber: NumericCellText.isNumberWord(word),
                   sink: &sink.pointee)
    }

    private func scanDecoded(_ window: UnsafeBufferPointer<UInt8>, from start: Int, column: Unmanaged<Column>) {
        scans.decoded(window, from: start, offsetsOf: decoded, column: column, sink: &sink.pointee)
    }

    private static func isLiteral(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) || word.elementsEqual("null".utf8)
    }
}
