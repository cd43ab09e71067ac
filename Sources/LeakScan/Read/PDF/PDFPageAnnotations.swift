/// Reads what a PDF page's annotations hold (`PDFAnnotation`), which its words do not give: a
/// reviewer's comment (待补：身份证…, on a sticky note that shows only an icon on the page) and a
/// text box's text, as running text in `field` `annotation`, a line a paragraph; a filled
/// form's values, each a cell under its field's label (`xm（学生姓名）`), the page's fields one
/// record, as a table row. Findings are on the annotation's page.
///
/// A text box's text and a field's value are drawn on the page too, as their appearance, and
/// come among its words. When the words inside the box spell the text (blanks aside), it was
/// read with the page, beside the labels printed there, and is not read again. Otherwise (an
/// appearance in a font without Chinese, which keeps the digits and garbles the rest, or none
/// at all) the annotation is read, and the words in its box are left out of the page's, so
/// that its digits are not read twice, nor under a column of the page they do not belong to.
enum PDFPageAnnotations {
    /// The annotations of a page to read, and the page's words to read without them.
    static func split(_ annotations: [PDFAnnotation], words: [PDFWord]) -> (annotations: [PDFAnnotation], words: [PDFWord]) {
        var drawn: [PDFAnnotation] = []
        let unread = annotations.filter { annotation in
            guard annotation.kind != .comment else { return true }
            let shown = words.filter(annotation.holds).flatMap(\.text)
            if withoutBlanks(shown) == withoutBlanks(annotation.text) { return false }
            drawn.append(annotation)
            return true
        }
        return (unread, drawn.isEmpty ? words : words.filter { word in !drawn.contains { $0.holds(word) } })
    }

    static func scan<S: FindingSink>(_ annotations: [PDFAnnotation], page: Int, engine: DetectionEngine, sink: inout S) {
        guard !annotations.isEmpty else { return }
        PlacedSink.placing(&sink, page: page) { pageSink in
            scanFields(annotations, engine: engine, sink: pageSink)
            let story = WordStory(field: "annotation", engine: engine, sink: pageSink)
            for annotation in annotations where annotation.kind == .comment || annotation.kind == .textBox {
                for line in annotation.text.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
                    story.startParagraph()
                    Array(line).withUnsafeBufferPointer { story.append($0) }
                }
            }
            story.finish()
            engine.finishRecord(sink: &pageSink.pointee)
        }
    }

    /// The form fields' values, each under a column its label names; the labels are settled as
    /// a table's header first (a form of a school's own details holds its landline).
    private static func scanFields<S: FindingSink>(_ annotations: [PDFAnnotation], engine: DetectionEngine,
                                                   sink: UnsafeMutablePointer<S>) {
        let fields = annotations.compactMap { annotation -> (label: String, value: [UInt8])? in
            guard case .field(let label) = annotation.kind else { return nil }
            return (label, annotation.text)
        }
        guard !fields.isEmpty else { return }
        let columns = fields.enumerated().map { Column(number: $0 + 1, header: $1.label) }
        engine.settleHeader(of: columns)
        withExtendedLifetime(columns) {
            for (field, column) in zip(fields, columns) {
                field.value.withUnsafeBufferPointer { value in
                    var locator = FixedLocator(location: Location())
                    engine.scan(Piece(window: value, scan: trimmedBlanks(value, 0..<value.count), column: column),
                                locator: &locator, sink: &sink.pointee)
                }
            }
            engine.finishRecord(sink: &sink.pointee)
        }
    }

    private static func withoutBlanks(_ text: [UInt8]) -> [UInt8] {
        text.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}
