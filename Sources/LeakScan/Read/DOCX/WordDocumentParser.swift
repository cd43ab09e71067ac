/// The SAX handler of `DOCXReader` for one story of a Word document. WordprocessingML (ECMA-376
/// Part 1, 17.3) keeps text in runs (`w:t`) inside paragraphs (`w:p`); one word may be cut into
/// several runs when its formatting changes, so a paragraph's runs are joined. Paragraphs, table
/// rows and cells go to a `WordStory`. Deleted text of tracked changes (`w:delText`) is scanned
/// too: it is still in the file. A deletion (`w:del`, `w:moveFrom`) is set apart from the text
/// around it by tabs: the deleted value and what replaced it (`410105…2057` deleted, the masked
/// `410105********2057` inserted) are alternatives, not one longer run of digits. Field codes (`w:instrText`) are not text, and the copy of a
/// text box kept for older readers (`mc:Fallback`) is skipped, so that a text box is not read twice.
final class WordDocumentParser<S: FindingSink>: XMLContentHandler, StoryParser {
    private let story: WordStory<S>
    private var inText = false
    private var fallbackDepth = 0
    private let field: String?
    /// The files the story links to: hyperlinks, pictures inserted from files.
    private(set) var links = LinkedFiles()

    init(field: String?, isLetterhead: Bool = false, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        story = WordStory(field: field, isLetterhead: isLetterhead, engine: engine, sink: sink)
        self.field = field
    }

    var textOverflowed: Bool { story.textOverflowed }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("Fallback") { fallbackDepth += 1 }
        guard fallbackDepth == 0 else { return }
        if name.is("t") || name.is("delText") {
            inText = true
        } else if name.is("del") || name.is("moveFrom") {
            story.append(0x09)
        } else if name.is("p") {
            story.startParagraph()
        } else if name.is("tab") {
            // A tab in a run; `w:tabs` holds tab stops (`w:tab w:pos=…`), which are no text.
            if attributes.value("pos") == nil { story.append(0x09) }
        } else if name.is("br") || name.is("cr") {
            // A line break inside a paragraph. A tab, not a newline (lines are paragraphs) nor a
            // space (which would join the digits on either side into one number).
            story.append(0x09)
        } else if name.is("noBreakHyphen") {
            story.append(0x2D)
        } else if name.is("tc") {
            story.startCell()
        } else if name.is("gridSpan") {
            story.tables.last?.span(attributes.value("val").flatMap(XMLAttributes.integer) ?? 1)
        } else if name.is("gridBefore") {
            story.tables.last?.skip(attributes.value("val").flatMap(XMLAttributes.integer) ?? 0)
        } else if name.is("tr") {
            story.startRow()
        } else if name.is("tbl") {
            story.startTable()
        } else if name.is("hyperlink") {
            links.add(relationship: attributes.value("id"), at: here)
        } else if name.is("cNvPr") || name.is("docPr") {
            links.add(pictureName: attributes.value("name"), at: here)
            appendAltText(attributes)
        }
    }

    /// A picture's or a shape's alternative text (`descr`, and its `title`), which no page shows
    /// and which says what the picture is (学生周雨桐的身份证照片 410105…): read in its paragraph, on a
    /// line of its own. A picture's `pic:cNvPr` repeats its `wp:docPr`'s: read once.
    private func appendAltText(_ attributes: XMLAttributes) {
        for key: StaticString in ["title", "descr"] {
            guard let text = attributes.value(key), !text.isEmpty, text.elementsEqual(lastAltText[key.description] ?? []) == false else { continue }
            lastAltText[key.description] = Array(text)
            story.append(0x0A)
            story.append(text)
            story.append(0x0A)
        }
    }

    /// The last alternative texts read, so that a picture's second copy of them is not.
    private var lastAltText: [String: [UInt8]] = [:]

    /// The paragraph the parser is in.
    private var here: Location { Location(line: story.paragraph, field: field) }

    override func endElement(_ name: XMLName) {
        if name.is("Fallback") {
            fallbackDepth = max(0, fallbackDepth - 1)
            return
        }
        guard fallbackDepth == 0 else { return }
        if name.is("t") || name.is("delText") {
            inText = false
        } else if name.is("del") || name.is("moveFrom") {
            story.append(0x09)
        } else if name.is("tc") {
            story.finishCell()
        } else if name.is("tr") {
            story.finishRow()
        } else if name.is("tbl") {
            story.endTable()
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText, fallbackDepth == 0 { story.append(bytes) }
    }

    /// The part has ended: what is still open is scanned.
    func finish() { story.finish() }
}
