import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import LeakScan

/// The command line's address-space ceiling: 2 GiB and 1 GiB a thread, never above the hard
/// limit, never raising a stricter soft one.
final class MemoryCeilingTests: XCTestCase {
    func testTheCeilingGrowsWithThreadsAndKeepsStricterLimits() {
        let unlimited = rlim_t.max   // RLIM_INFINITY
        XCTAssertEqual(MemoryCeiling.softLimit(threads: 2, current: unlimited, hard: unlimited), 4 << 30)
        XCTAssertEqual(MemoryCeiling.softLimit(threads: 16, current: unlimited, hard: unlimited), 18 << 30)
        XCTAssertEqual(MemoryCeiling.softLimit(threads: 0, current: unlimited, hard: unlimited), 3 << 30)
        XCTAssertEqual(MemoryCeiling.softLimit(threads: 2, current: unlimited, hard: 1 << 30), 1 << 30)
        XCTAssertNil(MemoryCeiling.softLimit(threads: 2, current: 1 << 30, hard: unlimited))
    }
}
