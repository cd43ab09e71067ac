#if canImport(Glibc)
import Glibc
#endif

/// The workbook's shared string table, held in one byte arena with 32-bit end offsets (not an
/// array of Strings): a million short strings cost their bytes plus 4 bytes each. Raw storage,
/// so that looking a string up for every cell costs no reference counting. Capacity is reserved
/// from the part's size and its `uniqueCount`; pages never written stay out of memory.
final class SharedStrings {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private var byteCount = 0
    /// `ends[i]` is where string `i` ends; it starts where string `i - 1` ends.
    private var ends: UnsafeMutablePointer<UInt32>
    private var endCapacity: Int
    private(set) var count = 0

    /// The arena may never exceed this: offsets are 32-bit.
    static let maximumBytes = Int(UInt32.max)

    init(expectedBytes: Int = 0, expectedStrings: Int = 0) {
        byteCapacity = max(64, min(expectedBytes, Self.maximumBytes))
        endCapacity = max(16, expectedStrings)
        bytes = malloc(byteCapacity)!.assumingMemoryBound(to: UInt8.self)
        ends = malloc(endCapacity * MemoryLayout<UInt32>.stride)!.assumingMemoryBound(to: UInt32.self)
    }

    deinit {
        free(bytes)
        free(ends)
    }

    var byteSize: Int { byteCount }

    /// The bytes of string `index`, valid while the table lives; nil when there is no such string.
    @inline(__always)
    func string(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        guard index >= 0, index < count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return UnsafeBufferPointer(start: bytes + start, count: Int(ends[index]) - start)
    }

    func append(_ text: UnsafeBufferPointer<UInt8>) {
        if byteCount + text.count > byteCapacity {
            byteCapacity = min(max(byteCount + text.count, byteCapacity * 2), Self.maximumBytes)
            bytes = realloc(bytes, byteCapacity)!.assumingMemoryBound(to: UInt8.self)
        }
        (bytes + byteCount).update(from: text.baseAddress!, count: text.count)
        byteCount += text.count
    }

    func endString() {
        if count == endCapacity {
            endCapacity *= 2
            ends = realloc(ends, endCapacity * MemoryLayout<UInt32>.stride)!.assumingMemoryBound(to: UInt32.self)
        }
        ends[count] = UInt32(byteCount)
        count += 1
    }
}

/// Fills a `SharedStrings` from `xl/sharedStrings.xml`: each `<si>` is a plain `<t>` or rich-text
/// runs `<r><t>`, whose texts join; phonetic runs `<rPh>` (furigana) are not part of the value.
final class SharedStringsParser: XMLContentHandler {
    private(set) var strings: SharedStrings
    /// The arena may not grow past this (the zip guards bound the part; this bounds memory).
    let limit: Int
    private let partSize: Int
    private(set) var overLimit = false
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    /// `partSize`: the inflated size of the part, an upper bound on its text.
    init(limit: Int, partSize: Int) {
        self.limit = min(limit, SharedStrings.maximumBytes)
        self.partSize = partSize
        strings = SharedStrings(expectedBytes: min(partSize, self.limit))
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("t") {
            inText = inItem && phoneticDepth == 0
        } else if name.is("si") {
            inItem = true
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("sst"), strings.count == 0,
                  let unique = attributes.value("uniqueCount").flatMap(XMLAttributes.integer) {
            // Each <si><t/></si> takes at least 12 bytes: a count beyond that is a lie, not a reservation.
            strings = SharedStrings(expectedBytes: min(partSize, limit), expectedStrings: min(unique, partSize / 12))
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("t") {
            inText = false
        } else if name.is("si") {
            inItem = false
            strings.endString()
        } else if name.is("rPh") {
            phoneticDepth -= 1
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard inText, !overLimit else { return }
        guard strings.byteSize + text.count <= limit else { overLimit = true; return }
        strings.append(text)
    }
}
