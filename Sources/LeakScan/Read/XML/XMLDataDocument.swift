/// The SAX handler of `XMLDataReader`. An element's text (up to its first child, and again
/// after each) and each attribute's value are scanned as cells of the column `KeyPaths` names
/// after the element or attribute and the element around it, an element's depth standing for
/// a YAML key's indentation. An element that repeats its previous sibling's name and holds
/// attributes or elements (`<student>` after `<student>`) is a record, as an object in a JSON
/// array is: the record before it ends where it starts, its own where it ends; repeated leaves
/// (`<phone>` after `<phone>`) stay in their record. Comments are running text.
///
/// Each piece of text is located at its bytes in the buffer (`XMLTextPlacement`), so findings
/// keep their exact spans; the buffer keeps the text from `unscanned` on.
final class XMLDataDocument<S: FindingSink>: XMLContentHandler {
    private struct Frame {
        let name: [UInt8]
        let column: Unmanaged<Column>
        /// Same name as the sibling before it.
        let repeats: Bool
        /// It holds attributes or elements: as a repeated sibling, a record.
        var isRecord = false
        var lastChild: [UInt8] = []
    }

    private let scans: BufferedTextScans
    private let sink: UnsafeMutablePointer<S>
    private let paths: KeyPaths
    private var frames: [Frame] = []
    private let placement: XMLTextPlacement
    /// Decoded offset from which the text is not scanned yet: the open text's start, else where
    /// the parser stood at the last event.
    private(set) var unscanned = 0

    init(scans: BufferedTextScans, sink: UnsafeMutablePointer<S>) {
        self.scans = scans
        self.sink = sink
        placement = XMLTextPlacement(buffer: scans.buffer)
        paths = KeyPaths(engine: scans.engine)
    }

    private var engine: DetectionEngine { scans.engine }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        scanText()
        let depth = frames.count
        let bytes = Array(name.utf8)
        var repeats = false
        if depth > 0 {
            repeats = frames[depth - 1].lastChild == bytes
            frames[depth - 1].lastChild = bytes
            startRecord(at: depth - 1)
        }
        _ = paths.line(indent: depth, listDash: nil)
        frames.append(Frame(name: bytes, column: paths.column(key: label(name.utf8), indent: depth, opensBlock: true),
                            repeats: repeats))
        if attributes.count > 0 { startRecord(at: depth) }
        for i in 0..<attributes.count {
            guard let (attribute, value) = attributes.attribute(i), !value.isEmpty else { continue }
            let column = paths.column(key: label(attribute.utf8), indent: depth + 1, opensBlock: false)
            placement.append(value, source: value.baseAddress.flatMap(inputOffset(of:)), end: parserPosition)
            scan(column: column)
        }
        unscanned = parserPosition
    }

    override func endElement(_ name: XMLName) {
        scanText()
        if let frame = frames.popLast(), frame.repeats, frame.isRecord { engine.finishRecord(sink: &sink.pointee) }
        unscanned = parserPosition
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        let wasEmpty = placement.isEmpty
        let start = placement.append(text, source: text.baseAddress.flatMap(inputOffset(of:)), end: parserPosition)
        if wasEmpty { unscanned = start }
    }

    override func comment(_ text: UnsafeBufferPointer<UInt8>) {
        scanText()
        // The parser stands after `-->`.
        placement.append(text, source: nil, end: parserPosition - 3)
        scan(column: nil)
        unscanned = parserPosition
    }

    /// A repeated element's first attribute or child: the record before it ends.
    private func startRecord(at index: Int) {
        guard !frames[index].isRecord else { return }
        frames[index].isRecord = true
        if frames[index].repeats { engine.finishRecord(sink: &sink.pointee) }
    }

    /// An element's or attribute's name when it is a label (nil names nothing: `KeyLabel`).
    private func label(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        KeyLabel.isLabel(name, engine: engine) ? String(decoding: name, as: UTF8.self) : nil
    }

    /// The open element's text gathered so far, unless blank.
    private func scanText() {
        guard !placement.isEmpty else { return }
        scan(column: frames.last?.column)
    }

    private func scan(column: Unmanaged<Column>?) {
        defer { placement.clear() }
        guard let value = placement.trimmed() else { return }
        if let source = placement.contiguous {
            let range = (source.lowerBound + value.lowerBound - scans.buffer.start)..<(source.lowerBound + value.upperBound - scans.buffer.start)
            let text = scans.buffer.text
            if let column {
                scans.cell(text, range, column: column, isNumber: NumericCellText.isNumberWord(UnsafeBufferPointer(rebasing: text[range])),
                           sink: &sink.pointee)
            } else {
                scans.text(text, range, sink: &sink.pointee)
            }
        } else {
            let decoded = placement.decoded
            decoded.bytes.withUnsafeBufferPointer { window in
                scans.decoded(UnsafeBufferPointer(rebasing: window[..<value.upperBound]), from: value.lowerBound,
                              offsetsOf: decoded, column: column, sink: &sink.pointee)
            }
        }
    }
}
