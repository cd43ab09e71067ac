import XCTest
@testable import LeakScan

/// Builds BIFF8 records and the OLE compound file around them, as MS-XLS and MS-CFB lay them
/// out, for the cases real writers seldom produce (strings split over CONTINUE records, MULRK,
/// formulas with text, a workbook small enough for the mini stream) and for damaged files.
enum BIFFBuilder {
    static func record(_ type: Int, _ body: [UInt8]) -> [UInt8] {
        le16(type) + le16(body.count) + body
    }

    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func le32(_ v: UInt32) -> [UInt8] { le16(Int(v & 0xFFFF)) + le16(Int(v >> 16)) }
    static func f64(_ v: Double) -> [UInt8] { (0..<8).map { UInt8(v.bitPattern >> (8 * UInt64($0)) & 0xFF) } }

    /// BOF of a BIFF8 substream: 0x0005 the workbook globals, 0x0010 a worksheet, 0x0020 a chart.
    static func bof(_ type: Int, version: Int = 0x0600) -> [UInt8] {
        record(0x0809, le16(version) + le16(type) + [UInt8](repeating: 0, count: 12))
    }

    static let eof = record(0x000A, [])

    /// Characters of `text`, 8-bit when every one fits, else UTF-16LE: (flag byte, bytes).
    static func characters(_ text: String) -> (UInt8, [UInt8]) {
        let units = Array(text.utf16)
        if units.allSatisfy({ $0 < 0x100 }) { return (0, units.map { UInt8($0) }) }
        return (1, units.flatMap { le16(Int($0)) })
    }

    static func unicodeString(_ text: String) -> [UInt8] {
        let (flag, bytes) = characters(text)
        return le16(text.utf16.count) + [flag] + bytes
    }

    /// A sheet of the globals: where its BOF is, hidden state, name.
    static func boundSheet(offset: Int, name: String, hidden: Bool = false) -> [UInt8] {
        let (flag, bytes) = characters(name)
        return record(0x0085, le32(UInt32(offset)) + [hidden ? 1 : 0, 0] + [UInt8(name.utf16.count), flag] + bytes)
    }

    static func sst(_ strings: [String]) -> [UInt8] {
        record(0x00FC, le32(UInt32(strings.count)) + le32(UInt32(strings.count)) + strings.flatMap(unicodeString))
    }

    static func labelSST(_ row: Int, _ column: Int, _ index: Int) -> [UInt8] {
        record(0x00FD, le16(row) + le16(column) + le16(15) + le32(UInt32(index)))
    }

    static func number(_ row: Int, _ column: Int, _ value: Double) -> [UInt8] {
        record(0x0203, le16(row) + le16(column) + le16(15) + f64(value))
    }

    /// An RK holding a 30-bit integer.
    static func rkInteger(_ value: Int) -> UInt32 { UInt32(bitPattern: Int32(value) << 2) | 2 }

    static func rk(_ row: Int, _ column: Int, _ rk: UInt32) -> [UInt8] {
        record(0x027E, le16(row) + le16(column) + le16(15) + le32(rk))
    }

    static func mulRK(_ row: Int, _ first: Int, _ values: [UInt32]) -> [UInt8] {
        record(0x00BD, le16(row) + le16(first) + values.flatMap { le16(15) + le32($0) } + le16(first + values.count - 1))
    }

