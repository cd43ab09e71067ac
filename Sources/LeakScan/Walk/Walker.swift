#if canImport(Glibc)
import Glibc
#endif

/// Walks files and folders for scanning, depth-first, one folder listing in memory at a time.
public struct Walker: Sendable {
    private let options: WalkOptions

    public init(options: WalkOptions) {
        self.options = options
    }

    /// Walks each root in turn (a root may be a file or a folder), calling `visit` in a stable order
    /// (entries of a folder sorted by their byte-wise name), streaming: never collects the whole tree first.
    public func walk(_ roots: [String], _ visit: (WalkEvent) -> Void) {
        var walk = Walk(options: options)
        for root in roots { walk.root(root, visit) }
    }
}

/// The state of one walk: the ignore files and, when following links, the folders on the current path.
private struct Walk {
    let options: WalkOptions
    let ignoreName: [CChar]
    var ignores = IgnoreStack()
    var ancestors: [(device: dev_t, inode: ino_t)] = []

    init(options: WalkOptions) {
        self.options = options
        ignoreName = Array(options.ignoreFileName.utf8CString)
    }

    /// A root given explicitly is followed if it is a symlink and is never matched against ignore
    /// rules. It may hold escaped parts (`RawFileNames.argument`).
    mutating func root(_ root: String, _ visit: (WalkEvent) -> Void) {
        let display = RawFileNames.shown(root)
        var st = stat()
        guard RawFileNames.withSystemPath(root, { stat($0, &st) }) == 0 else {
            let error = errno
            var link = stat()
            let isLink = RawFileNames.withSystemPath(root, { lstat($0, &link) }) == 0 && link.st_mode & S_IFMT == S_IFLNK
            visit(.error(displayPath: display, message: isLink ? linkError(error) : cannotOpen(error)))
            return
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            file(path: root, display: display, size: Int(st.st_size), visit)
        case S_IFDIR:
            let fd = RawFileNames.withSystemPath(root) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            guard fd >= 0 else { return visit(.error(displayPath: display, message: cannotOpen(errno))) }
            folder(fd, path: root, display: display, visit)
        default:
            // Named explicitly, so the user must hear why nothing was scanned.
            visit(.error(displayPath: display, message: "not a regular file or folder: not scanned"))
        }
    }

