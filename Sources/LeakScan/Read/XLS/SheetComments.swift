/// The cell comments of a BIFF8 worksheet (MS-XLS 2.4.179 Note, 2.4.329 TxO): a comment's text
/// is a text object, its characters in the CONTINUE records after its TXO record (each starting
/// with a byte that says whether they are 8- or 16-bit), after an OBJ record that gives the
/// object's ID; a NOTE record, near the sheet's end, ties an object to its cell and author. The
/// texts are kept until the sheet ends, then scanned at their cells, as an `.xlsx` sheet's
/// comments are after its cells.
struct SheetComments {
    /// Kept comment text, in all, at most this many bytes (a memory guard).
    static let limit = CellTextBuffer.limit

    private var objectID = -1
    private var text: (id: Int, left: Int, units: [UInt16])?
    private var texts: [Int: [UInt8]] = [:]
    private var notes: [(cell: CellReference, id: Int, author: [UInt8])] = []
    private var kept = 0
    private var overflowed = false

    /// An OBJ record: its first subrecord (`ftCmo`) names the object.
    mutating func object(_ body: BIFFRecord) {
        if body.u16(0) == 0x15 { objectID = body.u16(6) }
    }

    /// A TXO record: the text of the object before it follows, this many characters long.
    mutating func beginText(_ body: BIFFRecord) {
        text = (objectID, body.u16(10), [])
    }

    /// A CONTINUE record: characters of the text being read, if any are still due.
    mutating func continueText(_ body: BIFFRecord) {
        guard var t = text, t.left > 0 else { return }
        let before = t.units.count
        _ = BIFFText.appendUnits(body, at: 1, count: t.left, highByte: body.u8(0) & 1 != 0, to: &t.units)
        t.left -= t.units.count - before
        text = t
        if t.left == 0 { endText() }
    }

    /// Any other record: the text being read (if any) has ended.
    mutating func endText() {
        guard let t = text else { return }
        text = nil
        let utf8 = BIFFText.utf8(t.units)
        guard kept + utf8.count <= Self.limit else { overflowed = true; return }
        kept += utf8.count
        texts[t.id] = utf8
    }

    /// A NOTE record: row, column, flags, object ID, author.
    mutating func note(_ body: BIFFRecord) {
        notes.append((CellReference(column: body.u16(2) + 1, row: body.u16(0) + 1), body.u16(6), BIFFText.string(body, at: 8)))
    }

    /// Scans each note's text at its cell (field `comment`) and its author (`comment author`).
    func scan<S: FindingSink>(_ sheet: SheetContext, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws {
        guard !notes.isEmpty else { return }
        let scanner = PartTextScanner(engine: engine, sink: sink)
        for note in notes {
            texts[note.id]?.withUnsafeBufferPointer {
                scanner.scan($0, at: Location(sheet: sheet.name, cell: note.cell.name, field: "comment", hidden: sheet.isHidden), isNumber: false)
            }
            note.author.withUnsafeBufferPointer {
                scanner.scan($0, at: Location(sheet: sheet.name, field: "comment author", hidden: sheet.isHidden), isNumber: false)
            }
        }
        if overflowed {
            throw ScanError(.other("sheet \(sheet.name) has comments of more than \(Self.limit >> 20) MiB of text: only the first were scanned (memory guard)"))
        }
    }
}
