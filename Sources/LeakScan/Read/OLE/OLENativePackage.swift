/// A file packed by Windows' Object Packager, as Word and Excel embed a file inserted as an icon
/// (Insert > Object > Create from File: a CSV roster, a text export). Its `\u{1}Ole10Native`
/// stream (MS-OLEDS 2.3.6 OLENativeStream) holds the size of what follows, then the packager's
/// header: a 16-bit value, the file's label, its source path, two 32-bit values and a temporary
/// path (strings zero-terminated, in the system's ANSI code page), then the file's size and its
/// bytes, the layout oletools' `oleobj` reads.
struct OLENativePackage {
    /// The label: the file's name as it was inserted (`花名册.csv`).
    let name: String
    let bytes: [UInt8]

    init(_ file: CompoundFileDirectory, limit: Int) throws {
        let stream = LEBytes(try file.streamBytes(named: .ole10Native, limit: limit)[...])
        var at = 6  // the total size, then the 16-bit value
        func string() throws -> [UInt8] {
            let start = at
            while at < stream.count, stream.u8(at) != 0 { at += 1 }
            guard at < stream.count else { throw Self.corrupt }
            at += 1
            return Array(stream.slice(start, at - 1 - start))
        }
        let label = try string()
        _ = try string()  // the source path
        at += 8
        _ = try string()  // the temporary path
        guard at + 4 <= stream.count else { throw Self.corrupt }
        let size = Int(stream.u32(at))
        guard at + 4 + size <= stream.count else { throw Self.corrupt }
        bytes = Array(stream.slice(at + 4, size))
        name = Self.decoded(label)
    }

    /// ANSI on a Chinese system is GBK: UTF-8 when it reads as such, else GB18030.
    private static func decoded(_ label: [UInt8]) -> String {
        if let utf8 = String(validating: label, as: UTF8.self) { return utf8 }
        if let bytes = (try? IconvConverter(from: "GB18030"))?.convertWhole(label) { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: label, as: UTF8.self)
    }

    private static let corrupt = CompoundFile.corrupt("the Ole10Native stream is cut short")
}
