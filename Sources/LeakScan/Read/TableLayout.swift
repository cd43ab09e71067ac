/// The columns of a table whose cells arrive one by one (a worksheet, an HTML or Word table):
/// the header row found as rows pass (`HeaderRowFinder`), the columns it names
/// (`TableColumns`), and the labels of a form beside their values (`RowLabels`): while no header
/// names the columns, and under a header the label opening a row, for the columns that say
/// nothing.
struct TableLayout {
    private var header = HeaderRowFinder()
    private var columns = TableColumns()
    private var labels = RowLabels()
    /// The last column named after a header cell.
    private let limit: Int
    /// The column of the current row's last cell when it held a sex alone.
    private var sexColumn: Int?
    /// The current row has had a non-empty cell.
    private var rowStarted = false
    /// The column a row's first cell is read under when a lone label above names it
    /// (`HeaderRowFinder.loneLabel`), kept alive while the cell is scanned.
    private var loneColumn: Column?
    /// What the last cell given a column (`column(for:)`) is known by beyond its column: in a
    /// table without a header, `followsSex` right after a cell holding a sex alone.
    private(set) var cellHints: ContextHints = []
    /// An ID typed a character a cell along the row; the reader scans it (`scanBoxedValue`).
    private var boxes = DigitBoxes()

    init(limit: Int) {
        self.limit = limit
    }

    /// The column a non-empty cell of the current row, in column `number` and spanning `span`,
    /// is scanned under. `isText`: a text, not a number cell.
    mutating func column(for number: Int, value: UnsafeBufferPointer<UInt8>, isText: Bool, span: Int = 1,
                         engine: DetectionEngine) -> Unmanaged<Column> {
        // A row's first cell under a lone label (姓名 over a name) is read under it at once: the
        // header settles only when the row ends with that one cell.
        loneColumn = nil
        if !rowStarted, let label = header.loneLabel(above: number, isLabel: engine.isColumnLabel) {
            loneColumn = Column(number: number, header: label)
        }
        if header.wantsCells { header.note(column: number, value: value, isText: isText, span: span) }
        boxes.note(column: number, value: value)
        let followsSex = sexColumn == number - 1
        sexColumn = isText && Particulars.isSexAlone(value, 0..<value.count) ? number + span - 1 : nil
        let own = loneColumn.map { Unmanaged.passUnretained($0) } ?? columns.reference(number)
        // Under a header, a column that says nothing (周一, 内容) takes the label opening its row:
        // a table laid out sideways under its header (值班电话 | 0371… | 0371…). Only that first
        // cell is looked at as a label: the others are values of their columns, and reading each
        // cell as a possible label would cost every cell of a sheet a string.
        let readsLabel = !header.namesColumns || !rowStarted || labels.inSignOffRow
        let column = labels.column(for: own, value: value, mayBeLabel: isText && readsLabel, opensRow: !rowStarted, engine: engine)
        rowStarted = true
        guard !header.namesColumns else {
            cellHints = []
            return column
        }
        cellHints = followsSex && column._withUnsafeGuaranteedRef({ $0.header == nil }) ? .followsSex : []
        return column
    }

    /// Scans an ID typed a character a cell whose last box has passed (`DigitBoxes`), or, with
    /// `rowEnding`, that ends the row, as a piece of the row: readers call it after each cell and
    /// before `endRow`, so that it joins the row's record. `locator` places it from the column
    /// of its first box and its length (its bytes are the joined characters, not the file's).
    mutating func scanBoxedValue<L: PieceLocator, S: FindingSink>(rowEnding: Bool = false, engine: DetectionEngine, sink: inout S,
                                                                  locator: (_ column: Int, _ length: Int) -> L) {
        if rowEnding { boxes.endRow() }
        guard let boxed = boxes.take() else { return }
        var place = locator(boxed.column, boxed.digits.count)
        boxed.digits.withUnsafeBufferPointer {
            engine.scan(Piece(window: $0, scan: 0..<$0.count, columnReference: nil), locator: &place, sink: &sink)
        }
    }

    /// The current row has ended; `holdsData`: it gave findings, or looked like data
    /// (`DetectionEngine.finishRecord`).
    mutating func endRow(holdsData: Bool, engine: DetectionEngine) {
        header.endRow(holdsData: holdsData, isLabel: engine.isColumnLabel, namesOrganisation: engine.namesOrganisation,
                      mayBeValue: engine.mayBeValue)
        if let settled = header.takeSettled() { engine.settleHeader(of: columns.name(settled, limit: limit)) }
        labels.endRow()
        sexColumn = nil
        rowStarted = false
    }
}
