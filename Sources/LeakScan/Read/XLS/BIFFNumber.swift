#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers in BIFF8 cells: an `RkNumber` (MS-XLS 2.5.217) or an IEEE double, written as the
/// text an `.xlsx` stores for the same cell, 15 significant digits as Excel keeps them
/// (`13812345678`, `39519`, `95.5`, `4.10105200803121E+17`), so that the detectors read it as
/// they read a workbook's number cell.
enum BIFFNumber {
    /// The value of an RK number: bit 1 says a 30-bit integer, else the top 30 bits of a
    /// double; bit 0 says divided by 100.
    static func rk(_ rk: UInt32) -> Double {
        let value = rk & 2 != 0 ? Double(Int32(bitPattern: rk) >> 2) : Double(bitPattern: UInt64(rk & 0xFFFF_FFFC) << 32)
        return rk & 1 != 0 ? value / 100 : value
    }

    /// `value` with 15 significant digits, in the shortest form (`%.15G`).
    static func text(_ value: Double) -> [UInt8] {
        guard value.isFinite else { return [] }
        var out = [CChar](repeating: 0, count: 32)
        let n = withVaList([value]) { vsnprintf(&out, out.count, "%.15G", $0) }
        return out.prefix(max(0, min(Int(n), out.count - 1))).map { UInt8(bitPattern: $0) }
    }
}
