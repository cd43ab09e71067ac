/// A sheet's cell comments, kept until its cells are all scanned and then scanned at their cells
/// (field `comment`, the author's name as `comment author`), as an `.xlsx` sheet's comments
/// are: a comment is no part of its cell's row record, and its scan starts a document of its own
/// (`PartTextScanner`). For every workbook format whose comments sit among the cells.
struct PendingComments {
    /// Kept comment text, in all, at most this many bytes (a memory guard).
    static let limit = CellTextBuffer.limit

    private var comments: [(cell: CellReference, text: [UInt8], author: [UInt8])] = []
    private var kept = 0
    /// Some comment was not kept (the guard).
    private(set) var overflowed = false

    /// The error for a sheet whose comments were not all kept.
    static func overflow(in sheet: SheetContext) -> ScanError {
        ScanError(.other("sheet \(sheet.name) has comments of more than \(limit >> 20) MiB of text: only the first were scanned (memory guard)"))
    }

    mutating func keep(_ text: [UInt8], at cell: CellReference, author: [UInt8] = []) {
        guard !text.isEmpty || !author.isEmpty else { return }
        guard kept + text.count + author.count <= Self.limit else { overflowed = true; return }
        kept += text.count + author.count
        comments.append((cell, text, author))
    }

    /// Scans the kept comments of `sheet`, and forgets them.
    mutating func scan<S: FindingSink>(_ sheet: SheetContext, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        defer {
            comments.removeAll()
            kept = 0
        }
        guard !comments.isEmpty else { return }
        let scanner = PartTextScanner(engine: engine, sink: sink)
        for comment in comments {
            comment.text.withUnsafeBufferPointer {
                scanner.scan($0, at: Location(sheet: sheet.name, cell: comment.cell.name, field: "comment", hidden: sheet.isHidden), isNumber: false)
            }
            comment.author.withUnsafeBufferPointer {
                scanner.scan($0, at: Location(sheet: sheet.name, field: "comment author", hidden: sheet.isHidden), isNumber: false)
            }
        }
    }
}
