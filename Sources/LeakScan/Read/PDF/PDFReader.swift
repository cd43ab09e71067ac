import Foundation

/// Reads a PDF document (known by its `%PDF` header) through poppler: each page's words, laid
/// out in lines (`PDFLines`), go to a `WordStory` of their own (`PDFPageStory`): running text a
/// line a paragraph, tables cell by cell under their column headers; then its annotations,
/// comments and filled form fields (`PDFPageAnnotations`). Findings carry their page
/// (`Location.page`) and their line on it. Then the files attached to it, as an archive's
/// members, and the document information (title, author …).
/// A file is opened by its path, so that poppler reads it on demand; other sources (an archive's
/// member) are read into memory first. Pages that are only images (a scan without its text
/// layer) hold no text and cannot be checked: they are reported, never passed as clean; a
/// blank page (nothing inked when rendered small) is passed.
enum PDFReader {
    static let magic = Array("%PDF-".utf8)
    /// A PDF that is not a file on disk is read into memory whole: past this it is not scanned.
    static let memoryLimit = 64 << 20
    /// Pages without text rendered to tell an image from a blank page (tens of milliseconds
    /// each for a scan); past this many they are taken for images.
    static let renderLimit = 100
    /// Document information entries worth scanning, with the field a finding names.
    private static let information: [(key: String, field: String)] = [
        ("Title", "title"), ("Subject", "subject"), ("Author", "author"), ("Keywords", "keywords"),
    ]

    /// A PDF starts with `%PDF-` (after blanks at most: a text that only mentions the header
    /// further on is not one).
    static func isPDF(_ head: [UInt8]) -> Bool {
        head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.starts(with: magic)
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S,
                                     insideArchive: Bool) throws {
        let opened = try (source as? FileSource).map { PDFDocument.open(path: $0.path) } ?? openInMemory(source)
        let document: PDFDocument
        switch opened {
        case .success(let d): document = d
        case .failure(.locked): throw ScanError(.unsupported("encrypted PDF: cannot be scanned (remove the password, or scan it before it is encrypted)"))
        case .failure(.unreadable): throw ScanError(.other("damaged PDF: poppler cannot read it"))
        }
        var unreadable: [Int] = []
        var textless: [Int] = []
        var hasText = false
        for index in 0..<document.pageCount {
            guard let words = document.words(ofPage: index) else {
                unreadable.append(index + 1)
                continue
            }
            let annotations = document.annotations(ofPage: index)
            if annotations == nil { unreadable.append(index + 1) }
            let (unread, pageWords) = PDFPageAnnotations.split(annotations ?? [], words: words)
            if words.isEmpty {
                textless.append(index)
            } else {
                hasText = true
                PDFPageStory<PlacedSink<S>>.scan(pageWords, page: index + 1, field: nil, engine: engine, sink: &sink)
            }
            PDFPageAnnotations.scan(unread, page: index + 1, engine: engine, sink: &sink)
        }
        let unscannedAttachments = scanAttachments(document, engine: engine, sink: &sink, insideArchive: insideArchive)
        withUnsafeMutablePointer(to: &sink) { sink in
            let scanner = PartTextScanner(engine: engine, sink: sink)
            for (key, field) in information {
                document.info(key)?.withUnsafeBufferPointer { scanner.scan($0, at: Location(field: field), isNumber: false) }
            }
        }
        if !unreadable.isEmpty {
            throw ScanError(.other("damaged PDF: \(pages(unreadable)) could not be read"))
        }
        try unscannedAttachments.check(called: "PDF attachments")
        // A page without text is blank, or an image (a scan), which cannot be checked. A document
        // without any text needs one inked page to say so; in one with text each such page is
        // named, and past `renderLimit` they are named unrendered.
        if !hasText {
            if textless.contains(where: document.isInked) {
                throw ScanError(.unsupported("PDF without text (scanned pages are images): cannot be checked without OCR"))
            }
            return
        }
        let imagesOnly = (textless.prefix(renderLimit).filter(document.isInked) + textless.dropFirst(renderLimit)).map { $0 + 1 }
        if !imagesOnly.isEmpty {
            throw ScanError(.unsupported("PDF \(pages(imagesOnly)) without text, only images (scanned?): cannot be checked without OCR"))
        }
    }

    /// Scans the files attached to the document (a roster attached to a notice) as an archive's
    /// members are scanned (`ArchiveReader.scanMember`): each as the file it is, its findings
    /// naming it. Returns what was not scanned: attachments larger than the archive's member
    /// limit, unreadable ones, those of a PDF that is itself a member or an attachment, and
    /// those whose own reading failed.
    private static func scanAttachments<S: FindingSink>(_ document: PDFDocument, engine: DetectionEngine, sink: inout S,
                                                        insideArchive: Bool) -> UnscannedParts {
        var unscanned = UnscannedParts()
        let count = document.attachmentCount
        guard count > 0 else { return unscanned }
        guard !insideArchive else {
            unscanned.note("\(count) attached to a PDF inside an archive or attachment (extract it to scan them)")
            return unscanned
        }
        for index in 0..<count {
            switch document.attachment(index, limit: ArchiveReader.memberLimit) {
            case .file(let name, let bytes):
                ArchiveReader.scanName(of: name, engine: engine, sink: &sink)
                unscanned.attempt(name) { try ArchiveReader.scanMember(bytes, named: name, engine: engine, sink: &sink) }
            case .tooLarge(let name):
                ArchiveReader.scanName(of: name, engine: engine, sink: &sink)
                unscanned.note("\(name) (larger than \(ArchiveReader.memberLimit >> 20) MiB: extract it to scan it)")
            case .unreadable(let name): unscanned.note("\(name) (cannot be read)")
            }
        }
        return unscanned
    }

    /// "page 3", "pages 3, 5–9": runs of pages as ranges, at most ten of them and a count of the rest.
    static func pages(_ numbers: [Int]) -> String {
        var runs: [ClosedRange<Int>] = []
        for n in numbers {
            if let last = runs.last, last.upperBound + 1 == n { runs[runs.count - 1] = last.lowerBound...n } else { runs.append(n...n) }
        }
        let shown = runs.prefix(10).map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        let rest = runs.dropFirst(10).reduce(0) { $0 + $1.count }
        return (numbers.count == 1 ? "page " : "pages ") + shown.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
    }

    /// A source that is not a file on disk, read into memory whole (up to `memoryLimit`).
    private static func openInMemory(_ source: any ByteSource) throws -> Result<PDFDocument, PDFDocument.Failure> {
        let size = try SourceBytes.size(of: source)
        guard size <= memoryLimit else { throw ScanError(.other("PDF inside an archive larger than \(memoryLimit >> 20) MiB: extract it to scan it")) }
        return try PDFDocument.open(size: size) { buffer in
            guard try SourceBytes.readFully(source, into: buffer, at: 0) == size else { throw ScanError(.cannotRead(errno: EIO)) }
        }
    }
}
