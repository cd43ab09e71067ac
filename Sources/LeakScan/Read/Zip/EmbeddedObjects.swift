/// Files embedded in an Office Open XML document: a workbook pasted into a Word notice as an
/// object, the data of a chart on a slide (python-pptx and PowerPoint keep it as a workbook),
/// a document inserted as an icon. Office keeps each as a part of its own under an
/// `embeddings` folder (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`,
/// `ppt/embeddings/Microsoft_Excel_Sheet1.xlsx`, `xl/embeddings/oleObject1.bin`), and the
/// document shows only a picture of it; the data stays whole inside. Each is scanned as a file
/// of its own (`Location.member`). An OLE object that is no Office document (an equation, a
/// drawing) is passed over like a picture; one that cannot be read is named in an error after
/// the rest.
enum EmbeddedObjects {
    static func scan<S: FindingSink>(_ package: OfficePackage, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws {
        let embedded = package.archive.entries.filter { !$0.isDirectory && isEmbedding($0.name) }
        guard !embedded.isEmpty else { return }
        try ArchiveReader.scanMembers(embedded, of: package.archive, called: "embedded objects", skipping: holdsNoDocument,
                                      engine: engine, sink: &sink.pointee)
    }

    /// A part in an `embeddings` folder of the package.
    static func isEmbedding(_ part: String) -> Bool {
        let folders = part.lowercased().split(separator: "/").dropLast()
        return folders.contains("embeddings")
    }

    /// An OLE object of a kind no reader knows (Equation.3, a Visio drawing): it holds no text
    /// of a document.
    private static func holdsNoDocument(_ bytes: [UInt8]) -> Bool {
        guard FormatSniffer.container(Array(bytes.prefix(8))) == .compoundFile else { return false }
        return (try? CompoundFile.inspect(MemorySource(bytes, displayPath: ""))) == .other
    }
}
