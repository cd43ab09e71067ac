/// Landlines and e-mail addresses found to be an organisation's earlier in the same document:
/// met again further on, with no cue of their own, they are still its (a procurement notice
/// gives its agency's `联系方式：0371-65778812` under the agency's name, then repeats the number
/// under `项目联系人：孙莉莉、何振华`). A number is one owner's wherever it is written.
///
/// Values are kept as a hash of their digits (a landline, whatever its separators) or of their
/// bytes folded to lower case (an e-mail address), in a short list looked through whole: a
/// document gives a few organisations' numbers. Past `capacity` the list starts again, as
/// `RecurringValues` does with names. Running text only (`DetectionEngine.report`).
struct OrganisationalNumbers {
    private var keys: [UInt64] = []

    static let capacity = 64

    /// The document's value `window[range]` of `kind` was found to be an organisation's.
    mutating func remember(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: Kind) {
        guard let key = Self.key(window, range, kind: kind), !keys.contains(key) else { return }
        if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
        keys.append(key)
    }

    /// `window[range]`, of `kind`, was found to be an organisation's earlier in the document.
    func isKnown(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: Kind) -> Bool {
        guard !keys.isEmpty, let key = Self.key(window, range, kind: kind) else { return false }
        return keys.contains(key)
    }

    mutating func forget() {
        keys.removeAll(keepingCapacity: true)
    }

    /// FNV-1a over a landline's digits or an e-mail address's folded bytes, the kind mixed in;
    /// nil for other kinds.
    private static func key(_ window: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: Kind) -> UInt64? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        switch kind {
        case .landline:
            for i in range where isDigit(window[i]) { hash = (hash ^ UInt64(window[i])) &* 0x100_0000_01B3 }
        case .email:
            hash ^= 0xFF
            for i in range { hash = (hash ^ UInt64(window[i] | (isASCIILetter(window[i]) ? 0x20 : 0))) &* 0x100_0000_01B3 }
        default:
            return nil
        }
        return hash
    }
}
