/// Reads a PowerPoint presentation (`.pptx`, `.pptm`; known by content), as schools make them
/// for parents' meetings and award ceremonies, straight from its zip like a workbook: the slides
/// in show order (`p:sldIdLst` of the presentation part), each followed by its speaker notes,
/// then the document properties and the embedded files (`EmbeddedObjects`: a chart's data
/// workbook). Each slide's text (shapes' paragraphs, tables' cells with their column headers)
/// streams through libxml2 to a `WordStory` (`SlideParser`); `page` is the slide's number, and
/// `field` names the slide (`slide 3`, `notes of slide 3`) in running text.
struct PPTXReader {
    let package: OfficePackage

    /// The presentation part, or nil when the zip holds no presentation.
    func presentationPart() throws -> String? {
        try package.mainPart(under: "ppt/")
    }

    func scan<S: FindingSink>(presentation: String, engine: DetectionEngine, sink: inout S) throws {
        let order = SlideOrderParser()
        try package.parse(presentation, with: order)
        let links = try package.relationships(of: presentation)
        let slides = order.relationshipIDs.compactMap { links.target(id: $0) }.filter { package.entry($0) != nil }
        for (k, slide) in slides.enumerated() {
            // Every finding of the slide and its notes carries the slide's number (`page`),
            // table cells too, whose `field` is their column header.
            try PlacedSink.placing(&sink, page: k + 1) { slideSink in
                try package.parseStory(slide, with: SlideParser(field: "slide \(k + 1)", engine: engine, sink: slideSink))
                for notes in try package.relationships(of: slide).targets(ofType: "notesSlide") where package.entry(notes) != nil {
                    try package.parseStory(notes, with: SlideParser(field: "notes of slide \(k + 1)", engine: engine, sink: slideSink))
                }
            }
        }
        try withUnsafeMutablePointer(to: &sink) { sink in
            try package.scanProperties(engine: engine, sink: sink)
            try EmbeddedObjects.scan(package, engine: engine, sink: sink)
        }
    }

}

/// The slides' relationship IDs in show order (`p:sldId r:id`).
final class SlideOrderParser: XMLContentHandler {
    private(set) var relationshipIDs: [String] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        // Its `id` is a number; its `r:id` names the relationship.
        if name.is("sldId"), let id = attributes.strings("id").first(where: { !$0.allSatisfy(\.isNumber) }) {
            relationshipIDs.append(id)
        }
    }
}
