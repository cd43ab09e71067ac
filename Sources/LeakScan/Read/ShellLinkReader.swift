/// A Windows shortcut (`.lnk`, MS-SHLLINK): no data of its own, but the path of the file it
/// opens, whose folders' and file's names are read as an archive member's are
/// (`周雨桐_贫困认定材料 - 快捷方式.lnk` › `D:/资助/2024秋/周雨桐_贫困认定材料.xlsx`): a desktop's
/// shortcuts name the pupils whose files they open. The path is the link's LinkInfo (the local
/// path, or a share's name and the path past it; in UTF-16 when the link gives it so, else in
/// the system's code page, GBK on a Chinese Windows), else its relative path, else its working
/// folder. The shell's item list, which names the same file again, is not read.
enum ShellLinkReader {
    /// The header's size and the shell link's class identifier, which open every `.lnk`.
    private static let signature: [UInt8] = [0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xC0, 0, 0, 0, 0, 0, 0, 0x46]
    /// A link read at most: real ones take a few KiB.
    static let limit = 1 << 20

    static func isShellLink(_ head: [UInt8]) -> Bool {
        head.starts(with: signature)
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws {
        let bytes = try ChunkReader.head(of: source, limit: limit)
        guard let path = targetPath(bytes) else { return }
        var folders = Set<String>()
        ArchiveReader.scanFolderNames(of: path, seen: &folders, engine: engine, sink: &sink)
        ArchiveReader.scanName(of: path, engine: engine, sink: &sink)
    }

    /// The path the link opens, with `/` between its parts (a folder's ending in `/`); nil when
    /// the link gives none or is cut short.
    static func targetPath(_ b: [UInt8]) -> String? {
        guard b.count >= headerSize else { return nil }
        let flags = uint32(b, 0x14) ?? 0
        let unicode = flags & 0x80 != 0
        var at = headerSize
        if flags & 0x01 != 0 {  // HasLinkTargetIDList
            guard let size = uint16(b, at) else { return nil }
            at += 2 + size
        }
        var target: String?
        if flags & 0x02 != 0 {  // HasLinkInfo
            guard let size = uint32(b, at), size >= 4, at + size <= b.count else { return nil }
            target = linkInfoPath(Array(b[at..<(at + size)]))
            at += size
        }
        // StringData: the name (a comment), then the relative path, the working folder …
        var strings: [Int: String] = [:]
        for (flag, key) in [(0x04, 0), (0x08, 1), (0x10, 2)] where flags & flag != 0 {
            guard let count = uint16(b, at) else { break }
            let length = unicode ? 2 * count : count
            guard at + 2 + length <= b.count else { break }
            let text = Array(b[(at + 2)..<(at + 2 + length)])
            strings[key] = unicode ? LEBytes(text[...]).utf16(0, length) : IconvConverter.gb18030Name(text)
            at += 2 + length
        }
        if let path = target ?? strings[1] { return slashed(path) }
        return strings[2].map { slashed($0) + "/" }
    }

    private static let headerSize = 0x4C

    /// LinkInfo's path: its local base path (UTF-16 when given, from a header of 0x24 bytes or
    /// more), or its network share's name, then the common path suffix.
    private static func linkInfoPath(_ info: [UInt8]) -> String? {
        guard let headerSize = uint32(info, 4), let flags = uint32(info, 8) else { return nil }
        let suffix = (headerSize >= 0x24 ? uint32(info, 0x20).flatMap { utf16String(info, $0) } : nil)
            ?? uint32(info, 0x18).flatMap { ansiString(info, $0) } ?? ""
        if flags & 0x01 != 0 {  // VolumeIDAndLocalBasePath
            let base = (headerSize >= 0x24 ? uint32(info, 0x1C).flatMap { utf16String(info, $0) } : nil)
                ?? uint32(info, 0x10).flatMap { ansiString(info, $0) }
            if let base { return base + suffix }
        }
        if flags & 0x02 != 0, let link = uint32(info, 0x14), let netName = uint32(info, link + 8),
           let share = ansiString(info, link + netName) {  // CommonNetworkRelativeLinkAndPathSuffix
            return share + (suffix.isEmpty ? "" : "\\" + suffix)
        }
        return nil
    }

    /// `\` as `/`, and no `/` or drive's colon leading (`D:\资助` → `D:/资助`, `\\srv\共享` → `srv/共享`).
    private static func slashed(_ path: String) -> String {
        path.split(whereSeparator: { $0 == "\\" || $0 == "/" }).joined(separator: "/")
    }

    private static func ansiString(_ b: [UInt8], _ offset: Int) -> String? {
        guard offset > 0, offset < b.count else { return nil }
        let end = b[offset...].firstIndex(of: 0) ?? b.count
        return end > offset ? IconvConverter.gb18030Name(b[offset..<end]) : nil
    }

    private static func utf16String(_ b: [UInt8], _ offset: Int) -> String? {
        guard offset > 0, offset < b.count else { return nil }
        var end = offset
        while end + 1 < b.count, b[end] != 0 || b[end + 1] != 0 { end += 2 }
        return end > offset ? LEBytes(b[...]).utf16(offset, end - offset) : nil
    }

    /// A little-endian field at `at`, nil past the bytes (a link cut short or lying).
    private static func uint16(_ b: [UInt8], _ at: Int) -> Int? {
        at >= 0 && at + 2 <= b.count ? LEBytes(b[...]).u16(at) : nil
    }

    private static func uint32(_ b: [UInt8], _ at: Int) -> Int? {
        at >= 0 && at + 4 <= b.count ? Int(LEBytes(b[...]).u32(at)) : nil
    }
}
