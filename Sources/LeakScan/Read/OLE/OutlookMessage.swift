/// An Outlook message saved as a file (`.msg`, MS-OXMSG): a compound file whose root streams
/// hold the message's properties (`__substg1.0_` then the property's tag and type in hex:
/// `0037001F` the subject in UTF-16, `1000001F` the body), a storage per recipient
/// (`__recip_version1.0_#00000000`) and per attachment (`__attach_version1.0_#00000000`).
///
/// The message is read as a saved `.eml` is (`MailWalk`): its sender and recipients, subject and
/// body are written out as an RFC 5322 message (the transport headers it kept, when it kept
/// them), findings located in that text; each attachment is read as a file of its own, named
/// by its file name. An attachment that is a message itself (an `.msg` forwarded as an item)
/// is named in the message's error, not opened.
enum OutlookMessage {
    /// The prefix of a property's stream.
    static let propertyPrefix = "__substg1.0_"
    private static let recipientPrefix = "__recip_version1.0_#"
    private static let attachmentPrefix = "__attach_version1.0_#"

    static func scan<S: FindingSink>(_ file: CompoundFileDirectory, engine: DetectionEngine, sink: inout S) throws {
        var walk = MailWalk()
        try walk.message(try rfc5322(file), engine: engine, sink: &sink)
        for label in file.storageLabels.sorted() where label.hasPrefix(attachmentPrefix) {
            guard let attachment = try file.storage(labelled: label) else { continue }
            let name = try text(attachment, 0x3707) ?? text(attachment, 0x3704) ?? text(attachment, 0x3001) ?? label
            ArchiveReader.scanName(of: name, engine: engine, sink: &sink)
            walk.unscanned.attempt(name) {
                guard let data = try attachment.streamBytes(labelled: stream(0x3701, type: "0102"), limit: ArchiveReader.memberLimit) else {
                    if attachment.storageLabels.contains(where: { $0.hasPrefix(propertyPrefix) }) {
                        throw ScanError(.unsupported("a message attached as an Outlook item (save it to scan it)"))
                    }
                    return
                }
                try ArchiveReader.scanMember(data, named: name, engine: engine, sink: &sink)
            }
        }
        try walk.unscanned.check(called: "message parts")
    }

    /// The message as the lines of a saved one: its transport headers when it kept them (a
    /// message received), else From, To, Cc and Subject made from its properties; then its body,
    /// plain text or else HTML.
    static func rfc5322(_ file: CompoundFileDirectory) throws -> [UInt8] {
        var head = ""
        if let headers = try text(file, 0x007D), headers.lowercased().contains("from:") {
            // The body is written out below as this text has it: the headers' own MIME
            // structure would say otherwise.
            head = headers.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.lowercased().hasPrefix("content-") && !$0.lowercased().hasPrefix("mime-version") }
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        } else {
            let sender = try address(name: text(file, 0x0C1A) ?? text(file, 0x0042),
                                     email: text(file, 0x5D01) ?? text(file, 0x0C1F) ?? text(file, 0x0065))
            if let sender { head += "From: \(sender)\n" }
            var to: [String] = [], cc: [String] = []
            for label in file.storageLabels.sorted() where label.hasPrefix(recipientPrefix) {
                guard let recipient = try file.storage(labelled: label),
                      let written = try address(name: text(recipient, 0x3001), email: text(recipient, 0x39FE) ?? text(recipient, 0x3003))
                else { continue }
                // PR_RECIPIENT_TYPE: 1 To, 2 Cc, 3 Bcc (in the recipient's property stream).
                (try recipientType(recipient) == 2 ? { cc.append(written) } : { to.append(written) })()
            }
            if to.isEmpty, let display = try text(file, 0x0E04) { to.append(display) }
            if !to.isEmpty { head += "To: \(to.joined(separator: ", "))\n" }
            if !cc.isEmpty { head += "Cc: \(cc.joined(separator: ", "))\n" }
            if let subject = try text(file, 0x0037) { head += "Subject: \(subject)\n" }
        }
        if let body = try text(file, 0x1000) {
            return Array((head + "Content-Type: text/plain; charset=utf-8\n\n" + body).utf8)
        }
        if let html = try file.streamBytes(labelled: stream(0x1013, type: "0102"), limit: MailReader.memoryLimit) {
            return Array((head + "Content-Type: text/html\n\n").utf8) + html
        }
        return Array((head + "\n").utf8)
    }

    /// `name <email>`, or the one given; nil for neither.
    private static func address(name: String?, email: String?) -> String? {
        switch (name, email) {
        case let (name?, email?) where name != email: return "\(name) <\(email)>"
        case let (_, email?): return email
        case let (name?, nil): return name
        default: return nil
        }
    }

    /// A string property of `tag`: Unicode (`001F`), or 8-bit (`001E`, in the code page of
    /// Chinese Windows: GBK); nil when the message has neither, or it is empty.
    private static func text(_ file: CompoundFileDirectory, _ tag: Int) throws -> String? {
        if let units = try file.streamBytes(labelled: stream(tag, type: "001F"), limit: MailReader.memoryLimit) {
            let text = LEBytes(units[...]).utf16(0, units.count).trimmingCharacters(in: ["\0"])
            return text.isEmpty ? nil : text
        }
        if let bytes = try file.streamBytes(labelled: stream(tag, type: "001E"), limit: MailReader.memoryLimit) {
            let text = String(decoding: IconvConverter.utf8(bytes, charset: "GB18030"), as: UTF8.self).trimmingCharacters(in: ["\0"])
            return text.isEmpty ? nil : text
        }
        return nil
    }

    /// PR_RECIPIENT_TYPE (0x0C15) from a recipient's fixed-size properties: after an 8-byte
    /// header, 16 bytes each (tag and type, flags, value).
    private static func recipientType(_ recipient: CompoundFileDirectory) throws -> Int {
        guard let properties = try recipient.streamBytes(labelled: "__properties_version1.0", limit: 1 << 20) else { return 1 }
        var at = 8
        while at + 16 <= properties.count {
            let tag = Int(properties[at + 2]) | Int(properties[at + 3]) << 8
            if tag == 0x0C15 { return Int(properties[at + 8]) }
            at += 16
        }
        return 1
    }

    private static func stream(_ tag: Int, type: String) -> String {
        propertyPrefix + String(format: "%04X", tag) + type
    }
}
