/// Where the engine puts what it finds. A sink that only counts (`wantsDetails == false`) spares
/// the engine building locations and value strings, which matters at millions of findings.
public protocol FindingSink {
    var wantsDetails: Bool { get }
    mutating func add(_ finding: Finding)
    mutating func count(_ kind: Kind, organisational: Bool)
    /// A member of the source (an archive's, a mail's attachment) is binary of a kind no reader
    /// knows, and was passed over (`FormatSniffer.isMediaOrProgram`).
    mutating func passedOverUnknownBinaryMember()
}

extension FindingSink {
    public mutating func passedOverUnknownBinaryMember() {}
}
