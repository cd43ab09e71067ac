import XCTest
@testable import LeakScan

// MARK: - Helpers shared by the Read tests (EncodingTests, CSVReaderTests, TextReaderTests, FormatSnifferTests)

/// Test detector: every group of exactly 11 digits is a "mobile"; 18 digits, or 17 and an X, an "ID".
final class ReadTestDetector: Detector, @unchecked Sendable {
    init() { super.init(trigger: .number) }
    override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        for (i, g) in token.groups.enumerated() {
            let last = i == token.groups.count - 1
            if g.count == 11 {
                matches.append(Match(kind: .mobile, confidence: .medium, range: g))
            } else if g.count == 18 || (g.count == 17 && last && token.trailingX) {
                matches.append(Match(kind: .cnID, confidence: .medium, range: g.lowerBound..<(g.count == 17 ? g.upperBound + 1 : g.upperBound)))
            }
        }
    }
}

struct ReadTestSink: FindingSink {
    var wantsDetails = true
    var findings: [Finding] = []
    var counts: [Kind: Int] = [:]
    mutating func add(_ finding: Finding) { findings.append(finding) }
    mutating func count(_ kind: Kind, organisational: Bool) { counts[kind, default: 0] += 1 }
}

enum ReadTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/encodings")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func scan(_ source: any ByteSource, chunkSize: Int? = nil,
                     detectors: [Detector] = [ReadTestDetector()]) throws -> (ReadSummary, [Finding]) {
        let engine = DetectionEngine(detectors: detectors)
        var sink = ReadTestSink()
        let summary = try chunkSize.map { try SourceReader.scan(source, engine: engine, sink: &sink, chunkSize: $0) }
            ?? SourceReader.scan(source, engine: engine, sink: &sink)
        return (summary, sink.findings)
    }

    /// `source` scanned with every standard detector.
    static func scanWithEveryDetector(_ source: any ByteSource) throws -> (ReadSummary, [Finding]) {
        try scan(source, detectors: StandardDetectors.all())
    }

    /// `bytes`, named `name`, scanned with every standard detector; record findings left out
    /// unless `keepRecords`.
    static func scanData(_ bytes: [UInt8], name: String, chunkSize: Int? = nil,
                         keepRecords: Bool = false) throws -> (ReadSummary, [Finding]) {
        let (summary, found) = try scan(MemorySource(bytes, displayPath: name), chunkSize: chunkSize,
                                        detectors: StandardDetectors.all())
        return (summary, found.filter { keepRecords || $0.kind != .record })
    }

    /// Each file of a data-file fixture folder (`fixtures/json`, `sql`, `keyvalue`) is read as
    /// `format`, with `values` findings besides records, and any chunking gives the same findings
    /// (records included) at the same places.
    static func assertAnyChunkingFindsTheSame(in folder: String, _ names: [String], format: SourceFormat, values: Int? = nil,
                                              file: StaticString = #filePath, line: UInt = #line) throws {
        let url = fixtures.deletingLastPathComponent().appendingPathComponent(folder)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: url.appendingPathComponent(name)))
            let (summary, whole) = try scanData(bytes, name: name, keepRecords: true)
            XCTAssertEqual(summary.format, format, name, file: file, line: line)
            let valueCount = whole.filter { $0.kind != .record }.count
            if let values { XCTAssertEqual(valueCount, values, name, file: file, line: line) }
            XCTAssertGreaterThan(valueCount, 5, name, file: file, line: line)
            for chunk in [64, 65, 100, 257, 1000] {
                XCTAssertEqual(try scanData(bytes, name: name, chunkSize: chunk, keepRecords: true).1, whole,
                               "\(name), chunks of \(chunk)", file: file, line: line)
            }
        }
    }

    static func scanFixture(_ name: String, chunkSize: Int? = nil) throws -> (ReadSummary, [Finding]) {
        try scan(FileSource(path: fixture(name)), chunkSize: chunkSize)
    }

    /// Decodes `bytes` from `encoding` with glibc iconv (test oracle).
    static func decode(_ bytes: ArraySlice<UInt8>, from encoding: String) throws -> String {
        let converter = try IconvConverter(from: encoding)
        var out = [UInt8](repeating: 0, count: bytes.count * 4 + 8)
        let r = Array(bytes).withUnsafeBytes { i in out.withUnsafeMutableBytes { converter.convert(i, into: $0) } }
        XCTAssertEqual(r.stop, .done)
        return String(decoding: out[0..<r.produced], as: UTF8.self)
    }

    static func encode(_ text: String, to encoding: String) throws -> [UInt8] {
        let converter = try IconvConverter(from: "UTF-8", to: encoding)
        let input = Array(text.utf8)
        var out = [UInt8](repeating: 0, count: input.count * 4 + 8)
        let r = input.withUnsafeBytes { i in out.withUnsafeMutableBytes { converter.convert(i, into: $0) } }
        precondition(r.stop == .done)
        return Array(out[0..<r.produced])
    }

    /// Every finding's `sourceRange`, cut from the original bytes and decoded, gives its value.
    static func assertSpans(_ findings: [Finding], in bytes: [UInt8], encoding: String,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        for f in findings {
            XCTAssertTrue(f.sourceRange.upperBound <= bytes.count, "span out of bounds", file: file, line: line)
            // A record's span runs over several values and what lies between them.
            guard f.sourceRange.upperBound <= bytes.count, f.kind != .record else { continue }
            XCTAssertEqual(try decode(bytes[f.sourceRange], from: encoding), f.value, file: file, line: line)
        }
    }

    /// Expected (value, line, column) triples of the numbers in UTF-8 `text`, by a plain String walk.
    static func expectedPlain(_ text: String) -> [(String, Int, Int)] {
        var result: [(String, Int, Int)] = []
        for (n, lineText) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(lineText.unicodeScalars)
            var i = 0
            while i < scalars.count {
                guard scalars[i].properties.numericType != nil, scalars[i].isASCII else { i += 1; continue }
                var j = i
                while j < scalars.count, scalars[j].isASCII, ("0"..."9").contains(Character(scalars[j])) { j += 1 }
                var value = String(String.UnicodeScalarView(scalars[i..<j]))
                if j - i == 17, j < scalars.count, scalars[j] == "X" { value += "X"; j += 1 }
                if value.count == 11 || value.count == 18 { result.append((value, n + 1, i + 1)) }
                i = max(j, i + 1)
            }
        }
        return result
    }
}

