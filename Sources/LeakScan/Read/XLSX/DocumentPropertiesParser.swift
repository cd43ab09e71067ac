/// Scans the document properties (`docProps/core.xml`, `docProps/app.xml`; an OpenDocument's
/// `meta.xml`; an Excel 2003 XML spreadsheet's `DocumentProperties`, handed its events):
/// author, last editor, title, subject, keywords, manager, company. They name people as often
/// as not.
final class DocumentPropertiesParser<S: FindingSink>: XMLContentHandler {
    private let scanner: PartTextScanner<S>
    /// How deep the properties are, counted in the events it is given: the root's children (2),
    /// those of `office:meta` (3).
    private let propertyDepth: Int
    private var depth = 0
    private var property: String?

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>, propertyDepth: Int = 2) {
        scanner = PartTextScanner(engine: engine, sink: sink)
        self.propertyDepth = propertyDepth
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        depth += 1
        // Properties are at one depth; app.xml's nested vectors (titles of parts) are not.
        if depth == propertyDepth {
            property = name.string
            scanner.begin()
        }
    }

    override func endElement(_ name: XMLName) {
        if depth == propertyDepth, let property { scanner.end(at: Location(field: property)) }
        if depth == propertyDepth { property = nil }
        depth -= 1
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if depth == propertyDepth, property != nil { scanner.append(text) }
    }
}
