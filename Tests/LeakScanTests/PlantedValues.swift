import Foundation
@testable import LeakScan

/// The oracle a fixture script writes beside fixtures located by line (fixtures/vcard,
/// fixtures/text_tables): EXPECTED.json's files, each with the kind, line, field and value of
/// every value planted in it.
enum PlantedValues {
    struct Value: Decodable {
        var kind: String
        var line: Int
        var field: String?
        var value: String
    }

    private struct Manifest: Decodable { var files: [String: [Value]] }

    static func load(_ folder: URL) throws -> [String: [Value]] {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("EXPECTED.json"))).files
    }

    /// `kind line field value` of each planted value, as findings are described.
    static func described(_ values: [Value]) -> [String] {
        values.map { "\($0.kind) \($0.line) \($0.field ?? "-") \($0.value)" }
    }

    /// `kind line field value` of each finding.
    static func described(_ found: [Finding]) -> [String] {
        found.map { "\($0.kind.rawValue) \($0.location.line ?? 0) \($0.location.field ?? "-") \($0.value)" }
    }
}