    /// A formula whose cached result is text, and the STRING record holding it.
    static func formulaText(_ row: Int, _ column: Int, _ text: String) -> [UInt8] {
        record(0x0006, le16(row) + le16(column) + le16(15) + [0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + le16(0) + le32(0) + le16(0))
            + record(0x0207, unicodeString(text))
    }

    /// A cell comment: the object (OBJ with its ftCmo), its text (TXO, then the characters in
    /// CONTINUE records, cut after `split` characters with the second part 8-bit) and the NOTE
    /// tying it to its cell. A real sheet gives the NOTE records after its cells.
    static func comment(id: Int, text: String, split: Int) -> [UInt8] {
        let units = Array(text.utf16)
        return record(0x005D, le16(0x15) + le16(0x12) + le16(0x19) + le16(id) + [UInt8](repeating: 0, count: 14) + le16(0) + le16(0))
            + record(0x01B6, le16(0x0212) + le16(0) + [UInt8](repeating: 0, count: 6) + le16(units.count) + le16(16) + le32(0))
            + record(0x003C, [1] + units.prefix(split).flatMap { le16(Int($0)) })
            + record(0x003C, [0] + units.dropFirst(split).map { UInt8($0 & 0xFF) })
            + record(0x003C, [UInt8](repeating: 0, count: 16))
    }

    static func note(_ row: Int, _ column: Int, id: Int, author: String) -> [UInt8] {
        record(0x001C, le16(row) + le16(column) + le16(0) + le16(id) + unicodeString(author) + [0])
    }

    static func hiddenRow(_ row: Int) -> [UInt8] {
        record(0x0208, le16(row) + le16(0) + le16(4) + le16(0x00FF) + le16(0) + le16(0) + le16(0x20) + le16(15))
    }

    static func hiddenColumns(_ first: Int, _ last: Int) -> [UInt8] {
        record(0x007D, le16(first) + le16(last) + le16(2560) + le16(15) + le16(1) + le16(0))
    }

    /// A workbook stream: the globals (with `extraGlobals` before the sheets are listed), then
    /// each sheet's records between its BOF and EOF.
    static func workbook(sheets: [(name: String, hidden: Bool, records: [UInt8])], strings: [String],
                         extraGlobals: [UInt8] = []) -> [UInt8] {
        func globals(_ offsets: [Int]) -> [UInt8] {
            bof(0x0005) + extraGlobals
                + zip(sheets, offsets).flatMap { boundSheet(offset: $1, name: $0.name, hidden: $0.hidden) }
                + sst(strings) + eof
        }
        var offsets = [Int](repeating: 0, count: sheets.count)
        var at = globals(offsets).count
        for (k, sheet) in sheets.enumerated() {
            offsets[k] = at
            at += bof(0x0010).count + sheet.records.count + eof.count
        }
        return globals(offsets) + sheets.flatMap { bof(0x0010) + $0.records + eof }
    }

    /// An OLE compound file (version 3, 512-byte sectors) holding root streams: the first in
    /// regular sectors from 4096 bytes on, else in the mini stream; `others` (at least 4096 bytes
    /// each) in regular sectors. With `declaredSize`, the directory claims another size for the first.
    static func compoundFile(_ stream: [UInt8], name: String = "Workbook", declaredSize: Int? = nil,
                             others: [(name: String, bytes: [UInt8])] = []) -> [UInt8] {
        let endOfChain: UInt32 = 0xFFFF_FFFE, free: UInt32 = 0xFFFF_FFFF, fatSector: UInt32 = 0xFFFF_FFFD
        func padded(_ bytes: [UInt8], to size: Int) -> [UInt8] {
            bytes + [UInt8](repeating: 0, count: (size - bytes.count % size) % size)
        }
        var sectors: [[UInt8]] = []
        var fat: [UInt32] = []
        func chain(_ bytes: [UInt8]) -> UInt32 {
            let start = sectors.count
            let data = padded(bytes, to: 512)
            for k in stride(from: 0, to: data.count, by: 512) {
                sectors.append(Array(data[k..<k + 512]))
                fat.append(k + 512 < data.count ? UInt32(sectors.count) : endOfChain)
            }
            return UInt32(start)
        }
        let isSmall = stream.count < 4096
        var streamStart: UInt32, rootStart = endOfChain, rootSize = 0, miniFATStart = endOfChain, miniFATCount = 0
        if isSmall {
            let mini = padded(stream, to: 64)
            rootStart = chain(mini)
            rootSize = mini.count
            let miniSectors = mini.count / 64
            miniFATStart = chain((0..<miniSectors).flatMap { le32($0 + 1 < miniSectors ? UInt32($0 + 1) : endOfChain) })
            miniFATCount = 1
            streamStart = 0
        } else {
            streamStart = chain(stream)
        }
        let otherStarts = others.map { chain($0.bytes) }
        func entry(_ name: String, type: UInt8, child: UInt32, start: UInt32, size: Int, right: UInt32 = 0xFFFF_FFFF) -> [UInt8] {
            let units: [UInt8] = name.utf16.flatMap { le16(Int($0)) } + [0, 0]
            var e: [UInt8] = padded(units, to: 64)
            e += le16(units.count)
            e += [type, 1]
            e += le32(free) + le32(right) + le32(child)
            e += [UInt8](repeating: 0, count: 16 + 4 + 8 + 8)
            e += le32(start) + le32(UInt32(size)) + le32(0)
            return e
        }
        // Siblings chained to the right: entry k's right sibling is entry k + 1.
        var directory = entry("Root Entry", type: 5, child: 1, start: rootStart, size: rootSize)
            + entry(name, type: 2, child: free, start: streamStart, size: declaredSize ?? stream.count,
                    right: others.isEmpty ? free : 2)
        for (k, other) in others.enumerated() {
            directory += entry(other.name, type: 2, child: free, start: otherStarts[k], size: other.bytes.count,
                               right: k + 1 < others.count ? UInt32(k + 3) : free)
        }
        directory = padded(directory, to: 512)
        let directoryStart = chain(directory)
        let fatIndex = UInt32(sectors.count)
        fat.append(fatSector)
        sectors.append(padded((fat + [UInt32](repeating: free, count: 128 - fat.count)).flatMap(le32), to: 512))
        var header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += le16(0x3E) + le16(3) + le16(0xFFFE) + le16(9) + le16(6) + [UInt8](repeating: 0, count: 10)
        header += le32(1) + le32(directoryStart) + le32(0) + le32(4096) + le32(miniFATStart) + le32(UInt32(miniFATCount))
        header += le32(endOfChain) + le32(0) + le32(fatIndex) + [UInt32](repeating: free, count: 108).flatMap(le32)
        return header + sectors.flatMap { $0 }
    }
}

final class XLSReaderTests: XCTestCase {
    typealias B = BIFFBuilder

