/// The columns of a reader of records of named values (vCard's cards, LDIF's entries): a column
/// per property, and another per contact property of a record that speaks for an organisation
/// (`FN:郑州市第八十二中学办公室`, an LDIF entry of `objectClass: organizationalUnit`): its
/// landlines, e-mails and addresses are the organisation's, as a letterhead's are. The columns
/// are owned here; pieces point to them unretained.
final class PropertyColumns {
    private let engine: DetectionEngine
    private var columns: [String: Column] = [:]
    private var organisationColumns: [String: Column] = [:]

    init(engine: DetectionEngine) {
        self.engine = engine
    }

    /// The column of property `key`, made with `header` the first time it is asked for (none:
    /// running text, in a cell only so that the record goes on);
    /// `ofOrganisation`: a contact property of an organisation's record, of no person (住址) and
    /// speaking for the organisation.
    func column(_ key: String, header: String?, ofOrganisation: Bool) -> Unmanaged<Column> {
        if ofOrganisation {
            if let made = organisationColumns[key] { return Unmanaged.passUnretained(made) }
            let made = Column(number: columns.count + organisationColumns.count + 1, header: header)
            made.hints = engine.hints(of: made).subtracting([.person, .name]).union(.letterhead)
            organisationColumns[key] = made
            return Unmanaged.passUnretained(made)
        }
        let made = columns[key] ?? Column(number: columns.count + 1, header: header)
        columns[key] = made
        return Unmanaged.passUnretained(made)
    }
}
