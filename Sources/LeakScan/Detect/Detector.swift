/// A value a detector recognised, in window offsets.
public struct Match: Sendable, Equatable {
    public var kind: Kind
    public var confidence: Confidence
    /// Window offsets of the value itself (separators inside it included).
    public var range: Range<Int>
    public var organisational: Bool
    /// Kept only if its record (row or line) holds another personal value: a cell that looks
    /// like a name says little alone, next to an ID in the same row it is a name.
    public var needsCompanion: Bool
    /// A name that needs company may have it from its column instead: it is held back, and
    /// reported if the column turns out to hold mostly names (the first two of a header-less list).
    public var columnMayVouch: Bool

    public init(kind: Kind, confidence: Confidence, range: Range<Int>, organisational: Bool = false,
                needsCompanion: Bool = false, columnMayVouch: Bool = false) {
        self.kind = kind
        self.confidence = confidence
        self.range = range
        self.organisational = organisational
        self.needsCompanion = needsCompanion
        self.columnMayVouch = columnMayVouch
    }
}

/// What wakes a detector up. The engine makes one pass over the bytes and hands each candidate
/// to the detectors that asked for it, so adding a detector does not add a pass.
public struct Trigger: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A run of digit groups (see `NumberToken`).
    public static let number = Trigger(rawValue: 1 << 0)
    /// An `@` sign.
    public static let atSign = Trigger(rawValue: 1 << 1)
    /// A whole table cell of text, once, before its bytes are searched (cells that start with a
    /// digit are numbers: the number detectors see them).
    public static let cell = Trigger(rawValue: 1 << 2)
    /// One of the Han characters the detector lists in `hanTriggers`.
    public static let han = Trigger(rawValue: 1 << 3)
    /// A personal value another detector found in running text (a name beside a phone).
    public static let besideValue = Trigger(rawValue: 1 << 4)
    /// A value of the detector's `recurringKind` that it reported earlier in the same document,
    /// found again (a student's name after 学生：, then in a sentence with no cue).
    public static let recurrence = Trigger(rawValue: 1 << 5)
    /// Chinese text right after an ASCII key in running text (`name=张三`, `"xm": "张三"`: log
    /// lines, query strings), whose key names a kind as a column header would (`TextKeys`).
    public static let keyedText = Trigger(rawValue: 1 << 6)
    /// Chinese text right after blanks (spaces, tabs, no-break spaces; up to 16 bytes) that
    /// follow Chinese text: words written apart, as the names of a list are (张梓涵 李浩然 王一诺).
    public static let afterBlank = Trigger(rawValue: 1 << 7)
    /// Chinese text that opens a line of running text, after the line's head (an indent, a
    /// list number: `LineHeads`): the items of a list written one a line.
    public static let lineStart = Trigger(rawValue: 1 << 8)
    /// A run of digit groups whose last group a mask character follows (`MaskedValue`:
    /// `158214688**`): a value masked in part.
    public static let maskedNumber = Trigger(rawValue: 1 << 9)
}

/// Everything a detector may look at for one candidate: the piece's bytes and what the
/// surroundings say. Never the file format. A plain value type with no references, so handing
/// it to every detector costs no reference counting.
public struct DetectionContext {
    /// The piece's bytes; before `scan` they are context only (earlier fields of the record).
    public let window: UnsafeBufferPointer<UInt8>
    /// The part of the window being searched.
    public let scan: Range<Int>
    /// What the column header says (empty outside tables).
    public let columnHints: ContextHints
    /// The piece is one cell of a table: the rest of its window is other cells.
    public let isTableCell: Bool
    /// The value is a spreadsheet cell stored as a number (digits as Excel kept them).
    public let isNumericCell: Bool
    /// The number's trailing digits are padding for digits the file lost (see `Piece.isApproximate`).
    public let isApproximateNumber: Bool
    /// What the column's cells have held so far (`Column.tally`; empty outside tables).
    public let column: ColumnTally

    /// How many bytes before window offset `start` a keyword may stand, at most `distance`: in a
    /// table only the value's own cell counts (the column header speaks for the column; a
    /// neighbouring cell such as 出生地 says nothing about this one).
    @inline(__always)
    public func keywordDistance(before start: Int, atMost distance: Int) -> Int {
        isTableCell ? min(distance, start - scan.lowerBound) : distance
    }

    public init(window: UnsafeBufferPointer<UInt8>, scan: Range<Int>, columnHints: ContextHints, isTableCell: Bool,
                isNumericCell: Bool = false, isApproximateNumber: Bool = false, column: ColumnTally = ColumnTally()) {
        self.window = window
        self.scan = scan
        self.columnHints = columnHints
        self.isTableCell = isTableCell
        self.isNumericCell = isNumericCell
        self.isApproximateNumber = isApproximateNumber
        self.column = column
    }
}

