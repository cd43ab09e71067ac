import Foundation
import XCTest

/// Runs the built binary on fixtures/demo and checks its output against fixtures/demo/EXPECTED.json,
/// which scripts/generate_roster.py writes next to the data it plants.
final class DemoFixturesTests: XCTestCase {
    private struct Expected {
        let path: String
        let kind: String
        let line: Int
        /// Nil for a `record` (a whole row or line).
        let column: Int?
        let field: String?
        let confidence: String
        let value: String
    }

    private func expected(_ key: String) throws -> [Expected] {
        let url = Leakscan.repositoryRoot.appendingPathComponent("fixtures/demo/EXPECTED.json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [String: [String: Any]])
        return files.values.flatMap { file -> [Expected] in
            let path = file["path"] as! String
            return (file[key] as? [[String: Any]] ?? []).map {
                Expected(path: path, kind: $0["kind"] as! String, line: $0["line"] as! Int, column: $0["column"] as? Int,
                         field: $0["field"] as? String, confidence: $0["confidence"] as! String, value: $0["value"] as! String)
            }
        }
    }

    private func key(_ path: String, _ kind: String, _ line: Int, _ column: Int?, _ field: String?, _ confidence: String) -> String {
        "\(path)|\(kind)|\(line)|\(column.map(String.init) ?? "-")|\(field ?? "-")|\(confidence)"
    }

    private func keys(_ run: BinaryRun) -> [String] {
        run.objects(ofType: "finding").map {
            key($0["path"] as! String, $0["kind"] as! String, $0["line"] as! Int, $0["column"] as? Int,
                $0["field"] as? String, $0["confidence"] as! String)
        }.sorted()
    }

    func testJSONLReportsExactlyThePlantedFindings() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/demo"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let want = try expected("findings").map { key($0.path, $0.kind, $0.line, $0.column, $0.field, $0.confidence) }.sorted()
        XCTAssertFalse(want.isEmpty)
        XCTAssertEqual(keys(run), want)
        XCTAssertEqual(run.objects(ofType: "error").count, 0, run.stdout)
        // The ignored export never shows up.
        XCTAssertFalse(run.stdout.contains("old_export.bak"))
    }

    func testValuesAreMaskedUnlessAsked() throws {
        let values = try expected("findings").map(\.value).filter { !$0.isEmpty }
        for format in ["human", "jsonl"] {
            let run = try Leakscan.run(["scan", "--format", format, "fixtures/demo"])
            for value in values { XCTAssertFalse(run.stdout.contains(value), "\(format) output leaks \(value)") }
        }
        let shown = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", "fixtures/demo"])
        let printed = Set(shown.objects(ofType: "finding").compactMap { $0["value"] as? String }.filter { !$0.isEmpty })
        XCTAssertEqual(printed, Set(values))
    }

    func testByteSpansPointAtTheValues() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", "fixtures/demo"])
        for finding in run.objects(ofType: "finding") {
            let path = finding["path"] as! String
            let bytes = try Data(contentsOf: Leakscan.repositoryRoot.appendingPathComponent(path))
            let span = bytes[(finding["byte_start"] as! Int)..<(finding["byte_end"] as! Int)]
            let value = finding["value"] as! String
            // A record has no value of its own: its span runs from its first value to its last.
            if finding["kind"] as? String == "record" {
                XCTAssertEqual(value, "")
                XCTAssertFalse((finding["joins"] as? [String] ?? []).isEmpty, "\(finding)")
                XCTAssertLessThan(finding["byte_start"] as! Int, finding["byte_end"] as! Int)
                continue
            }
            // GBK files hold ASCII values byte for byte; compare the ASCII ones there.
            if path.hasSuffix("家长联系表.csv") {
                guard value.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            }
            XCTAssertEqual(String(decoding: span, as: UTF8.self), value, "\(path) \(finding)")
        }
    }

    func testOrganisationalContactsOnlyWithIncludeOrg() throws {
        let organisational = try expected("organisational")
        XCTAssertFalse(organisational.isEmpty)
        let plain = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/demo"])
        XCTAssertFalse(plain.objects(ofType: "finding").contains { $0["organisational"] != nil })
        let included = try Leakscan.run(["scan", "--format", "jsonl", "--include-org", "fixtures/demo"])
        let shown = included.objects(ofType: "finding").filter { $0["organisational"] as? Bool == true }
        XCTAssertEqual(Set(shown.map { "\($0["path"]!)|\($0["line"]!)|\($0["column"]!)" }),
                       Set(organisational.map { "\($0.path)|\($0.line)|\($0.column!)" }))
    }

    func testCountsFormat() throws {
        let run = try Leakscan.run(["scan", "--format", "counts", "--threads", "1", "fixtures/demo"])
        XCTAssertEqual(run.status, 1)
        var want: [String: [String: Int]] = [:]
        for e in try expected("findings") { want[e.path, default: [:]][e.kind, default: 0] += 1 }
        var got: [String: [String: Int]] = [:]
        for object in run.objects(ofType: "counts") {
            let counts = object["counts"] as! [String: Int]
            if !counts.isEmpty { got[object["path"] as! String] = counts }
        }
        XCTAssertEqual(got, want)
        XCTAssertFalse(run.stdout.contains("masked"))
    }

    func testHumanReportInBothLanguages() throws {
        let zh = try Leakscan.run(["scan", "fixtures/demo"], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stdout.contains("身份证号"), zh.stdout)
        XCTAssertTrue(zh.stdout.contains("结论：发现个人信息"), zh.stdout)
        let en = try Leakscan.run(["scan", "--lang", "en", "fixtures/demo"], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(en.stdout.contains("resident ID"), en.stdout)
        XCTAssertTrue(en.stdout.contains("Result: personal data found"), en.stdout)
        XCTAssertTrue(en.stdout.contains("fixtures/demo/花名册_2024级.csv: holds personal data"), en.stdout)
    }

    func testSameOutputWithOneThreadAndMany() throws {
        let one = try Leakscan.run(["scan", "--format", "jsonl", "--threads", "1", "fixtures"])
        let many = try Leakscan.run(["scan", "--format", "jsonl", "--threads", "4", "fixtures"])
        XCTAssertEqual(one.stdout, many.stdout)
        XCTAssertEqual(one.status, many.status)
    }
}
