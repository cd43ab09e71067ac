/// An HTML page: what many web systems' "export to Excel" writes under an `.xls` name, or any
/// page. The text streams through libxml2's HTML push parser; each table cell is scanned as a
/// cell with its column header, as in a CSV file or a worksheet (a roster exported this way
/// keeps its names, found under 姓名); the rest of the text is scanned block by block
/// (paragraphs, list items, headings) as running text. Scripts and styles are skipped.
struct HTMLReader {
    let buffer: TextBuffer

    /// A running-text block is scanned once it holds this much, up to its last line break.
    static let blockLimit = 1 << 20

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            let document = HTMLDocument(engine: engine, sink: sink)
            let parser = try HTMLPushParser(handler: document)
            while true {
                try buffer.fill()
                let text = buffer.text
                // The parser gets whole characters only: what it was given is never given again.
                let end = buffer.atEnd ? text.count : ByteScanning.wholeCharactersEnd(text, 0..<text.count)
                try parser.feed(UnsafeBufferPointer(rebasing: text[0..<end]))
                if buffer.atEnd { break }
                buffer.discard(before: end)
            }
            try parser.finish()
            document.finish()
            if document.textOverflowed {
                throw ScanError(.other("a table cell of more than \(CellTextBuffer.limit >> 20) MiB of text: only its start was scanned (memory guard)"))
            }
        }
    }

    /// The address of a `mailto:` or `tel:` link (scheme in any case), without its query
    /// (`?subject=…`); nil for other links.
    static func contactTarget(_ attributes: HTMLAttributes) -> [UInt8]? {
        guard let href = attributes.lookup("href").value else { return nil }
        let address = UnsafeBufferPointer(rebasing: href[trimmed(href)])
        for scheme in contactSchemes where address.count > scheme.count && ByteScanning.opens(address, withFolded: scheme) {
            return Array(address[scheme.count...].prefix { $0 != UInt8(ascii: "?") })
        }
        return nil
    }

    private static let contactSchemes = ["mailto:", "tel:"].map { Array($0.utf8) }

    /// The name of the file the attribute `name` (`href`, `src`) points to, if it may hold a
    /// value (`LinkTarget`).
    static func linkedFile(_ attributes: HTMLAttributes, _ name: StaticString) -> [UInt8]? {
        guard let target = attributes.lookup(name).value else { return nil }
        return LinkTarget.fileName(UnsafeBufferPointer(rebasing: target[trimmed(target)]))
    }

    /// Elements that end a line of text where they start and end.
    static func isBlock(_ name: XMLName) -> Bool {
        for block in blocks where name.is(block) { return true }
        return false
    }

    private static let blocks: [StaticString] = [
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "title",
        "caption", "pre", "blockquote", "hr", "section", "article", "header", "footer", "nav", "form",
        "fieldset", "address", "tbody", "thead", "tfoot",
    ]

    /// The range without blanks at either end: ASCII white space and no-break spaces (`&nbsp;`,
    /// which pages use to keep empty cells open).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = 0
        var upper = bytes.count
        while lower < upper {
            if bytes[lower] <= 0x20 { lower += 1; continue }
            if upper - lower >= 2, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA0 { lower += 2; continue }
            break
        }
        while upper > lower {
            if bytes[upper - 1] <= 0x20 { upper -= 1; continue }
            if upper - lower >= 2, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 { upper -= 2; continue }
            break
        }
        return lower..<upper
    }

    /// Input types whose value is no one's data: a button's caption, a box's value, a hidden
    /// field's (a session's token).
    static let unreadInputTypes: Set<String> = ["hidden", "submit", "button", "reset", "image", "checkbox", "radio", "password", "file"]
    /// The full-width colon set after a form's label (a term's, a field's) before its value.
    static let colon = Array("：".utf8)
}
