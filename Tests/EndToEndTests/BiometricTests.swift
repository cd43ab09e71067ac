import Foundation
import XCTest

/// Face and fingerprint templates through the built binary: an export keyed only by a system's
/// person number may not be uploaded, the report masks the template, and a short value under
/// the same header passes.
final class BiometricTests: FolderTestCase {
    /// 128 characters of base64, as probe 25a's repro holds.
    private let template = "YMTt19cDNu7fTqJ5CtvzwUEITpBsGJbbH5OvutUyg/bL8Z9Q0+sujFuDeIYa4vnVoq0ZmZVbalowrSmedRISZ5ARg6IguuD3CoosE9GUOMVs3I9yb81+nIGne3EO0dB+"

    func testAFaceFeatureExportMayNotBeUploaded() throws {
        let path = try write("face.csv", "人员编号,人脸特征值\nP2024001,\(template)\n")
        let run = try Leakscan.run(["check", path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("  Holds: biometric data 1"), run.stdout)
        XCTAssertTrue(run.stdout.contains("YMTt…(128)"), run.stdout)
        XCTAssertFalse(run.stdout.contains(template))
        let zh = try Leakscan.run(["check", "--lang", "zh", path])
        XCTAssertTrue(zh.stdout.contains("内容：生物识别信息 1 处"), zh.stdout)
    }

    func testAFingerprintTemplateTableInJSONL() throws {
        let path = try write("att.sql", "INSERT INTO TEMPLATE (USERID,FINGERID,TEMPLATE) VALUES (1,6,'\(template)');\n")
        let run = try Leakscan.run(["scan", "--format", "jsonl", path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        let finding = run.objects(ofType: "finding").first
        XCTAssertEqual(finding?["kind"] as? String, "biometric")
        XCTAssertEqual(finding?["field"] as? String, "TEMPLATE")
        XCTAssertEqual(finding?["masked"] as? String, "YMTt…(128)")
    }

    func testAnAlgorithmsVersionUnderTheHeaderPasses() throws {
        let path = try write("face.csv", "人员编号,人脸特征值\nP2024001,V3.1.2\nP2024002,9e107d9d372bb6826bd81d3542a419d6\n")
        let run = try Leakscan.run(["check", path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
    }
}
