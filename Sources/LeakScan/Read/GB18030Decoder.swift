/// GB18030 (and its subset GBK, what Excel and WPS write for CSV in China) to UTF-8.
///
/// Two-byte sequences go through a table built once, lazily, by asking glibc iconv to convert all
/// of them in one call (then spread out to be indexed by the byte pair); ASCII passes straight through, eight bytes at a time; the rare four-byte
/// sequences go through iconv one by one. Invalid bytes become U+FFFD.
enum GB18030Table {
    static let leads = 0x81...0xFE
    /// Trail bytes 0x40–0x7E and 0x80–0xFE.
    static let trailsPerLead = 190

    /// Entry: UTF-8 bytes in the low three bytes (first byte lowest), length in the top byte
    /// (0: not a valid sequence).
    static let entries: [UInt32] = build()

    /// `entries` indexed directly by `lead << 8 | trail` (0 for anything that is not a valid
    /// pair): 256 KiB that stay in cache, and one load per character in the decoding loop.
    static let byPair: [UInt32] = {
        var full = [UInt32](repeating: 0, count: 1 << 16)
        for lead in leads {
            for trail in 0x40...0xFE where trail != 0x7F {
                full[lead << 8 | trail] = entries[index(lead: UInt8(lead), trail: UInt8(trail))]
            }
        }
        return full
    }()

    /// Position of a trail byte within its lead's row; -1 for bytes that cannot be a trail.
    static let trailIndex: [Int16] = {
        var table = [Int16](repeating: -1, count: 256)
        for t in 0x40...0xFE where t != 0x7F { table[t] = Int16(t < 0x7F ? t - 0x40 : t - 0x41) }
        return table
    }()

    @inline(__always)
    static func index(lead: UInt8, trail: UInt8) -> Int {
        Int(lead &- 0x81) &* trailsPerLead &+ Int(trail &- 0x40) &- (trail > 0x7F ? 1 : 0)
    }

    private static func build() -> [UInt32] {
        let count = leads.count * trailsPerLead
        var entries = [UInt32](repeating: 0, count: count)
        guard let converter = try? IconvConverter(from: "GB18030") else { return entries }
        // Every sequence followed by a newline, so that the output splits back into one piece per input.
        var input = [UInt8]()
        input.reserveCapacity(count * 3)
        for lead in leads {
            for trail in 0x40...0xFE where trail != 0x7F {
                input.append(UInt8(lead)); input.append(UInt8(trail)); input.append(0x0A)
            }
        }
        var output = [UInt8](repeating: 0, count: count * 5)
        var produced = 0
        input.withUnsafeBytes { inBuf in
            output.withUnsafeMutableBytes { outBuf in
                var consumed = 0
                while consumed < inBuf.count {
                    let r = converter.convert(UnsafeRawBufferPointer(rebasing: inBuf[consumed...]),
                                              into: UnsafeMutableRawBufferPointer(rebasing: outBuf[produced...]))
                    consumed += r.consumed
                    produced += r.produced
                    if r.stop == .done || r.stop == .outputFull && r.consumed == 0 { break }
                    if r.stop != .outputFull {
                        consumed += 2  // invalid (or cut) sequence: leave its entry empty, keep its newline
                        converter.reset()
                    }
                }
            }
        }
        var index = 0
        var start = 0
        for i in 0..<produced where output[i] == 0x0A {
            guard index < count else { break }
            let length = i - start
            if (1...3).contains(length) {
                var entry = UInt32(length) << 24
                for k in 0..<length { entry |= UInt32(output[start + k]) << (8 * k) }
                entries[index] = entry
            }
            index += 1
            start = i + 1
        }
        if index != count { entries = (0..<count).map { _ in 0 } }  // should not happen: decode nothing rather than wrongly
        return entries
    }
}

/// GB18030 sources, decoded with `GB18030Table`, with an offset checkpoint at every 4 KiB block
/// and after every character whose size breaks the usual rule (see `DecodedOffsetMap.Rule.gb18030`).
final class GB18030Feed: TextFeed {
    static let blockSize = 4096

    private var reader: ChunkReader
    private let map: DecodedOffsetMap
    let mapping: OffsetMapping
    private let table: [UInt32]
    private var fourByte: IconvConverter?
    private let input: UnsafeMutableRawBufferPointer
    private var inStart = 0
    private var inEnd = 0
    private var sourcePos: Int
    private var decodedPos = 0

    init(_ source: any ByteSource, chunkSize: Int) {
        reader = ChunkReader(source)
        map = DecodedOffsetMap(rule: .gb18030, sourceStart: 0)
        mapping = .decoded(map)
        sourcePos = 0
        table = GB18030Table.byPair
        input = .allocate(byteCount: max(chunkSize / 2, 64) + 8, alignment: 8)
    }

    deinit { input.deallocate() }

