/// The files of a scan that expose the most people, for the end of a report an administrator
/// acts on: the report runs in the walk's order, and an export of 500 students' IDs must not be
/// lost among forty notices that name a teacher. Files that block are ranked by their records (a
/// name joined with another value: a person exposed), then by their ID and bank card numbers
/// and biometric templates, then by all they hold; only the first `limit` are kept, whatever
/// the scan's size.
struct ExposureRanking {
    private struct Entry {
        let line: String
        let key: (records: Int, numbers: Int, all: Int)
    }

    static let limit = 10
    private var top: [Entry] = []

    /// Notes a finished file; `line` is how the report shows it.
    mutating func note(_ outcome: FileOutcome, line: @autoclosure () -> String) {
        guard outcome.decision.verdict == .block else { return }
        var key = (records: 0, numbers: 0, all: 0)
        for (kind, count) in outcome.decision.counts {
            switch kind {
            case .record: key.records += count
            case .cnID, .cnID15, .cnIDTruncated, .bankCard, .biometric: key.numbers += count
            default: break
            }
            key.all += count
        }
        guard top.count < Self.limit || Self.ranksBefore(key, top[top.count - 1].key) else { return }
        let at = top.firstIndex { Self.ranksBefore(key, $0.key) } ?? top.count
        top.insert(Entry(line: line(), key: key), at: at)
        if top.count > Self.limit { top.removeLast() }
    }

    private static func ranksBefore(_ a: (records: Int, numbers: Int, all: Int), _ b: (records: Int, numbers: Int, all: Int)) -> Bool {
        (a.records, a.numbers, a.all) > (b.records, b.numbers, b.all)
    }

    /// The ranked files' lines, first the most exposing.
    var lines: [String] { top.map(\.line) }

    /// The ranking as the end of a report: its heading and lines; empty when fewer than two of
    /// the scan's files blocked (`summary.filesBlocked`: the report's own list says it all).
    func text(_ summary: ScanSummary, _ messages: Messages) -> String {
        guard summary.filesBlocked >= 2, !top.isEmpty else { return "" }
        return "\n" + messages.rankingTitle(shown: top.count, blocked: summary.filesBlocked) + "\n"
            + top.map { "  " + $0.line + "\n" }.joined()
    }
}
