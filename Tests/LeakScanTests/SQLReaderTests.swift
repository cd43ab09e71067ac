import Foundation
import XCTest
@testable import LeakScan

/// The SQL dump reader: values under their columns (from the column list, `CREATE TABLE`, its
/// comments), each row a record, strings with their escapes, `COPY` data, comments and other
/// strings scanned as text, any chunking, and a dump known by its opening.
final class SQLReaderTests: XCTestCase {
    private func scan(_ bytes: [UInt8], name: String = "dump.sql", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanData(bytes, name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    private func scan(_ text: String, name: String = "dump.sql", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        try scan(Array(text.utf8), name: name, chunkSize: chunkSize, keepRecords: keepRecords)
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        try ReadTestSupport.assertAnyChunkingFindsTheSame(in: "sql", ["mysqldump.sql", "pg_dump.sql", "pg_dump_inserts.sql",
                                                                      "sqlite_dump.sql"], format: .sql, values: 24)
    }

    func testTheColumnListNamesEachValueAndEachTupleIsARecord() throws {
        let text = "INSERT INTO `students` (`xm`, `sfzh`, `lxdh`) VALUES ('张伟','410105200803121237','13812345678'),"
            + "('李娜',NULL,'13912345678');\n"
        let (_, found) = try scan(Array(text.utf8), keepRecords: true)
        XCTAssertEqual(found.map(\.kind), [.name, .cnID, .mobile, .record, .name, .mobile, .record])
        XCTAssertEqual(found.filter { $0.kind != .record }.map { $0.location.field }, ["xm", "sfzh", "lxdh", "xm", "lxdh"])
        // Located as in text: the character column where the value starts.
        let columns = ["张伟", "410105200803121237", "13812345678", "李娜", "13912345678"].map { value in
            text.distance(from: text.startIndex, to: text.range(of: value)!.lowerBound) + 1
        }
        XCTAssertEqual(found.filter { $0.kind != .record }.map { $0.location.column }, columns)
    }

    /// A script from SQL Server Management Studio: `GO` alone on its line ends each batch, no
    /// `;` anywhere; a column or value named go is none.
    func testSQLServersGoEndsAStatement() throws {
        let text = "SET ANSI_NULLS ON\nGO\nINSERT [dbo].[XS] ([XH], [XM], [CSRQ]) VALUES (N'2022001', N'梁轩文', CAST(N'2008-06-08' AS Date))\n"
            + "GO\nINSERT [dbo].[XS] ([XH], [XM], [CSRQ]) VALUES (N'2022002', N'谭轩宇', CAST(N'2009-10-28' AS Date))\n  GO  \n"
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.value)" },
                       ["name XM 梁轩文", "birth_date CSRQ 2008-06-08", "name XM 谭轩宇", "birth_date CSRQ 2009-10-28"])
    }

    /// A table of organisations (a supplier's or a school's name, its phone and address) holds
    /// their own contact details, as such a sheet does; a table of people beside it does not.
    func testATableOfOrganisationsHoldsTheirOwnContactDetails() throws {
        let text = "CREATE TABLE `zc_gys` (`gysmc` varchar(50) COMMENT '供应商名称', `dh` varchar(20) COMMENT '电话', "
            + "`dz` varchar(100) COMMENT '地址');\nINSERT INTO `zc_gys` VALUES ('郑州华信科技有限公司','0371-63821234','郑州市金水区花园路88号');\n"
            + "INSERT INTO school (学校名称, 电话, 地址) VALUES ('郑州市纬五路第一小学','0371-63912250','郑州市金水区纬五路36号');\n"
            + "INSERT INTO parent (姓名, 电话, 地址) VALUES ('张伟','0371-63912251','郑州市金水区纬五路38号3号楼2单元501室');\n"
        let (_, found) = try scan(text)
        XCTAssertEqual(found.filter { !$0.organisational }.map { "\($0.kind.rawValue) \($0.value)" },
                       ["name 张伟", "landline 0371-63912251", "address 郑州市金水区纬五路38号3号楼2单元501室"])
    }

