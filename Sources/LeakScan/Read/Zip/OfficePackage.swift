/// An Office Open XML package (ECMA-376 Part 2) in a zip: its parts by name, their
/// relationships, and a part streamed from inflate through libxml2 into a SAX handler. Shared
/// by the workbook and the Word document readers.
struct OfficePackage {
    static let officeDocumentType = "officeDocument"

    let archive: ZipArchive

    /// The main part (the workbook, the Word document) when the package relationships name one
    /// under `folder` (`xl/`, `word/`) that the zip holds.
    func mainPart(under folder: String) throws -> String? {
        try relationships(of: "").targets(ofType: Self.officeDocumentType)
            .first { $0.hasPrefix(folder) && entry($0) != nil }
    }

    /// The zip entry of a part. Part names compare case-insensitively (ECMA-376 Part 2, 9.1.1.1),
    /// and writers differ in case (`xl/SharedStrings.xml`).
    func entry(_ part: String) -> ZipEntry? {
        if let exact = archive.entry(named: part) { return exact }
        let folded = part.lowercased()
        return archive.entries.first { $0.name.lowercased() == folded }
    }

    func relationships(of part: String) throws -> Relationships {
        let name = part.isEmpty ? "_rels/.rels" : Relationships.partName(for: part)
        guard entry(name) != nil else { return Relationships() }
        let parser = RelationshipsParser(sourcePart: part)
        try parse(name, with: parser)
        return parser.relationships
    }

    /// Streams one part from inflate into a SAX parser.
    func parse(_ part: String, with handler: XMLContentHandler) throws {
        guard let entry = self.entry(part) else {
            throw ScanError(.other("corrupt workbook: missing part \(part)"))
        }
        let parser = try XMLPushParser(handler: handler, partName: part)
        try ZipEntryPrefetcher.stream(archive, entry) { chunk in try parser.feed(chunk) }
        try parser.finish()
    }

    /// Scans the document properties (author, last editor, title …), which name people as
    /// often as not, and the custom ones (`CustomPropertiesParser`).
    func scanProperties<S: FindingSink>(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws {
        let root = try relationships(of: "")
        var parts = root.targets(ofType: "core-properties") + root.targets(ofType: "extended-properties")
        if parts.isEmpty { parts = ["docProps/core.xml", "docProps/app.xml"] }
        for part in parts where entry(part) != nil {
            try parse(part, with: DocumentPropertiesParser(engine: engine, sink: sink))
        }
        let custom = root.targets(ofType: "custom-properties").first ?? "docProps/custom.xml"
        if entry(custom) != nil { try parse(custom, with: CustomPropertiesParser(engine: engine, sink: sink)) }
    }
}
