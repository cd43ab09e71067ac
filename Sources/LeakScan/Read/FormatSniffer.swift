/// Refuses containers this version cannot read yet, and tells text from binary.
enum FormatSniffer {
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Throws `.unsupported` for a zip container or an OLE compound file.
    static func checkSupported(_ head: [UInt8], path: String) throws {
        let ext = fileExtension(path)
        if head.starts(with: zipMagic) {
            let what: String
            switch ext {
            case "xlsx", "xlsm", "xltx", "xltm": what = "Excel workbook (.\(ext))"
            case "docx", "docm": what = "Word document (.\(ext))"
            case "pptx", "pptm": what = "PowerPoint presentation (.\(ext))"
            case "ods", "odt", "odp": what = "OpenDocument file (.\(ext))"
            default: what = "zip archive"
            }
            throw ScanError(.unsupported("\(what): not yet supported by this version"))
        }
        if head.starts(with: oleMagic) {
            let what: String
            switch ext {
            case "xls": what = "legacy Excel workbook (.xls)"
            case "doc": what = "legacy Word document (.doc)"
            case "xlsx", "xlsm", "docx": what = "encrypted Office file (.\(ext))"
            default: what = "OLE compound file (legacy .xls/.doc or an encrypted workbook)"
            }
            throw ScanError(.unsupported("\(what): not supported by this version"))
        }
    }

    /// Lowercased extension of the last path component, without the dot ("" when none).
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
