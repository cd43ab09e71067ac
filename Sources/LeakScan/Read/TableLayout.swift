/// The columns of a table whose cells arrive one by one (a worksheet, an HTML or Word table):
/// the header row found as rows pass (`HeaderRowFinder`), the columns it names
/// (`TableColumns`), and, while no header names them, the labels of a form beside their values
/// (`RowLabels`).
struct TableLayout {
    private var header = HeaderRowFinder()
    private var columns = TableColumns()
    private var labels = RowLabels()
    /// The last column named after a header cell.
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// The column a non-empty cell of the current row, in column `number` and spanning `span`,
    /// is scanned under. `isText`: a text, not a number cell.
    mutating func column(for number: Int, value: UnsafeBufferPointer<UInt8>, isText: Bool, span: Int = 1,
                         engine: DetectionEngine) -> Unmanaged<Column> {
        if header.wantsCells { header.note(column: number, value: value, isText: isText, span: span) }
        let own = columns.reference(number)
        guard !header.namesColumns else { return own }
        return labels.column(for: own, value: value, isText: isText, engine: engine)
    }

    /// The current row has ended; `holdsData`: it gave findings, or looked like data
    /// (`DetectionEngine.finishRecord`).
    mutating func endRow(holdsData: Bool, engine: DetectionEngine) {
        header.endRow(holdsData: holdsData, isLabel: engine.isColumnLabel)
        if let settled = header.takeSettled() { engine.settleHeader(of: columns.name(settled, limit: limit)) }
        labels.endRow()
    }
}
