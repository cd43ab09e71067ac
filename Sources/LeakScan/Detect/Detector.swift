/// A value a detector recognised, in window offsets.
public struct Match: Sendable, Equatable {
    public var kind: Kind
    public var confidence: Confidence
    /// Window offsets of the value itself (separators inside it included).
    public var range: Range<Int>
    public var organisational: Bool

    public init(kind: Kind, confidence: Confidence, range: Range<Int>, organisational: Bool = false) {
        self.kind = kind
        self.confidence = confidence
        self.range = range
        self.organisational = organisational
    }
}

/// What wakes a detector up. The engine makes one pass over the bytes and hands each candidate
/// to the detectors that asked for it, so adding a detector does not add a pass.
public enum Trigger: Sendable {
    /// A run of digit groups (see `NumberToken`).
    case number
    /// An `@` sign.
    case atSign
}

/// Everything a detector may look at for one candidate: the piece's bytes and what the
/// surroundings say. Never the file format.
public struct DetectionContext {
    public var piece: Piece
    /// What the column header says (empty outside tables).
    public var columnHints: ContextHints

    public var window: UnsafeBufferPointer<UInt8> { piece.window }
}

/// One kind of personal data. Each detector lives in its own file under `Detectors/`.
public protocol Detector: Sendable {
    var trigger: Trigger { get }
    /// Looks at a number token (trigger `.number`).
    func detect(_ token: NumberToken, _ context: DetectionContext, into matches: inout [Match])
    /// Looks at an `@` at window offset `at` (trigger `.atSign`).
    func detect(atSign at: Int, _ context: DetectionContext, into matches: inout [Match])
}

extension Detector {
    public func detect(_ token: NumberToken, _ context: DetectionContext, into matches: inout [Match]) {}
    public func detect(atSign at: Int, _ context: DetectionContext, into matches: inout [Match]) {}
}
