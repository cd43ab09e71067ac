/// Reads a PowerPoint presentation (`.pptx`, `.pptm`; known by content), as schools make them
/// for parents' meetings and award ceremonies, straight from its zip like a workbook: the slides
/// in show order (`p:sldIdLst` of the presentation part), each followed by the parts that hang
/// on it (`slideParts`: its SmartArt, speaker notes and comments), then the slide masters, each
/// followed by its layouts, then the document properties and the embedded files
/// (`EmbeddedObjects`: a chart's data workbook). Each part's text (shapes' paragraphs, tables'
/// cells with their column headers) streams through libxml2 to a `WordStory` (`SlideParser`);
/// `page` is the slide's number, and `field` names the part (`slide 3`, `notes of slide 3`,
/// `slide master 1`, `layout 2 of slide master 1`) in running text.
struct PPTXReader {
    /// The parts of a slide besides its own, by relationship type, with what findings call
    /// them: SmartArt keeps its text in its data part (`ppt/diagrams/data1.xml`; the drawing
    /// part beside it is a copy for display), comments are the legacy ones
    /// (`ppt/comments/comment1.xml`, `p:text`) or the modern ones
    /// (`ppt/comments/modernComment_….xml`, DrawingML paragraphs), both typed `…/comments`.
    static let slideParts = [("diagramData", "SmartArt"), ("notesSlide", "notes"), ("comments", "comments")]

    let package: OfficePackage

    /// The presentation part, or nil when the zip holds no presentation.
    func presentationPart() throws -> String? {
        try package.mainPart(under: "ppt/")
    }

    func scan<S: FindingSink>(presentation: String, engine: DetectionEngine, sink: inout S) throws {
        let lists = SlideListParser()
        try package.parse(presentation, with: lists)
        let links = try package.relationships(of: presentation)
        for (k, slide) in parts(lists.slides, links).enumerated() {
            // Every finding of the slide and its parts carries the slide's number (`page`),
            // table cells too, whose `field` is their column header.
            try PlacedSink.placing(&sink, page: k + 1) { slideSink in
                try package.parseStory(slide, with: SlideParser(field: "slide \(k + 1)", engine: engine, sink: slideSink))
                let slideLinks = try package.relationships(of: slide)
                for (type, called) in Self.slideParts {
                    for part in slideLinks.targets(ofType: type) where package.entry(part) != nil {
                        try package.parseStory(part, with: SlideParser(field: "\(called) of slide \(k + 1)", engine: engine, sink: slideSink))
                    }
                }
            }
        }
        try withUnsafeMutablePointer(to: &sink) { sink in
            try scanMasters(parts(lists.masters, links), engine: engine, sink: sink)
            try package.scanProperties(engine: engine, sink: sink)
            try EmbeddedObjects.scan(package, engine: engine, sink: sink)
        }
    }

    /// The slide masters and their layouts (`p:sldLayoutIdLst`), numbered as PowerPoint's
    /// master view lists them. What is on a master shows on every slide that uses it: a
    /// teacher's name and mobile typed there once, or the school's letterhead, whose landline
    /// and address are its own (`ContextHints.letterhead`, as in a Word page footer). Their
    /// placeholders' prompts (单击此处编辑母版标题样式) are read too: they hold no data.
    private func scanMasters<S: FindingSink>(_ masters: [String], engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws {
        for (m, master) in masters.enumerated() {
            let field = "slide master \(m + 1)"
            try package.parseStory(master, with: SlideParser(field: field, isLetterhead: true, engine: engine, sink: sink))
            let lists = SlideListParser()
            try package.parse(master, with: lists)
            for (l, layout) in parts(lists.layouts, try package.relationships(of: master)).enumerated() {
                try package.parseStory(layout, with: SlideParser(field: "layout \(l + 1) of \(field)", isLetterhead: true,
                                                                 engine: engine, sink: sink))
            }
        }
    }

    /// The parts that `ids` name in `links`, those the zip holds.
    private func parts(_ ids: [String], _ links: Relationships) -> [String] {
        ids.compactMap { links.target(id: $0) }.filter { package.entry($0) != nil }
    }
}

/// The relationship IDs of a presentation part's lists, in order: the presentation's slides
/// (`p:sldId`) and slide masters (`p:sldMasterId`), a master's layouts (`p:sldLayoutId`).
final class SlideListParser: XMLContentHandler {
    private(set) var slides: [String] = []
    private(set) var masters: [String] = []
    private(set) var layouts: [String] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        let list: ReferenceWritableKeyPath<SlideListParser, [String]>
        if name.is("sldId") {
            list = \.slides
        } else if name.is("sldMasterId") {
            list = \.masters
        } else if name.is("sldLayoutId") {
            list = \.layouts
        } else {
            return
        }
        // An entry's `id` is a number; its `r:id` names the relationship.
        if let id = attributes.strings("id").first(where: { !$0.allSatisfy(\.isNumber) }) { self[keyPath: list].append(id) }
    }
}
