/// Reads an Excel 2003 XML spreadsheet (SpreadsheetML, `<Workbook xmlns=
/// "urn:schemas-microsoft-com:office:spreadsheet">`: what Excel 2003 saves as "XML Spreadsheet"
/// and some web systems' "export to Excel" write under an `.xls` or `.xml` name; known by
/// content). The file streams through libxml2's SAX push parser (`SpreadsheetMLParser`); no
/// part of it is held whole.
enum SpreadsheetMLReader {
    static let namespace = Array("urn:schemas-microsoft-com:office:spreadsheet".utf8)

    /// The start of a file says it is SpreadsheetML: an XML document (its declaration first,
    /// after a byte order mark or blanks) with a `Workbook` in SpreadsheetML's namespace. A
    /// source file or a page that merely mentions the namespace is not one.
    static func isSpreadsheetML(_ head: [UInt8]) -> Bool {
        let start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        guard start.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }).starts(with: Array("<?xml".utf8)) else {
            return false
        }
        return head.withUnsafeBufferPointer { h in
            ByteScanning.contains(Array("Workbook".utf8), in: h) && ByteScanning.contains(namespace, in: h)
        }
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            let handler = SpreadsheetMLParser(engine: engine, sink: sink)
            try XMLPushParser(handler: handler, partName: source.displayPath).parse(source)
            try handler.finish()
        }
    }
}
