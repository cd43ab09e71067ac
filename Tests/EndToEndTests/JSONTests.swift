import Foundation
import XCTest

/// JSON files written by real writers (Python's json, Node's JSON.stringify), through the built
/// binary: every planted value found at its line and character column, under its key, and
/// nothing else.
final class JSONTests: XCTestCase {
    func testEveryPlantedValueIsFoundUnderItsKeyAndNothingElse() throws {
        try PlantedValue.assertEveryPlantedValueIsFound(in: "fixtures/json", files: ["class_ascii.json", "students.jsonl", "node_export.json", "keyed_by_name.json"])
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
