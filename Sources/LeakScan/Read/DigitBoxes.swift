/// An ID number typed one character a cell, into the 18 boxes of a form's 身份证号码 row (Word
/// and Excel forms draw them as cells): the characters of consecutive one-character cells of a
/// row, joined, so that the detectors see the number (no cell alone holds it). A run of 15 or 18
/// such cells, digits with perhaps an `X` last, makes a value; it is handed on when the run ends.
struct DigitBoxes {
    private var characters: [UInt8] = []
    private var firstColumn = 0
    private var nextColumn = 0
    private var finished: (digits: [UInt8], column: Int)?

    /// A non-empty cell of the current row, in column `column`, holds `value`.
    mutating func note(column: Int, value: UnsafeBufferPointer<UInt8>) {
        let box = value.count == 1 && (isDigit(value[0]) || value[0] | 0x20 == UInt8(ascii: "x"))
        if box, column == nextColumn, let last = characters.last, isDigit(last) {
            characters.append(value[0])
        } else if box || !characters.isEmpty {
            // Most cells are neither a box nor after one: nothing to do.
            endRun()
            if box, isDigit(value[0]) {
                characters.append(value[0])
                firstColumn = column
            }
        }
        nextColumn = column + 1
    }

    /// The row has ended: a run at its end is complete.
    mutating func endRow() {
        endRun()
        nextColumn = 0
    }

    /// The digits of the last complete run and the column of its first box, once.
    mutating func take() -> (digits: [UInt8], column: Int)? {
        defer { finished = nil }
        return finished
    }

    private mutating func endRun() {
        if characters.count == 15 || characters.count == 18 { finished = (characters, firstColumn) }
        characters.removeAll(keepingCapacity: true)
    }
}
