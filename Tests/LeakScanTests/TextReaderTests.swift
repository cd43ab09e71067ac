import XCTest
@testable import LeakScan

/// Matches an 11-digit group only when "TEL" appears in the 16 bytes before it: needs the context.
final class KeywordBeforeDetector: Detector, @unchecked Sendable {
    init() { super.init(trigger: .number) }
    override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        guard token.groups.count == 1, let g = token.groups.first, g.count == 11 else { return }
        let from = max(0, g.lowerBound - 16)
        let before = Array(context.window[from..<g.lowerBound])
        if String(decoding: before, as: UTF8.self).contains("TEL") {
            matches.append(Match(kind: .mobile, confidence: .high, range: g))
        }
    }
}

final class TextReaderTests: XCTestCase {
    func testLinesAndCharacterColumns() throws {
        let text = "第一行没有号码\r\n学生：张伟，手机13812345678，备用 13987654321\n\n  13800001111\n𠀋𠀋13911112222"
        let (summary, findings) = try ReadTestSupport.scan(MemorySource(text, displayPath: "a.md"))
        XCTAssertEqual(summary, ReadSummary(format: .text, encoding: .utf8))
        let expected = ReadTestSupport.expectedPlain(text)
        XCTAssertEqual(findings.map(\.value), expected.map(\.0))
        XCTAssertEqual(findings.map { $0.location.line! }, [2, 2, 4, 5])
        XCTAssertEqual(findings.map { $0.location.column! }, [9, 24, 3, 3])
        let bytes = Array(text.utf8)
        for f in findings { XCTAssertEqual(String(decoding: bytes[f.sourceRange], as: UTF8.self), f.value) }
    }

