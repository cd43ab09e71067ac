import Foundation

/// Finds a worksheet's header row while its cells stream past.
///
/// The header is the first row with at least two non-empty cells, so that a title row above
/// the table ("2024级新生花名册", one merged cell) is not taken for it. A table of one column
/// has no such row: there the first non-empty row is the header, settled when a second
/// one-cell row follows. A row in which personal data was found is a row of the table, not its
/// header (a sheet without a header row). Rows before the header is settled are scanned
/// without column headers.
struct HeaderRowFinder {
    private(set) var isSettled = false
    private var currentRow: [(column: Int, text: String)] = []
    private var currentCells = 0
    private var firstOneCellRow: [(column: Int, text: String)]?
    private var settled: [(column: Int, text: String)]?

    /// A non-empty cell of the current row.
    mutating func note(column: Int, value: UnsafeBufferPointer<UInt8>, isText: Bool) {
        currentCells += 1
        guard isText else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: value.prefix(Column.headerLimit)), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { currentRow.append((column, text)) }
    }

    /// The current row has ended; `holdsData`: personal data was found in it.
    mutating func endRow(holdsData: Bool) {
        guard !isSettled, currentCells > 0 else { return }
        if currentCells >= 2, !holdsData {
            settle(currentRow)
        } else if let first = firstOneCellRow {
            // A lone column: its first row named it, whatever follows.
            settle(first)
        } else if currentCells == 1, !holdsData {
            firstOneCellRow = currentRow
        }
        // Otherwise a row of a table without a header row: the header may still come, never from it.
        currentRow.removeAll()
        currentCells = 0
    }

    /// The header texts, once, when the header has just been settled.
    mutating func takeSettled() -> [(column: Int, text: String)]? {
        defer { settled = nil }
        return settled
    }

    private mutating func settle(_ row: [(column: Int, text: String)]) {
        isSettled = true
        settled = row
    }
}
