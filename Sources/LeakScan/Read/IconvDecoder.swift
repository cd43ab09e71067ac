import SystemIconv
#if canImport(Glibc)
import Glibc
#endif

/// A glibc iconv conversion descriptor.
final class IconvConverter {
    enum Stop: Equatable {
        /// All input converted.
        case done
        /// An invalid sequence starts at the first unconsumed byte.
        case invalid
        /// The input ends inside a sequence.
        case incomplete
        /// No room left in the output.
        case outputFull
    }

    private let cd: iconv_t

    init(from: String, to: String = "UTF-8") throws {
        let cd = iconv_open(to, from)
        guard let cd, cd != iconv_t(bitPattern: -1) else {
            throw ScanError(.other("iconv cannot convert \(from) to \(to)"))
        }
        self.cd = cd
    }

    deinit { iconv_close(cd) }

    /// Converts as much of `input` as possible into `output`.
    func convert(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer)
        -> (consumed: Int, produced: Int, stop: Stop)
    {
        guard input.count > 0 else { return (0, 0, .done) }
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: input.baseAddress!)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count
        var outPtr: UnsafeMutablePointer<CChar>? = output.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outLeft = output.count
        let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        let consumed = input.count - inLeft
        let produced = output.count - outLeft
        if r != -1 { return (consumed, produced, .done) }
        switch errno {
        case EILSEQ: return (consumed, produced, .invalid)
        case EINVAL: return (consumed, produced, .incomplete)
        default: return (consumed, produced, .outputFull)
        }
    }

    /// Resets the shift state.
    func reset() { iconv(cd, nil, nil, nil, nil) }

    /// `bytes` in the character set a file or message names (`GB2312`, `Big5`) as UTF-8: UTF-8 and
    /// ASCII as they are, GB2312 and GBK read as GB18030 (their superset, as writers mean them),
    /// others through iconv (a charset iconv does not know: as UTF-8); an invalid sequence left
    /// is U+FFFD.
    static func utf8(_ bytes: [UInt8], charset: String) -> [UInt8] {
        var name = charset.uppercased()
        if ["GB2312", "GBK", "X-GBK", "CP936", "EUC-CN"].contains(name) { name = "GB18030" }
        let isUTF8 = ["UTF-8", "UTF8", "US-ASCII", "ASCII", ""].contains(name)
        let converted = isUTF8 ? bytes : (try? IconvConverter(from: name))?.convertWhole(bytes) ?? bytes
        return Array(String(decoding: converted, as: UTF8.self).utf8)
    }

    /// A name in GB18030 (what Chinese Windows writes for file names: GBK, its subset) as text,
    /// nil unless all of `bytes` converts.
    static func gb18030Name<C: Collection<UInt8>>(_ bytes: C) -> String? {
        guard let converter = try? IconvConverter(from: "GB18030") else { return nil }
        let input = Array(bytes)
        var out = [UInt8](repeating: 0, count: 4 * input.count + 4)
        let (consumed, produced, stop) = input.withUnsafeBytes { i in out.withUnsafeMutableBytes { converter.convert(i, into: $0) } }
        guard stop == .done, consumed == input.count else { return nil }
        return String(validating: out[0..<produced], as: UTF8.self)
    }

    /// A short run of bytes converted whole (a property, a header word, an RTF run): what
    /// converts before the first invalid or incomplete sequence; the state is reset after.
    func convertWhole(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 4 * bytes.count + 4)
        let produced = bytes.withUnsafeBytes { input in out.withUnsafeMutableBytes { convert(input, into: $0).produced } }
        reset()
        return Array(out.prefix(produced))
    }

    /// A short run of bytes (a table's field) converted whole into `output`, which holds 3 bytes
    /// for each input byte: each invalid or cut sequence becomes U+FFFD and the rest goes on (an
    /// ID after a stray byte is kept); returns the bytes written. The state is reset after.
    func convertReplacing(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var consumed = 0
        var produced = 0
        while consumed < input.count {
            let r = convert(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: input[consumed...])),
                            into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: output[produced...])))
            consumed += r.consumed
            produced += r.produced
            guard r.stop == .invalid || r.stop == .incomplete, produced + 3 <= output.count else { break }
            (output[produced], output[produced + 1], output[produced + 2]) = replacementCharacter
            produced += 3
            consumed += 1
            reset()
        }
        reset()
        return produced
    }
}

