/// A mailbox file (mbox): Thunderbird's folder files (`Inbox`, `Sent`: no extension), `.mbox`
/// and `.mbx` exports, Unix mail spools. Messages follow one another, each opening with a
/// `From ` line after a blank line (RFC 4155); each is read as a saved message is
/// (`MailReader`): its addresses, subject, bodies and attachments decoded, their findings named
/// under the message (`message-3/body.txt`, `message-3/花名册.csv`). The file streams through:
/// one message at a time is held (up to `MailReader.memoryLimit`; a larger one is named in the
/// file's error, and the messages after it are still read).
enum MboxReader {
    private static let extensions: Set<String> = ["mbox", "mbx"]
    private static let separator = Array("From ".utf8)
    static let chunkSize = 1 << 20

    /// Opens with a `From ` line, and is named as a mailbox or has a header field on its next
    /// line (`X-Mozilla-Status: 0001`, `Return-Path: <…>`).
    static func isMbox(_ head: [UInt8], path: String) -> Bool {
        guard head.starts(with: separator) else { return false }
        if extensions.contains(FormatSniffer.fileExtension(path)) { return true }
        guard let lineEnd = head.firstIndex(of: 0x0A) else { return false }
        var i = lineEnd + 1
        while i < head.count, isAlphanumeric(head[i]) || head[i] == UInt8(ascii: "-") { i += 1 }
        return i > lineEnd + 1 && i < head.count && head[i] == UInt8(ascii: ":")
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws {
        var messages = MboxMessages()
        var reader = ChunkReader(source)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        while !reader.atEnd {
            let n = try reader.read(into: chunk)
            messages.add(UnsafeBufferPointer(rebasing: chunk.bindMemory(to: UInt8.self)[0..<n]), engine: engine, sink: &sink)
        }
        messages.finish(engine: engine, sink: &sink)
        try messages.unscanned.check(called: "messages")
    }
}

/// The messages of a mailbox, cut from its bytes line by line as they come.
private struct MboxMessages {
    var unscanned = UnscannedParts()
    private var message: [UInt8] = []
    /// The line not yet ended at the end of the last chunk.
    private var line: [UInt8] = []
    private var number = 0
    private var previousLineBlank = true
    private var tooLarge = false

    mutating func add<S: FindingSink>(_ bytes: UnsafeBufferPointer<UInt8>, engine: DetectionEngine, sink: inout S) {
        var start = 0
        while start < bytes.count {
            guard let feed = ByteScanning.firstIndex(of: 0x0A, in: bytes, start..<bytes.count) else {
                line.append(contentsOf: bytes[start...])
                // A line without end is the message's as it comes (memory stays bounded).
                if line.count >= MboxReader.chunkSize { keep(line); line.removeAll(keepingCapacity: true) }
                return
            }
            line.append(contentsOf: bytes[start...feed])
            endLine(engine: engine, sink: &sink)
            start = feed + 1
        }
    }

    mutating func finish<S: FindingSink>(engine: DetectionEngine, sink: inout S) {
        if !line.isEmpty { endLine(engine: engine, sink: &sink) }
        read(engine: engine, sink: &sink)
    }

    private mutating func endLine<S: FindingSink>(engine: DetectionEngine, sink: inout S) {
        defer { line.removeAll(keepingCapacity: true) }
        if previousLineBlank, line.starts(with: "From ".utf8) {
            read(engine: engine, sink: &sink)
            number += 1
            previousLineBlank = false
            return
        }
        previousLineBlank = line.allSatisfy { $0 == 0x0A || $0 == 0x0D }
        keep(line)
    }

    private mutating func keep(_ bytes: [UInt8]) {
        guard !tooLarge else { return }
        guard message.count + bytes.count <= MailReader.memoryLimit else {
            tooLarge = true
            message = []
            unscanned.note("\(name) (larger than \(MailReader.memoryLimit >> 20) MiB: save it as a message to scan it)")
            return
        }
        message.append(contentsOf: bytes)
    }

    private var name: String { "message-\(number)" }

    /// Reads the message gathered so far as a saved message is.
    private mutating func read<S: FindingSink>(engine: DetectionEngine, sink: inout S) {
        defer {
            message.removeAll(keepingCapacity: false)
            tooLarge = false
        }
        guard !tooLarge, message.contains(where: { $0 > 0x20 }) else { return }
        var walk = MailWalk()
        let prefix = name + "/"
        unscanned.attempt(name) { try walk.message(message, prefix: prefix, engine: engine, sink: &sink) }
        if let parts = walk.unscanned.summary(called: "parts") { unscanned.note("\(name) (\(parts))") }
    }
}
