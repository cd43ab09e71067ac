/// What a reader found a source to be.
public struct ReadSummary: Sendable, Equatable {
    public var format: SourceFormat
    /// Nil for binary sources (nothing decoded).
    public var encoding: TextEncoding?
    /// A binary source is an image, a recording, a font or a program (`FormatSniffer.isMediaOrProgram`)
    /// or Office's owner file, not data of a kind no reader knows.
    public var isKnownMedia: Bool

    public init(format: SourceFormat, encoding: TextEncoding?, isKnownMedia: Bool = false) {
        self.format = format
        self.encoding = encoding
        self.isKnownMedia = isKnownMedia
    }
}

public enum SourceFormat: Sendable, Equatable {
    case text
    /// Text with tables laid out in it (cells set apart by blanks or `|`), each table's values
    /// read under their columns.
    case textTables
    case delimited(delimiter: UInt8)
    /// A workbook (Office Open XML, a legacy `.xls`, or an Excel 2003 XML spreadsheet), read
    /// sheet by sheet.
    case workbook
    /// A Word document (Office Open XML, a legacy `.doc`, or RTF), read paragraph by paragraph
    /// and table by table.
    case wordDocument
    /// An HTML page (an "export to Excel" saved as `.xls`, or any page), its tables read cell by cell.
    case html
    /// JSON or JSON Lines, each value read under its key.
    case json
    /// An XML data file, each element's text and attribute's value read under its name.
    case xml
    /// An SQL dump, each row's values read under their columns.
    case sql
    /// A dBase or FoxPro table (`.dbf`), each record read under the field names.
    case dbaseTable
    /// Key–value text (YAML, properties, INI, TOML, .env), each value read under its key.
    case keyValue
    /// vCard contacts (`.vcf`), each card a record, each value read under its property.
    case vCard
    /// iCalendar events (`.ics`), read as vCard's cards are: each event a record, each value
    /// under its property.
    case calendar
    /// LDIF, a directory's export (`ldapsearch`, `ldifde`), each entry a record, each value read
    /// under its attribute.
    case ldif
    /// Saved e-mail (`.eml`, `.mht`), each part read as a file of its own.
    case mail
    /// A tar, 7-Zip or RAR archive, or a compressed file, its entries read one by one.
    case packedArchive
    /// A PowerPoint presentation, read slide by slide.
    case presentation
    /// A PDF document, read page by page.
    case pdf
    /// An OFD document (GB/T 33190, China's fixed-layout format), read page by page.
    case ofd
    /// A SQLite database, each table's rows read under their columns.
    case database
    /// A zip archive, its members read one by one.
    case archive
    /// A Windows shortcut (`.lnk`): the path of the file it opens, its parts read as names.
    case shortcut
    /// Windows' thumbnail cache (`Thumbs.db`): the names of the pictures it holds thumbnails of,
    /// each read as an archive member's name.
    case thumbnailCache
    /// Skipped: nothing scanned.
    case binary
}

public enum TextEncoding: String, Sendable {
    case utf8
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
}

public enum SourceReader {
    /// Text is read and scanned in chunks of this size: memory per reader stays near it.
    static let defaultChunkSize = 1 << 20

    /// Sniffs the format and encoding of `source`, then streams its text through `engine` into `sink`.
    public static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws -> ReadSummary {
        try scan(source, engine: engine, sink: &sink, chunkSize: defaultChunkSize)
    }

    /// How deep the file being read is nested in others (an attachment of a mail in an archive,
    /// an object embedded in a document), on this thread.
    @TaskLocal static var nesting = 0
    /// Files nested deeper are not opened: zip compresses, so a file may hold itself (a zip
    /// quine), and no rule about what may hold what should be all that stops the reading.
    static let nestingLimit = 8

