/// Text with tables laid out in it: a class list pasted into a notice, a fixed-width export of
/// a school system, Excel's space-delimited `.prn`, a Markdown table. A header line
/// (`TextTableHeader`: `序号  姓名    出生日期    身份证号码`, `| 姓名 | 电话 |`) names the columns
/// of the lines under it, each of which is a record whose cells are read as a CSV record's
/// under their header, so that `王小明` is a name under 姓名 and `2008.03.12` a birth date
/// under 出生日期 (`TextTableLayout`). The lines outside tables are running text, as in
/// `TextReader`. Word documents' paragraphs are read the same way (`WordStory`).
///
/// The text goes through the buffer a line at a time; running text is kept until a table
/// starts, or scanned once it fills the buffer, so memory stays bounded.
struct TextTableReader {
    let buffer: TextBuffer

    /// Whether `sample` (the start of a text) holds a table: a header line, and a row of it on
    /// the next line that is not blank or a rule. `complete`: the sample is the whole text (else
    /// its last line may be cut).
    static func holdsTable(_ sample: UnsafeBufferPointer<UInt8>, complete: Bool, isLabel: (String) -> Bool) -> Bool {
        var layout = TextTableLayout()
        var start = 0
        while start < sample.count {
            guard let newline = ByteScanning.firstIndex(of: 0x0A, in: sample, start..<sample.count) ?? (complete ? sample.count : nil)
            else { break }
            if case .row = layout.read(sample, start..<newline, isLabel: isLabel) { return true }
            start = newline + 1
        }
        return false
    }

    func scan<S: FindingSink>(engine: DetectionEngine, sink: inout S) throws {
        try withUnsafeMutablePointer(to: &sink) { sink in
            try TextTableLines(buffer: buffer, engine: engine, sink: sink).read()
        }
    }
}

/// The line-by-line reading behind `TextTableReader`.
final class TextTableLines<S: FindingSink> {
    private let buffer: TextBuffer
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let cursor = LineCursor()
    private let scans: BufferedTextScans
    private var layout = TextTableLayout()
    private var labels = RowLabels()
    /// Running text not scanned yet: the decoded offsets of its first byte and of its end.
    private var prose: Range<Int>?

    init(buffer: TextBuffer, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.buffer = buffer
        self.engine = engine
        self.sink = sink
        scans = BufferedTextScans(buffer: buffer, cursor: cursor, engine: engine)
    }

    func read() throws {
        try scans.readLines(sink: &sink.pointee, keep: { prose?.lowerBound }, interrupt: scanProse, line: line)
        scanProse()
        engine.finishRecord(sink: &sink.pointee)
    }

    private func line(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        switch layout.read(t, range, isLabel: engine.isColumnLabel) {
        case .text:
            prose = (prose?.lowerBound ?? buffer.start + range.lowerBound)..<(buffer.start + range.upperBound)
        case .header(let columns):
            scanProse()
            engine.settleHeader(of: columns)
            scans.text(t, range, sink: &sink.pointee)
        case .blankOrRule:
            break
        case .row(let cells):
            scanProse()
            var opensRow = true
            for cell in cells where !cell.bytes.isEmpty {
                guard let own = cell.column else {
                    scans.text(t, cell.bytes, sink: &sink.pointee)
                    continue
                }
                // A row's first cell, a label, names the cells after it, as a form's does (项目 | 内容 over
                // 学生 | 付若曦, 家长手机 | 166…: a profile typed as a Markdown table).
                let column = labels.column(for: own, value: UnsafeBufferPointer(rebasing: t[cell.bytes]), mayBeLabel: opensRow,
                                           opensRow: opensRow, engine: engine)
                opensRow = false
                // A number Excel wrote in exponent form (4.10105E+17) is read as a spreadsheet's.
                scans.cell(t, cell.bytes, column: column, isNumber: NumericCellText.mayBeFloatForm(t, cell.bytes), sink: &sink.pointee)
            }
            labels.endRow()
            engine.finishRecord(sink: &sink.pointee)
        }
    }

    private func scanProse() {
        guard let range = prose else { return }
        prose = nil
        scans.text(buffer.text, (range.lowerBound - buffer.start)..<(range.upperBound - buffer.start), sink: &sink.pointee)
    }
}
