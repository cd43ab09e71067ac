/// The names a record (a vCard card, an LDIF entry) gives its subject: one that says the same as
/// another before it (`N:张;伟;;;` and `FN:张伟`, `cn: 张伟` and `displayName: 张伟`, an Active
/// Directory entry's `displayName` and `sn`+`givenName` after a `cn` that is a login) is one
/// name, not a second.
struct RecordName {
    private var given: [[UInt8]] = []

    /// Whether `name` (blanks around it aside) repeats a name the record gave before; a new
    /// one is remembered.
    mutating func repeats(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = Array(name[trimmedBlanks(name, 0..<name.count)])
        if given.contains(trimmed) { return true }
        if given.count < Self.remembered { given.append(trimmed) }
        return false
    }

    /// A new record starts.
    mutating func clear() {
        given.removeAll(keepingCapacity: true)
    }

    /// Names a record gives at most that are looked at: a card or an entry has a few.
    private static let remembered = 8
}
