/// The records of a BIFF8 workbook stream, one after another (MS-XLS 2.1.4): a 2-byte type, a
/// 2-byte length and that many bytes, at most 8224. The stream is read in blocks: memory stays
/// at one block whatever the workbook's size.
final class BIFFRecords {
    private var stream: CompoundFileStream
    private let buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    /// Stream offset of `buffer[0]`.
    private var bufferOffset = 0

    /// The current record: its type, its body (valid until `next`), and the stream offset of its
    /// header (where a sheet's `BoundSheet8` record points).
    private(set) var type = 0
    private(set) var body = BIFFRecord(UnsafeRawBufferPointer(start: nil, count: 0))
    private(set) var offset = 0

    static let maximumLength = 8224

    init(_ stream: CompoundFileStream) {
        self.stream = stream
        buffer = .allocate(byteCount: 1 << 16, alignment: 8)
    }

    deinit { buffer.deallocate() }

    /// Moves to the next record; false at the end of the stream. A record cut short by the end
    /// of the stream is an error.
    func next() throws -> Bool {
        guard try fill(4) else {
            if end > start { throw XLSReader.corrupt("the workbook stream ends inside a record header") }
            return false
        }
        let length = Int(buffer.load(fromByteOffset: start + 2, as: UInt8.self)) | Int(buffer.load(fromByteOffset: start + 3, as: UInt8.self)) << 8
        type = Int(buffer.load(fromByteOffset: start, as: UInt8.self)) | Int(buffer.load(fromByteOffset: start + 1, as: UInt8.self)) << 8
        guard length <= Self.maximumLength else { throw XLSReader.corrupt("a record of \(length) bytes (at most \(Self.maximumLength))") }
        guard try fill(4 + length) else { throw XLSReader.corrupt("the workbook stream ends inside a record") }
        offset = bufferOffset + start
        body = BIFFRecord(UnsafeRawBufferPointer(rebasing: buffer[(start + 4)..<(start + 4 + length)]))
        start += 4 + length
        return true
    }

    /// Makes sure `count` bytes from `start` are in the buffer; false when the stream ends first.
    private func fill(_ count: Int) throws -> Bool {
        if end - start >= count { return true }
        if start > 0 {
            buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: end - start)
            bufferOffset += start
            end -= start
            start = 0
        }
        while end < count {
            let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
            if n == 0 { return false }
            end += n
        }
        return true
    }
}

/// A record's body, with little-endian field reads; reads past the end give 0, so a short
/// record never reads what is not its own.
struct BIFFRecord {
    let bytes: UnsafeRawBufferPointer

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var count: Int { bytes.count }

    func u8(_ i: Int) -> Int { i < bytes.count ? Int(bytes[i]) : 0 }

    func u16(_ i: Int) -> Int { u8(i) | u8(i + 1) << 8 }

    func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) | UInt32(u16(i + 2)) << 16 }

    func f64(_ i: Int) -> Double {
        Double(bitPattern: UInt64(u32(i)) | UInt64(u32(i + 4)) << 32)
    }
}
