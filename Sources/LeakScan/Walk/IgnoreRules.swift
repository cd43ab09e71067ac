#if canImport(Glibc)
import Glibc
#endif

/// The rules of one `.leakscanignore` file (gitignore syntax), for paths relative to its folder.
struct IgnoreRules: Sendable {
    private struct Rule: Sendable {
        let glob: GlobPattern
        let negated: Bool
        let directoryOnly: Bool
        /// The pattern has no slash: it matches a name at any depth below the folder.
        let nameOnly: Bool
    }

    private var rules: [Rule] = []

    /// Reads the ignore file `name` of the folder `dfd`; a missing or non-regular one has no rules.
    static func read(named name: [CChar], inFolder dfd: Int32) -> Result<IgnoreRules, IgnoreFileError> {
        // O_NONBLOCK: a FIFO under that name must not hang the walk.
        let fd = openat(dfd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            return errno == ENOENT ? .success(IgnoreRules(parsing: []))
                : .failure(IgnoreFileError(ScanError(.cannotOpen(errno: errno)).description))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return .success(IgnoreRules(parsing: [])) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(IgnoreFileError(ScanError(.cannotRead(errno: errno)).description))
            }
            bytes.append(contentsOf: chunk[..<n])
        }
        return .success(IgnoreRules(parsing: bytes))
    }

    var isEmpty: Bool { rules.isEmpty }

    init(parsing text: [UInt8]) {
        var text = text[...]
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }  // UTF-8 BOM, as git
        for var line in text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.first == UInt8(ascii: "#") { continue }
            line = Self.trimmingTrailingSpaces(line)
            var negated = false
            if line.first == UInt8(ascii: "!") {
                negated = true
                line = line.dropFirst()
            }
            var directoryOnly = false
            if line.last == UInt8(ascii: "/") {
                directoryOnly = true
                line = line.dropLast()
            }
            let nameOnly = !line.contains(UInt8(ascii: "/"))
            if line.first == UInt8(ascii: "/") { line = line.dropFirst() }
            if line.isEmpty { continue }
            rules.append(Rule(glob: GlobPattern(Array(line)), negated: negated,
                              directoryOnly: directoryOnly, nameOnly: nameOnly))
        }
    }

    /// Drops trailing spaces, keeping one escaped by a backslash (`foo\ `), as git does.
    private static func trimmingTrailingSpaces(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = line.endIndex
        var i = line.startIndex
        while i < line.endIndex {
            switch line[i] {
            case UInt8(ascii: " "):
                if end == line.endIndex { end = i }
            case UInt8(ascii: "\\"):
                i += 1
                end = line.endIndex
            default:
                end = line.endIndex
            }
            i += 1
        }
        return line[..<end]
    }

    /// What the last rule matching `path` (relative to the rules' folder) says: `true` to ignore,
    /// `false` to re-include (`!`), `nil` when no rule matches.
    func verdict(for path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool? {
        var name: UnsafeBufferPointer<UInt8>?
        for rule in rules.reversed() where isDirectory || !rule.directoryOnly {
            let subject: UnsafeBufferPointer<UInt8>
            if rule.nameOnly {
                if name == nil {
                    let start = path.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                    name = UnsafeBufferPointer(rebasing: path[start...])
                }
                subject = name!
            } else {
                subject = path
            }
            if rule.glob.matches(subject) { return !rule.negated }
        }
        return nil
    }
}

/// The ignore files in force at one point of a walk, shallowest first. Each is kept with `base`,
/// the byte offset in the walked paths where paths relative to its folder begin.
struct IgnoreStack {
    private var frames: [(rules: IgnoreRules, base: Int)] = []

    var isEmpty: Bool { frames.isEmpty }

    mutating func push(_ rules: IgnoreRules, base: Int) {
        frames.append((rules, base))
    }

    mutating func pop() {
        frames.removeLast()
    }

    /// Deeper files are asked first: their rules come later and win, as in git. The walker never
    /// descends into an ignored folder, so nothing below it can be re-included.
    func isIgnored(_ path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool {
        for frame in frames.reversed() {
            let relative = UnsafeBufferPointer(rebasing: path[frame.base...])
            if let verdict = frame.rules.verdict(for: relative, isDirectory: isDirectory) { return verdict }
        }
        return false
    }
}

struct IgnoreFileError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
