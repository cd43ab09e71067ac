#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
@testable import LeakScan

/// A folder tree made for one test under the system temp folder, removed afterwards.
final class WalkTestTree {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/leakscan-walk-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.init(rawValue: errno)!) }
        path = String(cString: made)
        chmod(path, 0o755)  // reachable by the unprivileged fsuid of the unreadable-folder test
    }

    deinit {
        // Give back any permission a test took away, so that the tree can be removed.
        _ = try? FileManager.default.subpathsOfDirectory(atPath: path).forEach { chmod(path + "/" + $0, 0o755) }
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ relative: String, _ text: String = "x") {
        let full = path + "/" + relative
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        // Not FileManager.createFile: on Linux it writes through a temporary folder in /tmp and leaves it there.
        XCTAssertNoThrow(try Data(text.utf8).write(to: URL(fileURLWithPath: full)), full)
    }

    func folder(_ relative: String) {
        XCTAssertNoThrow(try FileManager.default.createDirectory(atPath: path + "/" + relative,
                                                                 withIntermediateDirectories: true))
    }

    func link(_ relative: String, to target: String) {
        XCTAssertEqual(symlink(target, path + "/" + relative), 0, relative)
    }

    /// Events of a walk of `roots` (relative to the tree; the tree itself by default), with the tree's
    /// path cut from the front of every path so that expectations read as relative paths; the
    /// folders' events only when `folders` says so.
    func walk(_ roots: [String] = [""], _ options: WalkOptions = WalkOptions(), folders: Bool = false) -> [WalkEvent] {
        var events: [WalkEvent] = []
        let base = path + "/"
        Walker(options: options).walk(roots.map { base + $0 }) { event in
            if case .folder = event, !folders { return }
            events.append(event)
        }
        func cut(_ s: String) -> String { s.hasPrefix(base) ? String(s.dropFirst(base.count)) : s }
        return events.map { event in
            switch event {
            case .file(let p, let d, let size): return .file(path: cut(p), displayPath: cut(d), size: size)
            case .skipped(let d, let reason): return .skipped(displayPath: cut(d), reason: reason)
            case .error(let d, let message): return .error(displayPath: cut(d), message: message)
            case .folder(let d): return .folder(displayPath: cut(d))
            case .blob: return event  // the walker makes none
            }
        }
    }
}

/// A file event whose path is also its display path, as the walker makes them.
func walkedFile(_ path: String, _ size: Int = 1) -> WalkEvent {
    .file(path: path, displayPath: path, size: size)
}

final class WalkerTests: XCTestCase {
    func testEntriesAreSortedBytewiseAndWalkedDepthFirst() throws {
        let tree = try WalkTestTree()
        for name in ["b", "B", "a.txt", "a", "a-b", "é.csv", "_x", "10", "9"] { tree.file(name) }
        tree.file("a.d/z", "zz")
        tree.file("a.d/y", "yyy")
        tree.folder("a.e")  // empty: no event
        XCTAssertEqual(tree.walk(), [
            walkedFile("10"), walkedFile("9"), walkedFile("B"), walkedFile("_x"), walkedFile("a"),
            walkedFile("a-b"), walkedFile("a.d/y", 3), walkedFile("a.d/z", 2), walkedFile("a.txt"),
            walkedFile("b"), walkedFile("é.csv"),
        ])
    }

    func testFoldersAreVisitedBeforeTheirEntriesForTheirNames() throws {
        let tree = try WalkTestTree()
        tree.file("张梓涵_410105200803121237/身份证正面.jpg")
        tree.folder("empty")
        tree.file(".git/config")
        tree.file("ignored/x.csv")
        tree.file(".leakscanignore", "ignored/\n")
        XCTAssertEqual(tree.walk(folders: true), [
            .folder(displayPath: ""),
            .skipped(displayPath: ".git", reason: .vcsFolder),
            walkedFile(".leakscanignore", 9),
            .folder(displayPath: "empty/"),
            .skipped(displayPath: "ignored", reason: .ignored),
            .folder(displayPath: "张梓涵_410105200803121237/"),
            walkedFile("张梓涵_410105200803121237/身份证正面.jpg"),
        ])
    }

    func testVCSFoldersAreSkipped() throws {
        let tree = try WalkTestTree()
        for vcs in [".git", ".hg", ".svn", ".bzr", "_darcs", "CVS"] { tree.file(vcs + "/config") }
        tree.file(".gitignore")
        tree.file("sub/CVS")  // a file of that name is scanned
        XCTAssertEqual(tree.walk(), [
            .skipped(displayPath: ".bzr", reason: .vcsFolder),
            .skipped(displayPath: ".git", reason: .vcsFolder),
            walkedFile(".gitignore"),
            .skipped(displayPath: ".hg", reason: .vcsFolder),
            .skipped(displayPath: ".svn", reason: .vcsFolder),
            .skipped(displayPath: "CVS", reason: .vcsFolder),
            .skipped(displayPath: "_darcs", reason: .vcsFolder),
            walkedFile("sub/CVS"),
        ])
    }

