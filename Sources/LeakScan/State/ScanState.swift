#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SystemSQLite

/// The state of an incremental scan (`leakscan scan --state FILE`), kept in SQLite: for each
/// path, its stamp when last read and what it held, counted by kind (never a value: the state
/// file must not itself be a leak). A file whose stamp and engine are unchanged is not read
/// again; its counts are carried over. A file that could not be read is tried again next time;
/// what it held when last read is kept, so that a leaking file made unreadable is still known.
/// Files gone from the scanned roots are forgotten. The state also says when its last run
/// ended, for the report of what changed since (`ScanChanges`).
///
/// One connection, used by the walk (lookups) and the delivery (records) in turn under the
/// class's lock, which also keeps a statement's bind and step together (so SQLite's own mutex is
/// off).
public final class ScanState: @unchecked Sendable {
    /// What the state holds of one file.
    public struct Entry: Sendable, Equatable {
        public let stamp: FileStamp
        public let tally: FileTally
        /// When it was read, in seconds since 1970.
        public let scannedAt: Int64
    }

    private var db: OpaquePointer?
    private let lock = NSLock()
    private let engine: String
    private var run: Int64 = 0
    private let now = Int64(time(nil))
    /// When the last run that finished ended (seconds since 1970); nil before the first.
    public private(set) var lastRunEnded: Int64?
    private var lookup: OpaquePointer?
    private var previousLookup: OpaquePointer?
    private var upsert: OpaquePointer?
    private var delete: OpaquePointer?
    private var keepStatement: OpaquePointer?
    private var keepUnreadable: OpaquePointer?
    private var writesInTransaction = 0
    private static let batch = 1000
    /// The first write that failed: `finish` reports it, so that a state not wholly saved is
    /// never taken for saved.
    private var failure: ScanError?