    private func scan(_ file: [UInt8]) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scan(MemorySource(file, displayPath: "t.xls"), detectors: StandardDetectors.all())
    }

    private func described(_ findings: [Finding]) -> [String] {
        findings.filter { $0.kind != .record }.map {
            "\($0.location.sheet ?? "-")!\($0.location.cell ?? "-") \($0.kind.rawValue) \($0.value)\($0.location.hidden ? " hidden" : "")"
        }
    }

    /// A roster with one cell of every kind of record, and its expected findings.
    private let strings = ["姓名", "身份证号", "家长手机", "出生日期", "成绩", "备注", "张伟", "110105201003071234", "李娜"]
    private var rosterRecords: [UInt8] {
        return (0..<6).flatMap { B.labelSST(0, $0, $0) }
            + B.labelSST(1, 0, 6) + B.number(1, 2, 13812345678) + B.rk(1, 3, B.rkInteger(40244))
            + B.mulRK(1, 4, [B.rkInteger(95), B.rkInteger(88)]) + B.formulaText(1, 6, "电话13987654321")
            + B.labelSST(2, 0, 8) + B.number(2, 1, 4.10105200803121e17)
    }

    func testEveryKindOfCellIsScannedWhereItStands() throws {
        let stream = B.workbook(sheets: [("名单", false, rosterRecords)], strings: strings)
        for file in [B.compoundFile(stream), B.compoundFile(stream + [UInt8](repeating: 0, count: 4096))] {
            let (summary, found) = try scan(file)
            XCTAssertEqual(summary.format, .workbook)
            XCTAssertEqual(described(found), [
                "名单!A2 name 张伟", "名单!C2 mobile 13812345678", "名单!D2 birth_date 40244", "名单!G2 mobile 13987654321",
                "名单!A3 name 李娜", "名单!B3 cn_id_truncated 410105200803121000",
            ])
            XCTAssertEqual(found.first { $0.kind == .mobile }?.location.field, "家长手机")
        }
    }

