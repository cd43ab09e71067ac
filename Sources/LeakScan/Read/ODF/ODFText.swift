/// Text inside OpenDocument paragraphs (`text:p`, `text:h`): characters, and the elements that
/// stand for white space (`text:s` with its count `text:c`, `text:tab`, `text:line-break`). A
/// line break is a tab, as in a `.docx`: a value never runs from one line into the next.
enum ODFText {
    /// The characters an empty element stands for, nil for other elements.
    static func whiteSpace(_ name: XMLName, _ attributes: XMLAttributes) -> [UInt8]? {
        if name.is("s") {
            let count = attributes.value("c").flatMap(XMLAttributes.integer) ?? 1
            return [UInt8](repeating: 0x20, count: min(max(count, 1), 1000))
        }
        if name.is("tab") || name.is("line-break") { return [0x09] }
        return nil
    }
}
