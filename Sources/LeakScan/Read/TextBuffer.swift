/// Produces a source's text as UTF-8, one stretch at a time.
protocol TextFeed: AnyObject {
    /// How offsets in the produced text map back to source offsets.
    var mapping: OffsetMapping { get }
    /// Writes the next stretch of text into `dest` (at least `TextBuffer.minimumRoom` bytes) and
    /// returns its length: 0 only at the end of the source. Decoders never split a character;
    /// the UTF-8 feed passes the bytes as they come.
    func next(into dest: UnsafeMutableBufferPointer<UInt8>) throws -> Int
}

/// UTF-8 sources: the text is the source bytes, read straight into the buffer.
final class UTF8Feed: TextFeed {
    private var reader: ChunkReader
    let mapping: OffsetMapping

    init(_ source: any ByteSource, bomLength: Int) {
        reader = ChunkReader(source, from: bomLength)
        mapping = .shift(bomLength)
    }

    func next(into dest: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        try reader.read(into: UnsafeMutableRawBufferPointer(dest))
    }
}

/// A fixed-size window over the text of a source: the readers scan what is in it, discard what
/// they are done with, and refill. Memory stays at `capacity` whatever the source.
final class TextBuffer {
    static let minimumRoom = 64

    let feed: TextFeed
    let storage: UnsafeMutableBufferPointer<UInt8>
    /// Valid bytes in `storage`.
    private(set) var count = 0
    /// Offset in the whole decoded text of `storage[0]`.
    private(set) var start = 0
    /// The feed has nothing more.
    private(set) var atEnd = false
    /// Byte classes of the text, for readers that ask (`classes(delimiter:)`).
    private var classMap: ByteClassMap?

    init(feed: TextFeed, capacity: Int) {
        self.feed = feed
        storage = .allocate(capacity: max(capacity, 4 * Self.minimumRoom))
    }

    deinit { storage.deallocate() }

    var capacity: Int { storage.count }
    var room: Int { storage.count - count }
    var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<count]) }

    /// Reads until the buffer is (nearly) full or the source ends; returns the bytes added.
    @discardableResult
    func fill() throws -> Int {
        var added = 0
        while !atEnd, room >= Self.minimumRoom {
            let n = try feed.next(into: UnsafeMutableBufferPointer(rebasing: storage[count...]))
            if n == 0 { atEnd = true } else { count += n; added += n }
        }
        return added
    }

    /// Byte classes of the whole text, separators being `delimiter` and line feeds; only text
    /// added since the last call is classified. A buffer serves one reader, so one delimiter.
    func classes(delimiter: UInt8) -> ByteClasses {
        let map = classMap ?? ByteClassMap(delimiter: delimiter, capacity: storage.count)
        classMap = map
        return map.extend(text)
    }

    /// Forgets the text before `index`, moving the rest to the front. Returns how many bytes
    /// were dropped: the cut is moved back to the start of a character.
    @discardableResult
    func discard(before index: Int) -> Int {
        var index = min(index, count)
        while index > 0, index < count, storage[index] & 0xC0 == 0x80 { index -= 1 }
        guard index > 0 else { return 0 }
        feed.mapping.pin(start + index, text: text, textStart: start)
        let kept = count - index
        if kept > 0 {
            UnsafeMutableRawPointer(storage.baseAddress!)
                .copyMemory(from: storage.baseAddress! + index, byteCount: kept)
        }
        count = kept
        start += index
        classMap?.invalidate()
        return index
    }
}
