/// Reads the central directory's file headers through one window buffer of at least 64 KiB
/// (larger only for a single record with very long name and extra fields, at most ~192 KiB).
enum ZipCentralDirectory {
    static let headerSignature: UInt32 = 0x0201_4B50
    static let digitalSignature: UInt32 = 0x0505_4B50
    static let headerLength = 46

    static func read(_ source: any ByteSource, end: ZipEndRecord, limits: ZipLimits) throws -> [ZipEntry] {
        guard end.declaredEntries <= limits.maxEntries else {
            throw ScanError(.other(ZipMessage.tooManyEntries(limit: limits.maxEntries)))
        }
        guard end.declaredEntries <= end.directorySize / headerLength else {
            throw ScanError(.other(ZipMessage.badDirectoryEntry(at: end.directoryOffset)))
        }
        var window = Window(source: source, end: end.directoryOffset + end.directorySize)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(end.declaredEntries)
        var at = end.directoryOffset
        // The directory's size, not the declared count, says where it ends: counts wrap at
        // 65,535 in archives written without ZIP64.
        while at < window.end {
            guard let header = try window.bytes(at: at, count: min(headerLength, window.end - at)) else {
                throw ScanError(.other(ZipMessage.badDirectoryEntry(at: at)))
            }
            if header.count < 4 { break }  // a few bytes of padding
            if header.u32(0) == digitalSignature { break }
            guard header.count == headerLength, header.u32(0) == headerSignature else {
                throw ScanError(.other(ZipMessage.badDirectoryEntry(at: at)))
            }
            guard entries.count < limits.maxEntries else {
                throw ScanError(.other(ZipMessage.tooManyEntries(limit: limits.maxEntries)))
            }
            let nameLength = header.u16(28), extraLength = header.u16(30), commentLength = header.u16(32)
            let flags = header.u16(8), method = header.u16(10), crc = header.u32(16)
            let compressed = header.u32(20), uncompressed = header.u32(24), offset = header.u32(42)
            guard let variable = try window.bytes(at: at + headerLength, count: nameLength + extraLength) else {
                throw ScanError(.other(ZipMessage.badDirectoryEntry(at: at)))
            }
            let extra = variable.sub(nameLength, extraLength)
            let name = ZipEntry.decodeName(variable.slice(0, nameLength), flags: flags, extra: extra)
            guard let values = ZipEntry.zip64Values(uncompressed: uncompressed, compressed: compressed,
                                                    offset: offset, extra: extra) else {
                throw ScanError(.other(ZipMessage.badZip64Field(name)))
            }
            entries.append(ZipEntry(name: name, method: method, flags: flags, crc32: crc,
                                    compressedSize: values.compressed, uncompressedSize: values.uncompressed,
                                    localHeaderOffset: values.offset))
            at += headerLength + nameLength + extraLength + commentLength
        }
        guard at <= window.end else {
            throw ScanError(.other(ZipMessage.badDirectoryEntry(at: end.directoryOffset)))
        }
        return entries
    }

    /// A read-ahead window over `[.., end)` of a source.
    struct Window {
        let source: any ByteSource
        let end: Int
        private var buffer: [UInt8] = []
        private var start = 0

        init(source: any ByteSource, end: Int) {
            self.source = source
            self.end = end
        }

        /// The `count` bytes at `offset`, or nil when they pass `end` or the source ends first.
        mutating func bytes(at offset: Int, count: Int) throws -> LEBytes? {
            guard offset >= 0, count >= 0, offset + count <= end else { return nil }
            if offset < start || offset + count > start + buffer.count {
                let length = min(max(count, 64 << 10), end - offset)
                var fresh = [UInt8](repeating: 0, count: length)
                let source = self.source
                let n = try fresh.withUnsafeMutableBytes { try SourceBytes.readFully(source, into: $0, at: offset) }
                fresh.removeLast(length - n)
                buffer = fresh
                start = offset
                guard n >= count else { return nil }
            }
            return LEBytes(buffer[offset - start..<offset - start + count])
        }
    }
}
