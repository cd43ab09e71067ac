import Foundation
import XCTest

/// A value a fixture generator planted (fixtures/json, fixtures/sql: EXPECTED.json's `findings`),
/// and what the binary reported: kind, 1-based line, 1-based character column, field, value.
struct PlantedValue: Hashable {
    let kind: String
    let line: Int
    let column: Int
    let field: String?
    let value: String

    init(_ object: [String: Any]) {
        kind = object["kind"] as! String
        line = object["line"] as! Int
        column = object["column"] as! Int
        field = object["field"] as? String
        value = object["value"] as! String
    }

    /// The planted values of each file of a fixture folder's EXPECTED.json, by file name.
    static func oracle(_ folder: String) throws -> [String: [PlantedValue]] {
        let url = Leakscan.repositoryRoot.appendingPathComponent(folder).appendingPathComponent("EXPECTED.json")
        let oracle = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var files: [String: [PlantedValue]] = [:]
        for (name, entry) in oracle {
            guard let entry = entry as? [String: Any], let findings = entry["findings"] as? [[String: Any]] else { continue }
            files[name] = findings.map(PlantedValue.init)
        }
        return files
    }

    /// `folder`'s EXPECTED.json names exactly `files`, and the binary finds in each every value
    /// planted there, at its place under its field, and nothing else.
    static func assertEveryPlantedValueIsFound(in folder: String, files: Set<String>,
                                               file: StaticString = #filePath, line: UInt = #line) throws {
        let oracle = try oracle(folder)
        XCTAssertEqual(Set(oracle.keys), files, file: file, line: line)
        for (name, planted) in oracle {
            let found = try found(in: "\(folder)/\(name)", file: file, line: line)
            XCTAssertEqual(Set(found), Set(planted), name, file: file, line: line)
            XCTAssertEqual(found.count, planted.count, name, file: file, line: line)
        }
    }

    /// The values `leakscan scan --format jsonl --show-values` reports in `path` (records left out).
    static func found(in path: String, file: StaticString = #filePath, line: UInt = #line) throws -> [PlantedValue] {
        let run = try Leakscan.run(["scan", "--format", "jsonl", "--show-values", path])
        XCTAssertEqual(run.status, 1, path + run.stderr, file: file, line: line)
        return run.objects(ofType: "finding").filter { $0["kind"] as? String != "record" }.map(PlantedValue.init)
    }
}

/// A value the binary reported, with everything that places it but its member: compares the
/// findings of a file held in a container (an archive's entry, a message's attachment) with
/// those of the same file scanned alone.
struct ReportedValue: Hashable {
    let kind: String
    let value: String
    let line: Int?
    let column: Int?
    let sheet: String?
    let cell: String?
    let field: String?

    init(_ o: [String: Any]) {
        kind = o["kind"] as! String
        value = o["value"] as! String
        line = o["line"] as? Int
        column = o["column"] as? Int
        sheet = o["sheet"] as? String
        cell = o["cell"] as? String
        field = o["field"] as? String
    }
}
