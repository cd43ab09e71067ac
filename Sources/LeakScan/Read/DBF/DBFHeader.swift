/// The header of a dBase or FoxPro table (`.dbf`): 32 bytes (version, last update, record count
/// at 4, header length at 8, record length at 10, language driver at 29), then a 32-byte
/// descriptor per field up to a 0x0D byte (Visual FoxPro keeps a 263-byte backlink to its
/// database after it, inside the header length), then fixed-length records from the header's
/// end, each opening with its deletion flag.
struct DBFHeader {
    struct Field {
        /// The name's bytes, cut at its first NUL (in the table's code page).
        var name: [UInt8]
        var type: UInt8
        /// Where the field starts in its record (after the deletion flag), and its length.
        var offset: Int
        var length: Int
    }

    let recordCount: Int
    let headerLength: Int
    let recordLength: Int
    let languageDriver: UInt8
    let fields: [Field]

    /// dBase II's is 0x02, dBase III's 0x03 (0x83 with memos), FoxPro's 0xF5, Visual FoxPro's
    /// 0x30–0x32, dBase IV's 0x43, 0x63, 0x8B, 0x8E, 0xCB, FoxBASE's 0xFB, HiPer-Six's 0xE5.
    static let versions: Set<UInt8> = [0x02, 0x03, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0x8E, 0xCB, 0xE5, 0xF5, 0xFB]
    /// Field types of dBase, FoxPro and Visual FoxPro.
    static let types = Set("CNFDLMIBYTVGPQW0@+O".utf8)

    /// Whether `head` opens as a table: a known version byte, a last-update date that can be
    /// one, and a first field descriptor whose 11-byte name ends in a NUL (names hold ten bytes
    /// at most) and whose type is known. Text opening with `0` or `1` (Visual FoxPro's versions)
    /// has no NUL there.
    static func opens(_ head: [UInt8]) -> Bool {
        guard head.count >= 64, versions.contains(head[0]), head[2] <= 12, head[3] <= 31 else { return false }
        return head[32] != 0 && head[32] != 0x0D && head[42] == 0 && types.contains(head[43])
    }

    /// Reads the header from `bytes`, the table's first `headerLength` bytes, 32 at least (fewer
    /// when the file ends before).
    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        guard bytes.count >= 32 else { throw Self.truncated("the file ends inside its header") }
        recordCount = u16(4) | u16(6) << 16
        headerLength = u16(8)
        recordLength = u16(10)
        languageDriver = bytes[29]
        guard headerLength >= 65 else { throw Self.corrupt("its header length (\(headerLength) bytes) leaves no room for a field") }
        let runsPast = Self.corrupt("its field descriptors run past its header length (\(headerLength) bytes)")
        var fields: [Field] = []
        var at = 32
        var offset = 0
        while true {
            guard at < headerLength else { throw runsPast }
            guard at < bytes.count else { throw Self.truncated("the file ends inside its field descriptors") }
            if bytes[at] == 0x0D { break }
            guard at + 32 < headerLength else { throw runsPast }
            guard at + 32 <= bytes.count else { throw Self.truncated("the file ends inside its field descriptors") }
            let name = Array(bytes[at..<(at + 11)].prefix { $0 != 0 })
            let length = Int(bytes[at + 16])
            guard length > 0 else {
                throw Self.corrupt("field \(fields.count + 1) (\(String(decoding: name, as: UTF8.self))) has length 0")
            }
            fields.append(Field(name: name, type: bytes[at + 11], offset: offset, length: length))
            offset += length
            at += 32
        }
        guard !fields.isEmpty else { throw Self.corrupt("it has no fields") }
        guard recordLength == offset + 1 else {
            throw Self.corrupt("its record length (\(recordLength) bytes) is not its fields' (\(offset)) and the deletion flag")
        }
        self.fields = fields
    }

    static func corrupt(_ what: String) -> ScanError {
        ScanError(.other("corrupt dBase table: \(what)"))
    }

    static func truncated(_ what: String) -> ScanError {
        ScanError(.other("truncated dBase table: \(what)"))
    }
}
