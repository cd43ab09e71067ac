import XCTest
@testable import LeakScan

final class DOCXReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/docx").standardized

    struct Planted: Decodable {
        var kind: String
        var value: String
        var part: String
        var table_column: Int?
        var field: String?
    }

    struct Entry: Decodable {
        var findings: [Planted]
        var organisational: [Planted]
    }

    struct Manifest: Decodable { var files: [String: Entry] }

    /// One comparable line per value: kind, where, header, and the value's start (an address
    /// cell of two paragraphs is reported whole).
    private static func line(_ kind: String, _ value: String, part: String?, column: Int?, field: String?) -> String {
        "\(kind) \(part ?? "body") column \(column.map(String.init) ?? "-") [\(field ?? "-")] \(value.prefix(12))"
    }

    func testDocumentsFromARealWriterGiveEveryPlantedValue() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("EXPECTED.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        XCTAssertEqual(manifest.files.count, 2)
        for (name, entry) in manifest.files {
            let (summary, found) = try ReadTestSupport.scan(FileSource(path: Self.folder.appendingPathComponent(name).path),
                                                            detectors: StandardDetectors.all())
            XCTAssertEqual(summary.format, .wordDocument)
            func described(_ planted: [Planted]) -> [String] {
                planted.map { p in
                    let part = p.part == "word/document.xml" ? nil : p.part
                    return Self.line(p.kind, p.value, part: part, column: p.table_column, field: p.field ?? part)
                }.sorted()
            }
            func described(_ findings: [Finding]) -> [String] {
                findings.filter { $0.kind != .record }.map { f in
                    let inTable = f.location.field != nil && !f.location.field!.hasPrefix("word/")
                    let part = f.location.field?.hasPrefix("word/") == true ? f.location.field : nil
                    return Self.line(f.kind.rawValue, f.value, part: part, column: inTable ? f.location.column : nil, field: f.location.field)
                }.sorted()
            }
            XCTAssertEqual(described(found.filter { !$0.organisational }), described(entry.findings), name)
            XCTAssertEqual(described(found.filter(\.organisational)), described(entry.organisational), name)
        }
    }

    func testATrackedDeletionIsReadApartFromWhatReplacedIt() throws {
        let id = SyntheticID.make()
        let masked = id.prefix(6) + "********" + id.suffix(4)
        let body = """
            <w:document xmlns:w="w"><w:body>
            <w:p><w:r><w:t>身份证号：</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>\(id)</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>\(masked)</w:t></w:r></w:ins></w:p>
            <w:p><w:r><w:t>手机 138</w:t></w:r><w:r><w:t>1234</w:t></w:r><w:ins w:id="3" w:author="a"><w:r><w:t>5678</w:t></w:r></w:ins></w:p>
            </w:body></w:document>
            """
        let found = try ReadTestSupport.scan(MemorySource(StoredZip.wordDocument(body), displayPath: "n.docx"),
                                             detectors: StandardDetectors.all()).1.filter { $0.kind != .record }
        // An insertion joins the text around it, as it reads.
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" }, ["cn_id \(id)", "mobile 13812345678"])
    }

    /// A picture's alternative text, which no page shows, is read on a line of its own, once for
    /// the picture's two copies of it (`wp:docPr` and `pic:cNvPr`).
    func testAPicturesAlternativeTextIsRead() throws {
        let id = SyntheticID.make()
        let body = """
            <w:document xmlns:w="w" xmlns:wp="wp" xmlns:pic="pic"><w:body>
            <w:p><w:r><w:t>附件：身份证复印件</w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="学生周雨桐的身份证照片 \(id)"/>\
            <pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="图片 1" descr="学生周雨桐的身份证照片 \(id)"/></pic:nvPicPr></pic:pic></wp:inline></w:drawing></w:r></w:p>
            </w:body></w:document>
            """
        let found = try ReadTestSupport.scan(MemorySource(StoredZip.wordDocument(body), displayPath: "a.docx"),
                                             detectors: StandardDetectors.all()).1.filter { $0.kind != .record }
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value)" }, ["name 周雨桐", "cn_id \(id)"])
    }

    func testParagraphsRunsTablesAndWhatIsNotText() throws {
        let body = """
            <w:document xmlns:w="w" xmlns:mc="mc"><w:body>
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>通知</w:t></w:r></w:p>
            <w:p/>
            <w:p><w:r><w:t>家长手机：</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>138</w:t></w:r><w:r><w:t>12345678</w:t></w:r></w:p>
            <w:p><w:r><w:instrText>HYPERLINK "tel:13987654321"</w:instrText><w:delText>学生张伟</w:delText></w:r></w:p>
            <w:p><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>电话13600001111</w:t></w:r></w:p></w:txbxContent></mc:Choice>
            <mc:Fallback><w:txbxContent><w:p><w:r><w:t>电话13600001111</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:p>
            <w:tbl>
            <w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>学生信息</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>出生日期</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>王芳</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2011-05-12</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            </w:body></w:document>
            """
        let found = try ReadTestSupport.scan(MemorySource(StoredZip.wordDocument(body), displayPath: "n.docx"),
                                             detectors: StandardDetectors.all()).1.filter { $0.kind != .record }
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0):\($0.location.column ?? 0) \($0.location.field ?? "-")" }, [
            // Runs joined; lines are paragraphs, the empty one counted.
            "mobile 13812345678 3:6 -",
            // Deleted text is still in the file; a field code is not text.
            "name 张伟 4:3 -",
            // The text box once, not again from its fallback copy.
            "mobile 13600001111 6:3 -",
            // A second header row under a title spanning two columns; gridBefore skips column 1.
            "name 王芳 12:2 学生信息/姓名",
            "birth_date 2011-05-12 13:3 学生信息/出生日期",
        ])
    }

    /// A list typed with tabs, a paragraph a row, is a table: its values under their column; a
    /// Word table after it ends it, and a paragraph after that is running text again.
    func testATableTypedWithTabsIsReadAsATable() throws {
        func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }
        let body = "<w:document xmlns:w=\"w\"><w:body>" + paragraph("学生名单") + paragraph("姓名\t出生日期\t家长电话")
            + paragraph("王小明\t2008-03-12\t13812345678") + paragraph("李思雨\t\t13987654321")
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>无</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + paragraph("赵敏\t2009-05-15\t13612345678") + "</w:body></w:document>"
        let found = try ReadTestSupport.scan(MemorySource(StoredZip.wordDocument(body), displayPath: "l.docx"),
                                             detectors: StandardDetectors.all()).1
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.line ?? 0) \($0.location.field ?? "-")" }, [
            "name 王小明 3 姓名", "birth_date 2008-03-12 3 出生日期", "mobile 13812345678 3 家长电话", "record  3 -",
            "name 李思雨 4 姓名", "mobile 13987654321 4 家长电话", "record  4 -",
            "name 赵敏 6 -", "mobile 13612345678 6 -", "record  6 -",
        ])
    }

    /// A page footer is the document's footer: the landline and address in it are the school's,
    /// though its name stands in the header; a mobile there stays a person's.
    func testAPageFootersLandlineAndAddressAreTheOrganisations() throws {
        func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let members: [(name: String, text: String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(office)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<w:document xmlns:w=\"w\"><w:body>" + paragraph("关于暑期维修的通知") + "</w:body></w:document>"),
            ("word/_rels/document.xml.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId2\" Type=\"\(office)/footer\" Target=\"footer1.xml\"/></Relationships>"),
            ("word/footer1.xml", "<w:ftr xmlns:w=\"w\">" + paragraph("地址：郑州市金水区纬五路12号　电话：0371-65901234")
                + paragraph("值班手机：13812345678") + "</w:ftr>"),
        ]
        let found = try ReadTestSupport.scan(MemorySource(StoredZip.make(members), displayPath: "f.docx"),
                                             detectors: StandardDetectors.all()).1.filter { $0.kind != .record }
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.organisational) \($0.location.field ?? "-")" },
                       ["address true word/footer1.xml", "landline true word/footer1.xml", "mobile false word/footer1.xml"])
    }

    /// A part imported whole into the body (`w:altChunk`), as school systems and web editors
    /// export: an HTML table, and html-docx-js's MHT (its part named from the package root), each
    /// read by its format's reader, findings naming the part.
    func testPartsImportedWholeAreReadAsTheirFormats() throws {
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let html = "<html><body><p>学生信息导出</p><table><tr><td>姓名</td><td>身份证号</td><td>手机号码</td></tr>"
            + "<tr><td>高家豪</td><td>110105201310136696</td><td>15282500188</td></tr></table></body></html>"
        let mht = "MIME-Version: 1.0\nContent-Type: multipart/related;\n    type=\"text/html\";\n    boundary=\"----=mhtDocumentPart\"\n\n\n"
            + "------=mhtDocumentPart\nContent-Type: text/html;\n    charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
            + "Content-Location: file:///C:/fake/document.html\n\n<!DOCTYPE html><html><body><p>联系人：王梓涵，电话：13812345678</p></body></html>\n\n"
            + "------=mhtDocumentPart--\n"
        let members: [(name: String, text: String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(office)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<w:document xmlns:w=\"w\" xmlns:r=\"\(office)\"><w:body><w:p><w:r><w:t>导出</w:t></w:r></w:p>"
                + "<w:altChunk r:id=\"rIdA1\"/><w:altChunk r:id=\"htmlChunk\"/></w:body></w:document>"),
            ("word/_rels/document.xml.rels", "<Relationships xmlns=\"\(package)\">"
                + "<Relationship Id=\"rIdA1\" Type=\"\(office)/aFChunk\" Target=\"afchunk.htm\"/>"
                + "<Relationship Id=\"htmlChunk\" Type=\"\(office)/aFChunk\" Target=\"/word/afchunk.mht\"/></Relationships>"),
            ("word/afchunk.htm", html),
            ("word/afchunk.mht", mht),
        ]
        let found = try ReadTestSupport.scan(MemorySource(StoredZip.make(members), displayPath: "a.docx"),
                                             detectors: StandardDetectors.all()).1.filter { $0.kind != .record }
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) [\($0.location.field ?? "-")] \($0.location.member ?? "-")" }, [
            "name 高家豪 [姓名] word/afchunk.htm", "cn_id 110105201310136696 [身份证号] word/afchunk.htm",
            "mobile 15282500188 [手机号码] word/afchunk.htm",
            "name 王梓涵 [-] word/afchunk.mht/body.html", "mobile 13812345678 [-] word/afchunk.mht/body.html",
        ])
    }

    /// A roster pasted from Excel keeps the exponent form of IDs typed into number cells: such a
    /// cell is a number that lost its last digits, as in the workbook; its finding spans the cell.
    func testATableCellInExponentFormIsANumberCell() throws {
        let body = """
            <w:document xmlns:w="w"><w:body><w:tbl>
            <w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>身份证号</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>王芳</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t> 4.10105200803121E+17</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>李强</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>4.1E+17 号</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl></w:body></w:document>
            """
        let found = try ReadTestSupport.scan(MemorySource(StoredZip.wordDocument(body), displayPath: "p.docx"),
                                             detectors: StandardDetectors.all()).1.filter { $0.kind != .record && $0.kind != .name }
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) \($0.location.field ?? "-") \($0.sourceRange)" },
                       ["cn_id_truncated 410105200803121000 身份证号 1..<21"])
    }
}

