/// Scans the text of the workbook's other XML parts, where copies of data hide: pivot caches
/// (`xl/pivotCache/*`: every source row, kept even after the source sheet is deleted), external
/// link caches, chart caches, text boxes in drawings, tables, people lists of threaded comments,
/// custom XML. Element text and `v` attributes (pivot cache values: `<s v="…"/>`, `<n v="…"/>`)
/// are scanned one by one at the part's name, a chart's cached strings as a column's cells;
/// values that no sheet shows are flagged hidden.
final class OtherPartParser<S: FindingSink>: XMLContentHandler {
    private let scanner: PartTextScanner<S>
    private let location: Location

    init(part: String, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        scanner = PartTextScanner(engine: engine, sink: sink)
        location = Location(field: part, hidden: Self.isCachedCopy(part))
    }

    /// Parts worth a generic scan: XML that is not structure (styles, themes, relationships,
    /// calculation chain) and not read by a dedicated parser.
    /// `handled` holds lowercased names: part names compare case-insensitively.
    static func wants(_ part: String, handled: Set<String>) -> Bool {
        let name = part.lowercased()
        guard name.hasSuffix(".xml"), !handled.contains(name), !name.contains("_rels/"), name != "[content_types].xml" else {
            return false
        }
        let structural = ["xl/styles.xml", "xl/calcchain.xml", "xl/theme/", "xl/printersettings/", "xl/metadata.xml",
                          "xl/worksheets/", "xl/chartsheets/", "xl/sharedstrings.xml", "docprops/"]
        return !structural.contains { name.hasPrefix($0) }
    }

    /// A copy of data kept out of sight: a pivot table's cache, another workbook's cached cells.
    static func isCachedCopy(_ part: String) -> Bool {
        part.hasPrefix("xl/pivotCache/") || part.hasPrefix("xl/externalLinks/")
    }

    /// The column of the chart's string cache being read (`<c:strCache>`: a series' categories,
    /// the names of the pupils a bar chart of marks has one bar each): its values are a column's
    /// cells, so that a list of names vouches for itself as a sheet's column does.
    private var cacheColumn: Column?

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("strCache") { cacheColumn = Column(number: 0, header: nil) }
        if let value = attributes.value("v") { scanner.scan(value, at: location, isNumber: name.is("n")) }
        scanner.begin()
    }

    override func endElement(_ name: XMLName) {
        if name.is("strCache") {
            cacheColumn = nil
        } else if let cacheColumn, name.is("v") {
            scanner.end(at: location, column: Unmanaged.passUnretained(cacheColumn))
            return
        }
        scanner.end(at: location)
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        scanner.append(text)
    }
}