// MARK: - Encodings

final class EncodingTests: XCTestCase {
    let plain = "notes_utf8.txt"

    func expectedNotes() throws -> [(String, Int, Int)] {
        ReadTestSupport.expectedPlain(String(decoding: try ReadTestSupport.bytes(plain), as: UTF8.self))
    }

    func check(_ name: String, encoding: TextEncoding, iconvName: String, chunkSize: Int? = nil) throws {
        let (summary, findings) = try ReadTestSupport.scanFixture(name, chunkSize: chunkSize)
        XCTAssertEqual(summary, ReadSummary(format: .text, encoding: encoding), name)
        let expected = try expectedNotes()
        XCTAssertEqual(expected.count, 9)
        XCTAssertEqual(findings.map(\.value), expected.map(\.0), name)
        XCTAssertEqual(findings.map { $0.location.line }, expected.map(\.1), name)
        XCTAssertEqual(findings.map { $0.location.column }, expected.map(\.2), name)
        try ReadTestSupport.assertSpans(findings, in: try ReadTestSupport.bytes(name), encoding: iconvName)
    }

    func testUTF8() throws { try check(plain, encoding: .utf8, iconvName: "UTF-8") }
    func testGB18030() throws { try check("notes_gb18030.txt", encoding: .gb18030, iconvName: "GB18030") }
    func testUTF16LE() throws { try check("notes_utf16le.txt", encoding: .utf16LE, iconvName: "UTF-16LE") }
    func testUTF16BE() throws { try check("notes_utf16be.txt", encoding: .utf16BE, iconvName: "UTF-16BE") }

    func testSmallChunksGiveTheSameFindings() throws {
        for chunk in [64, 65, 77, 100, 131] {
            try check(plain, encoding: .utf8, iconvName: "UTF-8", chunkSize: chunk)
            try check("notes_gb18030.txt", encoding: .gb18030, iconvName: "GB18030", chunkSize: chunk)
            try check("notes_utf16le.txt", encoding: .utf16LE, iconvName: "UTF-16LE", chunkSize: chunk)
            try check("notes_utf16be.txt", encoding: .utf16BE, iconvName: "UTF-16BE", chunkSize: chunk)
        }
    }

