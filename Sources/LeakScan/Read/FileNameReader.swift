/// A file's own name, read as a line of text: a folder of photos named after their owners' ID
/// numbers (the student-status system imports photos named by 身份证号), a scan saved as
/// `张梓涵_13812345678.pdf`, an export named `2024级_410105200801011237.xlsx`. Such a name leaks
/// whatever the file holds, and a photo's content is never read (it is binary). Underscores
/// read as the blanks people mean by them there; findings lie in the name
/// (`Location.inName`, `column` its character column, byte offsets within the name). A path
/// ending in a slash is a folder's (a student's records in a folder named
/// `张梓涵_410105200803121237`): its last part is read whole.
public enum FileNameReader {
    public static func scan<S: FindingSink>(displayPath: String, engine: DetectionEngine, sink: inout S) {
        let path = Array(displayPath.utf8)
        let isFolder = path.last == UInt8(ascii: "/")
        let end = isFolder ? path.count - 1 : path.count
        let start = path[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        let name = Array(path[start..<end])
        let stem = name.prefix(isFolder ? name.count : stemLength(name)).map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }
        guard !stem.isEmpty else { return }
        engine.beginDocument()
        stem.withUnsafeBufferPointer { window in
            var locator = FileNameLocator(of: isFolder ? .folder : .file)
            engine.scan(Piece(window: window, scan: 0..<window.count), locator: &locator, sink: &sink)
        }
        engine.finishSource(sink: &sink)
    }
}

extension FileNameReader {
    /// The name without its extension (`.jpg`, `.xlsx`: one to five letters and digits, a letter
    /// among them), which would end a value glued to it (`13812345678@qq.com.txt` is no address
    /// in `.txt`).
    static func stemLength(_ name: [UInt8]) -> Int {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return name.count }
        let suffix = name[(dot + 1)...]
        guard (1...5).contains(suffix.count), suffix.allSatisfy(isAlphanumeric), suffix.contains(where: isASCIILetter) else {
            return name.count
        }
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