/// One kind of personal data. Each detector lives in its own file under `Detectors/`, as a
/// subclass that overrides what its trigger calls for. A class, not a protocol: the engine
/// calls detectors for every candidate, and a call through a protocol existential cost a retain
/// and a release each (a tenth of the time on a roster).
open class Detector: @unchecked Sendable {
    public let trigger: Trigger
    /// The fewest digits a token must have for this detector to care (trigger `.number`): the
    /// engine does not call it for shorter tokens (scores, class numbers, small counts).
    public let minimumDigits: Int
    /// The fewest digit groups a token must have (trigger `.number`): `26-3-604` has three.
    public let minimumGroups: Int

    public init(trigger: Trigger, minimumDigits: Int = 1, minimumGroups: Int = 1) {
        self.trigger = trigger
        self.minimumDigits = minimumDigits
        self.minimumGroups = minimumGroups
    }

    /// Whether the detector wants number tokens in table cells too, or only in running text
    /// (trigger `.number`); read once, when an engine is made.
    open var wantsNumbersInTables: Bool { true }
    /// A number that opens its table cell can be this detector's value only when the cell's
    /// hints hold one of these (a birth date needs a birth-date column, or a sex alone in the
    /// cell before: `ContextHints.followsSex`): the engine does not hand it such numbers under
    /// other headers. Nil: any number may be. Read once, when an engine is made.
    open var cellOpeningNumberCue: ContextHints? { nil }
    /// Looks at a number token (trigger `.number`).
    open func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {}
    /// Looks at a number token whose last group a mask character follows (trigger `.maskedNumber`).
    open func detect(masked token: NumberToken, _ context: DetectionContext, into matches: MatchList) {}
    /// Looks at an `@` at window offset `at` (trigger `.atSign`).
    open func detect(atSign at: Int, _ context: DetectionContext, into matches: MatchList) {}
    /// Whether the cells of a column whose header says `hints` may hold this detector's values
    /// (trigger `.cell`): the engine hands it no cell of the other columns. Asked once per
    /// kind of header.
    open func wantsCells(under hints: ContextHints) -> Bool { true }
    /// Looks at a whole table cell (trigger `.cell`): `cell` is its text without surrounding blanks.
    open func detect(cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {}
    /// Whether a cell in which the detector found nothing is the title of values of its kind
    /// below it (一等奖 over names), not a value (trigger `.cell`): such a cell does not count
    /// against the column's lookalikes (`ColumnTally`). Asked only in columns that have shown
    /// lookalikes, and of a column's first text cells (a title row above the first value).
    open func headsValues(cell: Range<Int>, _ context: DetectionContext) -> Bool { false }
    /// The Han characters that wake the detector (trigger `.han`); keep them few and specific,
    /// since every Chinese character of the input is looked up.
    open var hanTriggers: [Unicode.Scalar] { [] }
    /// Looks at one of `hanTriggers` at window offset `at` (its first byte).
    open func detect(han scalar: Unicode.Scalar, at: Int, _ context: DetectionContext, into matches: MatchList) {}
    /// Looks at Chinese text at window offset `at`, right after an ASCII key whose hints are
    /// `key` (trigger `.keyedText`).
    open func detect(keyed at: Int, key: ContextHints, _ context: DetectionContext, into matches: MatchList) {}
    /// Looks at Chinese text at window offset `at`, right after blanks that follow Chinese text
    /// (trigger `.afterBlank`).
    open func detect(afterBlank at: Int, _ context: DetectionContext, into matches: MatchList) {}
    /// Looks at Chinese text at window offset `at`, where the words of a line of running text
    /// start (trigger `.lineStart`).
    open func detect(lineStart at: Int, _ context: DetectionContext, into matches: MatchList) {}
    /// Looks beside `value`, a personal value found in running text: an ID or a phone number,
    /// an address, an e-mail address or a bank card (trigger `.besideValue`).
    open func detect(beside value: Match, _ context: DetectionContext, into matches: MatchList) {}
    /// The kind of the values the engine remembers for the rest of a document (trigger
    /// `.recurrence`): those of two to four Han characters that were reported on their own.
    open var recurringKind: Kind? { nil }
    /// Looks at `range`, where a value of `recurringKind` found earlier in the document stands
    /// again (trigger `.recurrence`): whether it is that value here, not part of a longer word.
    open func detect(recurrence range: Range<Int>, _ context: DetectionContext, into matches: MatchList) {}
}