    func testHiddenSheetsRowsAndColumnsAreFlagged() throws {
        let records = (0..<3).flatMap { B.labelSST(0, $0, $0) } + B.hiddenRow(2) + B.hiddenColumns(2, 2)
            + B.labelSST(1, 0, 6) + B.number(1, 1, 13800001111) + B.number(1, 2, 13800002222)
            + B.labelSST(2, 0, 8) + B.number(2, 1, 13800003333)
        let stream = B.workbook(sheets: [("见", false, records), ("藏", true, B.labelSST(0, 0, 1) + B.number(1, 0, 13800004444))],
                                strings: ["姓名", "手机", "电话", "x", "x", "x", "张伟", "x", "李娜"])
        let (_, found) = try scan(B.compoundFile(stream))
        XCTAssertEqual(described(found.filter { $0.location.sheet == "见" }).filter { !$0.contains(" name ") }, [
            "见!B2 mobile 13800001111", "见!C2 mobile 13800002222 hidden", "见!B3 mobile 13800003333 hidden",
        ])
        XCTAssertEqual(described(found.filter { $0.location.sheet == "藏" }), ["藏!A2 mobile 13800004444 hidden"])
    }

    func testSheetsNamedAfterPupilsGiveTheirNames() throws {
        // A workbook of forms, one a sheet, each tab named after its pupil; the cells hold grades.
        let grades = B.labelSST(0, 0, 0) + B.labelSST(0, 1, 1)
        let stream = B.workbook(sheets: [("毛铭泽", false, grades), ("谭可欣", true, grades), ("Sheet3", false, grades), ("汇总表", false, grades)],
                                strings: ["学科", "等级"])
        let (_, found) = try scan(B.compoundFile(stream))
        XCTAssertEqual(found.map { "\($0.location.sheet ?? "-") \($0.location.cell ?? "-") \($0.kind.rawValue) \($0.value)\($0.location.hidden ? " hidden" : "")" },
                       ["毛铭泽 - name 毛铭泽", "谭可欣 - name 谭可欣 hidden"])
    }

    func testCellCommentsAreScannedAtTheirCells() throws {
        let records = B.labelSST(0, 0, 0) + B.labelSST(0, 1, 1) + B.labelSST(1, 0, 2)
            + B.comment(id: 3, text: "家长电话13812345678", split: 6) + B.note(1, 1, id: 3, author: "班主任 13900001111")
        let stream = B.workbook(sheets: [("名单", false, records)], strings: ["姓名", "备注", "张伟"])
        let (_, found) = try scan(B.compoundFile(stream))
        XCTAssertEqual(found.filter { $0.kind == .mobile }.map { "\($0.location.cell ?? "-") \($0.location.field ?? "-") \($0.value)" },
                       ["B2 comment 13812345678", "- comment author 13900001111"])
    }

    func testChartsAndOtherSubstreamsArePassedOver() throws {
        // A chart inside a sheet (BOF … EOF nested), and a chart sheet of its own.
        let records = B.labelSST(0, 0, 2) + B.bof(0x0020) + B.number(0, 0, 13800009999) + B.eof + B.number(0, 1, 13800001111)
        let sheets: [(name: String, hidden: Bool, records: [UInt8])] = [("表", false, records), ("图", false, B.number(0, 0, 13800008888))]
        var stream = B.workbook(sheets: sheets, strings: ["a", "b", "手机"])
        // Make the second substream a chart sheet: its BOF's type 0x0020.
        let second = stream.count - (B.bof(0x0010).count + sheets[1].records.count + B.eof.count)
        stream[second + 6] = 0x20
        let (_, found) = try scan(B.compoundFile(stream))
        XCTAssertEqual(described(found), ["表!B1 mobile 13800001111"])
    }