    func testSymlinksAreNotFollowedByDefault() throws {
        let tree = try WalkTestTree()
        tree.file("real/a.csv")
        tree.link("to-folder", to: "real")
        tree.link("to-file", to: "real/a.csv")
        tree.link("to-nothing", to: "gone")
        XCTAssertEqual(tree.walk(), [
            walkedFile("real/a.csv"),
            .skipped(displayPath: "to-file", reason: .symlink),
            .skipped(displayPath: "to-folder", reason: .symlink),
            .skipped(displayPath: "to-nothing", reason: .symlink),
        ])
    }

    func testSymlinksAreFollowedWhenAsked() throws {
        let tree = try WalkTestTree()
        tree.file("real/a.csv", "abc")
        tree.link("to-folder", to: "real")
        tree.link("to-file", to: "real/a.csv")
        tree.link("to-nothing", to: "gone")
        XCTAssertEqual(tree.walk([""], WalkOptions(followSymlinks: true)), [
            walkedFile("real/a.csv", 3),
            walkedFile("to-file", 3),
            walkedFile("to-folder/a.csv", 3),
            .error(displayPath: "to-nothing", message: "dangling symlink"),
        ])
    }

    func testSymlinkLoopsAreReported() throws {
        let tree = try WalkTestTree()
        tree.file("d/sub/a.csv")
        tree.link("d/sub/up", to: "..")
        tree.link("d/self", to: "self")
        // A link to itself resolves to nothing: an error. A link back up the path leads to a
        // folder walked already: skipped, not an error that leaves the scan incomplete.
        XCTAssertEqual(tree.walk(["d"], WalkOptions(followSymlinks: true)), [
            .error(displayPath: "d/self", message: "symlink loop"),
            walkedFile("d/sub/a.csv"),
            .skipped(displayPath: "d/sub/up", reason: .symlinkLoop),
        ])
    }

    func testSymlinkGivenAsRootIsFollowed() throws {
        let tree = try WalkTestTree()
        tree.file("real/a.csv")
        tree.link("to-folder", to: "real")
        tree.link("to-file", to: "real/a.csv")
        tree.link("to-nothing", to: "gone")
        XCTAssertEqual(tree.walk(["to-folder", "to-file", "to-nothing"]), [
            walkedFile("to-folder/a.csv"),
            walkedFile("to-file"),
            .error(displayPath: "to-nothing", message: "dangling symlink"),
        ])
    }

    func testMissingRootIsAnErrorAndTheWalkGoesOn() throws {
        let tree = try WalkTestTree()
        tree.file("a.csv")
        XCTAssertEqual(tree.walk(["missing", "a.csv"]), [
            .error(displayPath: "missing", message: "cannot open: No such file or directory"),
            walkedFile("a.csv"),
        ])
    }

    func testFilesOverMaxFileSizeAreHandedOnWithTheirSize() throws {
        // The scanner reads their names and refuses their content (ExitStatusTests).
        let tree = try WalkTestTree()
        tree.file("big.csv", "12345678901")
        tree.file("fits.csv", "1234567890")
        let options = WalkOptions(maxFileSize: 10)
        XCTAssertEqual(tree.walk([""], options), [walkedFile("big.csv", 11), walkedFile("fits.csv", 10)])
    }

    func testSpecialFilesAreSkippedAndNeverOpened() throws {
        let tree = try WalkTestTree()
        XCTAssertEqual(mkfifo(tree.path + "/pipe", 0o644), 0)
        tree.file("z.csv")
        XCTAssertEqual(tree.walk(), [.skipped(displayPath: "pipe", reason: .special), walkedFile("z.csv")])
        // Named as a root, it is not scanned either, and the user is told.
        XCTAssertEqual(tree.walk(["pipe"]), [
            .error(displayPath: "pipe", message: "not a regular file or folder: not scanned"),
        ])
    }

    func testDisplayPathsStartWithTheRootAsGiven() throws {
        let tree = try WalkTestTree()
        tree.file("fixtures/demo/a.csv")
        let cwd = FileManager.default.currentDirectoryPath
        XCTAssertEqual(chdir(tree.path), 0)
        defer { chdir(cwd) }
        var events: [WalkEvent] = []
        Walker(options: WalkOptions()).walk(["fixtures", "fixtures/", ".", "fixtures/demo/a.csv", "./fixtures//"]) {
            if case .folder = $0 { return }
            events.append($0)
        }
        XCTAssertEqual(events, [
            walkedFile("fixtures/demo/a.csv"),
            walkedFile("fixtures/demo/a.csv"),
            walkedFile("./fixtures/demo/a.csv"),
            walkedFile("fixtures/demo/a.csv"),
            walkedFile("./fixtures//demo/a.csv"),
        ])
    }

