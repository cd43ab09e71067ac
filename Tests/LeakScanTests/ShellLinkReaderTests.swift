import XCTest
@testable import LeakScan

/// Windows shortcuts: the path of the file a link opens is read as names, from its LinkInfo
/// (a local path in the system's code page or in UTF-16, a share's), else its relative path;
/// a shortcut to a clean path passes; one cut short is no error but names nothing.
final class ShellLinkReaderTests: XCTestCase {
    private static func le(_ v: Int, _ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }

    /// A link as Explorer writes one (MS-SHLLINK): the 76-byte header with `flags`, then `info`
    /// (a LinkInfo) and `strings` (StringData, UTF-16 when `flags` has IsUnicode, 0x80).
    static func link(flags: Int, info: [UInt8] = [], strings: [[UInt8]] = []) -> [UInt8] {
        var header: [UInt8] = le(0x4C, 4) + [0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xC0, 0, 0, 0, 0, 0, 0, 0x46]
        header += le(flags, 4) + le(0x20, 4)
        header += [UInt8](repeating: 0, count: 0x4C - header.count)
        return header + info + strings.flatMap { $0 } + [0, 0, 0, 0]
    }

    /// A LinkInfo holding a local base path: `path` in GBK, or in UTF-16 after a 0x24-byte header.
    static func linkInfo(localPath path: String, unicode: Bool) -> [UInt8] {
        let headerSize = unicode ? 0x24 : 0x1C
        let volume: [UInt8] = le(0x11, 4) + le(3, 4) + le(0x1A2B3C4D, 4) + le(0x10, 4) + [0]
        let ansi: [UInt8] = unicode ? [0x43, 0x3A, 0x5C, 0] : gbk(path) + [0]
        var offsets = [headerSize, headerSize + volume.count, 0, headerSize + volume.count + ansi.count]
        var tail = volume + ansi + [0]
        if unicode {
            offsets += [headerSize + tail.count, headerSize + tail.count + utf16(path).count]
            tail += utf16(path) + [0, 0]
        }
        let body = le(headerSize, 4) + le(1, 4) + offsets.flatMap { le($0, 4) } + tail
        return le(body.count + 4, 4) + body
    }

    static func gbk(_ s: String) -> [UInt8] { (try? IconvConverter(from: "UTF-8", to: "GB18030"))!.convertWhole(Array(s.utf8)) }
    static func utf16(_ s: String) -> [UInt8] { s.utf16.flatMap { le(Int($0), 2) } + [0, 0] }

    private func found(_ bytes: [UInt8]) throws -> [String] {
        let (summary, found) = try ReadTestSupport.scanData(bytes, name: "桌面/材料 - 快捷方式.lnk")
        XCTAssertEqual(summary.format, .shortcut)
        return found.map { "\($0.kind.rawValue) \($0.location.member ?? "-") \($0.value)" }
    }

    func testTheTargetsPathIsReadAsNames() throws {
        let path = "D:\\资助\\2024秋\\周雨桐_贫困认定材料.xlsx"
        let expected = ["name D:/资助/2024秋/周雨桐_贫困认定材料.xlsx 周雨桐"]
        XCTAssertEqual(try found(Self.link(flags: 0x02, info: Self.linkInfo(localPath: path, unicode: false))), expected)
        XCTAssertEqual(try found(Self.link(flags: 0x82, info: Self.linkInfo(localPath: path, unicode: true))), expected)
        // A folder named by a pupil's name and ID, as a link's working folder.
        let folder = Self.utf16("D:\\学籍\\张梓涵_410105200803121237")
        XCTAssertEqual(try found(Self.link(flags: 0x90, strings: [Self.le(folder.count / 2 - 1, 2) + folder.dropLast(2)])),
                       ["name D:/学籍/张梓涵_410105200803121237/ 张梓涵", "cn_id D:/学籍/张梓涵_410105200803121237/ 410105200803121237"])
    }

    func testAShortcutToACleanPathPassesAndACutOneNamesNothing() throws {
        let clean = Self.link(flags: 0x02, info: Self.linkInfo(localPath: "D:\\班主任工作\\2024级花名册.xlsx", unicode: false))
        XCTAssertEqual(try found(clean), [])
        XCTAssertEqual(try found(Array(clean.prefix(90))), [])
        XCTAssertNil(ShellLinkReader.targetPath(Array(clean.prefix(40))))
    }
}
