import Foundation
import XCTest
@testable import LeakScan

/// The LDIF reader: fixtures/ldif/teachers.ldif (an `ldapsearch` export of a school's teachers,
/// synthetic) and values written as `ldapsearch` and `ldifde` write them: base64, folded lines,
/// organisations' entries, entries as records, hostile input, any chunking.
final class LDIFReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/ldif").standardized

    private func scan(_ text: String, name: String = "directory.ldif", chunkSize: Int? = nil,
                      keepRecords: Bool = false) throws -> [Finding] {
        try ReadTestSupport.scanData(Array(text.utf8), name: name, chunkSize: chunkSize, keepRecords: keepRecords).1
    }

    private static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    /// The base64 text of the value `span` lies in, widened to whole groups of four characters
    /// and decoded: the span must lie within one value's base64 text (folds included), and the
    /// groups it touches must decode to text holding `value`.
    private static func assertInBase64Value(_ span: Range<Int>, of value: String, in bytes: [UInt8],
                                            file: StaticString = #filePath, line: UInt = #line) {
        // The value starts after the `:: ` of the attribute line the span starts on (or before).
        var lineStart = span.lowerBound
        while lineStart > 0, bytes[lineStart - 1] != 0x0A || bytes[lineStart] == 0x20 { lineStart -= 1 }
        guard let colons = (lineStart..<span.lowerBound).first(where: { bytes[$0] == 0x3A && bytes[$0 + 1] == 0x3A }) else {
            return XCTFail("\(value): not in a base64 value", file: file, line: line)
        }
        var characters: [UInt8] = []
        var spanCharacters = 0..<0
        var i = colons + 2
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            if bytes[i] == 0x0A, i + 1 < bytes.count, bytes[i + 1] == 0x20 { i += 2; continue }   // a fold
            if bytes[i] == 0x0A || bytes[i] == 0x0D { break }
            if i == span.lowerBound { spanCharacters = characters.count..<characters.count }
            characters.append(bytes[i])
            i += 1
            if i == span.upperBound { spanCharacters = spanCharacters.lowerBound..<characters.count }
        }
        XCTAssertLessThanOrEqual(span.upperBound, i, "\(value): runs past its value", file: file, line: line)
        let groups = (spanCharacters.lowerBound / 4 * 4)..<min(characters.count, (spanCharacters.upperBound + 3) / 4 * 4)
        let decoded = String(decoding: MIMEDecoding.base64(characters[groups]), as: UTF8.self)
        XCTAssertTrue(decoded.contains(value), "\(value) not in \(decoded)", file: file, line: line)
    }

    func testATeachersExportGivesEachTeacherARecord() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("teachers.ldif")))
        let (summary, found) = try ReadTestSupport.scanData(bytes, name: "teachers.ldif", keepRecords: true)
        XCTAssertEqual(summary.format, .ldif)
        // The office's entry (objectClass: organizationalUnit): its phone and fax are its own, and
        // so is its address, the office named after the house number.
        XCTAssertEqual(PlantedValues.described(found.filter(\.organisational)),
                       ["landline 17 telephoneNumber（电话） 0371-65952106", "landline 18 facsimileTelephoneNumber（传真） 0371-65952107",
                        "address 19 postalAddress（住址） 河南省郑州市金水区纬五路21号育才中学教务处"])
        // Each teacher's name (cn, displayName, sn and givenName say it four times: once), mobile,
        // e-mail and login, and a record of them; the address folded over two lines.
        XCTAssertEqual(PlantedValues.described(found.filter { !$0.organisational }), [
            "name 28 cn（姓名） 陈志强", "mobile 33 mobile（手机） 13812345678", "landline 34 telephoneNumber（电话） 0371-65952108",
            "email 35 mail（邮箱） chenzhiqiang@163.com",
            "address 36 homePostalAddress（住址） 河南省郑州市二七区大学路88号阳光花园3号楼2单元501室",
            "record 28 - ",
            "name 47 cn（姓名） 刘晓燕", "mobile 52 mobile（手机） 15937261845", "email 53 mail（邮箱） liuxiaoyan1985@qq.com",
            "record 47 - ",
            "name 63 cn（姓名） 赵俊杰", "mobile 68 mobile（手机） 18603715522", "email 69 mail（邮箱） zhaojunjie@126.com",
            "record 63 - ",
        ])
        // A plain value is located as written; a base64 one within its base64 text.
        for f in found where f.kind != .record {
            let written = String(decoding: bytes[f.sourceRange], as: UTF8.self)
            if f.kind == .name || f.kind == .address {
                Self.assertInBase64Value(f.sourceRange, of: f.value, in: bytes)
            } else {
                XCTAssertEqual(written, f.value)
            }
        }
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        try ReadTestSupport.assertAnyChunkingFindsTheSame(in: "ldif", ["teachers.ldif"], format: .ldif)
    }

    func testABase64ValueFoldedOverLinesIsDecodedAndLocatedInItsText() throws {
        // 欧阳明远 is 12 bytes, 16 base64 characters: folded after 5 and after 11, as no group ends.
        let name = Self.base64("欧阳明远")
        let chars = Array(name)
        let folded = String(chars[0..<5]) + "\r\n " + String(chars[5..<11]) + "\r\n " + String(chars[11...])
        let text = "version: 1\r\n\r\ndn: cn=oymy,ou=teachers,dc=school,dc=local\r\ncn:: " + folded + "\r\n"
            + "description:: " + Self.base64("班主任，手机13912345678") + "\r\n"
        let bytes = Array(text.utf8)
        let found = try scan(text)
        XCTAssertEqual(PlantedValues.described(found), ["name 4 cn（姓名） 欧阳明远", "mobile 7 description 13912345678"])
        for f in found { Self.assertInBase64Value(f.sourceRange, of: f.value, in: bytes) }
        // The name's span is its whole base64 text, folds and all; the mobile's starts and ends
        // inside the base64 text: its digits are bytes 18–28, whose bits are in characters 24–38.
        XCTAssertEqual(String(decoding: bytes[found[0].sourceRange], as: UTF8.self), folded)
        let description = Self.base64("班主任，手机13912345678")
        let start = text.utf8.count - 2 - description.utf8.count
        XCTAssertEqual(found[1].sourceRange, (start + 24)..<(start + 39))
    }

    func testASurnameAndGivenNameAreOneNameAndTheEntrysNamesCountOnce() throws {
        let text = """
            dn: uid=t1,ou=teachers,dc=school,dc=local
            sn:: \(Self.base64("王"))
            givenName:: \(Self.base64("建国"))
            mobile: 13812345678

            dn: uid=t2,ou=teachers,dc=school,dc=local
            cn:: \(Self.base64("李娜"))
            displayName:: \(Self.base64("李娜"))
            sn:: \(Self.base64("李"))
            givenName:: \(Self.base64("娜"))

            """
        let found = try scan(text, keepRecords: true)
        XCTAssertEqual(PlantedValues.described(found), ["name 2 sn+givenName（姓名） 王建国", "mobile 4 mobile（手机） 13812345678",
                                                        "record 2 - ", "name 7 cn（姓名） 李娜"])
        // The joined name spans the surname's base64 text to the given name's.
        XCTAssertEqual(String(decoding: Array(text.utf8)[found[0].sourceRange], as: UTF8.self),
                       Self.base64("王") + "\ngivenName:: " + Self.base64("建国"))
    }

    func testAnOrganisationsEntryHoldsItsOwnContactDetails() throws {
        let text = """
            dn: o=yucai,c=cn
            objectClass: organization
            o:: \(Self.base64("郑州市育才中学"))
            telephoneNumber: 0371-65952106
            postalAddress:: \(Self.base64("河南省郑州市金水区纬五路21号"))
            mail: office@yucai.edu.cn

            dn: ou=zongwu,o=yucai,c=cn
            telephoneNumber: 0371-65952109

            dn: ou=teachers,o=yucai,c=cn
            objectClass: inetOrgPerson
            cn:: \(Self.base64("王建国"))
            telephoneNumber: 0371-65952108
            homePostalAddress:: \(Self.base64("河南省郑州市金水区纬五路21号"))

            dn: cn=office,o=yucai,c=cn
            cn:: \(Self.base64("郑州市育才中学办公室"))
            telephoneNumber: 0371-65952110

            """
        // An organization's class, a dn of an organisational unit with no person's class, an
        // organisation's name: their phones, e-mails and addresses are theirs. A person's entry
        // under an `ou=` dn is a person's.
        XCTAssertEqual(try scan(text).filter { !$0.organisational }.map(\.value),
                       ["王建国", "0371-65952108", "河南省郑州市金水区纬五路21号"])
        XCTAssertEqual(try scan(text).filter(\.organisational).map(\.value),
                       ["0371-65952106", "河南省郑州市金水区纬五路21号", "office@yucai.edu.cn", "0371-65952109", "0371-65952110"])
    }

    /// A login on an Active Directory domain (`….local`, RFC 6762's, no mail domain) is no
    /// e-mail address; a mailbox on a real domain beside it is.
    func testAUserPrincipalNameOnALocalDomainIsNoEmail() throws {
        let found = try scan("dn: CN=t1,OU=Teachers,DC=yucai,DC=local\nuserPrincipalName: t1001@yucai.local\nmail: t1001@yucai.edu.cn\n")
        XCTAssertEqual(PlantedValues.described(found), ["email 3 mail（邮箱） t1001@yucai.edu.cn"])
    }

    func testCommentsVersionAndBookkeepingAreNotValues() throws {
        let text = "version: 1\n# 导出时间 2024-09-01\n# a comment\n  folded on\ndn: cn=t1\nchangetype: add\n"
            + "objectClass: user\nobjectGUID:: MTM4MTIzNDU2Nzg=\npwdLastSet: 133412345678901234\n"
            + "jpegPhoto:< file:///tmp/13812345670.jpg\ndescription:< file:///tmp/13812345678.txt\nmobile: 13987654321\n"
        // The GUID (base64 of digits) and the photo are not read; a value's reference is running text.
        XCTAssertEqual(PlantedValues.described(try scan(text)), ["mobile 11 - 13812345678", "mobile 12 mobile（手机） 13987654321"])
    }

    func testKnownByItsFirstLinesWhateverItsName() throws {
        func format(_ text: String, _ name: String) throws -> SourceFormat {
            try ReadTestSupport.scanData(Array(text.utf8), name: name).0.format
        }
        XCTAssertEqual(try format("# extended LDIF\n#\n# LDAPv3\n\ndn:: Y249\ncn: x\n", "export.txt"), .ldif)
        XCTAssertEqual(try format("version: 1\n\n# entry\ndn: cn=x\n", "export"), .ldif)
        XCTAssertEqual(try format("\r\nDN: cn=x\r\n", "export.txt"), .ldif)
        XCTAssertEqual(try format("a: b\n", "dump.ldf"), .ldif)
        XCTAssertEqual(try format("a: b\n", "dump.LDIF"), .ldif)
        // Python's logging configuration opens with `version: 1` too.
        XCTAssertNotEqual(try format("version: 1\nhandlers:\n  console:\n", "logging.txt"), .ldif)
        XCTAssertNotEqual(try format("version: 12\ndn: x\n", "notes.txt"), .ldif)
        XCTAssertNotEqual(try format("note\ndn: cn=x\n", "notes.txt"), .ldif)
    }

    func testHostileInputIsReadAsFarAsItGoes() throws {
        // Invalid base64: what comes before the bad character is decoded; then the entry goes on.
        let bad = Self.base64("王建国")
        let text = "dn: cn=x\ncn:: " + String(bad.prefix(8)) + "*!" + String(bad.dropFirst(8)) + "\nmobile: 13812345678\n"
            + "displayName:: ====\ncn:: A\n"
        XCTAssertEqual(PlantedValues.described(try scan(text)), ["name 2 cn（姓名） 王建", "mobile 3 mobile（手机） 13812345678"])
        // Binary junk, then a file cut short in the middle of a base64 value, given to the reader
        // itself (the sniffer would call it binary).
        var junk = Array("dn: cn=y\n".utf8)
        var seed: UInt32 = 7
        for _ in 0..<5000 {
            seed = seed &* 1_103_515_245 &+ 12345
            junk.append(UInt8(truncatingIfNeeded: seed >> 16))
        }
        junk += Array("\n\ndn: cn=z\nmobile: 15937261845\ncn:: 5YiY5pmT5".utf8)
        for chunk in [64, 1000, SourceReader.defaultChunkSize] {
            let buffer = try SourceReader.makeBuffer(MemorySource(junk, displayPath: "junk.ldif"), encoding: .utf8, bomLength: 0,
                                                     chunkSize: chunk)
            var sink = ReadTestSink()
            try LDIFReader(buffer: buffer).scan(engine: DetectionEngine(detectors: StandardDetectors.all()), sink: &sink)
            // The name cut short is read as far as it goes (刘晓燕's 刘晓).
            XCTAssertEqual(sink.findings.filter { $0.kind != .record }.suffix(2).map(\.value), ["15937261845", "刘晓"],
                           "chunks of \(chunk)")
        }
    }

    func testAValueLongerThanTheBufferDoesNotHoldReadingUp() throws {
        // A photo folded over many lines (never kept), a description of many folded lines (scanned
        // in parts once it fills a quarter of the buffer), a base64 value on one line longer than
        // the buffer, then the values after them.
        let photo = "jpegPhoto:: " + String(repeating: "QUJDRA==\n ", count: 2000) + "QQ==\n"
        let description = "description:: " + Self.base64("班主任") + String(repeating: "\n " + Self.base64("一二三"), count: 3000) + "\n"
        let long = "info:: " + String(repeating: "QUJD", count: 5000) + "\n"
        let text = "dn: cn=x\ncn:: " + Self.base64("王建国") + "\n" + photo + description + long + "mobile: 13812345678\n"
        for chunk in [nil, 64, 1000] {
            let found = try scan(text, chunkSize: chunk)
            XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.line ?? 0)" }, ["name 2", "mobile 5006"],
                           "chunks of \(chunk ?? 0)")
        }
    }

    /// An Active Directory import: `cn` a login, then `displayName` and `sn`+`givenName` saying
    /// the same name: one name.
    func testAnEntrysNameGivenTwiceAfterALoginIsOneName() throws {
        let text = "dn: CN=S20220011,OU=Students,DC=zz47zx,DC=local\nobjectClass: user\ncn: S20220011\n"
            + "displayName: 吴诗涵\nsn: 吴\ngivenName: 诗涵\n"
        XCTAssertEqual(try scan(text).filter { $0.kind == .name }.map(\.value), ["吴诗涵"])
    }

}
