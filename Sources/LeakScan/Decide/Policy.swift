/// Decides what is reported and what each file's verdict is. The pre-upload check, the
/// pre-commit hook and the nightly scan share this stage; only the reporters differ.
public struct Policy: Sendable {
    /// Report organisations' own contact details (letterheads, 咨询电话 …) too.
    public var includeOrganisational: Bool
    /// A binary file of a kind no reader knows (not an image, a recording, a font or a program)
    /// could not be checked: the pre-upload check's verdict on a database or a program's data
    /// file, which may hold a roster. A scan of a share passes over them, as binary.
    public var refusesUnknownBinary: Bool

    public init(includeOrganisational: Bool = false, refusesUnknownBinary: Bool = false) {
        self.includeOrganisational = includeOrganisational
        self.refusesUnknownBinary = refusesUnknownBinary
    }

    static func unknownBinaryMembersMessage(_ n: Int) -> String {
        "binary members of a kind leakscan does not read: \(n) of the files inside were not checked " + unknownBinaryAdvice
    }

    static let unknownBinaryMessage = "binary file of a kind leakscan does not read: its content was not checked " + unknownBinaryAdvice

    private static let unknownBinaryAdvice = "(a database or a table: export it as .xlsx or .csv to check it; a drawing or a recording: check it yourself)"

    /// Whether a finding is shown at all.
    public func reports(organisational: Bool) -> Bool {
        !organisational || includeOrganisational
    }

    /// A walked path's outcome: what it held and the verdict on it.
    public func outcome(of displayPath: String, _ tally: FileTally) -> FileOutcome {
        FileOutcome(displayPath: displayPath, tally: tally, decision: decide(tally))
    }

    public func decide(_ tally: FileTally) -> FileDecision {
        let personal = tally.personal.filter { $0.value > 0 }
        // What was found before a read error still blocks: a partly read file is no cleaner.
        if !personal.isEmpty {
            let reasons = personal.keys.sorted().map { FileDecision.Reason.personalData($0, personal[$0]!) }
            return FileDecision(verdict: .block, reasons: reasons + (tally.error.map { [.error($0)] } ?? []))
        }
        if let error = tally.error { return FileDecision(verdict: .unscanned, reasons: [.error(error)]) }
        if refusesUnknownBinary, tally.unknownBinaryMembers > 0 {
            return FileDecision(verdict: .unscanned, reasons: [.error(Self.unknownBinaryMembersMessage(tally.unknownBinaryMembers))])
        }
        if tally.skippedAsBinary {
            if refusesUnknownBinary, tally.isUnknownBinary { return FileDecision(verdict: .unscanned, reasons: [.error(Self.unknownBinaryMessage)]) }
            return FileDecision(verdict: .pass, reasons: [.binary])
        }
        let organisational = tally.organisational.filter { $0.value > 0 }
        if includeOrganisational, !organisational.isEmpty {
            return FileDecision(verdict: .warn,
                                reasons: organisational.keys.sorted().map { .organisationalContact($0, organisational[$0]!) })
        }
        return FileDecision(verdict: .pass, reasons: [])
    }
}

/// What one file held, counted by kind; the input of the decision.
public struct FileTally: Sendable, Equatable {
    /// Counts by `Kind.ordinal`: counting happens once per value found, millions of times, so
    /// they live in fixed vectors (an array would check its uniqueness on every increment).
    private var personalCounts = SIMD16<Int>()
    private var organisationalCounts = SIMD16<Int>()
    public var error: String?
    public var skippedAsBinary = false
    /// Of a binary file: its kind is none a reader knows (`Policy.refusesUnknownBinary`).
    public var isUnknownBinary = false
    /// Members (an archive's, attachments) binary of a kind no reader knows, passed over.
    public var unknownBinaryMembers = 0

    public init() {}

    public mutating func count(_ kind: Kind, organisational isOrganisational: Bool) {
        if isOrganisational {
            organisationalCounts[kind.ordinal] += 1
        } else {
            personalCounts[kind.ordinal] += 1
        }
    }

    /// Adds `counts` at once: a tally carried over from an earlier scan (`ScanState`).
    public mutating func add(_ counts: [Kind: Int], organisational isOrganisational: Bool) {
        for (kind, n) in counts {
            if isOrganisational {
                organisationalCounts[kind.ordinal] += n
            } else {
                personalCounts[kind.ordinal] += n
            }
        }
    }

    /// Personal values found, by kind (kinds not found are absent).
    public var personal: [Kind: Int] { Self.dictionary(personalCounts) }
    /// Organisations' own contact details found, by kind.
    public var organisational: [Kind: Int] { Self.dictionary(organisationalCounts) }

    private static func dictionary(_ counts: SIMD16<Int>) -> [Kind: Int] {
        var result: [Kind: Int] = [:]
        for kind in Kind.allCases where counts[kind.ordinal] > 0 { result[kind] = counts[kind.ordinal] }
        return result
    }

    /// Counts of what is reported under `policy`.
    public func reported(under policy: Policy) -> [Kind: Int] {
        guard policy.includeOrganisational else { return personal }
        return personal.merging(organisational, uniquingKeysWith: +)
    }
}