    /// Opens (or creates) the state at `path`. `engine` names what read the files (leakscan's
    /// build and patterns): a state kept by another engine is not trusted, its files read anew.
    /// While another run holds the state, waits for it `waitMilliseconds` at most, then throws.
    public init(path: String, engine: String, waitMilliseconds: Int32 = 5000) throws {
        self.engine = engine
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK
        else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw ScanError(.other("cannot open the state file \(path): \(message)"))
        }
        do {
            sqlite3_busy_timeout(db, waitMilliseconds)
            // A run holds the write lock from its start: a second scan with the same state waits
            // for it, then stops, rather than interleaving its writes with this one's.
            try execute("BEGIN IMMEDIATE")
            try execute("""
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS files (
                    path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL,
                    changed INTEGER NOT NULL, inode INTEGER NOT NULL, engine TEXT NOT NULL,
                    personal TEXT NOT NULL, organisational TEXT NOT NULL, binary INTEGER NOT NULL,
                    scanned_at INTEGER NOT NULL, run INTEGER NOT NULL);
                INSERT INTO meta VALUES ('run', '0') ON CONFLICT(key) DO NOTHING;
                UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'run';
                """)
            let runQuery = try prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'run'")
            defer { sqlite3_finalize(runQuery) }
            guard sqlite3_step(runQuery) == SQLITE_ROW else { throw error("cannot read the run") }
            run = sqlite3_column_int64(runQuery, 0)
            let endQuery = try prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'ended'")
            defer { sqlite3_finalize(endQuery) }
            if sqlite3_step(endQuery) == SQLITE_ROW { lastRunEnded = sqlite3_column_int64(endQuery, 0) }
            lookup = try prepare("SELECT size, modified, changed, inode, personal, organisational, binary, scanned_at FROM files WHERE path = ?1 AND engine = ?2")
            upsert = try prepare("""
                INSERT INTO files VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                ON CONFLICT(path) DO UPDATE SET size = ?2, modified = ?3, changed = ?4, inode = ?5, engine = ?6,
                    personal = ?7, organisational = ?8, binary = ?9, scanned_at = ?10, run = ?11
                """)
            previousLookup = try prepare("SELECT personal FROM files WHERE path = ?1")
            delete = try prepare("DELETE FROM files WHERE path = ?1")
            keepStatement = try prepare("UPDATE files SET run = ?2 WHERE path = ?1")
            // A size no file has: the stamp never matches, the file is read again next time.
            keepUnreadable = try prepare("UPDATE files SET size = -1, run = ?2 WHERE path = ?1")
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// What reads the files in this process: leakscan's and its libraries' versions and the
    /// stamp of its executable, so that a rebuilt or upgraded leakscan reads every file again.
    public static var engineOfThisProgram: String {
        let build = FileStamp(path: "/proc/self/exe").map { "\($0.size)/\($0.modified)" } ?? "unknown build"
        return LibraryVersions.description + ", " + build
    }

    /// What the state holds of `path`, read by this engine; nil when nothing.
    public func entry(for path: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        guard let lookup else { return nil }
        defer { sqlite3_reset(lookup) }
        bind(lookup, 1, path)
        bind(lookup, 2, engine)
        guard sqlite3_step(lookup) == SQLITE_ROW else { return nil }
        let stamp = FileStamp(size: sqlite3_column_int64(lookup, 0), modified: sqlite3_column_int64(lookup, 1),
                              changed: sqlite3_column_int64(lookup, 2), inode: sqlite3_column_int64(lookup, 3))
        var tally = FileTally()
        tally.add(Self.counts(columnText(lookup, 4)), organisational: false)
        tally.add(Self.counts(columnText(lookup, 5)), organisational: true)
        tally.skippedAsBinary = sqlite3_column_int64(lookup, 6) != 0
        return Entry(stamp: stamp, tally: tally, scannedAt: sqlite3_column_int64(lookup, 7))
    }

    /// The tally of the file at `path`, with its stamp from before it was read (nil when it
    /// could not be had); returns the personal data the state held of it (by any engine), nil
    /// when it held no entry. A file that could not be read wholly is read again next time;
    /// what it held is kept when that was personal data, else it is forgotten.
    @discardableResult
    public func record(_ path: String, stamp: FileStamp?, tally: FileTally) -> [Kind: Int]? {
        lock.lock()
        defer { lock.unlock() }
        let previous = previousPersonal(path)
        if tally.error != nil || stamp == nil {
            let held = previous?.isEmpty == false
            guard let statement = held ? keepUnreadable : delete else { return previous }
            bind(statement, 1, path)
            if held { sqlite3_bind_int64(statement, 2, run) }
            step(statement)
        } else if let stamp, let upsert {
            bind(upsert, 1, path)
            sqlite3_bind_int64(upsert, 2, stamp.size)
            sqlite3_bind_int64(upsert, 3, stamp.modified)
            sqlite3_bind_int64(upsert, 4, stamp.changed)
            sqlite3_bind_int64(upsert, 5, stamp.inode)
            bind(upsert, 6, engine)
            bind(upsert, 7, Self.text(tally.personal))
            bind(upsert, 8, Self.text(tally.organisational))
            sqlite3_bind_int64(upsert, 9, tally.skippedAsBinary ? 1 : 0)
            sqlite3_bind_int64(upsert, 10, now)
            sqlite3_bind_int64(upsert, 11, run)
            step(upsert)
        }
        wrote()
        return previous
    }

    private func previousPersonal(_ path: String) -> [Kind: Int]? {
        guard let previousLookup else { return nil }
        defer { sqlite3_reset(previousLookup) }
        bind(previousLookup, 1, path)
        guard sqlite3_step(previousLookup) == SQLITE_ROW else { return nil }
        return Self.counts(columnText(previousLookup, 0))
    }

    /// Marks `path` as seen in this run, its entry carried over unchanged.
    public func keep(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        guard let keepStatement else { return }
        bind(keepStatement, 1, path)
        sqlite3_bind_int64(keepStatement, 2, run)
        step(keepStatement)
        wrote()
    }

    /// Commits every `batch` writes: a run cut short keeps what it read.
    private func wrote() {
        writesInTransaction += 1
        if writesInTransaction >= Self.batch {
            writesInTransaction = 0
            do {
                try execute("COMMIT; BEGIN IMMEDIATE")
            } catch {
                failure = failure ?? error as? ScanError
            }
        }
    }

    /// The files of the state not seen in this run, under `roots` (as walked: a root, or a
    /// path below it; the state keys files by the path shown): those below a folder of
    /// `unreadable` (the walk could not list it) are kept as files not read, the others
    /// (deleted, moved, now ignored) forgotten. Calls `unseen` with each that held personal
    /// data, what it held, and whether it was kept as unreadable.
    public func forgetUnseen(under roots: [String], unreadable: [String], _ unseen: (String, [Kind: Int], Bool) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard db != nil else { return }
        let under = "run <> ?1 AND (path = ?2 OR substr(path, 1, length(?3)) = ?3)"
        do {
            let held = try prepare("SELECT path, personal FROM files WHERE \(under) AND personal <> '' ORDER BY path")
            let keep = try prepare("UPDATE files SET size = -1, run = ?1 WHERE \(under) AND personal <> ''")
            let forget = try prepare("DELETE FROM files WHERE \(under)")
            defer { for statement in [held, keep, forget] { sqlite3_finalize(statement) } }
            let folders = unreadable.map(RawFileNames.shown).map { (path: $0, isUnreadable: true) }
            for (path, isUnreadable) in folders + roots.map(RawFileNames.shown).map({ (path: $0, isUnreadable: false) }) {
                // A folder's own path is no file of it: only the paths below it.
                let exact = isUnreadable ? "" : path
                for statement in [held, isUnreadable ? keep : forget] {
                    sqlite3_bind_int64(statement, 1, run)
                    bind(statement, 2, exact)
                    bind(statement, 3, path.hasSuffix("/") ? path : path + "/")
                }
                while sqlite3_step(held) == SQLITE_ROW { unseen(columnText(held, 0), Self.counts(columnText(held, 1)), isUnreadable) }
                sqlite3_reset(held)
                step(isUnreadable ? keep : forget)
            }
        } catch {
            failure = failure ?? error as? ScanError
        }
    }

    /// Saves everything, and when this run ended; throws when something could not be saved
    /// (what was is kept).
    public func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        guard db != nil else { return }
        try execute("INSERT INTO meta VALUES ('ended', '\(Int64(time(nil)))') ON CONFLICT(key) DO UPDATE SET value = excluded.value; COMMIT")
        if let failure { throw failure }
    }