    func testValuesAcrossChunkBoundariesAreFoundOnce() throws {
        // Numbers at every alignment against small chunks, separated by various non-value bytes.
        var text = ""
        let separators = [",", "；", "\n", "(", ":", "。", "/"]
        for i in 0..<200 {
            text += String(repeating: "x", count: i % 13) + separators[i % separators.count]
            text += "139\(String(format: "%08d", i * 37))" + separators[(i + 3) % separators.count]
        }
        let expected = ReadTestSupport.expectedPlain(text)
        XCTAssertEqual(expected.count, 200)
        let bytes = Array(text.utf8)
        for chunk in 64...96 {
            let (_, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "n.log"), chunkSize: chunk)
            XCTAssertEqual(findings.map(\.value), expected.map(\.0), "chunk \(chunk)")
            XCTAssertEqual(findings.map { $0.location.line! }, expected.map(\.1), "chunk \(chunk)")
            XCTAssertEqual(findings.map { $0.location.column! }, expected.map(\.2), "chunk \(chunk)")
            for f in findings { XCTAssertEqual(String(decoding: bytes[f.sourceRange], as: UTF8.self), f.value) }
        }
    }

    func testValuesInFullwidthDigitsOrWithDashesAcrossChunkBoundariesAreFoundOnce() throws {
        // Fullwidth digits and dashes are written in ASCII for detection: no piece may end
        // inside such a value, nor between a pair of dashes, which fold as one hyphen.
        func fullwidth(_ digits: String) -> String {
            String(String.UnicodeScalarView(digits.unicodeScalars.map { Unicode.Scalar($0.value - 0x30 + 0xFF10)! }))
        }
        var text = ""
        for i in 0..<60 {
            text += String(repeating: "x", count: i % 11) + "，0371——6\(String(format: "%07d", i * 41))；"
            text += String(repeating: "学", count: i % 5) + "，" + fullwidth("139\(String(format: "%08d", i * 37))") + "；"
        }
        let bytes = Array(text.utf8)
        for chunk in 64...96 {
            let (_, findings) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "d.log"), chunkSize: chunk,
                                                         detectors: StandardDetectors.all())
            XCTAssertEqual(findings.map(\.kind), Array(repeating: [Kind.landline, .mobile], count: 60).flatMap { $0 }, "chunk \(chunk)")
            for f in findings { XCTAssertEqual(String(decoding: bytes[f.sourceRange], as: UTF8.self).count, f.kind == .landline ? 14 : 11) }
        }
    }

    func testContextBeforeTheCutReachesDetectors() throws {
        var text = ""
        for i in 0..<100 { text += "\(String(repeating: "y", count: i % 7))TEL:139\(String(format: "%08d", i))\n" }
        for chunk in [64, 70, 81] {
            let (_, findings) = try ReadTestSupport.scan(MemorySource(text, displayPath: "t.log"), chunkSize: chunk,
                                                         detectors: [KeywordBeforeDetector()])
            XCTAssertEqual(findings.count, 100, "chunk \(chunk)")
        }
    }

    func testLongLineWithoutNewlineInBoundedMemory() throws {
        // 6 MB on one line: values every ~40 bytes, Chinese text in between.
        let unit = Array("学生家长,13812345678;备注:abc ".utf8)
        let repeats = 6_000_000 / unit.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unit.count * repeats)
        for _ in 0..<repeats { bytes += unit }
        for encoding in [TextEncoding.utf8, .gb18030] {
            let input = encoding == .utf8 ? bytes : try ReadTestSupport.encode(String(decoding: bytes, as: UTF8.self), to: "GB18030")
            let source = MemorySource(input, displayPath: "long.log")
            let engine = DetectionEngine(detectors: [ReadTestDetector()])
            var sink = ReadTestSink()
            let buffer = try SourceReader.makeBuffer(source, encoding: encoding, bomLength: 0, chunkSize: 1 << 20)
            try TextReader(buffer: buffer).scan(engine: engine, sink: &sink)
            XCTAssertEqual(sink.findings.count, repeats)
            XCTAssertEqual(buffer.capacity, (1 << 20) + 4 * TextReader.contextLength)  // never grew
            XCTAssertEqual(sink.findings.last?.location.line, 1)
            let unitChars = String(decoding: unit, as: UTF8.self).unicodeScalars.count
            XCTAssertEqual(sink.findings.last?.location.column, (repeats - 1) * unitChars + 6)
            if let map = buffer.feed.mapping.map { XCTAssertLessThan(map.checkpointCount, 2000) }
            let last = sink.findings.last!
            XCTAssertEqual(Array(input[last.sourceRange]), Array(last.value.utf8))
        }
    }

    func testLongRunsWithoutCutBytes() throws {
        // Letters and spaces only (cut after a space between non-digits), then a 3 MB run of
        // letters (forced cut), then a run of letters and digits longer than the small chunk.
        var text = String(repeating: "lorem ipsum dolor ", count: 200_000) + "13812345678 "
        text += String(repeating: "abc", count: 1_000_000) + ",13987654321 "
        text += String(repeating: "ab1", count: 3_000) + ",13800001111"
        let expected = ["13812345678", "13987654321", "13800001111"]
        let (_, findings) = try ReadTestSupport.scan(MemorySource(text, displayPath: "r.log"))
        XCTAssertEqual(findings.map(\.value), expected)
        let (_, small) = try ReadTestSupport.scan(MemorySource(text, displayPath: "r.log"), chunkSize: 4096)
        XCTAssertEqual(small.map(\.value), expected)
        let bytes = Array(text.utf8)
        for f in small { XCTAssertEqual(String(decoding: bytes[f.sourceRange], as: UTF8.self), f.value) }
    }

    func testValuesInARunWithoutSeparatorsAreNotCutApart() throws {
        // 1.3 MB of numbers between letters, no byte a value cannot hold: the forced cuts fall
        // between letters, never inside a number, whatever the chunking; in a CSV field and a
        // JSON string as long, too.
        let run = String(repeating: "x13812345678y", count: 100_000)
        for (name, text) in [("r.log", run), ("r.csv", "note\n\"" + run + "\"\n"), ("r.json", "{\"log\": \"" + run + "\"}")] {
            for chunk in [4096, 1 << 20] {
                let (_, found) = try ReadTestSupport.scan(MemorySource(text, displayPath: name), chunkSize: chunk)
                XCTAssertEqual(found.count, 100_000, "\(name), chunks of \(chunk)")
                XCTAssertTrue(found.allSatisfy { $0.value == "13812345678" }, name)
            }
        }
    }

    func testCountingSinkGivesTheSameCounts() throws {
        let engine = DetectionEngine(detectors: [ReadTestDetector()])
        for name in ["notes_utf8.txt", "notes_gb18030.txt", "notes_utf16le.txt"] {
            var sink = ReadTestSink(wantsDetails: false)
            _ = try SourceReader.scan(FileSource(path: ReadTestSupport.fixture(name)), engine: engine, sink: &sink, chunkSize: 64)
            XCTAssertEqual(sink.counts[.mobile], 5, name)
            XCTAssertEqual(sink.counts[.cnID], 4, name)
        }
    }

    func testStandardDetectorsOnEveryEncoding() throws {
        let ids = ["11010120080307012X", "410105200906150276", "110101200711220354", "410105200801010488"]
        for (name, oracle) in [("notes_utf8.txt", "UTF-8"), ("notes_gb18030.txt", "GB18030"),
                               ("notes_utf16le.txt", "UTF-16LE"), ("notes_utf16be.txt", "UTF-16BE"),
                               ("excel_gbk.csv", "GB18030"), ("excel_unicode.txt", "UTF-16LE")] {
            let (_, findings) = try ReadTestSupport.scan(FileSource(path: ReadTestSupport.fixture(name)),
                                                         detectors: StandardDetectors.all())
            XCTAssertEqual(findings.filter { $0.kind == .cnID }.map(\.value), ids, name)
            var bytes = try ReadTestSupport.bytes(name)
            if oracle.hasPrefix("UTF-16") { bytes[0] = 0; bytes[1] = 0 }  // the spans never include the BOM
            try ReadTestSupport.assertSpans(findings, in: bytes, encoding: oracle)
        }
    }
}

