/// vCard files (`.vcf`, or text that opens with `BEGIN:VCARD`): the contacts a phone, a mail
/// client or a school's messaging system exports, a parents' address book on a shared drive. Each
/// card is a record; each property's value is read as a table cell under a column its property
/// names (`TEL（电话）`, `FN（姓名）`, `BDAY（出生日期）`, `ADR（住址）`), so that a name is a name
/// under a name header and a birthday a birth date. Values are decoded first: folded lines joined
/// (a line opening with a blank goes on the one before), vCard 2.1's quoted-printable (what
/// Android's contacts export writes for every Chinese character: `=E7=8E=8B`) and vCard 3/4's
/// backslash escapes undone, each decoded byte located where it stands in the file, a value in
/// another character set (`CHARSET=GB2312`) converted. Photos and keys are not read; notes and
/// other properties are running text.
///
/// iCalendar files (`.ics`, `BEGIN:VCALENDAR`: a calendar exported from Outlook, Google or a
/// phone) are written in the same lines and read the same way, each event a record: an
/// attendee's name (`ATTENDEE;CN=刘建国:mailto:…`) under a name's column, an event's place
/// under a venue's (活动地点: the school's address is no one's home), its identifier
/// (`UID:…@google.com`, no e-mail address) and times not read, its summary and description
/// running text.
///
/// The text goes through the buffer a line at a time; a property is kept until its last folded
/// line, or scanned in parts once it grows past a quarter of the buffer: memory stays bounded.
struct VCardReader {
    let buffer: TextBuffer

    static func isVCard(_ sample: UnsafeBufferPointer<UInt8>, fileExtension ext: String) -> Bool {
        ext == "vcf" || ext == "vcard" || opens(sample, with: "BEGIN:VCARD")
    }

    static func isCalendar(_ sample: UnsafeBufferPointer<UInt8>, fileExtension ext: String) -> Bool {
        ext == "ics" || ext == "ifb" || opens(sample, with: "BEGIN:VCALENDAR")
    }

    private static func opens(_ sample: UnsafeBufferPointer<UInt8>, with line: String) -> Bool {
        let start = sample.prefix(64).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        return ByteScanning.opens(start, withFolded: Array(line.utf8))
    }

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            try VCardLines(buffer: buffer, engine: engine, sink: sink).read()
        }
    }
}

/// The line-by-line reading behind `VCardReader`.
final class VCardLines<S: FindingSink> {
    private let buffer: TextBuffer
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let cursor = LineCursor()
    private let scans: BufferedTextScans
    private let decoded = DecodedText()
    /// `decoded` converted to UTF-8, for a value in another character set.
    private let recoded = DecodedText()
    /// The property being read (its lines may go on), and the decoded offset where it starts.
    private var open: (property: VCardProperty, start: Int)?
    /// The last quoted-printable line ended in `=`: the next line goes on the value.
    private var softBreak = false
    private let columns: PropertyColumns
    /// The card being read names an organisation, not a person (`FN:郑州市第八十二中学办公室`).
    private var cardIsOrganisation = false
    /// The card's name as its first name property (FN, or N's parts joined) gave it.
    private var cardName = RecordName()