/// A zip of stored (uncompressed) members, for documents written in a test.
enum StoredZip {
    /// A package holding `document` as its Word document.
    static func wordDocument(_ document: String) -> [UInt8] {
        make([("_rels/.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>
            """), ("word/document.xml", document)])
    }

    static func make(_ members: [(name: String, text: String)]) -> [UInt8] {
        make(files: members.map { ($0.name, Array($0.text.utf8)) })
    }

    static func make(files members: [(name: String, data: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32, _ a: inout [UInt8]) { for k in 0..<4 { a.append(UInt8(v >> (8 * UInt32(k)) & 0xFF)) } }
        for (name, data) in members {
            let nameBytes = Array(name.utf8), crc = crc32(data), offset = out.count
            u32(0x0403_4B50, &out); u16(20, &out); u16(0x0800, &out); u16(0, &out); u16(0, &out); u16(0x21, &out)
            u32(crc, &out); u32(UInt32(data.count), &out); u32(UInt32(data.count), &out)
            u16(nameBytes.count, &out); u16(0, &out); out += nameBytes; out += data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0x0800, &central); u16(0, &central)
            u16(0, &central); u16(0x21, &central); u32(crc, &central); u32(UInt32(data.count), &central)
            u32(UInt32(data.count), &central); u16(nameBytes.count, &central)
            for _ in 0..<4 { u16(0, &central) }
            u32(0, &central); u32(UInt32(offset), &central); central += nameBytes
        }
        let centralOffset = out.count
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(members.count, &out); u16(members.count, &out)
        u32(UInt32(central.count), &out); u32(UInt32(centralOffset), &out); u16(0, &out)
        return out
    }

    /// CRC-32 (ISO 3309, as zip uses), bit by bit: test documents are small.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
