/// Every message the zip reader reports, in one place (English; translated by the caller's
/// message layer). Each is one line and names the entry concerned.
enum ZipMessage {
    static let noEndRecord = "corrupt or truncated zip: no end of central directory record"
    static let noZip64EndRecord = "corrupt zip: the ZIP64 end of central directory record is missing"
    static let directoryOutsideFile = "corrupt zip: the central directory claims to lie outside the file"
    static let multiVolume = "multi-volume (split) zip archive"

    static func badDirectoryEntry(at offset: Int) -> String {
        "corrupt zip: bad central directory entry at byte \(offset)"
    }

    static func badZip64Field(_ name: String) -> String {
        "corrupt zip: bad ZIP64 extra field for \(name)"
    }

    static func tooManyEntries(limit: Int) -> String {
        "zip bomb guard: the archive has more than \(limit) entries"
    }

    static func ratio(_ name: String, limit: Int) -> String {
        "zip bomb guard: \(name) inflates past \(limit) times its compressed size"
    }

    static func tooLarge(_ name: String, limit: Int) -> String {
        "zip bomb guard: \(name) is larger than \(byteCount(limit)) uncompressed"
    }

    static func crcMismatch(_ name: String) -> String {
        "CRC-32 mismatch in \(name) (corrupt zip)"
    }

    static func sizeMismatch(_ name: String, actual: Int, declared: Int) -> String {
        "corrupt zip: \(name) holds \(actual) bytes, its central directory entry says \(declared)"
    }

    static func storedSizesDiffer(_ name: String) -> String {
        "corrupt zip: stored entry \(name) has different compressed and uncompressed sizes"
    }

    static func encrypted(_ name: String) -> String {
        "encrypted zip entry \(name): cannot be scanned"
    }

    static func method(_ name: String, _ method: Int) -> String {
        "zip entry \(name) uses compression method \(method)\(methodName(method)): only stored and deflated entries can be read"
    }

    static func truncated(_ name: String) -> String {
        "truncated zip: \(name) ends early"
    }

    static func noLocalHeader(_ name: String) -> String {
        "corrupt zip: the local header of \(name) is missing"
    }

    static func dataInDirectory(_ name: String) -> String {
        "corrupt zip: the data of \(name) runs into the central directory"
    }

    static func badDeflate(_ name: String, detail: String?) -> String {
        "corrupt zip: \(name) holds invalid deflate data" + (detail.map { " (\($0))" } ?? "")
    }

    static func inflateFailed(_ name: String, code: Int32) -> String {
        "cannot inflate \(name): zlib error \(code)"
    }

    /// "4 GiB", "10 MiB", "1 KiB" when exact, else "N bytes".
    static func byteCount(_ n: Int) -> String {
        for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] where n >= 1 << shift && n % (1 << shift) == 0 {
            return "\(n >> shift) \(unit)"
        }
        return "\(n) bytes"
    }

    private static func methodName(_ method: Int) -> String {
        switch method {
        case 1: return " (shrunk)"
        case 6: return " (imploded)"
        case 9: return " (deflate64)"
        case 12: return " (bzip2)"
        case 14: return " (LZMA)"
        case 93: return " (Zstandard)"
        case 95: return " (xz)"
        case 98: return " (PPMd)"
        case 99: return " (AES encrypted)"
        default: return ""
        }
    }
}
