/// Reads a Rich Text Format file (`.rtf`, what Word, WPS and web systems save as "RTF"; known by
/// its `{\rtf` start). The tokens (`RTFTokenizer`) are read in order: groups that hold no text
/// (font and colour tables, style sheets, pictures, objects, document information, and every
/// ignorable destination `{\*…}`, field codes among them) are skipped; text written as bytes in
/// the document's code page (`\ansicpg936`: GBK) is decoded with iconv, `\uN` characters as
/// they are. Paragraphs (`\par`) and table cells (`\intbl` … `\cell`, rows ended by `\row`) go
/// to a `WordStory`, as a `.docx`'s do: running text a paragraph a line, each cell with its
/// column header, each row a record.
enum RTFReader {
    /// A file starts so.
    static func isRTF(_ head: [UInt8]) -> Bool { head.starts(with: Array("{\\rtf".utf8)) }

    /// Destinations that hold no text of the document.
    static let skipped: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata", "colorschememapping",
        "latentstyles", "datastore", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator",
        "pgdsctbl", "fldinst", "bkmkstart", "bkmkend", "shpinst", "nonshppict", "filetbl", "revtbl",
    ]

    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            let state = RTFState(story: WordStory(field: nil, engine: engine, sink: sink))
            var tokens = RTFTokenizer(source)
            while let token = try tokens.next() { state.take(token) }
            state.finish()
            if state.story.textOverflowed {
                throw ScanError(.other("a paragraph or table cell of more than \(CellTextBuffer.limit >> 20) MiB of text: only its start was scanned (memory guard)"))
            }
        }
    }
}

/// What the tokens so far have set: the open groups (skipped or not, the `\ucN` of each), the
/// code page, and where the text is (running text, or which table row and cell).
final class RTFState<S: FindingSink> {
    let story: WordStory<S>
    private struct Group { var skip: Bool; var fallback: Int; var fresh: Bool }
    private var groups = [Group(skip: false, fallback: 1, fresh: false)]
    private var codePage = 1252
    private var converter: IconvConverter?
    private var pendingBytes: [UInt8] = []
    /// Characters still to pass over after a `\uN` (its fallback for older readers).
    private var toSkip = 0
    private var inTable = false
    private var paragraphOpen = false

    init(story: WordStory<S>) {
        self.story = story
    }

    func take(_ token: RTFTokenizer.Token) {
        switch token {
        case .groupStart:
            flush()
            groups.append(Group(skip: groups.last!.skip, fallback: groups.last!.fallback, fresh: true))
            return
        case .groupEnd:
            flush()
            if groups.count > 1 { groups.removeLast() }
            return
        default:
            break
        }
        let fresh = groups[groups.count - 1].fresh
        groups[groups.count - 1].fresh = false
        switch token {
        case .symbol(UInt8(ascii: "*")) where fresh:
            groups[groups.count - 1].skip = true
        case .word(let name, _) where fresh && RTFReader.skipped.contains(name):
            groups[groups.count - 1].skip = true
        case _ where groups.last!.skip:
            break
        case .hex(let b):
            if toSkip > 0 { toSkip -= 1 } else { pendingBytes.append(b) }
        case .byte(let b):
            if toSkip > 0 { toSkip -= 1; return }
            if b < 0x80 {
                flush()
                text([b])
            } else {
                pendingBytes.append(b)
            }
        case .symbol(let s):
            flush()
            switch s {
            case UInt8(ascii: "~"): text([0x20])
            case UInt8(ascii: "_"): text([0x2D])
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"): text([s])
            default: break
            }
        case .word(let name, let parameter):
            word(name, parameter)
        default:
            break
        }
    }

    private func word(_ name: String, _ parameter: Int?) {
        flush()
        switch name {
        case "ansicpg": if let p = parameter { codePage = p; converter = nil }
        case "uc": groups[groups.count - 1].fallback = max(0, parameter ?? 1)
        case "u":
            if let p = parameter { text(Array(String(Unicode.Scalar(UInt32(p < 0 ? p + 65536 : p)).map(Character.init) ?? "\u{FFFD}").utf8)) }
            toSkip = groups.last!.fallback
        case "par", "sect", "page":
            endParagraph()
        case "line", "tab": text([0x09])
        case "emdash": text(Array("—".utf8))
        case "endash": text(Array("–".utf8))
        case "lquote": text(Array("‘".utf8))
        case "rquote": text(Array("’".utf8))
        case "ldblquote": text(Array("“".utf8))
        case "rdblquote": text(Array("”".utf8))
        case "pard": inTable = false
        case "intbl": inTable = true
        case "cell", "nestcell":
            story.openCell()
            story.finishCell()
            paragraphOpen = false
        case "row", "nestrow":
            story.endRow()
            paragraphOpen = false
        default:
            break
        }
    }

    /// Text of the document: it opens its paragraph, in a cell or in running text.
    private func text(_ bytes: [UInt8]) {
        if inTable {
            if story.tables.last?.openCell == nil { paragraphOpen = false }
            story.openCell()
        } else if story.inTable {
            endTable()
        }
        if !paragraphOpen {
            story.startParagraph()
            paragraphOpen = true
        }
        bytes.withUnsafeBufferPointer { story.append($0) }
    }

    private func endParagraph() {
        if !paragraphOpen, !inTable, story.inTable { endTable() }
        paragraphOpen = false
    }

    private func endTable() {
        story.endTable()
        paragraphOpen = false
    }

    /// Bytes in the code page, decoded.
    private func flush() {
        guard !pendingBytes.isEmpty else { return }
        defer { pendingBytes.removeAll(keepingCapacity: true) }
        if converter == nil { converter = try? IconvConverter(from: "CP\(codePage)") }
        guard let converter else { return }
        text(converter.convertWhole(pendingBytes))
    }

    func finish() {
        flush()
        if story.inTable { story.endTable() }
        story.finish()
    }
}
