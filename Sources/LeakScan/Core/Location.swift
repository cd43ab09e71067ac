/// Where a value sits, in the terms a person uses: line/column for text, sheet/cell for workbooks.
public struct Location: Sendable, Equatable {
    /// 1-based physical line where the value starts (text and CSV).
    public var line: Int?
    /// 1-based field number in CSV, 1-based character column in plain text.
    public var column: Int?
    /// Worksheet name (workbooks).
    public var sheet: String?
    /// Cell reference such as "C5" (workbooks).
    public var cell: String?
    /// Column header naming the field, when the format has one.
    public var field: String?
    /// The value lies in a hidden sheet, row or column.
    public var hidden: Bool
    /// The member of an archive (`.zip`) the value is in: its path in the archive.
    public var member: String?
    /// The 1-based page of a PDF the value is on (`line` is then the line on that page), or the
    /// slide of a presentation.
    public var page: Int?
    /// The value is in the name of the file, or of the folder, at the path reported, not in its
    /// content (`column`: its character column there); nil: in the content.
    public var inName: NameOf?

    /// Whose name holds a value: a file's or a folder's (a folder of a student's records named
    /// `张梓涵_410105200803121237`).
    public enum NameOf: Sendable, Equatable {
        case file, folder
    }

    public init(line: Int? = nil, column: Int? = nil, sheet: String? = nil, cell: String? = nil,
                field: String? = nil, hidden: Bool = false, member: String? = nil, page: Int? = nil, inName: NameOf? = nil) {
        self.line = line
        self.column = column
        self.sheet = sheet
        self.cell = cell
        self.field = field
        self.hidden = hidden
        self.member = member
        self.page = page
        self.inName = inName
    }
}
