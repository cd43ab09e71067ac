/// One JSON object per line, for programs. The schema is documented in README.md and stable.
public final class JSONLReporter: Reporter {
    private let out: OutputBuffer
    private let showValues: Bool

    public init(out: OutputBuffer, showValues: Bool) {
        self.out = out
        self.showValues = showValues
    }

    public func finding(_ f: Finding, path: String) {
        let l = showValues ? f.location : Masker.location(of: f)
        var line = "{\"type\":\"finding\",\"path\":\(JSONText.quoted(path)),\"kind\":\"\(f.kind.rawValue)\""
        line += ",\"confidence\":\"\(f.confidence.rawValue)\""
        line += ",\"line\":\(JSONText.numberOrNull(l.line)),\"column\":\(JSONText.numberOrNull(l.column))"
        line += ",\"sheet\":\(JSONText.quotedOrNull(l.sheet)),\"cell\":\(JSONText.quotedOrNull(l.cell))"
        line += ",\"field\":\(JSONText.quotedOrNull(l.field))"
        line += ",\"masked\":\(JSONText.quoted(Masker.mask(f.value, kind: f.kind)))"
        line += ",\"byte_start\":\(f.sourceRange.lowerBound),\"byte_end\":\(f.sourceRange.upperBound)"
        if !f.joins.isEmpty { line += ",\"joins\":[" + f.joins.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]" }
        if l.hidden { line += ",\"hidden\":true" }
        if let member = l.member { line += ",\"member\":\(JSONText.quoted(member))" }
        if let page = l.page { line += ",\"page\":\(page)" }
        if l.inName != nil { line += ",\"in_name\":true" }
        if f.organisational { line += ",\"organisational\":true" }
        if showValues { line += ",\"value\":\(JSONText.quoted(f.value))" }
        out.write(line + "}\n")
    }

    public func fileFinished(_ outcome: FileOutcome) {
        if let since = outcome.unchangedSince {
            // Not read again: what it held when it was, counted (findings are not kept).
            let counts = Dictionary(outcome.decision.counts, uniquingKeysWith: +)
            guard !counts.isEmpty else { return }
            out.write("{\"type\":\"unchanged\",\"path\":\(JSONText.quoted(outcome.displayPath)),\"since\":\(since)"
                + ",\"counts\":\(JSONText.counts(counts))}\n")
            return
        }
        guard let message = outcome.tally.error else { return }
        out.write("{\"type\":\"error\",\"path\":\(JSONText.quoted(outcome.displayPath)),\"message\":\(JSONText.quoted(Masker.maskNumberRuns(message)))}\n")
    }

    public func skipped(_ displayPath: String, reason: String) {}

    public func finished(_ summary: ScanSummary) {
        var changes = ""
        if let c = summary.changes {
            for file in c.files {
                out.write("{\"type\":\"change\",\"change\":\"\(file.change.rawValue)\",\"path\":\(JSONText.quoted(file.path))"
                    + ",\"counts\":\(JSONText.counts(file.counts))}\n")
            }
            let totals = ScanChanges.Change.allCases.map { "\"\($0.rawValue)\":\(c.totals[$0, default: 0])" }
            changes = ",\"changes_since\":\(c.since),\"changes\":{" + totals.joined(separator: ",") + "}"
        }
        out.write("{\"type\":\"summary\",\"files_scanned\":\(summary.filesScanned)"
            + ",\"files_with_findings\":\(summary.filesBlocked),\"files_unscanned\":\(summary.filesUnscanned)"
            + ",\"files_unchanged\":\(summary.filesUnchanged)"
            + ",\"counts\":\(JSONText.counts(summary.counts))\(changes)}\n")
        out.flush()
    }
}
