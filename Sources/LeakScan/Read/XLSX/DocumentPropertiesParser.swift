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
