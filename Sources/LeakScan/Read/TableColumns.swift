/// The columns of a table whose cells arrive by column number (a worksheet, an HTML table):
/// unnamed until the header row is known, then named after it. Pieces point to the columns
/// unretained; this owns them.
struct TableColumns {
    private var columns: [Column?] = []

    /// Column `number`, made unnamed on first use.
    mutating func reference(_ number: Int) -> Unmanaged<Column> {
        if number < columns.count, let column = columns[number] { return Unmanaged.passUnretained(column) }
        grow(to: number)
        let column = Column(number: number, header: nil)
        columns[number] = column
        return Unmanaged.passUnretained(column)
    }

    /// Names the columns after the header row's texts (column numbers up to `limit`); returns them.
    mutating func name(_ headers: [(column: Int, text: String)], limit: Int) -> [Column] {
        var named: [Column] = []
        for (number, text) in headers where number <= limit {
            grow(to: number)
            let column = Column(number: number, header: text)
            columns[number] = column
            named.append(column)
        }
        return named
    }

    private mutating func grow(to number: Int) {
        if columns.count <= number { columns.append(contentsOf: repeatElement(nil, count: number + 1 - columns.count)) }
    }
}
