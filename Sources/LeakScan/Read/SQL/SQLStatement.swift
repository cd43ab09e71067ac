/// What the statements of an SQL dump say about the values in them: the tables' columns from
/// `CREATE TABLE` (with their comments: MySQL's `xm varchar(20) COMMENT '姓名'`, PostgreSQL's
/// `COMMENT ON COLUMN t.xm IS '姓名'`, both giving the header `xm（姓名）`), the column each value
/// of an `INSERT … VALUES` tuple or a `COPY … FROM stdin` row belongs to, and the column an
/// assignment names (`UPDATE … SET lxdh = '138…'`), or, where the value's column says nothing
/// (unknown, or a settings table's `config_value`), the key a tuple opens with
/// (`('school_tel','0371-…')`). Each tuple, each `COPY`
/// row and each other statement is a record.
final class SQLStatement {
    private enum Phase {
        /// Before a statement's first word.
        case start
        /// `CREATE …` before the column list.
        case create
        /// Inside `CREATE TABLE`'s parentheses.
        case createBody
        /// `INSERT …` before `VALUES`.
        case insert
        /// `INSERT … VALUES` tuples.
        case values
        /// `COPY …` before its `;`.
        case copy
        /// The rows after `COPY … FROM stdin;`, up to `\.`.
        case copyData
        /// `COMMENT ON …`: a column's comment when it is `COMMENT ON COLUMN`.
        case commentOn
        /// Any other statement: only assignments name columns.
        case other
    }

    /// Tables and columns remembered at most, so that memory stays bounded.
    static let maximumTables = 4096
    static let maximumColumns = 1024

    private var phase = Phase.start
    private var depth = 0
    /// The table the statement is about (its last identifier before the column list).
    private var table: String?
    /// An identifier list is being read (`INSERT INTO t (a, b)`, `COPY t (a, b)`).
    private var listOpen = false
    private var list: [String] = []
    /// `CREATE TABLE` (not `CREATE INDEX … (col)`): its columns so far, and the current item's
    /// column name and comment.
    private var createsTable = false
    private var created: [(name: String, header: String)] = []
    private var itemName: String?
    private var itemComment: String?
    private var itemStarts = false
    private var commentNext = false
    /// `COMMENT ON COLUMN` (not `ON TABLE`): its comment names a column.
    private var commentsColumn = false
    /// Column headers of the tables created so far, by table and column name.
    private var tables: [String: [(name: String, header: String)]] = [:]
    /// The columns of the current `VALUES` or `COPY` rows, and the column of the next value.
    private var columns: [Column] = []
    private var columnIndex = 0
    private var columnCache: [String: [Column]] = [:]
    /// `name =`: the next value is in the column `name`.
    private var lastWord: String?
    private var assigned: Column?
    private let unnamed = Column(number: 0, header: nil)
    /// The column the tuple's first value names for its second (`keyedColumn(_:)`), and whether
    /// the rows' second column leaves it to the key: its name says nothing (a settings table's
    /// `config_value`, or no column list at all).
    private var keyed: Column?
    private var rowsAreKeyed = true
    /// Whether a text names a column (`DetectionEngine.isColumnLabel`).
    private let isColumnLabel: (String) -> Bool

    /// Works out what a table's columns say together (`DetectionEngine.settleHeader`: a table of
    /// organisations, `供应商名称 | 电话 | 地址`, holds their own contact details).
    private let settleHeader: ([Column]) -> Void

    init(isColumnLabel: @escaping (String) -> Bool, settleHeader: @escaping ([Column]) -> Void = { _ in }) {
        self.isColumnLabel = isColumnLabel
        self.settleHeader = settleHeader
    }

    var isCopyData: Bool { phase == .copyData }
    /// No statement has begun and `word` opens none of the SQL that dumps, seed files and
    /// scripts hold: its line is no SQL (a client's printed table `| 张伟 | 410… |`, notes), and is
    /// read as running text.
    func opensNoStatement(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        phase == .start && !Self.statementOpeners.contains(Self.keyword(word))
    }

    /// `word` is SQL Server's batch separator, `GO`, outside any parentheses.
    func isBatchSeparator(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count == 2 && depth == 0 && Self.keyword(word) == "GO"
    }

