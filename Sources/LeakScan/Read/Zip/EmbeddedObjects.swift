/// Files embedded in an Office Open XML document: a workbook pasted into a Word notice as an
/// object, the data of a chart on a slide (python-pptx and PowerPoint keep it as a workbook),
/// a document inserted as an icon. Office keeps each as a part of its own under an
/// `embeddings` folder (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`,
/// `ppt/embeddings/Microsoft_Excel_Sheet1.xlsx`, `xl/embeddings/oleObject1.bin`), and the
/// document shows only a picture of it; the data stays whole inside. Each is scanned as a file
/// of its own (`Location.member`). An OLE object that is no Office document (an equation, a
/// drawing) is passed over like a picture; one that cannot be read is named in an error after
/// the rest. The objects of a document that is itself an embedded object are not read: zip
/// compresses, so a document may hold itself (as a zip quine does), and reading would not end.
enum EmbeddedObjects {
    static func scan<S: FindingSink>(_ package: OfficePackage, engine: DetectionEngine, sink: UnsafeMutablePointer<S>) throws {
        guard !isEmbedded(package.archive.source.displayPath) else { return }
        let embedded = package.archive.entries.filter { !$0.isDirectory && isEmbedding($0.name) }
        guard !embedded.isEmpty else { return }
        try ArchiveReader.scanMembers(embedded, of: package.archive, called: "embedded objects", engine: engine,
                                      sink: &sink.pointee)
    }

    /// `path` names an embedded object: a part of an `embeddings` folder, or a storage of one in
    /// a legacy file (`ObjectPool/_1234567890`, `MBD0001A2B3`).
    static func isEmbedded(_ path: String) -> Bool {
        isEmbedding(path) || path.hasPrefix("ObjectPool/") || StreamName(path) == .excelObject
    }

    /// A part in an `embeddings` folder of the package.
    static func isEmbedding(_ part: String) -> Bool {
        let folders = part.lowercased().split(separator: "/").dropLast()
        return folders.contains("embeddings")
    }
}
