/// Whom an LDIF entry speaks for: an organisation, whose landlines, e-mails and addresses are its
/// own (a school's `ou=教务处` entry, its `telephoneNumber` the office's), or a person. Read from
/// the entry's dn, its object classes and its name as each comes; every exporter writes the dn
/// first and the object classes right after it.
struct LDIFEntrySubject {
    /// The dn opens with `o=` or `ou=`: the entry is an organisation's, unless a person's class says otherwise.
    private var dnNamesOrganisation = false
    private var hasOrganisationClass = false
    private var hasPersonClass = false
    /// A name that is an organisation's (`cn: 郑州市第八十二中学办公室`), as a vCard's FN may be.
    private var nameIsOrganisations = false

    var isOrganisation: Bool { hasOrganisationClass || nameIsOrganisations || (dnNamesOrganisation && !hasPersonClass) }

    mutating func read(dn: UnsafeBufferPointer<UInt8>) {
        let rdn = String(decoding: dn.prefix(3), as: UTF8.self).lowercased()
        dnNamesOrganisation = rdn.hasPrefix("o=") || rdn == "ou="
    }

    mutating func read(objectClass: UnsafeBufferPointer<UInt8>) {
        let name = String(decoding: objectClass[trimmedBlanks(objectClass, 0..<objectClass.count)], as: UTF8.self).lowercased()
        if Self.organisationClasses.contains(name) { hasOrganisationClass = true }
        if Self.personClasses.contains(name) { hasPersonClass = true }
    }

    mutating func read(name: UnsafeBufferPointer<UInt8>) {
        if OrganisationContext.shared.isOrganisationName(name) { nameIsOrganisations = true }
    }

    private static let organisationClasses: Set<String> = ["organization", "organizationalunit"]
    /// RFC 4519's and RFC 2798's person classes, and Active Directory's user and contact.
    private static let personClasses: Set<String> = ["person", "organizationalperson", "inetorgperson", "residentialperson",
                                                     "user", "contact"]
}
