/// One piece of personal data found in one source.
public struct Finding: Sendable, Equatable {
    public var kind: Kind
    public var confidence: Confidence
    public var location: Location
    /// Exact byte span of the value in the source as stored (before any decoding), so that a
    /// redaction step can rewrite it.
    public var sourceRange: Range<Int>
    /// The value as UTF-8 text. Reporters never print it unmasked unless asked to.
    public var value: String
    /// The value is an organisation's own contact detail (letterhead, 咨询电话 …), not personal data.
    public var organisational: Bool
    /// For a `record`: the kinds of the values it joins (its `value` is empty).
    public var joins: [Kind]

    public init(kind: Kind, confidence: Confidence, location: Location, sourceRange: Range<Int>,
                value: String, organisational: Bool = false, joins: [Kind] = []) {
        self.kind = kind
        self.confidence = confidence
        self.location = location
        self.sourceRange = sourceRange
        self.value = value
        self.organisational = organisational
        self.joins = joins
    }
}
