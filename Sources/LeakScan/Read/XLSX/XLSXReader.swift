/// Reads an Office Open XML workbook (`.xlsx`, `.xlsm`, `.xltx`) straight from its zip: the
/// package relationships lead to the workbook, the workbook lists the sheets in tab order, the
/// shared strings are loaded once into an arena, then each sheet streams from inflate through
/// libxml2 to the detectors, followed by its comments; then the document properties, and last
/// the other XML parts that may hold copies of data (pivot caches, drawings …) and the files
/// embedded in it (`EmbeddedObjects`).
struct XLSXReader {
    /// The shared string table is held in memory; past this it is refused (memory guard).
    static let sharedStringsLimit = 1 << 30

    static let defaultWorkbookPart = "xl/workbook.xml"

    let archive: ZipArchive
    /// A sheet at least this large (inflated) is read ahead on another thread.
    var readAheadMinimumSize = ZipEntryPrefetcher.minimumSize
    /// Findings a sheet read ahead may buffer before it must be read again in its turn.
    var readAheadBufferLimit = 1 << 16

    /// The workbook part, or nil when the zip is not a workbook (a .docx, a plain archive).
    /// The package relationships name it; Word and PowerPoint keep theirs under word/ and ppt/.
    func workbookPart() throws -> String? {
        if let target = try package.mainPart(under: "xl/") {
            // An .xlsb keeps its parts in Excel's binary format (BIFF12), not XML.
            if target.lowercased().hasSuffix(".bin") {
                throw ScanError(.unsupported("Excel binary workbook (.xlsb): not supported; save it as .xlsx to scan it"))
            }
            return target
        }
        return package.entry(Self.defaultWorkbookPart) != nil ? Self.defaultWorkbookPart : nil
    }

    func scan<S: FindingSink>(workbook: String, engine: DetectionEngine, sink: inout S) throws {
        let parser = WorkbookParser()
        try package.parse(workbook, with: parser)
        let links = try package.relationships(of: workbook)
        let stringsPart = links.targets(ofType: "sharedStrings").first.flatMap { package.entry($0) != nil ? $0 : nil }
        let strings = try sharedStrings(stringsPart)
        let usedStrings = SharedStringUse(count: strings.count)
        let dates = try dateStyles(links.targets(ofType: "styles").first, date1904: parser.date1904)
        let sheets = try parser.sheets.map { try sheetPart($0, links, dates: dates) }
        var handled: Set<String> = [workbook]
        try withUnsafeMutablePointer(to: &sink) { sink in
            // Sheets go in pairs: while this thread reads one, the next (when large) is read
            // ahead on another thread into a buffer, handed over in order.
            var i = 0
            while i < sheets.count {
                let next = i + 1 < sheets.count ? sheets[i + 1] : nil
                let ahead = next.flatMap { next in
                    isLarge(next.part) ? SheetReadAhead(reader: self, sheet: next, strings: strings, engine: engine,
                                                        wantsDetails: sink.pointee.wantsDetails,
                                                        bufferLimit: readAheadBufferLimit) : nil
                }
                defer { ahead?.join() }
                handled.formUnion(try scanSheet(sheets[i], strings: strings, used: usedStrings, engine: engine, sink: sink))
                if let ahead, let next {
                    let (buffered, usedAhead, error) = ahead.wait()
                    if buffered.overflowed {
                        handled.formUnion(try scanSheet(next, strings: strings, used: usedStrings, engine: engine, sink: sink))
                    } else {
                        buffered.replay(into: &sink.pointee)
                        if let error { throw error }
                        if let usedAhead { usedStrings.formUnion(usedAhead) }
                        handled.formUnion(try scanComments(of: next.part, sheet: next.context, engine: engine, sink: sink))
                    }
                    i += 2
                } else {
                    i += 1
                }
            }
            if let stringsPart { scanUnusedStrings(strings, used: usedStrings, part: stringsPart, engine: engine, sink: sink) }
            scanDefinedNames(parser.constants, engine: engine, sink: sink)
            try package.scanProperties(engine: engine, sink: sink)
            try scanOtherParts(handled: handled, engine: engine, sink: sink)
            try EmbeddedObjects.scan(package, engine: engine, sink: sink)
        }
    }

    /// The workbook's defined names that hold a text (`负责人` = `"王芳"`), each read as a cell
    /// under a column its name heads, hidden: no sheet shows it.
    private func scanDefinedNames<S: FindingSink>(_ constants: [(name: String, text: [UInt8])], engine: DetectionEngine,
                                                  sink: UnsafeMutablePointer<S>) {
        guard !constants.isEmpty else { return }
        engine.beginDocument()
        let columns = PropertyColumns(engine: engine)
        for (name, text) in constants {
            let column = columns.column(name, header: name, ofOrganisation: false)
            text.withUnsafeBufferPointer { bytes in
                var locator = FixedLocator(location: Location(field: "defined name \(name)", hidden: true))
                engine.scan(Piece(window: bytes, scan: 0..<bytes.count, columnReference: column), locator: &locator, sink: &sink.pointee)
            }
            engine.finishRecord(sink: &sink.pointee)
        }
    }

