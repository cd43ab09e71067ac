/// Text whose lines end in a carriage return alone (Excel for Mac's "CSV (Macintosh)", old Mac
/// tools): each CR of the inner feed's text is handed on as a line feed, byte for byte, so that
/// readers see its lines and rows and every offset stays where it was.
final class CarriageReturnFeed: TextFeed {
    private let inner: TextFeed
    var mapping: OffsetMapping { inner.mapping }

    init(_ inner: TextFeed) {
        self.inner = inner
    }

    func next(into dest: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        let n = try inner.next(into: dest)
        for i in 0..<n where dest[i] == 0x0D { dest[i] = 0x0A }
        return n
    }

    /// The source's first bytes (`head`, its byte-order mark included) end lines with a carriage
    /// return and never with a line feed: a CR and no LF, as characters of `encoding` (a UTF-16
    /// code unit; a byte in UTF-8 and GB18030, where neither is ever part of another character).
    static func endsLinesWithCarriageReturns(_ head: [UInt8], encoding: TextEncoding) -> Bool {
        func holds(_ byte: UInt8) -> Bool {
            switch encoding {
            case .utf8, .utf8BOM, .gb18030:
                return head.contains(byte)
            case .utf16LE, .utf16BE:
                let low = encoding == .utf16LE ? 0 : 1
                return stride(from: 0, to: head.count - 1, by: 2).contains { head[$0 + low] == byte && head[$0 + 1 - low] == 0 }
            }
        }
        return holds(0x0D) && !holds(0x0A)
    }
}
