/// The text of a legacy Word document as UTF-8, piece by piece (`WordBinaryPieces`), for the
/// plain-text reader. Word's marks become the text's own: a paragraph mark, a line, page or
/// column break a line end; a table cell's end mark a tab and a row's end mark (the second mark
/// in a row) a line end, so a table row reads as one line of tab-separated cells. A field's
/// code (`HYPERLINK "…"`, `PAGE`) is not text and is left out; its shown result is kept. Byte
/// offsets are offsets in this text (the document's characters are scattered over the
/// compound file's sectors, as a workbook's cells are over its zip entries).
final class WordBinaryFeed: TextFeed {
    private var document: CompoundFileStream
    private let pieces: [WordBinaryPieces.Piece]
    let mapping = OffsetMapping.shift(0)

    private var piece = 0
    private var character = 0
    /// Field nesting: whether each open field is still in its code (before its separator).
    private var fields: [Bool] = []
    private var afterCellMark = false
    private var highSurrogate: UInt16?
    private let chunk: UnsafeMutableRawBufferPointer

    init(document: CompoundFileStream, pieces: WordBinaryPieces) {
        self.document = document
        self.pieces = pieces.pieces
        chunk = .allocate(byteCount: 8192, alignment: 2)
    }

    deinit { chunk.deallocate() }

    func next(into dest: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        var produced = 0
        // A character takes at most 4 bytes of UTF-8 (3, and a pending surrogate's 1 more).
        while piece < pieces.count, dest.count - produced >= 8 {
            let p = pieces[piece]
            let width = p.isCompressed ? 1 : 2
            let wanted = min(p.count - character, chunk.count / width, (dest.count - produced - 4) / 4)
            guard wanted > 0 else {
                if character >= p.count { piece += 1; character = 0; continue }
                break
            }
            let n = try document.read(at: p.offset + character * width, into: UnsafeMutableRawBufferPointer(rebasing: chunk[0..<wanted * width]))
            guard n == wanted * width else { throw WordBinaryPieces.corrupt("a piece is cut short") }
            for k in 0..<wanted {
                let unit = p.isCompressed ? Self.windows1252(chunk[k]) : UInt16(chunk[2 * k]) | UInt16(chunk[2 * k + 1]) << 8
                produced += write(unit, into: UnsafeMutableBufferPointer(rebasing: dest[produced...]))
            }
            character += wanted
        }
        return produced
    }

    /// Writes one UTF-16 code unit of the document as text; returns the bytes written.
    private func write(_ unit: UInt16, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let wasAfterCellMark = afterCellMark
        afterCellMark = false
        switch unit {
        case 0x13:
            fields.append(true)
            return 0
        case 0x14:
            if !fields.isEmpty { fields[fields.count - 1] = false }
            return 0
        case 0x15:
            _ = fields.popLast()
            return 0
        default:
            break
        }
        if fields.contains(true) { return 0 }
        let scalar: UInt32
        switch unit {
        case 0x0D, 0x0B, 0x0C, 0x0E: scalar = 0x0A
        case 0x07:
            afterCellMark = !wasAfterCellMark
            scalar = wasAfterCellMark ? 0x0A : 0x09
        case 0x1E: scalar = 0x2D  // a non-breaking hyphen
        case 0x09, 0x0A: scalar = UInt32(unit)
        case 0..<0x20: return 0  // object anchors, note references, optional hyphens
        case 0xD800..<0xDC00:
            highSurrogate = unit
            return 0
        case 0xDC00..<0xE000:
            guard let high = highSurrogate else { scalar = 0xFFFD; break }
            scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
        default:
            scalar = UInt32(unit)
        }
        var written = 0
        if highSurrogate != nil, unit < 0xDC00 || unit >= 0xE000 { written += encode(0xFFFD, into: out) }
        highSurrogate = nil
        return written + encode(scalar, into: UnsafeMutableBufferPointer(rebasing: out[written...]))
    }

    private func encode(_ scalar: UInt32, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        switch scalar {
        case 0..<0x80:
            out[0] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6); out[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case 0x800..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12); out[1] = UInt8(0x80 | scalar >> 6 & 0x3F); out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18); out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F); out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }

    /// A compressed character: Windows-1252, whose 0x80–0x9F are typographic marks.
    private static func windows1252(_ byte: UInt8) -> UInt16 {
        guard byte >= 0x80, byte < 0xA0 else { return UInt16(byte) }
        return table1252[Int(byte - 0x80)]
    }

    private static let table1252: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
