import Foundation

/// Reads OFD documents (GB/T 33190-2016, China's fixed-layout format for electronic official
/// documents, invoices and archives: what government systems issue where others issue PDF):
/// a zip whose entry file `OFD.xml` names each document's root part. Each page's text objects
/// are placed on the page (`OFDContentParser`) and read as a PDF page's words are
/// (`PDFPageStory`): running text a line a paragraph, tables cell by cell under their headers;
/// findings carry their page. Then the page templates the pages use (a letterhead, a form's
/// printed labels), once each; the attached files, as an archive's members; and the document
/// information (title, author …). A page that only draws images (a scan) cannot be checked:
/// it is reported, never passed as clean. Annotations and signatures are not read.
struct OFDReader {
    static let entryFile = "OFD.xml"

    let package: OfficePackage

    /// The entry file read (the documents' root parts, the document information), when the zip
    /// is an OFD package; nil for other zips.
    func entry() throws -> OFDEntryParser? {
        guard package.entry(Self.entryFile) != nil else { return nil }
        let entry = OFDEntryParser()
        try package.parse(Self.entryFile, with: entry)
        return entry
    }

    func scan<S: FindingSink>(_ entry: OFDEntryParser, engine: DetectionEngine, sink: inout S, insideArchive: Bool) throws {
        guard !entry.documentRoots.isEmpty else { throw ScanError(.other("corrupt OFD file: \(Self.entryFile) names no document")) }
        var problems: [String] = []
        var imagesOnly: [Int] = []
        var page = 0
        /// The content of a page or template part (`what` names it), nil when it cannot be
        /// read: then it is named in the error and the other parts are read.
        func content(of location: String, from rootPart: String, _ what: String) -> OFDContentParser? {
            let content = OFDContentParser()
            do {
                try parsePart(Self.resolve(location, from: rootPart), with: content)
            } catch {
                problems.append("\(what) not scanned (\(error))")
                return nil
            }
            if content.overflowed {
                problems.append("\(what) holds more than \(OFDContentParser.textLimit >> 20) MiB of text or \(OFDContentParser.wordLimit) words: only its start was scanned (memory guard)")
            }
            return content
        }
        for root in entry.documentRoots {
            let rootPart = Self.resolve(root, from: "")
            let document = OFDDocumentParser()
            try parsePart(rootPart, with: document)
            var usedTemplates: [String] = []
            for location in document.pages {
                page += 1
                guard let content = content(of: location, from: rootPart, "page \(page)") else { continue }
                if content.words.isEmpty, content.drawsImages { imagesOnly.append(page) }
                usedTemplates += content.templateIDs.filter { !usedTemplates.contains($0) }
                PDFPageStory<PlacedSink<S>>.scan(content.words, page: page, field: nil, engine: engine, sink: &sink)
            }
            for id in usedTemplates {
                guard let location = document.templates[id],
                      let content = content(of: location, from: rootPart, "page template \(id)") else { continue }
                PDFPageStory<PlacedSink<S>>.scan(content.words, page: nil, field: "page template", engine: engine, sink: &sink)
            }
            if let list = document.attachmentsList,
               let unscanned = scanAttachments(Self.resolve(list, from: rootPart), engine: engine, sink: &sink,
                                               insideArchive: insideArchive).summary(called: "attachments") {
                problems.append(unscanned)
            }
        }
        withUnsafeMutablePointer(to: &sink) { sink in
            let scanner = PartTextScanner(engine: engine, sink: sink)
            for (field, text) in entry.information {
                text.withUnsafeBufferPointer { scanner.scan($0, at: Location(field: field), isNumber: false) }
            }
        }
        if !imagesOnly.isEmpty {
            let message = "without text on \(PDFReader.pages(imagesOnly)), only images (scanned?): cannot be checked without OCR"
            if problems.isEmpty { throw ScanError(.unsupported("OFD " + message)) }
            problems.append(message)
        }
        // Each problem starts with its own phrase (`ErrorExplanations`); the first names the error.
        if !problems.isEmpty { throw ScanError(.other("OFD " + problems.joined(separator: "; "))) }
    }

    private func parsePart(_ part: String, with handler: XMLContentHandler) throws {
        guard package.entry(part) != nil else { throw ScanError(.other("corrupt OFD file: missing part \(part)")) }
        try package.parse(part, with: handler)
    }

    /// Scans the attached files listed in `listPart` as an archive's members; returns what was not scanned.
    private func scanAttachments<S: FindingSink>(_ listPart: String, engine: DetectionEngine, sink: inout S,
                                                 insideArchive: Bool) -> UnscannedParts {
        var unscanned = UnscannedParts()
        let list = OFDAttachmentsParser()
        do {
            try parsePart(listPart, with: list)
        } catch {
            unscanned.note("\(error)")
            return unscanned
        }
        guard !list.files.isEmpty else { return unscanned }
        guard !insideArchive else {
            unscanned.note("\(list.files.count) attached to an OFD inside an archive or attachment (extract it to scan them)")
            return unscanned
        }
        for file in list.files {
            unscanned.attempt(file.name) {
                guard let entry = package.entry(Self.resolve(file.location, from: listPart)) else {
                    throw ScanError(.other("missing"))
                }
                try ArchiveReader.scanMember(try ArchiveReader.memberBytes(package.archive, entry), named: file.name,
                                             engine: engine, sink: &sink)
            }
        }
        return unscanned
    }

    /// The zip member a location names: from the package's root when it starts with `/`, else
    /// relative to the folder of `part` (`Pages/Page_0/Content.xml` in `Doc_0/Document.xml`);
    /// `.` and `..` steps are followed, never above the root.
    static func resolve(_ location: String, from part: String) -> String {
        var steps = location.hasPrefix("/") ? [] : part.split(separator: "/").dropLast().map(String.init)
        for step in location.split(separator: "/") {
            switch step {
            case ".": continue
            case "..": _ = steps.popLast()
            default: steps.append(String(step))
            }
        }
        return steps.joined(separator: "/")
    }
}