    init(buffer: TextBuffer, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.buffer = buffer
        self.engine = engine
        self.sink = sink
        scans = BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine)
        columns = PropertyColumns(engine: engine)
    }

    func read() throws {
        // A line too long for the buffer (an inline photo, or no vCard at all) ends the property.
        try scans.readLines(sink: &sink.pointee, keep: { open.flatMap { $0.property.isSkipped ? nil : $0.start } },
                            interrupt: finishProperty, line: line)
        finishProperty()
        engine.finishRecord(sink: &sink.pointee)
    }

    private func line(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var end = range.upperBound
        if end > range.lowerBound, t[end - 1] == 0x0D { end -= 1 }
        let content = range.lowerBound..<end
        if let property = open?.property {
            // RFC 6350 folding: a line opening with a blank goes on the one before, the blank
            // dropped. A quoted-printable line ending in `=` goes on the next line as it stands.
            if softBreak {
                append(t, content, property)
                return
            }
            if !content.isEmpty, t[content.lowerBound] == 0x20 || t[content.lowerBound] == 0x09 {
                append(t, (content.lowerBound + 1)..<content.upperBound, property)
                return
            }
            finishProperty()
        }
        guard !content.isEmpty else { return }
        guard let property = VCardProperty(t, content) else {
            scans.text(t, content, sink: &sink.pointee)
            return
        }
        // A card is a record (a card left without its END ends at the next BEGIN).
        if property.name == "END" || property.name == "BEGIN" {
            engine.finishRecord(sink: &sink.pointee)
            cardIsOrganisation = false
            cardName.clear()
        }
        if let person = property.commonName {
            scans.cell(t, person, column: columns.column("CN", header: "CN（姓名）", ofOrganisation: false), isNumber: false,
                       sink: &sink.pointee)
        }
        open = (property, buffer.start + property.valueStart)
        decoded.clear(at: buffer.start + property.valueStart)
        append(t, property.valueStart..<content.upperBound, property)
    }

    /// Decodes a line of the open property's value into `decoded` (nothing for a skipped property).
    private func append(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ property: VCardProperty) {
        softBreak = property.isQuotedPrintable && !range.isEmpty && t[range.upperBound - 1] == UInt8(ascii: "=")
        guard !property.isSkipped else { return }
        var i = range.lowerBound
        while i < range.upperBound {
            let b = t[i]
            if property.isQuotedPrintable, b == UInt8(ascii: "="), i + 2 < range.upperBound,
               let high = ByteScanning.hexValue(t[i + 1]), let low = ByteScanning.hexValue(t[i + 2]) {
                decoded.append(byte: high << 4 | low, from: buffer.start + i, to: buffer.start + i + 3)
                i += 3
            } else if property.isQuotedPrintable, b == UInt8(ascii: "="), i == range.upperBound - 1 {
                i += 1   // the soft line break
            } else if !property.isQuotedPrintable, b == UInt8(ascii: "\\"), i + 1 < range.upperBound {
                decoded.append(escape: UnsafeBufferPointer(rebasing: t[i..<(i + 2)]), at: buffer.start + i)
                i += 2
            } else if b == UInt8(ascii: ";"), property.joinsParts {
                i += 1
            } else {
                decoded.append(plain: UnsafeBufferPointer(rebasing: t[i..<(i + 1)]), at: buffer.start + i)
                i += 1
            }
        }
        if buffer.start + range.upperBound - (open?.start ?? 0) > buffer.capacity / 4 {
            scanDecoded(property)
            open = (property, buffer.start + range.upperBound)
            decoded.clear(at: buffer.start + range.upperBound)
        }
    }

    private func finishProperty() {
        guard let property = open?.property else { return }
        open = nil
        softBreak = false
        if !property.isSkipped { scanDecoded(property) }
    }

    /// Scans the decoded value: a cell under its property's column, or running text. A value in
    /// another character set is converted (GB2312 read as GB18030), and a finding in it spans
    /// the whole value in the file.
    private func scanDecoded(_ property: VCardProperty) {
        guard let charset = property.charset, decoded.count > 0 else { return scan(decoded, property) }
        let (start, end) = (decoded.offsets[0], decoded.offsets[decoded.count])
        recoded.clear(at: start)
        for byte in IconvConverter.utf8(decoded.bytes, charset: charset) { recoded.append(byte: byte, from: start, to: end) }
        scan(recoded, property)
    }

    private func scan(_ decoded: DecodedText, _ property: VCardProperty) {
        if property.name == "FN" {
            cardIsOrganisation = decoded.bytes.withUnsafeBufferPointer { OrganisationContext.shared.isOrganisationName($0) }
        }
        if property.name == "FN" || property.name == "N",
           decoded.bytes.withUnsafeBufferPointer({ cardName.repeats($0) }) { return }
        // Notes and summaries are running text, read in a column of no header all the same: a
        // text piece would end the card's record.
        let column = columns.column(property.name, header: property.label.map { "\(property.name)（\($0)）" },
                                    ofOrganisation: cardIsOrganisation && property.isContact || property.isVenue)
        decoded.bytes.withUnsafeBufferPointer { window in
            scans.decoded(window, from: 0, offsetsOf: decoded, column: column, sink: &sink.pointee)
        }
    }
}