    func testASettingsTablesKeyNamesTheValueAfterIt() throws {
        // Columns unknown: the school's own settings, and a parent's phone kept so.
        let text = "INSERT INTO `sys_config` VALUES ('school_tel','0371-63912345'),('school_addr','郑州市金水区文化路72号'),"
            + "('parent_phone','13912345678'),('xs_001','13812345678');\n"
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.organisational)" },
                       ["landline school_tel true", "address school_addr true", "mobile parent_phone false", "mobile - false"])
        // Columns known, the value's saying nothing (config_value): the key still names it.
        let dump = "CREATE TABLE sys_config (config_key varchar(64), config_value varchar(255), remark varchar(255));\n"
            + "INSERT INTO sys_config (config_key, config_value, remark) VALUES ('school_tel', '0371-63951234', '学校总机'),"
            + "('school_address', '河南省郑州市金水区文化路97号', '学校地址');\n"
        XCTAssertEqual(try scan(dump).1.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.organisational)" },
                       ["landline school_tel true", "address school_address true"])
        // A value column that names its kind keeps it (a student table's second column).
        let students = "INSERT INTO student (xh, lxdh) VALUES ('school_tel', '13812345678');\n"
        XCTAssertEqual(try scan(students).1.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" }, ["mobile lxdh"])
    }

    func testCreateTableCommentsJoinTheColumnNames() throws {
        let mysql = """
        CREATE TABLE `t` (
          `id` int NOT NULL AUTO_INCREMENT,
          `name` varchar(20) COMMENT '学生（含借读）, 姓名',
          PRIMARY KEY (`id`), KEY `idx` (`name`)
        );
        INSERT INTO `t` VALUES (1,'王小明');
        """
        XCTAssertEqual(try scan(mysql).1.map { $0.location.field }, ["name（学生（含借读）, 姓名）"])
        let postgres = """
        CREATE TABLE "public"."t" (id integer, jhr character varying(20));
        COMMENT ON TABLE "public"."t" IS '家长';
        COMMENT ON COLUMN "public"."t"."jhr" IS '监护人姓名';
        INSERT INTO "public"."t" VALUES (1, '王建国');
        """
        XCTAssertEqual(try scan(postgres).1.map { $0.location.field }, ["jhr（监护人姓名）"])
    }

    func testStringsKeepTheirExactSpansWhateverTheirEscapes() throws {
        let text = "INSERT INTO t (bz, lxdh) VALUES ('it\\'s ); '' 1', '13812345678');\n"
        let bytes = Array(text.utf8)
        let (_, found) = try scan(bytes)
        let mobile = try XCTUnwrap(found.first)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(mobile.location.field, "lxdh")
        XCTAssertEqual(String(decoding: bytes[mobile.sourceRange], as: UTF8.self), "13812345678")
    }

    func testCopyRowsAreSplitByTabsWithNullsAndEndAtTheirTerminator() throws {
        let text = """
        COPY public.xs (xm, sfzh, lxdh) FROM stdin;
        张伟\t\\N\t13812345678
        李娜\t410105200803121237\t\\N
        \\.
        UPDATE xs SET lxdh = '13912345678' WHERE xm = '王芳';

        """
        let (_, found) = try scan(Array(text.utf8), keepRecords: true)
        XCTAssertEqual(found.map(\.kind), [.name, .mobile, .record, .name, .cnID, .record, .mobile, .name, .record])
        XCTAssertEqual(found.filter { $0.kind != .record }.map { $0.location.field }, ["xm", "lxdh", "xm", "sfzh", "lxdh", "xm"])
        XCTAssertEqual(found.filter { $0.kind != .record }.map { $0.location.line }, [2, 2, 3, 3, 5, 5])
    }

    func testCommentsAndOtherStringsAreScannedAsText() throws {
        let text = """
        -- 导出人：班主任 13812345678
        /* 联系电话 13912345678 */
        SELECT '身份证 410105200803121237';

        """
        let (_, found) = try scan(text)
        XCTAssertEqual(found.map(\.kind), [.mobile, .mobile, .cnID])
        XCTAssertTrue(found.allSatisfy { $0.location.field == nil })
        XCTAssertEqual(found.map { $0.location.line }, [1, 2, 3])
    }

    func testLinesOfNoSQLAreReadAsText() throws {
        // A client's printed result pasted into the file: no statement, read as running text.
        let text = """
        mysql> SELECT xm, sfzh FROM students;
        | 张子涵 | 410105200803121237 | 13903715521 |
        INSERT INTO t (a) VALUES ('13812345678');

        """
        let (_, found) = try scan(text)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.location.line ?? 0) \($0.location.field ?? "-")" },
                       ["cn_id 2 -", "mobile 2 -", "mobile 3 a"])
    }

    func testNumberValuesAreReadAsNumberCells() throws {
        let (_, found) = try scan("INSERT INTO t (sfzh, sjhm) VALUES (410105200803121237, 13812345678);\n")
        XCTAssertEqual(found.map(\.kind), [.cnID, .mobile])
        XCTAssertEqual(found.map { $0.location.field }, ["sfzh", "sjhm"])
    }

    func testALongExtendedInsertIsReadInPartsAndEveryValueFound() throws {
        // mysqldump writes a table's rows as one line: here about 1.3 MB through a 64 KiB buffer.
        let tuples = (0..<20_000).map { i in "(\(i),'学生\(i)','1381234\(String(format: "%04d", i % 10_000))','备注：家长电话')" }
        let text = "INSERT INTO `t` (`id`, `bz`, `lxdh`, `note`) VALUES " + tuples.joined(separator: ",") + ";\n"
        let (_, found) = try scan(Array(text.utf8), chunkSize: 64 * 1024, keepRecords: true)
        let mobiles = found.filter { $0.kind == .mobile }
        XCTAssertEqual(mobiles.count, 20_000)
        XCTAssertTrue(mobiles.allSatisfy { $0.location.field == "lxdh" && $0.location.line == 1 })
    }

    func testADumpIsKnownByItsOpeningOrByItsName() throws {
        XCTAssertEqual(try scan("-- MySQL dump 10.13\n--\nCREATE TABLE t (a int);\n", name: "backup").0.format, .sql)
        XCTAssertEqual(try scan("\n--\n-- PostgreSQL database dump\n--\n", name: "db.bak").0.format, .sql)
        XCTAssertEqual(try scan("/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump 10.19\n", name: "db").0.format, .sql)
        XCTAssertEqual(try scan("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n", name: "x.txt").0.format, .sql)
        XCTAssertEqual(try scan("请家长将学生信息 INSERT INTO 表格\n", name: "x.txt").0.format, .text)
        XCTAssertEqual(try scan("select 1;\n", name: "q.sql").0.format, .sql)
        XCTAssertEqual(try scan("INSERT INTO t VALUES (1),(2)\n", name: "x.csv").0.format, .delimited(delimiter: UInt8(ascii: ",")))
    }
}
