/// The verdict on one file, with the reasons a person can act on.
public struct FileDecision: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        /// Holds personal data: must not be sent, uploaded or committed.
        case block
        /// Holds only what was asked to be shown but is not personal (organisations' contacts).
        case warn
        /// Nothing found, and the file was read entirely.
        case pass
        /// Could not be read: never reported as clean.
        case unscanned
    }

    public enum Reason: Sendable, Equatable {
        case personalData(Kind, Int)
        case organisationalContact(Kind, Int)
        case error(String)
        case binary

    }

    public var verdict: Verdict
    public var reasons: [Reason]

    /// What the file held, by kind, as its reasons say (personal data, or the organisations'
    /// contacts of a file that warns), for the reports that list counts.
    public var counts: [(Kind, Int)] {
        reasons.compactMap {
            switch $0 {
            case .personalData(let kind, let count), .organisationalContact(let kind, let count): return (kind, count)
            case .error, .binary: return nil
            }
        }
    }

    public init(verdict: Verdict, reasons: [Reason]) {
        self.verdict = verdict
        self.reasons = reasons
    }
}

/// The process exit status the issue tracker documents: 0 clean, 1 personal data found,
/// 2 usage or fatal error, 3 nothing found but some files could not be scanned.
public enum ExitStatus: Int32, Sendable {
    case clean = 0
    case found = 1
    case usage = 2
    case incomplete = 3

    public static func of(blocked: Int, unscanned: Int) -> ExitStatus {
        if blocked > 0 { return .found }
        return unscanned > 0 ? .incomplete : .clean
    }
}
