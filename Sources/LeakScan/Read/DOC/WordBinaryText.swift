/// The characters of a legacy Word document as the text of its stories (`WordStory`), piece by
/// piece (`WordBinaryPieces`). A paragraph ends at its mark: a paragraph mark, or a table cell's
/// end mark; where it stands (in a table, or a table row's end) is read from its properties
/// (`WordParagraphProperties`), and it goes to the story as a paragraph of running text or of a
/// cell. A line or page break inside a paragraph is a tab, as in a `.docx`; a field's code
/// (`HYPERLINK "…"`, `PAGE`) is not text and is left out, its shown result kept. The stories
/// follow one another (body, footnotes, headers and footers, comments, endnotes, text boxes).
final class WordBinaryText<S: FindingSink> {
    private var document: CompoundFileStream
    private let pieces: WordBinaryPieces
    private var properties: WordParagraphProperties
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>

    private var story: WordStory<S>?
    private var storyIndex = -1
    private var storyEnd = 0
    /// The paragraph being read, until its mark.
    private var paragraph: [UInt8] = []
    private(set) var overflowed = false
    /// Field nesting: whether each open field is still in its code (before its separator).
    private var fields: [Bool] = []
    private var highSurrogate: UInt16?

    init(document: CompoundFileStream, pieces: WordBinaryPieces, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.document = document
        self.pieces = pieces
        properties = WordParagraphProperties(runs: pieces.paragraphRuns)
        self.engine = engine
        self.sink = sink
    }

    /// Reads every piece in order and scans the stories.
    func scan() throws {
        var character = 0
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 8192, alignment: 2)
        defer { chunk.deallocate() }
        for piece in pieces.pieces {
            let width = piece.isCompressed ? 1 : 2
            var k = 0
            while k < piece.count {
                let n = min(piece.count - k, chunk.count / width)
                guard try document.read(at: piece.offset + k * width, into: UnsafeMutableRawBufferPointer(rebasing: chunk[0..<n * width])) == n * width else {
                    throw WordBinaryPieces.corrupt("a piece is cut short")
                }
                for j in 0..<n {
                    if character >= storyEnd { try nextStory(at: character) }
                    let unit = piece.isCompressed ? WordBinaryStories.windows1252(chunk[j]) : UInt16(chunk[2 * j]) | UInt16(chunk[2 * j + 1]) << 8
                    try read(unit, at: piece.offset + (k + j) * width)
                    character += 1
                }
                k += n
            }
        }
        endStory()
    }

    private func nextStory(at character: Int) throws {
        endStory()
        repeat {
            storyIndex += 1
            storyEnd += storyIndex < pieces.storyLengths.count ? pieces.storyLengths[storyIndex] : Int.max / 2
        } while storyEnd <= character
        let name = storyIndex < WordBinaryStories.names.count ? WordBinaryStories.names[storyIndex] : nil
        story = WordStory(field: name, isLetterhead: storyIndex == WordBinaryStories.headersAndFooters, engine: engine, sink: sink)
    }

    private func endStory() {
        guard let story else { return }
        if !paragraph.isEmpty { endParagraph(placement: WordParagraphProperties.Placement(), cellMark: false) }
        story.finish()
        overflowed = overflowed || story.textOverflowed
        self.story = nil
    }

    /// One UTF-16 code unit of the text, at byte `offset` of the WordDocument stream.
    private func read(_ unit: UInt16, at offset: Int) throws {
        switch unit {
        case 0x13: fields.append(true); return
        case 0x14: if !fields.isEmpty { fields[fields.count - 1] = false }; return
        case 0x15: _ = fields.popLast(); return
        default: break
        }
        if fields.contains(true) { return }
        switch unit {
        case 0x0D, 0x07:
            endParagraph(placement: try properties.placement(ofMarkAt: offset, in: &document), cellMark: unit == 0x07)
        case 0x0B, 0x0C, 0x0E, 0x09: append(0x09)  // line, page and column breaks, tabs
        case 0x1E: append(0x2D)  // a non-breaking hyphen
        case 0..<0x20: break  // object anchors, note references, optional hyphens
        case 0xD800..<0xDC00: highSurrogate = unit
        case 0xDC00..<0xE000:
            if let high = highSurrogate { append(scalar: 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)) }
            highSurrogate = nil
        default:
            append(scalar: UInt32(unit))
        }
    }

    /// The paragraph read so far ends; it goes to the story where its properties place it.
    private func endParagraph(placement: WordParagraphProperties.Placement, cellMark: Bool) {
        guard let story else { return }
        defer { paragraph.removeAll(keepingCapacity: true) }
        if placement.inTable || cellMark {
            if placement.endsRow {
                story.endRow()
                return
            }
            story.openCell()
        } else if story.inTable {
            story.endTable()
        }
        story.startParagraph()
        paragraph.withUnsafeBufferPointer { story.append($0) }
        if cellMark { story.finishCell() }
    }

    private func append(_ byte: UInt8) {
        guard paragraph.count < CellTextBuffer.limit else { overflowed = true; return }
        paragraph.append(byte)
    }

    private func append(scalar: UInt32) {
        highSurrogate = nil
        guard let s = Unicode.Scalar(scalar) else { return }
        for b in String(Character(s)).utf8 { append(b) }
    }
}

/// What the generic `WordBinaryText` needs that a generic type cannot store.
enum WordBinaryStories {
    /// What findings outside the body say they are in, by story (`FibRgLw97`'s order).
    static let names: [String?] = [nil, "footnotes", "headers and footers", nil, "comments", "endnotes", "text boxes",
                                   "header text boxes"]
    /// The index of the headers' and footers' story.
    static let headersAndFooters = 2

    /// A compressed character: Windows-1252, whose 0x80–0x9F are typographic marks.
    static func windows1252(_ byte: UInt8) -> UInt16 {
        guard byte >= 0x80, byte < 0xA0 else { return UInt16(byte) }
        return table1252[Int(byte - 0x80)]
    }

    private static let table1252: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
