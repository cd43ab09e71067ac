/// Tells containers (zip, OLE compound files) from text by their content, whatever the
/// extension: web systems' "export to Excel" often writes an HTML table or CSV named `.xls`,
/// and those are scanned as text.
enum FormatSniffer {
    enum Container { case zip, compoundFile }

    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// An empty zip is only its end record.
    static let emptyZipMagic: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func container(_ head: [UInt8]) -> Container? {
        if head.starts(with: zipMagic) || head.starts(with: emptyZipMagic) { return .zip }
        if head.starts(with: oleMagic) { return .compoundFile }
        return nil
    }

    /// Why a zip that holds no workbook nor Word document is not scanned, if it is not: an
    /// Office file of another kind, a workbook or document named so without its part, or an
    /// archive inside an archive. Nil for an archive to open.
    static func refusal(ofZip path: String, insideArchive: Bool) -> ScanError? {
        let ext = fileExtension(path)
        let what: String
        switch ext {
        case "docx", "docm", "dotx": what = "zip file named .\(ext) without a Word document inside"
        case "pptx", "pptm": what = "zip file named .\(ext) without a presentation inside"
        case "odp": what = "OpenDocument presentation (.odp)"
        case "ods", "odt": what = "zip file named .\(ext) without an OpenDocument \(ext == "ods" ? "spreadsheet" : "text") inside"
        case "xlsx", "xlsm", "xltx", "xltm": what = "zip file named .\(ext) without a workbook inside"
        default:
            guard insideArchive else { return nil }
            what = "zip archive inside an archive inside another (extract it to scan it)"
        }
        return ScanError(.unsupported("\(what): not supported by this version"))
    }

    /// Why an OLE compound file is not scanned (legacy workbooks, Word documents and
    /// presentations are: `XLSReader`, `DOCReader`, `PPTReader`).
    static func refusal(of kind: CompoundFileKind, path: String) -> ScanError {
        switch kind {
        case .encryptedPackage:
            return ScanError(.unsupported("encrypted workbook: cannot be scanned (remove the password, or scan it before it is encrypted)"))
        case .legacyExcel, .legacyWord, .legacyPowerPoint, .package, .nativePackage, .thumbnailCache, .outlookMessage, .other:
            return ScanError(.unsupported("OLE compound file (.\(fileExtension(path))): not supported"))
        }
    }

    static let spreadsheetExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm", "xls", "et", "ods"]

    static func isSpreadsheetName(_ path: String) -> Bool { spreadsheetExtensions.contains(contentExtension(path)) }

    /// The owner file Office writes beside a document it has open (`~$名单.xlsx`, 162 bytes: the
    /// length and name of the user who opened it): no workbook, though named like one.
    static func isOfficeOwnerFile(_ path: String) -> Bool {
        fileName(path).hasPrefix("~$")
    }

