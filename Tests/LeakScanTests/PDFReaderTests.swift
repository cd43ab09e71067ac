import Foundation
import XCTest
@testable import LeakScan

/// PDF documents: fixtures/pdf/奖学金公示.pdf (ReportLab, a CID font that is named, not
/// embedded: scripts/make_pdf_fixture.py), a form and notes added by pypdf, the Word fixtures
/// exported by LibreOffice Writer (scripts/make_libreoffice_fixture.sh), damaged and encrypted
/// files, and page layouts built word by word for the table rules of `PDFPageStory`.
final class PDFReaderTests: XCTestCase {
    static let root = XLSXFixturesTests.folder.deletingLastPathComponent()

    static func scan(_ relative: String) throws -> (ReadSummary, [Finding]) {
        try ReadTestSupport.scanWithEveryDetector(FileSource(path: root.appendingPathComponent(relative).path))
    }

    static func describe(_ f: Finding) -> String {
        let l = f.location
        return "p\(l.page ?? 0) l\(l.line ?? 0) c\(l.column ?? 0) [\(l.field ?? "-")] \(f.kind.rawValue) \(f.confidence.rawValue) \(f.value)"
    }

    func testTheScholarshipNoticeIsReadPageByPageWithItsTables() throws {
        let (summary, found) = try Self.scan("pdf/奖学金公示.pdf")
        XCTAssertEqual(summary.format, .pdf)
        let personal = found.filter { !$0.organisational && $0.kind != .record }.map(Self.describe)
        XCTAssertEqual(Array(personal.prefix(6)), [
            "p1 l4 c9 [-] name medium 孙丽华",           // 班主任孙丽华, in running text
            "p1 l4 c18 [-] mobile high 13500001111",
            "p1 l6 c2 [姓名] name high 郑雨涵",            // the table under its header row
            "p1 l6 c4 [身份证号] cn_id high 410105201203151023",
            "p1 l6 c5 [出生日期] birth_date high 2012-03-15",
            "p1 l6 c6 [家长手机] mobile high 13812340001",
        ])
        XCTAssertEqual(personal.count, 26)
        // Page 2 repeats the header: its rows are read under it, on their own page's lines.
        XCTAssertTrue(personal.contains("p2 l3 c4 [身份证号] cn_id high 410105201309176077"), "\(personal)")
        // The office's 咨询电话 and e-mail, and the address in the signature block, are the organisation's.
        XCTAssertEqual(Set(found.filter(\.organisational).map(\.value)), ["0371-65501234", "office@mingde.edu.cn", "郑州市金水区文化路88号"])
        // Each table row is a record, on its page.
        XCTAssertEqual(found.filter { $0.kind == .record }.map { "\($0.location.page ?? 0):\($0.location.line ?? 0)" },
                       ["1:4", "1:6", "1:7", "1:8", "1:9", "2:2", "2:3"])
    }