    func testGB18030TableAgreesWithIconv() throws {
        let table = GB18030Table.entries
        XCTAssertEqual(table.count, 126 * 190)
        let zhong = table[GB18030Table.index(lead: 0xD6, trail: 0xD0)]  // 中
        XCTAssertEqual(zhong >> 24, 3)
        XCTAssertEqual([UInt8(zhong & 0xFF), UInt8(zhong >> 8 & 0xFF), UInt8(zhong >> 16 & 0xFF)], Array("中".utf8))
        // Sample the table against one-by-one iconv conversions.
        for lead in stride(from: 0x81, through: 0xFE, by: 7) {
            for trail in stride(from: 0x40, through: 0xFE, by: 5) where trail != 0x7F {
                let entry = table[GB18030Table.index(lead: UInt8(lead), trail: UInt8(trail))]
                let converter = try IconvConverter(from: "GB18030")
                var out = [UInt8](repeating: 0, count: 8)
                let r = [UInt8(lead), UInt8(trail)].withUnsafeBytes { i in out.withUnsafeMutableBytes { converter.convert(i, into: $0) } }
                if r.stop == .done {
                    let length = Int(entry >> 24)
                    XCTAssertEqual(length, r.produced)
                    XCTAssertEqual((0..<length).map { UInt8(entry >> (8 * UInt32($0)) & 0xFF) }, Array(out[0..<r.produced]))
                } else {
                    XCTAssertEqual(entry, 0)
                }
            }
        }
    }

