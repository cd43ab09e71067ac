/// Collects one file's findings for the reporter and counts them for the policy.
struct FileSink: FindingSink {
    let wantsDetails: Bool
    let policy: Policy
    let seq: Int
    let displayPath: String
    let delivery: OrderedDelivery
    private(set) var tally = FileTally()
    private(set) var buffered: [Finding] = []
    private var streaming = false

    /// Findings held back while earlier files are still being scanned; past this the file waits
    /// for its turn and streams.
    static let bufferLimit = 4096

    init(wantsDetails: Bool, policy: Policy, seq: Int, displayPath: String, delivery: OrderedDelivery) {
        self.wantsDetails = wantsDetails
        self.policy = policy
        self.seq = seq
        self.displayPath = displayPath
        self.delivery = delivery
    }

    mutating func add(_ finding: Finding) {
        count(finding.kind, organisational: finding.organisational)
        guard policy.reports(organisational: finding.organisational) else { return }
        if streaming {
            delivery.stream(finding, path: displayPath)
            return
        }
        buffered.append(finding)
        if buffered.count >= Self.bufferLimit {
            delivery.waitForTurn(seq)
            for f in buffered { delivery.stream(f, path: displayPath) }
            buffered.removeAll()
            streaming = true
        }
    }

    mutating func count(_ kind: Kind, organisational: Bool) {
        tally.count(kind, organisational: organisational)
    }

    mutating func passedOverUnknownBinaryMember() { tally.unknownBinaryMembers += 1 }

    mutating func fail(_ message: String) { tally.error = message }
    mutating func markBinary(knownMedia: Bool) {
        tally.skippedAsBinary = true
        tally.isUnknownBinary = !knownMedia
    }
}
