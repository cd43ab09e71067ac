/// The name a record (a vCard card, an LDIF entry) gives its subject, as its first name property
/// gave it: another that says the same (`N:张;伟;;;` and `FN:张伟`, `cn: 张伟` and `displayName: 张伟`)
/// is one name, not a second.
struct RecordName {
    private var first: [UInt8]?

    /// Whether `name` (blanks around it aside) repeats the record's name; the first one given
    /// becomes the record's name.
    mutating func repeats(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = Array(name[trimmedBlanks(name, 0..<name.count)])
        if trimmed == first { return true }
        first = first ?? trimmed
        return false
    }

    /// A new record starts.
    mutating func clear() {
        first = nil
    }
}
