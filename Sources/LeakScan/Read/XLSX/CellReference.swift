/// An A1-style cell reference: 1-based column and row.
struct CellReference: Equatable {
    var column: Int
    var row: Int

    /// Excel's last column, XFD.
    static let maximumColumn = 16_384

    /// Parses "C5" or "AB120"; nil for anything else. Excel has at most 16,384 columns (XFD).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var column = 0
        var i = 0
        while i < bytes.count, i < 3 {
            let letter = bytes[i] | 0x20
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { break }
            column = column * 26 + Int(letter - UInt8(ascii: "a")) + 1
            i += 1
        }
        guard i > 0, i < bytes.count, column <= Self.maximumColumn else { return nil }
        var row = 0
        while i < bytes.count {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10, row < 100_000_000 else { return nil }
            row = row * 10 + Int(d)
            i += 1
        }
        guard row > 0 else { return nil }
        self.column = column
        self.row = row
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// "C5"
    var name: String { Self.columnName(column) + String(row) }

    /// 1 → "A", 27 → "AA".
    static func columnName(_ column: Int) -> String {
        var n = column
        var letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
