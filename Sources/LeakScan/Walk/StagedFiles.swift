import Foundation

/// The files staged for the next commit of a git repository, as the pre-commit hook scans them:
/// the content in the index (what the commit will hold), not the working tree's, which may differ.
public struct StagedFiles: Sendable {
    /// One staged file: its path from the repository's top folder, its mode and blob.
    struct Entry: Equatable, Sendable {
        let mode: String
        let object: String
        let path: String
    }

    /// Where git runs (the hook's working folder).
    let directory: String
    let entries: [Entry]
    /// Their content, from git.
    let blobs: StagedBlobs

    /// Asks git in `directory` for the staged files (added, copied, modified or retyped; not
    /// deleted). Throws `GitError` outside a repository or when git is missing.
    public init(in directory: String) throws {
        self.directory = directory
        // Outside a work tree (or in a bare repository) git says so here.
        _ = try GitCommand.output(["rev-parse", "--show-toplevel"], in: directory)
        // -z: paths as they are, not quoted; --no-renames: a renamed file is scanned as added.
        let raw = try GitCommand.output(["diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev",
                                         "--diff-filter=ACMT"], in: directory)
        entries = Self.parse(raw: Array(raw))
        blobs = StagedBlobs(directory: directory)
    }

    /// Reads `git diff --raw -z` output: `:old-mode new-mode old-object new-object status`, NUL,
    /// the path, NUL, for each file.
    static func parse(raw: [UInt8]) -> [Entry] {
        let fields = raw.split(separator: 0, omittingEmptySubsequences: false)
        var entries: [Entry] = []
        var i = 0
        while i + 1 < fields.count {
            let header = fields[i].split(separator: UInt8(ascii: " "))
            if header.count == 5, fields[i].first == UInt8(ascii: ":") {
                entries.append(Entry(mode: String(decoding: header[1], as: UTF8.self),
                                     object: String(decoding: header[3], as: UTF8.self),
                                     path: String(decoding: fields[i + 1], as: UTF8.self)))
            }
            i += 2
        }
        return entries
    }

    /// Calls `visit` for each staged file in git's order (sorted by path): a regular file to scan
    /// from its blob; a symlink or a submodule skipped; a file that a staged `.leakscanignore`
    /// ignores, skipped. Before a file, each folder on
    /// its path not met before, for its name (the commit holds it too).
    public func walk(options: WalkOptions, _ visit: (WalkEvent) -> Void) {
        let ignores = IgnoreFiles(directory: directory, name: options.ignoreFileName)
        var lastFolder = ""
        for entry in entries {
            if ignores.isIgnored(entry.path) {
                visit(.skipped(displayPath: entry.path, reason: .ignored))
                continue
            }
            // Sorted paths: the folders new to this path are those past what it shares with the last.
            let folder = entry.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(entry.path[...$0]) } ?? ""
            for slash in folder.utf8.indices where folder.utf8[slash] == UInt8(ascii: "/") {
                let prefix = String(folder[...slash])
                if !lastFolder.hasPrefix(prefix) { visit(.folder(displayPath: prefix)) }
            }
            lastFolder = folder
            switch entry.mode {
            case "100644", "100755":
                visit(.blob(object: entry.object, displayPath: entry.path))
            case "120000":
                visit(.skipped(displayPath: entry.path, reason: .symlink))
            default:
                visit(.skipped(displayPath: entry.path, reason: .special))  // a submodule's commit
            }
        }
    }
}

/// The `.leakscanignore` files staged with the commit, for paths from the repository's top
/// folder: a path is ignored when a folder on its way or the file itself is, the deeper file's
/// rules winning, as in the walker. The index's copies count, as for every file the hook checks:
/// an ignore file written in the working tree and never staged (`*`) does not let a staged
/// roster through.
private struct IgnoreFiles {
    private let rulesByFolder: [String: IgnoreRules]

    /// Reads the ignore files named `name` in the index that git in `directory` uses; one that
    /// cannot be read counts as none (its blob is checked as any staged file is).
    init(directory: String, name: String) {
        let listed = (try? GitCommand.output(["ls-files", "--full-name", "-z", "--", ":(top,glob)**/" + name], in: directory)) ?? Data()
        var rules: [String: IgnoreRules] = [:]
        for path in listed.split(separator: 0).map({ String(decoding: $0, as: UTF8.self) }) {
            guard let text = try? GitCommand.output(["show", ":" + path], in: directory) else { continue }
            rules[String(path.dropLast(name.count))] = IgnoreRules(parsing: Array(text))
        }
        rulesByFolder = rules
    }

    func isIgnored(_ path: String) -> Bool {
        guard !rulesByFolder.isEmpty else { return false }
        let bytes = Array(path.utf8)
        var stack = IgnoreStack()
        var folderEnd = 0
        return bytes.withUnsafeBufferPointer { p in
            while true {
                if let rules = rulesByFolder[String(decoding: p[..<folderEnd], as: UTF8.self)], !rules.isEmpty {
                    stack.push(rules, base: folderEnd)
                }
                guard let slash = p[folderEnd...].firstIndex(of: UInt8(ascii: "/")) else { break }
                if stack.isIgnored(UnsafeBufferPointer(rebasing: p[..<slash]), isDirectory: true) { return true }
                folderEnd = slash + 1
            }
            return stack.isIgnored(p, isDirectory: false)
        }
    }
}
