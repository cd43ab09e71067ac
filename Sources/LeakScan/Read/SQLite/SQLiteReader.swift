import SystemSQLite

/// Reads SQLite databases (`.db`, `.sqlite`, any name; known by their magic `SQLite format 3`):
/// the local stores of 学籍, 体检 and 校园卡 client programs. Each table is a table of its own,
/// its columns named by the schema as a SQL dump's are, each row's values cells under them
/// (numbers as number cells), located by the table (as a sheet), the row's rowid (as a line;
/// the row's place in a table without rowid) and the column's number. Tables named `sqlite_…`
/// are SQLite's own, and views show the tables' rows again: neither is read. A BLOB is read
/// only when it is UTF-8 text; a value over `CellTextBuffer.limit` only up to it; a table only
/// up to `rowLimit` rows. What a table could not give is said after the others are read.
enum SQLiteReader {
    static let magic = Array("SQLite format 3\u{0}".utf8)
    static let rowLimit = 10_000_000

    static func isSQLite(_ head: [UInt8]) -> Bool { head.starts(with: magic) }

    /// `memoryLimit`: the largest source with no path that is read from memory (`SQLiteDatabase`);
    /// `rowLimit`: the rows read of a table at most.
    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S,
                                     memoryLimit: Int = SQLiteDatabase.memoryLimit, rowLimit: Int = rowLimit) throws {
        let database = try SQLiteDatabase(source, memoryLimit: memoryLimit)
        var unscanned = UnscannedParts()
        for table in try database.tableNames() {
            var partial: String?
            unscanned.attempt(table) { partial = try scan(table, of: database, rowLimit: rowLimit, engine: engine, sink: &sink) }
            if let partial { unscanned.note("\(table) (\(partial))") }
        }
        try unscanned.check(called: "SQLite tables")
    }

    /// Scans the rows of `table`; says what was left out of them, if anything was.
    private static func scan<S: FindingSink>(_ table: String, of database: SQLiteDatabase, rowLimit: Int,
                                             engine: DetectionEngine, sink: inout S) throws -> String? {
        let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        // A table declared WITHOUT ROWID has none: its rows are counted instead.
        let statement: OpaquePointer
        let first: Int32
        switch database.prepare("SELECT rowid, * FROM \(quoted)") {
        case .success(let withRowid): (statement, first) = (withRowid, 1)
        case .failure: (statement, first) = (try database.prepare("SELECT * FROM \(quoted)").get(), 0)
        }
        let columns = (first..<max(first, sqlite3_column_count(statement))).map { index in
            Column(number: Int(index - first) + 1,
                   header: sqlite3_column_name(statement, index).map { String(decoding: String(cString: $0).utf8.prefix(Column.headerLimit), as: UTF8.self) })
        }
        engine.beginDocument()
        engine.settleHeader(of: columns)
        // A settings table of a key and a value whose name says nothing (config_key |
        // config_value | remark): each row's key names its value, as a header would
        // (`school_tel` | `0371-…`: the school's).
        let keyed = columns.count >= 2 && engine.hints(of: columns[1]).isEmpty ? PropertyColumns(engine: engine) : nil
        var rows = 0
        var cutRows = false
        var cutValues = false
        try database.rows(of: statement) { statement in
            guard rows < rowLimit else {
                cutRows = true
                return false
            }
            rows += 1
            let line = first == 1 ? Int(truncatingIfNeeded: sqlite3_column_int64(statement, 0)) : rows
            let keyColumn = keyed.flatMap { keyed in key(statement, first, engine: engine).map { keyed.column($0, header: $0, ofOrganisation: false) } }
            for (k, column) in columns.enumerated() {
                var locator = FixedLocator(location: Location(line: line, column: k + 1, sheet: table))
                cutValues = scanValue(statement, Int32(k) + first, column: k == 1 ? keyColumn ?? Unmanaged.passUnretained(column)
                                                                               : Unmanaged.passUnretained(column),
                                      engine: engine, locator: &locator, sink: &sink) || cutValues
            }
            engine.finishRecord(sink: &sink)
            return true
        }
        let parts = (cutRows ? ["rows past the first \(rowLimit)"] : [])
            + (cutValues ? ["values of more than \(CellTextBuffer.limit >> 20) MiB: only their start was scanned"] : [])
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The row's key, when its first value is one that names a kind of column (`school_tel`,
    /// `联系电话`); nil otherwise (`xs_001`).
    private static func key(_ statement: OpaquePointer, _ index: Int32, engine: DetectionEngine) -> String? {
        guard sqlite3_column_type(statement, index) == SQLITE_TEXT, let text = sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        guard (2...64).contains(count) else { return nil }
        let key = String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
        return engine.isColumnLabel(key) ? key : nil
    }

    /// Scans one value of the row as a cell of `column`: a number as a number cell, text (and a
    /// BLOB that is UTF-8 text) as text. Returns whether the value was cut to `CellTextBuffer.limit`.
    private static func scanValue<S: FindingSink>(_ statement: OpaquePointer, _ index: Int32, column: Unmanaged<Column>,
                                                  engine: DetectionEngine, locator: inout FixedLocator, sink: inout S) -> Bool {
        let type = sqlite3_column_type(statement, index)
        let start: UnsafeRawPointer?
        switch type {
        case SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT: start = sqlite3_column_text(statement, index).map(UnsafeRawPointer.init)
        case SQLITE_BLOB: start = sqlite3_column_blob(statement, index)
        default: return false
        }
        let count = Int(sqlite3_column_bytes(statement, index))
        guard let start, count > 0 else { return false }
        let value = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
        if type == SQLITE_INTEGER || type == SQLITE_FLOAT {
            NumericCellText.scanNumberCell(value, 0..<count, column: column, engine: engine, locator: &locator, sink: &sink)
            return false
        }
        // A BLOB is mostly a picture or a file: read only when it is text.
        if type == SQLITE_BLOB, ByteScanning.firstIndex(of: 0, in: value, 0..<count) != nil || !EncodingSniffer.isValidUTF8(value) {
            return false
        }
        var end = min(count, CellTextBuffer.limit)
        // Cut before a character, never inside one.
        while end < count, end > 0, value[end] & 0xC0 == 0x80 { end -= 1 }
        engine.scan(Piece(window: value, scan: 0..<end, columnReference: column), locator: &locator, sink: &sink)
        return end < count
    }
}
