#if canImport(Glibc)
import Glibc
#endif

/// Byte-level helpers shared by the container readers (zip, OLE, mail, packed archives): exact
/// reads at an offset, a whole source up to a limit, the size of a source, and little-endian
/// fields.
enum SourceBytes {
    /// Fills `buffer` from `offset`, looping over short reads. Returns how many bytes were read:
    /// fewer than `buffer.count` only when the source ends first.
    static func readFully(_ source: any ByteSource, into buffer: UnsafeMutableRawBufferPointer,
                          at offset: Int) throws -> Int {
        precondition(offset >= 0)
        var done = 0
        while done < buffer.count {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]),
                                    at: offset + done)
            if n <= 0 { break }
            done += n
        }
        return done
    }

    /// The whole of `source`, for a reader that needs it in memory (a message, an archive that is
    /// not a file on disk); an error saying `tooLarge` past `limit` bytes.
    static func whole(_ source: any ByteSource, limit: Int, tooLarge: @autoclosure () -> String) throws -> [UInt8] {
        let size = try size(of: source)
        guard size <= limit else { throw ScanError(.other(tooLarge())) }
        var bytes = [UInt8](repeating: 0, count: size)
        guard try bytes.withUnsafeMutableBytes({ try readFully(source, into: $0, at: 0) }) == size else {
            throw ScanError(.cannotRead(errno: EIO))
        }
        return bytes
    }

    /// Exactly `count` bytes at `offset`, or nil when the source ends first.
    static func read(_ source: any ByteSource, count: Int, at offset: Int) throws -> LEBytes? {
        var bytes = [UInt8](repeating: 0, count: count)
        let n = try bytes.withUnsafeMutableBytes { try readFully(source, into: $0, at: offset) }
        return n == count ? LEBytes(bytes[...]) : nil
    }

    /// The size of `source`: its `size` when known, else found with one-byte probes
    /// (doubling, then a binary search: O(log size) reads, nothing kept).
    static func size(of source: any ByteSource) throws -> Int {
        if let size = source.size { return size }
        var byte: UInt8 = 0
        func hasByte(at offset: Int) throws -> Bool {
            try withUnsafeMutableBytes(of: &byte) { try source.read(into: $0, at: offset) } > 0
        }
        guard try hasByte(at: 0) else { return 0 }
        var low = 0  // a byte exists here
        var high = 1 << 16
        while try hasByte(at: high) {
            low = high
            guard high < 1 << 61 else { return high + 1 }
            high *= 2
        }
        // low has a byte, high does not: find the first offset without one.
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if try hasByte(at: mid) { low = mid } else { high = mid }
        }
        return high
    }
}

/// A small run of bytes read from a container, with little-endian field accessors.
/// Offsets are relative to the start of the run; callers check `count` before reading fields.
struct LEBytes {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    var count: Int { bytes.count }

    func u8(_ offset: Int) -> Int { Int(bytes[bytes.startIndex + offset]) }

    func u16(_ offset: Int) -> Int { u8(offset) | u8(offset + 1) << 8 }

    func u32(_ offset: Int) -> UInt32 {
        UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16
    }

    func u64(_ offset: Int) -> UInt64 {
        UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32
    }

    /// `length` bytes from `offset`.
    func slice(_ offset: Int, _ length: Int) -> ArraySlice<UInt8> {
        let start = bytes.startIndex + offset
        return bytes[start..<start + length]
    }

    /// A sub-run from `offset`.
    func sub(_ offset: Int, _ length: Int) -> LEBytes { LEBytes(slice(offset, length)) }

    /// `length` bytes from `offset` as UTF-16LE text (an odd last byte left out): a compound
    /// file's stream names and an Outlook message's strings, a shortcut's paths, a thumbnail
    /// catalog's file names.
    func utf16(_ offset: Int, _ length: Int) -> String {
        String(decoding: (0..<length / 2).map { UInt16(u16(offset + 2 * $0)) }, as: UTF16.self)
    }
}
