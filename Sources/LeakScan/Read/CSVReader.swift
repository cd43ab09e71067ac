/// Delimited text (CSV, TSV) with RFC 4180 quoting. The first record of two fields or more is the
/// header (unless it holds personal data; see `CSVState.finishRecord`);
/// every field becomes one piece whose window is the whole record and whose scan is the field's
/// text (inside the quotes). A record too long for the buffer is scanned in windows, keeping
/// the column of the field being cut; one of more than `CSVState.fieldLimit` fields, in parts of
/// that many.
struct CSVReader {
    let buffer: TextBuffer
    let delimiter: UInt8

    /// A field of the current record: content range in the buffer, physical line where it starts.
    struct Field {
        var start: Int
        var end: Int
        var line: Int
        var multiline: Bool
        var number: Int
    }

    /// Scans the whole text; returns the columns met (tests look at them).
    @discardableResult
    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws -> [Column] {
        var state = CSVState(buffer: buffer, delimiter: delimiter)
        try state.run(engine: engine, sink: &sink)
        return state.columns
    }
}

/// Locator for the fields of a CSV record: physical line of the value and field number (the
/// engine adds the header from the piece's column). Made for every record, so it holds no
/// references.
struct CSVLocator: RowLocator {
    let mapping: OffsetMapping
    let text: UnsafeBufferPointer<UInt8>
    let textStart: Int
    /// Buffer index of the piece's `window[0]`.
    let windowIndex: Int
    /// The record's fields, one for each cell the engine is given.
    let fields: UnsafeBufferPointer<CSVReader.Field>
    /// The field the engine is in.
    var index = 0

    mutating func enter(cell index: Int) {
        self.index = index
    }

    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>) {
        let start = windowIndex + range.lowerBound
        let end = windowIndex + range.upperBound
        let field = fields[index]
        var line = field.line
        if field.multiline, start > field.start {
            line += ByteScanning.count(0x0A, in: text, field.start..<start)
        }
        let sourceStart = mapping.sourceOffset(ofDecoded: textStart + start, text: text, textStart: textStart)
        let sourceEnd = mapping.sourceOffset(ofDecoded: textStart + end, text: text, textStart: textStart)
        return (Location(line: line, column: field.number), sourceStart..<sourceEnd)
    }
}

/// The resumable parse of `CSVReader`. Buffer indices shift when the buffer discards text.
struct CSVState {
    let buffer: TextBuffer
    let delimiter: UInt8
    /// Fields of a record held at most, and columns made at most (Excel's most columns): a record
    /// of more fields (a line of a million numbers, no row of a table) is scanned in parts, and
    /// its fields past the last column are read under that column, so that memory stays bounded.
    static let fieldLimit = 16_384

    private var recordStart = 0
    private var pos = 0
    private var line = 1
    /// The fields of the record being parsed.
    private let fields = ReusedStorage<CSVReader.Field>(capacity: 64)
    /// The same fields as the engine sees them: text in the record's window, and column.
    private let cells = ReusedStorage<RowCell>(capacity: 64)
    /// Cells of the record that may hold a number in exponent form, kept out of the row: their
    /// index and text.
    private let floatFormCells = ReusedStorage<(index: Int, scan: Range<Int>)>(capacity: 4)
    private var fieldNumber = 1
    private var inField = false
    private var quoted = false
    private var inQuotes = false
    private var fieldStart = 0
    private var fieldLine = 1
    private var fieldMultiline = false
    private var closeQuote = -1
    private var header = HeaderRowFinder()
    /// A form's labels beside their values, while no header names the columns; records read
    /// since the last row of a form (past `HeaderRowFinder.searchRows`, the file is no form and
    /// records are no longer looked at for labels).
    private var labels = RowLabels()
    /// The header has two columns, the second saying nothing (项目,内容): each row's first field
    /// may be the label of the second (学生,付若曦: a profile laid out as a two-column table).
    private var rowsAreLabelled = false
    private var recordsSinceForm = 0
    /// The column each field of the record is scanned under, when the record is a row of a form.
    private var labelled: [Unmanaged<Column>] = []
    /// Byte classes of the buffer's text, made again after each fill or shift.
    private var classes: ByteClasses?
    /// The columns met; they own the `Column`s that pieces point to unretained.
    private(set) var columns: [Column] = []
    /// The same columns, for pieces: reading an unmanaged reference costs no retain.
    private var columnReferences: [Unmanaged<Column>] = []