    func testStringsSplitOverContinueRecords() throws {
        // "张伟, 13812345678" as 16-bit characters, split after "张伟, 1381": the CONTINUE
        // record starts with a flag byte saying the rest is 8-bit. Then a rich string (runs
        // after its characters, split across records) and one with phonetic data.
        let first = Array("张伟, 1381".utf16), rest = Array("2345678".utf16)
        var sst = B.le32(3) + B.le32(3) + B.le16(first.count + rest.count) + [1] + first.flatMap { B.le16(Int($0)) }
        var continued = [0] + rest.map { UInt8($0) }
        continued += B.le16(5) + [0x08] + B.le16(2) + Array("abcde".utf8) + [1, 0, 0, 0]
        let continuedAgain = [UInt8](arrayLiteral: 2, 0, 0, 0) + B.le16(2) + [0x04] + B.le32(3) + Array("xy".utf8) + [9, 9, 9]
        sst = B.record(0x00FC, sst)
        let reader = SSTReader(limit: 1 << 20)
        for (k, record) in [sst, B.record(0x003C, continued), B.record(0x003C, continuedAgain)].enumerated() {
            try Array(record[4...]).withUnsafeBytes { try reader.add(BIFFRecord($0), first: k == 0) }
        }
        try reader.finish()
        XCTAssertEqual(reader.strings.count, 3)
        XCTAssertEqual((0..<3).map { String(decoding: reader.strings.string($0)!, as: UTF8.self) }, ["张伟, 13812345678", "abcde", "xy"])
    }

    func testNumbersReadAsExcelKeepsThem() {
        XCTAssertEqual(BIFFNumber.rk(B.rkInteger(39519)), 39519)
        XCTAssertEqual(BIFFNumber.rk(B.rkInteger(-7)), -7)
        XCTAssertEqual(BIFFNumber.rk(B.rkInteger(9550) | 1), 95.5)
        XCTAssertEqual(BIFFNumber.rk(UInt32(Double(2.5).bitPattern >> 32)), 2.5)
        func text(_ v: Double) -> String { String(decoding: BIFFNumber.text(v), as: UTF8.self) }
        XCTAssertEqual(text(13812345678), "13812345678")
        XCTAssertEqual(text(95.5), "95.5")
        XCTAssertEqual(text(4.101052008031212e17), "4.10105200803121E+17")
        XCTAssertEqual(text(.nan), "")
    }

    func testDamagedAndUnsupportedWorkbooksGiveTheirOwnError() throws {
        let stream = B.workbook(sheets: [("名单", false, rosterRecords)], strings: strings)
        let cases: [(String, [UInt8], String)] = [
            ("truncated", B.compoundFile(stream + [UInt8](repeating: 0, count: 4096), declaredSize: stream.count + 9000),
             "corrupt OLE compound file"),
            ("cut inside a record", B.compoundFile(Array(stream.prefix(stream.count - 3))), "corrupt .xls workbook"),
            ("encrypted", B.compoundFile(B.workbook(sheets: [("a", false, [])], strings: [], extraGlobals: B.record(0x002F, [0, 0]))),
             "encrypted workbook"),
            ("BIFF5", B.compoundFile(B.bof(0x0005, version: 0x0500) + B.eof), "Excel 5.0/95 workbook"),
            ("record too long", B.compoundFile(B.bof(0x0005) + B.le16(0x00FC) + B.le16(9000) + [UInt8](repeating: 0, count: 9000)),
             "corrupt .xls workbook"),
            ("no sheet data", B.compoundFile(Array(stream.prefix(stream.count - rosterRecords.count - 8))), "corrupt .xls workbook"),
        ]
        for (what, file, message) in cases {
            XCTAssertThrowsError(try scan(file), what) { XCTAssertTrue("\($0)".contains(message), "\(what): \($0)") }
        }
    }

    func testDamagedBytesGiveAnErrorOrFindingsNeverACrash() {
        let stream = B.workbook(sheets: [("名单", false, rosterRecords)], strings: strings)
        var rng = SplitMix64(state: 31)
        for padding in [0, 4096] {
            let file = B.compoundFile(stream + [UInt8](repeating: 0, count: padding))
            for _ in 0..<300 {
                var damaged = file
                for _ in 0..<Int(rng.next() % 4 + 1) {
                    damaged[Int(rng.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: rng.next())
                }
                if rng.next() % 4 == 0 { damaged.removeLast(Int(rng.next() % UInt64(damaged.count))) }
                _ = try? scan(damaged)
            }
        }
    }
}
