/// The document properties of a legacy Office file (MS-OLEPS): the "\u{5}SummaryInformation"
/// stream (title, subject, author, keywords, comments, last author) and the
/// "\u{5}DocumentSummaryInformation" stream (category, manager, company), as an `.xlsx` or
/// `.docx` keeps them in `docProps/`. They name people as often as not. Each text property is
/// scanned at a location naming it; its 8-bit strings are in the code page the set gives
/// (936, GBK, on Chinese systems), converted with iconv.
enum OLEProperties {
    /// Property IDs of text worth scanning, by stream.
    private static let wanted: [(stream: StreamName, properties: [UInt32: String])] = [
        (.summaryInformation, [2: "title", 3: "subject", 4: "author", 5: "keywords", 6: "comments", 8: "last author"]),
        (.documentSummaryInformation, [2: "category", 14: "manager", 15: "company"]),
    ]

    /// A property set stream is read whole: past this it is passed over.
    static let maximumSize = 1 << 20

    static func scan<S: FindingSink>(_ file: CompoundFileDirectory, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws {
        let scanner = PartTextScanner(engine: engine, sink: sink)
        for (name, properties) in wanted {
            guard var stream = try file.stream(named: name), stream.size <= maximumSize else { continue }
            let bytes = try stream.bytes(at: 0, count: stream.size, what: "a property set")
            for (id, text) in strings(bytes, wanted: properties) {
                text.withUnsafeBufferPointer { scanner.scan($0, at: Location(field: properties[id]!), isNumber: false) }
            }
        }
    }

    /// The wanted text properties of the first property set of a stream, as UTF-8, in the order
    /// the set lists them. A malformed set gives what was read before the damage.
    static func strings(_ stream: LEBytes, wanted: [UInt32: String]) -> [(UInt32, [UInt8])] {
        // Header: byte order, version, system, class ID (28 bytes), number of sets, then the first
        // set's format ID (16 bytes) and offset.
        guard stream.count >= 48, stream.u16(0) == 0xFFFE, stream.u32(24) >= 1 else { return [] }
        let set = Int(stream.u32(44))
        guard set + 8 <= stream.count else { return [] }
        let count = min(Int(stream.u32(set + 4)), 1000)
        var codePage = 1252
        var found: [(UInt32, Int)] = []
        for k in 0..<count {
            let entry = set + 8 + 8 * k
            guard entry + 8 <= stream.count else { break }
            let id = stream.u32(entry), at = set + Int(stream.u32(entry + 4))
            guard at + 8 <= stream.count else { continue }
            if id == 1, stream.u16(at) == 2 { codePage = stream.u16(at + 4) }  // VT_I2 code page
            if wanted[id] != nil { found.append((id, at)) }
        }
        return found.compactMap { id, at in text(stream, at: at, codePage: codePage).map { (id, $0) } }
    }

    /// A `VT_LPSTR` (8-bit, in the set's code page) or `VT_LPWSTR` (UTF-16) value, as UTF-8.
    private static func text(_ stream: LEBytes, at: Int, codePage: Int) -> [UInt8]? {
        let type = stream.u16(at), length = Int(stream.u32(at + 4))
        switch type {
        case 0x1E:
            guard at + 8 + length <= stream.count else { return nil }
            var bytes = Array(stream.slice(at + 8, length))
            while bytes.last == 0 { bytes.removeLast() }
            return decode(bytes, codePage: codePage)
        case 0x1F:
            guard at + 8 + 2 * length <= stream.count else { return nil }
            var units = (0..<length).map { UInt16(stream.u16(at + 8 + 2 * $0)) }
            while units.last == 0 { units.removeLast() }
            return BIFFText.utf8(units)
        default:
            return nil
        }
    }

    private static func decode(_ bytes: [UInt8], codePage: Int) -> [UInt8]? {
        if codePage == 65001 || bytes.allSatisfy({ $0 < 0x80 }) { return bytes }
        if codePage == 1200 { return nil }  // UTF-16 strings are VT_LPWSTR
        return (try? IconvConverter(from: "CP\(codePage)"))?.convertWhole(bytes)
    }
}
