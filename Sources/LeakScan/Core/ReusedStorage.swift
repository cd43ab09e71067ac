/// A growable list of plain values in storage that is kept and reused: emptying it keeps the
/// capacity, and appending costs no uniqueness check. The hot paths fill and empty such lists
/// once per field or candidate; an array did the same work through a uniqueness check on every
/// append and a generic `replaceSubrange` on every emptying, which cost as much as the checks
/// that produced the values. For elements without references only (nothing is deinitialized).
public final class ReusedStorage<Element>: RandomAccessCollection {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "index out of range")
        return storage[position]
    }

    /// The elements in place, for changing them.
    var all: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: storage, count: count) }

    @inline(__always)
    public func append(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    public func removeAll() { count = 0 }

    /// Replaces the elements with `newCount` new ones, `element(i)` for each `i`: one capacity
    /// check, not one per element.
    @inline(__always)
    func replaceAll(count newCount: Int, _ element: (Int) -> Element) {
        while capacity < newCount { grow() }
        for i in 0..<newCount { (storage + i).initialize(to: element(i)) }
        count = newCount
    }

    /// Removes the elements for which `shouldRemove` holds, keeping the others in order.
    public func removeAll(where shouldRemove: (Element) -> Bool) {
        var kept = 0
        for i in 0..<count where !shouldRemove(storage[i]) {
            storage[kept] = storage[i]
            kept += 1
        }
        count = kept
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
