/// Saved e-mail: `.eml` (Outlook, Foxmail, Thunderbird "save as"), `.mht`/`.mhtml` web archives,
/// and any file that opens with a message's headers. A roster sent as an attachment, a notice
/// in the body: the parts are found through the MIME structure (RFC 2045/2046), their base64 or
/// quoted-printable undone, and each read as a file of its own (`ArchiveReader.scanMember`):
/// an `.xlsx` attachment as a workbook, the body as text or HTML, a forwarded message again as
/// mail. Findings name the part (`Location.member`): the attachment's file name (RFC 2047 and
/// 2231 forms decoded), `body.txt`, `body-2.html`, `subject.txt`, `addresses.txt` (the sender
/// and recipients, `MailAddresses`), and `message-1.eml/body.txt` in a forwarded message. The
/// message is held in memory
/// (up to `memoryLimit`); a part that cannot be read is named in one error for the message, so
/// the message is never called clean.
enum MailReader {
    static let memoryLimit = 64 << 20
    /// Multiparts and forwarded messages nested deeper than this are not opened.
    static let maximumDepth = 8
    static let maximumParts = 1000

    private static let extensions: Set<String> = ["eml", "mht", "mhtml"]
    private static let openingFields = ["return-path:", "received:", "mime-version:", "delivered-to:", "message-id:",
                                        "from:", "date:", "x-mozilla-status:", "x-account-key:"]

    /// `.eml`, `.mht`, `.mhtml`, or text that opens with a header field a message starts with
    /// and declares MIME content.
    static func isMail(_ head: [UInt8], path: String) -> Bool {
        if extensions.contains(FormatSniffer.fileExtension(path)) { return true }
        let text = String(decoding: head.prefix(8192), as: UTF8.self).lowercased()
        return openingFields.contains { text.hasPrefix($0) }
            && (text.contains("\nmime-version:") || text.hasPrefix("mime-version:")) && text.contains("\ncontent-type:")
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws {
        let bytes = try SourceBytes.whole(source, limit: memoryLimit,
                                          tooLarge: "message larger than \(memoryLimit >> 20) MiB: save its attachments to scan them")
        var walk = MailWalk()
        try walk.message(bytes, engine: engine, sink: &sink)
        try walk.unscanned.check(called: "message parts")
    }
}

/// One pass over a message's parts, noting the parts it could not read.
struct MailWalk {
    var unscanned = UnscannedParts()
    private var parts = 0
    private var forwarded = 0

    /// A message (the file, or a forwarded `message/rfc822` part, whose parts are named under
    /// `prefix`): its sender and recipients, its subject, then its parts.
    mutating func message<S: FindingSink>(_ b: [UInt8], prefix: String = "", depth: Int = 0, engine: DetectionEngine,
                                          sink: inout S) throws {
        let top = MIMEPart(b, 0..<b.count)
        // A parent's address and name in From or To are personal data as much as the body's.
        let addresses = MailAddresses.lines(of: top)
        if !addresses.isEmpty { scan(Array(addresses.utf8), named: prefix + "addresses.txt", engine: engine, sink: &sink) }
        // The subject is content (张伟的成绩单).
        if let subject = top.header("subject") {
            scan(Array("Subject: \(MIMEDecoding.headerText(subject))\n".utf8), named: prefix + "subject.txt", engine: engine,
                 sink: &sink)
        }
        var bodies = 0
        try part(top, b, prefix: prefix, bodies: &bodies, depth: depth, engine: engine, sink: &sink)
    }

    private mutating func part<S: FindingSink>(_ part: MIMEPart, _ b: [UInt8], prefix: String, bodies: inout Int, depth: Int,
                                               engine: DetectionEngine, sink: inout S) throws {
        parts += 1
        guard parts <= MailReader.maximumParts else {
            if parts == MailReader.maximumParts + 1 { unscanned.note("parts past the first \(MailReader.maximumParts)") }
            return
        }
        let type = part.contentType
        if type.hasPrefix("multipart/") {
            guard depth < MailReader.maximumDepth, let boundary = part.parameter("boundary", of: "content-type") else {
                unscanned.note("a \(type) part nested too deep or without its boundary")
                return
            }
            for range in part.parts(b, boundary: boundary) {
                try self.part(MIMEPart(b, range), b, prefix: prefix, bodies: &bodies, depth: depth + 1, engine: engine, sink: &sink)
            }
        } else if type == "message/rfc822", depth < MailReader.maximumDepth {
            forwarded += 1
            let name = part.fileName ?? "message-\(forwarded).eml"
            try message(part.decodedBody(b), prefix: prefix + name + "/", depth: depth + 1, engine: engine, sink: &sink)
        } else {
            var body = part.decodedBody(b)
            // A text body in another charset than the sniffer reads (UTF-8, GB18030): made UTF-8.
            if part.fileName == nil, type.hasPrefix("text/"), let charset = part.parameter("charset", of: "content-type"),
               !["utf-8", "us-ascii", "gb2312", "gbk", "gb18030"].contains(charset.lowercased()) {
                body = IconvConverter.utf8(body, charset: charset)
            }
            let name = part.fileName ?? Self.bodyName(type, number: { bodies += 1; return bodies }())
            scan(body, named: prefix + name, engine: engine, sink: &sink)
        }
    }

    /// `body.txt`, `body-2.html`: a body part, named by its type and its place in the message.
    private static func bodyName(_ type: String, number: Int) -> String {
        let suffix = number == 1 ? "" : "-\(number)"
        switch type {
        case "text/html": return "body\(suffix).html"
        case _ where type.hasPrefix("text/"): return "body\(suffix).txt"
        default: return "part\(suffix)"
        }
    }

    private mutating func scan<S: FindingSink>(_ bytes: [UInt8], named name: String, engine: DetectionEngine, sink: inout S) {
        ArchiveReader.scanName(of: name, engine: engine, sink: &sink)
        unscanned.attempt(name) { try ArchiveReader.scanMember(bytes, named: name, engine: engine, sink: &sink) }
    }
}
