/// The keys above a key–value line, and so the column of its value and the record it is part of.
///
/// A value's column is named after its key and the key it is nested under (YAML's indentation,
/// an INI or TOML section): `students.xm`, `guardian.phone`, as JSON's are. A YAML list item
/// starts a record (items nested in it add their values to it), as does a section or a document.
final class KeyPaths {
    private final class Parent {
        let indent: Int
        let name: String?
        /// The columns of the keys met under this parent so far, by key: a file repeats its keys
        /// on every record.
        var children: [String: Unmanaged<Column>] = [:]
        /// The first of those columns, in the order met: the header of the table its records
        /// make (`settleHeader`).
        var header: [Column] = []

        init(indent: Int, name: String?) {
            self.indent = indent
            self.name = name
        }
    }

    /// Parents and columns kept at most: a hostile file's millions of keys name nothing more.
    static let maximumDepth = 256
    static let maximumColumns = 4096

    private var parents: [Parent] = []
    private let root = Parent(indent: -2, name: nil)
    private var columns: [String: Column] = [:]
    /// The dash column of the list item that opened the current record.
    private var recordDash: Int?
    private let unnamedColumn = Column(number: 0, header: nil)
    private let engine: DetectionEngine

    init(engine: DetectionEngine) {
        self.engine = engine
    }

    /// A line at `indent` closes the keys at its indentation or deeper. Returns whether the
    /// current record ends (a list item as shallow as the record's own, or a line left of it).
    func line(indent: Int, listDash: Int?) -> Bool {
        // A list may stand at its key's own indentation (`students:` then `- name: …`, as PyYAML
        // writes it): a dash closes only deeper keys.
        while let last = parents.last, last.indent >= 0,
              listDash.map({ last.indent > $0 }) ?? (last.indent >= indent) {
            parents.removeLast()
        }
        if let dash = listDash {
            // Items of a list nested in an item (a student's guardians) stay in its record.
            guard recordDash.map({ dash <= $0 }) ?? true else { return false }
            recordDash = dash
            return true
        }
        if let open = recordDash, indent <= open {
            recordDash = nil
            return true
        }
        return false
    }

    /// `[name]`, `---`: what was above is closed, and a section names what follows it.
    func section(_ name: String?) {
        parents.removeAll()
        recordDash = nil
        if let name { parents.append(Parent(indent: -1, name: name)) }
    }

    /// The column of `key`'s value on a line at `indent`; a key with no value of its own is the
    /// parent of the lines under it. A key that is data (`key` nil: a student's name keying their
    /// entry) names nothing: its value, and the lines under it, take the names above it.
    func column(key: String?, indent: Int, opensBlock: Bool) -> Unmanaged<Column> {
        let parent = parents.last { $0.name != nil } ?? root
        defer { if opensBlock, parents.count < Self.maximumDepth { parents.append(Parent(indent: indent, name: key)) } }
        guard let key else { return parent.name.map(column(named:)) ?? Unmanaged.passUnretained(unnamedColumn) }
        if let known = parent.children[key] { return known }
        let made = column(named: parent.name.map { "\($0).\(key)" } ?? key)
        if parent.children.count < Self.maximumColumns { parent.children[key] = made }
        settleHeader(of: parent, adding: made.takeUnretainedValue())
        return made
    }

    /// The keys under one parent are a table's header, its items the rows, settled as a table's
    /// (`DetectionEngine.settleHeader`) with each new key, as JSON's are: in a list of offices
    /// (`- dept: 校长办公室` / `phone: 0371-…`) the numbers are the offices' own.
    private func settleHeader(of parent: Parent, adding column: Column) {
        guard column.number > 0, parent.header.count < DetectionEngine.settledHeaderKeys else { return }
        parent.header.append(column)
        engine.settleHeader(of: parent.header)
    }

    private func column(named header: String) -> Unmanaged<Column> {
        if let column = columns[header] { return Unmanaged.passUnretained(column) }
        guard columns.count < Self.maximumColumns else { return Unmanaged.passUnretained(unnamedColumn) }
        let column = Column(number: columns.count + 1, header: header)
        columns[header] = column
        return Unmanaged.passUnretained(column)
    }

    /// The column of a value with no key of its own (a list item `- 13812345678`, a line of text
    /// under a key): the key above it.
    func columnAbove() -> Unmanaged<Column> {
        column(key: nil, indent: 0, opensBlock: false)
    }
}
