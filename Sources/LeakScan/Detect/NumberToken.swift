/// A maximal run of ASCII digit groups joined by separators (a space or `-`; a mobile's dots or
/// double spaces), as found by the engine: `13812345678`, `138 1234 5678`,
/// `410105-19900307-123X`, `+86 138-1234-5678`.
///
/// Groups are maximal runs of digits, so a value made of whole groups can never be a slice of a
/// longer digit run. Detectors pick the consecutive groups that make up their value.
public struct NumberToken {
    public let window: UnsafeBufferPointer<UInt8>
    /// Window ranges of the digit groups, in order (a view of the engine's reused buffer).
    public let groups: UnsafeBufferPointer<Range<Int>>
    /// An `X` or `x` directly follows the last group: the ID check character 10 (`isCheckCharacter`).
    public let trailingX: Bool

    public init(window: UnsafeBufferPointer<UInt8>, groups: UnsafeBufferPointer<Range<Int>>, trailingX: Bool) {
        self.window = window
        self.groups = groups
        self.trailingX = trailingX
    }

    /// The `X` or `x` at `x`, after a group of `digits` digits, is an ID's check character: at
    /// the value's end, or with 17 digits before it and a disability certificate's kind (1–7)
    /// and grade (1–4) after it (第二代残疾人证号 is the holder's ID and those two digits:
    /// `41010520100315123X42`).
    static func isCheckCharacter(_ w: UnsafeBufferPointer<UInt8>, at x: Int, afterDigits digits: Int) -> Bool {
        let next = x + 1
        if next >= w.count || !isAlphanumeric(w[next]) { return true }
        guard digits == 17, next + 2 <= w.count, w[next] &- 0x31 < 7, w[next + 1] &- 0x31 < 4 else { return false }
        return next + 2 == w.count || !isAlphanumeric(w[next + 2])
    }

    /// Window offset of the first digit.
    public var start: Int { groups.first!.lowerBound }
    /// Window offset just after the last digit (the trailing `X` not included).
    public var end: Int { groups.last!.upperBound }

    /// Total number of digits in groups `range` (indices into `groups`).
    public func digitCount(_ range: Range<Int>) -> Int {
        var n = 0
        for i in range { n += groups[i].count }
        return n
    }

    /// Calls `body` with the digits of groups `range` as ASCII bytes (`0`...`9`), concatenated,
    /// without the separators. At most 32 digits are passed; longer runs are never personal data
    /// we report. A single group is passed where it lies, with no copy.
    @inline(__always)
    public func withDigits<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if range.count == 1 {
            let g = groups[range.lowerBound]
            return body(UnsafeBufferPointer(rebasing: window[g.lowerBound..<min(g.upperBound, g.lowerBound + 32)]))
        }
        // 32 bytes on the stack: `withUnsafeTemporaryAllocation` went to the heap here (a malloc
        // and a free per ID checked).
        var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &storage) { raw in
            let buf = raw.bindMemory(to: UInt8.self)
            var n = 0
            outer: for i in range {
                for j in groups[i] {
                    if n == 32 { break outer }
                    buf[n] = window[j]
                    n += 1
                }
            }
            return body(UnsafeBufferPointer(rebasing: buf[0..<n]))
        }
    }

    /// Digits of groups `range` up to the last that is not zero: of a spreadsheet's number written
    /// out with zeros past its stored digits (`DetectionContext.isApproximateNumber`), those it
    /// surely kept (the zeros may be its own or stand for lost digits).
    public func keptDigits(_ range: Range<Int>) -> Int {
        withDigits(range) { d in (d.lastIndex { $0 != UInt8(ascii: "0") } ?? -1) + 1 }
    }

    /// The byte just before the first digit of group `i` (nil at the window start).
    public func byteBefore(group i: Int) -> UInt8? {
        let s = groups[i].lowerBound
        return s > 0 ? window[s - 1] : nil
    }

    /// The byte just after the last digit of group `i` (nil at the window end).
    public func byteAfter(group i: Int) -> UInt8? {
        let e = groups[i].upperBound
        return e < window.count ? window[e] : nil
    }
}

