import XCTest
@testable import LeakScan

/// The data in patterns/ is compiled in; these tests keep the compiled copy honest.
final class PatternFilesTests: XCTestCase {
    private let patterns = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("patterns")

    func testEmbeddedCopiesMatchPatternFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: patterns.path).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(Set(names), Set(EmbeddedPatterns.files.keys), "run scripts/embed_patterns.py")
        for name in names {
            let text = try String(contentsOf: patterns.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(EmbeddedPatterns.files[name], text, "\(name) changed: run scripts/embed_patterns.py")
        }
    }

    func testEveryPatternFileNamesItsSource() {
        for (name, text) in EmbeddedPatterns.files {
            let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n").lowercased()
            XCTAssertTrue(header.contains("source"), "\(name) must say where its data comes from")
        }
    }

    func testPatternFileParsing() {
        let file = PatternFile(name: "t", text: "# source: here\n\na\tb\r\n#c\nd\t\te\n")
        XCTAssertEqual(file.rows, [["a", "b"], ["d", "", "e"]])
    }
}