    /// Writer's PDF keeps no cell padding and wraps IDs, dates, phones and addresses over
    /// several lines of their cells: put together again, they give what the .docx gives.
    /// Blanks may differ: Writer sets Chinese apart from digits by a gap, which reads as a
    /// space. The landlines of the second table have no header in the PDF: 联系方式 spans
    /// them in the .docx, but in the PDF it is only a word over the mobiles.
    func testPDFsExportedByWriterGiveTheValuesOfTheirWordDocuments() throws {
        for name in ["notice", "roster_table"] {
            let (_, found) = try Self.scan("libreoffice/\(name).pdf")
            let original = try XLSXFixturesTests.scanDocument(Self.root.appendingPathComponent("docx/\(name).docx").path)
            func values(_ findings: [Finding]) -> [String] {
                findings.filter { $0.kind != .record }.map { "\($0.kind.rawValue) \($0.value.filter { !$0.isWhitespace })" }.sorted()
            }
            XCTAssertEqual(values(found), values(original), name)
            XCTAssertEqual(found.filter { $0.kind == .record }.count, original.filter { $0.kind == .record }.count, name)
        }
        let (_, roster) = try Self.scan("libreoffice/roster_table.pdf")
        XCTAssertEqual(roster.filter { $0.kind == .cnID }.map(\.location.field), Array(repeating: "身份证号", count: 5))
        // Eight pupils and parents under 姓名; the line under the second table, inside its first
        // column and as close under it as a row, is a sentence (家长林健怡已签字确认。): running text.
        XCTAssertEqual(roster.filter { $0.kind == .name && $0.location.field == "姓名" }.count, 8)
        XCTAssertTrue(PDFCellText.isSentence(Array("已签字确认。".utf8)))
        XCTAssertFalse(PDFCellText.isSentence(Array("zhang.san@qq.com".utf8)))
        let first = roster.filter { $0.location.line == 3 && $0.kind != .record }.map(Self.describe)
        XCTAssertEqual(first.filter { $0.contains("cn_id") || $0.contains("mobile") },
                       ["p1 l3 c3 [身份证号] cn_id high 410105201803171474", "p1 l3 c5 [家长手机] mobile high 18623723588"])
    }

    /// The demo roster opened in Calc and printed: its columns split over five pages, each
    /// under its header row; the IDs Calc made numbers are shown in exponent form.
    func testARosterPrintedByCalc() throws {
        let (_, found) = try Self.scan("libreoffice/roster_print.pdf")
        var byField: [String: Int] = [:]
        for f in found where f.kind != .record { byField["\(f.kind.rawValue) \(f.location.field ?? "-")", default: 0] += 1 }
        XCTAssertEqual(byField["name 姓名"], 30)
        XCTAssertEqual(byField["name 家长姓名"], 30)
        XCTAssertEqual(byField["birth_date 出生日期"], 29)
        XCTAssertEqual(byField["mobile 家长手机"], 30)
        XCTAssertEqual(byField["address 家庭住址"], 30)
        XCTAssertEqual(byField["cn_id_truncated 身份证号"], 28)
        XCTAssertEqual(byField["email 电子邮箱"], 20)   // a column whose neighbour is empty: rows of one cell
        XCTAssertEqual(found.filter { $0.kind == .name }.count, 60)   // nothing else taken for a name
        XCTAssertEqual(Set(found.compactMap(\.location.page)), [1, 2, 3, 4])   // page 5: scores and remarks
    }

    /// Files attached to a PDF are read as an archive's members are, their findings naming them;
    /// a PDF that is itself a member does not open its attachments, and says so.
    func testAttachedFilesAreScannedAsMembers() throws {
        let (_, found) = try Self.scan("pdf/attachments.pdf")
        var byMember: [String: Int] = [:]
        for f in found where f.kind == .cnID { byMember[f.location.member ?? "-", default: 0] += 1 }
        // poppler gives a UTF-16 file name only up to its first ASCII character (报名名单.csv).
        XCTAssertEqual(byMember, ["报名名单": 1, "学生信息": 14])
        XCTAssertTrue(found.contains { $0.location.member == "学生信息" && $0.location.sheet == "学生信息" && $0.location.cell == "C2" })
        XCTAssertTrue(found.allSatisfy { $0.location.page == nil })
        let path = Self.root.appendingPathComponent("pdf/attachments.pdf").path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let engine = DetectionEngine(detectors: StandardDetectors.all())
        var sink = ReadTestSink()
        XCTAssertThrowsError(try SourceReader.scan(MemorySource(bytes, displayPath: "a.pdf"), engine: engine, sink: &sink,
                                                   chunkSize: SourceReader.defaultChunkSize, insideArchive: true)) { error in
            XCTAssertTrue("\(error)".contains("PDF attachments not scanned: 2 attached to a PDF inside an archive"), "\(error)")
            XCTAssertEqual(ErrorExplanations.chinese(for: "\(error)"), "PDF 的附件有的未能扫描（过大、无法读取，或附件里又有附件）")
        }
        XCTAssertTrue(sink.findings.isEmpty)   // the page names no one; its attachments were not opened
    }

