/// An annotation of a PDF page that holds text, as poppler-glib reads it from the document: a
/// comment, a text box or a filled form field, with its box on the page in points (as a
/// word's, `top` above `bottom`).
struct PDFAnnotation {
    enum Kind: Equatable {
        /// A comment (a sticky note, a highlight's note): its text shows in a pop-up window only.
        case comment
        /// A text box: its text is drawn on the page.
        case textBox
        /// A form field, named by `label`: its value is drawn on the page.
        case field(label: String)
    }

    var kind: Kind
    var text: [UInt8]
    var left, top, right, bottom: Double

    /// What a form field's value is read under: its name, and its tooltip after it as SQL's
    /// column comments are (`xm（学生姓名）`), the tooltip saying what a name such as `xm` or
    /// `Text1` does not, the name being what a form editor lists.
    static func fieldLabel(name: String, tooltip: String) -> String {
        if tooltip.isEmpty || tooltip == name { return name.isEmpty ? "form field" : name }
        return name.isEmpty ? tooltip : "\(name)（\(tooltip)）"
    }

    /// Whether `word`'s middle lies in the annotation's box.
    func holds(_ word: PDFWord) -> Bool {
        let x = (word.left + word.right) / 2
        return x >= left && x <= right && word.middle >= top && word.middle <= bottom
    }
}
