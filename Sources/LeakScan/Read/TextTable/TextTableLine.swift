/// How the cells of a text table's lines are set apart.
enum TextTableSeparator {
    /// `|` (Markdown tables, `| 姓名 | 电话 |`): empty cells stand as they are.
    case pipe
    /// Each tab (a tab-separated export, a list typed in Word): empty cells stand as they are.
    case tab
    /// A tab, or two blanks or more (fixed-width exports, Excel's space-delimited `.prn`, text
    /// aligned by hand): one blank stays inside a cell (`No. 12`, `姓　名`).
    case wideBlank
    /// Any blank (`序号 姓名 性别`).
    case blank
}

/// One cell of a line of a text table: its bytes in the buffer's text, and where it stands on
/// screen, in display columns counted two ways: a Chinese character two columns wide (what
/// fixed-width exports align by: a GBK character is two bytes, and two columns in a terminal),
/// and one wide (what tools that pad by characters align by).
struct TextTableCell {
    var bytes: Range<Int>
    var wide: Range<Int>
    var narrow: Range<Int>
    /// The blanks before the cell set cells apart in a table aligned by wide blanks (a tab, or
    /// two blanks or more).
    var followsWideBlank = false

    var isEmpty: Bool { bytes.isEmpty }

    /// `self` run on to the end of `next`.
    func joined(to next: TextTableCell) -> TextTableCell {
        TextTableCell(bytes: bytes.lowerBound..<next.bytes.upperBound, wide: wide.lowerBound..<next.wide.upperBound,
                      narrow: narrow.lowerBound..<next.narrow.upperBound, followsWideBlank: followsWideBlank)
    }
}

/// Splits the lines of text tables into cells.
enum TextTableLine {
    /// The cells of the line `t[range]` (no line feed; a carriage return ends it) set apart by
    /// `separator`, their blanks trimmed. With `.pipe` and `.tab`, empty cells are kept (the
    /// text before the first `|` and after the last is a cell only when it is not blank: those
    /// bars are the table's border).
    static func cells(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separator: TextTableSeparator) -> [TextTableCell] {
        switch separator {
        case .pipe: return delimitedCells(t, range, by: UInt8(ascii: "|"))
        case .tab: return delimitedCells(t, range, by: 0x09)
        case .blank: return pieces(t, range)
        case .wideBlank: return joinedAtSingleBlanks(pieces(t, range))
        }
    }

    /// `pieces` joined where one blank sets them apart: the cells of a table aligned by wide blanks.
    static func joinedAtSingleBlanks(_ pieces: [TextTableCell]) -> [TextTableCell] {
        var cells: [TextTableCell] = []
        cells.reserveCapacity(pieces.count)
        for piece in pieces {
            if let last = cells.last, !piece.followsWideBlank {
                cells[cells.count - 1] = last.joined(to: piece)
            } else {
                cells.append(piece)
            }
        }
        return cells
    }

