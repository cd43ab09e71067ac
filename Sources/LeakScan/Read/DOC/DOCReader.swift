/// Reads a legacy Word document (`.doc`, Word 97–2003, as WPS and LibreOffice still write it)
/// from its OLE compound file: its characters, piece by piece (`WordBinaryPieces`), go to the
/// same paragraph and table handling as a `.docx`'s (`WordBinaryText`, `WordStory`): running
/// text a paragraph a line, each table cell with its column header, each table row a record.
/// Then the document properties (`OLEProperties`).
enum DOCReader {
    static func scan<S: FindingSink>(_ file: CompoundFileDirectory, engine: DetectionEngine, sink: inout S) throws {
        guard var document = try file.stream(named: .wordDocument) else {
            throw WordBinaryPieces.corrupt("no WordDocument stream")
        }
        let pieces = try WordBinaryPieces(file: file, document: &document)
        try withUnsafeMutablePointer(to: &sink) { sink in
            let text = WordBinaryText(document: document, pieces: pieces, engine: engine, sink: sink)
            try text.scan()
            if text.overflowed {
                throw ScanError(.other("a paragraph or table cell of more than \(CellTextBuffer.limit >> 20) MiB of text: only its start was scanned (memory guard)"))
            }
            try OLEProperties.scan(file, engine: engine, sink: sink)
        }
    }
}
