/// The SAX handler of one slide or notes page (DrawingML text, ECMA-376 Part 1, 21.1): text in
/// runs (`a:t`) inside paragraphs (`a:p`) goes to a `WordStory`, a paragraph a line (a line
/// break `a:br` is a tab); a table (`a:tbl`) goes row by row (`a:tr`) and cell by cell (`a:tc`),
/// a cell spanning its `gridSpan` columns and the cells it covers (`hMerge`, `vMerge`) passed over.
final class SlideParser<S: FindingSink>: XMLContentHandler, StoryParser {
    private let story: WordStory<S>
    private var inText = false
    /// Inside a covered cell: its text, if any, is not read.
    private var coveredCell = false

    init(field: String, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        story = WordStory(field: field, engine: engine, sink: sink)
    }

    var textOverflowed: Bool { story.textOverflowed }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("t") {
            inText = true
        } else if name.is("p") {
            story.startParagraph()
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
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("t") {
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