    func next(into dest: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        var produced = 0
        while dest.count - produced >= 16 {
            if inEnd - inStart < 4, !reader.atEnd { try refill() }
            let available = inEnd - inStart
            if available == 0 { break }
            let length = min(available, Self.blockSize)
            let final = length == available && reader.atEnd
            let (consumed, written) = decode(
                UnsafeRawBufferPointer(rebasing: input[inStart..<inStart + length]),
                into: UnsafeMutableBufferPointer(rebasing: dest[produced...]), final: final)
            inStart += consumed
            sourcePos += consumed
            produced += written
            decodedPos += written
            map.add(decoded: decodedPos, source: sourcePos)
            if consumed == 0 {
                if length == available, !reader.atEnd { try refill() } else if length < available { break }
            }
        }
        return produced
    }

    /// Decodes `src` into `dst` until either runs out; a sequence cut by the end of `src` is left
    /// for the next call unless `final`.
    private func decode(_ src: UnsafeRawBufferPointer, into dst: UnsafeMutableBufferPointer<UInt8>,
                        final: Bool) -> (consumed: Int, produced: Int) {
        let s = src.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = src.count
        let d = UnsafeMutableRawPointer(dst.baseAddress!)
        let outLimit = dst.count - 8
        var i = 0
        var o = 0
        table.withUnsafeBufferPointer { table in
            while i < n, o <= outLimit {
                let c = s[i]
                if c < 0x80 {
                    // Runs of ASCII go eight bytes at a time.
                    if i + 8 <= n {
                        let w = UnsafeRawPointer(s).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        if w & 0x8080_8080_8080_8080 == 0 {
                            d.storeBytes(of: w, toByteOffset: o, as: UInt64.self)
                            i += 8; o += 8
                            continue
                        }
                    }
                    d.storeBytes(of: c, toByteOffset: o, as: UInt8.self); i += 1; o += 1
                    continue
                }
                // The common case: a valid two-byte sequence.
                if i + 1 < n {
                    let entry = table[Int(c) &<< 8 | Int(s[i + 1])]
                    if entry != 0 {
                        let length = Int(entry >> 24)
                        d.storeBytes(of: entry.littleEndian, toByteOffset: o, as: UInt32.self)
                        i += 2; o += length
                        if length == 1 { exception(i, o) }
                        continue
                    }
                }
                if c != 0x80, c != 0xFF {
                    guard i + 1 < n else {
                        if !final { break }
                        replacement(d, &o); i += 1; exception(i, o); continue
                    }
                    let t = s[i + 1]
                    if t &- 0x30 < 10 {
                        guard i + 3 < n else {
                            if !final { break }
                            replacement(d, &o); i += 1; exception(i, o); continue
                        }
                        let b3 = s[i + 2], b4 = s[i + 3]
                        if b3 >= 0x81, b3 <= 0xFE, b4 &- 0x30 < 10,
                           let length = decodeFour(UnsafeRawPointer(s + i), into: d + o) {
                            i += 4; o += length
                            if length != 4 { exception(i, o) }
                            continue
                        }
                    }
                    // Unmapped pair (skip both bytes unless the second is ASCII) or a bad second byte.
                    replacement(d, &o)
                    i += t >= 0x80 && t != 0xFF && GB18030Table.trailIndex[Int(t)] >= 0 ? 2 : 1
                    exception(i, o)
                    continue
                }
                if c == 0x80 {  // the euro sign in Windows code page 936
                    d.storeBytes(of: 0xE2, toByteOffset: o, as: UInt8.self)
                    d.storeBytes(of: 0x82, toByteOffset: o + 1, as: UInt8.self)
                    d.storeBytes(of: 0xAC, toByteOffset: o + 2, as: UInt8.self)
                    o += 3
                } else {
                    replacement(d, &o)
                }
                i += 1
                exception(i, o)
            }
        }
        return (i, o)
    }

    @inline(__always)
    private func replacement(_ d: UnsafeMutableRawPointer, _ o: inout Int) {
        d.storeBytes(of: replacementCharacter.0, toByteOffset: o, as: UInt8.self)
        d.storeBytes(of: replacementCharacter.1, toByteOffset: o + 1, as: UInt8.self)
        d.storeBytes(of: replacementCharacter.2, toByteOffset: o + 2, as: UInt8.self)
        o += 3
    }

    /// Checkpoint after a character whose source size does not follow from its UTF-8 size.
    @inline(__always)
    private func exception(_ i: Int, _ o: Int) {
        map.add(decoded: decodedPos + o, source: sourcePos + i)
    }

    /// A four-byte sequence through iconv; nil when it is not valid.
    private func decodeFour(_ p: UnsafeRawPointer, into out: UnsafeMutableRawPointer) -> Int? {
        if fourByte == nil { fourByte = try? IconvConverter(from: "GB18030") }
        guard let converter = fourByte else { return nil }
        let r = converter.convert(UnsafeRawBufferPointer(start: p, count: 4),
                                  into: UnsafeMutableRawBufferPointer(start: out, count: 4))
        guard r.stop == .done, r.consumed == 4, r.produced > 0 else { converter.reset(); return nil }
        return r.produced
    }

    private func refill() throws {
        try reader.refill(input, start: &inStart, end: &inEnd)
    }
}
