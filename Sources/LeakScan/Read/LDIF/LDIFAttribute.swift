/// One attribute line of an LDIF record (RFC 2849): `mobile: 13812345678`, `cn:: 6ZmG5pil54eV`
/// (base64, which RFC 2849 requires for any value not in ASCII: every Chinese name an
/// `ldapsearch` exports), `jpegPhoto:< file:///tmp/photo.jpg` (a reference).
struct LDIFAttribute {
    enum Encoding { case plain, base64, reference }

    /// The attribute's name as the header of its column, options (`;lang-zh`) left out.
    let header: String
    /// The same lower-cased: LDAP's attribute names are not case-sensitive.
    let key: String
    let encoding: Encoding
    /// Where the value starts, after the separator and the blanks that follow it.
    let valueStart: Int
    /// What the value is, as a column label the header keywords know; nil when the attribute's
    /// own name is all its column says.
    let label: String?
    /// The value holds no text a person wrote (the directory's bookkeeping, photos, keys, binary
    /// values): not read.
    let isSkipped: Bool

    /// A way to reach the entry's subject: a phone, an e-mail, an address.
    var isContact: Bool { Self.contacts.contains(key) }
    /// The value names the entry's subject, as vCard's FN does.
    var isName: Bool { label == Self.nameLabel }

    /// The attribute that `line` opens, nil when it opens with no attribute name and colon.
    init?(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) {
        var i = line.lowerBound
        var nameEnd: Int?
        while i < line.upperBound, t[i] != UInt8(ascii: ":") {
            guard Self.isDescriptionByte(t[i]) else { return nil }
            if t[i] == UInt8(ascii: ";"), nameEnd == nil { nameEnd = i }
            i += 1
        }
        guard i < line.upperBound, i > line.lowerBound else { return nil }
        header = String(decoding: UnsafeBufferPointer(rebasing: t[line.lowerBound..<(nameEnd ?? i)]), as: UTF8.self)
        key = header.lowercased()
        i += 1
        if i < line.upperBound, t[i] == UInt8(ascii: ":") {
            encoding = .base64
            i += 1
        } else if i < line.upperBound, t[i] == UInt8(ascii: "<") {
            encoding = .reference
            i += 1
        } else {
            encoding = .plain
        }
        while i < line.upperBound, t[i] == 0x20 { i += 1 }
        valueStart = i
        label = Self.labels[key]
        let options = String(decoding: UnsafeBufferPointer(rebasing: t[(nameEnd ?? i)..<i]), as: UTF8.self).lowercased()
        isSkipped = Self.skipped.contains(key) || options.contains(";binary")
    }

    /// The surname and given name read as one name, as vCard's N joins them (张 and 伟: 张伟).
    private init(joining surname: LDIFAttribute, _ givenName: LDIFAttribute) {
        header = "\(surname.header)+\(givenName.header)"
        key = "\(surname.key)+\(givenName.key)"
        encoding = givenName.encoding
        valueStart = givenName.valueStart
        label = Self.nameLabel
        isSkipped = false
    }

    /// This attribute, a given name, read on from the surname just before it as one name.
    func joined(after surname: LDIFAttribute) -> LDIFAttribute { LDIFAttribute(joining: surname, self) }

    /// `sn` and `givenName`, and their aliases (RFC 4519).
    var isSurname: Bool { key == "sn" || key == "surname" }
    var isGivenName: Bool { key == "givenname" || key == "gn" }

    /// An attribute description's characters: a name or OID, then options after `;`.
    private static func isDescriptionByte(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ";") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "_")
    }

    private static let nameLabel = "姓名"
    /// The person and address-book attributes of RFC 4519, RFC 2798 (inetOrgPerson) and Active
    /// Directory's user, by what the header keywords call them.
    private static let labels: [String: String] = [
        "cn": nameLabel, "commonname": nameLabel, "displayname": nameLabel, "name": nameLabel,
        "mobile": "手机", "telephonenumber": "电话", "homephone": "电话", "othertelephone": "电话", "othermobile": "手机",
        "facsimiletelephonenumber": "传真", "mail": "邮箱", "homepostaladdress": "住址", "postaladdress": "住址",
        "street": "住址", "streetaddress": "住址", "employeenumber": "工号", "employeeid": "工号",
        "o": "单位名称", "ou": "单位名称", "title": "职务",
    ]
    private static let contacts: Set<String> = [
        "mobile", "telephonenumber", "homephone", "othertelephone", "othermobile", "facsimiletelephonenumber", "mail",
        "homepostaladdress", "postaladdress", "street", "streetaddress",
    ]
    /// LDIF's own lines, binary values and what a directory keeps for itself (Active Directory's
    /// `ldifde` writes them all: counters, timestamps and 18-digit tick counts, not a person's).
    private static let skipped: Set<String> = [
        "version", "changetype", "control", "add", "replace", "delete", "newrdn", "deleteoldrdn", "newsuperior",
        "jpegphoto", "thumbnailphoto", "photo", "audio", "usercertificate", "cacertificate",
        "usersmimecertificate", "userpassword", "unicodepwd", "objectguid", "objectsid", "sidhistory",
        "whencreated", "whenchanged", "createtimestamp", "modifytimestamp", "entryuuid", "entrycsn",
        "usncreated", "usnchanged", "instancetype", "objectcategory", "dscorepropagationdata", "pwdlastset",
        "lastlogon", "lastlogontimestamp", "lastlogoff", "badpasswordtime", "badpwdcount", "logoncount",
        "accountexpires", "useraccountcontrol", "samaccounttype", "primarygroupid", "codepage", "countrycode",
    ]
}
