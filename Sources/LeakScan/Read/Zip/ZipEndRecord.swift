/// Finds the central directory from the end of central directory record (and its ZIP64
/// counterpart when present), reading only the last 64 KiB + 22 bytes and two small records.
struct ZipEndRecord {
    /// Where the central directory starts, and its size in bytes.
    var directoryOffset: Int
    var directorySize: Int
    /// How many entries the end record declares (the directory itself is the authority).
    var declaredEntries: Int

    static let endSignature: UInt32 = 0x0605_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    static let zip64EndSignature: UInt32 = 0x0606_4B50
    static let endLength = 22
    static let zip64LocatorLength = 20
    static let zip64EndLength = 56
    static let maxCommentLength = 0xFFFF

    static func locate(in source: any ByteSource, size: Int) throws -> ZipEndRecord {
        guard size >= endLength else { throw ScanError(.other(ZipMessage.noEndRecord)) }
        let tailLength = min(size, maxCommentLength + endLength)
        let tailStart = size - tailLength
        guard let tail = try SourceBytes.read(source, count: tailLength, at: tailStart) else {
            throw ScanError(.other(ZipMessage.noEndRecord))
        }
        guard let at = endRecordPosition(in: tail) else { throw ScanError(.other(ZipMessage.noEndRecord)) }
        let end = tail.sub(at, endLength)
        let endOffset = tailStart + at

        // Any field at its maximum means the real value is in the ZIP64 record.
        let saturated = [4, 6, 8, 10].contains { end.u16($0) == 0xFFFF }
            || end.u32(12) == 0xFFFF_FFFF || end.u32(16) == 0xFFFF_FFFF
        if endOffset >= zip64LocatorLength,
           let locator = try SourceBytes.read(source, count: zip64LocatorLength, at: endOffset - zip64LocatorLength),
           locator.u32(0) == zip64LocatorSignature {
            if let record = try zip64(locator: locator, before: endOffset - zip64LocatorLength, in: source) {
                return record
            }
            // Bytes that only look like a locator (the tail of the last directory entry), as
            // Python's zipfile tolerates them: fine while the classic record needs no ZIP64.
            if saturated { throw ScanError(.other(ZipMessage.noZip64EndRecord)) }
        }

        guard end.u16(4) == 0, end.u16(6) == 0, end.u16(8) == end.u16(10) else {
            throw ScanError(.unsupported(ZipMessage.multiVolume))
        }
        return try ZipEndRecord(directoryOffset: Int(end.u32(16)), directorySize: Int(end.u32(12)),
                                declaredEntries: end.u16(10)).checked(endsBefore: endOffset)
    }

    /// Scans backwards for the record's signature. A record whose comment runs exactly to the
    /// end of the file wins; failing that, the last one whose comment fits (trailing junk).
    private static func endRecordPosition(in tail: LEBytes) -> Int? {
        var fallback: Int?
        var at = tail.count - endLength
        while at >= 0 {
            if tail.u32(at) == endSignature {
                let recordEnd = at + endLength + tail.u16(at + 20)
                if recordEnd == tail.count { return at }
                if recordEnd < tail.count, fallback == nil { fallback = at }
            }
            at -= 1
        }
        return fallback
    }

    /// Follows the ZIP64 locator (which ends where the classic end record starts) to the ZIP64
    /// end of central directory record; nil when there is no such record where it points.
    private static func zip64(locator: LEBytes, before locatorOffset: Int,
                              in source: any ByteSource) throws -> ZipEndRecord? {
        let recordOffset = locator.u64(8)
        guard recordOffset <= UInt64(locatorOffset), Int(recordOffset) + zip64EndLength <= locatorOffset,
              let record = try SourceBytes.read(source, count: zip64EndLength, at: Int(recordOffset)),
              record.u32(0) == zip64EndSignature else {
            return nil
        }
        guard locator.u32(4) == 0, locator.u32(16) <= 1 else {
            throw ScanError(.unsupported(ZipMessage.multiVolume))
        }
        guard record.u32(16) == 0, record.u32(20) == 0, record.u64(24) == record.u64(32) else {
            throw ScanError(.unsupported(ZipMessage.multiVolume))
        }
        let limit = UInt64(ZipEntry.maxField)
        guard record.u64(32) <= limit, record.u64(40) <= limit, record.u64(48) <= limit else {
            throw ScanError(.other(ZipMessage.directoryOutsideFile))
        }
        return try ZipEndRecord(directoryOffset: Int(record.u64(48)), directorySize: Int(record.u64(40)),
                                declaredEntries: Int(record.u64(32))).checked(endsBefore: Int(recordOffset))
    }

    /// The directory must end at or before the end record that describes it.
    private func checked(endsBefore recordOffset: Int) throws -> ZipEndRecord {
        guard directoryOffset + directorySize <= recordOffset else {
            throw ScanError(.other(ZipMessage.directoryOutsideFile))
        }
        return self
    }
}
