import SystemLibXML2

/// Receives the SAX events of one XML part; subclasses override what they need. Names are local
/// names (no prefix); text arrives in pieces, already decoded to UTF-8 by libxml2. A class, not
/// a protocol: the C callbacks then reach it with a plain virtual call, where an existential
/// cost a retain and a release per event (a third of the time on a large sheet).
class XMLContentHandler {
    /// Set by the parser when the part declares a DTD; events are ignored from then on.
    fileprivate var refusedDTD = false
    fileprivate var context: xmlParserCtxtPtr?

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {}
    func endElement(_ name: XMLName) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    func comment(_ text: UnsafeBufferPointer<UInt8>) {}

    /// Where the parser stands in the bytes fed to it (libxml2's count, no transcoding: the
    /// parts and files it reads are UTF-8).
    var parserPosition: Int { context.map { Int(xmlByteConsumed($0)) } ?? 0 }

    /// The offset in the bytes fed of `bytes` when libxml2 hands over text that lies in its input
    /// buffer (plain text, attribute values as written); nil for text it built (character
    /// references, text with line ends normalised).
    func inputOffset(of bytes: UnsafePointer<UInt8>) -> Int? {
        guard let input = context?.pointee.input, let base = input.pointee.base, let end = input.pointee.end,
              bytes >= base, bytes < end else { return nil }
        return Int(input.pointee.consumed) + (bytes - base)
    }
}

/// libxml2's SAX2 push parser, fed chunk by chunk from the inflate loop, so no part is ever held
/// whole. Safety: no entity substitution, no DTD loading, no network; a part that declares a
/// DTD is refused outright (workbook parts never have one, and a DTD is how entity-expansion
/// bombs such as "billion laughs" get in). libxml2's own limits on text node and name lengths
/// stay on (no `XML_PARSE_HUGE`).
final class XMLPushParser {
    private let handler: XMLContentHandler
    private let context: xmlParserCtxtPtr
    private let partName: String

    /// libxml2 must be initialised once, before any thread creates a parser (XML or HTML).
    private static let initialised: Void = { xmlInitParser() }()

    static func initialiseLibrary() { _ = initialised }

    /// `ignoresEncoding`: the text fed is UTF-8 already (a text file leakscan decoded), whatever
    /// the encoding its declaration names.
    init(handler: XMLContentHandler, partName: String, ignoresEncoding: Bool = false) throws {
        Self.initialiseLibrary()
        self.partName = partName
        self.handler = handler
        var sax = XMLPushParser.callbacks
        // The parser holds `handler` for the whole parse, so the callbacks may use it unretained.
        guard let context = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(handler).toOpaque(), nil, 0, nil) else {
            throw ScanError(.other("cannot create an XML parser for \(partName)"))
        }
        self.context = context
        handler.context = context
        var options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
        if ignoresEncoding { options |= Int32(XML_PARSE_IGNORE_ENC.rawValue) }
        xmlCtxtUseOptions(context, options)
    }

    deinit {
        xmlFreeParserCtxt(context)
    }

    func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws {
        try feedInParts(chunk) { try check(xmlParseChunk(context, $0, $1, 0)) }
    }

    /// Feeds the whole of `source` (an XML file of its own, not a part of a package), then finishes.
    func parse(_ source: any ByteSource) throws {
        var reader = ChunkReader(source)
        var chunk = [UInt8](repeating: 0, count: 256 << 10)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try reader.read(into: $0) }
            if n == 0 { break }
            try chunk.withUnsafeBufferPointer { try feed(UnsafeBufferPointer(rebasing: $0[0..<n])) }
        }
        try finish()
    }

    /// Tells the parser the part has ended; reports a document that stops early.
    func finish() throws {
        try check(xmlParseChunk(context, nil, 0, 1))
    }

    private func check(_ status: Int32) throws {
        if handler.refusedDTD {
            throw ScanError(.other("\(partName) declares a DTD: refused (guard against XML entity expansion bombs)"))
        }
        guard status == 0 else {
            var message = "malformed XML"
            if let error = xmlCtxtGetLastError(context), let text = error.pointee.message {
                message = String(cString: text).trimmingTrailingNewlines()
                message += " (line \(error.pointee.line))"
            }
            throw ScanError(.other("corrupt workbook: \(partName): \(message)"))
        }
    }

    /// The SAX2 callbacks: C function pointers that forward to the handler in the user data.
    private static let callbacks: xmlSAXHandler = {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { ctx, localname, _, _, _, _, attributeCount, _, attributes in
            guard let ctx, let localname else { return }
            Unmanaged<XMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                guard !handler.refusedDTD else { return }
                handler.startElement(XMLName(localname), XMLAttributes(attributes, count: Int(attributeCount)))
            }
        }
        sax.endElementNs = { ctx, localname, _, _ in
            guard let ctx, let localname else { return }
            Unmanaged<XMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                guard !handler.refusedDTD else { return }
                handler.endElement(XMLName(localname))
            }
        }
        sax.characters = { ctx, text, length in
            guard let ctx, let text, length > 0 else { return }
            Unmanaged<XMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                guard !handler.refusedDTD else { return }
                handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
            }
        }
        sax.comment = { ctx, text in
            guard let ctx, let text else { return }
            Unmanaged<XMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                guard !handler.refusedDTD else { return }
                handler.comment(UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
            }
        }
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            Unmanaged<XMLContentHandler>.fromOpaque(ctx)._withUnsafeGuaranteedRef { handler in
                handler.refusedDTD = true
                if let context = handler.context { xmlStopParser(context) }
            }
        }
        // Structured errors come here instead of libxml2 printing them on stderr; the parser
        // keeps the last one, which `check` reports.
        sax.serror = { _, _ in }
        return sax
    }()
}

