/// Reads a `ByteSource` front to back in chunks, into caller-owned buffers.
struct ChunkReader {
    let source: any ByteSource
    /// Source offset of the next byte to read.
    private(set) var offset: Int
    private(set) var atEnd = false

    init(_ source: any ByteSource, from offset: Int = 0) {
        self.source = source
        self.offset = offset
    }

    /// Fills `buffer` as far as the source allows; returns the byte count (less than
    /// `buffer.count` only at the end of the source).
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var filled = 0
        while filled < buffer.count, !atEnd {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]), at: offset)
            if n <= 0 { atEnd = true; break }
            filled += n
            offset += n
        }
        return filled
    }

    /// For decoders that keep unconsumed input `buffer[start..<end]`: moves it to the front and
    /// reads more after it.
    mutating func refill(_ buffer: UnsafeMutableRawBufferPointer, start: inout Int, end: inout Int) throws {
        let kept = end - start
        if kept > 0, start > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: kept) }
        start = 0
        end = kept
        end += try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
    }

    /// Reads up to `limit` bytes from the start of `source` (for sniffing).
    static func head(of source: any ByteSource, limit: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: limit)
        var reader = ChunkReader(source)
        let n = try bytes.withUnsafeMutableBytes { try reader.read(into: $0) }
        bytes.removeLast(limit - n)
        return bytes
    }
}
