/// Where detectors put what they find in the current piece; the engine owns one and empties it
/// after each candidate. A class in reused storage: an array passed `inout` checked uniqueness on
/// every append and emptied itself through a generic `replaceSubrange`, which together cost more
/// than many of the checks that produce the matches.
public final class MatchList: RandomAccessCollection {
    private var storage: UnsafeMutablePointer<Match>
    private var capacity: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    // `Match` holds only values: nothing to deinitialize.
    deinit { storage.deallocate() }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Match {
        precondition(position >= 0 && position < count, "match index out of range")
        return storage[position]
    }

    @inline(__always)
    public func append(_ match: Match) {
        if count == capacity { grow() }
        (storage + count).initialize(to: match)
        count += 1
    }

    public func removeAll() { count = 0 }

    /// Removes the matches for which `shouldRemove` holds, keeping the others in order.
    public func removeAll(where shouldRemove: (Match) -> Bool) {
        var kept = 0
        for i in 0..<count where !shouldRemove(storage[i]) {
            storage[kept] = storage[i]
            kept += 1
        }
        count = kept
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Match>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
