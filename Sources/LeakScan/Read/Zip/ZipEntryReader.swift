import SystemZlib

extension ZipArchive {
    static let localHeaderSignature: UInt32 = 0x0403_4B50
    static let localHeaderLength = 30

    /// Streams the uncompressed bytes of `entry` to `body` in chunks of at most `chunkSize`.
    ///
    /// Reads the compressed data in chunks and inflates it (raw deflate) or copies it (stored),
    /// enforcing `limits` on what comes out, never the sizes the archive declares; at the end the
    /// CRC-32 and size must match the central directory. `body` may throw to stop early: the error
    /// is rethrown and every resource is released.
    public func stream(_ entry: ZipEntry, chunkSize: Int = 256 << 10,
                       _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        precondition(chunkSize > 0)
        let chunkSize = min(chunkSize, 1 << 30)
        let name = entry.name
        guard !entry.isEncrypted, entry.method != 99 else {
            throw ScanError(.unsupported(ZipMessage.encrypted(name)))
        }
        guard entry.method == ZipEntry.stored || entry.method == ZipEntry.deflated else {
            throw ScanError(.unsupported(ZipMessage.method(name, entry.method)))
        }
        guard entry.uncompressedSize <= limits.maxEntrySize else {
            throw ScanError(.other(ZipMessage.tooLarge(name, limit: limits.maxEntrySize)))
        }
        let dataOffset = try self.dataOffset(of: entry)

        let input = UnsafeMutableRawBufferPointer.allocate(
            byteCount: max(1, min(chunkSize, entry.compressedSize)), alignment: 16)
        defer { input.deallocate() }
        var reader = CompressedInput(source: source, name: name, offset: dataOffset,
                                     remaining: entry.compressedSize, buffer: input)
        var check = OutputCheck(entry: entry, limits: limits)
        if entry.method == ZipEntry.stored {
            guard entry.compressedSize == entry.uncompressedSize else {
                throw ScanError(.other(ZipMessage.storedSizesDiffer(name)))
            }
            while let chunk = try reader.next() {
                let bytes = UnsafeBufferPointer(start: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                                count: chunk.count)
                try check.add(bytes, consumed: reader.consumed)
                try body(bytes)
            }
        } else {
            try inflate(&reader, check: &check, chunkSize: chunkSize, body)
        }
        try check.finish()
    }

    /// Where the entry's data starts, after its local header (whose name and extra lengths
    /// may differ from the central directory's). The data must lie before the central directory.
    func dataOffset(of entry: ZipEntry) throws -> Int {
        let name = entry.name
        let headerOffset = entry.localHeaderOffset
        guard headerOffset + Self.localHeaderLength <= directoryOffset else {
            throw ScanError(.other(ZipMessage.noLocalHeader(name)))
        }
        guard let header = try SourceBytes.read(source, count: Self.localHeaderLength, at: headerOffset) else {
            throw ScanError(.other(ZipMessage.truncated(name)))
        }
        guard header.u32(0) == Self.localHeaderSignature else {
            throw ScanError(.other(ZipMessage.noLocalHeader(name)))
        }
        if header.u16(6) & 0x0001 != 0 { throw ScanError(.unsupported(ZipMessage.encrypted(name))) }
        let dataOffset = headerOffset + Self.localHeaderLength + header.u16(26) + header.u16(28)
        let dataEnd = dataOffset + entry.compressedSize
        if dataEnd > sourceSize { throw ScanError(.other(ZipMessage.truncated(name))) }
        if dataEnd > directoryOffset { throw ScanError(.other(ZipMessage.dataInDirectory(name))) }
        return dataOffset
    }

    private func inflate(_ reader: inout CompressedInput, check: inout OutputCheck, chunkSize: Int,
                         _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let name = reader.name
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { output.deallocate() }
        // zlib keeps a pointer to its z_stream and checks it on every call: the stream must not move.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        let status = inflateInit2_(stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw ScanError(.other(ZipMessage.inflateFailed(name, code: status))) }
        defer { inflateEnd(stream) }

        while true {
            if stream.pointee.avail_in == 0, let chunk = try reader.next() {
                stream.pointee.next_in = chunk.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_in = uInt(chunk.count)
            }
            stream.pointee.next_out = output
            stream.pointee.avail_out = uInt(chunkSize)
            let status = SystemZlib.inflate(stream, Z_NO_FLUSH)
            let produced = chunkSize - Int(stream.pointee.avail_out)
            if produced > 0 {
                let bytes = UnsafeBufferPointer(start: output, count: produced)
                try check.add(bytes, consumed: Int(stream.pointee.total_in))
                try body(bytes)
            }
            switch status {
            case Z_STREAM_END:
                return
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                // No progress without more input: fine while there is some, truncated when not.
                if reader.remaining == 0 { throw ScanError(.other(ZipMessage.truncated(name))) }
            case Z_DATA_ERROR, Z_NEED_DICT:
                let detail = stream.pointee.msg.map { String(cString: $0) }
                throw ScanError(.other(ZipMessage.badDeflate(name, detail: detail)))
            default:
                throw ScanError(.other(ZipMessage.inflateFailed(name, code: status)))
            }
        }
    }
}

/// The compressed bytes of one entry, read chunk by chunk into one buffer.
private struct CompressedInput {
    let source: any ByteSource
    let name: String
    var offset: Int
    var remaining: Int
    let buffer: UnsafeMutableRawBufferPointer
    var consumed = 0

    /// The next chunk, nil when the entry's compressed size has been read; throws when the
    /// source ends before.
    mutating func next() throws -> UnsafeMutableRawBufferPointer? {
        guard remaining > 0 else { return nil }
        let want = min(buffer.count, remaining)
        let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]), at: offset)
        guard n > 0 else { throw ScanError(.other(ZipMessage.truncated(name))) }
        offset += n
        remaining -= n
        consumed += n
        return UnsafeMutableRawBufferPointer(rebasing: buffer[0..<n])
    }
}

/// Guards and checks on what an entry yields: size and ratio limits as it grows, then CRC-32
/// and size against the central directory at the end.
private struct OutputCheck {
    let entry: ZipEntry
    let limits: ZipLimits
    var total = 0
    var crc: uLong = 0

    init(entry: ZipEntry, limits: ZipLimits) {
        self.entry = entry
        self.limits = limits
    }

    /// Accounts for `bytes`, produced from `consumed` compressed bytes so far.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, consumed: Int) throws {
        total += bytes.count
        guard total <= limits.maxEntrySize else {
            throw ScanError(.other(ZipMessage.tooLarge(entry.name, limit: limits.maxEntrySize)))
        }
        if total > limits.ratioGraceBytes {
            let (allowed, overflow) = max(consumed, 1).multipliedReportingOverflow(by: limits.maxRatio)
            if !overflow && total > allowed {
                throw ScanError(.other(ZipMessage.ratio(entry.name, limit: limits.maxRatio)))
            }
        }
        crc = SystemZlib.crc32(crc, bytes.baseAddress, uInt(bytes.count))
    }

    func finish() throws {
        guard total == entry.uncompressedSize else {
            throw ScanError(.other(ZipMessage.sizeMismatch(entry.name, actual: total, declared: entry.uncompressedSize)))
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
            throw ScanError(.other(ZipMessage.crcMismatch(entry.name)))
        }
    }
}
