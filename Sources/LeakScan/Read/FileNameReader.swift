/// A file's own name, read as a line of text: a folder of photos named after their owners' ID
/// numbers (the student-status system imports photos named by 身份证号), a scan saved as
/// `张梓涵_13812345678.pdf`, an export named `2024级_410105200801011237.xlsx`. Such a name leaks
/// whatever the file holds, and a photo's content is never read (it is binary). Underscores
/// read as the blanks people mean by them there; findings lie in the name
/// (`Location.inFileName`, `column` its character column, byte offsets within the name).
public enum FileNameReader {
    public static func scan<S: FindingSink>(displayPath: String, engine: DetectionEngine, sink: inout S) {
        let name = displayPath.utf8.lastIndex(of: UInt8(ascii: "/")).map { displayPath.utf8[displayPath.utf8.index(after: $0)...] }
            ?? displayPath.utf8[...]
        let stem = name.prefix(stemLength(Array(name))).map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }
        guard !stem.isEmpty else { return }
        engine.beginDocument()
        stem.withUnsafeBufferPointer { window in
            var locator = FileNameLocator()
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

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        cursor.advance(to: range.lowerBound, text: window, textStart: 0)
        return (Location(column: cursor.column + 1, inFileName: true), range)
    }
}