    func testNamesThatAreNotUTF8AreWalkedAndOpened() throws {
        let tree = try WalkTestTree()
        // A folder "测" holding "名.csv" in GBK, as a zip from Chinese Windows unpacked on Linux
        // leaves them, and a name whose bytes are no GB18030 either.
        func make(_ bytes: [UInt8], folder: Bool = false) {
            let path = Array((tree.path + "/").utf8) + bytes + [0]
            path.withUnsafeBufferPointer { p in
                p.withMemoryRebound(to: CChar.self) { name in
                    if folder {
                        XCTAssertEqual(mkdir(name.baseAddress!, 0o755), 0)
                    } else {
                        let fd = open(name.baseAddress!, O_CREAT | O_WRONLY, 0o644)
                        XCTAssertGreaterThanOrEqual(fd, 0)
                        XCTAssertEqual(write(fd, "13812345678\n", 12), 12)
                        close(fd)
                    }
                }
            }
        }
        make([0xB2, 0xE2], folder: true)
        make([0xB2, 0xE2, 0x2F, 0xC3, 0xFB, 0x2E, 0x63, 0x73, 0x76])
        make([0x62, 0xFF, 0x2E, 0x74, 0x78, 0x74])
        tree.file("z.csv")
        // A line feed in a name is shown escaped: a report's line stays one.
        tree.file("名单\n(2).txt")
        let events = tree.walk()
        XCTAssertEqual(events.map { if case .file(_, let display, _) = $0 { display } else { "\($0)" } },
                       ["b\\xFF.txt", "z.csv", "测/名.csv", "名单\\x0A(2).txt"])
        // The paths walked open the files: their bytes, and their findings, are there.
        for case .file(let path, _, _) in events where !path.hasPrefix("z") && !path.hasPrefix("名单") {
            let source = try FileSource(path: tree.path + "/" + path)
            XCTAssertEqual(source.size, 12)
            XCTAssertNotNil(FileStamp(path: tree.path + "/" + path))
        }
        let summary = Scanner(options: ScanOptions(threads: 1)).scan([tree.path], reporter: SilentReporter())
        XCTAssertEqual(summary.filesScanned, 4)
        XCTAssertEqual(summary.counts[.mobile], 2)
    }

    func testUnreadableEntriesAreErrorsAndTheWalkGoesOn() throws {
        let tree = try WalkTestTree()
        tree.file("a/locked/secret.csv")
        tree.file("a/listable/secret.csv")
        tree.file("z.csv")
        chmod(tree.path + "/a/locked", 0o000)
        chmod(tree.path + "/a/listable", 0o644)  // names can be read, but not looked up
        try asUnprivilegedUser {
            XCTAssertEqual(tree.walk(), [
                .error(displayPath: "a/listable/secret.csv", message: "cannot open: Permission denied"),
                .error(displayPath: "a/locked", message: "cannot open: Permission denied"),
                walkedFile("z.csv"),
            ])
        }
    }

    /// Runs `body` with file permissions checked as for `nobody`. Root passes every permission check,
    /// so as root the file-system uid of this thread alone is switched (Linux `setfsuid`), which also
    /// drops root's file capabilities until it is switched back.
    private func asUnprivilegedUser(_ body: () throws -> Void) throws {
        guard geteuid() == 0 else { return try body() }
        typealias SetFSUID = @convention(c) (UInt32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "setfsuid") else {
            throw XCTSkip("running as root and setfsuid is unavailable: permission bits do not stop root")
        }
        let setfsuid = unsafeBitCast(symbol, to: SetFSUID.self)
        _ = setfsuid(65534)
        defer { _ = setfsuid(0) }
        // setfsuid answers the previous value: 65534 only if the switch took place.
        guard setfsuid(65534) == 65534 else {
            throw XCTSkip("running as root without CAP_SETUID: permission bits do not stop root")
        }
        try body()
    }
}

final class StagedFilesTests: XCTestCase {
    func testGitsRawDiffIsRead() {
        let zero = String(repeating: "0", count: 40)
        let blob = "8ab686eafeb1f44702738c8b0f24f2567c36da6d"
        let raw = ":000000 100644 \(zero) \(blob) A\0名单 2026.csv\0:100644 100755 \(blob) \(blob) M\0bin/run\0"
        XCTAssertEqual(StagedFiles.parse(raw: Array(raw.utf8)), [
            StagedFiles.Entry(mode: "100644", object: blob, path: "名单 2026.csv"),
            StagedFiles.Entry(mode: "100755", object: blob, path: "bin/run"),
        ])
        XCTAssertEqual(StagedFiles.parse(raw: []), [])
    }
}

/// Prints nothing: for scans whose summary is all a test reads.
final class SilentReporter: Reporter {
    func finding(_ finding: Finding, path: String) {}
    func fileFinished(_ outcome: FileOutcome) {}
    func skipped(_ displayPath: String, reason: String) {}
    func finished(_ summary: ScanSummary) {}
}
