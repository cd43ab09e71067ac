import Foundation
import XCTest
@testable import LeakScan

/// The vCard reader: the fixtures of fixtures/vcard (scripts/make_vcard_fixtures.py: vobject's
/// vCard 3.0 and iCalendar, Android's 2.1 quoted-printable layout) against the values planted in
/// them, folding, escapes, cards as records, photos left alone, any chunking; calendars' events.
final class VCardReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/vcard").standardized

    private func scan(_ text: String, chunkSize: Int? = nil, keepRecords: Bool = false) throws -> [Finding] {
        try ReadTestSupport.scanData(Array(text.utf8), name: "contacts.vcf", chunkSize: chunkSize, keepRecords: keepRecords).1
    }

    func testEveryPlantedValueIsFoundUnderItsProperty() throws {
        let files = try PlantedValues.load(Self.folder)
        XCTAssertEqual(files.count, 3)
        for (name, planted) in files {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            let (summary, all) = try ReadTestSupport.scanData(bytes, name: name)
            XCTAssertEqual(summary.format, name.hasSuffix(".ics") ? .calendar : .vCard, name)
            // A calendar's events are at the school: their place is its address, never a home's.
            XCTAssertTrue(all.filter(\.organisational).allSatisfy { $0.location.field == "LOCATION（活动地点）" }, name)
            let found = all.filter { !$0.organisational }
            XCTAssertEqual(PlantedValues.described(found).sorted(), PlantedValues.described(planted).sorted(), name)
            // Each value is located in the file's own bytes: its span, the `;` that join a name's or
            // an address's parts left out and quoted-printable undone, is the value.
            for f in found {
                let written = bytes[f.sourceRange].filter { $0 != UInt8(ascii: ";") }
                XCTAssertEqual(String(decoding: MIMEDecoding.quotedPrintable(written[...]), as: UTF8.self), f.value, name)
            }
        }
    }

    func testAnyChunkingFindsTheSameValuesAtTheSamePlaces() throws {
        try ReadTestSupport.assertAnyChunkingFindsTheSame(in: "vcard", ["家长通讯录.vcf", "android_export.vcf"], format: .vCard)
        try ReadTestSupport.assertAnyChunkingFindsTheSame(in: "vcard", ["家长会预约.ics"], format: .calendar)
    }

    /// An event's identifier is no e-mail address, its place no one's home, its times no birth
    /// dates; its attendees are people, unless their `CN` only repeats the address; an exported
    /// calendar is known by its first line.
    func testACalendarsEventsNameTheirPeopleNotTheirPlacesOrIdentifiers() throws {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:7kukuqrfedlm2f9t0vmrasvd70@google.com\r\n"
            + "DTSTART;VALUE=DATE:20090315\r\nRRULE:FREQ=YEARLY\r\nLOCATION:郑州市金水区文化路36号\r\n"
            + "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"刘建国\":mailto:ljg1979@126.com\r\n"
            + "ATTENDEE;CN=zhao.min@qq.com:mailto:zhao.min@qq.com\r\nSUMMARY:校园开放日\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let (summary, found) = try ReadTestSupport.scanData(Array(text.utf8), name: "export.txt")
        XCTAssertEqual(summary.format, .calendar)
        XCTAssertEqual(found.filter(\.organisational).map(\.kind), [.address])
        XCTAssertEqual(PlantedValues.described(found.filter { !$0.organisational }),
                       ["name 8 CN（姓名） 刘建国", "email 8 ATTENDEE（邮箱） ljg1979@126.com", "email 9 ATTENDEE（邮箱） zhao.min@qq.com"])
    }

    func testFoldedLinesEscapesAndCardsAsRecords() throws {
        let text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:王\r\n 建国\r\nNOTE:李思雨的家长\\, 电话13812345678\r\n"
            + "PHOTO:data:image/jpeg;base64,MTM4MTIzNDU2Nzg=\r\n 13987654321\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nitem1.TEL;TYPE=\"cell,voice\":+86 139 8765 4321\r\n"
        let found = try scan(text, keepRecords: true)
        XCTAssertEqual(PlantedValues.described(found),
                       ["name 3 FN（姓名） 王建国", "name 5 - 李思雨", "mobile 5 - 13812345678",
                        "record 3 - ", "mobile 10 TEL（电话） +86 139 8765 4321"])
    }

    /// A card's FN and N that give the same name are one name; a different one is a second.
    func testACardsNameGivenTwiceIsOneName() throws {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:张;伟;;;\r\nFN:张伟\r\nTEL:13812345678\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李娜\r\nN:李;娜;;;\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:张;伟;;;\r\nFN:张伟妈妈\r\nEND:VCARD\r\n"
        // An FN that says more than the N (张伟妈妈: the parent's card) is read as well.
        XCTAssertEqual(try scan(text).filter { $0.kind == .name }.map(\.value), ["张伟", "李娜", "张伟", "张伟"])
    }

    func testAnOfficesCardHoldsItsOwnContactDetails() throws {
        let cards = """
            BEGIN:VCARD\r\nVERSION:3.0\r\nFN:郑州市第八十二中学办公室\r\nORG:郑州市第八十二中学;办公室\r\nTEL;TYPE=WORK:0371-65952106\r
            EMAIL;TYPE=WORK:zz82z@163.com\r\nADR;TYPE=WORK:;;纬五路21号;郑州市金水区;河南省;450008;中国\r\nEND:VCARD\r
            BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王建国\r\nORG:郑州市第八十二中学\r\nTEL;TYPE=WORK:0371-65952108\r\nEND:VCARD\r

            """
        // The office's landline, e-mail and address are its own; a teacher's card names him, his
        // work phone too.
        XCTAssertEqual(try scan(cards).filter { !$0.organisational }.map(\.value), ["王建国", "0371-65952108"])
    }

    func testAPropertyLongerThanTheBufferDoesNotHoldReadingUp() throws {
        // A photo folded over many lines (never kept), a note of many blank folded lines (scanned
        // once it fills a quarter of the buffer), then the values after them.
        let photo = "PHOTO;ENCODING=b:" + String(repeating: "QUJDRA==\r\n ", count: 2000) + "QQ==\r\n"
        let note = "NOTE:李思雨的家长" + String(repeating: "\r\n ", count: 3000) + "\r\n"
        let text = "BEGIN:VCARD\r\nFN:王建国\r\n" + photo + note + "TEL:13812345678\r\nEND:VCARD\r\n"
        for chunk in [nil, 64, 1000] {
            let found = try scan(text, chunkSize: chunk)
            XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.line ?? 0)" },
                           ["name 2", "name 2004", "mobile 5005"], "chunks of \(chunk ?? 0)")
        }
    }

    func testAValueInAnotherCharacterSetIsConverted() throws {
        // vCard 2.1 as older Chinese phones export it: GB2312, quoted-printable.
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=CD=F5=BD=A8=B9=FA\r\n"
            + "ADR;HOME;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:;;=BA=D3=C4=CF=CA=A1=D6=A3=D6=DD=CA=D0=BD=F0=CB=AE=C7=F8=BB=A8=D4=B0=C2=B73=BA=C5=D4=BA2=BA=C5=C2=A5;;;;\r\nEND:VCARD\r\n"
        let found = try scan(text)
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.field ?? "-") \($0.value)" },
                       ["name FN（姓名） 王建国", "address ADR（住址） 河南省郑州市金水区花园路3号院2号楼"])
        // Located over the whole value as written.
        XCTAssertEqual(found.first.map { String(decoding: Array(text.utf8)[$0.sourceRange], as: UTF8.self) }, "=CD=F5=BD=A8=B9=FA")
    }

    func testAValueWrittenAsBytesOfItsCharacterSetIsReadWithTheFile() throws {
        // Outlook's "save as vCard": the value in GBK bytes under CHARSET=gb2312, no
        // quoted-printable; the file is decoded as GB18030 whole, and the value not again.
        let name: [UInt8] = [0xB6, 0xAD, 0xD0, 0xE3, 0xD3, 0xA2]  // 董秀英
        // ;;农业路30号永威翡翠城6号楼4单元804;郑州市;河南省;450000;中国
        let address: [UInt8] = [0x3B, 0x3B, 0xC5, 0xA9, 0xD2, 0xB5, 0xC2, 0xB7, 0x33, 0x30, 0xBA, 0xC5, 0xD3, 0xC0, 0xCD, 0xFE, 0xF4,
                                0xE4, 0xB4, 0xE4, 0xB3, 0xC7, 0x36, 0xBA, 0xC5, 0xC2, 0xA5, 0x34, 0xB5, 0xA5, 0xD4, 0xAA, 0x38, 0x30,
                                0x34, 0x3B, 0xD6, 0xA3, 0xD6, 0xDD, 0xCA, 0xD0, 0x3B, 0xBA, 0xD3, 0xC4, 0xCF, 0xCA, 0xA1, 0x3B, 0x34,
                                0x35, 0x30, 0x30, 0x30, 0x30, 0x3B, 0xD6, 0xD0, 0xB9, 0xFA]
        let bytes = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=GB2312:".utf8) + name
            + Array("\r\nADR;HOME;CHARSET=gb2312:".utf8) + address + Array("\r\nEND:VCARD\r\n".utf8)
        let found = try ReadTestSupport.scanData(bytes, name: "c.vcf").1
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.location.field ?? "-")" }, ["name N（姓名）", "address ADR（住址）"])
        XCTAssertEqual(found.first?.value, "董秀英")
    }

    func testKnownByItsFirstLineWhateverItsName() throws {
        let (summary, found) = try ReadTestSupport.scanData(Array("BEGIN:VCARD\nFN:赵敏\nTEL:13812345678\nEND:VCARD\n".utf8), name: "export.txt")
        XCTAssertEqual(summary.format, .vCard)
        XCTAssertEqual(found.map(\.location.field), ["FN（姓名）", "TEL（电话）"])
    }
}
