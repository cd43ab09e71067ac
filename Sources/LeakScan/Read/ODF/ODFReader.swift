/// Reads OpenDocument files (ISO/IEC 26300, GB/T 26239 in China: what LibreOffice and, on
/// request, WPS save): spreadsheets (`.ods`) and text documents (`.odt`), known by the zip's
/// `mimetype` member, straight from the zip like an Office Open XML package. `content.xml`
/// streams through libxml2's SAX push parser: a spreadsheet's cells go to `SheetCells`
/// (`ODSContentParser`), a text document's paragraphs and tables to `WordStory`
/// (`ODTContentParser`; then its page headers and footers, in `styles.xml`); then the document
/// properties (`meta.xml`).
struct ODFReader {
    enum Kind { case spreadsheet, text }

    let package: OfficePackage

    /// What the package holds, by its `mimetype` member; nil for other zips (and other
    /// OpenDocument kinds, such as presentations).
    func kind() throws -> Kind? {
        guard let entry = package.archive.entry(named: "mimetype"), entry.uncompressedSize <= 200 else { return nil }
        var bytes: [UInt8] = []
        try package.archive.stream(entry, chunkSize: 256) { bytes.append(contentsOf: $0) }
        switch String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) {
        case "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template": return .spreadsheet
        case "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template": return .text
        default: return nil
        }
    }

    func scan<S: FindingSink>(_ kind: Kind, engine: DetectionEngine, sink: inout S) throws {
        guard package.archive.entry(named: "content.xml") != nil else {
            throw ScanError(.other("corrupt OpenDocument file: no content.xml"))
        }
        try withUnsafeMutablePointer(to: &sink) { sink in
            switch kind {
            case .spreadsheet:
                let parser = ODSContentParser(engine: engine, sink: sink)
                try package.parse("content.xml", with: parser)
                try parser.check(part: "content.xml")
            case .text:
                for (part, field) in [("content.xml", nil), ("styles.xml", "headers and footers")]
                where package.archive.entry(named: part) != nil {
                    try package.parseStory(part, with: ODTContentParser(field: field, engine: engine, sink: sink))
                }
            }
            if package.archive.entry(named: "meta.xml") != nil {
                try package.parse("meta.xml", with: DocumentPropertiesParser(engine: engine, sink: sink, propertyDepth: 3))
            }
        }
    }
}
