/// One line of key–value text, taken apart: its indentation, a YAML list item's dash, and what
/// it holds (an entry `key: value` or `key = value`, a section `[name]`, a comment, a document
/// start `---`, or text that is none of these).
struct KeyValueLine {
    enum Shape: Equatable {
        case blank
        /// `---`: a YAML document starts.
        case documentStart
        /// `[name]` or TOML's `[[name]]`: a section of an INI or TOML file.
        case section(name: Range<Int>)
        /// `# …`, `; …`, `! …`: a comment, whose text is `text`.
        case comment(text: Range<Int>)
        /// `key: value`, `key = value`: `value` without its quotes; `quote` the quote around it
        /// (`"` when its escapes are to be decoded); `rest` what follows it (a comment).
        case entry(key: Range<Int>, value: Range<Int>, quote: UInt8?, rest: Range<Int>)
        /// `key: "value` with no closing quote on the line: a double-quoted value that goes on
        /// over the next lines (PyYAML folds long ones so).
        case openEntry(key: Range<Int>, value: Range<Int>)
        /// `{name: 张伟, phone: …}` or `[a, b]`: a YAML flow mapping or sequence (`FlowItems`).
        case flow(Range<Int>)
        /// Anything else: a block scalar's line, a continued value, prose.
        case text(Range<Int>)
    }

    /// Where the line's content starts, a list item's dash passed (`  - name: x`: the key's column).
    let indent: Int
    /// The dash's column when the line is a YAML list item.
    let listDash: Int?
    let shape: Shape

    /// A key longer than this is prose, not a label.
    static let maximumKeyLength = 64

    init(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var end = range.upperBound
        while end > range.lowerBound, Self.isBlank(t[end - 1]) || t[end - 1] == 0x0D { end -= 1 }
        var i = Self.skipBlanks(t, from: range.lowerBound, end: end)
        var dash: Int?
        if i < end, t[i] == UInt8(ascii: "-"), i + 1 == end || Self.isBlank(t[i + 1]) {
            dash = i - range.lowerBound
            i = Self.skipBlanks(t, from: i + 1, end: end)
        }
        indent = i - range.lowerBound
        listDash = dash
        shape = Self.shape(t, i..<end, atLineStart: dash == nil && i == range.lowerBound)
    }

