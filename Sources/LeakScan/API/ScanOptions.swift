#if canImport(Glibc)
import Glibc
#endif

/// How a scan runs. The CLI fills it from flags; library users build it directly.
public struct ScanOptions: Sendable {
    public var walk: WalkOptions
    /// Files scanned at once (default: every core).
    public var threads: Int
    public var policy: Policy
    /// Build locations and values for each finding; off for counts-only reports.
    public var details: Bool

    public init(walk: WalkOptions = WalkOptions(), threads: Int = ScanOptions.coreCount,
                policy: Policy = Policy(), details: Bool = true) {
        self.walk = walk
        self.threads = max(1, threads)
        self.policy = policy
        self.details = details
    }

    public static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
