import Foundation
import XCTest
@testable import LeakScan
import SystemSQLite

/// SQLite databases (fixtures/sqlite, written by Python's sqlite3 module: see
/// scripts/make_sqlite_fods_fixtures.py): each table's rows under their columns, read-only,
/// from a path, from memory and from a temporary copy alike; damaged and hostile ones give an
/// error, never a crash.
final class SQLiteReaderTests: XCTestCase {
    static let folder = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("sqlite")

    private func path(_ name: String) -> String { Self.folder.appendingPathComponent(name).path }

    private func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name))) }

    private func describe(_ found: [Finding]) -> [String] {
        found.filter { $0.kind != .record }.map {
            "\($0.location.sheet ?? "-") \($0.location.line ?? 0) \($0.location.column ?? 0) [\($0.location.field ?? "-")] \($0.kind.rawValue) \($0.value)"
        }
    }

    /// `source` scanned by the SQLite reader with every detector, reading from memory up to
    /// `memoryLimit`, `rowLimit` rows a table: the findings, and the error after them, if any.
    private func scan(_ source: any ByteSource, memoryLimit: Int = SQLiteDatabase.memoryLimit,
                      rowLimit: Int = SQLiteReader.rowLimit) -> (found: [Finding], error: String?) {
        let engine = DetectionEngine(detectors: StandardDetectors.all())
        var sink = ReadTestSink()
        do {
            try SQLiteReader.scan(source, engine: engine, sink: &sink, memoryLimit: memoryLimit, rowLimit: rowLimit)
            return (sink.findings, nil)
        } catch {
            return (sink.findings, "\(error)")
        }
    }

    func testATableIsReadUpToItsRowLimitAndTheCutIsSaid() throws {
        let (found, error) = scan(try FileSource(path: path("xjxt.db")), rowLimit: 2)
        XCTAssertEqual(error, "SQLite tables not scanned: student (rows past the first 2)")
        XCTAssertEqual(Set(found.filter { $0.location.sheet == "student" }.compactMap(\.location.line)), [100, 101])
        // Exactly as many rows as the limit: nothing cut.
        XCTAssertNil(scan(try FileSource(path: path("xjxt.db")), rowLimit: 3).error)
    }

    func testEachTablesRowsAreCellsUnderTheirColumnsLocatedByRowid() throws {
        let (summary, found) = try ReadTestSupport.scanWithEveryDetector(FileSource(path: path("xjxt.db")))
        XCTAssertEqual(summary.format, .database)
        let described = describe(found)
        // The pupil with rowid 100: name, ID and the INTEGER mobile as a number cell.
        XCTAssertTrue(described.contains("student 100 2 [xm] name 梁丽"), "\(described)")
        XCTAssertTrue(described.contains("student 100 3 [sfzh] cn_id 500103201402070188"), "\(described)")
        XCTAssertTrue(described.contains("student 100 4 [lxdh] mobile 18644281886"), "\(described)")
        // A BLOB of UTF-8 text is read; the photos' bytes are not.
        XCTAssertTrue(described.contains("student 101 6 [bz] mobile 17767261183"), "\(described)")
        XCTAssertFalse(described.contains { $0.contains("[zp]") })
        // A table without rowid: its rows counted.
        XCTAssertTrue(described.contains("jhr 1 2 [jhrxm] name 周雪涵"), "\(described)")
        // Each row is a record; the view and SQLite's own tables (sqlite_stat1) add nothing.
        XCTAssertEqual(found.filter { $0.kind == .record }.count, 4)
        XCTAssertEqual(Set(found.compactMap(\.location.sheet)), ["student", "jhr"])
    }

    func testReadingChangesNothingAndLeavesNoFileBeside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leakscan-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["xjxt.db", "wal.db"] {
            // A name SQLite's URI would misread unescaped.
            let copy = folder.appendingPathComponent("学籍 #1?%.db")
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(atPath: path(name), toPath: copy.path)
            let before = try Data(contentsOf: copy)
            XCTAssertFalse(try ReadTestSupport.scanWithEveryDetector(FileSource(path: copy.path)).1.isEmpty, name)
            XCTAssertEqual(try Data(contentsOf: copy), before, name)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [copy.lastPathComponent], name)
        }
    }

    func testTheURIEscapesWhatSQLiteWouldReadAsItsOwn() {
        XCTAssertEqual(SQLiteDatabase.uri("/tmp/a?b#c%d e.db"), "file:///tmp/a%3Fb%23c%25d%20e.db?mode=ro&immutable=1")
        XCTAssertEqual(SQLiteDatabase.uri("//host/x.db"), "file:////host/x.db?mode=ro&immutable=1")
        XCTAssertEqual(SQLiteDatabase.uri("data/名.db"), "file:data/%E5%90%8D.db?mode=ro&immutable=1")
    }

    func testBytesWithoutAPathGiveWhatTheFileGives() throws {
        for name in ["xjxt.db", "wal.db"] {
            let fromFile = describe(scan(try FileSource(path: path(name))).found)
            let source = MemorySource(try bytes(name), displayPath: name)
            XCTAssertEqual(describe(scan(source).found), fromFile, name)
            // Past the memory bound, through a temporary copy.
            XCTAssertEqual(describe(scan(source, memoryLimit: 0).found), fromFile, name)
        }
        XCTAssertEqual(describe(scan(MemorySource(try bytes("wal.db"), displayPath: "wal.db")).found),
                       describe(scan(try FileSource(path: path("xjxt.db"))).found))
    }

    func testADatabaseInAZipIsReadAsAMember() throws {
        let (_, found) = try ReadTestSupport.scanWithEveryDetector(FileSource(path: path("xjxt_in.zip")))
        XCTAssertEqual(describe(found), describe(scan(try FileSource(path: path("xjxt.db"))).found))
        XCTAssertEqual(Set(found.compactMap(\.location.member)), ["导出/xjxt.db"])
    }

    func testKnownByItsMagicWhateverItsName() throws {
        let (summary, found) = try ReadTestSupport.scanWithEveryDetector(MemorySource(try bytes("xjxt.db"), displayPath: "DATA.BIN"))
        XCTAssertEqual(summary.format, .database)
        XCTAssertFalse(found.isEmpty)
        XCTAssertTrue(SQLiteReader.isSQLite(Array("SQLite format 3\u{0}".utf8)))
        XCTAssertFalse(SQLiteReader.isSQLite(Array("SQLite format 3 is a file format".utf8)))
    }

    func testDamagedAndHostileDatabasesAreClearErrors() throws {
        func message(_ source: any ByteSource) -> String {
            do {
                _ = try ReadTestSupport.scanWithEveryDetector(source)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(message(try FileSource(path: path("not_a_database.db"))),
                       "corrupt or encrypted SQLite database: file is not a database")
        // A damaged table is named; the others are read.
        let corrupt = path("corrupt.db")
        XCTAssertEqual(message(try FileSource(path: corrupt)),
                       "SQLite tables not scanned: student (corrupt or encrypted SQLite database: database disk image is malformed)")
        var sink = ReadTestSink()
        XCTAssertThrowsError(try SourceReader.scan(FileSource(path: corrupt), engine: DetectionEngine(detectors: StandardDetectors.all()), sink: &sink))
        XCTAssertTrue(sink.findings.contains { $0.location.sheet == "jhr" && $0.kind == .name })
        // A generated column of 100 MB a row: refused by the length limit, never built.
        XCTAssertEqual(message(try FileSource(path: path("huge_row.db"))),
                       "SQLite tables not scanned: t (SQLite database: a row larger than 64 MiB (memory guard))")
        // Every cut of a database, and a page of noise in each place, in memory: an error or
        // findings, never a crash.
        let whole = try bytes("xjxt.db")
        for cut in stride(from: 0, to: whole.count, by: 1500) {
            _ = message(MemorySource(Array(whole[..<cut]) + [], displayPath: "cut.db"))
            var damaged = whole
            for k in cut..<min(cut + 64, whole.count) { damaged[k] = UInt8(truncatingIfNeeded: k &* 131) }
            _ = message(MemorySource(damaged, displayPath: "damaged.db"))
        }
        XCTAssertNotNil(ErrorExplanations.chinese(for: "corrupt or encrypted SQLite database: file is not a database"))
        XCTAssertEqual(ErrorExplanations.chinese(for: "SQLite tables not scanned: t (corrupt or encrypted SQLite database: x)"),
                       ErrorExplanations.chinese(for: "SQLite tables not scanned: t (rows past the first 10000000)"))
    }

    /// A settings table of a key and a value: each row's key names its value (the school's own
    /// phone and address under `school_tel`, `school_addr`); a key that names nothing leaves it.
    func testASettingsTablesKeyNamesItsValue() throws {
        let file = NSTemporaryDirectory() + "/leakscan-settings-\(UUID().uuidString).db"
        defer { unlink(file) }
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(file, &db), SQLITE_OK)
        let sql = "CREATE TABLE settings (config_key TEXT, config_value TEXT, remark TEXT); INSERT INTO settings VALUES "
            + "('school_tel', '0371-65501234', '学校办公室电话'), ('school_addr', '郑州市金水区纬五路36号', '学校地址'), "
            + "('admin_mobile', '13812345678', '管理员'), ('theme', 'blue', NULL);"
        XCTAssertEqual(sqlite3_exec(db, sql, nil, nil, nil), SQLITE_OK)
        sqlite3_close(db)
        var sink = ReadTestSink()
        _ = try SourceReader.scan(FileSource(path: file), engine: DetectionEngine(detectors: StandardDetectors.all()), sink: &sink)
        XCTAssertEqual(sink.findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.organisational)" },
                       ["landline school_tel true", "address school_addr true", "mobile admin_mobile false"])
    }

    func testAHugeTextValueIsScannedUpToItsLimitAndSaidSo() throws {
        let file = NSTemporaryDirectory() + "/leakscan-big-\(UUID().uuidString).db"
        defer { unlink(file) }
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(file, &db), SQLITE_OK)
        let filler = String(repeating: "成绩优秀", count: (CellTextBuffer.limit / 12) + 1000)
        let sql = "CREATE TABLE t (bz TEXT); INSERT INTO t VALUES ('\(filler) 13812345678'); INSERT INTO t VALUES ('家长电话 13912345678');"
        XCTAssertEqual(sqlite3_exec(db, sql, nil, nil, nil), SQLITE_OK)
        sqlite3_close(db)
        var sink = ReadTestSink()
        XCTAssertThrowsError(try SourceReader.scan(FileSource(path: file), engine: DetectionEngine(detectors: StandardDetectors.all()), sink: &sink)) {
            XCTAssertEqual("\($0)", "SQLite tables not scanned: t (values of more than 16 MiB: only their start was scanned)")
        }
        XCTAssertEqual(sink.findings.filter { $0.kind == .mobile }.map(\.value), ["13912345678"])
    }
}