    init(buffer: TextBuffer, delimiter: UInt8) {
        self.buffer = buffer
        self.delimiter = delimiter
    }

    mutating func run<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        try buffer.fill()
        while true {
            parse(engine: engine, sink: &sink)
            if buffer.atEnd {
                if inField || !fields.isEmpty { finishRecord(at: buffer.count, engine: engine, sink: &sink) }
                return
            }
            // The buffer ends inside a record: make room by dropping what is done, else the
            // record is too long to hold: scan what we have of it.
            if recordStart > 0 { shift(by: recordStart) }
            if buffer.room < TextBuffer.minimumRoom { flushOverflow(engine: engine, sink: &sink) }
            try buffer.fill()
        }
    }

    /// Parses from `pos` to the end of the buffer (or to a quote whose meaning depends on the
    /// next byte), scanning each record as it completes.
    private mutating func parse<S: FindingSink>(engine: DetectionEngine, sink: inout S) {
        let text = buffer.text
        let classes = buffer.classes(delimiter: delimiter)
        self.classes = classes
        let n = text.count
        let atEnd = buffer.atEnd
        while pos < n {
            if fields.count >= Self.fieldLimit { scanRecordPart(engine: engine, sink: &sink) }
            if !inField, text[pos] != 0x22 {
                if parseUnquotedFields(text, classes, engine: engine, sink: &sink) { continue }
            }
            if !inField {
                inField = true
                fieldLine = line
                fieldMultiline = false
                closeQuote = -1
                if text[pos] == 0x22 {
                    quoted = true; inQuotes = true; pos += 1
                } else {
                    quoted = false; inQuotes = false
                }
                fieldStart = pos
                continue
            }
            if inQuotes {
                var i = pos
                while i < n {
                    let b = text[i]
                    if b == 0x22 { break }
                    if b == 0x0A { line += 1; fieldMultiline = true }
                    i += 1
                }
                pos = i
                if i == n { return }
                if i + 1 == n, !atEnd { return }
                if i + 1 < n, text[i + 1] == 0x22 { pos = i + 2; continue }
                inQuotes = false
                closeQuote = i
                pos = i + 1
                continue
            }
            let i = classes.nextSeparator(from: pos, to: n)
            pos = i
            if i == n { return }
            if text[i] == delimiter {
                endField(at: i)
                pos = i + 1
                fieldNumber += 1
                continue
            }
            finishRecord(at: i, engine: engine, sink: &sink)
            line += 1
            pos = i + 1
            recordStart = pos
        }
    }

    /// The common case, in a tight loop: unquoted fields from `pos`, each ended by the delimiter
    /// or a line break (which ends the record too). Stops before a field that opens with a quote,
    /// and before a field the buffer does not hold to its end, leaving both to the general parse,
    /// and once the record holds `fieldLimit` fields; returns whether it ended any field.
    private mutating func parseUnquotedFields<S: FindingSink>(_ text: UnsafeBufferPointer<UInt8>, _ classes: ByteClasses,
                                                              engine: DetectionEngine, sink: inout S) -> Bool {
        let n = text.count
        var p = pos
        guard p < n, text[p] != 0x22 else { return false }
        var separators = classes.separators(from: p, to: n)
        var ended = false
        while true {
            guard let i = separators.next() else {
                pos = p
                return ended
            }
            fields.append(CSVReader.Field(start: p, end: Self.endBeforeCarriageReturn(text, p, i), line: line,
                                          multiline: false, number: fieldNumber))
            ended = true
            p = i + 1
            if text[i] == delimiter {
                fieldNumber += 1
                if fields.count >= Self.fieldLimit { break }
            } else {
                pos = p
                finishRecord(at: i, engine: engine, sink: &sink)
                line += 1
                recordStart = p
            }
            guard p < n, text[p] != 0x22 else { break }
        }
        pos = p
        return ended
    }

    /// A field from `start` ending at `end` (its delimiter or line end), without the carriage
    /// return of a CRLF line end before it.
    @inline(__always)
    static func endBeforeCarriageReturn(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        end > start && text[end - 1] == 0x0D ? end - 1 : end
    }

    /// Ends the current field at buffer index `end` (the delimiter or the line end).
    private mutating func endField(at end: Int) {
        let e = inQuotes ? end : Self.endBeforeCarriageReturn(buffer.text, fieldStart, end)
        let contentEnd = quoted && closeQuote >= 0 && closeQuote + 1 == e ? closeQuote : max(e, fieldStart)
        fields.append(CSVReader.Field(start: fieldStart, end: contentEnd, line: fieldLine,
                                      multiline: fieldMultiline, number: fieldNumber))
        inField = false
        inQuotes = false
    }

    /// Ends the record at buffer index `end` (its newline, or the end of the text) and scans it.
    /// Records are scanned as rows of unnamed columns until the header is known
    /// (`HeaderRowFinder`); a one-column table's lone label names the record under it before
    /// that is scanned.
    private mutating func finishRecord<S: FindingSink>(at end: Int, engine: DetectionEngine, sink: inout S) {
        if inField { endField(at: end) }
        let text = buffer.text
        defer {
            fields.removeAll()
            fieldNumber = 1
        }
        let looksForLabels = !header.namesColumns && recordsSinceForm < HeaderRowFinder.searchRows
        guard header.wantsCells || looksForLabels else {
            if columns.count == 1, fields.count == 1, let field = fields.last,
               let below = labels.columnBelowLabel(value: Self.unquoted(text, field), engine: engine) {
                labelled = [below]
            } else if opensSignOff(text) {
                labelFields(fields.all.map { $0.end > $0.start ? Self.unquoted(text, $0) : [] }, signOff: true, engine: engine)
            } else if rowsAreLabelled {
                labelFields(fields.all.map { $0.end > $0.start ? Self.unquoted(text, $0) : [] }, engine: engine)
            }
            scanFields(text, windowEnd: end, engine: engine, sink: &sink)
            labelled.removeAll()
            engine.finishRecord(sink: &sink)
            return
        }
        if header.wantsCells {
            header.beginRow(cells: fields.reduce(0) { $0 + ($1.end > $1.start ? 1 : 0) }, isLabel: engine.isColumnLabel)
            if let settled = header.takeSettled() { nameColumns(settled, engine: engine) }
        }
        let texts = fields.all.map { $0.end > $0.start ? Self.unquoted(text, $0) : [] }
        if looksForLabels || rowsAreLabelled { labelFields(texts, engine: engine) }
        scanFields(text, windowEnd: end, engine: engine, sink: &sink)
        labelled.removeAll()
        let holdsData = engine.finishRecord(sink: &sink)
        guard header.wantsCells else { return }
        for (f, value) in zip(fields.all, texts) where !value.isEmpty {
            value.withUnsafeBufferPointer { header.note(column: f.number, value: $0, isText: true) }
        }
        header.endRow(holdsData: holdsData, isLabel: engine.isColumnLabel, namesOrganisation: engine.namesOrganisation,
                      mayBeValue: engine.mayBeValue)
        if let settled = header.takeSettled() { nameColumns(settled, engine: engine) }
    }

    /// The column each field of a record is scanned under when it is a row of a form (a form
    /// saved as CSV: 姓名,王小明,性别,男), or, with `signOff`, a table's sign-off row under its
    /// header (`SignOffRow`): its own, or the label before it (`RowLabels`).
    private mutating func labelFields(_ texts: [[UInt8]], signOff: Bool = false, engine: DetectionEngine) {
        if let last = fields.last { addColumns(upTo: last.number) }
        let filled = zip(fields.all, texts).filter { !$1.isEmpty }.map { (own: columnReferences[Self.columnIndex($0.number)], text: $1) }
        let found = signOff ? labels.columns(forSignOffRow: filled, engine: engine) : labels.columns(forRow: filled, engine: engine)
        if !signOff { recordsSinceForm = found == nil ? recordsSinceForm + 1 : 0 }
        guard let columns = found else { return }
        var next = columns.makeIterator()
        labelled = zip(fields.all, texts).map { f, value in value.isEmpty ? columnReferences[Self.columnIndex(f.number)] : next.next()! }
    }

    /// The record's first non-empty field opens a sign-off row (`SignOffRow`): looked at in
    /// place, past an opening quote, so that a row of data costs no copy.
    private func opensSignOff(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = fields.all.first(where: { $0.end > $0.start }) else { return false }
        let start = text[first.start] == 0x22 ? first.start + 1 : first.start
        return SignOffRow.opens(UnsafeBufferPointer(rebasing: text[start..<first.end]))
    }

    /// Names the columns after the header's fields.
    private mutating func nameColumns(_ header: [(column: Int, text: String)], engine: DetectionEngine) {
        columns.removeAll()
        columnReferences.removeAll()
        for (number, text) in header where number > columns.count && number <= Self.fieldLimit {
            while columns.count < number - 1 { append(Column(number: columns.count + 1, header: nil)) }
            append(Column(number: number, header: text))
        }
        engine.settleHeader(of: columns)
        rowsAreLabelled = columns.count == 2 && engine.hints(of: columns[1]).isEmpty
    }

    /// A field's text with doubled quotes undone, at most `Column.headerLimit` bytes of it.
    private static func unquoted(_ text: UnsafeBufferPointer<UInt8>, _ f: CSVReader.Field) -> [UInt8] {
        var bytes: [UInt8] = []
        var i = f.start
        let end = min(f.end, f.start + Column.headerLimit)
        while i < end {
            let b = text[i]
            bytes.append(b)
            i += (b == 0x22 && i + 1 < end && text[i + 1] == 0x22) ? 2 : 1
        }
        return bytes
    }

    /// Makes sure the column of field `number` exists (a record longer than the header).
    private mutating func addColumns(upTo number: Int) {
        while columns.count <= Self.columnIndex(number) { append(Column(number: columns.count + 1, header: nil)) }
    }

    /// Index in `columns` of the column field `number` is read under.
    @inline(__always)
    private static func columnIndex(_ number: Int) -> Int {
        min(number, fieldLimit) - 1
    }

    private mutating func append(_ column: Column) {
        columns.append(column)
        columnReferences.append(Unmanaged.passUnretained(column))
    }

    /// Scans the non-empty fields of `fields`, each as one piece over `text[recordStart..<windowEnd]`.
    private mutating func scanFields<S: FindingSink>(_ text: UnsafeBufferPointer<UInt8>, windowEnd: Int,
                                                     engine: DetectionEngine, sink: inout S) {
        let window = UnsafeBufferPointer(rebasing: text[recordStart..<max(windowEnd, recordStart)])
        let classes = self.classes ?? buffer.classes(delimiter: delimiter)
        let mapping = buffer.feed.mapping
        let textStart = buffer.start
        if let last = fields.last { addColumns(upTo: last.number) }
        guard !fields.isEmpty else { return }
        let all = fields.all
        let recordStart = self.recordStart
        let floatFormCells = self.floatFormCells
        let labelled = self.labelled
        floatFormCells.removeAll()
        columnReferences.withUnsafeBufferPointer { columns in
            cells.replaceAll(count: all.count) { k in
                let start = all[k].start - recordStart
                let end = max(start, min(all[k].end, windowEnd) - recordStart)
                let maybeFloatForm = NumericCellText.mayBeFloatForm(window, start..<end)
                if maybeFloatForm { floatFormCells.append((k, start..<end)) }
                return RowCell(scan: maybeFloatForm ? start..<start : start..<end,
                               column: labelled.isEmpty ? columns[Self.columnIndex(all[k].number)] : labelled[k])
            }
        }
        // One locator for the record; the engine tells it the field.
        var locator = CSVLocator(mapping: mapping, text: text, textStart: textStart, windowIndex: recordStart,
                                 fields: UnsafeBufferPointer(all))
        engine.scanRow(window, cells: UnsafeBufferPointer(cells.all), classes: classes, locator: &locator, sink: &sink)
        for (k, scan) in floatFormCells {
            locator.enter(cell: k)
            scanFloatFormCell(window, scan, column: cells[k].column, engine: engine, locator: &locator, sink: &sink)
        }
    }

    /// A cell that looks like a number in exponent form (`4.10105200803121e+17`: what pandas
    /// writes for a column of IDs it read as floating point) is scanned as a workbook's number
    /// cell (`NumericCellText.scanFloatFormCell`); any other cell as written.
    private func scanFloatFormCell<S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>,
                                                  column: Unmanaged<Column>, engine: DetectionEngine,
                                                  locator: inout CSVLocator, sink: inout S) {
        if !NumericCellText.scanFloatFormCell(window, scan, column: column, engine: engine, locator: &locator, sink: &sink) {
            engine.scan(Piece(window: window, scan: scan, columnReference: column), locator: &locator, sink: &sink)
        }
    }

    /// The record holds `fieldLimit` fields, the last ended by the delimiter before `pos`: scan
    /// them and go on with the record's next fields.
    private mutating func scanRecordPart<S: FindingSink>(engine: DetectionEngine, sink: inout S) {
        // A record this wide is data, never a header row.
        header.stopSearching()
        scanFields(buffer.text, windowEnd: pos - 1, engine: engine, sink: &sink)
        fields.removeAll()
    }

    /// The record fills the whole buffer: scan its complete fields and the current field up to a
    /// safe cut, keep a little context, and go on parsing the rest of the field.
    private mutating func flushOverflow<S: FindingSink>(engine: DetectionEngine, sink: inout S) {
        let text = buffer.text
        classes = buffer.classes(delimiter: delimiter)
        // A record this long is data, never a header row.
        header.stopSearching()
        var keepFrom = pos
        if inField {
            let limit = min(TextReader.cutSearchLimit, buffer.capacity / 4)
            // A field no longer than the cut search waits whole for the next window: the part the
            // buffer holds may end inside a value with no safe cut before it (an ID's first
            // digits). A longer one is cut where no value can be. The full buffer holds four times
            // the search, so keeping the short field always frees room.
            let cut = pos - fieldStart > limit
                ? TextReader.findCut(UnsafeBufferPointer(rebasing: text[0..<pos]), from: fieldStart, limit: limit)
                : fieldStart
            if cut > fieldStart {
                fields.append(CSVReader.Field(start: fieldStart, end: cut, line: fieldLine,
                                              multiline: fieldMultiline, number: fieldNumber))
            }
            scanFields(text, windowEnd: cut, engine: engine, sink: &sink)
            if fieldMultiline { fieldLine += ByteScanning.count(0x0A, in: text, fieldStart..<cut) }
            fieldStart = cut
            keepFrom = cut
        } else {
            scanFields(text, windowEnd: pos, engine: engine, sink: &sink)
        }
        fields.removeAll()
        recordStart = max(0, keepFrom - TextReader.contextLength)
        if recordStart > 0 { shift(by: recordStart) }
    }

    private mutating func shift(by wanted: Int) {
        let k = buffer.discard(before: wanted)
        classes = nil
        recordStart -= k
        pos -= k
        fieldStart -= k
        if closeQuote >= 0 { closeQuote -= k }
        let all = fields.all
        for i in all.indices { all[i].start -= k; all[i].end -= k }
    }

}
