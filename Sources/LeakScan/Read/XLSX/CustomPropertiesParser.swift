/// Scans an Office document's custom properties (`docProps/custom.xml`: File › Properties ›
/// Custom in Word, Excel and PowerPoint, and what a school system's export stamps on its files):
/// each `<property name="联系人"><vt:lpwstr>王芳</vt:lpwstr></property>` is read as a table cell
/// under a column its name heads, so that 联系人 names a name and 身份证号 an ID; each property
/// is a record of its own.
final class CustomPropertiesParser<S: FindingSink>: XMLContentHandler {
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let columns: PropertyColumns
    private let text = CellTextBuffer()
    /// The property being read: its name, and whether its value element is open.
    private var property: String?
    private var inValue = false

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.engine = engine
        self.sink = sink
        columns = PropertyColumns(engine: engine)
        engine.beginDocument()
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("property") {
            property = attributes.string("name")
        } else if property != nil {
            inValue = true
            text.clear()
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("property") {
            property = nil
            engine.finishRecord(sink: &sink.pointee)
        } else if inValue, let property {
            inValue = false
            let column = columns.column(property, header: property, ofOrganisation: false)
            text.withBytes { bytes in
                guard !bytes.isEmpty else { return }
                var locator = FixedLocator(location: Location(field: property))
                engine.scan(Piece(window: bytes, scan: 0..<bytes.count, columnReference: column), locator: &locator, sink: &sink.pointee)
            }
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inValue { self.text.append(text) }
    }
}
