/// The SAX handler of an OpenDocument text document's `content.xml` (and `styles.xml`, for the
/// page headers and footers): its paragraphs and
/// headings (`text:p`, `text:h`, in lists and sections too) and tables (`table:table`, rows,
/// cells; a merged cell spans its `number-columns-spanned`, and the `covered-table-cell`s it
/// covers are passed over) go to a `WordStory`, as a `.docx`'s do. Notes and annotations anchored in a paragraph are read as part of it.
final class ODTContentParser<S: FindingSink>: XMLContentHandler, StoryParser {
    private let story: WordStory<S>
    private var paragraphDepth = 0

    /// `field`: what findings say they are in, outside the body (`styles.xml`'s page headers
    /// and footers, its only text).
    init(field: String? = nil, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        story = WordStory(field: field, engine: engine, sink: sink)
    }

    var textOverflowed: Bool { story.textOverflowed }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if paragraphDepth > 0, let space = ODFText.whiteSpace(name, attributes) {
            space.withUnsafeBufferPointer { story.append($0) }
        } else if name.is("p") || name.is("h") {
            // A note's or annotation's paragraphs inside a paragraph continue its line.
            if paragraphDepth == 0 { story.startParagraph() } else { story.append(0x09) }
            paragraphDepth += 1
        } else if name.is("table-cell") {
            story.startCell()
            if let span = attributes.value("number-columns-spanned").flatMap(XMLAttributes.integer) { story.tables.last?.span(span) }
        } else if name.is("table-row") {
            story.startRow()
        } else if name.is("table") {
            story.startTable()
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("p") || name.is("h") {
            paragraphDepth = max(0, paragraphDepth - 1)
        } else if name.is("table-cell") {
            story.finishCell()
        } else if name.is("table-row") {
            story.finishRow()
        } else if name.is("table") {
            story.endTable()
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if paragraphDepth > 0 { story.append(bytes) }
    }

    /// The document has ended: what is still open is scanned.
    func finish() { story.finish() }
}
