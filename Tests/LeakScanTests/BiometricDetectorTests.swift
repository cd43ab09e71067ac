import Foundation
import XCTest
@testable import LeakScan

/// Face and fingerprint templates under a biometric column, key or label: base64, hex or a list
/// of numbers, long enough to be a template; short values, paths, digests and templates'
/// look-alikes under other headers are not.
final class BiometricDetectorTests: XCTestCase {
    /// `count` random bytes (a fixed seed), as a template's bytes.
    private static func randomBytes(_ count: Int, seed: UInt64 = 20250311) -> [UInt8] {
        var rng = SplitMix64(state: seed)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    /// A face's 128-float feature vector in base64, as terminals export it (684 characters).
    private static let faceFeature = Data(randomBytes(512)).base64EncodedString()
    /// A ZKTeco fingerprint template in hex.
    private static let fingerHex = randomBytes(300, seed: 7).map { String(format: "%02X", $0) }.joined()
    /// A 128-float vector written out as a list.
    private static let vector = "[" + (0..<128).map { k in String(format: "%.4f", sin(Double(k)) / 10) }.joined(separator: ", ") + "]"

    private func scan(_ text: String, name: String) throws -> [Finding] {
        try ReadTestSupport.scanData(Array(text.utf8), name: name).1
    }

    private func biometric(_ found: [Finding]) -> [Finding] { found.filter { $0.kind == .biometric } }

    func testACSVColumnOfFaceFeaturesKeyedByAPersonNumber() throws {
        let found = try scan("人员编号,人脸特征值\nP2024001,\(Self.faceFeature)\nP2024002,\"\(Self.vector)\"\n", name: "face.csv")
        XCTAssertEqual(found.map(\.kind), [.biometric, .biometric])
        XCTAssertEqual(found.map { $0.location.field }, ["人脸特征值", "人脸特征值"])
        XCTAssertEqual(found.first?.value, Self.faceFeature)
        XCTAssertEqual(found.last?.value, Self.vector)
    }

    func testAJSONKeyAndAURLSafeTemplate() throws {
        let urlSafe = Self.faceFeature.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let json = "[{\"personNo\":\"P1\",\"faceFeature\":\"\(Self.faceFeature)\"},{\"personNo\":\"P2\",\"face_feature\":\"\(urlSafe)\"},"
            + "{\"personNo\":\"P3\",\"fingerTemplate\":\"\(Self.fingerHex)\"}]"
        let found = try scan(json, name: "export.json")
        XCTAssertEqual(found.map(\.kind), [.biometric, .biometric, .biometric])
        XCTAssertEqual(found.map(\.value), [Self.faceFeature, urlSafe, Self.fingerHex])
    }

    func testAZKTecoTemplateTableInSQL() throws {
        let sql = "INSERT INTO TEMPLATE (USERID,FINGERID,TEMPLATE) VALUES (1,6,'\(Self.faceFeature)'),(2,3,'\(Self.fingerHex)');\n"
        let found = try scan(sql, name: "att.sql")
        XCTAssertEqual(found.map(\.kind), [.biometric, .biometric])
        XCTAssertEqual(found.map { $0.location.field }, ["TEMPLATE", "TEMPLATE"])
    }

    func testAWorkbookFromARealWriter() throws {
        let path = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("biometric/face_features.xlsx").path
        let (_, found) = try ReadTestSupport.scanWithEveryDetector(FileSource(path: path))
        XCTAssertEqual(biometric(found).map { $0.location.cell }, ["C2", "C3", "C4"])
        XCTAssertEqual(biometric(found).map(\.value.count), [684, 684, 684])
        // The algorithm's version beside it is no template.
        XCTAssertEqual(found.count, 3)
    }

    func testALabelInText() throws {
        let found = try scan("学生：P2024001\n特征值：\(Self.faceFeature)\n指纹模板 = \(Self.fingerHex)。\n", name: "log.txt")
        XCTAssertEqual(found.map(\.kind), [.biometric, .biometric])
        XCTAssertEqual(found.map(\.value), [Self.faceFeature, Self.fingerHex])
        XCTAssertEqual(found.map { $0.location.line }, [2, 3])
    }

    func testNoTemplateWithoutItsHeaderOrLabel() throws {
        // A blob under another header, or in text without a label, is a key, a token, a file.
        XCTAssertEqual(try scan("人员编号,签名\nP1,\(Self.faceFeature)\n", name: "a.csv"), [])
        XCTAssertEqual(try scan("备注：\(Self.faceFeature)\n", name: "a.txt"), [])
        XCTAssertEqual(try scan("{\"token\":\"\(Self.faceFeature)\"}", name: "a.json"), [])
    }

    func testShortValuesPathsAndDigestsAreNoTemplates() throws {
        let md5 = "9e107d9d372bb6826bd81d3542a419d6"
        let sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        let cells = ["1", "V3.1.2", "已采集", md5, sha256, String(Self.faceFeature.prefix(60)),
                     "/data/face/images/2024/P2024001/front_view_high_resolution_0001_capture.jpg",
                     "D:\\FaceDB\\Templates\\Class2024\\Student0001\\FrontViewHighResolutionCapture01",
                     "faces/Class2024/Student0001/FrontView/HighResolution/Capture/Feature/Template01",
                     "[" + (0..<20).map { "0.\($0)" }.joined(separator: ", ") + "]",
                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]
        let csv = "人员编号,人脸特征值\n" + cells.map { "P1,\"\($0)\"\n" }.joined()
        XCTAssertEqual(biometric(try scan(csv, name: "a.csv")), [])
        XCTAssertEqual(try scan("特征值：\(md5)\n", name: "a.txt"), [])
        XCTAssertEqual(try scan("{\"fingerprint\":\"\(sha256)\"}", name: "a.json"), [])
        // A label's word in a sentence, then a template's look-alike: a path.
        XCTAssertEqual(try scan("人脸特征值：\(Self.faceFeature).jpg\n", name: "a.txt"), [])
    }

    func testTheDigitsOfATemplateAreNoOnesPhone() throws {
        // Hex of this length holds runs of digits; a mobile's among them is the template's.
        let hex = "13812345678" + Self.fingerHex
        let found = try scan("人员编号,指纹模板\nP1,\(hex)\n", name: "a.csv")
        XCTAssertEqual(found.map(\.kind), [.biometric])
    }

    func testTheMaskKeepsFourCharactersAndTheLength() {
        XCTAssertEqual(Masker.mask(Self.faceFeature, kind: .biometric), String(Self.faceFeature.prefix(4)) + "…(684)")
    }

    func testTheDetectorWakesOnlyAtItsLabels() {
        let detector = BiometricDetector()
        XCTAssertTrue(detector.hanTriggers.contains("值"))
        XCTAssertTrue(detector.hanTriggers.contains("纹"))
        XCTAssertTrue(detector.hanTriggers.contains("紋"), "traditional spellings too")
        XCTAssertFalse(detector.wantsCells(under: [.name]))
        XCTAssertTrue(detector.wantsCells(under: HeaderKeywords.shared.hints(forHeader: "faceData")))
    }
}