/// Percent-encoded query strings in logs: decoded in their place, located at their escapes.
final class PercentEncodedTextTests: XCTestCase {
    func testAQueryStringIsReadDecodedWhereItsEscapesStand() throws {
        let line = "GET /signup?xm=%E5%BC%A0%E4%BC%9F&sfzh=410105200803121237&jtzz="
            + "%E6%B2%B3%E5%8D%97%E7%9C%81%E9%83%91%E5%B7%9E%E5%B8%82%E9%87%91%E6%B0%B4%E5%8C%BA%E7%BB%8F%E4%B8%89%E8%B7%AF12%E5%8F%B7"
            + " 200\n增长 50% 左右\n"
        let bytes = Array(line.utf8)
        for chunk in [nil, 64] as [Int?] {
            let (_, found) = try ReadTestSupport.scan(MemorySource(bytes, displayPath: "access.log"), chunkSize: chunk,
                                                      detectors: StandardDetectors.all())
            XCTAssertEqual(found.map(\.kind), [.name, .cnID, .address], "chunks of \(String(describing: chunk))")
            XCTAssertEqual(found.map(\.value), ["张伟", "410105200803121237", "河南省郑州市金水区经三路12号"])
            let name = try XCTUnwrap(found.first)
            XCTAssertEqual(String(decoding: bytes[name.sourceRange], as: UTF8.self), "%E5%BC%A0%E4%BC%9F")
            XCTAssertEqual(name.location.column, 16)
        }
    }

    func testRunsNeedEncodedCharactersNotJustPercentSigns() {
        let text = Array("增长 50% 左右，a%20b%2C c, 100%%".utf8)
        text.withUnsafeBufferPointer { t in
            XCTAssertNil(PercentEncodedRuns.next(in: t, 0..<t.count))
        }
        let encoded = Array("q=%E5%BC%A0+x&y=1".utf8)
        encoded.withUnsafeBufferPointer { t in
            XCTAssertEqual(PercentEncodedRuns.next(in: t, 0..<t.count), 2..<13)
        }
    }
}

/// `\u`-escaped JSON in log lines (Python's `json.dumps` by default): decoded in their place,
/// located at their escapes.
final class UnicodeEscapedTextTests: XCTestCase {
    private func scan(_ bytes: [UInt8], chunkSize: Int? = nil) throws -> [Finding] {
        try ReadTestSupport.scan(MemorySource(bytes, displayPath: "app.log"), chunkSize: chunkSize,
                                 detectors: StandardDetectors.all()).1.filter { $0.kind != .record }
    }

