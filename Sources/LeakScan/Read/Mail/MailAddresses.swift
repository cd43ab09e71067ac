/// The sender and recipients of a message (RFC 5322's address fields), one address a line as
/// `display name <address>` (`孙丽 <sunli_1986@163.com>`, `教务处 <jwc@…>`), for the text reader:
/// a parent's address beside their name is personal data and a record, an office's is its own
/// as on a letterhead, a bare role mailbox is no one's (`EmailDetector`).
enum MailAddresses {
    /// The fields read, in the order they are listed.
    static let fields = ["from", "sender", "reply-to", "to", "cc", "bcc"]

    /// The lines for `part`'s address fields, empty when it has none.
    static func lines(of part: MIMEPart) -> String {
        var out = ""
        for field in fields {
            for header in part.headers where header.name == field {
                for address in split(header.value) {
                    out += MIMEDecoding.headerText(address) + "\n"
                }
            }
        }
        return out
    }

    /// The addresses of a field's value: split at commas outside quotes and angle brackets
    /// (`"Wang, Li" <wl@…>, 孙丽 <sl@…>`), blanks trimmed, the quotes around a display name taken
    /// off; a group's name (`家长:`) and its closing `;` as they stand.
    static func split(_ value: String) -> [String] {
        var addresses: [String] = []
        var current = ""
        var quoted = false
        var angle = false
        for c in value {
            switch c {
            case "\"": quoted.toggle(); continue
            case "<" where !quoted: angle = true
            case ">" where !quoted: angle = false
            case "," where !quoted && !angle:
                addresses.append(current)
                current = ""
                continue
            default: break
            }
            current.append(c)
        }
        addresses.append(current)
        return addresses.map(\.trimmingBlanks).filter { !$0.isEmpty }
    }
}