/// Hands `chunk` to one of libxml2's push-parse functions in parts that its Int32 size can hold.
func feedInParts(_ chunk: UnsafeBufferPointer<UInt8>, _ parse: (UnsafePointer<CChar>, Int32) throws -> Void) rethrows {
    guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
    var offset = 0
    while offset < chunk.count {
        let n = min(chunk.count - offset, 1 << 30)
        try base.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: n) { try parse($0, Int32(n)) }
        offset += n
    }
}

/// An element's local name as libxml2 hands it over: NUL-terminated UTF-8.
struct XMLName {
    let bytes: UnsafePointer<UInt8>

    init(_ bytes: UnsafePointer<UInt8>) { self.bytes = bytes }

    /// Byte-wise comparison with an ASCII name, without making a String.
    @inline(__always)
    func `is`(_ name: StaticString) -> Bool {
        let expected = name.utf8Start
        for i in 0..<name.utf8CodeUnitCount where bytes[i] != expected[i] { return false }
        return bytes[name.utf8CodeUnitCount] == 0
    }

    var string: String { String(cString: bytes) }

    /// The name's bytes, without the NUL.
    var utf8: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: bytes, count: Int(xmlStrlen(bytes))) }
}


/// The attributes of a start tag: libxml2's array of (localname, prefix, URI, value, end)
/// pointers. Values are not NUL-terminated.
struct XMLAttributes {
    private let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    init(_ raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.raw = raw
        self.count = raw == nil ? 0 : count
    }

    /// The value of the attribute with local name `name` (any prefix), if present.
    @inline(__always)
    func value(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let raw else { return nil }
        for i in 0..<count {
            let base = raw + 5 * i
            guard let local = base[0], XMLName(local).is(name), let start = base[3], let end = base[4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The local name and value of the `i`-th attribute.
    func attribute(_ i: Int) -> (name: XMLName, value: UnsafeBufferPointer<UInt8>)? {
        guard let raw, i < count else { return nil }
        let base = raw + 5 * i
        guard let local = base[0], let start = base[3], let end = base[4] else { return nil }
        return (XMLName(local), UnsafeBufferPointer(start: start, count: end - start))
    }

    func string(_ name: StaticString) -> String? {
        value(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The values of every attribute with local name `name`, whatever its prefix, in order
    /// (`p:sldId` has an `id` and an `r:id`).
    func strings(_ name: StaticString) -> [String] {
        guard let raw else { return [] }
        return (0..<count).compactMap { i in
            let base = raw + 5 * i
            guard let local = base[0], XMLName(local).is(name), let start = base[3], let end = base[4] else { return nil }
            return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        }
    }

    /// A non-negative decimal integer (row numbers, shared string indices, counts); nil for
    /// anything else or more than 12 digits.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var n = 0
        for b in bytes {
            let d = b &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }

    /// True for the XML Schema booleans "1" and "true".
    func flag(_ name: StaticString) -> Bool {
        guard let v = value(name), let first = v.first else { return false }
        return first == UInt8(ascii: "1") || first == UInt8(ascii: "t")
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