/// The decimal value of the ASCII digits `range`.
@inline(__always)
func decimalValue(_ digits: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var n = 0
    for k in range { n = n &* 10 &+ Int(digits[k] &- 0x30) }
    return n
}

extension NumberToken {
    /// Groups `range` form one written value rather than a slice of a longer one: a single group
    /// (always a whole digit run), or groups joined by one separator that does not also join them
    /// to a neighbouring group (`410105 19900307 1234` but not the middle of `1 410105 1990…`
    /// written with spaces throughout; a space-separated list of dash-written values still works).
    /// With `followedByAnother`, the group after may be so joined: it opens another value (an
    /// ID's 6-8-4 before a phone typed in groups, `410122 20091116 2745 158 0749 5620`).
    func isWrittenForm(_ range: Range<Int>, followedByAnother: Bool = false) -> Bool {
        guard range.count > 1 else { return true }
        let separator = window[groups[range.lowerBound + 1].lowerBound - 1]
        for i in range.lowerBound + 2..<range.upperBound
        where window[groups[i].lowerBound - 1] != separator { return false }
        if range.lowerBound > groups.startIndex, window[groups[range.lowerBound].lowerBound - 1] == separator {
            return false
        }
        if !followedByAnother, range.upperBound < groups.endIndex, window[groups[range.upperBound].lowerBound - 1] == separator {
            return false
        }
        return true
    }

    /// Groups `first - 3 ..< first` have an ID's written shape 6-8-4: a value of its own, not
    /// the head of the number that group `first` opens.
    func followsIDShape(_ first: Int) -> Bool {
        first >= groups.startIndex + 3 && groups[first - 3].count == 6 && groups[first - 2].count == 8 && groups[first - 1].count == 4
    }
}

extension NumberToken {
    /// Groups from `i` on, joined by what the eye does not see (`unseenJoinLength`), up to
    /// `digits` digits in all: a value a reader reads whole although the text splits it. Nil
    /// unless two groups at least are so joined; it may hold fewer digits than asked, when the
    /// token ends or another separator comes first.
    func unseenlyJoinedGroups(from i: Int, digits: Int, lineBreaks: Bool) -> Range<Int>? {
        var total = groups[i].count
        var j = i + 1
        while total < digits, j < groups.endIndex {
            let gap = groups[j - 1].upperBound
            guard Self.unseenJoinLength(window, at: gap, end: groups[j].lowerBound, lineBreaks: lineBreaks)
                    == groups[j].lowerBound - gap else { break }
            total += groups[j].count
            j += 1
        }
        return j > i + 1 ? i..<j : nil
    }

    /// Bytes of a character at `i` that no one sees between digits, else 0: a zero-width space,
    /// non-joiner or joiner, a word joiner, a byte-order mark (web forms, WeChat and PDFs leave
    /// them inside pasted numbers), and with `lineBreaks` a line break (a cell's text wrapped by
    /// hand, Alt+Enter, to fit a narrow printed column).
    static func unseenJoinLength(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, lineBreaks: Bool) -> Int {
        guard i < end else { return 0 }
        switch w[i] {
        case 0x0A:
            return lineBreaks ? 1 : 0
        case 0x0D:
            return lineBreaks && i + 1 < end && w[i + 1] == 0x0A ? 2 : 0
        default:
            return HanText.scalar(w, at: i, end: end).map(isZeroWidth) == true ? 3 : 0
        }
    }

    /// The zero-width characters among them: U+200B–U+200D, U+2060 and U+FEFF (all three bytes
    /// long in UTF-8); the masker leaves them out too. Compared, not hashed: asked after digits
    /// in every number's tokenizing.
    @inline(__always)
    static func isZeroWidth(_ s: UInt32) -> Bool {
        (0x200B...0x200D).contains(s) || s == 0x2060 || s == 0xFEFF
    }

    /// Tries a value at each group, left to right: `value(i)` gives the match whose first group
    /// is `i` and the index of the group after it, where the search goes on.
    @inline(__always)
    func forEachValue(from first: Int = 0, into matches: MatchList, _ value: (Int) -> (Match, next: Int)?) {
        var i = first
        while i < groups.endIndex {
            if let (match, next) = value(i) {
                matches.append(match)
                i = next
            } else {
                i += 1
            }
        }
    }
}
