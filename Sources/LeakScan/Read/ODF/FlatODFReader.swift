/// Reads flat OpenDocument files (`.fods`, `.fodt`: what LibreOffice saves as "Flat XML"): one
/// XML document, `office:document`, holding what a zipped one's parts hold (`meta.xml`'s
/// `office:meta`, `styles.xml`'s styles and page headers and footers, `content.xml`'s automatic
/// styles and body), known by content, not name. It streams through libxml2's SAX push parser
/// once, each part's events handed to the parser that reads that part in an `.ods` or `.odt`
/// (`FlatODFParts`): findings are the same as the zipped file's.
enum FlatODFReader {
    /// The kind of flat OpenDocument file `head` opens, nil for other text: its first element is
    /// `office:document` (after a byte order mark, blanks, the declaration and comments), and
    /// its `office:mimetype` names a spreadsheet or text; when a writer left that out, the body
    /// near the start says which.
    static func kind(_ head: [UInt8]) -> ODFReader.Kind? {
        head.withUnsafeBufferPointer { h -> ODFReader.Kind? in
            guard opensWithDocument(h) else { return nil }
            func holds(_ text: String) -> Bool { ByteScanning.contains(Array(text.utf8), in: h) }
            let mimetype = "office:mimetype=\"application/vnd.oasis.opendocument."
            if ["spreadsheet\"", "spreadsheet-template\""].contains(where: { holds(mimetype + $0) }) { return .spreadsheet }
            if ["text\"", "text-template\""].contains(where: { holds(mimetype + $0) }) { return .text }
            if holds(mimetype) { return nil }
            if holds("<office:spreadsheet>") || holds("<office:spreadsheet ") { return .spreadsheet }
            if holds("<office:text>") || holds("<office:text ") { return .text }
            return nil
        }
    }

    private static func opensWithDocument(_ h: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = h.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < h.count {
            if h[i] == 0x20 || h[i] == 0x09 || h[i] == 0x0A || h[i] == 0x0D {
                i += 1
                continue
            }
            let rest = UnsafeBufferPointer(rebasing: h[i...])
            // The declaration, a processing instruction or a comment before the root.
            let skipped: (open: String, close: UInt8)? = rest.starts(with: Array("<?".utf8)) ? ("<?", UInt8(ascii: "?"))
                : rest.starts(with: Array("<!--".utf8)) ? ("<!--", UInt8(ascii: "-")) : nil
            if let skipped {
                var j = i + skipped.open.utf8.count
                while j + 1 < h.count, !(h[j] == skipped.close && h[j + 1] == UInt8(ascii: ">")) { j += 1 }
                i = j + 2
                continue
            }
            let root = Array("<office:document".utf8)
            guard rest.starts(with: root), rest.count > root.count else { return false }
            let next = rest[root.count]
            return next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == UInt8(ascii: ">")
        }
        return false
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, kind: ODFReader.Kind, engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            let properties = DocumentPropertiesParser(engine: engine, sink: sink, propertyDepth: 2)
            let path = source.displayPath
            switch kind {
            case .spreadsheet:
                // An `.ods`'s styles.xml is not read: nor are the styles here.
                let content = ODSContentParser(engine: engine, sink: sink)
                try XMLPushParser(handler: FlatODFParts(content: content, styles: XMLContentHandler(), meta: properties),
                                  partName: path).parse(source)
                try content.check(part: path)
            case .text:
                let content = ODTContentParser(engine: engine, sink: sink)
                let styles = ODTContentParser(field: "headers and footers", engine: engine, sink: sink)
                try XMLPushParser(handler: FlatODFParts(content: content, styles: styles, meta: properties), partName: path).parse(source)
                try styles.finish(part: path)
                try content.finish(part: path)
            }
        }
    }
}

/// Hands the events of a flat OpenDocument file's root children to the parser of the part of a
/// zipped one that holds them: `office:meta` to `meta`'s, `office:styles` and
/// `office:master-styles` (page headers and footers) to `styles`', the rest (automatic styles,
/// the body) to `content`'s.
final class FlatODFParts: XMLContentHandler {
    private let content: XMLContentHandler
    private let styles: XMLContentHandler
    private let meta: XMLContentHandler
    private var current: XMLContentHandler
    private var depth = 0

    init(content: XMLContentHandler, styles: XMLContentHandler, meta: XMLContentHandler) {
        self.content = content
        self.styles = styles
        self.meta = meta
        current = content
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        depth += 1
        if depth == 2 {
            current = name.is("meta") ? meta : name.is("styles") || name.is("master-styles") ? styles : content
        }
        current.startElement(name, attributes)
    }

    override func endElement(_ name: XMLName) {
        current.endElement(name)
        if depth == 2 { current = content }
        depth -= 1
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        current.characters(text)
    }
}
