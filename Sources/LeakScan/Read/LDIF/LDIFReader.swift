/// LDIF (RFC 2849: `.ldif`, `.ldf`, or text whose first line is `version: 1` or a `dn:`): what
/// `ldapsearch`, `slapcat` and Active Directory's `ldifde` export from a school's directory, its
/// teachers' and pupils' accounts. Each entry is a record; each attribute's value is read as a
/// table cell under a column its attribute names (`cn（姓名）`, `mobile（手机）`, `mail（邮箱）`,
/// `homePostalAddress（住址）`; an attribute of no known meaning under its own name), as vCard's
/// properties are. Folded lines are joined (a line opening with a blank goes on the one before,
/// the blank dropped) and base64 values (`cn:: 6ZmG5pil54eV`) decoded, each decoded byte located
/// at the characters it came from. A surname followed by its given name is one name (张, 伟:
/// 张伟), and the names an entry gives that say the same count once. An organisation's entry
/// (`LDIFEntrySubject`) holds the organisation's landlines, e-mails and addresses. Comments,
/// dns and references (`attr:< file:///…`) are running text; the directory's bookkeeping,
/// photos and binary values are not read.
///
/// The text goes through the buffer a line at a time; a value is kept until its last folded
/// line, or scanned in parts once it grows past a quarter of the buffer: memory stays bounded.
struct LDIFReader {
    let buffer: TextBuffer

    /// Named so, or its first line that is neither blank nor a comment is `dn:`, or `version: 1`
    /// with a `dn:` next (a YAML file, Python's logging configuration among them, may open with
    /// `version: 1` too).
    static func isLDIF(_ sample: UnsafeBufferPointer<UInt8>, fileExtension ext: String) -> Bool {
        if ext == "ldif" || ext == "ldf" { return true }
        var sawVersion = false
        var i = 0
        while i < sample.count {
            let lineEnd = ByteScanning.firstIndex(of: 0x0A, in: sample, i..<sample.count) ?? sample.count
            let start = i
            var end = lineEnd
            i = lineEnd + 1
            while end > start, [0x0D, 0x20, 0x09].contains(sample[end - 1]) { end -= 1 }
            // Blank, a comment, or a comment's folded line.
            if end == start || sample[start] == UInt8(ascii: "#") || sample[start] == 0x20 { continue }
            let line = String(decoding: UnsafeBufferPointer(rebasing: sample[start..<min(end, start + 16)]), as: UTF8.self).lowercased()
            if line.hasPrefix("dn:") { return true }
            guard !sawVersion, line.hasPrefix("version:"), line.dropFirst(8).drop(while: { $0 == " " }) == "1" else { return false }
            sawVersion = true
        }
        return false
    }

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            try LDIFLines(buffer: buffer, engine: engine, sink: sink).read()
        }
    }
}

/// The line-by-line reading behind `LDIFReader`.
final class LDIFLines<S: FindingSink> {
    private let buffer: TextBuffer
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let cursor = LineCursor()
    private let scans: BufferedTextScans
    private let columns: PropertyColumns
    private let decoded = DecodedText()
    private var base64 = LocatedBase64()
    /// The attribute being read (its lines may go on), and the decoded offset where its value starts.
    private var open: (attribute: LDIFAttribute, start: Int)?
    /// A surname read, its value still in `decoded`, held for a given name right after it.
    private var heldSurname: (attribute: LDIFAttribute, start: Int)?
    private var subject = LDIFEntrySubject()
    private var entryName = RecordName()

    init(buffer: TextBuffer, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.buffer = buffer
        self.engine = engine
        self.sink = sink
        scans = BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine)
        columns = PropertyColumns(engine: engine)
    }

    func read() throws {
        // A line too long for the buffer (a photo's base64 on one line, or no LDIF at all) ends the value.
        try scans.readLines(sink: &sink.pointee, keep: { heldSurname?.start ?? open.flatMap { $0.attribute.isSkipped ? nil : $0.start } },
                            interrupt: { finishAttribute(); releaseSurname() }, line: line)
        finishAttribute()
        finishEntry()
    }

    private func line(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var end = range.upperBound
        if end > range.lowerBound, t[end - 1] == 0x0D { end -= 1 }
        let content = range.lowerBound..<end
        // RFC 2849 folding: a line opening with one space goes on the one before, the space dropped.
        if !content.isEmpty, t[content.lowerBound] == 0x20 {
            let rest = (content.lowerBound + 1)..<content.upperBound
            if open != nil { append(t, rest) } else { scans.text(t, rest, sink: &sink.pointee) }
            return
        }
        finishAttribute()
        // A blank line ends the entry.
        guard !content.isEmpty else { return finishEntry() }
        guard t[content.lowerBound] != UInt8(ascii: "#"), let attribute = LDIFAttribute(t, content) else {
            releaseSurname()
            scans.text(t, content, sink: &sink.pointee)
            return
        }
        // An entry not ended by a blank line ends at the next dn.
        if attribute.key == "dn" { finishEntry() }
        base64.reset()
        if let surname = heldSurname, attribute.isGivenName {
            heldSurname = nil
            open = (attribute.joined(after: surname.attribute), surname.start)
        } else {
            releaseSurname()
            open = (attribute, buffer.start + attribute.valueStart)
            decoded.clear(at: buffer.start + attribute.valueStart)
        }
        append(t, attribute.valueStart..<content.upperBound)
    }

    /// Decodes a line of the open attribute's value into `decoded` (nothing for a skipped one).
    private func append(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let (reading, start) = open, !reading.isSkipped else { return }
        if reading.encoding == .base64 {
            for i in range { base64.append(t[i], at: buffer.start + i, into: decoded) }
        } else {
            decoded.append(plain: UnsafeBufferPointer(rebasing: t[range]), at: buffer.start + range.lowerBound)
        }
        if buffer.start + range.upperBound - start > buffer.capacity / 4 {
            scan(reading)
            // A base64 group cut by the line's end is decoded with the value's next line.
            let next = base64.pendingStart ?? buffer.start + range.upperBound
            open = (reading, next)
            decoded.clear(at: next)
        }
    }

    private func finishAttribute() {
        guard let (attribute, start) = open else { return }
        open = nil
        guard !attribute.isSkipped else { return }
        base64.finish(into: decoded)
        if attribute.isSurname {
            heldSurname = (attribute, start)
        } else {
            scan(attribute)
        }
    }

    /// A surname no given name followed is read on its own.
    private func releaseSurname() {
        guard let surname = heldSurname else { return }
        heldSurname = nil
        scan(surname.attribute)
    }

    private func finishEntry() {
        releaseSurname()
        engine.finishRecord(sink: &sink.pointee)
        subject = LDIFEntrySubject()
        entryName.clear()
    }

    /// Scans the decoded value: a cell under its attribute's column, or running text (a dn, a
    /// reference); an object class says whom the entry speaks for.
    private func scan(_ attribute: LDIFAttribute) {
        decoded.bytes.withUnsafeBufferPointer { value in
            var column: Unmanaged<Column>?
            switch attribute.key {
            case "objectclass":
                return subject.read(objectClass: value)
            case "dn":
                subject.read(dn: value)
            case _ where attribute.encoding == .reference:
                break
            default:
                if attribute.isName {
                    subject.read(name: value)
                    if entryName.repeats(value) { return }
                }
                column = columns.column(attribute.key, header: attribute.label.map { "\(attribute.header)（\($0)）" } ?? attribute.header,
                                        ofOrganisation: subject.isOrganisation && attribute.isContact)
            }
            scans.decoded(value, from: 0, offsetsOf: decoded, column: column, sink: &sink.pointee)
        }
    }
}
