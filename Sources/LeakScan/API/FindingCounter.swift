/// Counts a source's findings by kind, without locations or values (organisational ones left
/// out), as `--format counts` does: for measurements of the engine alone. The sink lives in
/// this module, so the readers and the engine are compiled for it rather than called generically.
public enum FindingCounter {
    public static func count(_ source: any ByteSource, engine: DetectionEngine) throws -> [Kind: Int] {
        var sink = KindCounts()
        _ = try SourceReader.scan(source, engine: engine, sink: &sink)
        var counts: [Kind: Int] = [:]
        for kind in Kind.allCases where sink.counts[kind.ordinal] > 0 { counts[kind] = sink.counts[kind.ordinal] }
        return counts
    }
}

private struct KindCounts: FindingSink {
    var counts = [Int](repeating: 0, count: Kind.allCases.count)
    var wantsDetails: Bool { false }
    mutating func add(_ finding: Finding) { count(finding.kind, organisational: finding.organisational) }
    mutating func count(_ kind: Kind, organisational: Bool) { if !organisational { counts[kind.ordinal] += 1 } }
}
