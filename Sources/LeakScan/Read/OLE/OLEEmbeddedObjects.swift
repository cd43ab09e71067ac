/// Objects embedded in a legacy Office file: a workbook pasted into a Word 97 document as an
/// object lives in a storage of its own under `ObjectPool`, one in an Excel 97 workbook in an
/// `MBD…` storage at the root. Each storage holds a compound file's streams (a `Workbook`, a
/// `WordDocument`) or, for an Office 2007 file, its zip whole in a `Package` stream, and is read
/// as the document it is, its findings naming the storage (`member`: `ObjectPool/_1234567890`).
/// An object of another kind (an equation, a drawing) is passed over like a picture; one that
/// cannot be read is named in an error after the others. Only the file's own objects are read,
/// not objects inside objects (a directory tree that loops back cannot recurse), nor those of a
/// file that is itself an embedded object (`path`: where the file is; see `EmbeddedObjects`).
enum OLEEmbeddedObjects {
    static func scan<S: FindingSink>(_ file: CompoundFileDirectory, path: String, engine: DetectionEngine, sink: inout S) throws {
        guard file.path.isEmpty, !EmbeddedObjects.isEmbedded(path) else { return }
        var unscanned = UnscannedParts()
        for object in try file.embeddedObjects() {
            unscanned.attempt(object.path) {
                try PlacedSink.placing(&sink, member: object.path) { objectSink in
                    _ = try SourceReader.scanCompoundFile(object, path: object.path, engine: engine, sink: &objectSink.pointee)
                }
            }
        }
        try unscanned.check(called: "embedded objects")
    }
}
