/// A worksheet as `xl/workbook.xml` lists it, in tab order.
struct SheetEntry: Equatable {
    var name: String
    var relationshipID: String
    /// `hidden` or `veryHidden` (only visible again through VBA): a classic hiding place.
    var isHidden: Bool
}

/// Reads the `<sheet>` list of `xl/workbook.xml`, and the defined names that hold a text of
/// their own (`<definedName name="负责人">"王芳"</definedName>`: Formulas › Name Manager, a
/// constant no cell shows).
final class WorkbookParser: XMLContentHandler {
    private(set) var sheets: [SheetEntry] = []
    private(set) var constants: [(name: String, text: [UInt8])] = []
    /// The workbook counts its dates' days from 1904 (`<workbookPr date1904="1"/>`).
    private(set) var date1904 = false
    private var definedName: String?
    private var text: [UInt8] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("workbookPr") {
            date1904 = attributes.flag("date1904")
            return
        }
        if name.is("definedName") {
            definedName = attributes.string("name")
            text.removeAll()
            return
        }
        guard name.is("sheet"), let id = attributes.string("id") else { return }
        let state = attributes.string("state") ?? "visible"
        sheets.append(SheetEntry(name: attributes.string("name") ?? "", relationshipID: id,
                                 isHidden: state == "hidden" || state == "veryHidden"))
    }

    override func endElement(_ name: XMLName) {
        guard name.is("definedName"), let definedName else { return }
        self.definedName = nil
        // A text constant is quoted (`"王芳"`); a range (`名单!$A$1:$A$9`) or a formula is not.
        guard text.count > 2, text.first == UInt8(ascii: "\""), text.last == UInt8(ascii: "\"") else { return }
        constants.append((definedName, Array(text.dropFirst().dropLast())))
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if definedName != nil, text.count < Self.constantLimit { text.append(contentsOf: bytes) }
    }

    /// A constant's text kept at most (Excel allows 255 characters).
    private static let constantLimit = 4096
}
