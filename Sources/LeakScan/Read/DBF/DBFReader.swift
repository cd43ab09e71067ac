/// Reads a dBase or FoxPro table (`.dbf`, as old 学籍, 中考 and 高考报名 systems export their
/// rosters: `T_TDD.DBF`), known by its header (`DBFHeader.opens`), whatever its name. The field
/// names are the table's header; each record is a row, its fields cells under them, located by
/// record number (`line`, as dBase counts them) and field number. Character fields are text in
/// the table's code page (`DBFText`); numeric and float fields are number cells, read as the
/// file writes them in digits (an ID in an 18-digit numeric field is its digits; one whose last
/// digits FoxPro's doubles lost is `cn_id_truncated`, as in a workbook); dates are `YYYYMMDD`.
/// Memo fields point into a `.dbt` or `.fpt` file beside the table, which is not read; logical
/// and binary fields (integer, currency, datetime, double) hold no text. A deleted record is
/// still in the file, and read: its values are hidden ones, as in a hidden row.
///
/// Records are read in blocks: memory stays bounded whatever the table's size. A header that
/// does not fit its fields, and a record count that disagrees with the file, are the file's
/// error; the records the file holds are read first.
enum DBFReader {
    /// Bytes of records read at a time.
    static let blockSize = 1 << 20

    static func isDBF(_ head: [UInt8]) -> Bool {
        DBFHeader.opens(head)
    }

    /// What a field holds: text in the table's code page, a number written out in ASCII digits,
    /// or a date (`YYYYMMDD`).
    private enum Kind { case text, number, date }

    private static func kind(of type: UInt8) -> Kind? {
        switch type {
        case UInt8(ascii: "C"), UInt8(ascii: "V"): return .text
        case UInt8(ascii: "N"), UInt8(ascii: "F"): return .number
        case UInt8(ascii: "D"): return .date
        default: return nil
        }
    }

    /// `head`: the table's first bytes, as sniffed.
    static func scan<S: FindingSink>(_ source: any ByteSource, head: [UInt8], engine: DetectionEngine, sink: inout S) throws {
        var reader = ChunkReader(source)
        var headerBytes = [UInt8](repeating: 0, count: max(32, Int(head[8]) | Int(head[9]) << 8))
        let read = try headerBytes.withUnsafeMutableBytes { try reader.read(into: $0) }
        headerBytes.removeLast(headerBytes.count - read)
        let header = try DBFHeader(headerBytes)
        let recordLength = header.recordLength
        var text = DBFText(languageDriver: header.languageDriver, longestField: header.fields.map(\.length).max() ?? 0)
        defer { text.deallocate() }
        let kinds = header.fields.map { kind(of: $0.type) }

        // The field names and first records tell the code page before any of them is decoded.
        for field in header.fields { field.name.withUnsafeBufferPointer { text.sniff($0) } }
        head.withUnsafeBufferPointer { head in
            var start = header.headerLength
            while start + recordLength <= head.count, head[start] != 0x1A {
                for (field, kind) in zip(header.fields, kinds) where kind == .text {
                    text.sniff(trimmed(UnsafeBufferPointer(rebasing: head[(start + 1 + field.offset)...].prefix(field.length))))
                }
                start += recordLength
            }
        }
        let columns = header.fields.enumerated().map { number, field in
            field.name.withUnsafeBufferPointer { Column(number: number + 1, header: String(decoding: text.utf8($0), as: UTF8.self)) }
        }
        engine.settleHeader(of: columns)

        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, blockSize / recordLength) * recordLength, alignment: 1)
        defer { block.deallocate() }
        var records = 0
        /// Bytes after the last whole record, or after the end-of-file marker.
        var left = 0
        var marked = false
        while true {
            let count = try reader.read(into: block)
            let bytes = UnsafeBufferPointer(start: block.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
            var start = 0
            while start + recordLength <= count {
                if bytes[start] == 0x1A { marked = true; break }
                records += 1
                scanRecord(UnsafeBufferPointer(rebasing: bytes[start..<(start + recordLength)]), number: records, header: header,
                           kinds: kinds, columns: columns, text: &text, engine: engine, sink: &sink)
                start += recordLength
            }
            if marked {
                // The end-of-file marker: a table goes on after it only in a file made to hide it.
                left = count - start - 1
                if count == block.count { left += try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: block[..<recordLength])) }
                break
            }
            if count < block.count {
                left = count - start
                break
            }
        }
        if records < header.recordCount {
            throw DBFHeader.truncated("its header counts \(header.recordCount) records, the file holds \(records)"
                                      + (!marked && left > 0 ? " and part of one" : ""))
        }
        if records > header.recordCount {
            throw DBFHeader.corrupt("it holds \(records) records, more than its header counts (\(header.recordCount))")
        }
        if marked, left >= recordLength {
            throw DBFHeader.corrupt("what follows its end-of-file marker (\(left) bytes or more) was not read")
        }
    }

    /// One record, a row of cells; `number` counts from 1, deleted records included.
    private static func scanRecord<S: FindingSink>(_ record: UnsafeBufferPointer<UInt8>, number: Int, header: DBFHeader, kinds: [Kind?],
                                                   columns: [Column], text: inout DBFText, engine: DetectionEngine, sink: inout S) {
        let offset = header.headerLength + (number - 1) * header.recordLength
        // `*`: deleted, left in the file until the table is packed.
        let deleted = record[0] == UInt8(ascii: "*")
        for (k, field) in header.fields.enumerated() {
            guard let kind = kinds[k] else { continue }
            let raw = trimmed(UnsafeBufferPointer(rebasing: record[(1 + field.offset)...].prefix(field.length)))
            guard !raw.isEmpty else { continue }
            let start = offset + 1 + field.offset
            var locator = FixedLocator(location: Location(line: number, column: k + 1, hidden: deleted), span: start..<(start + field.length))
            let column = Unmanaged.passUnretained(columns[k])
            if kind == .number {
                // FoxPro computes with doubles, as Excel does: an ID typed into a numeric field
                // may have lost its last digits, and is read as a number cell's.
                NumericCellText.scanNumberCell(raw, 0..<raw.count, column: column, engine: engine, locator: &locator, sink: &sink)
            } else {
                let value = kind == .text ? text.utf8(raw) : raw
                engine.scan(Piece(window: value, scan: 0..<value.count, columnReference: column), locator: &locator, sink: &sink)
            }
        }
        engine.finishRecord(sink: &sink)
    }

    /// A field without the spaces and NULs that pad it.
    private static func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = field.count
        while lower < upper, field[lower] == 0x20 || field[lower] == 0 { lower += 1 }
        while upper > lower, field[upper - 1] == 0x20 || field[upper - 1] == 0 { upper -= 1 }
        return UnsafeBufferPointer(rebasing: field[lower..<upper])
    }
}
