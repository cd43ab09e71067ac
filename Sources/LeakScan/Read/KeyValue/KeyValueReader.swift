/// Key–value text: YAML (`.yaml`, `.yml`), Java properties (`.properties`) and INI-style settings
/// (`.ini`, `.cfg`, `.conf`, `.toml`, `.env`): the seed data, test fixtures and settings that end
/// up in repositories. Each `key: value` or `key = value` line is read as a table cell: its value
/// is scanned under a column named by its key and the key it is nested under (`KeyPaths`:
/// `students.xm`, `[guardian] phone` → `guardian.phone`), as a CSV value under its header, so
/// that `xm: 张伟` is a name under a name header; each YAML list item is a record. A double-quoted
/// value's escapes (`"\u5F20\u4F1F"`: what PyYAML writes for Chinese by default) and a properties
/// value's (`\u5F20\u4F1F`: what Java's `Properties.store` writes) are decoded and located where
/// they stand. Comments, block scalars and other lines are scanned as text: nothing is skipped.
///
/// The text goes through the buffer a line at a time; a line longer than a quarter of the buffer
/// is scanned as text in parts, so memory stays bounded.
struct KeyValueReader {
    let buffer: TextBuffer

    private static let extensions: Set<String> = ["yaml", "yml", "properties", "ini", "cfg", "conf", "toml", "env"]

    /// Known by name: its extension, or a dotenv file (`.env`, `.env.local`).
    static func isKeyValue(path: String) -> Bool {
        let name = FormatSniffer.fileName(path)
        return extensions.contains(FormatSniffer.fileExtension(path)) || name == ".env" || name.hasPrefix(".env.")
    }

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S, decodesEscapes: Bool) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            try KeyValueLines(buffer: buffer, engine: engine, sink: sink, decodesPlainEscapes: decodesEscapes).read()
        }
    }
}

/// The line-by-line reading behind `KeyValueReader`.
final class KeyValueLines<S: FindingSink> {
    private let buffer: TextBuffer
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let paths: KeyPaths
    private let cursor = LineCursor()
    private let scans: BufferedTextScans
    private let decoded = DecodedText()
    /// Java properties: a plain value's `\u` escapes are decoded too.
    private let decodesPlainEscapes: Bool
    /// A double-quoted value going on over the next lines: its column, and the decoded offset
    /// where it starts (the buffer keeps its text until it ends).
    private var openValue: (column: Unmanaged<Column>, start: Int, indent: Int)?
    /// The last line of the open value ended in `\`: the next one joins it with no blank.
    private var joinsNextLine = false

