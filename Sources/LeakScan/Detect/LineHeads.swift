/// What may stand at the start of a line of running text before its words: blanks (an indent),
/// a list item's number with its marker (`1.`, `2、`, `3)`, `4．`, `（5）`, `(6)`, `4号 `) or blanks
/// after it (`7  `, a code's `20250109001　`), or its bullet (`- `, `* `, `•`), a time stamp
/// (`11月3日 16:20 `), and Markdown's emphasis (`- **马皓轩**：…`).
enum LineHeads {
    /// Bytes a line's head takes at most.
    static let maximumLength = 24

    /// The start of the line that holds `i`, looked for at most `reach` bytes back: after its line
    /// feed, or `lower` when the text starts within reach; nil when the line starts further back.
    static func lineStart(before i: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int, reach: Int) -> Int? {
        let from = max(lower, i - reach)
        if let feed = ByteScanning.lastIndex(of: 0x0A, in: w, from..<i) { return feed + 1 }
        return from == lower ? lower : nil
    }

    /// Where the words of the line starting at `start` begin (at most `end`): past its head; in
    /// program code and data, past the quote (and a bracket before it) that opens a string: a
    /// list's or a table's items one a line (`    "张子涵": [112, 98],`, `("张子涵", "男", …),`).
    static func wordsStart(ofLineAt start: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = skipTreeBranches(from: skipBlanks(from: start, in: w, end: end), in: w, end: end)
        if let quote = quoteLength(at: i, in: w, end: end) { return i + quote }
        if i < end, w[i] == UInt8(ascii: "<"), let voice = voiceTagLength(at: i, in: w, end: end) { return i + voice }
        if var item = markedItemEnd(at: i, in: w, end: end) {
            // A heading's number after its marks (`## 1. 郑若曦`).
            if w[i] == UInt8(ascii: "#"), item < end, isDigit(w[item]), let numbered = markedItemEnd(at: item, in: w, end: end) { item = numbered }
            return pastOffice(skipEmphasis(from: timeStampEnd(at: item, in: w, end: end) ?? item, in: w, end: end), in: w, end: end)
        }
        if let stamp = timeStampEnd(at: i, in: w, end: end) { i = stamp }
        if i < end, isDigit(w[i]) {
            // A number and blanks, as a list's numbers stand in their own column (`3  张梓涵`),
            // or a code's (an exam list's `20250109001　熊洋　初中美术`).
            let digits = digitsEnd(from: i, in: w, end: end, atMost: codeDigits)
            if Blanks.length(at: digits, in: w, end: end) > 0 { return skipEmphasis(from: skipBlanks(from: digits, in: w, end: end), in: w, end: end) }
            // A pupil's number and an underscore before the name, as class photos are named
            // (20250031_毛振华.jpg, listed one a line).
            if digits - i >= 4, digits < end, w[digits] == UInt8(ascii: "_") { return digits + 1 }
        }
        return pastOffice(skipEmphasis(from: i, in: w, end: end), in: w, end: end)
    }

    /// The length of a WebVTT cue's voice tag opening at `i` up to its speaker's name (`<v `,
    /// `<v.teacher `: `<v 张梓涵>k表示…`, a recorded lesson's subtitles); nil when none opens there.
    static func voiceTagLength(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        guard i + 3 <= end, w[i] == UInt8(ascii: "<"), w[i + 1] == UInt8(ascii: "v"),
              w[i + 2] == 0x20 || w[i + 2] == UInt8(ascii: ".") else { return nil }
        var k = i + 2
        while k < end, k - i < voiceTagReach, w[k] != 0x20, w[k] != UInt8(ascii: ">") { k += 1 }
        return k < end && w[k] == 0x20 ? k + 1 - i : nil
    }

    /// Bytes of a voice tag's classes at most (`<v.loud.teacher `).
    private static let voiceTagReach = 32

    /// Past an office's name and the blanks after it, at `i`, when a Chinese word follows: a
    /// bulletin's or a list's line names the office a person works in before the person
    /// (`后勤处 周淑珍（豫A·…），本月违停4次`, `1. 教务处 高海燕`); `i` otherwise.
    static func pastOffice(_ i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        let run = HanRun(w, from: i, end: end, limit: officeCharacters + 1)
        let runEnd = run.offset(run.count)
        guard run.count >= 2, run.count <= officeCharacters, Blanks.length(at: runEnd, in: w, end: end) > 0 else { return i }
        let words = skipBlanks(from: runEnd, in: w, end: end)
        guard HanText.han(w, at: words, end: end) != nil, OrganisationContext.shared.isOrganisationName(w, i..<runEnd) else { return i }
        return words
    }

