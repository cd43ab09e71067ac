/// Counts a source's personal findings by kind, without locations or values, as `--format
/// counts` does: for measurements of the engine alone. The sink lives in this module, so the
/// readers and the engine are compiled for it rather than called generically.
public enum FindingCounter {
    public static func count(_ source: any ByteSource, engine: DetectionEngine) throws -> [Kind: Int] {
        var sink = TallySink()
        _ = try SourceReader.scan(source, engine: engine, sink: &sink)
        return sink.tally.personal
    }
}

/// Counts into a `FileTally`, as the scanner's own sink does.
private struct TallySink: FindingSink {
    var tally = FileTally()
    var wantsDetails: Bool { false }
    mutating func add(_ finding: Finding) { count(finding.kind, organisational: finding.organisational) }
    mutating func count(_ kind: Kind, organisational: Bool) { tally.count(kind, organisational: organisational) }
}
