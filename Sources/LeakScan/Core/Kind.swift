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
    case name
    case address
    /// A face, fingerprint, iris or palm-vein template (人脸特征值, 指纹模板): sensitive personal
    /// information under PIPL art. 28, whoever it is keyed by.
    case biometric
    /// One row or line joining a name with another personal value: the real leak in a roster.
    case record

    /// Position in `allCases`, for counting without hashing (a String-backed enum hashes its
    /// raw value, which cost more than the detection on a roster with millions of values).
    public var ordinal: Int {
        switch self {
        case .cnID: return 0
        case .cnID15: return 1
        case .cnIDTruncated: return 2
        case .mobile: return 3
        case .landline: return 4
        case .email: return 5
        case .bankCard: return 6
        case .birthDate: return 7
        case .name: return 8
        case .address: return 9
        case .biometric: return 10
        case .record: return 11
        }
    }

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
        lhs.ordinal < rhs.ordinal
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
