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

/// Scans the document properties (`docProps/core.xml`, `docProps/app.xml`): author, last
/// editor, title, subject, keywords, manager, company. They name people as often as not.
final class DocumentPropertiesParser<S: FindingSink>: XMLContentHandler {
    private let scanner: PartTextScanner<S>
    private var depth = 0
    private var property: String?

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        scanner = PartTextScanner(engine: engine, sink: sink)
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        depth += 1
        // Properties are the root's children; app.xml's nested vectors (titles of parts) are not.
        if depth == 2 {
            property = name.string
            scanner.begin()
        }
    }

    override func endElement(_ name: XMLName) {
        if depth == 2, let property { scanner.end(at: Location(field: property)) }
        if depth == 2 { property = nil }
        depth -= 1
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if depth == 2, property != nil { scanner.append(text) }
    }
}

/// Gathers the text of one element of a workbook part and scans it at a fixed location.
final class PartTextScanner<S: FindingSink> {
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let text = CellTextBuffer()

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.engine = engine
        self.sink = sink
    }

    func begin() { text.clear() }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(bytes) }

    func end(at location: Location) {
        text.withBytes { scan($0, at: location, isNumber: false) }
        text.clear()
    }

    /// Scans `bytes` at once (an attribute value).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, at location: Location, isNumber: Bool) {
        guard !bytes.isEmpty else { return }
        var locator = FixedLocator(location: location)
        engine.scan(Piece(window: bytes, scan: 0..<bytes.count, isNumber: isNumber), locator: &locator, sink: &sink.pointee)
    }
}

/// Every value of the piece is at the same location; byte offsets are within the text.
struct FixedLocator: PieceLocator {
    let location: Location

    func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        (location, range)
    }
}
