/// The fields of the CSV record being parsed, in storage reused from record to record and grown
/// by doubling. An array would do, but its append checks uniqueness every time, which on a
/// roster cost as much as finding the field's end.
final class CSVFieldList {
    private var storage: UnsafeMutablePointer<CSVReader.Field>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    // `Field` holds only integers and a flag: nothing to deinitialize.
    deinit { storage.deallocate() }

    /// The fields, in order, for reading and for shifting their offsets.
    var all: UnsafeMutableBufferPointer<CSVReader.Field> { UnsafeMutableBufferPointer(start: storage, count: count) }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func append(_ field: CSVReader.Field) {
        if count == capacity { grow() }
        (storage + count).initialize(to: field)
        count += 1
    }

    func removeAll() { count = 0 }

    private func grow() {
        let larger = UnsafeMutablePointer<CSVReader.Field>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
