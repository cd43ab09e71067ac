/// The shared string table of a BIFF8 workbook (the SST record and the CONTINUE records after
/// it, MS-XLS 2.4.265), read into `SharedStrings`. Each string is a length, a flag byte, perhaps
/// a count of formatting runs and the size of phonetic data, the characters, then those runs and
/// that data. A string may be split over records: where the split falls inside its characters,
/// the next record starts with a flag byte that says again whether they are 8- or 16-bit; any
/// other part continues as it was.
final class SSTReader {
    let strings = SharedStrings()
    private let limit: Int

    private enum Part { case header, characters, trailer }
    private var part = Part.header
    private var header: [UInt8] = []
    private var units: [UInt16] = []
    private var charactersLeft = 0
    private var highByte = false
    private var trailerLeft = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Reads the SST record (`first`) or a CONTINUE record after it.
    func add(_ record: BIFFRecord, first: Bool) throws {
        var i = 0
        if first {
            i = 8  // total and unique string counts: the strings themselves say where they end
        } else if part == .characters {
            highByte = record.u8(0) & 1 != 0
            i = 1
        }
        while i < record.count {
            switch part {
            case .header:
                header.append(UInt8(record.u8(i)))
                i += 1
                if header.count >= 3, header.count == headerLength {
                    beginCharacters()
                    if charactersLeft == 0 { try endString() }
                }
            case .characters:
                let read = BIFFText.appendUnits(record, at: i, count: charactersLeft, highByte: highByte, to: &units)
                guard read > 0 else { return }  // half a 16-bit character at the end: malformed
                i += read
                charactersLeft -= read / (highByte ? 2 : 1)
                if charactersLeft == 0 { try endString() }
            case .trailer:
                let n = min(trailerLeft, record.count - i)
                i += n
                trailerLeft -= n
                if trailerLeft == 0 { part = .header }
            }
        }
    }

    /// Length, flags, then 2 bytes of run count when rich (flag 8) and 4 of phonetic size when
    /// extended (flag 4).
    private var headerLength: Int {
        3 + (header[2] & 8 != 0 ? 2 : 0) + (header[2] & 4 != 0 ? 4 : 0)
    }

    private func beginCharacters() {
        let flags = header[2]
        charactersLeft = Int(header[0]) | Int(header[1]) << 8
        highByte = flags & 1 != 0
        var at = 3
        var runs = 0
        if flags & 8 != 0 {
            runs = Int(header[at]) | Int(header[at + 1]) << 8
            at += 2
        }
        var phonetic = 0
        if flags & 4 != 0 {
            phonetic = Int(header[at]) | Int(header[at + 1]) << 8 | Int(header[at + 2]) << 16 | Int(header[at + 3]) << 24
        }
        trailerLeft = 4 * runs + phonetic
        header.removeAll(keepingCapacity: true)
        units.removeAll(keepingCapacity: true)
        part = .characters
    }

    private func endString() throws {
        let text = BIFFText.utf8(units)
        text.withUnsafeBufferPointer { if !$0.isEmpty { strings.append($0) } }
        strings.endString()
        guard strings.byteSize <= limit else {
            throw ScanError(.other("shared strings of more than \(limit >> 20) MiB: refused (memory guard)"))
        }
        part = trailerLeft > 0 ? .trailer : .header
    }

    /// The table has ended: a string cut short by its end is kept as far as it went.
    func finish() throws {
        if part == .characters { try endString() }
    }
}
