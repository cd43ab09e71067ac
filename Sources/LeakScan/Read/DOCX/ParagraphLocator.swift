/// Locates values in text gathered from Word paragraphs, one line per paragraph: `line` is the
/// paragraph's number in its part (paragraphs in tables and text boxes counted, in document
/// order), `column` the table column for a cell, else the character column in the paragraph.
/// Byte spans are within the gathered text: Word's XML gives no offsets of its own for text.
struct ParagraphLocator: PieceLocator {
    /// Number of the paragraph the piece's text starts in.
    let firstParagraph: Int
    let tableColumn: Int?
    let field: String?
    /// Offsets in the text where a line goes on without a line feed: a PDF's line wrapped into
    /// the next (`WordStory.continueParagraph`), each one more line, its column counted from there.
    let softBreaks: [Int]
    /// Walks forward: values are located in order.
    private let cursor = LineCursor()
    /// Soft breaks at or before the last value located.
    private var passedBreaks = 0

    init(firstParagraph: Int, tableColumn: Int?, field: String?, softBreaks: [Int] = []) {
        self.firstParagraph = firstParagraph
        self.tableColumn = tableColumn
        self.field = field
        self.softBreaks = softBreaks
    }

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        cursor.advance(to: range.lowerBound, text: window, textStart: 0)
        while passedBreaks < softBreaks.count, softBreaks[passedBreaks] <= range.lowerBound { passedBreaks += 1 }
        var column = cursor.column + 1
        // After a soft break on the value's own line, the column counts from the break.
        if let wrap = passedBreaks > 0 ? softBreaks[passedBreaks - 1] : nil,
           ByteScanning.lastIndex(of: 0x0A, in: window, wrap..<range.lowerBound) == nil {
            column = ByteScanning.scalarCount(in: window, wrap..<range.lowerBound) + 1
        }
        return (Location(line: firstParagraph + cursor.line - 1 + passedBreaks, column: tableColumn ?? column, field: field), range)
    }
}
