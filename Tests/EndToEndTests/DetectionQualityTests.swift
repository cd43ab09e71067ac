import Foundation
import XCTest

/// Precision and recall of names and addresses on the labelled fixtures (fixtures/labelled),
/// measured by scripts/evaluate_detection.py through the built binary, against the targets of
/// README ("Names and addresses"): the same numbers a person gets by running the script.
final class DetectionQualityTests: XCTestCase {
    func testNamesAndAddressesMeetTheirTargets() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/evaluate_detection.py", "--json", "--binary", Leakscan.binary.path,
                             "fixtures/labelled"]
        process.currentDirectoryURL = Leakscan.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any],
                                   "the evaluator printed no JSON (is python3 installed?)")
        let rows = try XCTUnwrap(report["rows"] as? [[String: Any]])
        for row in rows where row["target"] is [String: Any] {
            let name = "\(row["category"]!) \(row["kind"]!): P \(row["precision"]!) R \(row["recall"]!)"
            XCTAssertEqual(row["met"] as? Bool, true, name)
        }
        XCTAssertEqual((report["clean"] as? [String: Any])?["findings"] as? Int, 0, "findings on the clean set")
        XCTAssertEqual(report["all_met"] as? Bool, true)
        XCTAssertEqual(process.terminationStatus, 0)
        // The set is big enough to mean something.
        XCTAssertGreaterThan((report["labels"] as? Int) ?? 0, 1500)
    }
}
