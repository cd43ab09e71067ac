/// A file's own name, read as a line of text: a folder of photos named after their owners' ID
/// numbers (the student-status system imports photos named by 身份证号), a scan saved as
/// `张梓涵_13812345678.pdf`, an export named `2024级_410105200801011237.xlsx`. Such a name leaks
/// whatever the file holds, and a photo's content is never read (it is binary). Underscores,
/// and dashes between Chinese words, read as the blanks people mean by them there; findings lie in the name
/// (`Location.inName`, `column` its character column, byte offsets within the name). A path
/// ending in a slash is a folder's (a student's records in a folder named
/// `张梓涵_410105200803121237`): its last part is read whole. A photo's name is a person's name
/// when it is one alone (`ContextHints.ownName`: 林子涵.jpg, a class's photos) or as a document's
/// is (a form's uploads, 毛铭泽_身份证正面.jpg); other files'
/// names are too often words that look like names (花名册.csv, 唐诗.docx), unless the name opens
/// a title or is one of three characters beside a number alone (`ContextHints.titledName`:
/// 张子涵_检讨书.docx, 0815王一诺.docx).
public enum FileNameReader {
    public static func scan<S: FindingSink>(displayPath: String, engine: DetectionEngine, sink: inout S) {
        let path = Array(displayPath.utf8)
        let isFolder = path.last == UInt8(ascii: "/")
        let end = isFolder ? path.count - 1 : path.count
        let start = path[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        engine.beginDocument()
        var locator = FileNameLocator(of: isFolder ? .folder : .file)
        scan(name: Array(path[start..<end]), isFolder: isFolder, locator: &locator, engine: engine, sink: &sink)
        engine.finishSource(sink: &sink)
    }

    /// Scans one name (a folder's, or a file's with its extension) in the document being read:
    /// a file's own, or the file a link points to (`LinkTarget`), located by `locator`.
    static func scan<L: PieceLocator, S: FindingSink>(name: [UInt8], isFolder: Bool, locator: inout L,
                                                      engine: DetectionEngine, sink: inout S) {
        let stemEnd = isFolder ? name.count : stemLength(name)
        let stem = readAsBlanks(Array(name.prefix(stemEnd)))
        guard !stem.isEmpty else { return }
        let hints: ContextHints = isFolder ? [] : isPhoto(extension: name[min(stemEnd + 1, name.count)...]) ? [.ownName, .titledName] : .titledName
        stem.withUnsafeBufferPointer { window in
            engine.scan(Piece(window: window, scan: 0..<window.count, columnReference: nil, hints: hints), locator: &locator, sink: &sink)
        }
    }
}

extension FileNameReader {
    /// The name with its underscores as blanks, and its dashes beside a Chinese word
    /// (接送卡照片-周雨桐, 01-张梓涵): the separators people mean by them; a dash between digits
    /// (410105-2008…) stays one.
    static func readAsBlanks(_ stem: [UInt8]) -> [UInt8] {
        stem.indices.map { k in
            let b = stem[k]
            let besideChinese = b == UInt8(ascii: "-") && k > 0 && k + 1 < stem.count && (stem[k - 1] >= 0x80 || stem[k + 1] >= 0x80)
            return b == UInt8(ascii: "_") || besideChinese ? UInt8(ascii: " ") : b
        }
    }

    /// The extensions of photos: cameras', phones' and scanners' (`ContextHints.ownName`).
    private static let photoExtensions: Set<String> = ["jpg", "jpeg", "png", "bmp", "gif", "heic", "heif", "tif", "tiff", "webp"]

    static func isPhoto<Bytes: Collection<UInt8>>(extension bytes: Bytes) -> Bool {
        bytes.count <= 4 && photoExtensions.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }

    /// The name without its extension (`FileExtension`: `.jpg`, `.xlsx`), which would end a value glued to it (`13812345678@qq.com.txt` is no address
    /// in `.txt`).
    static func stemLength(_ name: [UInt8]) -> Int {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0,
              name.withUnsafeBufferPointer({ FileExtension.end(after: dot, in: $0, end: $0.count) }) == name.count else { return name.count }
        return dot
    }
}

/// Locates values in a file's name: their character column in it.
private struct FileNameLocator: PieceLocator {
    private let cursor = LineCursor()
    let of: Location.NameOf

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        cursor.advance(to: range.lowerBound, text: window, textStart: 0)
        return (Location(column: cursor.column + 1, inName: of), range)
    }
}
