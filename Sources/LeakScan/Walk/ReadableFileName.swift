#if canImport(Glibc)
import Glibc
#endif

extension RawFileNames {
    /// The name for people: read as GB18030 (GBK's superset, what Chinese Windows writes) when
    /// all of it converts, else with `\xNN` for every byte from 0x80 up.
    static func readable(_ name: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
        return printable(IconvConverter.gb18030Name(bytes) ?? bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : hexEscaped($0) }.joined())
    }

    /// `name` with each control character (a line feed typed into a name on a Mac) as `\xNN`,
    /// so that a report's line stays one.
    static func printable(_ name: String) -> String {
        guard name.utf8.contains(where: isControl) else { return name }
        return name.unicodeScalars.map { $0.value < 0x80 && isControl(UInt8($0.value)) ? hexEscaped(UInt8($0.value)) : String($0) }.joined()
    }

    private static func isControl(_ b: UInt8) -> Bool { b < 0x20 || b == 0x7F }

    /// `\xNN`, for a byte shown as it is.
    private static func hexEscaped(_ b: UInt8) -> String {
        "\\x" + (b < 0x10 ? "0" : "") + String(b, radix: 16, uppercase: true)
    }
}
