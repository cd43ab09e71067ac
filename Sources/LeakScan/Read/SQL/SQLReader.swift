/// SQL dumps (`mysqldump`, `pg_dump`, SQLite's `.dump`): the database backups and seed files
/// that end up on shared drives and in repositories. Each value of an `INSERT … VALUES` tuple or a
/// `COPY … FROM stdin` row is scanned as a table cell under its column (`SQLStatement`: from the
/// statement's column list, else from the table's `CREATE TABLE`, its `COMMENT`s included), so
/// that `'张伟'` in the `xm` column of a student table is read as a name; each row is a record.
/// Other string literals and comments are scanned as text, and so are lines that open no SQL
/// statement (a client's printed table pasted in, `| 张伟 | 410… |`): nothing is skipped.
///
/// The text streams through the buffer a line at a time (a `mysqldump` line holds a whole
/// multi-row INSERT, up to about a megabyte); a line longer than the buffer is cut where no value
/// can be, and a string cut there is scanned in parts, so memory stays bounded.
struct SQLReader {
    let buffer: TextBuffer

    /// `.sql`, or text that opens as a dump does (its banner, or a first statement that creates
    /// or fills a table).
    static func isSQL(_ sample: UnsafeBufferPointer<UInt8>, fileExtension ext: String) -> Bool {
        if ext == "sql" { return true }
        let head = String(decoding: sample.prefix(2048), as: UTF8.self)
        // mariadb-dump since 10.5.25 opens with a line that puts the mariadb client in sandbox mode.
        let openings = ["-- MySQL dump", "-- MariaDB dump", "/*M!999999\\- enable the sandbox mode",
                        "-- PostgreSQL database dump", "PRAGMA foreign_keys", "BEGIN TRANSACTION;", "CREATE TABLE",
                        "INSERT INTO"]
        for line in head.split(separator: "\n").prefix(8) {
            let text = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{FEFF}" }
            if text.isEmpty || text == "--" { continue }
            return openings.contains { text.hasPrefix($0) }
        }
        return false
    }

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            try SQLTokens(buffer: buffer, engine: engine, sink: sink).read()
        }
    }
}

/// The tokenizer behind `SQLReader`: strings, quoted identifiers, words, punctuation and
/// comments, handed to `SQLStatement` and scanned.
final class SQLTokens<S: FindingSink> {
    private let buffer: TextBuffer
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let statement: SQLStatement
    private let cursor = LineCursor()
    private let scans: BufferedTextScans
    private let details: Bool

    /// A token left open at the end of a piece of a long line.
    private enum Open { case none, string, blockComment, lineComment }
    private var open = Open.none
    /// In `COPY` data: the field of the row the text goes on in.
    private var copyField = 0

