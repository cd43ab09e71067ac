/// How the walker treats what it meets.
public struct WalkOptions: Sendable {
    public var followSymlinks: Bool = false
    /// Files larger than this many bytes are reported as errors, their content not read (the
    /// scanner's rule: the walk hands them on with their size, and their names are read).
    public var maxFileSize: Int? = nil
    /// Name of the gitignore-style file read in every folder.
    public var ignoreFileName: String = ".leakscanignore"

    public init(followSymlinks: Bool = false, maxFileSize: Int? = nil) {
        self.followSymlinks = followSymlinks
        self.maxFileSize = maxFileSize
    }
}

public enum WalkEvent: Sendable, Equatable {
    /// A regular file to scan. `path` opens it; `displayPath` is the path as walked from the argument given, like ripgrep prints it.
    case file(path: String, displayPath: String, size: Int)
    /// A file staged in git, scanned from its blob `object` (`StagedFiles`); `displayPath` is its
    /// path from the repository's top folder.
    case blob(object: String, displayPath: String)
    /// A folder walked, whose name is read (`FileNameReader`); `displayPath` ends in a slash.
    case folder(displayPath: String)
    /// Not scanned on purpose (shown only in verbose mode): VCS folder, ignored by .leakscanignore, symlink not followed, special file, a folder a symlink loop leads back to.
    case skipped(displayPath: String, reason: SkipReason)
    /// Could not be walked or will not be scanned for a reason the user must see (unreadable folder, dangling link, a link that resolves to itself, over --max-filesize): the scan goes on.
    case error(displayPath: String, message: String)
}

public enum SkipReason: String, Sendable {
    case vcsFolder, ignored, symlink, special
    /// A folder met again down its own path with `--follow` (a link to `..`): walked once already.
    case symlinkLoop
}
