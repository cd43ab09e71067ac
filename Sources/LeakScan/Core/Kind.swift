/// What a finding is. The raw values are the stable names used in JSONL and counts output.
public enum Kind: String, CaseIterable, Sendable, Codable, Comparable {
    case cnID = "cn_id"
    case cnID15 = "cn_id_15"
    /// An ID stored as a number by Excel: region and birth date intact, last digits lost.
    case cnIDTruncated = "cn_id_truncated"
    case mobile
    case landline
    case email
    case bankCard = "bank_card"
    case birthDate = "birth_date"

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How sure a detector is. `high` needs corroboration (a header or keyword); `medium` is the value alone.
public enum Confidence: String, Sendable, Codable, Comparable {
    case medium
    case high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs == .medium && rhs == .high
    }
}
