/// Rules for the text of a PDF table's cells, which the page gives line by line.
enum PDFCellText {
    /// A cell's wrapped lines are one text. Chinese runs on without a break, and so does a
    /// number or an address (e-mail) cut where the cell was too narrow for it, unless the line
    /// above ends in a whole phone number or ID; other text is joined with a space.
    static func joined(_ head: [UInt8]?, _ tail: [UInt8]) -> [UInt8] {
        guard let head, let last = head.last, let first = tail.first else { return (head ?? []) + tail }
        if last >= 0x80 && first >= 0x80 { return head + tail }
        if isWordByte(last), isWordByte(first) {
            let digits = head.reversed().prefix { isDigit($0) }.count
            if !(isDigit(first) && [11, 15, 18].contains(digits)) { return head + tail }
        }
        return head + [0x20] + tail
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

    private static let sentenceMarks: [[UInt8]] = [Array("，".utf8), Array("。".utf8), Array("；".utf8)]

    private static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || isASCIILetter(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "@") || b == UInt8(ascii: "_")
    }
}