    /// Walks the open folder `fd` (and closes it), at `path` as walked (`RawFileNames`), shown
    /// as `display`.
    private mutating func folder(_ fd: Int32, path: String, display: String, _ visit: (WalkEvent) -> Void) {
        var pushedAncestor = false
        if options.followSymlinks {
            var st = stat()
            if fstat(fd, &st) == 0 {
                if ancestors.contains(where: { $0.device == st.st_dev && $0.inode == st.st_ino }) {
                    close(fd)
                    // Its folder is walked already, down the path the link leads back to: not an
                    // error that would mark every night's scan as incomplete.
                    return visit(.skipped(displayPath: display, reason: .symlinkLoop))
                }
                ancestors.append((st.st_dev, st.st_ino))
                pushedAncestor = true
            }
        }
        defer { if pushedAncestor { ancestors.removeLast() } }
        guard let dir = fdopendir(fd) else {
            let error = errno
            close(fd)
            return visit(.error(displayPath: display, message: cannotOpen(error)))
        }
        defer { closedir(dir) }

        // Names are kept NUL-terminated in one buffer: they go straight to fstatat and strcmp.
        var names: [CChar] = []
        var entries: [(start: Int, type: UInt8)] = []
        var hasIgnoreFile = false
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { visit(.error(displayPath: display, message: cannotRead(errno))) }
                break
            }
            let name = UnsafeRawPointer(entry).advanced(by: direntNameOffset).assumingMemoryBound(to: CChar.self)
            if isDotOrDotDot(name) { continue }
            if strcmp(name, ignoreName) == 0 { hasIgnoreFile = true }
            entries.append((names.count, entry.pointee.d_type))
            names.append(contentsOf: UnsafeBufferPointer(start: name, count: strlen(name) + 1))
        }

        let dfd = dirfd(dir)
        let pathPrefix = path.hasSuffix("/") ? path : path + "/"
        let prefix = display.hasSuffix("/") ? display : display + "/"
        // A folder's name leaks like a file's (a student's records under `张梓涵_410105200803121237/`).
        visit(.folder(displayPath: prefix))
        var pushedRules = false
        if hasIgnoreFile {
            switch IgnoreRules.read(named: ignoreName, inFolder: dfd) {
            case .success(let rules) where !rules.isEmpty:
                ignores.push(rules, base: prefix.utf8.count)
                pushedRules = true
            case .success:
                break
            case .failure(let error):
                visit(.error(displayPath: prefix + options.ignoreFileName, message: error.message))
            }
        }
        defer { if pushedRules { ignores.pop() } }

        names.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }  // an empty folder
            entries.sort { strcmp(base + $0.start, base + $1.start) < 0 }
            for e in entries {
                entry(dfd, base + e.start, type: e.type, pathPrefix: pathPrefix, prefix: prefix, visit)
            }
        }
    }

    /// Visits the entry `name` of the open folder `dfd`; `pathPrefix` and `prefix` are the
    /// folder's path as walked and as shown, with a trailing slash.
    private mutating func entry(_ dfd: Int32, _ name: UnsafePointer<CChar>, type: UInt8, pathPrefix: String, prefix: String,
                                _ visit: (WalkEvent) -> Void) {
        let nameString: String
        let display: String
        if let valid = String(validatingCString: name) {
            nameString = valid
            display = prefix + RawFileNames.printable(valid)
        } else {
            nameString = RawFileNames.escaped(name)
            display = prefix + RawFileNames.readable(name)
        }
        let path = pathPrefix + nameString
        var type = type
        var st = stat()
        var haveStat = false
        var viaLink = false
        if type == dtUnknown {
            guard fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else {
                return visit(.error(displayPath: display, message: cannotOpen(errno)))
            }
            type = fileType(st.st_mode)
            haveStat = true
        }
        if type == dtLink {
            guard options.followSymlinks else {
                let reason: SkipReason = isIgnored(display, isDirectory: false) ? .ignored : .symlink
                return visit(.skipped(displayPath: display, reason: reason))
            }
            guard fstatat(dfd, name, &st, 0) == 0 else {
                return visit(.error(displayPath: display, message: linkError(errno)))
            }
            type = fileType(st.st_mode)
            haveStat = true
            viaLink = true
        }
        let isDirectory = type == dtDirectory
        if isDirectory, vcsFolders.contains(nameString) {
            return visit(.skipped(displayPath: display, reason: .vcsFolder))
        }
        if isIgnored(display, isDirectory: isDirectory) {
            return visit(.skipped(displayPath: display, reason: .ignored))
        }
        switch type {
        case dtDirectory:
            let fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (viaLink ? 0 : O_NOFOLLOW))
            guard fd >= 0 else { return visit(.error(displayPath: display, message: cannotOpen(errno))) }
            folder(fd, path: path, display: display, visit)
        case dtRegular:
            if !haveStat {
                guard fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else {
                    return visit(.error(displayPath: display, message: cannotOpen(errno)))
                }
            }
            file(path: path, display: display, size: Int(st.st_size), visit)
        default:
            visit(.skipped(displayPath: display, reason: .special))
        }
    }

    private func file(path: String, display: String, size: Int, _ visit: (WalkEvent) -> Void) {
        visit(.file(path: path, displayPath: display, size: size))
    }

    private func isIgnored(_ display: String, isDirectory: Bool) -> Bool {
        if ignores.isEmpty { return false }
        var display = display
        return display.withUTF8 { ignores.isIgnored($0, isDirectory: isDirectory) }
    }
}

private let vcsFolders: Set<String> = [".git", ".hg", ".svn", ".bzr", "_darcs", "CVS"]

private let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
private let dtUnknown = UInt8(DT_UNKNOWN)
private let dtDirectory = UInt8(DT_DIR)
private let dtRegular = UInt8(DT_REG)
private let dtLink = UInt8(DT_LNK)

/// The `d_type` value for a `st_mode` (glibc's IFTODT).
private func fileType(_ mode: mode_t) -> UInt8 {
    UInt8(truncatingIfNeeded: (mode & S_IFMT) >> 12)
}

private func isDotOrDotDot(_ name: UnsafePointer<CChar>) -> Bool {
    name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0))
}

private func cannotOpen(_ error: Int32) -> String {
    ScanError(.cannotOpen(errno: error)).description
}

private func cannotRead(_ error: Int32) -> String {
    ScanError(.cannotRead(errno: error)).description
}

/// Why a symlink could not be followed.
private func linkError(_ error: Int32) -> String {
    switch error {
    case ENOENT: return "dangling symlink"
    case ELOOP: return "symlink loop"
    default: return cannotOpen(error)
    }
}
