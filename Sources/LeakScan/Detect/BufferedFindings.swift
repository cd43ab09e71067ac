/// Holds what a reader found while it ran ahead of its turn (a workbook's next sheet, parsed on
/// another thread), to be handed to the real sink in order. Counts are kept as totals; details
/// up to `limit` findings, past which the buffer gives up (`overflowed`) so that memory stays
/// bounded: the caller then reads that part again in its turn.
struct BufferedFindings: FindingSink {
    let wantsDetails: Bool
    let limit: Int
    private(set) var findings: [Finding] = []
    private var counts: [Key: Int] = [:]
    private(set) var overflowed = false

    private struct Key: Hashable {
        var kind: Kind
        var organisational: Bool
    }

    init(wantsDetails: Bool, limit: Int) {
        self.wantsDetails = wantsDetails
        self.limit = limit
    }

    mutating func add(_ finding: Finding) {
        guard !overflowed else { return }
        guard findings.count < limit else {
            overflowed = true
            findings = []
            return
        }
        findings.append(finding)
    }

    mutating func count(_ kind: Kind, organisational: Bool) {
        counts[Key(kind: kind, organisational: organisational), default: 0] += 1
    }

    /// Hands everything to `sink`, in the order it was found (counts carry no order).
    func replay<S: FindingSink>(into sink: inout S) {
        precondition(!overflowed)
        for finding in findings { sink.add(finding) }
        for (key, n) in counts {
            for _ in 0..<n { sink.count(key.kind, organisational: key.organisational) }
        }
    }
}