    /// An unquoted word as a keyword: its first 16 bytes, upper-cased.
    private static func keyword(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: word.prefix(16), as: UTF8.self).uppercased()
    }

    private static let statementOpeners: Set<String> = [
        "CREATE", "INSERT", "REPLACE", "COPY", "COMMENT", "SELECT", "UPDATE", "DELETE", "DROP", "ALTER", "TRUNCATE",
        "SET", "USE", "LOCK", "UNLOCK", "BEGIN", "COMMIT", "ROLLBACK", "START", "END", "SAVEPOINT", "RELEASE",
        "GRANT", "REVOKE", "PRAGMA", "WITH", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "CALL", "DECLARE", "DELIMITER",
        "IF", "VALUES", "MERGE", "UPSERT", "ANALYZE", "VACUUM", "REINDEX", "ATTACH", "DETACH", "SOURCE", "FLUSH",
        "OPTIMIZE", "REFRESH", "CLUSTER", "CHECKPOINT", "DO", "EXEC", "EXECUTE", "GO", "PREPARE", "DEALLOCATE",
        "RENAME", "LOAD", "HANDLER", "RESET", "KILL", "NOTIFY", "LISTEN", "SECURITY", "ABORT",
    ]

    /// The column of a value at the current position.
    var valueColumn: Unmanaged<Column> {
        if let assigned { return Unmanaged.passUnretained(assigned) }
        if let keyed, columnIndex == 1 { return Unmanaged.passUnretained(keyed) }
        guard (phase == .values && depth >= 1) || phase == .copyData, columnIndex < columns.count else {
            return Unmanaged.passUnretained(unnamed)
        }
        return Unmanaged.passUnretained(columns[columnIndex])
    }

    /// A string here is a value of a row, or of an assignment.
    var isInValue: Bool { assigned != nil || (phase == .values && depth >= 1) }

    /// A string literal. Returns whether it is a value of a row (scanned as a cell of its
    /// column; other strings are scanned as text).
    func string(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        if phase == .createBody, commentNext, depth == 1 {
            itemComment = name(content)
        } else if phase == .commentOn, commentsColumn {
            comment(name(content), onColumnNamed: list)
            commentsColumn = false
        }
        commentNext = false
        let isValue = isInValue
        assigned = nil
        if isValue, phase == .values, columnIndex == 0, rowsAreKeyed { keyed = keyedColumn(content) }
        return isValue
    }

    /// The column a settings table's key names for the value after it, in a table whose value
    /// column says nothing (`rowsAreKeyed`): a word of letters, digits and `_ . -` that names a kind of column
    /// (`('school_tel','0371-…')`: the school's phone, as a `school_tel` header says), else nil;
    /// keys like `xs_001` name none.
    private func keyedColumn(_ content: UnsafeBufferPointer<UInt8>) -> Column? {
        guard (2...Self.keyLength).contains(content.count), isASCIILetter(content[0]),
              content.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        else { return nil }
        let key = name(content)
        return isColumnLabel(key) ? cachedColumns(for: table, names: [key]).first : nil
    }

    private static let keyLength = 64

    /// A word (a keyword, a name, a number) or a quoted identifier. Returns whether it is a
    /// value to scan (a number in a tuple, `"张伟"` where a value stands).
    func word(_ word: UnsafeBufferPointer<UInt8>, quoted: Bool) -> Bool {
        // Lazy: the values of rows (the hot path of a dump) need no keyword made.
        lazy var keyword = quoted ? "" : Self.keyword(word)
        switch phase {
        case .start:
            switch keyword {
            case "CREATE":
                phase = .create
                createsTable = false
            case "INSERT", "REPLACE": phase = .insert
            case "COPY": phase = .copy
            case "COMMENT":
                phase = .commentOn
                commentsColumn = false
            default: phase = .other
            }
            table = nil
            listOpen = false
            list.removeAll()
            lastWord = quoted || !Self.isKeyword(keyword) ? name(word) : nil
            return false
        case .create, .insert, .copy:
            if listOpen {
                list.append(name(word))
            } else if phase == .insert, keyword == "VALUES" || keyword == "VALUE" {
                startRows()
                phase = .values
            } else if phase == .insert, keyword == "SELECT" || keyword == "SET" {
                phase = .other
            } else if phase == .create, keyword == "TABLE" {
                createsTable = true
            } else if quoted || !Self.isKeyword(keyword) {
                table = name(word)
            }
            return false
        case .createBody:
            if depth == 1, itemStarts {
                itemStarts = false
                itemName = quoted || !Self.constraintWords.contains(keyword) ? name(word) : nil
            } else if depth == 1, keyword == "COMMENT" {
                commentNext = true
            }
            return false
        case .values:
            return depth >= 1 && (quoted || !Self.isLiteral(word))
        case .commentOn:
            if keyword == "COLUMN" {
                commentsColumn = true
            } else if quoted {
                list.append(name(word))
            } else if !["ON", "IS"].contains(keyword) {
                // `public.students.xm`: the schema and table as one name (as `CREATE TABLE` has it), the column.
                let parts = name(word).split(separator: ".", omittingEmptySubsequences: true).map(String.init)
                if let column = parts.last {
                    if parts.count > 1 { list.append(parts.dropLast().joined(separator: ".")) }
                    list.append(column)
                }
            }
            return false
        case .other:
            if assigned != nil {
                assigned = nil
                return !Self.isLiteral(word)
            }
            lastWord = name(word)
            return false
        case .copyData:
            return true
        }
    }

    /// `( ) , ; =`. Returns whether a record ends here.
    func punctuation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("):
            depth += 1
            switch phase {
            case .create where depth == 1 && createsTable:
                phase = .createBody
                created.removeAll()
                itemStarts = true
                itemName = nil
                itemComment = nil
            case .insert, .copy:
                listOpen = depth == 1
            case .values where depth == 1:
                columnIndex = 0
                keyed = nil
            default:
                break
            }
        case UInt8(ascii: ")"):
            depth = max(0, depth - 1)
            if phase == .createBody, depth == 0 {
                commitItem()
                remember(created, of: table ?? "")
                phase = .other
            }
            if listOpen, depth == 0 { listOpen = false }
            if phase == .values, depth == 0 { return true }
        case UInt8(ascii: ","):
            if phase == .createBody, depth == 1 {
                commitItem()
                itemStarts = true
            } else if phase == .values, depth == 1 {
                columnIndex += 1
            }
            assigned = nil
        case UInt8(ascii: "="):
            if phase == .other || phase == .insert, let lastWord {
                assigned = cachedColumns(for: table, names: [lastWord]).first
                phase = .other
            }
        case UInt8(ascii: ";"):
            let ended = phase != .start
            if phase == .copy {
                startRows()
                phase = .copyData
            } else {
                phase = .start
            }
            depth = 0
            assigned = nil
            lastWord = nil
            return ended
        default:
            break
        }
        return false
    }

    /// A `COPY` row's field `index` (0-based) comes next.
    func copyField(_ index: Int) {
        columnIndex = index
    }

    /// The `\.` line that ends `COPY` data.
    func copyEnded() {
        phase = .start
    }

    private func startRows() {
        columns = cachedColumns(for: table, names: list.isEmpty ? nil : list)
        rowsAreKeyed = columns.count < 2 || !(columns[1].header.map(isColumnLabel) ?? false)
        columnIndex = 0
        depth = 0
    }

    private func commitItem() {
        if let itemName, created.count < Self.maximumColumns {
            created.append((itemName, itemComment.map { "\(itemName)（\($0)）" } ?? itemName))
        }
        itemName = nil
        itemComment = nil
        commentNext = false
    }

    private func remember(_ columns: [(name: String, header: String)], of table: String) {
        guard tables.count < Self.maximumTables || tables[table] != nil else { return }
        tables[table] = columns
        columnCache = columnCache.filter { !$0.key.hasPrefix(table + "\u{0}") }
    }

    /// `COMMENT ON COLUMN table.column IS 'text'`: the column's header becomes `column（text）`.
    private func comment(_ text: String, onColumnNamed names: [String]) {
        guard names.count >= 2, let column = names.last else { return }
        let table = names[names.count - 2]
        guard var columns = tables[table], let at = columns.firstIndex(where: { $0.name == column }) else { return }
        columns[at].header = "\(column)（\(text)）"
        remember(columns, of: table)
    }

    /// The columns of rows into `table`: named by `names` (an INSERT's or COPY's column list,
    /// each given its CREATE TABLE header), else by the table's CREATE TABLE.
    private func cachedColumns(for table: String?, names: [String]?) -> [Column] {
        let table = table ?? ""
        let key = table + "\u{0}" + (names?.joined(separator: "\u{0}") ?? "")
        if let cached = columnCache[key] { return cached }
        let created = tables[table] ?? []
        let headers = names.map { names in
            names.map { name in created.first { $0.name == name }?.header ?? name }
        } ?? created.map(\.header)
        let made = headers.prefix(Self.maximumColumns).enumerated().map { Column(number: $0.offset + 1, header: $0.element) }
        settleHeader(made)
        if columnCache.count < Self.maximumTables { columnCache[key] = made }
        return made
    }

    /// A name without the quotes around it, at most a header's length.
    private func name(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: word.prefix(Column.headerLimit), as: UTF8.self)
    }

    /// Words of a column definition that start a constraint, not a column.
    private static let constraintWords: Set<String> = [
        "PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "INDEX", "FOREIGN", "FULLTEXT", "SPATIAL", "CHECK", "PERIOD",
    ]

    /// SQL keywords that come before a table's name (`CREATE TABLE IF NOT EXISTS`, `INSERT IGNORE INTO`).
    private static func isKeyword(_ word: String) -> Bool {
        ["CREATE", "TABLE", "TEMPORARY", "IF", "NOT", "EXISTS", "INSERT", "REPLACE", "IGNORE", "INTO", "COPY", "FROM",
         "STDIN", "ONLY", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "OR", "ROLLBACK", "ABORT", "FAIL", "UPDATE",
         "SET", "WHERE", "AND", "DELETE", "SELECT", "VALUES", "GLOBAL", "LOCAL", "UNLOGGED"].contains(word)
    }

    /// Words that stand for no data: `NULL`, `TRUE`, `FALSE`, `DEFAULT`, in any case.
    private static func isLiteral(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (4...7).contains(word.count), let first = word.first, isASCIILetter(first) else { return false }
        return literals.contains { literal in
            literal.count == word.count && zip(literal.utf8, word).allSatisfy { $0 == $1 & 0xDF }
        }
    }

    private static let literals = ["NULL", "TRUE", "FALSE", "DEFAULT"]
}
