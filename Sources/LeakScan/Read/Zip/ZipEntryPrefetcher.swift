import Foundation

/// Inflates a large zip entry on a second thread while the caller parses what is already
/// inflated: inflate and CRC cost about a third of reading a worksheet, and on two cores they
/// overlap with the XML parse. A few fixed buffers pass between the threads, so memory stays
/// bounded (`depth × chunkSize`).
final class ZipEntryPrefetcher: @unchecked Sendable {
    /// Entries smaller than this are not worth a thread.
    static let minimumSize = 8 << 20

    private let condition = NSCondition()
    private let slots: [UnsafeMutableBufferPointer<UInt8>]
    private var lengths: [Int]
    private var free: [Int]
    private var filled: [Int] = []
    private var producerDone = false
    private var producerError: Error?
    private var cancelled = false

    private init(depth: Int, chunkSize: Int) {
        slots = (0..<depth).map { _ in .allocate(capacity: chunkSize) }
        lengths = Array(repeating: 0, count: depth)
        free = Array(0..<depth)
    }

    deinit { slots.forEach { $0.deallocate() } }

    private struct Cancelled: Error {}

    /// Streams `entry` to `body` like `ZipArchive.stream`, inflating ahead on another thread
    /// when the entry is large. Errors from either side are rethrown here; when `body` throws,
    /// the inflating thread stops before this returns.
    static func stream(_ archive: ZipArchive, _ entry: ZipEntry, chunkSize: Int = 256 << 10, depth: Int = 4,
                       _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard entry.uncompressedSize >= minimumSize else {
            try archive.stream(entry, chunkSize: chunkSize, body)
            return
        }
        let prefetcher = ZipEntryPrefetcher(depth: depth, chunkSize: chunkSize)
        let thread = Thread { prefetcher.produce(archive, entry, chunkSize: chunkSize) }
        thread.stackSize = 1 << 20
        thread.start()
        do {
            try prefetcher.consume(body)
        } catch {
            prefetcher.cancelAndWait()
            throw error
        }
    }

    private func produce(_ archive: ZipArchive, _ entry: ZipEntry, chunkSize: Int) {
        var failure: Error?
        do {
            try archive.stream(entry, chunkSize: chunkSize) { chunk in
                var offset = 0
                while offset < chunk.count {
                    let slot = try takeFreeSlot()
                    let n = min(chunk.count - offset, slots[slot].count)
                    _ = UnsafeMutableBufferPointer(rebasing: slots[slot][0..<n])
                        .initialize(from: UnsafeBufferPointer(rebasing: chunk[offset..<offset + n]))
                    offset += n
                    condition.lock()
                    lengths[slot] = n
                    filled.append(slot)
                    condition.signal()
                    condition.unlock()
                }
            }
        } catch is Cancelled {
        } catch {
            failure = error
        }
        condition.lock()
        producerError = failure
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    private func takeFreeSlot() throws -> Int {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty, !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        return free.removeLast()
    }

    private func consume(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        while true {
            condition.lock()
            while filled.isEmpty, !producerDone { condition.wait() }
            if filled.isEmpty {
                let error = producerError
                condition.unlock()
                if let error { throw error }
                return
            }
            let slot = filled.removeFirst()
            let length = lengths[slot]
            condition.unlock()
            try body(UnsafeBufferPointer(rebasing: slots[slot][0..<length]))
            condition.lock()
            free.append(slot)
            condition.signal()
            condition.unlock()
        }
    }

    private func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
    }
}