    /// Characters of an office's name before a person's on a line, at most (信息技术中心).
    private static let officeCharacters = 8

    /// Past a list item's number and its marker (`1.`, `2、`, `（5）`) or its bullet (`- `, `•`),
    /// and the blanks after them, at `i`; nil when none stands there.
    static func markedItemEnd(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        if i < end, isDigit(w[i]) {
            return markerEnd(at: digitsEnd(from: i, in: w, end: end), in: w, end: end)
        }
        if let open = openingBracketLength(at: i, in: w, end: end) {
            let digits = digitsEnd(from: i + open, in: w, end: end)
            guard digits > i + open, let close = closingBracketLength(at: digits, in: w, end: end) else { return nil }
            return skipBlanks(from: digits + close, in: w, end: end)
        }
        return bulletLength(at: i, in: w, end: end).map { skipBlanks(from: i + $0, in: w, end: end) }
    }

    /// Past a log's or diary's time stamp and the blanks after it, at `i`: a date (`11月3日`,
    /// `2025-11-03`, `11/3`), a time (`16:20`, `16:20:05`), or both, blanks after each (a
    /// counsellor's log, one session a line: `11月3日 16:20 丁语嫣（八年级2班）…`); nil when none.
    static func timeStampEnd(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var stamp: Int?
        if let date = dateEnd(at: i, in: w, end: end), Blanks.length(at: date, in: w, end: end) > 0 {
            stamp = skipBlanks(from: date, in: w, end: end)
        }
        let from = stamp ?? i
        if let time = timeEnd(at: from, in: w, end: end), Blanks.length(at: time, in: w, end: end) > 0 {
            stamp = skipBlanks(from: time, in: w, end: end)
        }
        return stamp
    }

    /// The end of a date at `i`: month and day (`11月3日`), or numbers joined by `-` or `/`
    /// (`2025-11-03`, `11/3`).
    private static func dateEnd(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let first = digitsEnd(from: i, in: w, end: end, atMost: 4)
        guard first > i else { return nil }
        if HanText.scalar(w, at: first, end: end) == 0x6708 {  // 月
            let day = digitsEnd(from: first + 3, in: w, end: end, atMost: 2)
            guard day > first + 3, HanText.scalar(w, at: day, end: end) == 0x65E5 else { return nil }  // 日
            return day + 3
        }
        var j = first
        var parts = 1
        while parts < 3, j < end, w[j] == UInt8(ascii: "-") || w[j] == UInt8(ascii: "/") {
            let next = digitsEnd(from: j + 1, in: w, end: end, atMost: 2)
            guard next > j + 1 else { break }
            j = next
            parts += 1
        }
        return parts >= 2 ? j : nil
    }

    /// The end of a time at `i`: hours and minutes, perhaps seconds (`9:05`, `16:20:05`).
    private static func timeEnd(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var j = digitsEnd(from: i, in: w, end: end, atMost: 2)
        guard j > i else { return nil }
        var parts = 1
        while parts < 3, j + 2 < end, w[j] == UInt8(ascii: ":"), isDigit(w[j + 1]), isDigit(w[j + 2]) {
            j += 3
            parts += 1
        }
        return parts >= 2 ? j : nil
    }

    /// Markdown's `**` or `__` (at most three) at `start`, skipped.
    static func skipEmphasis(from start: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = start
        while i < end, i - start < 3, w[i] == UInt8(ascii: "*") || w[i] == UInt8(ascii: "_") { i += 1 }
        return i
    }

    /// A list item's bullet at `i`: `-`, `*` or `+` and a blank (Markdown, plain-text notes), a
    /// Markdown heading's one to six `#` and a blank, or `•`, `●`; nil when none.
    private static func bulletLength(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        if i + 1 < end, w[i] == UInt8(ascii: "-") || w[i] == UInt8(ascii: "*") || w[i] == UInt8(ascii: "+"),
           Blanks.length(at: i + 1, in: w, end: end) > 0 { return 1 }
        if let marks = headingMarksLength(at: i, in: w, end: end) { return marks }
        guard let s = HanText.scalar(w, at: i, end: end), s == 0x2022 || s == 0x25CF else { return nil }
        return 3
    }