    private static func shape(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, atLineStart: Bool) -> Shape {
        guard let first = r.first.map({ t[$0] }) else { return .blank }
        if atLineStart, r.count >= 3, t[r.lowerBound] == UInt8(ascii: "-"), t[r.lowerBound + 1] == UInt8(ascii: "-"),
           t[r.lowerBound + 2] == UInt8(ascii: "-"), r.count == 3 || isBlank(t[r.lowerBound + 3]) {
            return .documentStart
        }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ";"), UInt8(ascii: "!"):
            return .comment(text: (r.lowerBound + 1)..<r.upperBound)
        case UInt8(ascii: "["):
            if let name = sectionName(t, r) { return .section(name: name) }
            return .flow(r)
        case UInt8(ascii: "{"):
            return .flow(r)
        default:
            break
        }
        return entry(t, r) ?? .text(r)
    }

    /// `[name]` or `[[name]]`, with no `,` or `:` inside (a YAML flow list is not a section).
    private static func sectionName(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int>? {
        guard t[r.upperBound - 1] == UInt8(ascii: "]") else { return nil }
        var lower = r.lowerBound
        var upper = r.upperBound
        while lower < upper, t[lower] == UInt8(ascii: "[") { lower += 1 }
        while upper > lower, t[upper - 1] == UInt8(ascii: "]") { upper -= 1 }
        guard upper > lower, !t[lower..<upper].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") })
        else { return nil }
        return lower..<upper
    }

    /// `key: value` (YAML: the colon followed by a blank or the line's end), `key = value` or
    /// `key=value` (properties, INI, TOML, .env; `export KEY=value` too).
    private static func entry(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Shape? {
        var key: Range<Int>
        var i: Int
        if t[r.lowerBound] == UInt8(ascii: "\"") || t[r.lowerBound] == UInt8(ascii: "'") {
            guard let close = closingQuote(t, from: r.lowerBound + 1, end: r.upperBound, quote: t[r.lowerBound]) else { return nil }
            key = (r.lowerBound + 1)..<close
            i = skipBlanks(t, from: close + 1, end: r.upperBound)
            guard i < r.upperBound, t[i] == UInt8(ascii: ":") || t[i] == UInt8(ascii: "=") else { return nil }
        } else {
            i = r.lowerBound
            while i < r.upperBound {
                let b = t[i]
                if b == UInt8(ascii: "="), i > r.lowerBound { break }
                if b == UInt8(ascii: ":"), i > r.lowerBound, i + 1 == r.upperBound || isBlank(t[i + 1]) { break }
                if i - r.lowerBound >= maximumKeyLength { return nil }
                i += 1
            }
            guard i < r.upperBound else { return nil }
            var keyEnd = i
            while keyEnd > r.lowerBound, isBlank(t[keyEnd - 1]) { keyEnd -= 1 }
            key = r.lowerBound..<keyEnd
            let export = "export ".utf8
            if key.count > export.count, t[key.lowerBound..<(key.lowerBound + export.count)].elementsEqual(export) {
                key = (key.lowerBound + export.count)..<key.upperBound
            }
        }
        guard !key.isEmpty, key.count <= maximumKeyLength else { return nil }
        let start = skipBlanks(t, from: i + 1, end: r.upperBound)
        guard start < r.upperBound else { return .entry(key: key, value: start..<start, quote: nil, rest: start..<start) }
        let quote = t[start]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            if let close = closingQuote(t, from: start + 1, end: r.upperBound, quote: quote) {
                return .entry(key: key, value: (start + 1)..<close, quote: quote, rest: (close + 1)..<r.upperBound)
            }
            if quote == UInt8(ascii: "\"") {
                return .openEntry(key: key, value: (start + 1)..<r.upperBound)
            }
        }
        // A plain value ends where a comment starts (` #`).
        var end = r.upperBound
        var from = start
        while let hash = ByteScanning.firstIndex(of: UInt8(ascii: "#"), in: t, from..<r.upperBound) {
            if isBlank(t[hash - 1]) {
                end = hash
                break
            }
            from = hash + 1
        }
        var valueEnd = end
        while valueEnd > start, isBlank(t[valueEnd - 1]) { valueEnd -= 1 }
        return .entry(key: key, value: start..<valueEnd, quote: nil, rest: end..<r.upperBound)
    }

    /// The blanks a line starts with; a blank line counts as indented without end.
    static func indentation(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let first = skipBlanks(t, from: range.lowerBound, end: range.upperBound)
        return first == range.upperBound || t[first] == 0x0D ? Int.max : first - range.lowerBound
    }

    /// A line that goes on with a double-quoted value: its text after the leading blanks, up to
    /// the closing quote when the line has it (and its index).
    static func continuation(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (text: Range<Int>, close: Int?) {
        var end = range.upperBound
        if end > range.lowerBound, t[end - 1] == 0x0D { end -= 1 }
        let start = skipBlanks(t, from: range.lowerBound, end: end)
        let close = closingQuote(t, from: start, end: end, quote: UInt8(ascii: "\""))
        return (start..<(close ?? end), close)
    }

    /// The index of the quote that closes a string opened before `from`: `\"` escapes it in
    /// double quotes, `''` in single quotes.
    private static func closingQuote(_ t: UnsafeBufferPointer<UInt8>, from: Int, end: Int, quote: UInt8) -> Int? {
        var i = from
        while i < end {
            if quote == UInt8(ascii: "\""), t[i] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if t[i] == quote {
                if quote == UInt8(ascii: "'"), i + 1 < end, t[i + 1] == quote {
                    i += 2
                    continue
                }
                return i
            }
            i += 1
        }
        return nil
    }

    static func skipBlanks(_ t: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i < end, isBlank(t[i]) { i += 1 }
        return i
    }

    @inline(__always)
    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
}