    // MARK: SQLite

    private func close() {
        for statement in [lookup, previousLookup, upsert, delete, keepStatement, keepUnreadable] { sqlite3_finalize(statement) }
        lookup = nil
        previousLookup = nil
        upsert = nil
        delete = nil
        keepStatement = nil
        keepUnreadable = nil
        sqlite3_close(db)
        db = nil
    }

    private func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(db, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw ScanError(.other("state file: \(text)"))
        }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw error("cannot prepare") }
        return statement
    }

    private func error(_ what: String) -> ScanError {
        ScanError(.other("state file: \(what): \(db.map { String(cString: sqlite3_errmsg($0)) } ?? "closed")"))
    }

    private func bind(_ statement: OpaquePointer, _ index: Int32, _ value: String) {
        // SQLITE_TRANSIENT: SQLite copies the text, which Swift frees after the call.
        sqlite3_bind_text(statement, index, value, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }

    /// Runs a write; the first that fails is kept for `finish`.
    private func step(_ statement: OpaquePointer) {
        if sqlite3_step(statement) != SQLITE_DONE, failure == nil { failure = error("cannot write") }
        sqlite3_reset(statement)
    }

    private func columnText(_ statement: OpaquePointer, _ column: Int32) -> String {
        sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
    }

    // MARK: Counts as text: `cn_id=40,mobile=40`.

    static func text(_ counts: [Kind: Int]) -> String {
        counts.keys.sorted().map { "\($0.rawValue)=\(counts[$0]!)" }.joined(separator: ",")
    }

    static func counts(_ text: String) -> [Kind: Int] {
        var counts: [Kind: Int] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let kind = Kind(rawValue: String(parts[0])), let n = Int(parts[1]) { counts[kind] = n }
        }
        return counts
    }
}
