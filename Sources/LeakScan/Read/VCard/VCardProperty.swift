/// One content line of a vCard (RFC 2426, RFC 6350, and the vCard 2.1 that phones still export):
/// `item1.TEL;TYPE=CELL:13812345678`, `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;…`;
/// or of an iCalendar file (RFC 5545 took vCard's lines): `ATTENDEE;CN=刘建国:mailto:ljg@126.com`.
struct VCardProperty {
    /// The property's name, upper-cased, without its group (`item1.`).
    let name: String
    /// Its value is quoted-printable (vCard 2.1): `=E7=8E=8B`, `=` ending a line that goes on.
    let isQuotedPrintable: Bool
    /// Where the value starts: after the first colon outside a quoted parameter.
    let valueStart: Int
    /// The character set of the value's quoted-printable bytes when it names one other than
    /// UTF-8 (`CHARSET=GB2312`, what older Chinese phones write), upper-cased. A value written
    /// as bytes (Outlook's `FN;CHARSET=gb2312:刘佳怡` in GBK) was decoded with the whole file:
    /// its parameter is kept out, or its text would be converted twice and lost.
    let charset: String?
    /// What the value is, as a column label the header keywords know; nil for values read as
    /// running text (notes, custom fields) and for those not read (`isSkipped`).
    let label: String?
    /// The property holds no text a person wrote (images, keys, the card's own bookkeeping).
    let isSkipped: Bool
    /// Structured values (`N`: family;given;…, `ADR`: ;;street;city;region;code;country) join
    /// their parts with nothing between: a Chinese name and address are written so (王建国).
    let joinsParts: Bool
    /// Where the `CN` parameter's value stands (its quotes left out): the person an iCalendar
    /// event's organiser or attendee is, whose address is the value. Nil when it only repeats
    /// an address (`CN=ljg@126.com`, as Outlook writes it).
    let commonName: Range<Int>?

    /// A way to reach the card's subject: a phone, an e-mail, an address.
    var isContact: Bool { Self.contacts.contains(name) }
    /// An iCalendar event's place: a venue (the school, a hall), whose address is its own.
    var isVenue: Bool { name == "LOCATION" }

    /// The property that `line` opens, nil when it has no colon.
    init?(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) {
        var i = line.lowerBound
        var inQuotes = false
        var nameEnd: Int?
        var parameterStarts: [Int] = []
        while i < line.upperBound {
            let b = t[i]
            if b == 0x22 { inQuotes.toggle() }
            if !inQuotes, b == UInt8(ascii: ";") {
                if nameEnd == nil { nameEnd = i }
                parameterStarts.append(i + 1)
            }
            if !inQuotes, b == UInt8(ascii: ":") { break }
            i += 1
        }
        guard i < line.upperBound else { return nil }
        commonName = Self.commonName(t, parameterStarts: parameterStarts, end: i)
        let head = UnsafeBufferPointer(rebasing: t[line.lowerBound..<i])
        let fullName = String(decoding: UnsafeBufferPointer(rebasing: t[line.lowerBound..<(nameEnd ?? i)]), as: UTF8.self)
        name = String(fullName.split(separator: ".").last ?? "").uppercased()
        // `ENCODING=QUOTED-PRINTABLE`, or vCard 2.1's bare `QUOTED-PRINTABLE` parameter.
        let parameters = String(decoding: head, as: UTF8.self).uppercased()
        isQuotedPrintable = parameters.contains("QUOTED-PRINTABLE")
        charset = !isQuotedPrintable ? nil : parameters.split(separator: ";").first { $0.hasPrefix("CHARSET=") }
            .map { String($0.dropFirst(8)).trimmingCharacters(in: ["\""]) }
            .flatMap { ["UTF-8", "UTF8", "US-ASCII", "ASCII"].contains($0) ? nil : $0 }
        valueStart = i + 1
        label = Self.labels[name]
        isSkipped = Self.skipped.contains(name)
        joinsParts = name == "N" || name == "ADR"
    }

    /// The value of the first `CN=` among the parameters starting at `parameterStarts` (each
    /// ends at the next one's `;`, the last at `end`), without its quotes; nil for an address.
    private static func commonName(_ t: UnsafeBufferPointer<UInt8>, parameterStarts: [Int], end: Int) -> Range<Int>? {
        for (n, start) in parameterStarts.enumerated() {
            guard ByteScanning.opens(UnsafeBufferPointer(rebasing: t[start..<end]), withFolded: Array("CN=".utf8)) else { continue }
            var value = (start + 3)..<(n + 1 < parameterStarts.count ? parameterStarts[n + 1] - 1 : end)
            if value.count >= 2, t[value.lowerBound] == 0x22, t[value.upperBound - 1] == 0x22 {
                value = (value.lowerBound + 1)..<(value.upperBound - 1)
            }
            return value.isEmpty || t[value].contains(UInt8(ascii: "@")) ? nil : value
        }
        return nil
    }

    private static let labels: [String: String] = [
        "FN": "姓名", "N": "姓名", "NICKNAME": "姓名", "X-PHONETIC-FIRST-NAME": "姓名", "X-PHONETIC-LAST-NAME": "姓名",
        "TEL": "电话", "EMAIL": "邮箱", "ADR": "住址", "LABEL": "住址", "BDAY": "出生日期",
        "ORG": "单位名称", "TITLE": "职务", "ROLE": "职务",
        // iCalendar: an event's place is a venue, not anyone's home; its people are addresses.
        "LOCATION": "活动地点", "ORGANIZER": "邮箱", "ATTENDEE": "邮箱", "CONTACT": "联系人",
    ]
    private static let contacts: Set<String> = ["TEL", "EMAIL", "ADR", "LABEL"]
    private static let skipped: Set<String> = ["PHOTO", "LOGO", "SOUND", "KEY", "VERSION", "PRODID", "UID", "REV", "BEGIN",
                                               "END", "X-ANDROID-CUSTOM",
                                               // iCalendar's times, rules and bookkeeping: a
                                               // DTSTART is an event's, an attachment a file's.
                                               "DTSTAMP", "DTSTART", "DTEND", "DUE", "CREATED", "LAST-MODIFIED",
                                               "RECURRENCE-ID", "EXDATE", "RDATE", "RRULE", "EXRULE", "SEQUENCE",
                                               "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "TZURL", "STATUS",
                                               "TRANSP", "CLASS", "CALSCALE", "METHOD", "ACTION", "TRIGGER",
                                               "DURATION", "PRIORITY", "GEO", "ATTACH", "FREEBUSY"]
}