    /// Magic numbers of files most often renamed by mistake.
    static let knownMagic: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"), (Array("%PDF".utf8), "a PDF document"),
        (Array("Rar!".utf8), "a RAR archive"), ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
        ([0x1F, 0x8B], "a gzip file"),
    ]

    /// Images, recordings, fonts and programs (and a Mac's .DS_Store), by their magic numbers: binary files whose kind
    /// is known and holds no table or text (a photo's people are beyond a text scanner). Any other
    /// binary file may be a database or a program's data file holding a roster.
    static func isMediaOrProgram(_ head: [UInt8]) -> Bool {
        if knownMagic.prefix(3).contains(where: { head.starts(with: $0.bytes) }) { return true }
        if mediaMagic.contains(where: { head.starts(with: $0) }) { return true }
        // RIFF containers (WAVE, AVI, WebP) and ISO media (MP4, MOV, HEIC: `ftyp` at offset 4).
        if head.starts(with: Array("RIFF".utf8)) || (head.count >= 8 && Array(head[4..<8]) == Array("ftyp".utf8)) { return true }
        // A TrueType font: version 1.0, then a small count of tables (an Access database's Jet
        // header opens with the same four bytes, then `Standard Jet DB`).
        return head.count >= 6 && head.starts(with: [0x00, 0x01, 0x00, 0x00]) && head[4] == 0 && (1...64).contains(head[5])
    }

    private static let mediaMagic: [[UInt8]] = [
        Array("BM".utf8), [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A], [0x00, 0x00, 0x01, 0x00],  // BMP, TIFF, ICO
        Array("8BPS".utf8), Array("ID3".utf8), [0xFF, 0xFB], [0xFF, 0xF3], Array("OggS".utf8), Array("fLaC".utf8),
        Array("MThd".utf8), [0x1A, 0x45, 0xDF, 0xA3], Array("FLV".utf8), [0x30, 0x26, 0xB2, 0x75],  // PSD, MP3, Ogg, FLAC, MIDI, MKV, FLV, WMV
        Array("#!AMR".utf8), Array("\u{02}#!SILK".utf8), Array("#!SILK".utf8),  // voice messages (AMR, WeChat's SILK)
        Array("OTTO".utf8), Array("wOFF".utf8), Array("wOF2".utf8), Array("ttcf".utf8),  // fonts
        [0x7F, 0x45, 0x4C, 0x46], Array("MZ".utf8), [0xCF, 0xFA, 0xED, 0xFE], [0xCE, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE],  // programs
        [0x00, 0x61, 0x73, 0x6D], Array("FWS".utf8), Array("CWS".utf8),  // WebAssembly, Flash
        [0x00, 0x00, 0x00, 0x01] + Array("Bud1".utf8),  // a Mac's folder settings (.DS_Store)
    ]

    /// Why binary content under a spreadsheet's name is not scanned.
    static func refusal(ofBinaryWorkbook head: [UInt8], path: String) -> ScanError {
        ScanError(.unsupported("not a workbook: this .\(fileExtension(path)) file holds \(binaryContent(head))"))
    }

    /// Why binary content is not passed over as binary, if it is not: under a workbook's or a
    /// table's name (the user meant to send one, and this is not one that is read), or a
    /// database's data beside it (`refusal(ofDataBeside:)`).
    static func refusal(ofBinary head: [UInt8], path: String) -> ScanError? {
        if isSpreadsheetName(path), !isOfficeOwnerFile(path) { return refusal(ofBinaryWorkbook: head, path: path) }
        if fileExtension(path) == "dbf" { return refusal(ofBinaryTable: head) }
        return refusal(ofDataBeside: head, path: path)
    }

    /// Why binary content named `.dbf` that `DBFReader` does not read is not scanned: a dBase 7
    /// table (its version byte 0x04, 0x8C: 48-byte field descriptors), or no table at all.
    private static func refusal(ofBinaryTable head: [UInt8]) -> ScanError {
        if head.first == 0x04 || head.first == 0x8C { return ScanError(.unsupported("dBase 7 table: not supported; save it as .xlsx or CSV to scan it")) }
        return ScanError(.unsupported("not a dBase table: this .dbf file holds \(binaryContent(head))"))
    }

    /// Why a file that holds a database's or a table's data beside it is not scanned: an SQLite
    /// write-ahead log or rollback journal (a database's latest rows, copied or committed with a
    /// client's folder) and a dBase/FoxPro memo file (`.fpt`, `.dbt`: a table's long texts). They
    /// are no format a reader reads, and they may hold a roster's rows: not passed over as binary.
    private static func refusal(ofDataBeside head: [UInt8], path: String) -> ScanError? {
        if head.starts(with: [0x37, 0x7F, 0x06, 0x82]) || head.starts(with: [0x37, 0x7F, 0x06, 0x83])
            || head.starts(with: [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7]) {
            return ScanError(.unsupported("SQLite log or journal: not read (it may hold a database's latest rows: open the database with SQLite to fold them in, then scan the database)"))
        }
        let ext = fileExtension(path)
        // A FoxPro memo (`.fpt`) is read (`FoxProMemoReader`); one that is none, and dBase's, are not.
        guard ext == "fpt" || ext == "dbt" else { return nil }
        return ScanError(.unsupported("dBase or FoxPro memo file (.\(ext)): not read (a table's long texts: save the table as .xlsx or CSV to scan them)"))
    }

    /// Why a statistics package's or a data frame's file is not scanned: SPSS (`$FL2`, `$FL3`),
    /// Stata (`.dta`), SAS (`.sas7bdat`), Parquet (`PAR1`), Arrow and Feather (`ARROW1`,
    /// `FEA1`), a pickled Python object (`.pkl`), R's saved data (`.rds`, `.rda`, `.RData`, gzip
    /// around R's own format). A research office's analysis data, or a repository's: a table of
    /// pupils in a format no reader reads, which no mode passes over as binary (nor opens as a
    /// mere gzip file): it could not be checked.
    static func refusal(ofDataFrame head: [UInt8], path: String) -> ScanError? {
        let ext = fileExtension(path)
        let kind: String
        if head.starts(with: Array("$FL2".utf8)) || head.starts(with: Array("$FL3".utf8)) {
            kind = "SPSS data file"
        } else if head.starts(with: Array("<stata_dta>".utf8)) || ext == "dta" && head.count > 2 && (0x66...0x73).contains(head[0]) && (1...2).contains(head[1]) {
            kind = "Stata data file"
        } else if ext == "sas7bdat" {
            kind = "SAS data file"
        } else if head.starts(with: Array("PAR1".utf8)) {
            kind = "Parquet file"
        } else if head.starts(with: Array("ARROW1".utf8)) || head.starts(with: Array("FEA1".utf8)) {
            kind = "Arrow or Feather file"
        } else if ext == "pkl" || ext == "pickle", head.first == 0x80 {
            kind = "Python pickle"
        } else if ["rds", "rda", "rdata"].contains(ext) {
            kind = "R data file"
        } else {
            return nil
        }
        return ScanError(.unsupported("\(kind) (.\(ext)): not read (a statistics package's table: export it as .csv or .xlsx to check it)"))
    }

    private static func binaryContent(_ head: [UInt8]) -> String {
        knownMagic.first { head.starts(with: $0.bytes) }?.name ?? "binary data"
    }

    /// Text that reads as an HTML page: it opens with markup and holds `<html`, a doctype for
    /// HTML, or a `<table` (outside an XML document, so that Excel's XML Spreadsheet 2003 with
    /// its `<Table>` is not taken for one); named `.html` or `.htm`, any markup will do (a
    /// fragment saved from a page: `<div><label>姓名：</label>…`), and it may open with a template's
    /// tags (Django's or Jinja's `{% extends "base.html" %}`). Case does not matter, as in HTML.
    static func isHTML(_ sample: UnsafeBufferPointer<UInt8>, fileExtension: String = "") -> Bool {
        let named = fileExtension == "html" || fileExtension == "htm"
        guard let first = sample.firstIndex(where: { named ? $0 == UInt8(ascii: "<") : $0 > 0x20 }),
              sample[first] == UInt8(ascii: "<") else { return false }
        let head = UnsafeBufferPointer(rebasing: sample[first...])
        func holds(_ tag: String) -> Bool { ByteScanning.contains(Array(tag.utf8), in: head, ignoringCase: true) }
        if holds("<html") || holds("<!doctype html") { return true }
        guard !head.starts(with: Array("<?xml".utf8)) else { return false }
        return named || holds("<table")
    }

    /// The last part of `path`, after its last `/`.
    static func fileName(_ path: String) -> Substring {
        path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
    }

    /// Lowercased extension of the last path component, without the dot ("" when none).
    static func fileExtension(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The extension the content goes by: past a backup's or an unfinished copy's suffix, which
    /// says nothing of it (`名单.csv.bak`, `名单.csv~`, `成绩.xls.tmp` → csv, csv, xls; a bare
    /// `通讯录.old` → ""); else the file's own extension.
    static func contentExtension(_ path: String) -> String {
        var name = fileName(path)
        while name.hasSuffix("~") { name = name.dropLast() }
        var ext = fileExtension(String(name))
        while copySuffixes.contains(ext) || ext.count == 1 && ext.first!.isASCII && ext.first!.isNumber {
            name = name.dropLast(ext.count + 1)
            ext = fileExtension(String(name))
            if ext.isEmpty { return "" }
        }
        return ext
    }

    /// Suffixes of a backup or a copy left behind (`.1`, `.2` too: a rotated or renamed copy).
    private static let copySuffixes: Set<String> = ["bak", "old", "orig", "tmp", "temp", "backup", "bk", "bkp", "copy",
                                                    "crdownload", "part", "download"]
}