    /// A filled form with a reviewer's notes (form_and_notes.pdf: ReportLab's fields filled by
    /// pypdf, which draws their values in Helvetica; a sticky note and a text box added by
    /// pypdf). A value the page draws legibly is read with the page, beside its printed label;
    /// one whose appearance lost its Chinese is read from the field, under its name and tooltip,
    /// the garble in its box left out; the notes are running text, field `annotation`, a line
    /// each. A form whose fields have no appearance, on a page with no text
    /// (form_fields_only.pdf, written by hand as some web systems write them), is read too.
    func testAnnotationsAndFilledFormFieldsAreRead() throws {
        let (_, found) = try Self.scan("pdf/form_and_notes.pdf")
        XCTAssertEqual(found.map(Self.describe), [
            "p1 l3 c2 [身份证号：] cn_id high 410105201001123817",
            "p1 l4 c2 [联系电话：] mobile high 13709156792",
            "p1 l0 c0 [xm（学生姓名）] name high 吴思琪",
            "p1 l0 c0 [jtzz（家庭住址）] address high 郑州市管城回族区紫荆山南路88号院2号楼",
            "p1 l0 c0 [-] record high ",
            // The sticky note's text, once (its pop-up window holds none of its own).
            "p1 l1 c11 [annotation] cn_id high 410102201207060285",
            "p1 l1 c32 [annotation] mobile medium 13505786222",
            // The text box's, not also its digits as drawn under the form's labels.
            "p1 l2 c8 [annotation] name medium 王梓涵",
            "p1 l2 c12 [annotation] mobile medium 13812345678",
            "p1 l2 c0 [-] record medium ",
        ])
        let bytes = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("pdf/form_and_notes.pdf")))
        XCTAssertEqual(try ReadTestSupport.scanWithEveryDetector(MemorySource(bytes, displayPath: "a.pdf")).1.map(Self.describe),
                       found.map(Self.describe))
        XCTAssertEqual(try Self.scan("pdf/form_fields_only.pdf").1.map(Self.describe), [
            "p1 l0 c0 [xm（学生姓名）] name high 王梓涵",
            "p1 l0 c0 [jtzz（家庭住址）] address high 郑州市管城回族区紫荆山南路88号院2号楼",
            "p1 l0 c0 [-] record high ",
        ])
    }

    func testAFieldIsReadUnderItsNameAndTooltip() {
        XCTAssertEqual(PDFAnnotation.fieldLabel(name: "xm", tooltip: "学生姓名"), "xm（学生姓名）")
        XCTAssertEqual(PDFAnnotation.fieldLabel(name: "学生姓名", tooltip: "学生姓名"), "学生姓名")
        XCTAssertEqual(PDFAnnotation.fieldLabel(name: "form.xm", tooltip: ""), "form.xm")
        XCTAssertEqual(PDFAnnotation.fieldLabel(name: "", tooltip: "家庭住址"), "家庭住址")
        XCTAssertEqual(PDFAnnotation.fieldLabel(name: "", tooltip: ""), "form field")
    }

    func testAttachmentNamesAsStored() {
        XCTAssertEqual(PDFDocument.fileName([0xFE, 0xFF, 0x62, 0xA5, 0x54, 0x0D]), "报名")
        XCTAssertEqual(PDFDocument.fileName(Array("roster.csv".utf8)), "roster.csv")
        XCTAssertEqual(PDFDocument.fileName(Array("名单.csv".utf8)), "名单.csv")
        XCTAssertEqual(PDFDocument.fileName([0x72, 0xE9, 0x73]), "rés")   // PDFDocEncoding, as Latin-1
    }

    /// A PDF that is not a file (an archive's member) is read from memory: the same findings.
    func testAPDFInMemoryGivesTheSameFindings() throws {
        let path = Self.root.appendingPathComponent("pdf/奖学金公示.pdf").path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let (_, fromMemory) = try ReadTestSupport.scanWithEveryDetector(MemorySource(bytes, displayPath: "a.pdf"))
        let (_, fromFile) = try Self.scan("pdf/奖学金公示.pdf")
        XCTAssertEqual(fromMemory.map(Self.describe), fromFile.map(Self.describe))
        XCTAssertFalse(fromFile.isEmpty)
    }

    func testEncryptedDamagedAndTextlessPDFsAreReportedNotPassed() throws {
        let cases = [("encrypted.pdf", "encrypted PDF"), ("truncated.pdf", "damaged PDF"), ("scanned.pdf", "PDF without text")]
        for (name, phrase) in cases {
            XCTAssertThrowsError(try Self.scan("pdf/\(name)"), name) { error in
                XCTAssertTrue("\(error)".contains(phrase), "\(name): \(error)")
                XCTAssertNotNil(ErrorExplanations.chinese(for: "\(error)"), name)
            }
        }
        XCTAssertThrowsError(try ReadTestSupport.scanWithEveryDetector(MemorySource("%PDF-1.7\nnothing else", displayPath: "x.pdf")))
        // Text on page 1, a scanned image on page 2, a blank page 3: page 1's findings, and an
        // error for page 2 alone (the blank page is passed).
        let engine = DetectionEngine(detectors: StandardDetectors.all())
        var sink = ReadTestSink()
        XCTAssertThrowsError(try SourceReader.scan(FileSource(path: Self.root.appendingPathComponent("pdf/mixed.pdf").path),
                                                   engine: engine, sink: &sink)) { error in
            XCTAssertTrue("\(error)".contains("PDF page 2 without text, only images"), "\(error)")
            XCTAssertNotNil(ErrorExplanations.chinese(for: "\(error)"))
        }
        XCTAssertEqual(sink.findings.map(Self.describe), ["p1 l1 c23 [-] mobile high 13912340007"])
        XCTAssertEqual(PDFReader.pages([3]), "page 3")
        XCTAssertEqual(PDFReader.pages(Array(2...31)), "pages 2–31")
        XCTAssertEqual(PDFReader.pages([1, 3, 4, 6]), "pages 1, 3–4, 6")
        XCTAssertEqual(PDFReader.pages(Array(stride(from: 1, through: 25, by: 2))), "pages 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 3 more")
        // Text that mentions the header further on is text, not a PDF.
        let (summary, _) = try ReadTestSupport.scanWithEveryDetector(MemorySource("see %PDF-1.7 in the spec", displayPath: "n.txt"))
        XCTAssertEqual(summary.format, .text)
    }

    /// Random damage to a real PDF gives findings or an error, never a trap.
    func testDamagedBytesNeverTrap() throws {
        let path = Self.root.appendingPathComponent("pdf/奖学金公示.pdf").path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var rng = SplitMix64(state: 7)
        for _ in 0..<150 {
            var damaged = bytes
            for _ in 0..<Int(rng.next() % 8 + 1) {
                damaged[Int(rng.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            if rng.next() % 4 == 0 { damaged.removeLast(Int(rng.next() % UInt64(damaged.count - 10))) }
            _ = try? ReadTestSupport.scanWithEveryDetector(MemorySource(damaged, displayPath: "d.pdf"))
        }
    }

    // MARK: - Page layout, word by word

    /// A word at `x`, on the line whose top is `y`, 10 points high, 6 points a character.
    private func word(_ text: String, _ x: Double, _ y: Double, space: Bool = false) -> PDFWord {
        PDFWord(text: Array(text.utf8), left: x, top: y, right: x + 6 * Double(text.unicodeScalars.count), bottom: y + 10,
                spaceAfter: space)
    }

    private func read(_ words: [PDFWord]) -> [Finding] {
        let engine = DetectionEngine(detectors: StandardDetectors.all())
        var sink = ReadTestSink()
        withUnsafeMutablePointer(to: &sink) { sink in
            var page = PDFPageStory(story: WordStory(field: nil, engine: engine, sink: sink))
            page.read(PDFLines.lines(words))
            page.story.finish()
            engine.finishRecord(sink: &sink.pointee)
        }
        return sink.findings.filter { $0.kind != .record }
    }

    private func describe(_ findings: [Finding]) -> [String] {
        findings.map { "l\($0.location.line ?? 0) c\($0.location.column ?? 0) [\($0.location.field ?? "-")] \($0.kind.rawValue) \($0.value)" }
    }

    func testWordsAtAnyDistanceOrNoneAreLaidOut() {
        // A damaged or hostile page (an OFD's CTM, a PDF's matrix) may place words at 1e300, at
        // infinity or at NaN: the layout buckets positions as integers, and must not trap.
        var words = [word("电话", 100, 20, space: true), word("13812345678", 130, 20)]
        for x in [1e300, -Double.infinity, .infinity, .nan] {
            for y in [20, 40, 60] { words.append(word("张梓涵", x, Double(y))) }
            words.append(PDFWord(text: Array("李浩然".utf8), left: 100, top: x, right: x, bottom: 300, spaceAfter: false))
        }
        XCTAssertEqual(read(words).filter { $0.kind == .mobile }.map(\.value), ["13812345678"])
    }

    func testWordsMakeLinesAndSegments() {
        let lines = PDFLines.lines([
            word("13812345678", 115, 20.5), word("电话", 100, 20, space: true),   // out of order, one line
            word("张", 100, 40), word("伟", 106, 40),                           // touching: one word
            word("A", 100, 60, space: true), word("B", 108, 60),                // a space
            word("序号", 100, 80), word("姓名", 140, 80),                         // a cell's gap
        ])
        XCTAssertEqual(lines.map { $0.segments.map { String(decoding: $0.text, as: UTF8.self) } },
                       [["电话 13812345678"], ["张伟"], ["A B"], ["序号", "姓名"]])
    }

    /// A Word form's label padded to line up with longer ones (`姓　　名：`) comes out of the text
    /// layer as one character, a gap, and the other with the colon: one label again. Two cells
    /// that merely stand apart stay two.
    func testAPaddedLabelIsJoined() {
        let lines = PDFLines.lines([
            word("姓", 100, 20), word("名：彭慧洋", 130, 20),
            word("性", 100, 40), word("别：女", 130, 40),
            word("男", 100, 60), word("汉族", 130, 60),
        ])
        XCTAssertEqual(lines.map { $0.segments.map { String(decoding: $0.text, as: UTF8.self) } },
                       [["姓名：彭慧洋"], ["性别：女"], ["男", "汉族"]])
        XCTAssertEqual(describe(read([word("姓", 100, 20), word("名：彭慧洋", 130, 20)])), ["l1 c4 [-] name 彭慧洋"])
    }

    /// Running text wrapped at the right margin goes on in the next line: a label and its value,
    /// an ID cut in two are one text again, each line still counted. A line set to the right (a
    /// document's number) and a paragraph's last line do not run into the next.
    func testRunningTextWrappedAtTheMarginIsJoined() {
        let found = read([
            word("文号：二七检〔2024〕9号", 110, 10),                         // 15 characters, set right: to 200
            word("如有异议请向民政所反映，家长王建国身份证号4101", 50, 30),   // 25 characters: 50 to 200
            word("05201303121235，请拨打家长联系电话：", 50, 44),
            word("13812345678。公示期七天。", 50, 58),
            word("李娜（410105201211054565）：", 50, 80),
        ])
        XCTAssertEqual(describe(found), [
            "l2 c15 [-] name 王建国", "l2 c22 [-] cn_id 410105201303121235", "l4 c1 [-] mobile 13812345678",
            "l5 c1 [-] name 李娜", "l5 c4 [-] cn_id 410105201211054565",
        ])
    }

    /// A numbered list printed with blanks between its columns, its widest item filling the
    /// text's width: each item is its line, not a paragraph wrapped into the next, so the list
    /// is read under its header line.
    func testItemsOfANumberedListDoNotWrap() {
        let found = read([
            word("录取名单公示", 50, 30),
            word("序号 姓名 原就读小学", 50, 46),
            word("1 高可馨 金水区文化路第一小学", 50, 62),
            word("2 夏子轩 金水区经三路小学", 50, 78),
        ])
        XCTAssertEqual(describe(found), ["l3 c3 [姓名] name 高可馨", "l4 c3 [姓名] name 夏子轩"])
    }

    /// A table typed with single blanks between its columns, the page's gaps cutting its lines
    /// apart only here and there: read as a text file's lines, its columns found by their blanks.
    func testATableTypedWithBlanksIsReadAsText() {
        let found = read([
            word("录取名单公示", 50, 30),
            word("序号 姓名", 50, 50), word("身份证号", 112, 50), word("原就读小学", 188, 50),
            word("1", 50, 68), word("高可馨 410105201211054565 金水区经三路小学", 66, 68),
            word("2", 50, 86), word("夏子轩 410105201303121235 金水区农业路小学", 66, 86),
        ])
        XCTAssertEqual(found.filter { $0.kind == .name }.map { "\($0.location.field ?? "-") \($0.value)" }, ["姓名 高可馨", "姓名 夏子轩"])
    }

    /// A column of numbers written in groups repeats its groups' left edges on every row, as a
    /// column's edge repeats: the groups stay one cell. A column set close against the one
    /// before it (`1 马秀琳`) is still a column of its own.
    func testNumbersWrittenInGroupsStayOneCell() {
        var words = [word("序号", 50, 100), word("姓名", 80, 100), word("资助卡号", 140, 100)]
        for (row, card) in ["6217 0010 7539 4013 630", "6217 0044 7966 1514 675", "6217 0057 3057 8149 271"].enumerated() {
            let y = 111 + 11 * Double(row)
            words += [word("\(row + 1)", 72, y, space: true), word(["马秀琳", "张刚然", "郭秀欣"][row], 80, y)]
            for (k, group) in card.split(separator: " ").enumerated() {
                words.append(word(String(group), 140 + 30 * Double(k), y, space: k < 4))
            }
        }
        XCTAssertEqual(PDFLines.lines(words).map { $0.segments.map { String(decoding: $0.text, as: UTF8.self) } }, [
            ["序号", "姓名", "资助卡号"],
            ["1", "马秀琳", "6217 0010 7539 4013 630"], ["2", "张刚然", "6217 0044 7966 1514 675"], ["3", "郭秀欣", "6217 0057 3057 8149 271"],
        ])
    }

    /// A table drawn without cell padding: rows as close as the lines inside a cell. Wrapped
    /// lines leave the first column empty; the ID is put together over three lines.
    func testCellsWrappedOverLinesArePutTogether() {
        let found = read([
            word("序号", 50, 100), word("姓名", 100, 100), word("身份证号", 200, 100), word("家长手机", 320, 100),
            word("1", 50, 111), word("张子涵", 100, 111), word("41010520", 200, 111), word("1381234", 320, 111),
            word("13031212", 200, 122), word("5678", 320, 122),
            word("35", 200, 133),
            word("2", 50, 144), word("李浩然", 100, 144), word("410105201211054565", 200, 144), word("13987654321", 320, 144),
        ])
        XCTAssertEqual(describe(found), [
            "l2 c2 [姓名] name 张子涵", "l2 c3 [身份证号] cn_id 410105201303121235", "l2 c4 [家长手机] mobile 13812345678",
            "l5 c2 [姓名] name 李浩然", "l5 c3 [身份证号] cn_id 410105201211054565", "l5 c4 [家长手机] mobile 13987654321",
        ])
    }

    /// A header cell over two columns (联系方式: mobile and landline) is placed again by the
    /// row under it; a line of running text under the table, however close, ends it.
    func testAHeaderCellOverTwoColumnsAndTextUnderTheTable() {
        let found = read([
            word("姓名", 50, 100), word("联系方式", 160, 100),
            word("张子涵", 50, 114), word("13812345678", 150, 114), word("0371-65501234", 260, 114),
            word("以下为家长签字确认：家长李建国已签字", 50, 125),
        ])
        XCTAssertEqual(describe(found), [
            "l2 c1 [姓名] name 张子涵", "l2 c2 [联系方式] mobile 13812345678", "l2 c3 [-] landline 0371-65501234",
            "l3 c13 [-] name 李建国",
        ])
    }

    /// A spreadsheet printed to PDF (LibreOffice Calc): a right-aligned number close against the
    /// name beside it, with a space between them, yet the names' left edge repeats on every row;
    /// IDs shown in Excel's exponent form are numbers that lost their last digits; a column the
    /// others leave empty still gives rows of one cell.
    func testASpreadsheetPrintedToPDF() {
        var words = [word("序号", 50, 100, space: true), word("姓名", 80, 100), word("身份证号", 160, 100), word("备注", 320, 100)]
        let names = ["马秀琳", "张刚然", "郭秀欣"]
        for (k, name) in names.enumerated() {
            let y = 116 + 16 * Double(k)
            words += [word("\(k + 1)", 60, y, space: true), word(name, 80, y), word("3.7010220100118\(k)E+017", 160, y)]
        }
        words.append(word("lisong2012@qq.com", 320, 164))
        XCTAssertEqual(describe(read(words)), [
            "l2 c2 [姓名] name 马秀琳", "l2 c3 [身份证号] cn_id_truncated 370102201001180000",
            "l3 c2 [姓名] name 张刚然", "l3 c3 [身份证号] cn_id_truncated 370102201001181000",
            "l4 c2 [姓名] name 郭秀欣", "l4 c3 [身份证号] cn_id_truncated 370102201001182000",
            "l5 c4 [备注] email lisong2012@qq.com",
        ])
    }

    /// A line alone set out in two segments is running text: its label stays beside the value.
    func testALineAloneIsRunningText() {
        let found = read([word("参加活动的学生请核对：", 50, 80), word("身份证号：", 50, 100), word("41010220171008345X", 150, 100)])
        XCTAssertEqual(found.map { "\($0.location.line ?? 0) \($0.kind.rawValue) \($0.confidence.rawValue)" }, ["2 cn_id high"])
    }

    func testWrappedCellTextIsJoinedAsItWasCut() {
        func join(_ a: String, _ b: String) -> String {
            String(decoding: PDFCellText.joined(Array(a.utf8), Array(b.utf8)), as: UTF8.self)
        }
        XCTAssertEqual(join("河南省郑州", "市金水区"), "河南省郑州市金水区")
        XCTAssertEqual(join("41010520", "18031714"), "4101052018031714")    // a number cut by the cell's edge
        XCTAssertEqual(join("2018-03-", "17"), "2018-03-17")
        XCTAssertEqual(join("zhang.san@exam", "ple.com"), "zhang.san@example.com")
        XCTAssertEqual(join("13812345678", "13987654321"), "13812345678 13987654321")  // two whole phones
        XCTAssertEqual(join("路 88 号", "3 栋"), "路 88 号 3 栋")
        XCTAssertEqual(join("No. 5,", "Road"), "No. 5, Road")
    }

    /// Lines as wide as the page that end with a whole mobile do not wrap into the next (a duty
    /// roster's lines): the next line's date or name is no part of the number.
    func testALineEndingWithAWholeNumberDoesNotWrap() {
        let lines = [word("1月18日—1月24日  男生1号楼  范振华  手机 15837349519", 50, 100),
                     word("1月25日—1月31日  女生2号楼  万永华  手机 17794174945", 50, 112)]
        XCTAssertEqual(read(lines).filter { $0.kind == .mobile }.map(\.value), ["15837349519", "17794174945"])
        XCTAssertTrue(PDFCellText.endsWithWholeNumber(Array("手机 15837349519".utf8)))
        XCTAssertFalse(PDFCellText.endsWithWholeNumber(Array("编号 4101052018".utf8)))
    }

    /// Under a letterhead's line set out in segments, a salutation is running text, and so is a
    /// masthead's line wrapped onto the next: the school's contacts are not a table's cells.
    func testALetterheadOverASalutationOrItsWrappedEndIsNoTable() {
        let letterhead = [word("郑州市第四十七中学", 50, 100), word("地址：郑州市金水区纬五路10号", 200, 100),
                          word("电话：0371-63961234", 400, 100)]
        XCTAssertEqual(read(letterhead + [word("各位家长：", 50, 116)]).filter { !$0.organisational }.map(\.value), [])
        XCTAssertEqual(read(letterhead + [word("关于2025年春季开学工作的通知", 50, 116)]).filter { !$0.organisational }.map(\.value), [])
        let masthead = [word("主办：郑州市第八十一中学", 50, 100), word("地址：郑州市金水区文化路86号", 200, 100),
                        word("投稿邮箱：xiaobao81@163.com", 400, 100), word("电话：0371-63912870", 50, 112)]
        XCTAssertEqual(read(masthead).filter { !$0.organisational }.map(\.value), [])
    }

    /// Lines of fields set out with wide blanks (a contract's party over its address and phone,
    /// a letterhead over a document number, a contact line over its phones) are running text,
    /// no table: the organisation each line or the line above names speaks for their values.
    func testLinesOfFieldsAreRunningTextNoTable() {
        let contract = [word("甲方：郑州市金水区纬五路第二小学", 50, 80),
                        word("地址：郑州市金水区纬五路36号", 50, 100), word("电话：0371-65512368", 250, 100),
                        word("乙方：＿＿＿＿＿＿", 50, 120), word("身份证号码：＿＿＿＿＿＿", 250, 120)]
        XCTAssertEqual(read(contract).filter { !$0.organisational }.map(\.value), [])
        let letterhead = [word("郑州市第八十二中学", 50, 100), word("电话：0371-63920215", 200, 100),
                          word("地址：郑州市金水区纬五路36号", 350, 100),
                          word("发文编号：郑八十二〔2024〕15号", 50, 120), word("日期：2024年9月1日", 250, 120)]
        XCTAssertEqual(read(letterhead).filter { !$0.organisational }.map(\.value), [])
        let contacts = [word("联系人：人事科", 50, 100), word("李老师", 200, 100),
                        word("联系电话：0371-63912345", 50, 120), word("0371-63912346", 250, 120)]
        XCTAssertEqual(read(contacts).filter { !$0.organisational }.map(\.value), [])
        // A form's fields on lines of their own still give a person's values under their labels.
        let form = [word("姓名：张梓涵", 50, 100), word("性别：女", 200, 100),
                    word("身份证号：41010220171008345X", 50, 120), word("家长手机：13812345678", 250, 120)]
        XCTAssertEqual(read(form).map { "\($0.kind.rawValue) \($0.value)" },
                       ["name 张梓涵", "cn_id 41010220171008345X", "mobile 13812345678"])
        XCTAssertTrue(PDFCellText.isFieldLine([Array("联系人：人事科".utf8), Array("李老师".utf8)]))
        XCTAssertFalse(PDFCellText.isFieldLine([Array("姓名：".utf8), Array("性别：".utf8)]))
        XCTAssertFalse(PDFCellText.isFieldLine([Array("序号".utf8), Array("姓名".utf8)]))
    }
}