    /// `chunkSize` lets tests force chunk boundaries. `insideArchive`: the source is held by as
    /// many containers as are opened inside one another (`ArchiveReader.depthLimit`): its own
    /// archives and attachments are not opened.
    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S,
                                     chunkSize: Int, insideArchive: Bool = false) throws -> ReadSummary {
        guard nesting < nestingLimit else {
            throw ScanError(.other("nested in \(nestingLimit) files or more: not opened"))
        }
        return try $nesting.withValue(nesting + 1) {
            try scanNested(source, engine: engine, sink: &sink, chunkSize: chunkSize, insideArchive: insideArchive)
        }
    }

    private static func scanNested<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S,
                                                   chunkSize: Int, insideArchive: Bool) throws -> ReadSummary {
        // A row cut short by an error still belongs to this source: hand it on here, never
        // into the next source the engine reads.
        defer { engine.finishSource(sink: &sink) }
        engine.beginDocument()
        let head = try ChunkReader.head(of: source, limit: EncodingSniffer.utf8ProbeLength)
        if let refusal = FormatSniffer.refusal(ofDataFrame: head, path: source.displayPath) { throw refusal }
        switch FormatSniffer.container(head) {
        case .zip:
            return ReadSummary(format: try scanZip(source, engine: engine, sink: &sink, insideArchive: insideArchive), encoding: nil)
        case .compoundFile:
            let file = try CompoundFileDirectory(source)
            return ReadSummary(format: try scanCompoundFile(file, path: source.displayPath, engine: engine, sink: &sink), encoding: nil)
        case nil:
            break
        }
        if let kind = PackedArchiveReader.kind(head) {
            try PackedArchiveReader.scan(source, kind: kind, engine: engine, sink: &sink, insideArchive: insideArchive)
            return ReadSummary(format: .packedArchive, encoding: nil)
        }
        if SQLiteReader.isSQLite(head) {
            try SQLiteReader.scan(source, engine: engine, sink: &sink)
            return ReadSummary(format: .database, encoding: nil)
        }
        if PDFReader.isPDF(head) {
            try PDFReader.scan(source, engine: engine, sink: &sink, insideArchive: insideArchive)
            return ReadSummary(format: .pdf, encoding: nil)
        }
        if RTFReader.isRTF(head) {
            try RTFReader.scan(source, engine: engine, sink: &sink)
            return ReadSummary(format: .wordDocument, encoding: nil)
        }
        if SpreadsheetMLReader.isSpreadsheetML(head) {
            try SpreadsheetMLReader.scan(source, engine: engine, sink: &sink)
            return ReadSummary(format: .workbook, encoding: nil)
        }
        if let kind = FlatODFReader.kind(head) {
            try FlatODFReader.scan(source, kind: kind, engine: engine, sink: &sink)
            return ReadSummary(format: kind == .spreadsheet ? .workbook : .wordDocument, encoding: nil)
        }
        if MboxReader.isMbox(head, path: source.displayPath) {
            try MboxReader.scan(source, engine: engine, sink: &sink)
            return ReadSummary(format: .mail, encoding: nil)
        }
        if MailReader.isMail(head, path: source.displayPath) {
            try MailReader.scan(source, engine: engine, sink: &sink)
            return ReadSummary(format: .mail, encoding: nil)
        }
        if FoxProMemoReader.isFoxProMemo(head, path: source.displayPath) {
            try FoxProMemoReader.scan(source, engine: engine, sink: &sink)
            return ReadSummary(format: .dbaseTable, encoding: nil)
        }
        if ShellLinkReader.isShellLink(head) {
            try ShellLinkReader.scan(source, engine: engine, sink: &sink)
            return ReadSummary(format: .shortcut, encoding: nil)
        }
        if DBFReader.isDBF(head) {
            try DBFReader.scan(source, head: head, engine: engine, sink: &sink)
            return ReadSummary(format: .dbaseTable, encoding: nil)
        }
        let sniffed = EncodingSniffer.sniff(head)
        if case .unreadText(let encoding) = sniffed {
            throw ScanError(.unsupported("\(encoding) text is not read: save it as UTF-8 or UTF-16"))
        }
        guard case .text(let encoding, let bomLength) = sniffed else {
            if let refusal = FormatSniffer.refusal(ofBinary: head, path: source.displayPath) { throw refusal }
            // Office's owner file beside an open document (~$名单.xlsx) holds no one's data but the
            // user's name: passed over as media is, not refused by the pre-upload check.
            return ReadSummary(format: .binary, encoding: nil,
                               isKnownMedia: FormatSniffer.isMediaOrProgram(head) || FormatSniffer.isOfficeOwnerFile(source.displayPath))
        }
        let buffer = try makeBuffer(source, encoding: encoding, bomLength: bomLength, chunkSize: chunkSize,
                                    carriageReturns: CarriageReturnFeed.endsLinesWithCarriageReturns(head, encoding: encoding))
        try buffer.fill()
        let format = sniffFormat(buffer, path: source.displayPath, isLabel: engine.isColumnLabel)
        switch format {
        case .delimited(let delimiter):
            try CSVReader(buffer: buffer, delimiter: delimiter).scan(engine: engine, sink: &sink)
        case .html:
            try HTMLReader(buffer: buffer).scan(engine: engine, sink: &sink)
        case .json:
            try JSONReader(buffer: buffer).scan(engine: engine, sink: &sink)
        case .xml:
            try XMLDataReader(buffer: buffer).scan(engine: engine, sink: &sink)
        case .sql:
            try SQLReader(buffer: buffer).scan(engine: engine, sink: &sink)
        case .vCard, .calendar:
            try VCardReader(buffer: buffer).scan(engine: engine, sink: &sink)
        case .ldif:
            try LDIFReader(buffer: buffer).scan(engine: engine, sink: &sink)
        case .keyValue:
            try KeyValueReader(buffer: buffer).scan(engine: engine, sink: &sink,
                                                    decodesEscapes: FormatSniffer.fileExtension(source.displayPath) == "properties")
        case .textTables:
            try TextTableReader(buffer: buffer).scan(engine: engine, sink: &sink)
        default:
            try TextReader(buffer: buffer).scan(engine: engine, sink: &sink)
        }
        return ReadSummary(format: format, encoding: encoding)
    }

    /// Whether the reader `scan` picks for a source that opens with `head` reads it front to
    /// back only (text, CSV, HTML, JSON, SQL, RTF, Excel 2003 XML, dBase tables …), so that it may come from a
    /// stream; the containers `scan` tries first (zip, OLE, packed archives, SQLite, PDF, mail)
    /// seek, or read the source whole. Keep in step with `scan`.
    static func readsFrontToBack(head: [UInt8], path: String) -> Bool {
        FormatSniffer.container(head) == nil && PackedArchiveReader.kind(head) == nil && !SQLiteReader.isSQLite(head)
            && !PDFReader.isPDF(head)
            && !MailReader.isMail(head, path: path)
    }

    /// Reads an OLE compound file, or an object's storage in one, as the document it holds, then
    /// the objects embedded in it (`OLEEmbeddedObjects`). An embedded object of no kind a reader
    /// knows (an equation, a drawing: `EmbeddedObjects.isEmbedded(path)`) is passed over like a
    /// picture; such a file of its own is refused.
    static func scanCompoundFile<S: FindingSink>(_ file: CompoundFileDirectory, path: String, engine: DetectionEngine,
                                                 sink: inout S) throws -> SourceFormat {
        let format: SourceFormat
        switch file.kind {
        case .legacyExcel:
            try XLSReader.scan(file, engine: engine, sink: &sink)
            format = .workbook
        case .legacyWord:
            try DOCReader.scan(file, engine: engine, sink: &sink)
            format = .wordDocument
        case .legacyPowerPoint:
            try PPTReader.scan(file, engine: engine, sink: &sink)
            format = .presentation
        case .package:
            let bytes = try file.streamBytes(named: .package, limit: ArchiveReader.memberLimit)
            return try scan(MemorySource(bytes, displayPath: path), engine: engine, sink: &sink,
                            chunkSize: defaultChunkSize, insideArchive: true).format
        case .nativePackage:
            // The packed file is a file of its own, named by its label (…/oleObject1.bin/花名册.csv).
            let packed = try OLENativePackage(file, limit: ArchiveReader.memberLimit)
            try ArchiveReader.scanMember(packed.bytes, named: packed.name, engine: engine, sink: &sink)
            return .archive
        case .thumbnailCache:
            try ThumbnailCatalog.scan(file, engine: engine, sink: &sink)
            return .thumbnailCache
        case .outlookMessage:
            try OutlookMessage.scan(file, engine: engine, sink: &sink)
            return .mail
        case .other where EmbeddedObjects.isEmbedded(path):
            return .binary
        case let kind:
            throw FormatSniffer.refusal(of: kind, path: path)
        }
        try OLEEmbeddedObjects.scan(file, path: path, engine: engine, sink: &sink)
        return format
    }

    /// A zip is a workbook, a Word document, a presentation, an OpenDocument spreadsheet or
    /// text, an OFD document, or else an archive whose members are scanned (`ArchiveReader`);
    /// an archive held by too many others (`insideArchive`), and OpenDocument presentations, are refused.
    static func scanZip<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S,
                                        insideArchive: Bool) throws -> SourceFormat {
        let archive = try ZipArchive(source: source)
        let workbookReader = XLSXReader(archive: archive)
        if let workbook = try workbookReader.workbookPart() {
            try workbookReader.scan(workbook: workbook, engine: engine, sink: &sink)
            return .workbook
        }
        let documentReader = DOCXReader(package: OfficePackage(archive: archive))
        if let document = try documentReader.documentPart() {
            try documentReader.scan(document: document, engine: engine, sink: &sink)
            return .wordDocument
        }
        let presentationReader = PPTXReader(package: OfficePackage(archive: archive))
        if let presentation = try presentationReader.presentationPart() {
            try presentationReader.scan(presentation: presentation, engine: engine, sink: &sink)
            return .presentation
        }
        let openDocument = ODFReader(package: OfficePackage(archive: archive))
        if let kind = try openDocument.kind() {
            try openDocument.scan(kind, engine: engine, sink: &sink)
            return kind == .spreadsheet ? .workbook : .wordDocument
        }
        let fixedLayout = OFDReader(package: OfficePackage(archive: archive))
        if let entry = try fixedLayout.entry() {
            try fixedLayout.scan(entry, engine: engine, sink: &sink, insideArchive: insideArchive)
            return .ofd
        }
        if let refusal = FormatSniffer.refusal(ofZip: source.displayPath, insideArchive: insideArchive) { throw refusal }
        try ArchiveReader.scan(archive, engine: engine, sink: &sink)
        return .archive
    }

    /// `carriageReturns`: the text's lines end in a CR alone (`CarriageReturnFeed`).
    static func makeBuffer(_ source: any ByteSource, encoding: TextEncoding, bomLength: Int, chunkSize: Int,
                           carriageReturns: Bool = false) throws -> TextBuffer {
        let chunk = max(chunkSize, TextBuffer.minimumRoom)
        let feed: TextFeed
        switch encoding {
        case .utf8, .utf8BOM: feed = UTF8Feed(source, bomLength: bomLength)
        case .utf16LE, .utf16BE:
            feed = try UTF16Feed(source, bigEndian: encoding == .utf16BE, bomLength: bomLength, chunkSize: chunk)
        case .gb18030: feed = GB18030Feed(source, chunkSize: chunk)
        }
        return TextBuffer(feed: carriageReturns ? CarriageReturnFeed(feed) : feed, capacity: chunk + 4 * TextReader.contextLength)
    }

    /// `.csv` and `.tsv` are delimited (also past a backup's suffix: `名单.csv.bak`); other text is
    /// HTML when it reads as a page, and `.txt` (and text named like a spreadsheet, or with no
    /// extension of its own) is delimited when its first records share a delimiter;
    /// text with a table laid out near its start is read as such (`isLabel`: whether a text
    /// names a column), and such a text of short lines, a value each, as a one-column table.
    static func sniffFormat(_ buffer: TextBuffer, path: String, isLabel: (String) -> Bool) -> SourceFormat {
        let sample = UnsafeBufferPointer(rebasing: buffer.text.prefix(EncodingSniffer.utf8ProbeLength))
        let complete = buffer.atEnd && sample.count == buffer.count
        let ext = FormatSniffer.contentExtension(path)
        if !["csv", "tsv", "tab"].contains(ext), FormatSniffer.isHTML(sample, fileExtension: ext) { return .html }
        if !["csv", "tsv", "tab"].contains(ext), JSONReader.isJSON(sample, fileExtension: ext) { return .json }
        if !["csv", "tsv", "tab"].contains(ext), XMLDataReader.isXMLData(sample, fileExtension: ext) { return .xml }
        if !["csv", "tsv", "tab"].contains(ext), SQLReader.isSQL(sample, fileExtension: ext) { return .sql }
        if VCardReader.isVCard(sample, fileExtension: ext) { return .vCard }
        if VCardReader.isCalendar(sample, fileExtension: ext) { return .calendar }
        if LDIFReader.isLDIF(sample, fileExtension: ext) { return .ldif }
        if KeyValueReader.isKeyValue(path: path) { return .keyValue }
        switch ext {
        case "csv":
            return .delimited(delimiter: DelimiterSniffer.sniff(sample, complete: complete, strict: false) ?? UInt8(ascii: ","))
        case "tsv", "tab":
            return .delimited(delimiter: 0x09)
        case _ where ext == "txt" || ext.isEmpty || FormatSniffer.isSpreadsheetName(path):
            // A spreadsheet's name on text content: web systems' "export to Excel" is often CSV;
            // so is a copy with no extension of its own (`通讯录.old`).
            if let d = DelimiterSniffer.sniff(sample, complete: complete, strict: true, minimumRecords: 3) {
                return .delimited(delimiter: d)
            }
            fallthrough
        default:
            if TextTableReader.holdsTable(sample, complete: complete, isLabel: isLabel) { return .textTables }
            let mayBeColumn = ext == "txt" || ext.isEmpty || FormatSniffer.isSpreadsheetName(path)
            return mayBeColumn && DelimiterSniffer.isOneColumn(sample, complete: complete) ? .delimited(delimiter: UInt8(ascii: ",")) : .text
        }
    }
}