/// UTF-8 of U+FFFD, written for every invalid sequence.
let replacementCharacter: (UInt8, UInt8, UInt8) = (0xEF, 0xBF, 0xBD)

/// UTF-16 sources (after their byte-order mark), decoded by iconv in blocks, with an offset
/// checkpoint after every block and every invalid sequence.
final class UTF16Feed: TextFeed {
    static let blockSize = 4096

    private var reader: ChunkReader
    private let converter: IconvConverter
    private let bigEndian: Bool
    private let map: DecodedOffsetMap
    let mapping: OffsetMapping
    private let input: UnsafeMutableRawBufferPointer
    private var inStart = 0
    private var inEnd = 0
    /// Source offset of `input[inStart]`.
    private var sourcePos: Int
    /// Decoded bytes produced so far.
    private var decodedPos = 0

    init(_ source: any ByteSource, bigEndian: Bool, bomLength: Int, chunkSize: Int) throws {
        converter = try IconvConverter(from: bigEndian ? "UTF-16BE" : "UTF-16LE")
        self.bigEndian = bigEndian
        reader = ChunkReader(source, from: bomLength)
        map = DecodedOffsetMap(rule: .utf16, sourceStart: bomLength)
        mapping = .decoded(map)
        sourcePos = bomLength
        input = .allocate(byteCount: max(chunkSize / 2, 64) + 8, alignment: 8)
    }

    deinit { input.deallocate() }

    func next(into dest: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        let out = UnsafeMutableRawBufferPointer(dest)
        var produced = 0
        while dest.count - produced >= 16 {
            if inEnd - inStart < 4, !reader.atEnd { try refill() }
            let available = inEnd - inStart
            if available == 0 { break }
            // Whole code units, and never a high surrogate last: iconv would keep it in its state
            // and an offset checkpoint would land inside the pair.
            var length = min(available, Self.blockSize) & ~1
            if length >= 2 {
                let unitHigh = input[inStart + length - (bigEndian ? 2 : 1)]
                if unitHigh & 0xFC == 0xD8 { length -= 2 }
            }
            if length == 0 {
                if reader.atEnd { replace(skipping: available, into: dest, at: &produced) } else { try refill() }
                map.add(decoded: decodedPos, source: sourcePos)
                continue
            }
            let r = converter.convert(UnsafeRawBufferPointer(rebasing: input[inStart..<inStart + length]),
                                      into: UnsafeMutableRawBufferPointer(rebasing: out[produced...]))
            inStart += r.consumed
            sourcePos += r.consumed
            produced += r.produced
            decodedPos += r.produced
            switch r.stop {
            case .done:
                break
            case .outputFull:
                if r.consumed == 0 { map.add(decoded: decodedPos, source: sourcePos); return produced }
            case .invalid:
                replace(skipping: min(2, inEnd - inStart), into: dest, at: &produced)
            case .incomplete:
                if length == available, reader.atEnd {
                    replace(skipping: inEnd - inStart, into: dest, at: &produced)
                } else if length == available {
                    try refill()
                }
            }
            map.add(decoded: decodedPos, source: sourcePos)
        }
        return produced
    }

    private func replace(skipping n: Int, into dest: UnsafeMutableBufferPointer<UInt8>, at produced: inout Int) {
        dest[produced] = replacementCharacter.0
        dest[produced + 1] = replacementCharacter.1
        dest[produced + 2] = replacementCharacter.2
        produced += 3
        decodedPos += 3
        inStart += n
        sourcePos += n
        converter.reset()
    }

    /// Moves the unconsumed input to the front and reads more after it.
    private func refill() throws {
        try reader.refill(input, start: &inStart, end: &inEnd)
    }
}