    /// The bytes of a Markdown heading's one to six `#` at `i`, a blank after them (`## 薛忆南`, a
    /// teacher's notes a pupil a section); nil when none stands there.
    static func headingMarksLength(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var k = i
        while k < end, w[k] == UInt8(ascii: "#"), k - i < 6 { k += 1 }
        return k > i && Blanks.length(at: k, in: w, end: end) > 0 ? k - i : nil
    }

    /// Whether the words of a line start at `i`: only its head stands between the line's start
    /// (a line feed, or `lower`) and `i`.
    static func startsWords(at i: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        if followsHead(i, in: w, lower: lower) { return true }
        // After an office's name that opens the line's words (`后勤处 周淑珍`, `pastOffice`).
        var blanksStart = i
        while blanksStart > lower, w[blanksStart - 1] == 0x20 || w[blanksStart - 1] == 0x09 { blanksStart -= 1 }
        guard blanksStart < i else { return false }
        var office = blanksStart
        while office - 3 >= lower, blanksStart - office < 3 * officeCharacters, HanText.han(w, at: office - 3, end: office) != nil { office -= 3 }
        return office < blanksStart && followsHead(office, in: w, lower: lower) && pastOffice(office, in: w, end: w.count) == i
    }

    /// Only a line's head (blanks, a number and its marker, a time stamp …) stands between the
    /// line's start and `i`.
    private static func followsHead(_ i: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var start = i
        while start > lower, w[start - 1] != 0x0A {
            guard i - start < maximumLength, mayBeInHead(w[start - 1]) else { return false }
            start -= 1
        }
        return start == i || wordsStart(ofLineAt: start, in: w, end: i) == i
    }

    /// The bytes of an opening quote at `i` (`"`, `'`), perhaps after a bracket (`("`, `['`,
    /// `{"`), or of a heading's `【`; nil when none stands there.
    static func quoteLength(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        if HanText.scalar(w, at: i, end: end) == 0x3010 { return 3 }  // 【, a heading's (【邱睿泽】)
        var j = i
        if j < end, w[j] == UInt8(ascii: "(") || w[j] == UInt8(ascii: "[") || w[j] == UInt8(ascii: "{") { j += 1 }
        guard j < end, w[j] == UInt8(ascii: "\"") || w[j] == UInt8(ascii: "'") else { return nil }
        return j + 1 - i
    }

    /// Whether `b` may be a byte of a line's head: of a blank, a digit, a bracket, a quote or a
    /// marker (the first test of `startsWords`, which most words' lines fail at once).
    @inline(__always)
    private static func mayBeInHead(_ b: UInt8) -> Bool {
        switch b {
        case 0x09, 0x20, 0x28, 0x29, 0x2E, 0x30...0x39: return true  // tab, space, `(`, `)`, `.`, digits
        case 0x22, 0x27, 0x5B, 0x7B: return true  // `"`, `'`, `[`, `{`
        case 0x2A, 0x2B, 0x2D, 0x5F, 0x23: return true  // `*`, `+`, `-`, `_`, a Markdown heading's `#`
        case 0xC2, 0xA0, 0xE3, 0x80, 0x81, 0x90, 0xEF, 0xBC, 0x88, 0x89, 0x8E: return true  // no-break and ideographic spaces, `、`, `【`, `（`, `）`, `．`
        case 0xE2, 0xA2, 0x97, 0x8F: return true  // `•`, `●`
        case 0x94, 0x82: return true  // with 0xE2, 0x80, 0x9C above: a tree's `│`, `├`, `└`, `─`
        case 0x3C, 0x76: return true  // a WebVTT voice tag's `<v`
        case 0x2F, 0x3A, 0xE5, 0xE6, 0x9C, 0xA5, 0xB7: return true  // a time stamp's `/`, `:`, 月, 日, and 号 (with 0x97, 0x88, 0x8F above)
        default: return false
        }
    }