    init(buffer: TextBuffer, engine: DetectionEngine, sink: UnsafeMutablePointer<S>, decodesPlainEscapes: Bool) {
        self.buffer = buffer
        self.engine = engine
        self.sink = sink
        self.decodesPlainEscapes = decodesPlainEscapes
        scans = BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine)
        paths = KeyPaths(engine: engine)
    }

    func read() throws {
        try scans.readLines(sink: &sink.pointee, keep: { openValue?.start }, interrupt: scanOpenValue, line: line)
        if openValue != nil { scanOpenValue() }
        engine.finishRecord(sink: &sink.pointee)
    }

    private func line(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if let open = openValue {
            // A folded value goes on in lines indented deeper than its key; a line that is not
            // (`msg="hello` in a properties file) ends it unclosed, and is read as a line.
            guard KeyValueLine.indentation(t, range) <= open.indent else {
                continueValue(t, range)
                return
            }
            scanOpenValue()
        }
        let line = KeyValueLine(t, range)
        switch line.shape {
        case .blank:
            if line.listDash != nil, paths.line(indent: line.indent, listDash: line.listDash) { finishRecord() }
        case .documentStart:
            paths.section(nil)
            finishRecord()
        case .section(let name):
            finishRecord()
            let label = KeyLabel.isLabel(UnsafeBufferPointer(rebasing: t[name]), engine: engine)
            paths.section(label ? String(decoding: t[name], as: UTF8.self) : nil)
            if !label { scanText(t, name) }
        case .comment(let text):
            scanText(t, text)
        case .text(let text):
            if paths.line(indent: line.indent, listDash: line.listDash) { finishRecord() }
            if line.listDash != nil {
                // `- 13812345678` under `phones:`: a value of the list's key.
                scanValue(t, text, quote: nil, column: paths.columnAbove())
            } else {
                // A block scalar's line, a continued value, prose.
                scanText(t, text)
            }
        case .flow(let flow):
            if paths.line(indent: line.indent, listDash: line.listDash) { finishRecord() }
            scanFlow(t, flow, indent: line.indent, column: paths.columnAbove(), depth: 0)
        case .entry(let key, let value, let quote, let rest):
            let opensFlow = quote == nil && value.first.map { t[$0] == UInt8(ascii: "{") || t[$0] == UInt8(ascii: "[") } == true
            let column = entryColumn(t, key: key, indent: line.indent, listDash: line.listDash,
                                     opensBlock: (value.isEmpty && quote == nil) || opensFlow)
            if opensFlow {
                scanFlow(t, value, indent: line.indent + 1, column: column, depth: 0)
            } else {
                scanValue(t, value, quote: quote, column: column)
            }
            scanText(t, rest)
        case .openEntry(let key, let value):
            openValue = (entryColumn(t, key: key, indent: line.indent, listDash: line.listDash, opensBlock: false),
                         buffer.start + value.lowerBound, line.indent)
            decoded.clear(at: buffer.start + value.lowerBound)
            append(t, value)
        }
    }

    /// The column of an entry's value. A key that is data keys its entry: the entry is a record
    /// and the key a value in it.
    private func entryColumn(_ t: UnsafeBufferPointer<UInt8>, key: Range<Int>, indent: Int, listDash: Int?,
                             opensBlock: Bool) -> Unmanaged<Column> {
        if paths.line(indent: indent, listDash: listDash) { finishRecord() }
        let keyBytes = UnsafeBufferPointer(rebasing: t[key])
        let label = KeyLabel.isLabel(keyBytes, engine: engine)
        if !label {
            if opensBlock, listDash == nil { finishRecord() }
            scanValue(t, key, quote: nil, column: paths.columnAbove())
        }
        return paths.column(key: label ? String(decoding: keyBytes, as: UTF8.self) : nil, indent: indent,
                            opensBlock: opensBlock)
    }

    /// A flow collection (`{name: 张伟, phone: …}`, `[a, b]`) on a line: each pair read as an
    /// entry one level under the line (`students.name`), each value alone as a value of
    /// `column`, a nested collection in turn; what follows it on the line is text.
    private func scanFlow(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, indent: Int, column: Unmanaged<Column>, depth: Int) {
        guard depth < FlowItems.maximumDepth else {
            scanText(t, range)
            return
        }
        let flow = FlowItems(t, range)
        for item in flow.items {
            let nested = item.quote == nil && item.value.first.map { t[$0] == UInt8(ascii: "{") || t[$0] == UInt8(ascii: "[") } == true
            let itemColumn = item.key.map { entryColumn(t, key: $0, indent: indent, listDash: nil, opensBlock: nested) } ?? column
            if nested {
                scanFlow(t, item.value, indent: indent + 1, column: itemColumn, depth: depth + 1)
            } else {
                scanValue(t, item.value, quote: item.quote, column: itemColumn)
            }
        }
        scanText(t, flow.end..<range.upperBound)
    }

    /// A line of an open double-quoted value: folded onto it with a blank (none after a `\`),
    /// scanned once its closing quote comes, or in parts when it grows past a quarter of the buffer.
    private func continueValue(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let (text, close) = KeyValueLine.continuation(t, range)
        if !joinsNextLine {
            var blank: UInt8 = 0x20
            withUnsafePointer(to: &blank) { decoded.append(plain: UnsafeBufferPointer(start: $0, count: 1), at: buffer.start + text.lowerBound) }
        }
        append(t, text)
        if let close {
            scanOpenValue()
            scanText(t, (close + 1)..<range.upperBound)
        } else if decoded.count > buffer.capacity / 4, let open = openValue {
            scanOpenValue()
            openValue = (open.column, buffer.start + range.upperBound, open.indent)
            decoded.clear(at: buffer.start + range.upperBound)
        }
    }

    /// Adds a piece of an open value to `decoded`, noting whether it ends in an escaped line break.
    private func append(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var backslashes = 0
        while backslashes < range.count, t[range.upperBound - 1 - backslashes] == UInt8(ascii: "\\") { backslashes += 1 }
        joinsNextLine = backslashes % 2 == 1
        decode(t, range)
    }

    private func scanOpenValue() {
        guard let open = openValue else { return }
        openValue = nil
        joinsNextLine = false
        scanDecoded(column: open.column)
    }

    private func finishRecord() {
        engine.finishRecord(sink: &sink.pointee)
    }

    /// A value: decoded when its escapes mean something (double quotes, or any properties value),
    /// a number cell when it is a bare number, else a cell as it stands.
    private func scanValue(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, quote: UInt8?, column: Unmanaged<Column>) {
        guard !range.isEmpty else { return }
        let window = UnsafeBufferPointer(rebasing: t[range])
        if quote == UInt8(ascii: "\"") || (quote == nil && decodesPlainEscapes),
           ByteScanning.firstIndex(of: UInt8(ascii: "\\"), in: t, range) != nil {
            decoded.clear(at: buffer.start + range.lowerBound)
            decode(t, range)
            scanDecoded(column: column)
            return
        }
        scans.cell(t, range, column: column, isNumber: quote == nil && NumericCellText.isNumberWord(window), sink: &sink.pointee)
    }

    /// Escapes decoded (`\u5F20`, `\n`, `\"`) into `decoded`, each decoded byte located at its
    /// escape. A `\` that ends the range (an escaped line break) adds nothing.
    private func decode(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var plainStart = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            guard t[i] == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            if i > plainStart { decoded.append(plain: UnsafeBufferPointer(rebasing: t[plainStart..<i]), at: buffer.start + plainStart) }
            let length = i + 1 < range.upperBound && t[i + 1] == UInt8(ascii: "u") ? 6 : 2
            let end = min(i + length, range.upperBound)
            decoded.append(escape: UnsafeBufferPointer(rebasing: t[i..<end]), at: buffer.start + i)
            i = end
            plainStart = end
        }
        if range.upperBound > plainStart {
            decoded.append(plain: UnsafeBufferPointer(rebasing: t[plainStart..<range.upperBound]), at: buffer.start + plainStart)
        }
        decoded.markEnd(buffer.start + range.upperBound)
    }

    /// Scans what `decoded` holds as a cell of `column`.
    private func scanDecoded(column: Unmanaged<Column>) {
        decoded.bytes.withUnsafeBufferPointer { window in
            scans.decoded(window, from: 0, offsetsOf: decoded, column: column, sink: &sink.pointee)
        }
    }

    private func scanText(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        scans.text(t, range, sink: &sink.pointee)
    }
}