    /// The runs of text between blanks (space, tab, ideographic space U+3000) of the line
    /// `t[range]`.
    static func pieces(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [TextTableCell] {
        var pieces: [TextTableCell] = []
        var wide = 0, narrow = 0
        var i = range.lowerBound
        let end = lineEnd(t, range)
        // The piece being read; the blanks since the last one, and whether one was a tab.
        var open: TextTableCell?
        var blanks = 0, sawTab = false
        while i < end {
            let b = t[i]
            if b == 0x20 {
                // A run of spaces at once: fixed-width text is mostly padding.
                var j = i + 1
                while j < end, t[j] == 0x20 { j += 1 }
                blanks += j - i
                wide += j - i
                narrow += j - i
                i = j
                continue
            }
            let (length, columns) = character(t, at: i, end: end, columns: (wide, narrow))
            if b == 0x09 || isIdeographicSpace(t, i, length) {
                blanks += 1
                sawTab = sawTab || b == 0x09
            } else {
                if open == nil || blanks > 0 {
                    if let piece = open { pieces.append(piece) }
                    open = TextTableCell(bytes: i..<i, wide: wide..<wide, narrow: narrow..<narrow, followsWideBlank: blanks >= 2 || sawTab)
                    blanks = 0
                    sawTab = false
                }
                // The piece runs on over this character.
                open!.bytes = open!.bytes.lowerBound..<(i + length)
                open!.wide = open!.wide.lowerBound..<(wide + columns.wide)
                open!.narrow = open!.narrow.lowerBound..<(narrow + columns.narrow)
            }
            wide += columns.wide
            narrow += columns.narrow
            i += length
        }
        if let piece = open { pieces.append(piece) }
        return pieces
    }

    /// The cells between `delimiter`s of the line `t[range]`, blanks trimmed, empty ones kept
    /// (but a blank start or end before the first `|` or after the last). Where they stand on
    /// screen is not worked out: such cells stand in order (`TextTableHeader.row`).
    private static func delimitedCells(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, by delimiter: UInt8) -> [TextTableCell] {
        var cells: [TextTableCell] = []
        let end = lineEnd(t, range)
        let bordered = delimiter == UInt8(ascii: "|")
        var start = range.lowerBound
        var sawDelimiter = false
        while start <= end {
            let next = ByteScanning.firstIndex(of: delimiter, in: t, start..<end) ?? end
            let text = trimmedBlanks(t, start..<next)
            if !text.isEmpty {
                cells.append(TextTableCell(bytes: text, wide: 0..<0, narrow: 0..<0))
            } else if !bordered || sawDelimiter && next < end {
                cells.append(TextTableCell(bytes: next..<next, wide: 0..<0, narrow: 0..<0))
            }
            sawDelimiter = true
            start = next + 1
        }
        return cells
    }

    /// The end of the line `t[range]` without its carriage return.
    private static func lineEnd(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        range.upperBound > range.lowerBound && t[range.upperBound - 1] == 0x0D ? range.upperBound - 1 : range.upperBound
    }

    private static func isIdeographicSpace(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
        length == 3 && t[i] == 0xE3 && t[i + 1] == 0x80 && t[i + 2] == 0x80
    }

    /// Whether `t[range]` rules a table off: only dashes, equals signs, `+`, `|`, `:`, box-drawing
    /// characters and blanks, three marks or more (`|---|:--|`, `+----+`, `──────`).
    static func isRule(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var marks = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let b = t[i]
            switch b {
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: "_"):
                marks += 1
                i += 1
            case 0x20, 0x09, 0x0D:
                i += 1
            // U+2500–U+257F box drawing (E2 94 80 – E2 95 BF), U+2014 em dash (E2 80 94).
            case 0xE2 where i + 2 < range.upperBound
                && ((t[i + 1] == 0x94 || t[i + 1] == 0x95) || (t[i + 1] == 0x80 && t[i + 2] == 0x94)):
                marks += 1
                i += 3
            default:
                return false
            }
        }
        return marks >= 3
    }

    /// The byte length of the character at `i`, and its width in display columns both ways;
    /// a tab moves to the next multiple of 8 from where it stands (`columns`), as terminals do.
    private static func character(_ t: UnsafeBufferPointer<UInt8>, at i: Int, end: Int,
                                  columns: (wide: Int, narrow: Int)) -> (length: Int, columns: (wide: Int, narrow: Int)) {
        let b = t[i]
        if b == 0x09 { return (1, (8 - columns.wide % 8, 8 - columns.narrow % 8)) }
        if b < 0x80 { return (1, (1, 1)) }
        if b < 0xE0 { return (min(2, end - i), (1, 1)) }
        if b >= 0xF0 { return (min(4, end - i), (2, 1)) }
        guard i + 2 < end else { return (end - i, (1, 1)) }
        let scalar = Int(b & 0x0F) << 12 | Int(t[i + 1] & 0x3F) << 6 | Int(t[i + 2] & 0x3F)
        return (3, (isWide(scalar) ? 2 : 1, 1))
    }

    /// East Asian wide and fullwidth characters of the BMP (Unicode's `EastAsianWidth.txt`, W
    /// and F, in broad blocks): Hangul Jamo, CJK punctuation and ideographs, Yi, Hangul
    /// syllables, compatibility ideographs and forms, fullwidth forms.
    private static func isWide(_ scalar: Int) -> Bool {
        switch scalar {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }
}
