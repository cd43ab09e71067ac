/// A stretch of UTF-8 text handed by a reader to the detectors.
///
/// `window` may hold more than the part to search: bytes before `scan` are context only (the
/// previous fields of a CSV record, the end of the previous chunk of a text file), there so that
/// detectors can look for keywords just before a value. Detectors never see the file format.
public struct Piece {
    public var window: UnsafeBufferPointer<UInt8>
    /// The part of `window` to search for values.
    public var scan: Range<Int>
    /// The table column the piece belongs to, if any. Not retained: the reader owns its columns
    /// (one per table column, for the whole file) and must keep this one alive while the piece
    /// is scanned. Retaining cost a retain and a release every time the engine copied or read a
    /// piece's column, a fifth of the time on a CSV roster.
    public var column: Column? {
        get { columnReference?.takeUnretainedValue() }
        set { columnReference = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// The column as the engine reads it, without retaining.
    var columnReference: Unmanaged<Column>?
    /// The piece is a spreadsheet cell stored as a number, not as text.
    public var isNumber: Bool
    /// A number whose last digits are zeros standing in for digits the file never kept
    /// (`4.10105200803121E+17` written out): only its leading digits are real.
    public var isApproximate: Bool
    /// Byte classes covering `scan`, when the reader has them for its whole buffer; without,
    /// the engine classifies the bytes itself.
    public var classes: ByteClasses?
    /// What the reader knows of this cell beyond its column's header (`ContextHints.followsSex`).
    public var hints: ContextHints

    public init(window: UnsafeBufferPointer<UInt8>, scan: Range<Int>, column: Column? = nil, isNumber: Bool = false,
                isApproximate: Bool = false) {
        self.init(window: window, scan: scan, columnReference: column.map { Unmanaged.passUnretained($0) },
                  isNumber: isNumber, isApproximate: isApproximate)
    }

    /// A piece whose column the reader already holds unmanaged (no retain per field).
    init(window: UnsafeBufferPointer<UInt8>, scan: Range<Int>, columnReference: Unmanaged<Column>?,
         isNumber: Bool = false, isApproximate: Bool = false, classes: ByteClasses? = nil, hints: ContextHints = []) {
        self.window = window
        self.scan = scan
        self.columnReference = columnReference
        self.isNumber = isNumber
        self.isApproximate = isApproximate
        self.classes = classes
        self.hints = hints
    }
}

/// Turns positions in a piece's window into report locations and source byte offsets.
/// Readers supply one per piece; matches are resolved in increasing order of position, so an
/// implementation may keep a cursor and walk forward.
public protocol PieceLocator {
    /// Location of the value starting at window offset `start`, and the source byte span of the
    /// window range `range`.
    mutating func locate(_ range: Range<Int>, in window: UnsafeBufferPointer<UInt8>) -> (Location, Range<Int>)
}

/// One cell of a table row handed to `DetectionEngine.scanRow`: its text in the row's window
/// and its column (held by the reader, not retained).
public struct RowCell {
    public var scan: Range<Int>
    var column: Unmanaged<Column>

    init(scan: Range<Int>, column: Unmanaged<Column>) {
        self.scan = scan
        self.column = column
    }
}

/// A locator for the cells of a row: the engine says which cell it is in before it locates.
public protocol RowLocator: PieceLocator {
    /// The values located next lie in cell `index` of the row.
    mutating func enter(cell index: Int)
}
