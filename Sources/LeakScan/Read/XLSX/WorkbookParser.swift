/// A worksheet as `xl/workbook.xml` lists it, in tab order.
struct SheetEntry: Equatable {
    var name: String
    var relationshipID: String
    /// `hidden` or `veryHidden` (only visible again through VBA): a classic hiding place.
    var isHidden: Bool
}

/// Reads the `<sheet>` list of `xl/workbook.xml`.
final class WorkbookParser: XMLContentHandler {
    private(set) var sheets: [SheetEntry] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("sheet"), let id = attributes.string("id") else { return }
        let state = attributes.string("state") ?? "visible"
        sheets.append(SheetEntry(name: attributes.string("name") ?? "", relationshipID: id,
                                 isHidden: state == "hidden" || state == "veryHidden"))
    }

}
