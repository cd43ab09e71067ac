/// The text of the cell being parsed, gathered from libxml2's character callbacks. Excel caps a
/// cell at 32,767 characters; other writers do not, so the buffer grows up to `limit` (above
/// libxml2's own 10 MB cap on one text node) and keeps only that much, saying so (`overflowed`).
final class CellTextBuffer {
    static let limit = 16 << 20
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// Some cell was longer than `limit`: only its first `limit` bytes were scanned.
    private(set) var overflowed = false

    init(capacity: Int = 4096) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    var isEmpty: Bool { count == 0 }

    func clear() { count = 0 }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var n = bytes.count
        if count + n > capacity { grow(to: count + n) }
        if count + n > capacity {
            overflowed = true
            n = capacity - count
        }
        guard n > 0 else { return }
        (storage + count).update(from: bytes.baseAddress!, count: n)
        count += n
    }

    func append(_ byte: UInt8) {
        withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// Forgets the first `n` bytes, keeping the rest.
    func removeFirst(_ n: Int) {
        let n = min(n, count)
        if n < count { UnsafeMutableRawPointer(storage).copyMemory(from: storage + n, byteCount: count - n) }
        count -= n
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: storage, count: count))
    }

    private func grow(to needed: Int) {
        let newCapacity = min(max(needed, capacity * 2), Self.limit)
        guard newCapacity > capacity else { return }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = newCapacity
    }
}
