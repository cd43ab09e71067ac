/// One content line of a vCard (RFC 2426, RFC 6350, and the vCard 2.1 that phones still export):
/// `item1.TEL;TYPE=CELL:13812345678`, `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;…`.
struct VCardProperty {
    /// The property's name, upper-cased, without its group (`item1.`).
    let name: String
    /// Its value is quoted-printable (vCard 2.1): `=E7=8E=8B`, `=` ending a line that goes on.
    let isQuotedPrintable: Bool
    /// Where the value starts: after the first colon outside a quoted parameter.
    let valueStart: Int

    /// The property that `line` opens, nil when it has no colon.
    init?(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) {
        var i = line.lowerBound
        var inQuotes = false
        var nameEnd: Int?
        while i < line.upperBound {
            let b = t[i]
            if b == 0x22 { inQuotes.toggle() }
            if !inQuotes, b == UInt8(ascii: ";"), nameEnd == nil { nameEnd = i }
            if !inQuotes, b == UInt8(ascii: ":") { break }
            i += 1
        }
        guard i < line.upperBound else { return nil }
        let head = UnsafeBufferPointer(rebasing: t[line.lowerBound..<i])
        let fullName = String(decoding: UnsafeBufferPointer(rebasing: t[line.lowerBound..<(nameEnd ?? i)]), as: UTF8.self)
        name = String(fullName.split(separator: ".").last ?? "").uppercased()
        // `ENCODING=QUOTED-PRINTABLE`, or vCard 2.1's bare `QUOTED-PRINTABLE` parameter.
        isQuotedPrintable = String(decoding: head, as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
        valueStart = i + 1
    }

    /// What the value is, as a column label the header keywords know; nil for values read as
    /// running text (notes, custom fields) and for those not read (`skipped`).
    var label: String? {
        switch name {
        case "FN", "N", "NICKNAME", "X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME": return "姓名"
        case "TEL": return "电话"
        case "EMAIL": return "邮箱"
        case "ADR", "LABEL": return "住址"
        case "BDAY", "ANNIVERSARY": return "出生日期"
        case "ORG": return "单位名称"
        case "TITLE", "ROLE": return "职务"
        default: return nil
        }
    }

    /// Properties that hold no text a person wrote (images, keys, the card's own bookkeeping).
    var isSkipped: Bool {
        ["PHOTO", "LOGO", "SOUND", "KEY", "VERSION", "PRODID", "UID", "REV", "BEGIN", "END", "X-ANDROID-CUSTOM"].contains(name)
    }

    /// Structured values (`N`: family;given;…, `ADR`: ;;street;city;region;code;country) join
    /// their parts with nothing between: a Chinese name and address are written so (王建国).
    var joinsParts: Bool { name == "N" || name == "ADR" }
}
