/// Scans a sheet's cell comments: legacy notes (`xl/comments*.xml`: `<comment ref>` with rich
/// text runs, and the `<author>` list, which holds people's names) and threaded comments
/// (`xl/threadedComments/*.xml`: `<threadedComment ref><text>`).
final class CommentsParser<S: FindingSink>: XMLContentHandler {
    private let sheet: SheetContext
    private let scanner: PartTextScanner<S>
    private var current: Location?
    private var phoneticDepth = 0

    init(sheet: SheetContext, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.sheet = sheet
        scanner = PartTextScanner(engine: engine, sink: sink)
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("comment") || name.is("threadedComment") {
            let cell = attributes.value("ref").flatMap(CellReference.init)
            current = Location(sheet: sheet.name, cell: cell?.name, field: "comment", hidden: sheet.isHidden)
            scanner.begin()
        } else if name.is("author") {
            current = Location(sheet: sheet.name, field: "comment author", hidden: sheet.isHidden)
            scanner.begin()
        } else if name.is("rPh") {
            phoneticDepth += 1
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("comment") || name.is("threadedComment") || name.is("author") {
            if let location = current { scanner.end(at: location) }
            current = nil
        } else if name.is("rPh") {
            phoneticDepth -= 1
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if current != nil, phoneticDepth == 0 { scanner.append(text) }
    }
}