    func testUTF16WithoutAByteOrderMarkIsText() throws {
        let text = "姓名\t手机\r\n张伟\t13912345678\r\n"
        for (encoding, name) in [(TextEncoding.utf16LE, "UTF-16LE"), (.utf16BE, "UTF-16BE")] {
            let bytes = try ReadTestSupport.encode(text, to: name)
            let (summary, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "list.txt"))
            XCTAssertEqual(summary.encoding, encoding, name)
            XCTAssertEqual(findings.filter { $0.kind == .mobile }.map(\.value), ["13912345678"], name)
        }
        // NULs anywhere: binary.
        let binary: [UInt8] = [0x89, 0x00, 0x00, 0x4E, 0x47, 0x00, 0x1A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x00, 0x00]
        XCTAssertEqual(EncodingSniffer.sniff(binary), .binary)
    }

    func testTextWithAStrayNULIsReadNotSkippedAsBinary() throws {
        // A database export that left one field empty as a NUL: its roster was skipped as binary.
        var bytes = Array("姓名,身份证号,手机\n张伟,110105200901011234,13912345678\n".utf8)
        bytes.insert(0, at: 7)
        bytes += Array(repeating: UInt8(ascii: "a"), count: 200) + [0x0A]
        let (summary, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "list.csv"))
        XCTAssertEqual(summary.encoding, .utf8)
        XCTAssertEqual(findings.filter { $0.kind == .mobile }.map(\.value), ["13912345678"])
        // Control bytes at more than one in a hundred: binary still.
        var image = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for k in stride(from: 0, to: 1000, by: 50) { image[k] = 0; image[k + 1] = 0x01 }
        XCTAssertEqual(EncodingSniffer.sniff(image), .binary)
    }

    func testUTF32IsAnErrorNotCleanText() throws {
        // Its little-endian mark opens as UTF-16's: read as UTF-16, every other character a NUL.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00, 0x31, 0x00, 0x00, 0x00, 0x33, 0x00, 0x00, 0x00]
        XCTAssertEqual(EncodingSniffer.sniff(bytes), .unreadText("UTF-32"))
        XCTAssertEqual(EncodingSniffer.sniff([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x31]), .unreadText("UTF-32"))
        XCTAssertThrowsError(try ReadTestSupport.scan(MemorySource(bytes, displayPath: "list.txt")))
    }

    func testUTF8WithAFewBadBytesIsStillUTF8() throws {
        // A file cut inside its last character, a stray byte pasted in: its Chinese still reads.
        let cut = Array("姓名,手机\n张伟,13912345678\n".utf8) + [0xE7, 0x8E]
        XCTAssertEqual(EncodingSniffer.sniff(cut), .text(.utf8, bomLength: 0))
        let stray = Array("姓名,手机\n张伟,13912345678\n".utf8) + [0xFF, 0xFE] + Array("李娜,13812345678\n".utf8)
        XCTAssertEqual(EncodingSniffer.sniff(stray), .text(.utf8, bomLength: 0))
        // GBK is not.
        let gbk = try ReadTestSupport.encode("姓名,家长姓名,手机\n张伟,张建国,13912345678\n", to: "GB18030")
        XCTAssertEqual(EncodingSniffer.sniff(gbk), .text(.gb18030, bomLength: 0))
    }

    func testLinesEndingInACarriageReturnAlone() throws {
        // Excel for Mac's "CSV (Macintosh)": CR line ends, in any encoding.
        let text = "姓名,手机\r张伟,13912345678\r李娜,13812345678\r"
        for name in ["UTF-8", "GB18030", "UTF-16LE"] {
            let bytes = try ReadTestSupport.encode(text, to: name)
            let (_, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "list.csv"))
            XCTAssertEqual(findings.map(\.value), ["13912345678", "13812345678"], name)
            XCTAssertEqual(findings.map { $0.location.line }, [2, 3], name)
            XCTAssertEqual(findings.map { $0.location.field }, ["手机", "手机"], name)
        }
        // CRLF is left alone.
        XCTAssertFalse(CarriageReturnFeed.endsLinesWithCarriageReturns(Array("a\r\nb\r\n".utf8), encoding: .utf8))
    }

    func testInvalidGBKBytesBecomeReplacementAndScanGoesOn() throws {
        var bytes = try ReadTestSupport.encode("班级：张伟", to: "GB18030")
        bytes += [0xFF] + Array("13812345678".utf8) + [0x81] + Array("13987654321,".utf8)
        bytes += [0x81, 0x30, 0x20] + Array(" 13800001111\n".utf8)   // a cut four-byte sequence
        bytes += [0x80] + Array("13911112222".utf8)                    // the euro sign of code page 936
        bytes += try ReadTestSupport.encode("中文", to: "GB18030") + [0xD6]  // lead byte at the very end
        let (summary, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "bad.txt"))
        XCTAssertEqual(summary.encoding, .gb18030)
        XCTAssertEqual(findings.map(\.value), ["13812345678", "13987654321", "13800001111", "13911112222"])
        for f in findings { XCTAssertEqual(Array(bytes[f.sourceRange]), Array(f.value.utf8)) }
        XCTAssertEqual(findings.map { $0.location.line }, [1, 1, 1, 2])
        XCTAssertEqual(findings.map { $0.location.column }, [7, 19, 35, 2])
    }

    func testGB18030LargeGeneratedTextAcrossChunks() throws {
        var text = ""
        for i in 0..<300 {
            text += "第\(i)行：学生姓名张三，手机 139\(String(format: "%08d", i * 7919))；身份证号 11010120080307012X。¥ß𠀋\n"
        }
        let expected = ReadTestSupport.expectedPlain(text)
        for (encoding, bytes, oracle) in [
            (TextEncoding.gb18030, try ReadTestSupport.encode(text, to: "GB18030"), "GB18030"),
            (.utf16LE, [0xFF, 0xFE] + (try ReadTestSupport.encode(text, to: "UTF-16LE")), "UTF-16LE"),
            (.utf16BE, [0xFE, 0xFF] + (try ReadTestSupport.encode(text, to: "UTF-16BE")), "UTF-16BE"),
        ] {
            for chunk in [64, 333, 4096, 1 << 20] {
                let (summary, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "big.log"), chunkSize: chunk)
                XCTAssertEqual(summary.encoding, encoding)
                XCTAssertEqual(findings.map(\.value), expected.map(\.0), "\(encoding) \(chunk)")
                XCTAssertEqual(findings.map { $0.location.line! }, expected.map(\.1), "\(encoding) \(chunk)")
                XCTAssertEqual(findings.map { $0.location.column! }, expected.map(\.2), "\(encoding) \(chunk)")
                try ReadTestSupport.assertSpans(findings, in: bytes, encoding: oracle)
            }
        }
    }

    func testUTF8BOMSpansCountTheBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("电话13812345678\n".utf8)
        let (summary, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "a.txt"))
        XCTAssertEqual(summary.encoding, .utf8BOM)
        XCTAssertEqual(findings.first?.sourceRange, 9..<20)
        XCTAssertEqual(findings.first?.location.column, 3)
    }
}