    /// The end of a list number's marker and the blanks after it (`.`, `、`, `)`, `．`, `）`),
    /// nil when none stands at `i`.
    static func markerEnd(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let marker: Int
        if i < end, w[i] == UInt8(ascii: ".") || w[i] == UInt8(ascii: ")") {
            marker = 1
        } else if let s = HanText.scalar(w, at: i, end: end), isWideMarker(s) {
            marker = 3
        } else if HanText.scalar(w, at: i, end: end) == 0x53F7, Blanks.length(at: i + 3, in: w, end: end) > 0 {
            marker = 3  // 号 and a blank: a vote's or a draw's numbers (4号 何立新 体育组 655票)
        } else {
            return nil
        }
        return skipBlanks(from: i + marker, in: w, end: end)
    }

    /// `、`, `．` and `）`, the wide characters that mark a list's number.
    private static func isWideMarker(_ s: UInt32) -> Bool {
        s == 0x3001 || s == 0xFF0E || s == 0xFF09
    }

    /// A list's number and its marker at `i` (`2.`, `2、`, `2）`; at most three digits): the
    /// number, and where the marker and the blanks after it end; nil when none stands there.
    static func numberedItem(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> (number: Int, end: Int)? {
        let digits = digitsEnd(from: i, in: w, end: end)
        guard digits > i, digits == end || !isDigit(w[digits]), let marker = markerEnd(at: digits, in: w, end: end) else { return nil }
        return (number(w, i..<digits), marker)
    }

    /// The number of a list's item whose marker (and the spaces after it) ends at `i`, read
    /// backwards (`1.` before `钟语嫣`); nil when none ends there.
    static func itemNumber(endingAt i: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var j = i
        while j > lower, w[j - 1] == 0x20 { j -= 1 }
        if j > lower, w[j - 1] == UInt8(ascii: ".") || w[j - 1] == UInt8(ascii: ")") {
            j -= 1
        } else if j - 3 >= lower, let s = HanText.scalar(w, at: j - 3, end: j), isWideMarker(s) {
            j -= 3
        } else {
            return nil
        }
        let digitsEnd = j
        while j > lower, digitsEnd - j < numberDigits, isDigit(w[j - 1]) { j -= 1 }
        guard j < digitsEnd, j == lower || !isDigit(w[j - 1]) else { return nil }
        return number(w, j..<digitsEnd)
    }

    /// The value of the digits `w[digits]`.
    static func number(_ w: UnsafeBufferPointer<UInt8>, _ digits: Range<Int>) -> Int {
        w[digits].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// A list number has at most this many digits; a code in a list's own column, this many.
    private static let numberDigits = 3
    private static let codeDigits = 20

    private static func digitsEnd(from start: Int, in w: UnsafeBufferPointer<UInt8>, end: Int, atMost: Int = numberDigits) -> Int {
        var i = start
        while i < end, i - start < atMost, isDigit(w[i]) { i += 1 }
        return i
    }

    /// Past a `tree` listing's branches (`│   ├── `, `└── `: box-drawing characters, U+2500 to
    /// U+257F) and the blanks among and after them, at `start`.
    private static func skipTreeBranches(from start: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = start
        while let s = HanText.scalar(w, at: i, end: end), (0x2500...0x257F).contains(s) {
            i = skipBlanks(from: i + 3, in: w, end: end)
        }
        return i
    }

    static func skipBlanks(from start: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var i = start
        while case let blank = Blanks.length(at: i, in: w, end: end), blank > 0 { i += blank }
        return i
    }

    /// The bytes of an opening bracket at `i` (`(`, `（`); nil when none stands there.
    static func openingBracketLength(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        if i < end, w[i] == UInt8(ascii: "(") { return 1 }
        return HanText.scalar(w, at: i, end: end) == 0xFF08 ? 3 : nil
    }

    /// The bytes of an opening bracket that ends at `end` (`(`, `（`); nil when none does.
    static func openingBracketLength(endingAt end: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        if end - 3 >= lower, HanText.scalar(w, at: end - 3, end: end) == 0xFF08 { return 3 }
        return end - 1 >= lower && w[end - 1] == UInt8(ascii: "(") ? 1 : nil
    }

    /// The bytes of a closing bracket at `i` (`)`, `）`); nil when none stands there.
    static func closingBracketLength(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        if i < end, w[i] == UInt8(ascii: ")") { return 1 }
        return HanText.scalar(w, at: i, end: end) == 0xFF09 ? 3 : nil
    }
}