    /// A sheet to read: where findings say they are, its part, and which of the workbook's
    /// cell styles show dates.
    struct SheetPart {
        var context: SheetContext
        var part: String
        var dates: DateStyles
    }

    private func sheetPart(_ entry: SheetEntry, _ links: Relationships, dates: DateStyles) throws -> SheetPart {
        guard let part = links.target(id: entry.relationshipID) else {
            throw ScanError(.other("corrupt workbook: sheet \(entry.name) has no relationship \(entry.relationshipID)"))
        }
        guard package.entry(part) != nil else {
            throw ScanError(.other("corrupt workbook: sheet \(entry.name) is missing its part \(part)"))
        }
        return SheetPart(context: SheetContext(name: entry.name, isHidden: entry.isHidden), part: part, dates: dates)
    }

    /// Worth reading on a thread of its own.
    private func isLarge(_ part: String) -> Bool {
        (package.entry(part)?.uncompressedSize ?? 0) >= readAheadMinimumSize
    }

    /// Reads one sheet's cells into `sink`, then its comments; returns the comment parts read.
    private func scanSheet<S: FindingSink>(_ sheet: SheetPart, strings: SharedStrings, used: SharedStringUse,
                                           engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws -> [String] {
        used.formUnion(try scanCells(of: sheet, strings: strings, engine: engine, sink: sink))
        return try scanComments(of: sheet.part, sheet: sheet.context, engine: engine, sink: sink)
    }

    /// Reads one sheet's cells into `sink`; returns the shared strings they use.
    func scanCells<S: FindingSink>(of sheet: SheetPart, strings: SharedStrings, engine: DetectionEngine,
                                   sink: UnsafeMutablePointer<S>) throws -> SharedStringUse {
        let cells = WorksheetParser(sheet: sheet.context, strings: strings, dates: sheet.dates, engine: engine, sink: sink)
        try package.parse(sheet.part, with: cells)
        if let error = cells.finish() { throw error }
        try cells.links.scan(relationships: { try package.relationships(of: sheet.part) }, engine: engine, sink: &sink.pointee)
        if cells.textOverflowed {
            throw ScanError(.other("sheet \(sheet.context.name) has a cell of more than \(CellTextBuffer.limit >> 20) MiB of text: only its start was scanned (memory guard)"))
        }
        return cells.usedStrings
    }

    /// The shared string table of `part` (the workbook's relationships name it; none: empty).
    private func sharedStrings(_ part: String?) throws -> SharedStrings {
        guard let part, let entry = package.entry(part) else {
            return SharedStrings()
        }
        let parser = SharedStringsParser(limit: Self.sharedStringsLimit, partSize: entry.uncompressedSize)
        try package.parse(part, with: parser)
        if parser.overLimit {
            throw ScanError(.other("shared strings of more than \(Self.sharedStringsLimit >> 20) MiB: refused (memory guard)"))
        }
        return parser.strings
    }

    /// The cell styles of `part` that show dates (the workbook's relationships name it; none:
    /// no cell is read as a date).
    private func dateStyles(_ part: String?, date1904: Bool) throws -> DateStyles {
        guard let part, package.entry(part) != nil else { return DateStyles(date1904: date1904) }
        let parser = StylesParser()
        try package.parse(part, with: parser)
        return DateStyles(isDateStyle: parser.isDateStyle, date1904: date1904)
    }

    /// Scans the shared strings no cell uses (see `SharedStringUse`), as text hidden from view
    /// located at the table's part.
    private func scanUnusedStrings<S: FindingSink>(_ strings: SharedStrings, used: SharedStringUse, part: String,
                                                   engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        // A document of its own, begun only when some string is unused (most workbooks: none).
        var scanner: PartTextScanner<S>?
        let location = Location(field: part, hidden: true)
        for index in 0..<strings.count where !used.isUsed(index) {
            guard let text = strings.string(index) else { continue }
            if scanner == nil { scanner = PartTextScanner(engine: engine, sink: sink) }
            scanner?.scan(text, at: location, isNumber: false)
        }
    }

    /// Scans the comments of a sheet; returns the parts read.
    private func scanComments<S: FindingSink>(of sheetPart: String, sheet: SheetContext, engine: DetectionEngine,
                                              sink: UnsafeMutablePointer<S>) throws -> [String] {
        let links = try package.relationships(of: sheetPart)
        let parts = (links.targets(ofType: "comments") + links.targets(ofType: "threadedComment"))
            .filter { package.entry($0) != nil }
        for part in parts {
            try package.parse(part, with: CommentsParser(sheet: sheet, engine: engine, sink: sink))
        }
        return parts
    }

    /// Every other XML part with text that may copy data (pivot caches, drawings …), in zip order.
    private func scanOtherParts<S: FindingSink>(handled: Set<String>, engine: DetectionEngine,
                                                sink: UnsafeMutablePointer<S>) throws {
        let handled = Set(handled.map { $0.lowercased() })
        for entry in archive.entries where OtherPartParser<S>.wants(entry.name, handled: handled) {
            try package.parse(entry.name, with: OtherPartParser(part: entry.name, engine: engine, sink: sink))
        }
    }

    private var package: OfficePackage { OfficePackage(archive: archive) }

}
