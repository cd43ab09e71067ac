/// The escaped runs of a piece of running text, in their order: percent-encoded
/// (`PercentEncodedRuns`) and `\u`-escaped (`UnicodeEscapeRuns`). Each kind is looked for once
/// per run found, so a piece with none costs a search for `%` and one for `\`.
struct EscapedRuns {
    enum Kind { case percent, unicode }

    private let text: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var percent: Range<Int>?
    private var unicode: Range<Int>?

    init(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.text = text
        end = range.upperBound
        percent = PercentEncodedRuns.next(in: text, range)
        unicode = UnicodeEscapeRuns.next(in: text, range)
    }

    /// The next run at or after `from` (the end of the run before), and its kind.
    mutating func next(from: Int) -> (run: Range<Int>, kind: Kind)? {
        if let run = percent, run.lowerBound < from { percent = PercentEncodedRuns.next(in: text, from..<end) }
        if let run = unicode, run.lowerBound < from { unicode = UnicodeEscapeRuns.next(in: text, from..<end) }
        if let p = percent, unicode.map({ p.lowerBound < $0.lowerBound }) ?? true { return (p, .percent) }
        return unicode.map { ($0, .unicode) }
    }

    /// Decodes `run` into `decoded` (`textStart`: the text offset of the piece's `text[0]`);
    /// returns where the run starts in `decoded`.
    func decode(_ run: Range<Int>, _ kind: Kind, textStart: Int, into decoded: DecodedText) -> Int {
        switch kind {
        case .percent: return PercentEncodedRuns.decode(text, run, textStart: textStart, into: decoded)
        case .unicode: return UnicodeEscapeRuns.decode(text, run, textStart: textStart, into: decoded)
        }
    }
}
