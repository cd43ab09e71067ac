/// Reads a legacy PowerPoint presentation (`.ppt`, PowerPoint 97–2003; known by content) from its
/// OLE compound file: the "PowerPoint Document" stream is a tree of records (MS-PPT 2.3.1: an
/// 8-byte header, its version 0xF for a container whose children follow), walked in order, a
/// header at a time. Text lives in atoms: `TextCharsAtom` (UTF-16) and `TextBytesAtom` (8-bit);
/// each atom's text, a paragraph a line (`\r`; a line break `\v` is a tab), goes to one
/// `WordStory` as running text: slides, notes and masters in the order the file keeps them.
/// A table is drawn as a shape per cell, so its cells are lines without column headers. Then the
/// document properties (`OLEProperties`).
enum PPTReader {
    private static let textChars = 0x0FA0, textBytes = 0x0FA8
    /// An atom's text is read whole; a longer one is cut (a memory guard).
    static let atomLimit = 1 << 20

    static func scan<S: FindingSink>(_ file: CompoundFileDirectory, engine: DetectionEngine, sink: inout S) throws {
        guard var stream = try file.stream(named: .powerPointDocument) else {
            throw corrupt("no PowerPoint Document stream")
        }
        try withUnsafeMutablePointer(to: &sink) { sink in
            let story = WordStory(field: nil, engine: engine, sink: sink)
            var offset = 0
            while offset + 8 <= stream.size {
                let header = try stream.bytes(at: offset, count: 8, what: "a record header")
                let type = header.u16(2), length = Int(header.u32(4))
                if header.u16(0) & 0xF == 0xF {
                    offset += 8  // a container: its children follow
                    continue
                }
                guard offset + 8 + length <= stream.size else { throw corrupt("a record runs past the end of the stream") }
                if type == textChars || type == textBytes {
                    let body = try stream.bytes(at: offset + 8, count: min(length, atomLimit), what: "a text atom")
                    let units = type == textChars ? (0..<body.count / 2).map { UInt16(body.u16(2 * $0)) }
                                                  : (0..<body.count).map { UInt16(body.u8($0)) }
                    for line in units.split(separator: 0x0D, omittingEmptySubsequences: false) {
                        story.startParagraph()
                        BIFFText.utf8(line.map { $0 == 0x0B ? 0x09 : $0 }).withUnsafeBufferPointer { story.append($0) }
                    }
                }
                offset += 8 + length
            }
            story.finish()
            try OLEProperties.scan(file, engine: engine, sink: sink)
        }
    }

    static func corrupt(_ what: String) -> ScanError {
        ScanError(.other("corrupt .ppt presentation: \(what)"))
    }
}
