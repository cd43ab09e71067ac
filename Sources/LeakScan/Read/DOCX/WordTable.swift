/// One table of a Word document as its rows stream past: the grid column each cell starts in,
/// after the `gridBefore` of its row and the `gridSpan` of the cells before it, and the header
/// row that names the columns. A cell merged down (`vMerge`) is written again, empty, in each
/// row it covers, so it takes its column by itself.
final class WordTable {
    var layout = TableLayout(limit: maximumColumn)
    private var nextColumn = 1
    /// The open cell: its first grid column and how many it spans.
    private(set) var openCell: (column: Int, span: Int)?

    /// The widest table we lay out (Excel's column limit); cells further right are not scanned.
    static let maximumColumn = CellReference.maximumColumn
    /// Word's own limit on grid columns is 63; this bounds hostile files.
    static let maximumSpan = 1000

    /// A row is open: begun and not yet finished.
    var rowOpen = false

    func startRow() {
        nextColumn = 1
        openCell = nil
        rowOpen = true
    }

    /// Grid columns the row leaves empty before its first cell (`w:gridBefore`).
    func skip(_ columns: Int) {
        nextColumn += min(max(columns, 0), Self.maximumSpan)
    }

    func startCell() {
        openCell = (nextColumn, 1)
    }

    /// Starts a cell in grid column `column`, or in the next free one when that is taken.
    func startCell(at column: Int) {
        openCell = (max(column, nextColumn), 1)
    }

    /// The open cell spans `columns` grid columns (`w:gridSpan`, read after the cell has begun).
    func span(_ columns: Int) {
        openCell?.span = min(max(columns, 1), Self.maximumSpan)
    }

    /// Ends the open cell; returns its column and span, nil beyond `maximumColumn` or when none was open.
    func endCell() -> (column: Int, span: Int)? {
        guard let cell = openCell else { return nil }
        openCell = nil
        nextColumn = cell.column + cell.span
        return cell.column <= Self.maximumColumn ? (cell.column, min(cell.span, Self.maximumColumn + 1 - cell.column)) : nil
    }
}
