/// Where the text gathered from an HTML page's nodes (a cell's, or running text across blocks)
/// stands in the source, by line. Markup, skipped scripts and the line breaks added for blocks
/// and `<br>` lie between the two, so the source line of a node's start is kept wherever
/// counting the text's line feeds would give another.
struct HTMLTextLines {
    /// Offsets in the text, and the source line there: one at the first node, then one where
    /// counting from the one before goes wrong. By offset.
    private(set) var anchors: [(offset: Int, line: Int)] = []
    /// Offsets in the text of line feeds that stand for a block or a `<br>`, not for a source
    /// line. In order.
    private(set) var addedBreaks: [Int] = []
    /// The source line at the end of the text, as counted.
    private var endLine = 0
    /// Anchors kept at most before the running text is scanned (a page of many short nodes on
    /// lines of their own, split by markup, must not grow them without bound: memory guard).
    static let anchorLimit = 1 << 16

    /// A node's `bytes` were appended at `offset`, from source line `line`.
    mutating func appended(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, line: Int) {
        if anchors.isEmpty || line != endLine {
            anchors.append((offset, line))
            endLine = line
        }
        endLine += ByteScanning.count(0x0A, in: bytes, 0..<bytes.count)
    }

    /// A line feed standing for a block was appended at `offset`.
    mutating func addedBreak(at offset: Int) {
        addedBreaks.append(offset)
    }

    /// The text's first `count` bytes were dropped (`text` is the text before): offsets move.
    mutating func dropFirst(_ count: Int, of text: UnsafeBufferPointer<UInt8>) {
        var cursor = HTMLLineCursor(self)
        let line = cursor.line(at: count, in: text)
        anchors = [(0, line)] + anchors.filter { $0.offset > count }.map { ($0.offset - count, $0.line) }
        addedBreaks = addedBreaks.filter { $0 >= count }.map { $0 - count }
    }

    mutating func removeAll() {
        anchors.removeAll(keepingCapacity: true)
        addedBreaks.removeAll(keepingCapacity: true)
        endLine = 0
    }
}

/// Source lines of offsets of an HTML page's gathered text (`HTMLTextLines`), asked in order:
/// the text is counted through once.
struct HTMLLineCursor {
    private let lines: HTMLTextLines
    private var position = 0
    private var currentLine: Int
    private var nextAnchor = 1
    private var nextBreak = 0

    /// The source line of the first line the text holds.
    let firstLine: Int

    init(_ lines: HTMLTextLines) {
        self.lines = lines
        firstLine = max(lines.anchors.first?.line ?? 1, 1)
        currentLine = firstLine
    }

    /// The source line of `offset` (at or after the offset asked before).
    mutating func line(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard offset > position else { return currentLine }
        while nextAnchor < lines.anchors.count, lines.anchors[nextAnchor].offset <= offset {
            position = lines.anchors[nextAnchor].offset
            currentLine = lines.anchors[nextAnchor].line
            nextAnchor += 1
        }
        while nextBreak < lines.addedBreaks.count, lines.addedBreaks[nextBreak] < position { nextBreak += 1 }
        var feeds = ByteScanning.count(0x0A, in: text, position..<min(offset, text.count))
        while nextBreak < lines.addedBreaks.count, lines.addedBreaks[nextBreak] < offset {
            feeds -= 1
            nextBreak += 1
        }
        currentLine += feeds
        position = offset
        return currentLine
    }
}
