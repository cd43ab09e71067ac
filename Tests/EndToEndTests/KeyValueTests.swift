import Foundation
import XCTest

/// YAML, Java properties and INI files written by real writers (PyYAML, java.util.Properties,
/// Python's configparser), through the built binary: every planted value found at its line and
/// character column, under its key, escapes decoded, and nothing else.
final class KeyValueTests: XCTestCase {
    func testEveryPlantedValueIsFoundUnderItsKeyAndNothingElse() throws {
        try PlantedValue.assertEveryPlantedValueIsFound(in: "fixtures/keyvalue", files: ["students.yaml", "students_escaped.yml", "contacts.properties", "contacts.ini"])
    }

    func testEachStudentIsARecordWithTheirGuardian() throws {
        for name in ["students.yaml", "students_escaped.yml", "contacts.ini"] {
            let run = try Leakscan.run(["scan", "--format", "jsonl", "fixtures/keyvalue/\(name)"])
            let records = run.objects(ofType: "finding").filter { $0["kind"] as? String == "record" }
            XCTAssertEqual(records.count, 3, name)
            XCTAssertTrue(records.allSatisfy { Set($0["joins"] as? [String] ?? []) == ["name", "cn_id", "mobile", "address"] }, name)
        }
    }
}
