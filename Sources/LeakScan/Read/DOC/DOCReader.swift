/// Reads a legacy Word document (`.doc`, Word 97–2003, as WPS and LibreOffice still write it)
/// from its OLE compound file: its text, piece by piece (`WordBinaryPieces`, `WordBinaryFeed`),
/// is scanned as plain text, a paragraph a line and a table row a line of tab-separated cells.
/// Headers, footers, footnotes, comments and text boxes are part of that text. Table cells have
/// no column headers here (the `.docx` reader gives them), and the document properties are not read.
enum DOCReader {
    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S, chunkSize: Int) throws {
        guard var document = try CompoundFile.stream(source, named: .wordDocument) else {
            throw WordBinaryPieces.corrupt("no WordDocument stream")
        }
        let pieces = try WordBinaryPieces(source: source, document: &document)
        let buffer = TextBuffer(feed: WordBinaryFeed(document: document, pieces: pieces),
                                capacity: max(chunkSize, TextBuffer.minimumRoom) + 4 * TextReader.contextLength)
        try TextReader(buffer: buffer).scan(engine: engine, sink: &sink)
    }
}
