/// Picks the field delimiter of a delimited text file from its first records.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ","), 0x09, UInt8(ascii: ";"), UInt8(ascii: "|")]
    static let maxRecords = 50
    /// Title lines over a header row, at most.
    static let maxTitles = 3

    /// The delimiter whose count per record is the same (or, unless `strict`, nearly always the
    /// same) and at least 1 over the first records of `text`; nil when none is. When `complete`
    /// is false the text was cut, so its last record is ignored. `minimumRecords` non-blank
    /// records are needed.
    /// A title or two over the header (`期末成绩`, then `考号,姓名,…`: what a web system's "export
    /// to Excel" writes) hold no delimiter and are not counted.
    static func sniff(_ text: UnsafeBufferPointer<UInt8>, complete: Bool, strict: Bool, minimumRecords: Int = 1) -> UInt8? {
        var best: (delimiter: UInt8, fields: Int)?
        for d in candidates {
            var counts = perRecordCounts(of: d, in: text, complete: complete)
            let titles = counts.prefix(maxTitles).prefix { $0 == 0 }.count
            if titles < counts.count { counts.removeFirst(titles) }
            guard counts.count >= minimumRecords, !counts.isEmpty else { continue }
            var frequency: [Int: Int] = [:]
            for c in counts { frequency[c, default: 0] += 1 }
            guard let (mode, times) = frequency.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key < $1.key }),
                  mode >= 1 else { continue }
            let consistent = strict ? times == counts.count : times * 10 >= counts.count * 8 && counts[0] == mode
            guard consistent else { continue }
            if best == nil || mode > best!.fields { best = (d, mode) }
        }
        return best?.delimiter
    }

    /// A text of short lines, a value each, at least three (the names of a class, the phones of
    /// its parents, copied out of a sheet into a `.txt`): a table of one column, read so that
    /// its values stand in a column (a label above them names it, and a column mostly of names
    /// is one). A line is short when it has at most `shortLine` characters; when the text was cut
    /// (not `complete`), its last line is not judged. Lines of prose, half of them or more, are
    /// no column but running text: a label and its value (电话：…, a form's or a short notice's)
    /// or a sentence's punctuation (定于周五开家长会。), which a sheet's values do not hold; nor
    /// are lines of fields set apart by blanks, a Chinese word of two characters or more before
    /// them (`张子涵 13850917734`, `张子涵 高一(3)班 哮喘`: a list typed or pasted from a chat,
    /// read as text, where a name opening each line is found), nor the items of a numbered or
    /// bulleted list (a 接龙's `1. 张子涵`). A name padded inside (`王  芳`)
    /// or a phone's groups (`138 1234 5678`) are one value.
    static func isOneColumn(_ text: UnsafeBufferPointer<UInt8>, complete: Bool) -> Bool {
        let judged = complete ? text.count : (ByteScanning.lastIndex(of: 0x0A, in: text, 0..<text.count).map { $0 + 1 } ?? 0)
        var lines = 0
        var proseLines = 0
        var characters = 0
        var prose = false
        // The blank-free part of the line being read: its characters, whether it holds Han, and
        // whether a Chinese word of two characters or more ended before a blank.
        var partCharacters = 0
        var partHan = false
        var wordEnded = false
        for i in 0..<judged {
            let b = text[i]
            if b == 0x0A {
                if characters > 0 { lines += 1 }
                if prose { proseLines += 1 }
                characters = 0
                prose = false
                (partCharacters, partHan, wordEnded) = (0, false, false)
            } else if b != 0x0D, b & 0xC0 != 0x80 {  // a character's first byte
                // A list's items (`1. 张子涵`, `2、王梓萱`, `- 刘浩然`) are text, read line by line.
                if characters == 0, LineHeads.markedItemEnd(at: i, in: text, end: judged) != nil { prose = true }
                characters += 1
                if characters > shortLine { return false }
                if b == 0x20 || b == 0x09 || b == 0xE3 && HanText.scalar(text, at: i, end: judged) == 0x3000 {
                    wordEnded = wordEnded || partCharacters >= 2 && partHan
                    (partCharacters, partHan) = (0, false)
                    continue
                }
                partCharacters += 1
                partHan = partHan || b >= 0xE0
                prose = prose || wordEnded
                    || characters > 1 && (isLabelColon(text, at: i, end: judged) || isSentenceMark(text, at: i, end: judged))
            }
        }
        if characters > 0 { lines += 1 }
        if prose { proseLines += 1 }
        return lines >= 3 && proseLines * 2 < lines
    }

    /// A colon that ends a label stands at `i`: `：`, or `:` not after a digit (09:30 is a time).
    private static func isLabelColon(_ text: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        HanText.isColon(text, at: i, end: end) && !(text[i] == UInt8(ascii: ":") && i > 0 && isDigit(text[i - 1]))
    }

    /// A mark of a sentence stands at `i`: 。，！？ or ；.
    private static func isSentenceMark(_ text: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard let s = HanText.scalar(text, at: i, end: end) else { return false }
        return s == 0x3002 || s == 0xFF0C || s == 0xFF01 || s == 0xFF1F || s == 0xFF1B
    }

    /// Characters a line of a one-column text has at most (an ID has 18).
    static let shortLine = 20

    /// Delimiter count outside quotes for each non-blank record.
    static func perRecordCounts(of d: UInt8, in text: UnsafeBufferPointer<UInt8>, complete: Bool) -> [Int] {
        var counts: [Int] = []
        var inQuotes = false
        var count = 0
        var blank = true
        var i = 0
        while i < text.count, counts.count < maxRecords {
            let b = text[i]
            if b == 0x22 {
                inQuotes.toggle()
                blank = false
            } else if !inQuotes {
                if b == d { count += 1; blank = false } else if b == 0x0A {
                    if !blank { counts.append(count) }
                    count = 0; blank = true
                } else if b != 0x0D { blank = false }
            }
            i += 1
        }
        if i == text.count, complete, !blank, counts.count < maxRecords { counts.append(count) }
        return counts
    }
}
