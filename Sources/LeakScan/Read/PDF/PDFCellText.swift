/// Rules for the text of a PDF table's cells, which the page gives line by line.
enum PDFCellText {
    /// A cell's wrapped lines are one text. Chinese runs on without a break, and so does a
    /// number or an address (e-mail) cut where the cell was too narrow for it, unless the line
    /// above ends in a whole phone number or ID; other text is joined with a space.
    static func joined(_ head: [UInt8]?, _ tail: [UInt8]) -> [UInt8] {
        guard let head, let last = head.last, let first = tail.first else { return (head ?? []) + tail }
        if last >= 0x80 && first >= 0x80 { return head + tail }
        if isWordByte(last), isWordByte(first), !(isDigit(first) && endsWithWholeNumber(head)) { return head + tail }
        return head + [0x20] + tail
    }

    /// `text` ends with a run of digits as long as a whole mobile or ID (11, 15 or 18 digits):
    /// a line that ends so is not a number cut at the margin.
    static func endsWithWholeNumber(_ text: [UInt8]) -> Bool {
        [11, 15, 18].contains(text.reversed().prefix { isDigit($0) }.count)
    }

    /// Text with a Chinese comma, full stop or semicolon (，。；), or ending with a colon (a
    /// salutation, 各位家长：, under a letterhead's line), is a sentence: alone on its line under a
    /// table it is running text (a signature line, a note), not a cell.
    static func isSentence(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { b in
            sentenceMarks.contains { ByteScanning.contains($0, in: b) }
                || b.last == UInt8(ascii: ":") || b.count >= 3 && HanText.scalar(b, at: b.count - 3, end: b.count) == 0xFF1A   // ：
        }
    }

    /// The text is a part of a letterhead's line: it opens with a label and a colon (地址：…,
    /// 电话:…), or it is an organisation's name alone (郑州市第四十七中学).
    static func isLetterheadPart(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { b in
            OrganisationContext.colonAfterLabel(b, 0..<b.count) != nil || OrganisationContext.shared.isOrganisationName(b)
        }
    }

    /// The segments of a line are a form's or a letterhead's fields, however wide the blanks
    /// between them (地址：…36号　　电话：0371-…; 联系人：人事科　　李老师; 郑州市第八十二中学　　
    /// 电话：…　　地址：…): it opens with a letterhead's part and holds a label filled in. Such a
    /// line is running text, never a table's row: its labels name the values after them, and
    /// the organisation it or the line above names speaks for them.
    static func isFieldLine(_ segments: [[UInt8]]) -> Bool {
        guard let first = segments.first, isLetterheadPart(first) else { return false }
        return segments.contains(where: isFilledField)
    }

    /// A label, its colon and a value after it (电话：0371-…), not a label alone (姓名：).
    private static func isFilledField(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { b in
            guard let colon = OrganisationContext.colonAfterLabel(b, 0..<b.count) else { return false }
            return Blanks.end(from: colon + HanText.colonLength(b, at: colon), in: b, end: b.count) < b.count
        }
    }

    private static let sentenceMarks: [[UInt8]] = [Array("，".utf8), Array("。".utf8), Array("；".utf8)]

    private static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || isASCIILetter(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "@") || b == UInt8(ascii: "_")
    }
}
