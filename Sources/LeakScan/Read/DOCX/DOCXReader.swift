/// Reads a Word document (`.docx`, `.docm`, `.dotx`; known by content) straight from its zip,
/// as schools write notices, award lists, home-visit records and rosters: the body, then the
/// headers and footers, footnotes, endnotes and comments, then the document properties, then
/// the files embedded in it (`EmbeddedObjects`: a workbook pasted as an object). Each part
/// streams from inflate through libxml2's SAX parser (`WordDocumentParser`); nothing is held
/// whole. All parts are one document: a name found in the body is known again in a comment.
struct DOCXReader {
    /// The parts besides the body that hold text of their own, by relationship type.
    static let otherStories = ["header", "footer", "footnotes", "endnotes", "comments"]

    let package: OfficePackage

    /// The main document part, or nil when the zip holds no Word document.
    func documentPart() throws -> String? {
        try package.mainPart(under: "word/")
    }

    func scan<S: FindingSink>(document: String, engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            try scanStory(document, field: nil, engine: engine, sink: sink)
            let links = try package.relationships(of: document)
            for type in Self.otherStories {
                for part in links.targets(ofType: type) where package.entry(part) != nil {
                    try scanStory(part, field: part, isLetterhead: type == "header" || type == "footer", engine: engine, sink: sink)
                }
            }
            try package.scanProperties(engine: engine, sink: sink)
            try EmbeddedObjects.scan(package, engine: engine, sink: sink)
        }
    }

    /// `field`: what findings in running text say they are in (the part, outside the body);
    /// `isLetterhead`: the part is a page header or footer.
    private func scanStory<S: FindingSink>(_ part: String, field: String?, isLetterhead: Bool = false, engine: DetectionEngine,
                                           sink: UnsafeMutablePointer<S>) throws {
        try package.parseStory(part, with: WordDocumentParser(field: field, isLetterhead: isLetterhead, engine: engine, sink: sink))
    }
}
