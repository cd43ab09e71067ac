/// The SAX handler of one part of a presentation that holds DrawingML text (ECMA-376 Part 1,
/// 21.1): a slide, its notes page, SmartArt data or comments, a slide master or layout. Text in
/// runs (`a:t`) inside paragraphs (`a:p`) goes to a `WordStory`, a paragraph a line (a line
/// break `a:br` is a tab); a table (`a:tbl`) goes row by row (`a:tr`) and cell by cell (`a:tc`),
/// a cell spanning its `gridSpan` columns and the cells it covers (`hMerge`, `vMerge`) passed over.
/// A legacy comment keeps its text plain (`p:cm/p:text`): a paragraph of its own.
final class SlideParser<S: FindingSink>: XMLContentHandler, StoryParser {
    private let story: WordStory<S>
    private var inText = false
    /// Inside a covered cell: its text, if any, is not read.
    private var coveredCell = false

    /// `isLetterhead`: the part shows on every slide, as a page header or footer on every page.
    init(field: String, isLetterhead: Bool = false, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        story = WordStory(field: field, isLetterhead: isLetterhead, engine: engine, sink: sink)
    }

    var textOverflowed: Bool { story.textOverflowed }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("t") {
            inText = true
        } else if name.is("p") {
            story.startParagraph()
        } else if name.is("text") {
            story.startParagraph()
            inText = true
        } else if name.is("br") {
            story.append(0x09)
        } else if name.is("tc") {
            coveredCell = attributes.flag("hMerge") || attributes.flag("vMerge")
            guard !coveredCell else { return }
            story.startCell()
            if let span = attributes.value("gridSpan").flatMap(XMLAttributes.integer) { story.tables.last?.span(span) }
        } else if name.is("tr") {
            story.startRow()
        } else if name.is("tbl") {
            story.startTable()
        } else if name.is("cNvPr"), let alt = attributes.value("descr"), !alt.isEmpty {
            // A picture's or a shape's alternative text, which no slide shows: a paragraph of its own.
            story.startParagraph()
            story.append(alt)
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("t") || name.is("text") {
            inText = false
        } else if name.is("tc") {
            if !coveredCell { story.finishCell() }
            coveredCell = false
        } else if name.is("tr") {
            story.finishRow()
        } else if name.is("tbl") {
            story.endTable()
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText, !coveredCell { story.append(bytes) }
    }

    /// The part has ended: what is still open is scanned.
    func finish() { story.finish() }
}
