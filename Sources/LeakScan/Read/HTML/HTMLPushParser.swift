import SystemLibXML2

/// Receives the SAX events of an HTML document. Names arrive lowercased by libxml2; text arrives
/// in pieces, with character references already decoded. A class, as `XMLContentHandler` is,
/// so that the C callbacks reach it with a plain virtual call.
class HTMLContentHandler {
    fileprivate var context: htmlParserCtxtPtr?

    func startElement(_ name: XMLName, _ attributes: HTMLAttributes) {}
    func endElement(_ name: XMLName) {}
    /// `line`: the 1-based source line where `text` starts.
    func characters(_ text: UnsafeBufferPointer<UInt8>, line: Int) {}

    /// The 1-based source line the parser stands at (in `startElement`: the tag's end).
    var parserLine: Int { context.map { max(1, Int($0.pointee.input.pointee.line)) } ?? 1 }
}

/// libxml2's HTML push parser, fed the decoded UTF-8 text chunk by chunk, so no page is held
/// whole. libxml2 parses HTML as browsers do (unclosed cells and rows, unknown tags) and has
/// no entities beyond HTML's own, so there is nothing to expand. The page's own encoding
/// declaration is ignored: the text it gets is UTF-8 already (leakscan decoded it, GBK
/// included). Nothing is loaded from the network.
final class HTMLPushParser {
    private let handler: HTMLContentHandler
    private let context: htmlParserCtxtPtr

    init(handler: HTMLContentHandler) throws {
        XMLPushParser.initialiseLibrary()
        self.handler = handler
        var sax = HTMLPushParser.callbacks
        // The parser holds `handler` for the whole parse, so the callbacks may use it unretained.
        guard let context = htmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(handler).toOpaque(), nil, 0, nil,
                                                     XML_CHAR_ENCODING_UTF8) else {
            throw ScanError(.other("cannot create an HTML parser"))
        }
        self.context = context
        handler.context = context
        let options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue
        htmlCtxtUseOptions(context, Int32(options))
    }

    deinit {
        htmlFreeParserCtxt(context)
    }

    /// HTML parsing never fails on malformed markup; only a parser that stopped is an error.
    func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws {
        try feedInParts(chunk) { text, size in
            _ = htmlParseChunk(context, text, size, 0)
            try checkRunning()
        }
    }

    /// Tells the parser the text has ended: elements still open are closed.
    func finish() throws {
        _ = htmlParseChunk(context, nil, 0, 1)
    }

    private func checkRunning() throws {
        guard context.pointee.disableSAX != 0 else { return }
        var message = "the HTML parser stopped"
        if let error = xmlCtxtGetLastError(context), let text = error.pointee.message {
            message += ": " + String(cString: text).split(separator: "\n").joined(separator: " ")
            message += " (line \(error.pointee.line))"
        }
        throw ScanError(.other(message))
    }

    /// The SAX callbacks: C function pointers that forward to the handler in the user data.
    private static let callbacks: htmlSAXHandler = {
        var sax = htmlSAXHandler()
        sax.startElement = { ctx, name, attributes in
            guard let ctx, let name else { return }
            Unmanaged<HTMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                handler.startElement(XMLName(name), HTMLAttributes(attributes))
            }
        }
        sax.endElement = { ctx, name in
            guard let ctx, let name else { return }
            Unmanaged<HTMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                handler.endElement(XMLName(name))
            }
        }
        sax.characters = { ctx, text, length in
            guard let ctx, let text, length > 0 else { return }
            Unmanaged<HTMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                let bytes = UnsafeBufferPointer(start: text, count: Int(length))
                // The parser's line is where it stands now, at the end of the text.
                handler.characters(bytes, line: max(1, handler.parserLine - ByteScanning.count(0x0A, in: bytes, 0..<bytes.count)))
            }
        }
        // Whitespace between elements comes here; it matters only as a separator.
        sax.ignorableWhitespace = sax.characters
        sax.serror = { _, _ in }
        return sax
    }()
}

/// The attributes of an HTML start tag: libxml2's NULL-terminated list of name and value
/// pointers, NUL-terminated UTF-8; a value is NULL for an attribute written without one
/// (Excel's `<td x:str>`).
struct HTMLAttributes {
    private let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    init(_ raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) { self.raw = raw }

    /// Whether the attribute `name` is present, and its value (nil when written without one).
    func lookup(_ name: StaticString) -> (present: Bool, value: UnsafeBufferPointer<UInt8>?) {
        guard let raw else { return (false, nil) }
        var i = 0
        while let attribute = raw[i] {
            if XMLName(attribute).is(name) {
                return (true, raw[i + 1].map { value in
                    var n = 0
                    while value[n] != 0 { n += 1 }
                    return UnsafeBufferPointer(start: value, count: n)
                })
            }
            i += 2
        }
        return (false, nil)
    }

    /// A small positive integer attribute (`colspan`, `rowspan`), clamped to `1...limit`; 1 when
    /// absent or not a number, as browsers read it.
    func span(_ name: StaticString, limit: Int) -> Int {
        guard let value = lookup(name).value else { return 1 }
        var n = 0
        for b in value {
            let d = b &- UInt8(ascii: "0")
            guard d < 10 else { break }
            n = min(n * 10 + Int(d), limit)
        }
        return max(1, n)
    }
}
