/// The tokens of a Rich Text Format file (RTF 1.9.1), read in chunks: group braces, control
/// words with their numeric parameter (`\par`, `\u21776`, `\ansicpg936`), control symbols
/// (`\~`, `\*`), bytes written in hex (`\'b9`), and plain bytes.
struct RTFTokenizer {
    enum Token: Equatable {
        case groupStart, groupEnd
        case word(String, Int?)
        case symbol(UInt8)
        case hex(UInt8)
        case byte(UInt8)
    }

    private var reader: ChunkReader
    private var buffer = [UInt8](repeating: 0, count: 64 << 10)
    private var start = 0
    private var end = 0

    init(_ source: any ByteSource) {
        reader = ChunkReader(source)
    }

    /// The next token; nil at the end of the file.
    mutating func next() throws -> Token? {
        while true {
            guard let b = try peek(0) else { return nil }
            start += 1
            switch b {
            case UInt8(ascii: "{"): return .groupStart
            case UInt8(ascii: "}"): return .groupEnd
            case 0x0D, 0x0A: continue  // line ends in RTF source are not text
            case UInt8(ascii: "\\"): return try control()
            default: return .byte(b)
            }
        }
    }

    private mutating func control() throws -> Token? {
        guard let b = try peek(0) else { return nil }
        if b == UInt8(ascii: "'") {
            start += 1
            guard let h = try peek(0), let l = try peek(1), let high = ByteScanning.hexValue(h), let low = ByteScanning.hexValue(l) else { return .symbol(b) }
            start += 2
            return .hex(high << 4 | low)
        }
        guard Self.isLetter(b) else {
            start += 1
            return .symbol(b)
        }
        var name: [UInt8] = []
        while let c = try peek(0), Self.isLetter(c), name.count < 32 {
            name.append(c)
            start += 1
        }
        var parameter: Int?
        var negative = false
        if try peek(0) == UInt8(ascii: "-") {
            negative = true
            start += 1
        }
        var digits = 0
        while let c = try peek(0), c &- 0x30 < 10, digits < 10 {
            parameter = (parameter ?? 0) * 10 + Int(c - 0x30)
            start += 1
            digits += 1
        }
        if negative { parameter = parameter.map { -$0 } }
        // One space after a control word is its delimiter, not text.
        if try peek(0) == 0x20 { start += 1 }
        return .word(String(decoding: name, as: UTF8.self), parameter)
    }

    /// The byte `k` ahead of the current one, reading on as needed; nil past the end.
    private mutating func peek(_ k: Int) throws -> UInt8? {
        if start + k >= end {
            if start > 0 {
                buffer.replaceSubrange(0..<end - start, with: buffer[start..<end])
                end -= start
                start = 0
            }
            while start + k >= end {
                let n = try buffer.withUnsafeMutableBytes { try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[end...])) }
                if n == 0 { return nil }
                end += n
            }
        }
        return buffer[start + k]
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 }
}
