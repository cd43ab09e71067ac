/// Where the text of a legacy Word document (`.doc`, Word 97–2003, MS-DOC) lies: the File
/// Information Block at the start of the "WordDocument" stream names the table stream ("0Table"
/// or "1Table") and where its piece table (the `Clx`) is; the piece table cuts the text, in
/// order, into pieces stored in the WordDocument stream, each as 8-bit characters (Windows-1252,
/// "compressed") or UTF-16LE. The text of every story (body, footnotes, headers and footers,
/// comments, text boxes) follows one after another. The FIB also says where the paragraphs'
/// properties are (`WordParagraphProperties`).
struct WordBinaryPieces {
    struct Piece {
        /// Characters in the piece.
        var count: Int
        /// Byte offset of its first character in the WordDocument stream.
        var offset: Int
        var isCompressed: Bool
    }

    let pieces: [Piece]
    /// The characters of each story in order (body, footnotes, headers and footers, a reserved
    /// one, comments, endnotes, text boxes, header text boxes: `FibRgLw97`'s ccp fields).
    let storyLengths: [Int]
    /// Where paragraph properties are: `PlcBtePapx`, the first byte offset of each run of
    /// paragraphs (one more than the pages) and the 512-byte page of the WordDocument stream
    /// that describes them.
    let paragraphRuns: (offsets: [Int], pages: [Int])

    /// The pieces are refused past this many characters in all (a memory guard: 1 G characters).
    static let maximumCharacters = 1 << 30

    init(file: CompoundFileDirectory, document: inout CompoundFileStream) throws {
        let fib = try document.bytes(at: 0, count: min(document.size, 1024), what: "its File Information Block")
        guard fib.count >= 0x22, fib.u16(0) == 0xA5EC else { throw Self.corrupt("no Word File Information Block") }
        guard fib.u16(2) >= 0x00C1 else {
            throw ScanError(.unsupported("Word 6.0/95 document (.doc): not supported; save it as .docx to scan it"))
        }
        let flags = fib.u16(0x0A)
        // fEncrypted (bit 8) or fObfuscated (bit 15).
        if flags & 0x8100 != 0 {
            throw ScanError(.unsupported("encrypted Word document: cannot be scanned (remove the password, or scan it before it is encrypted)"))
        }
        // FibBase (32 bytes), then counted arrays of 16-bit, 32-bit and (fc, lcb) pair fields.
        let csw = fib.u16(0x20)
        let lwAt = 0x22 + 2 * csw
        guard lwAt + 2 <= fib.count else { throw Self.corrupt("a File Information Block cut short") }
        let pairsAt = lwAt + 2 + 4 * fib.u16(lwAt) + 2
        // fcClx / lcbClx and fcPlcfBtePapx / lcbPlcfBtePapx in FibRgFcLcb97.
        let clxIndex = 33, paragraphIndex = 13
        guard pairsAt + 8 * (clxIndex + 1) <= fib.count, fib.u16(pairsAt - 2) > clxIndex else {
            throw Self.corrupt("a File Information Block without a piece table")
        }
        storyLengths = (0..<8).map { Int(fib.u32(lwAt + 2 + 12 + 4 * $0)) }
        let tableName: StreamName = flags & 0x0200 != 0 ? .table1 : .table0
        guard var table = try file.stream(named: tableName) else {
            throw Self.corrupt("no table stream")
        }
        func part(_ index: Int, _ what: String) throws -> LEBytes {
            let offset = Int(fib.u32(pairsAt + 8 * index)), length = Int(fib.u32(pairsAt + 8 * index + 4))
            guard offset + length <= table.size, length <= 1 << 26 else { throw Self.corrupt("\(what) lies outside the table stream") }
            return try table.bytes(at: offset, count: length, what: what)
        }
        pieces = try Self.pieces(part(clxIndex, "its piece table"), documentSize: document.size)
        paragraphRuns = try Self.paragraphRuns(part(paragraphIndex, "its paragraph table"), documentSize: document.size)
    }

    /// `PlcBtePapx`: n + 1 byte offsets, then n page numbers.
    private static func paragraphRuns(_ plc: LEBytes, documentSize: Int) throws -> (offsets: [Int], pages: [Int]) {
        guard plc.count >= 4, (plc.count - 4) % 8 == 0 else { throw corrupt("a paragraph table of a wrong size") }
        let n = (plc.count - 4) / 8
        let offsets = (0...n).map { Int(plc.u32(4 * $0)) }
        let pages = (0..<n).map { Int(plc.u32(4 * (n + 1) + 4 * $0)) }
        guard pages.allSatisfy({ ($0 + 1) * 512 <= documentSize }) else { throw corrupt("a paragraph page lies outside the WordDocument stream") }
        return (offsets, pages)
    }

    /// The `Clx`: formatting records (`Prc`, type 1) to pass over, then the piece table (`Pcdt`,
    /// type 2): n + 1 character positions, then n 8-byte piece descriptors.
    private static func pieces(_ clx: LEBytes, documentSize: Int) throws -> [Piece] {
        var at = 0
        while at < clx.count, clx.u8(at) == 1 {
            guard at + 3 <= clx.count else { throw corrupt("a piece table cut short") }
            at += 3 + clx.u16(at + 1)
        }
        guard at + 5 <= clx.count, clx.u8(at) == 2 else { throw corrupt("no piece table in the Clx") }
        let length = Int(clx.u32(at + 1))
        at += 5
        guard length >= 4, (length - 4) % 12 == 0, at + length <= clx.count else { throw corrupt("a piece table of a wrong size") }
        let n = (length - 4) / 12
        var pieces: [Piece] = []
        var total = 0
        for k in 0..<n {
            let start = Int(clx.u32(at + 4 * k)), end = Int(clx.u32(at + 4 * (k + 1)))
            guard end >= start else { throw corrupt("piece \(k) ends before it starts") }
            let fc = clx.u32(at + 4 * (n + 1) + 8 * k + 2)
            let isCompressed = fc & 0x4000_0000 != 0
            let offset = isCompressed ? Int(fc & 0x3FFF_FFFF) / 2 : Int(fc)
            let count = end - start
            total += count
            guard total <= maximumCharacters, offset + count * (isCompressed ? 1 : 2) <= documentSize else {
                throw corrupt("piece \(k) lies outside the WordDocument stream")
            }
            pieces.append(Piece(count: count, offset: offset, isCompressed: isCompressed))
        }
        return pieces
    }

    static func corrupt(_ what: String) -> ScanError {
        ScanError(.other("corrupt .doc document: \(what)"))
    }
}
