#if canImport(Glibc)
import Glibc
#endif

extension RawFileNames {
    /// The name for people: read as GB18030 (GBK's superset, what Chinese Windows writes) when
    /// all of it converts, else with `\xNN` for every byte from 0x80 up.
    static func readable(_ name: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
        return IconvConverter.gb18030Name(bytes)
            ?? bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
    }
}
