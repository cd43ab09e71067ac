#if canImport(Glibc)
import Glibc
#endif

/// The address space the command line lets itself use, set before it scans. A hostile file that
/// makes a library allocate without end (a damaged PDF grew poppler's text extraction past
/// 20 GB) then has its allocation refused, which the reader reports as that file's error
/// (`damaged PDF`), instead of the whole nightly scan being killed by the system for want of
/// memory. A scan uses a few hundred MB of address space; the ceiling leaves each reading thread
/// room for the largest thing a reader may hold (a workbook's shared strings, 1 GiB at most). A
/// stricter limit already set (`ulimit -v`) stays.
public enum MemoryCeiling {
    /// Lowers the soft limit of the process's address space (`softLimit`).
    public static func apply(threads: Int) {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_AS.rawValue)
        guard getrlimit(resource, &limit) == 0,
              let lowered = softLimit(threads: threads, current: limit.rlim_cur, hard: limit.rlim_max) else { return }
        limit.rlim_cur = lowered
        _ = setrlimit(resource, &limit)
    }

    /// The soft limit to set for `threads` reading threads, given the current soft and hard
    /// limits; nil when the current one is as strict already.
    static func softLimit(threads: Int, current: rlim_t, hard: rlim_t) -> rlim_t? {
        let ceiling = rlim_t(baseBytes) + rlim_t(perThreadBytes) * rlim_t(max(1, threads))
        return current > ceiling ? min(ceiling, hard) : nil
    }

    private static let baseBytes = 2 << 30
    private static let perThreadBytes = 1 << 30
}
