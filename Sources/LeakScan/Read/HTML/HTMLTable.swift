/// One table of an HTML page as its rows stream past: the column each cell falls in, after
/// the `colspan` and `rowspan` of the cells before and above it (as browsers lay them out), and
/// the header row that names the columns.
final class HTMLTable {
    var layout = TableLayout(limit: maximumColumn)
    private(set) var rowOpen = false
    private var nextColumn = 1
    /// For each column, how many rows, the current one included, a cell above still covers.
    private var coveredRows: [Int] = []

    /// The widest table we lay out (Excel's column limit); cells further right are not scanned.
    static let maximumColumn = CellReference.maximumColumn
    /// The HTML standard's limits on spans.
    static let maximumColumnSpan = 1000
    static let maximumRowSpan = 65534

    func startRow() {
        rowOpen = true
        nextColumn = 1
    }

    /// The 1-based column of a new cell in the current row that spans `columnSpan` columns and
    /// `rowSpan` rows; nil beyond `maximumColumn`.
    func place(columnSpan: Int, rowSpan: Int) -> Int? {
        while nextColumn < coveredRows.count, coveredRows[nextColumn] > 0 { nextColumn += 1 }
        let column = nextColumn
        guard column <= Self.maximumColumn else { return nil }
        nextColumn += columnSpan
        if rowSpan > 1 {
            let last = min(column + columnSpan - 1, Self.maximumColumn)
            if coveredRows.count <= last { coveredRows.append(contentsOf: repeatElement(0, count: last + 1 - coveredRows.count)) }
            for c in column...last { coveredRows[c] = rowSpan }
        }
        return column
    }

    /// The current row has ended: cells spanning rows cover one row less.
    func endRow() {
        rowOpen = false
        for c in coveredRows.indices where coveredRows[c] > 0 { coveredRows[c] -= 1 }
    }
}
