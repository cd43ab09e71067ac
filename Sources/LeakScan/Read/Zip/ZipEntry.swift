import SystemZlib

/// One member of a zip archive, as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    /// Compression methods this reader can stream.
    public static let stored = 0
    public static let deflated = 8

    /// The entry's path inside the archive, decoded (see `ZipEntry.decodeName`).
    public let name: String
    /// Compression method: 0 stored, 8 deflated; anything else is refused when streamed.
    public let method: Int
    /// General purpose bit flags (bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name).
    public let flags: Int
    public let crc32: UInt32
    /// Sizes and offset, from the ZIP64 extra field when the 32-bit fields are 0xFFFFFFFF.
    public let compressedSize: Int
    public let uncompressedSize: Int
    public let localHeaderOffset: Int

    public var isEncrypted: Bool { flags & 0x0001 != 0 }
    public var hasDataDescriptor: Bool { flags & 0x0008 != 0 }
    public var isDirectory: Bool { name.hasSuffix("/") }

    public init(name: String, method: Int, flags: Int, crc32: UInt32, compressedSize: Int,
                uncompressedSize: Int, localHeaderOffset: Int) {
        self.name = name
        self.method = method
        self.flags = flags
        self.crc32 = crc32
        self.compressedSize = compressedSize
        self.uncompressedSize = uncompressedSize
        self.localHeaderOffset = localHeaderOffset
    }
}

extension ZipEntry {
    /// Largest size or offset accepted from a ZIP64 field (2^62): larger values are corrupt,
    /// and sums of two such values cannot overflow `Int`.
    static let maxField = 1 << 62

    /// A name as stored: UTF-8 when flag bit 11 is set; otherwise UTF-8 if the bytes are valid
    /// UTF-8, else GB18030 if they are that (the zip tools of Chinese Windows write names in the
    /// system's code page, GBK, without the flag), else Latin-1. An Info-ZIP Unicode Path field
    /// (0x7075) whose CRC matches the stored name wins, as in Info-ZIP and 7-Zip.
    static func decodeName(_ raw: ArraySlice<UInt8>, flags: Int, extra: LEBytes) -> String {
        if flags & 0x0800 != 0 { return String(decoding: raw, as: UTF8.self) }
        if let field = extraField(0x7075, in: extra), field.count > 5, field.u8(0) == 1 {
            let stored = field.u32(1)
            let actual = raw.withUnsafeBufferPointer {
                UInt32(truncatingIfNeeded: SystemZlib.crc32(0, $0.baseAddress, uInt($0.count)))
            }
            if stored == actual, let name = String(validating: field.slice(5, field.count - 5), as: UTF8.self) {
                return name
            }
        }
        if let name = String(validating: raw, as: UTF8.self) ?? IconvConverter.gb18030Name(raw) { return name }
        var latin1 = String.UnicodeScalarView()
        latin1.append(contentsOf: raw.map { Unicode.Scalar($0) })
        return String(latin1)
    }

    /// The data of extra field `id`, or nil. A malformed extra block ends the search.
    static func extraField(_ id: Int, in extra: LEBytes) -> LEBytes? {
        var at = 0
        while at + 4 <= extra.count {
            let fieldID = extra.u16(at)
            let length = extra.u16(at + 2)
            guard at + 4 + length <= extra.count else { return nil }
            if fieldID == id { return extra.sub(at + 4, length) }
            at += 4 + length
        }
        return nil
    }

    /// Sizes and offset with the ZIP64 extra field (0x0001) applied: it holds, in this order,
    /// only the values whose 32-bit field is 0xFFFFFFFF. Nil when a needed value is missing
    /// or out of range.
    static func zip64Values(uncompressed: UInt32, compressed: UInt32, offset: UInt32,
                            extra: LEBytes) -> (uncompressed: Int, compressed: Int, offset: Int)? {
        var values = [Int(uncompressed), Int(compressed), Int(offset)]
        let needed = values.indices.filter { values[$0] == 0xFFFF_FFFF }
        guard !needed.isEmpty else { return (values[0], values[1], values[2]) }
        guard let field = extraField(0x0001, in: extra), field.count >= 8 * needed.count else { return nil }
        for (k, index) in needed.enumerated() {
            let value = field.u64(8 * k)
            guard value <= UInt64(maxField) else { return nil }
            values[index] = Int(value)
        }
        return (values[0], values[1], values[2])
    }
}
