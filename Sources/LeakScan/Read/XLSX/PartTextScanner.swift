/// Gathers the text of one element of a workbook part and scans it at a fixed location.
final class PartTextScanner<S: FindingSink> {
    private let engine: DetectionEngine
    private let sink: UnsafeMutablePointer<S>
    private let text = CellTextBuffer()

    init(engine: DetectionEngine, sink: UnsafeMutablePointer<S>) {
        self.engine = engine
        self.sink = sink
        // Each part is a document of its own (see `WorksheetParser.init`).
        engine.beginDocument()
    }

    func begin() { text.clear() }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(bytes) }

    func end(at location: Location) {
        text.withBytes { scan($0, at: location, isNumber: false) }
        text.clear()
    }

    /// Scans the text gathered as a cell of `column`, a record of its own.
    func end(at location: Location, column: Unmanaged<Column>) {
        text.withBytes { bytes in
            guard !bytes.isEmpty else { return }
            var locator = FixedLocator(location: location)
            engine.scan(Piece(window: bytes, scan: 0..<bytes.count, columnReference: column), locator: &locator, sink: &sink.pointee)
        }
        engine.finishRecord(sink: &sink.pointee)
        text.clear()
    }

    /// Scans `bytes` at once (an attribute value).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, at location: Location, isNumber: Bool) {
        guard !bytes.isEmpty else { return }
        var locator = FixedLocator(location: location)
        engine.scan(Piece(window: bytes, scan: 0..<bytes.count, isNumber: isNumber), locator: &locator, sink: &sink.pointee)
    }
}
