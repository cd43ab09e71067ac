#if canImport(Glibc)
import Glibc
#endif

/// File names that are not valid UTF-8. A folder copied from an old Windows share, or a zip made
/// on Chinese Windows and unpacked on Linux, names its files in GBK bytes (`学生名单.csv` as
/// `D1 A7 C9 FA …`). A Swift String cannot hold such bytes, so the path walked carries each byte
/// from 0x80 up of such a name as a private-use character (U+10FF80 … U+10FFFF, the end of the
/// last private-use plane, which names do not use), turned back into the byte when the file is
/// opened (the path shown to people: `readable`, in the walk).
public enum RawFileNames {
    private static let escapeBase: UInt32 = 0x10FF00

    /// A path given on the command line, as the walk carries it: each part between slashes that
    /// is not valid UTF-8 escaped, as the walk escapes such a name in a folder (Swift's own
    /// `CommandLine.arguments` would repair those bytes into U+FFFD, naming no file).
    public static func argument(_ bytes: UnsafePointer<CChar>) -> String {
        if let valid = String(validatingCString: bytes) { return valid }
        return parts(of: bytes).map { part in
            part.withUnsafeBufferPointer { String(validatingCString: $0.baseAddress!) ?? escaped($0.baseAddress!) }
        }.joined(separator: "/")
    }

    /// `path`'s canonical absolute form (links, `.` and `..` resolved: `realpath`), as the walk
    /// carries paths; `path` itself when it names nothing.
    public static func canonical(_ path: String) -> String {
        withSystemPath(path) { bytes in
            guard let resolved = realpath(bytes, nil) else { return path }
            defer { free(resolved) }
            return argument(resolved)
        }
    }

    /// A path as the walk carries it, for people: each escaped part read as `readable` says.
    public static func shown(_ path: String) -> String {
        guard hasEscapes(path) else { return path }
        return withSystemPath(path) { bytes in
            parts(of: bytes).map { part in
                part.withUnsafeBufferPointer { String(validatingCString: $0.baseAddress!) ?? readable($0.baseAddress!) }
            }.joined(separator: "/")
        }
    }

    /// The NUL-terminated parts of the path `bytes` between its slashes.
    private static func parts(of bytes: UnsafePointer<CChar>) -> [[CChar]] {
        UnsafeBufferPointer(start: bytes, count: strlen(bytes))
            .split(separator: CChar(UInt8(ascii: "/")), omittingEmptySubsequences: false)
            .map { Array($0) + [0] }
    }

    /// The name as the walk carries it: its bytes from 0x80 up as private-use characters.
    static func escaped(_ name: UnsafePointer<CChar>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name)) {
            scalars.append(Unicode.Scalar(byte < 0x80 ? UInt32(byte) : escapeBase + UInt32(byte))!)
        }
        return String(scalars)
    }

    /// Calls `body` with the bytes that name the file at `path` (a path the walk gave: escaped
    /// bytes turned back), NUL-terminated.
    static func withSystemPath<R>(_ path: String, _ body: (UnsafePointer<CChar>) -> R) -> R {
        guard hasEscapes(path) else { return path.withCString(body) }
        var bytes: [CChar] = []
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                bytes.append(CChar(bitPattern: UInt8(scalar.value - escapeBase)))
            } else {
                bytes.append(contentsOf: String(scalar).utf8.map { CChar(bitPattern: $0) })
            }
        }
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Whether `path` holds an escaped byte (a library that opens files itself, such as poppler,
    /// must then be given another way to the file).
    static func hasEscapes(_ path: String) -> Bool {
        // An escape is four bytes of UTF-8 opening with F4, which names seldom hold: most paths
        // are passed at the first look.
        path.utf8.contains(0xF4) && path.unicodeScalars.contains(where: isEscape)
    }

    private static func isEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF
    }
}
