import XCTest
@testable import LeakScan

/// Presentations: fixtures/pptx/家长会.pptx, written by python-pptx (scripts/make_pptx_fixture.py).
final class PPTXReaderTests: XCTestCase {
    func testSlidesNotesAndTablesAreRead() throws {
        let path = XLSXFixturesTests.folder.deletingLastPathComponent().appendingPathComponent("pptx/家长会.pptx").path
        let (summary, found) = try ReadTestSupport.scan(FileSource(path: path), detectors: StandardDetectors.all())
        XCTAssertEqual(summary.format, .presentation)
        XCTAssertEqual(found.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value) [\($0.location.field ?? "-")]" }, [
            // Running text of each slide, then the table under its headers (联系方式 spans two
            // columns: its covered cell is passed over), then the notes.
            "name 孙丽华 [slide 1]", "mobile 13500001111 [slide 1]",
            "name 张子涵 [slide 2]", "name 李浩然 [slide 2]", "name 王梓萱 [slide 2]", "name 周建军 [slide 2]",
            "name 张子涵 [姓名]", "cn_id 410105201303121235 [身份证号]", "mobile 13812345678 [联系方式]", "landline 0371-65501234 [联系方式]",
            "name 李浩然 [姓名]", "cn_id 410105201211054565 [身份证号]", "mobile 13987654321 [联系方式]", "landline 0371-65502345 [联系方式]",
            "name 王梓萱 [姓名]", "cn_id 410105201308207898 [身份证号]", "mobile 15011112222 [联系方式]", "landline 0371-65503456 [联系方式]",
            "name 王芳 [notes of slide 3]", "mobile 13700002222 [notes of slide 3]",
        ])
        // Each pupil's row is a record.
        XCTAssertEqual(found.filter { $0.kind == .record && $0.joins.contains(.cnID) }.count, 3)
        // Every finding carries its slide, a table cell's too (its field is the column header).
        XCTAssertEqual(found.filter { $0.kind != .record }.map { $0.location.page ?? 0 },
                       [1, 1, 2, 2, 2, 2] + Array(repeating: 3, count: 14))
    }

    /// What hangs on a slide besides its shapes, and the masters behind every slide: SmartArt
    /// keeps its text in its data part (the drawing beside it is a copy, not read again),
    /// comments in the legacy (`p:text`) or the modern form (DrawingML paragraphs, replies too);
    /// a master's and a layout's text is read after the slides, as a letterhead (the school's
    /// landline and address its own, a teacher's mobile not), the prompts of their placeholders
    /// holding nothing.
    func testSmartArtCommentsMastersAndLayoutsAreRead() throws {
        let found = try ReadTestSupport.scan(MemorySource(Self.presentation, displayPath: "p.pptx"),
                                             detectors: StandardDetectors.all()).1.filter { $0.kind != .record }
        XCTAssertEqual(found.map { "\($0.kind.rawValue) \($0.value) p\($0.location.page ?? 0) l\($0.location.line ?? 0) [\($0.location.field ?? "-")]\($0.organisational ? " org" : "")" }, [
            "name 孙志强 p1 l2 [SmartArt of slide 1]", "mobile 13543470853 p1 l2 [SmartArt of slide 1]",
            "name 唐建国 p1 l3 [SmartArt of slide 1]", "mobile 15804647646 p1 l3 [SmartArt of slide 1]",
            "name 王宇航 p1 l4 [SmartArt of slide 1]", "mobile 15076861775 p1 l4 [SmartArt of slide 1]",
            "cn_id 410105200903150027 p1 l1 [comments of slide 1]",
            // A picture's alternative text: a paragraph of its own after the title.
            "name 周雨桐 p2 l2 [slide 2]", "cn_id 410105201103151237 p2 l2 [slide 2]",
            // A modern comment's replies stand before its own text in the part.
            "cn_id 410102200812094323 p2 l1 [comments of slide 2]",
            "name 马皓宇 p2 l2 [comments of slide 2]", "mobile 13812345678 p2 l2 [comments of slide 2]",
            // Line 8 of the master, after its placeholders' prompts (lines 1–7).
            "address 郑州市金水区纬五路10号 p0 l8 [slide master 1] org", "landline 0371-63961234 p0 l8 [slide master 1] org",
            "name 孙晨阳 p0 l9 [slide master 1]", "mobile 18669007766 p0 l9 [slide master 1]",
            // Layouts in the master's order (`p:sldLayoutIdLst`), not the relationships'.
            "name 李雪梅 p0 l2 [layout 2 of slide master 1]", "mobile 13905711234 p0 l2 [layout 2 of slide master 1]",
        ])
    }

    /// A presentation of two slides, one master and its two layouts, as PowerPoint lays them out.
    static let presentation: [UInt8] = {
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        func links(_ targets: [(id: String, type: String, target: String)]) -> String {
            "<Relationships xmlns=\"\(package)\">" + targets.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }.joined() + "</Relationships>"
        }
        let a = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        let p = "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" xmlns:r=\"\(office)\""
        func shape(_ paragraphs: [String], placeholder: String? = nil) -> String {
            "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"s\"/><p:cNvSpPr/><p:nvPr>\(placeholder.map { "<p:ph type=\"\($0)\"/>" } ?? "")</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>"
                + paragraphs.map { "<a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>\($0)</a:t></a:r></a:p>" }.joined() + "</p:txBody></p:sp>"
        }
        func slide(_ root: String, _ shapes: String, after: String = "") -> String {
            "<p:\(root) \(a) \(p)><p:cSld><p:spTree>\(shapes)</p:spTree></p:cSld>\(after)</p:\(root)>"
        }
        func point(_ id: Int, _ text: String) -> String {
            "<dgm:pt modelId=\"{\(id)}\"><dgm:prSet phldrT=\"[文本]\"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>\(text)</a:t></a:r></a:p></dgm:t></dgm:pt>"
        }
        let pupils = ["孙志强 13543470853", "唐建国 15804647646", "王宇航 15076861775"]
        let modern = "xmlns:p188=\"http://schemas.microsoft.com/office/powerpoint/2018/8/main\""
        func body(_ text: String) -> String { "<p188:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>\(text)</a:t></a:r></a:p></p188:txBody>" }
        return StoredZip.make([
            ("_rels/.rels", links([("rId1", "\(office)/officeDocument", "ppt/presentation.xml")])),
            ("ppt/presentation.xml", "<p:presentation \(p)><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                + "<p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/><p:sldId id=\"257\" r:id=\"rId3\"/></p:sldIdLst></p:presentation>"),
            ("ppt/_rels/presentation.xml.rels", links([("rId1", "\(office)/slideMaster", "slideMasters/slideMaster1.xml"),
                                                       ("rId2", "\(office)/slide", "slides/slide1.xml"), ("rId3", "\(office)/slide", "slides/slide2.xml")])),
            ("ppt/slides/slide1.xml", slide("sld", shape(["值日安排"], placeholder: "title"))),
            ("ppt/slides/_rels/slide1.xml.rels", links([("rId1", "\(office)/slideLayout", "../slideLayouts/slideLayout1.xml"),
                                                        ("rId2", "\(office)/diagramData", "../diagrams/data1.xml"),
                                                        ("rId3", "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing", "../diagrams/drawing1.xml"),
                                                        ("rId4", "\(office)/comments", "../comments/comment1.xml")])),
            ("ppt/diagrams/data1.xml", "<dgm:dataModel xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" \(a)><dgm:ptLst>"
                + point(1, "值日组长") + pupils.enumerated().map { point($0 + 2, $1) }.joined()
                + "<dgm:pt modelId=\"{9}\" type=\"parTrans\"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"zh-CN\"/></a:p></dgm:t></dgm:pt>"
                + "</dgm:ptLst><dgm:cxnLst/><dgm:bg/><dgm:whole/></dgm:dataModel>"),
            ("ppt/diagrams/drawing1.xml", "<dsp:drawing xmlns:dsp=\"http://schemas.microsoft.com/office/drawing/2008/diagram\" \(a)><dsp:spTree>"
                + pupils.map { "<dsp:sp><dsp:txBody><a:bodyPr/><a:p><a:r><a:t>\($0)</a:t></a:r></a:p></dsp:txBody></dsp:sp>" }.joined() + "</dsp:spTree></dsp:drawing>"),
            ("ppt/comments/comment1.xml", "<p:cmLst \(p)><p:cm authorId=\"0\" dt=\"2024-10-10T10:00:00.000\" idx=\"1\"><p:pos x=\"10\" y=\"10\"/>"
                + "<p:text>身份证号410105200903150027需再核实</p:text></p:cm></p:cmLst>"),
            // A picture whose alternative text, which no slide shows, names a pupil and her ID.
            ("ppt/slides/slide2.xml", slide("sld", shape(["资助公示"], placeholder: "title")
                + "<p:pic><p:nvPicPr><p:cNvPr id=\"3\" name=\"图片 2\" descr=\"学生周雨桐的身份证照片 410105201103151237\"/></p:nvPicPr></p:pic>")),
            ("ppt/slides/_rels/slide2.xml.rels", links([("rId1", "\(office)/slideLayout", "../slideLayouts/slideLayout2.xml"),
                                                        ("rId2", "http://schemas.microsoft.com/office/2018/10/relationships/comments",
                                                         "../comments/modernComment_101_5E1A3C2B.xml")])),
            ("ppt/comments/modernComment_101_5E1A3C2B.xml", "<p188:cmLst \(a) xmlns:r=\"\(office)\" \(modern)>"
                + "<p188:cm id=\"{A1}\" authorId=\"{B2}\" created=\"2024-10-10T10:00:00.000\"><p188:replyLst>"
                + "<p188:reply id=\"{C3}\" authorId=\"{B2}\" created=\"2024-10-11T09:00:00.000\">" + body("身份证号410102200812094323") + "</p188:reply>"
                + "</p188:replyLst>" + body("联系人：马皓宇 13812345678") + "</p188:cm></p188:cmLst>"),
            ("ppt/slideMasters/slideMaster1.xml", slide("sldMaster", shape(["单击此处编辑母版标题样式"], placeholder: "title")
                + shape(["单击此处编辑母版文本样式", "二级", "三级", "四级", "五级"], placeholder: "body") + shape(["2024/10/10"], placeholder: "dt")
                + shape(["郑州市第四十七中学　地址：郑州市金水区纬五路10号　电话：0371-63961234"]) + shape(["班主任 孙晨阳 电话：18669007766"]),
                after: "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId2\"/><p:sldLayoutId id=\"2147483650\" r:id=\"rId1\"/></p:sldLayoutIdLst>")),
            ("ppt/slideMasters/_rels/slideMaster1.xml.rels", links([("rId1", "\(office)/slideLayout", "../slideLayouts/slideLayout2.xml"),
                                                                    ("rId2", "\(office)/slideLayout", "../slideLayouts/slideLayout1.xml")])),
            ("ppt/slideLayouts/slideLayout1.xml", slide("sldLayout", shape(["单击此处编辑母版标题样式"], placeholder: "title"))),
            ("ppt/slideLayouts/slideLayout2.xml", slide("sldLayout", shape(["单击此处编辑母版标题样式"], placeholder: "title")
                + shape(["联系人 李雪梅 13905711234"]))),
        ])
    }()

    func testAZipNamedPPTXWithoutAPresentationIsRefused() {
        XCTAssertEqual(FormatSniffer.refusal(ofZip: "slides.pptx", insideArchive: false).map { "\($0)" },
                       "unsupported: zip file named .pptx without a presentation inside: not supported by this version")
    }
}
