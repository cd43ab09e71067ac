/// Bounds that keep a hostile or broken zip (a "zip bomb") from exhausting memory, disk or time.
/// They are checked while reading, never trusting the sizes an archive declares.
public struct ZipLimits: Sendable, Equatable {
    /// Most entries a central directory may hold.
    public var maxEntries: Int
    /// Most bytes one entry may inflate to.
    public var maxEntrySize: Int
    /// Most uncompressed bytes per compressed byte, counted as an entry inflates. Deflate's own
    /// maximum is about 1032:1; Apache POI refuses past 100:1.
    public var maxRatio: Int
    /// The ratio is only enforced once an entry has inflated past this many bytes, so that small,
    /// highly repetitive parts (empty sheets, styles) pass.
    public var ratioGraceBytes: Int

    public init(maxEntries: Int = 10_000, maxEntrySize: Int = 4 << 30, maxRatio: Int = 250,
                ratioGraceBytes: Int = 1 << 20) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxRatio = maxRatio
        self.ratioGraceBytes = ratioGraceBytes
    }

    public static let standard = ZipLimits()
}
