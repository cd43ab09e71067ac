#if canImport(Glibc)
import Glibc
#endif
import SystemSQLite

/// A SQLite database opened to be read and never changed: a file by the URI
/// `file:PATH?mode=ro&immutable=1` (read-only, no lock taken, no journal or WAL file made or
/// read); bytes with no path SQLite can open (a member of an archive, a staged blob's unlinked
/// copy) handed to SQLite as they are (`sqlite3_deserialize`, read-only) up to `memoryLimit`,
/// beyond it copied into a private temporary file, unlinked once open. Work is bounded: a row
/// that takes more than `instructionLimit` of SQLite's instructions to reach is interrupted (a
/// damaged b-tree, a generated column's costly expression), and no row may be larger than
/// `lengthLimit`.
final class SQLiteDatabase {
    private let db: OpaquePointer
    /// SQLite's progress callbacks since the last row, each after `callbackPeriod` instructions.
    private var callbacks: Int32 = 0

    static let memoryLimit = 64 << 20
    static let lengthLimit: Int32 = 64 << 20
    static let callbackPeriod: Int32 = 1000
    static let instructionLimit: Int32 = 200_000_000

    init(_ source: any ByteSource, memoryLimit: Int = SQLiteDatabase.memoryLimit) throws {
        if let file = source as? FileSource, let opened = try? Self.open(path: file.path) {
            db = opened
        } else if try SourceBytes.size(of: source) > memoryLimit {
            let copy = try Self.temporaryCopy(of: source)
            // SQLite holds its own descriptor, and an immutable database is never opened again.
            defer { unlink(copy) }
            db = try Self.open(path: copy)
        } else {
            db = try Self.open(path: nil)
            try deserialize(source)
        }
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, Self.lengthLimit)
        // A database's schema is the file's, not ours: its functions run in no view or trigger.
        try execute("PRAGMA trusted_schema = OFF")
        sqlite3_progress_handler(db, Self.callbackPeriod, { context in
            let database = Unmanaged<SQLiteDatabase>.fromOpaque(context!).takeUnretainedValue()
            database.callbacks += 1
            return database.callbacks > SQLiteDatabase.instructionLimit / SQLiteDatabase.callbackPeriod ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// A connection to the file at `path`, read-only; to an empty in-memory database when nil.
    private static func open(path: String?) throws -> OpaquePointer {
        var handle: OpaquePointer?
        let status = path.map { sqlite3_open_v2(uri($0), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil) }
            ?? sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw ScanError(.other("SQLite database cannot be opened: \(message)"))
        }
        return handle
    }

    deinit {
        sqlite3_close_v2(db)
    }

    /// A path as an SQLite URI: `?`, `#` and `%` would end or escape it, so every byte outside
    /// the plain ones is written `%HH`; an absolute path after an empty authority (`file:///…`),
    /// so that one opening with `//` names no host.
    static func uri(_ path: String) -> String {
        var uri = path.hasPrefix("/") ? "file://" : "file:"
        for byte in path.utf8 {
            if isAlphanumeric(byte) || "/-._~".utf8.contains(byte) {
                uri.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                uri += (byte < 0x10 ? "%0" : "%") + String(byte, radix: 16, uppercase: true)
            }
        }
        return uri + "?mode=ro&immutable=1"
    }

    /// The source's bytes as the database, read-only; SQLite frees them when it closes.
    private func deserialize(_ source: any ByteSource) throws {
        let size = try SourceBytes.size(of: source)
        guard let memory = sqlite3_malloc64(sqlite3_uint64(max(size, 1))) else { throw ScanError(.other("SQLite database: out of memory")) }
        let buffer = UnsafeMutableRawBufferPointer(start: memory, count: size)
        let read: Int
        do {
            read = try SourceBytes.readFully(source, into: buffer, at: 0)
        } catch {
            sqlite3_free(memory)
            throw error
        }
        // A database in WAL mode (bytes 18 and 19 are 2) is read from memory in rollback mode:
        // SQLite's in-memory file has no WAL to look in, and refuses to open it otherwise.
        if read > 19, buffer[18] == 2, buffer[19] == 2 {
            buffer[18] = 1
            buffer[19] = 1
        }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY)
        let status = sqlite3_deserialize(db, "main", memory.assumingMemoryBound(to: UInt8.self), sqlite3_int64(read),
                                         sqlite3_int64(max(size, 1)), flags)
        guard status == SQLITE_OK else { throw failure(status) }
    }

    /// `source` copied into a temporary file, for a database too large to hold in memory: its path.
    private static func temporaryCopy(of source: any ByteSource) throws -> String {
        let (fd, path) = try TemporaryFile.make(prefix: "leakscan-sqlite")
        defer { close(fd) }
        do {
            var reader = ChunkReader(source)
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let n = try chunk.withUnsafeMutableBytes { try reader.read(into: $0) }
                if n == 0 { return path }
                guard chunk.withUnsafeBytes({ write(fd, $0.baseAddress, n) }) == n else {
                    throw ScanError(.other("cannot make a temporary copy: \(String(cString: strerror(errno)))"))
                }
            }
        } catch {
            unlink(path)
            throw error
        }
    }

    /// The names of the tables that hold data: the internal ones (`sqlite_…`) left out, and so
    /// are views, whose rows are the tables'.
    func tableNames() throws -> [String] {
        var names: [String] = []
        try rows(of: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid") {
            if let text = sqlite3_column_text($0, 0) { names.append(String(cString: text)) }
            return true
        }
        return names
    }

    /// Prepares `sql`, or says why the database cannot run it (a table without rowid asked for
    /// its rowid, a virtual table of a module this SQLite lacks).
    func prepare(_ sql: String) -> Result<OpaquePointer, ScanError> {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            return .failure(failure(status))
        }
        return .success(statement)
    }

    /// Steps through the rows of `sql`, giving each to `row` until it returns false.
    func rows(of sql: String, _ row: (OpaquePointer) throws -> Bool) throws {
        try rows(of: prepare(sql).get(), row)
    }

    /// Steps through the rows of a prepared `statement` (finalised here), giving each to `row`
    /// until it returns false.
    func rows(of statement: OpaquePointer, _ row: (OpaquePointer) throws -> Bool) throws {
        defer { sqlite3_finalize(statement) }
        while true {
            callbacks = 0
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw failure(status) }
            guard try row(statement) else { return }
        }
    }

    private func execute(_ sql: String) throws {
        let status = sqlite3_exec(db, sql, nil, nil, nil)
        guard status == SQLITE_OK else { throw failure(status) }
    }

    /// The error for a status SQLite returned, worded by its kind.
    private func failure(_ status: Int32) -> ScanError {
        let message = String(cString: sqlite3_errmsg(db))
        switch status & 0xFF {
        case SQLITE_NOTADB, SQLITE_CORRUPT:
            return ScanError(.other("corrupt or encrypted SQLite database: \(message)"))
        case SQLITE_INTERRUPT:
            return ScanError(.other("SQLite database: a row took more than \(Self.instructionLimit / 1_000_000) million steps to read (work guard)"))
        case SQLITE_TOOBIG:
            return ScanError(.other("SQLite database: a row larger than \(Self.lengthLimit >> 20) MiB (memory guard)"))
        default:
            return ScanError(.other("SQLite database: \(message)"))
        }
    }
}
