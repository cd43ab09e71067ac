/// A line of a PDF page: its words left to right, cut into segments where the gap between two
/// words is wider than a space. A PDF has no cells and no lines, only words placed on the page:
/// segments are what a table's cells (and text set apart by tabs) look like.
struct PDFLine {
    var top, bottom: Double
    var segments: [PDFSegment]

    var height: Double { bottom - top }
}

struct PDFSegment {
    var text: [UInt8]
    var left, right: Double

    var middle: Double { (left + right) / 2 }
}

enum PDFLines {
    /// Without a space between them, two words further apart than this (in word heights) are in
    /// different segments: poppler puts a table's cells in blocks of their own, with no space
    /// after a cell's last word, while words it joins by a space are of one run of text.
    static let segmentGap = 0.4
    /// Even with a space between them, words this far apart are in different segments.
    static let wideGap = 2.0
    /// Narrower gaps join two words without a space (Chinese text, a number cut in two runs).
    static let spaceGap = 0.15
    /// A word that starts where words start on this many lines of the page (not at a line's
    /// start) starts a segment whatever the gap: a spreadsheet printed to PDF sets a column's
    /// text close to the column before it (`1 马秀琳`, a number right-aligned against a name),
    /// but its column's left edge repeats on every row.
    static let columnEdgeLines = 3
    /// Left edges this close (in points) are one edge.
    static let edgeTolerance = 1.0

    /// The lines of a page, top to bottom: words whose middles lie within a line's height are on it.
    static func lines(_ words: [PDFWord]) -> [PDFLine] {
        let sorted = words.enumerated().sorted { a, b in
            a.element.middle != b.element.middle ? a.element.middle < b.element.middle : a.offset < b.offset
        }.map(\.element)
        var groups: [[PDFWord]] = []
        // The lowest edge of the line being gathered: a word whose middle is above it joins it.
        var bottom = -Double.infinity
        for word in sorted where !word.text.isEmpty {
            if word.middle <= bottom, !groups.isEmpty {
                groups[groups.count - 1].append(word)
                bottom = max(bottom, word.bottom)
            } else {
                groups.append([word])
                bottom = word.bottom
            }
        }
        let rows = groups.map { $0.sorted { $0.left < $1.left } }
        let edges = columnEdges(rows)
        return rows.map { line($0, edges) }
    }

    /// Left edges (in buckets of `edgeTolerance`) of words inside lines that repeat on
    /// `columnEdgeLines` lines or more, where some line's word is not the next group of a number
    /// written in groups, and that few words cross: text set on a grid (Chinese characters and
    /// digits of fixed widths in a narrow column) repeats edges inside a cell too, but the
    /// cell's other lines run across them, while nothing crosses a column's edge; and a column of
    /// numbers written in groups (`6217 0010 7539 4013 630`) repeats its groups' edges, but there
    /// each word is digits after a space after digits, on every line.
    static func columnEdges(_ rows: [[PDFWord]]) -> Set<Int> {
        var lines: [Int: Int] = [:]
        var cellStarts = Set<Int>()
        for row in rows {
            for edge in Set(row.dropFirst().map { Int(($0.left / edgeTolerance).rounded()) }) { lines[edge, default: 0] += 1 }
            for (previous, word) in zip(row, row.dropFirst()) where !continuesNumber(previous, word) {
                cellStarts.insert(Int((word.left / edgeTolerance).rounded()))
            }
        }
        var edges = Set<Int>()
        for (edge, count) in lines {
            // A bucket's neighbours count too: an edge may fall either side of a bucket's border.
            let starts = count + lines[edge - 1, default: 0] + lines[edge + 1, default: 0]
            guard starts >= columnEdgeLines, (edge - 1...edge + 1).contains(where: cellStarts.contains) else { continue }
            let x = Double(edge) * edgeTolerance
            let crossings = rows.reduce(0) { sum, row in
                sum + row.lazy.filter { $0.left < x - 2 * edgeTolerance && $0.right > x + 2 * edgeTolerance }.count
            }
            if 2 * crossings < starts { edges.insert(edge) }
        }
        return edges
    }

    /// A form's label of two characters padded to line up with longer ones (`姓　　名：`, `性　　别：`)
    /// loses its padding in the text layer: one character alone, then the other with the colon.
    /// Its halves are this close at most (in word heights: three padding characters).
    static let paddedLabelGap = 4.0

    /// `segment` is a single Chinese character and `word` opens with another and a colon: the
    /// halves of a padded label.
    private static func closesPaddedLabel(_ segment: [UInt8], _ word: [UInt8]) -> Bool {
        guard segment.count == 3, word.count > 3 else { return false }
        return segment.withUnsafeBufferPointer { HanText.han($0, at: 0, end: 3) != nil }
            && word.withUnsafeBufferPointer { HanText.han($0, at: 0, end: 3) != nil && HanText.isColon($0, at: 3, end: $0.count) }
    }

    /// `word` is the next group of a number written in groups: digits after a space after digits.
    private static func continuesNumber(_ previous: PDFWord, _ word: PDFWord) -> Bool {
        guard previous.spaceAfter, let last = previous.text.last, let first = word.text.first else { return false }
        return isDigit(last) && isDigit(first)
    }

    private static func line(_ words: [PDFWord], _ edges: Set<Int>) -> PDFLine {
        var segments: [PDFSegment] = []
        var previous: PDFWord?
        for word in words {
            if let previous {
                let gap = word.left - previous.right
                let height = max(min(previous.height, word.height), 1)
                let atColumnEdge = gap > spaceGap * height && edges.contains(Int((word.left / edgeTolerance).rounded()))
                if closesPaddedLabel(segments[segments.count - 1].text, word.text), gap < paddedLabelGap * height {
                    // The padding was blanks, never words: the label is joined whole.
                    segments[segments.count - 1].text += word.text
                    segments[segments.count - 1].right = max(segments[segments.count - 1].right, word.right)
                } else if atColumnEdge || gap > wideGap * height || (!previous.spaceAfter && gap > segmentGap * height) {
                    segments.append(PDFSegment(text: word.text, left: word.left, right: word.right))
                } else {
                    if previous.spaceAfter || gap > spaceGap * height { segments[segments.count - 1].text.append(0x20) }
                    segments[segments.count - 1].text += word.text
                    segments[segments.count - 1].right = max(segments[segments.count - 1].right, word.right)
                }
            } else {
                segments.append(PDFSegment(text: word.text, left: word.left, right: word.right))
            }
            previous = word
        }
        return PDFLine(top: words.map(\.top).min() ?? 0, bottom: words.map(\.bottom).max() ?? 0, segments: segments)
    }
}
