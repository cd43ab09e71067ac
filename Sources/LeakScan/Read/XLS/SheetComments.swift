/// The cell comments of a BIFF8 worksheet (MS-XLS 2.4.179 Note, 2.4.329 TxO): a comment's text
/// is a text object, its characters in the CONTINUE records after its TXO record (each starting
/// with a byte that says whether they are 8- or 16-bit), after an OBJ record that gives the
/// object's ID; a NOTE record, near the sheet's end, ties an object to its cell and author, and
/// hands the comment to the sheet's `SheetCells`, which scans it when the sheet ends.
struct SheetComments {
    private var objectID = -1
    private var text: (id: Int, left: Int, units: [UInt16])?
    private var texts: [Int: [UInt8]] = [:]
    private var kept = 0
    /// Some text was not kept (the guard).
    private(set) var dropped = false

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
        guard kept + utf8.count <= PendingComments.limit else { dropped = true; return }
        kept += utf8.count
        texts[t.id] = utf8
    }

    /// A NOTE record: row, column, flags, object ID, author.
    func note<S: FindingSink>(_ body: BIFFRecord, to cells: SheetCells<S>) {
        cells.comment(texts[body.u16(6)] ?? [], at: CellReference(column: body.u16(2) + 1, row: body.u16(0) + 1),
                      author: BIFFText.string(body, at: 8))
    }
}
