import XCTest
@testable import LeakScan

final class XMLPushParserTests: XCTestCase {
    /// Records elements and text, to check what the SAX callbacks deliver.
    final class Recorder: XMLContentHandler {
        var events: [String] = []
        override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
            events.append("<\(name.string)\(attributes.string("r").map { " r=\($0)" } ?? "")>")
        }
        override func endElement(_ name: XMLName) { events.append("</\(name.string)>") }
        override func characters(_ text: UnsafeBufferPointer<UInt8>) { events.append(String(decoding: text, as: UTF8.self)) }
    }

    private func parse(_ xml: String, chunk: Int = 7) throws -> [String] {
        let recorder = Recorder()
        let parser = try XMLPushParser(handler: recorder, partName: "xl/worksheets/sheet1.xml")
        let bytes = Array(xml.utf8)
        try bytes.withUnsafeBufferPointer { all in
            var i = 0
            while i < all.count {
                try parser.feed(UnsafeBufferPointer(rebasing: all[i..<min(i + chunk, all.count)]))
                i += chunk
            }
        }
        try parser.finish()
        // Adjacent text callbacks are one text node.
        var joined: [String] = []
        for e in recorder.events {
            if !e.hasPrefix("<"), let last = joined.last, !last.hasPrefix("<") { joined[joined.count - 1] += e } else { joined.append(e) }
        }
        return joined
    }

    func testElementsAttributesAndTextAcrossChunks() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><x:sheetData xmlns:x="urn:x"><x:c r="B2"><x:v>手机 13812345678 &amp; 张</x:v></x:c></x:sheetData>"#
        XCTAssertEqual(try parse(xml), ["<sheetData>", "<c r=B2>", "<v>", "手机 13812345678 & 张", "</v>", "</c>", "</sheetData>"])
    }

    func testNameComparison() {
        let bytes: [UInt8] = Array("row".utf8) + [0]
        bytes.withUnsafeBufferPointer { b in
            let name = XMLName(b.baseAddress!)
            XCTAssertTrue(name.is("row"))
            XCTAssertFalse(name.is("r"))
            XCTAssertFalse(name.is("rows"))
        }
    }

    func testEntityDeclarationsAreRefused() {
        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <sheetData><c><v>&lol2;</v></c></sheetData>
        """
        XCTAssertThrowsError(try parse(bomb, chunk: 4096)) { error in
            XCTAssertTrue("\(error)".contains("declares a DTD"), "\(error)")
        }
    }

    func testMalformedXMLIsACorruptWorkbook() {
        XCTAssertThrowsError(try parse("<sheetData><c><v>1</c></sheetData>")) { error in
            XCTAssertTrue("\(error)".hasPrefix("corrupt workbook: xl/worksheets/sheet1.xml:"), "\(error)")
        }
        XCTAssertThrowsError(try parse("<sheetData><c><v>1</v>")) { error in   // ends early
            XCTAssertTrue("\(error)".hasPrefix("corrupt workbook:"), "\(error)")
        }
    }
}