    init(buffer: TextBuffer, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.buffer = buffer
        self.engine = engine
        self.sink = sink
        statement = SQLStatement(isColumnLabel: engine.isColumnLabel, settleHeader: engine.settleHeader(of:))
        details = sink.pointee.wantsDetails
        scans = BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine)
    }

    func read() throws {
        while true {
            try buffer.fill()
            let text = buffer.text
            let end: Int
            if buffer.atEnd {
                end = text.count
            } else if let newline = ByteScanning.lastIndex(of: 0x0A, in: text, 0..<text.count) {
                end = newline + 1
            } else {
                end = TextReader.findCut(text, from: 0, limit: min(TextReader.cutSearchLimit, buffer.capacity / 4))
            }
            tokenize(text, 0..<end)
            if buffer.atEnd { break }
            if details { cursor.advance(to: buffer.start + end, text: text, textStart: buffer.start) }
            buffer.discard(before: end)
        }
        engine.finishRecord(sink: &sink.pointee)
    }

    private func tokenize(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var i = continueOpen(t, from: range.lowerBound, end: range.upperBound)
        while i < range.upperBound {
            if statement.isCopyData {
                i = copyRow(t, from: i, end: range.upperBound)
                continue
            }
            let b = t[i]
            switch b {
            case 0x20, 0x09, 0x0D, 0x0A:
                i += 1
            case UInt8(ascii: "'"):
                open = .string
                i = continueOpen(t, from: i + 1, end: range.upperBound)
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                i = quotedIdentifier(t, from: i, end: range.upperBound)
            case UInt8(ascii: "-") where i + 1 < range.upperBound && t[i + 1] == UInt8(ascii: "-"):
                open = .lineComment
                i = continueOpen(t, from: i + 2, end: range.upperBound)
            case UInt8(ascii: "/") where i + 1 < range.upperBound && t[i + 1] == UInt8(ascii: "*"):
                open = .blockComment
                i = continueOpen(t, from: i + 2, end: range.upperBound)
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="):
                if statement.punctuation(b) { engine.finishRecord(sink: &sink.pointee) }
                i += 1
            default:
                guard Self.isWordByte(b) else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < range.upperBound, Self.isWordByte(t[j]) { j += 1 }
                let word = UnsafeBufferPointer(rebasing: t[i..<j])
                if statement.opensNoStatement(word) {
                    // No SQL: the line as running text, from its start (a client's printed table).
                    let lineStart = ByteScanning.lastIndex(of: 0x0A, in: t, range.lowerBound..<i).map { $0 + 1 } ?? range.lowerBound
                    let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: t, i..<range.upperBound) ?? range.upperBound
                    scanText(t, lineStart..<lineEnd)
                    i = lineEnd
                    continue
                }
                // SQL Server's tools end a batch with `GO` alone on its line, no `;` before it
                // (a script from SSMS: `INSERT [dbo].[XS] … VALUES (…)` ↵ `GO`).
                if statement.isBatchSeparator(word), Self.standsAlone(t, i..<j, in: range) {
                    if statement.punctuation(UInt8(ascii: ";")) { engine.finishRecord(sink: &sink.pointee) }
                    i = j
                    continue
                }
                let column = statement.valueColumn
                if statement.word(word, quoted: false) { scanValue(t, i..<j, column: column, isNumber: NumericCellText.isNumberWord(word)) }
                i = j
            }
        }
    }

    /// `t[word]` is alone on its line within `range`, but for blanks.
    private static func standsAlone(_ t: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, in range: Range<Int>) -> Bool {
        func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var before = word.lowerBound
        while before > range.lowerBound, blank(t[before - 1]) { before -= 1 }
        var after = word.upperBound
        while after < range.upperBound, blank(t[after]) { after += 1 }
        return (before == range.lowerBound || t[before - 1] == 0x0A) && (after == range.upperBound || t[after] == 0x0A)
    }

    /// Goes on with a token left open (a string, a comment) from `start`; returns the index
    /// after it, or `end` when it is still open there.
    private func continueOpen(_ t: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        switch open {
        case .none:
            return start
        case .string:
            let quote = UInt8(ascii: "'")
            var i = start
            while i < end {
                let b = t[i]
                if b == UInt8(ascii: "\\") {
                    i += 2     // MySQL's escapes: \' \\ \n
                    continue
                }
                if b == quote {
                    // A doubled quote is a quote inside the string (standard SQL, SQLite, PostgreSQL).
                    if i + 1 < t.count, t[i + 1] == quote {
                        i += 2
                        continue
                    }
                    open = .none
                    stringPart(t, start..<i, isLast: true)
                    return i + 1
                }
                i += 1
            }
            stringPart(t, start..<min(i, end), isLast: false)
            return end
        case .lineComment:
            let stop = ByteScanning.firstIndex(of: 0x0A, in: t, start..<end) ?? end
            scanText(t, start..<stop)
            if stop < end { open = .none }
            return stop
        case .blockComment:
            var i = start
            while i + 1 < end, !(t[i] == UInt8(ascii: "*") && t[i + 1] == UInt8(ascii: "/")) { i += 1 }
            if i + 1 < end {
                scanText(t, start..<i)
                open = .none
                return i + 2
            }
            scanText(t, start..<end)
            return end
        }
    }

    /// A string's text (or the part of it in this piece of a long line).
    private func stringPart(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isLast: Bool) {
        let column = statement.valueColumn
        let isValue = isLast ? statement.string(UnsafeBufferPointer(rebasing: t[range])) : statement.isInValue
        if isValue {
            scanValue(t, range, column: column, isNumber: false)
        } else {
            scanText(t, range)
        }
    }

    /// `"name"` or `` `name` ``: an identifier, or, where a value stands, a value.
    private func quotedIdentifier(_ t: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        let quote = t[start]
        let close = ByteScanning.firstIndex(of: quote, in: t, (start + 1)..<end) ?? end
        let column = statement.valueColumn
        if statement.word(UnsafeBufferPointer(rebasing: t[(start + 1)..<close]), quoted: true) {
            scanValue(t, (start + 1)..<close, column: column, isNumber: false)
        }
        return min(close + 1, end)
    }

    /// One line of `COPY` data: fields split by tabs, `\N` for null, `\.` alone to end.
    private func copyRow(_ t: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        let newline = ByteScanning.firstIndex(of: 0x0A, in: t, start..<end)
        var lineEnd = newline ?? end
        if lineEnd > start, t[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        if copyField == 0, lineEnd - start == 2, t[start] == UInt8(ascii: "\\"), t[start + 1] == UInt8(ascii: ".") {
            statement.copyEnded()
            return (newline ?? end - 1) + 1
        }
        var fieldStart = start
        while true {
            let tab = ByteScanning.firstIndex(of: 0x09, in: t, fieldStart..<lineEnd) ?? lineEnd
            let field = fieldStart..<tab
            if !(field.count == 2 && t[fieldStart] == UInt8(ascii: "\\") && t[fieldStart + 1] == UInt8(ascii: "N")) {
                statement.copyField(copyField)
                scanValue(t, field, column: statement.valueColumn, isNumber: false)
            }
            guard tab < lineEnd else { break }
            copyField += 1
            fieldStart = tab + 1
        }
        guard let newline else { return end }
        copyField = 0
        engine.finishRecord(sink: &sink.pointee)
        return newline + 1
    }

    private func scanValue(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, column: Unmanaged<Column>, isNumber: Bool) {
        scans.cell(t, range, column: column, isNumber: isNumber, sink: &sink.pointee)
    }

    /// Text outside any row (a comment, a string of another statement): scanned as running text.
    private func scanText(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        scans.text(t, range, sink: &sink.pointee)
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b >= 0x80 || b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: "@")
    }
}
