import Foundation
import XCTest

/// JSON files written by real writers (Python's json, Node's JSON.stringify), through the built
/// binary: every planted value found at its line and character column, under its key, and
/// nothing else.
final class JSONTests: XCTestCase {
    private struct Expected: Hashable {
        let kind: String
        let line: Int
        let column: Int
        let field: String?
        let value: String
    }

    private func expected() throws -> [String: [Expected]] {
        let url = Leakscan.repositoryRoot.appendingPathComponent("fixtures/json/EXPECTED.json")
        let oracle = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var files: [String: [Expected]] = [:]
        for (name, entry) in oracle {
            guard let entry = entry as? [String: Any], let findings = entry["findings"] as? [[String: Any]] else { continue }
            files[name] = findings.map {
                Expected(kind: $0["kind"] as! String, line: $0["line"] as! Int, column: $0["column"] as! Int,
                         field: $0["field"] as? String, value: $0["value"] as! String)
            }
        }
        return files
    }

    func testEveryPlantedValueIsFoundUnderItsKeyAndNothingElse() throws {
        let files = try expected()
        XCTAssertEqual(Set(files.keys), ["class_ascii.json", "students.jsonl", "node_export.json", "keyed_by_name.json"])
        for (name, planted) in files {
            let run = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", "fixtures/json/\(name)"])
            XCTAssertEqual(run.status, 1, name + run.stderr)
            let found = run.objects(ofType: "finding").filter { $0["kind"] as? String != "record" }.map {
                Expected(kind: $0["kind"] as! String, line: $0["line"] as! Int, column: $0["column"] as! Int,
                         field: $0["field"] as? String, value: $0["value"] as! String)
            }
            XCTAssertEqual(Set(found), Set(planted), name)
            XCTAssertEqual(found.count, planted.count, name)
        }
    }

    func testEachObjectOfAnArrayIsARecord() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/json/class_ascii.json"])
        let records = run.objects(ofType: "finding").filter { $0["kind"] as? String == "record" }
        // The teacher, three students and their six guardians: each object its own record.
        XCTAssertEqual(records.count, 10)
        XCTAssertEqual(records.filter { ($0["joins"] as? [String])?.contains("cn_id") == true }.count, 3)
    }

    func testTheOrganisationsOwnNumberIsNotReported() throws {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", "fixtures/json/class_ascii.json"])
        XCTAssertFalse(run.objects(ofType: "finding").contains { $0["kind"] as? String == "landline" })
    }
}
