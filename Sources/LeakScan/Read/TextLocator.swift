/// Line and column of a position in the decoded text, kept by walking forward.
final class LineCursor {
    /// Offset in the decoded text the counts below are for.
    private(set) var position = 0
    /// 1-based line at `position`.
    private(set) var line = 1
    /// Unicode scalars between the start of the line and `position`.
    private(set) var column = 0

    /// Moves forward to `target`; `text` holds the decoded text from `textStart` on and must
    /// cover `position..<target`.
    func advance(to target: Int, text: UnsafeBufferPointer<UInt8>, textStart: Int) {
        guard target > position else { return }
        let range = (position - textStart)..<(target - textStart)
        if let newline = ByteScanning.lastIndex(of: 0x0A, in: text, range) {
            line += ByteScanning.count(0x0A, in: text, range.lowerBound..<newline + 1)
            column = ByteScanning.scalarCount(in: text, newline + 1..<range.upperBound)
        } else {
            column += ByteScanning.scalarCount(in: text, range)
        }
        position = target
    }
}

/// Locator for plain text: physical line and character column, source span through the
/// offset mapping.
struct TextLocator: PieceLocator {
    let cursor: LineCursor
    let mapping: OffsetMapping
    /// The reader's whole buffer, and the decoded offset of its first byte.
    let text: UnsafeBufferPointer<UInt8>
    let textStart: Int
    /// Decoded offset of the piece's `window[0]`.
    let windowStart: Int

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        let start = windowStart + range.lowerBound
        let end = windowStart + range.upperBound
        cursor.advance(to: start, text: text, textStart: textStart)
        let sourceStart = mapping.sourceOffset(ofDecoded: start, text: text, textStart: textStart)
        let sourceEnd = mapping.sourceOffset(ofDecoded: end, text: text, textStart: textStart)
        return (Location(line: cursor.line, column: cursor.column + 1), sourceStart..<sourceEnd)
    }
}