    func testJSONWrittenASCIIOnlyIsReadDecodedWhereItsEscapesStand() throws {
        let id = SyntheticID.make(region: "410105", birth: "20080312", order: "123")
        // 河南省郑州市金水区经三路12号, its number plain among the escapes.
        let address = #"\u6cb3\u5357\u7701\u90d1\u5dde\u5e02\u91d1\u6c34\u533a\u7ecf\u4e09\u8def12\u53f7"#
        let line = #"2024-03-12 10:00:01 INFO resp={"xm": "\u5f20\u4f1f", "sfzh": "\#(id)", "jtzz": "\#(address)"}"#
            + "\n2024-03-12 10:00:02 INFO saved C:\\Users\\teacher\\u0041\\名单.xlsx\n"
        let bytes = Array(line.utf8)
        for chunk in [nil, 64] as [Int?] {
            let found = try scan(bytes, chunkSize: chunk)
            XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" },
                           ["name 张伟", "cn_id \(id)", "address 河南省郑州市金水区经三路12号"], "chunks of \(String(describing: chunk))")
            let name = try XCTUnwrap(found.first)
            XCTAssertEqual(String(decoding: bytes[name.sourceRange], as: UTF8.self), #"\u5f20\u4f1f"#)
            XCTAssertEqual(name.location.line, 1)
            XCTAssertEqual(name.location.column, 39)
            XCTAssertEqual(String(decoding: bytes[found[2].sourceRange], as: UTF8.self), address)
        }
    }

    func testRunsNeedEscapesBeyondASCIIAndWholeEscapes() {
        for text in [#"C:\Users\teacher\new\u0041"#, #"\\server\share \u00"#, #"\uZZZZ\u5f2"#, "no escape"] {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { t in XCTAssertNil(UnicodeEscapeRuns.next(in: t, 0..<t.count), text) }
        }
        let bytes = Array(#"a \u0041\u5f20b2 c"#.utf8)
        bytes.withUnsafeBufferPointer { t in XCTAssertEqual(UnicodeEscapeRuns.next(in: t, 0..<t.count), 2..<16) }
    }

    func testASurrogatePairIsOneCharacterAndAHalfIsNone() {
        // 𠮷 (U+20BB7) as its pair; a high half alone is a replacement character.
        let bytes = Array(#"xm=\u5f20\ud842\udfb7 \ud842"#.utf8)
        let decoded = DecodedText()
        bytes.withUnsafeBufferPointer { t in
            let pair = UnicodeEscapeRuns.next(in: t, 0..<t.count)!
            XCTAssertEqual(pair, 3..<21)
            let start = UnicodeEscapeRuns.decode(t, pair, textStart: 0, into: decoded)
            XCTAssertEqual(String(decoding: decoded.bytes, as: UTF8.self), "xm=张𠮷")
            XCTAssertEqual(start, 3)
            XCTAssertEqual(Array(decoded.offsets[6...]), [9, 9, 9, 9, 21])      // 𠮷's four bytes: its pair
            let half = UnicodeEscapeRuns.next(in: t, 21..<t.count)!
            _ = UnicodeEscapeRuns.decode(t, half, textStart: 0, into: decoded)
            XCTAssertEqual(String(decoding: decoded.bytes, as: UTF8.self), #"xm=\u5f20\ud842\udfb7 "# + "\u{FFFD}")   // its line before it, as it stands
        }
    }

    func testALongLineIsNeverCutInsideAnEscape() throws {
        // One line of 300 records, through buffers far smaller than it: each name found.
        let record = #"{"xm": "\u5f20\u4f1f", "yw": 98}, "#
        let bytes = Array(("resp=[" + String(repeating: record, count: 300) + "]\n").utf8)
        for chunk in [64, 100, 257] {
            XCTAssertEqual(try scan(bytes, chunkSize: chunk).filter { $0.kind == .name }.count, 300, "chunks of \(chunk)")
        }
    }
}
