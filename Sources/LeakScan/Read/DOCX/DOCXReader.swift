/// Reads a Word document (`.docx`, `.docm`, `.dotx`; known by content) straight from its zip,
/// as schools write notices, award lists, home-visit records and rosters: the body, then the
/// headers and footers, footnotes, endnotes and comments, then the document properties, then
/// the parts imported into the body whole (`w:altChunk`), then the files embedded in it
/// (`EmbeddedObjects`: a workbook pasted as an object). Each part
/// streams from inflate through libxml2's SAX parser (`WordDocumentParser`); nothing is held
/// whole. All parts are one document: a name found in the body is known again in a comment.
struct DOCXReader {
    /// The parts besides the body that hold text of their own, by relationship type.
    static let otherStories = ["header", "footer", "footnotes", "endnotes", "comments"]
    /// The relationship type of a part that a `w:altChunk` of the body imports.
    static let importedPartType = "aFChunk"

    let package: OfficePackage

    /// The main document part, or nil when the zip holds no Word document.
    func documentPart() throws -> String? {
        try package.mainPart(under: "word/")
    }

    func scan<S: FindingSink>(document: String, engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            // The body's relationships, read once: for its hyperlinks (if it has any) and its parts.
            var bodyLinks: Relationships?
            func documentLinks() throws -> Relationships {
                if let bodyLinks { return bodyLinks }
                bodyLinks = try package.relationships(of: document)
                return bodyLinks!
            }
            try scanStory(document, field: nil, relationships: documentLinks, engine: engine, sink: sink)
            let links = try documentLinks()
            for type in Self.otherStories {
                for part in links.targets(ofType: type) where package.entry(part) != nil {
                    try scanStory(part, field: part, isLetterhead: type == "header" || type == "footer",
                                  relationships: { try package.relationships(of: part) }, engine: engine, sink: sink)
                }
            }
            try package.scanProperties(engine: engine, sink: sink)
            try scanImportedParts(links.targets(ofType: Self.importedPartType), sink: sink, engine: engine)
            try EmbeddedObjects.scan(package, engine: engine, sink: sink)
        }
    }

    /// `field`: what findings in running text say they are in (the part, outside the body);
    /// `isLetterhead`: the part is a page header or footer; `relationships`: the part's, where
    /// its hyperlinks point (read only when it has one).
    private func scanStory<S: FindingSink>(_ part: String, field: String?, isLetterhead: Bool = false,
                                           relationships: () throws -> Relationships, engine: DetectionEngine,
                                           sink: UnsafeMutablePointer<S>) throws {
        let parser = WordDocumentParser(field: field, isLetterhead: isLetterhead, engine: engine, sink: sink)
        try package.parseStory(part, with: parser)
        try parser.links.scan(relationships: relationships, engine: engine, sink: &sink.pointee)
    }

    /// Reads the parts imported into the body whole (`w:altChunk`): HTML, MHT, RTF or text that
    /// a web editor or a school system's export put in as it stands (`word/afchunk.htm`), which
    /// Word converts only when it opens the document: their text is nowhere else in the file.
    /// Each is read by the reader of its format as a file of its own, its findings naming the
    /// part (`Location.member`), as an embedded object's do.
    private func scanImportedParts<S: FindingSink>(_ parts: [String], sink: UnsafeMutablePointer<S>, engine: DetectionEngine) throws {
        let entries = parts.compactMap(package.entry)
        guard !entries.isEmpty else { return }
        try ArchiveReader.scanMembers(entries, of: package.archive, called: "imported parts (altChunk)", engine: engine,
                                      sink: &sink.pointee)
    }
}
