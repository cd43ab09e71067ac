import Foundation

/// Finds a worksheet's header row while its cells stream past.
///
/// The header is the first row with at least two non-empty cells, so that a title row above
/// the table ("2024级新生花名册", one merged cell) is not taken for it. A table of one column
/// has no such row: there the first non-empty row is the header, settled when a second
/// one-cell row follows. A row in which personal data was found is a row of the table, not its
/// header (a sheet without a header row). Rows before the header is settled are scanned
/// without column headers. The row right under the header may be a second header row (see
/// `SecondHeaderRow`); it is scanned under the first row's names.
struct HeaderRowFinder {
    private var isSettled = false
    /// The header row's texts while the row under it may still be a second header row.
    private var headerAbove: [(column: Int, text: String)]?
    private var currentRow: [(column: Int, text: String)] = []
    private var currentCells = 0
    private var currentHasNumber = false
    /// Cells of the current row that span columns (HTML `colspan`, Word `gridSpan`): the column
    /// each starts in, and the last it covers.
    private var currentSpans: [Int: Int] = [:]
    private var firstOneCellRow: [(column: Int, text: String)]?
    private var settled: [(column: Int, text: String)]?

    /// Whether the current row's cells are wanted (`note`): the header, or the row under it, is
    /// not known yet.
    var wantsCells: Bool { !isSettled || headerAbove != nil }

    /// A non-empty cell of the current row, spanning `span` columns from `column`.
    mutating func note(column: Int, value: UnsafeBufferPointer<UInt8>, isText: Bool, span: Int = 1) {
        currentCells += 1
        if span > 1 { currentSpans[column] = column + span - 1 }
        guard isText else {
            currentHasNumber = true
            return
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: value.prefix(Column.headerLimit)), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { currentRow.append((column, text)) }
    }

    /// The current row has ended; `holdsData`: personal data was found in it. `isLabel`: whether
    /// a text names a kind of value (`DetectionEngine.isColumnLabel`).
    mutating func endRow(holdsData: Bool, isLabel: (String) -> Bool) {
        guard currentCells > 0 else { return }
        defer {
            currentRow.removeAll()
            currentCells = 0
            currentHasNumber = false
            currentSpans.removeAll()
        }
        if let top = headerAbove {
            headerAbove = nil
            if !holdsData, !currentHasNumber,
               let merged = SecondHeaderRow.merge(top: top, below: currentRow, isLabel: isLabel) {
                settled = merged
            }
            return
        }
        guard !isSettled else { return }
        if currentCells >= 2, !holdsData {
            // A header cell spanning columns names each of them, unless a second header row
            // names them apart (that row finds the spanned columns empty above it).
            settle(currentRow.flatMap { cell in (cell.column...(currentSpans[cell.column] ?? cell.column)).map { ($0, cell.text) } })
            headerAbove = currentRow
        } else if let first = firstOneCellRow {
            // A lone column: its first row named it, whatever follows.
            settle(first)
        } else if currentCells == 1, !holdsData {
            firstOneCellRow = currentRow
        }
        // Otherwise a row of a table without a header row: the header may still come, never from it.
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
