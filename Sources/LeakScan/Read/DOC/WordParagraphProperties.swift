/// Whether a paragraph of a legacy Word document lies in a table, and whether it is a table
/// row's end mark (MS-DOC 2.9.176 PapxFkp): 512-byte pages of the WordDocument stream list runs
/// of paragraphs by the byte offset of their text, each with its properties as a list of sprms.
/// A table cell's paragraphs carry `sprmPFInTable` (or a table depth, `sprmPItap`), a row's end
/// mark `sprmPFTtp` as well. One page is kept.
struct WordParagraphProperties {
    struct Placement: Equatable {
        var inTable = false
        var endsRow = false
    }

    private let runs: (offsets: [Int], pages: [Int])
    private var page: (number: Int, bytes: LEBytes)?

    init(runs: (offsets: [Int], pages: [Int])) {
        self.runs = runs
    }

    /// Where the paragraph whose mark is at byte `offset` of the WordDocument stream stands.
    mutating func placement(ofMarkAt offset: Int, in document: inout CompoundFileStream) throws -> Placement {
        // The run of pages holding the offset: the last whose first offset is at or before it.
        var low = 0, high = runs.pages.count
        while low < high {
            let mid = (low + high) / 2
            if runs.offsets[mid + 1] <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < runs.pages.count, runs.offsets[low] <= offset else { return Placement() }
        let number = runs.pages[low]
        if page?.number != number {
            page = (number, try document.bytes(at: number * 512, count: 512, what: "a paragraph page"))
        }
        return Self.placement(of: offset, onPage: page!.bytes)
    }

    /// On a `PapxFkp` page: the run count in its last byte, `crun + 1` offsets, then a 13-byte
    /// entry a run whose first byte, doubled, is where its properties start (0: none).
    private static func placement(of offset: Int, onPage page: LEBytes) -> Placement {
        let runCount = page.u8(511)
        guard runCount > 0, 4 * (runCount + 1) + 13 * runCount <= 511 else { return Placement() }
        var run = -1
        for k in 0..<runCount where Int(page.u32(4 * k)) <= offset && offset < Int(page.u32(4 * (k + 1))) {
            run = k
            break
        }
        guard run >= 0 else { return Placement() }
        let at = 2 * page.u8(4 * (runCount + 1) + 13 * run)
        guard at > 0, at + 2 < 511 else { return Placement() }
        // The properties' size: 2·cb − 1 bytes after a count byte cb, or 2·cb′ after a 0 and cb′.
        var start = at + 1, size = 2 * page.u8(at) - 1
        if page.u8(at) == 0 { start = at + 2; size = 2 * page.u8(at + 1) }
        return sprms(page, from: start + 2, to: min(start + size, 511))  // after the 2-byte style index
    }

    /// Reads the sprms in `page[from..<to]`: each a 16-bit code whose top 3 bits give its
    /// operand's size.
    private static func sprms(_ page: LEBytes, from: Int, to: Int) -> Placement {
        var placement = Placement()
        var at = from
        while at + 2 <= to {
            let sprm = page.u16(at)
            at += 2
            let size: Int
            switch sprm >> 13 {
            case 0, 1: size = 1
            case 2, 4, 5: size = 2
            case 3: size = 4
            case 7: size = 3
            default:  // variable: a size byte first (sprmPChgTabs, sprmTDefTable: not paragraph marks' concern)
                guard at < to, sprm != 0xC615, sprm != 0xD608 else { return placement }
                size = 1 + page.u8(at)
            }
            guard at + size <= to else { return placement }
            let operand = size == 4 ? Int(page.u32(at)) : page.u8(at)
            switch sprm {
            case 0x2416, 0x6649: placement.inTable = placement.inTable || operand != 0  // sprmPFInTable, sprmPItap
            case 0x2417, 0x244C: placement.endsRow = placement.endsRow || operand != 0  // sprmPFTtp, sprmPFInnerTtp
            default: break
            }
            at += size
        }
        return placement
    }
}
