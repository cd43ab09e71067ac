/// The items of a YAML flow collection written on one line: `{name: 张伟, phone: "139…"}`, as
/// fixtures and Ansible variables write a list of records, or `[13812345678, 13912345678]`. Each
/// item is a `key: value` pair or a value alone; a quoted value is given without its quotes;
/// a value that is a collection itself is given whole, to be taken apart in turn.
struct FlowItems {
    struct Item {
        let key: Range<Int>?
        let value: Range<Int>
        /// The quote around the value (`"`: its escapes mean something).
        let quote: UInt8?
    }

    /// Collections nested deeper than this are scanned as text.
    static let maximumDepth = 8

    private(set) var items: [Item] = []
    /// Where the collection ends (after its closing bracket, or the line's end when it has none).
    private(set) var end: Int

    /// The collection that opens at `r.lowerBound` (`{` or `[`), within `r`.
    init(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
        var i = r.lowerBound + 1
        end = r.upperBound
        var itemStart = i
        var depth = 0
        var keyEnd: Int?
        while i < r.upperBound {
            let b = t[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                i = Self.afterQuoted(t, from: i, end: r.upperBound)
                continue
            }
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 {
                    add(t, itemStart..<i, keyEnd: keyEnd)
                    end = i + 1
                    return
                }
                depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                add(t, itemStart..<i, keyEnd: keyEnd)
                itemStart = i + 1
                keyEnd = nil
            case UInt8(ascii: ":") where depth == 0 && keyEnd == nil:
                // A key's colon is followed by a blank, or stands right after a quoted key.
                if i + 1 == r.upperBound || KeyValueLine.isBlank(t[i + 1]) || i > itemStart && t[i - 1] == UInt8(ascii: "\"") {
                    keyEnd = i
                }
            default:
                break
            }
            i += 1
        }
        add(t, itemStart..<r.upperBound, keyEnd: keyEnd)
    }

    private mutating func add(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, keyEnd: Int?) {
        let value = Self.unquoted(t, Self.trimmed(t, keyEnd.map { ($0 + 1)..<r.upperBound } ?? r))
        let key = keyEnd.map { Self.unquoted(t, Self.trimmed(t, r.lowerBound..<$0)).range }
        guard !value.range.isEmpty || key.map({ !$0.isEmpty }) == true else { return }
        items.append(Item(key: key, value: value.range, quote: value.quote))
    }

    private static func trimmed(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        let lower = KeyValueLine.skipBlanks(t, from: r.lowerBound, end: r.upperBound)
        var upper = r.upperBound
        while upper > lower, KeyValueLine.isBlank(t[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func unquoted(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (range: Range<Int>, quote: UInt8?) {
        guard r.count >= 2, t[r.lowerBound] == t[r.upperBound - 1],
              t[r.lowerBound] == UInt8(ascii: "\"") || t[r.lowerBound] == UInt8(ascii: "'") else { return (r, nil) }
        return ((r.lowerBound + 1)..<(r.upperBound - 1), t[r.lowerBound])
    }

    /// The index after the quoted string that opens at `from` (`\"` escaped in double quotes).
    private static func afterQuoted(_ t: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        let quote = t[from]
        var i = from + 1
        while i < end {
            if quote == UInt8(ascii: "\""), t[i] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if t[i] == quote { return i + 1 }
            i += 1
        }
        return end
    }
}
