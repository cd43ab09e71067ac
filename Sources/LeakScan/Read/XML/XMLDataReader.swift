/// XML data files (`.xml`, or text opening with an XML declaration, that is no HTML page nor
/// Excel 2003 spreadsheet): the exports of school platforms (智慧校园, 学籍), saved SOAP and XML
/// API responses, fixtures. Read as JSON is: each element's text and each attribute's value is
/// a table cell whose column is named after the element (attribute) and its parent
/// (`student.xm`, `student.sfzh`, as `KeyPaths` names a key's), so that `<xm>张伟</xm>` is a name
/// under a name header; repeated siblings (`<student>` after `<student>`) are records
/// (`XMLDataDocument`).
///
/// The text streams through libxml2's SAX push parser (`XMLPushParser`: no DTD, no entity
/// expansion, no network). A document that is not well-formed, or that declares a DTD (MyBatis
/// mappers do), is read as text from where the structure was last followed: nothing is
/// skipped, as JSON's lenient reading skips nothing.
struct XMLDataReader {
    let buffer: TextBuffer

    /// Markup first, and named `.xml` or opening with an XML declaration.
    static func isXMLData(_ sample: UnsafeBufferPointer<UInt8>, fileExtension ext: String) -> Bool {
        guard let first = sample.firstIndex(where: { $0 > 0x20 }), sample[first] == UInt8(ascii: "<") else { return false }
        return ext == "xml" || UnsafeBufferPointer(rebasing: sample[first...]).starts(with: "<?xml".utf8)
    }

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        let cursor = LineCursor()
        let wellFormed = try withUnsafeMutablePointer(to: &sink) { sink in
            let document = XMLDataDocument(scans: BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine), sink: sink)
            let parsed = try parse(into: document, details: sink.pointee.wantsDetails, cursor: cursor)
            // The record's findings name the document's columns: it ends while they are there.
            engine.finishRecord(sink: &sink.pointee)
            // What was scanned is left behind; the rest is text.
            buffer.discard(before: document.unscanned - buffer.start)
            return parsed
        }
        if !wellFormed { try TextReader(buffer: buffer).scan(engine: engine, sink: &sink, cursor: cursor) }
    }

    /// Feeds the buffer's text to the parser; false when the parser gave up (not well-formed, a
    /// DTD, a text node longer than the buffer can hold).
    private func parse<S: FindingSink>(into document: XMLDataDocument<S>, details: Bool, cursor: LineCursor) throws -> Bool {
        guard let parser = try? XMLPushParser(handler: document, partName: "", ignoresEncoding: true) else { return false }
        var fed = 0
        while true {
            try buffer.fill()
            let text = buffer.text
            // The parser gets whole characters only: what it was given is never given again.
            let end = buffer.atEnd ? text.count : ByteScanning.wholeCharactersEnd(text, 0..<text.count)
            guard (try? parser.feed(UnsafeBufferPointer(rebasing: text[fed..<end]))) != nil else { return false }
            if buffer.atEnd { return (try? parser.finish()) != nil }
            // The text of an open element is kept until it is scanned.
            let keep = document.unscanned - buffer.start
            if keep == 0, buffer.room < TextBuffer.minimumRoom { return false }
            if details { cursor.advance(to: document.unscanned, text: text, textStart: buffer.start) }
            fed = end - buffer.discard(before: keep)
        }
    }
}
