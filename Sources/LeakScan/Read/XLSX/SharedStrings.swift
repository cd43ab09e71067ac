/// The workbook's shared string table, held in one byte arena with offsets (not an array of
/// Strings): a million short strings cost their bytes plus 8 bytes each.
final class SharedStrings {
    private(set) var arena: [UInt8] = []
    /// `offsets[i]..<offsets[i + 1]` is string `i` in the arena.
    private(set) var offsets: [Int] = [0]

    var count: Int { offsets.count - 1 }

    /// Calls `body` with the bytes of string `index`; false when there is no such string.
    @inline(__always)
    func withString<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard index >= 0, index < count else { return nil }
        let range = offsets[index]..<offsets[index + 1]
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    fileprivate func append(_ text: UnsafeBufferPointer<UInt8>) { arena.append(contentsOf: text) }
    fileprivate func endString() { offsets.append(arena.count) }
}

/// Fills a `SharedStrings` from `xl/sharedStrings.xml`: each `<si>` is a plain `<t>` or rich-text
/// runs `<r><t>`, whose texts join; phonetic runs `<rPh>` (furigana) are not part of the value.
final class SharedStringsParser: XMLContentHandler {
    let strings = SharedStrings()
    /// The arena may not grow past this (the zip guards bound the part; this bounds memory).
    let limit: Int
    private(set) var overLimit = false
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    init(limit: Int) { self.limit = limit }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("t") {
            inText = inItem && phoneticDepth == 0
        } else if name.is("si") {
            inItem = true
        } else if name.is("rPh") {
            phoneticDepth += 1
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("t") {
            inText = false
        } else if name.is("si") {
            inItem = false
            strings.endString()
        } else if name.is("rPh") {
            phoneticDepth -= 1
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard inText else { return }
        guard strings.arena.count + text.count <= limit else { overLimit = true; return }
        strings.append(text)
    }
}
