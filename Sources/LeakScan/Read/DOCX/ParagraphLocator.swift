/// Locates values in text gathered from Word paragraphs, one line per paragraph: `line` is the
/// paragraph's number in its part (paragraphs in tables and text boxes counted, in document
/// order), `column` the table column for a cell, else the character column in the paragraph.
/// Byte spans are within the gathered text: Word's XML gives no offsets of its own for text.
struct ParagraphLocator: PieceLocator {
    /// Number of the paragraph the piece's text starts in.
    let firstParagraph: Int
    let tableColumn: Int?
    let field: String?
    /// Walks forward: values are located in order.
    private let cursor = LineCursor()

    init(firstParagraph: Int, tableColumn: Int?, field: String?) {
        self.firstParagraph = firstParagraph
        self.tableColumn = tableColumn
        self.field = field
    }

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        cursor.advance(to: range.lowerBound, text: window, textStart: 0)
        return (Location(line: firstParagraph + cursor.line - 1, column: tableColumn ?? cursor.column + 1, field: field), range)
    }
}
