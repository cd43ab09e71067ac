import XCTest
@testable import LeakScan

/// Excel's number quirks: IDs kept as 15 significant digits, exponent forms, serial dates.
final class SpreadsheetNumberTests: XCTestCase {
    private func expand(_ text: String) -> String? {
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: NumericCellText.maximumDigits)
        defer { out.deallocate() }
        return Array(text.utf8).withUnsafeBufferPointer { raw in
            NumericCellText.expandFloatForm(raw, into: out).map { String(decoding: out[0..<$0.length], as: UTF8.self) }
        }
    }

    func testExponentFormsAreWrittenOut() {
        XCTAssertEqual(expand("4.10105200803121E+17"), "410105200803121000")
        XCTAssertEqual(expand("4.101052008031212e+17"), "410105200803121200")
        XCTAssertEqual(expand("1.3812345678E10"), "13812345678")
        XCTAssertEqual(expand("1.3812345678E+10"), "13812345678")
        XCTAssertEqual(expand("5E3"), "5000")
        XCTAssertEqual(expand("0.5E1"), "5")
        XCTAssertEqual(expand("1.50E1"), "15")
        // A whole number as a float (pandas).
        XCTAssertEqual(expand("13812345678.0"), "13812345678")
        XCTAssertEqual(expand("13812345678.00"), "13812345678")
    }

    func testPaddingIsKnown() {
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: NumericCellText.maximumDigits)
        defer { out.deallocate() }
        func padded(_ text: String) -> Bool? {
            Array(text.utf8).withUnsafeBufferPointer { NumericCellText.expandFloatForm($0, into: out)?.isPadded }
        }
        XCTAssertEqual(padded("4.30104201608218E+017"), true)   // LibreOffice: 15 digits of 18
        XCTAssertEqual(padded("1.3812345678E10"), false)         // all 11 digits kept
        XCTAssertEqual(padded("1.50E1"), false)
    }

    func testPaddedNumberIsNeverAWholeID() {
        // LibreOffice stores 430104201608217454 as 4.30104201608218E+017; written out, the padding
        // happens to pass the checksum. It is still an ID that lost its last digits.
        let text = Array("430104201608218000".utf8)
        var sink = CollectingSink()
        var locator = IdentityLocator()
        let column = Column(number: 1, header: "身份证号")
        let engine = DetectionEngine()
        text.withUnsafeBufferPointer { window in
            withExtendedLifetime(column) {
                engine.scan(Piece(window: window, scan: 0..<window.count, column: column,
                                  isNumber: true, isApproximate: true), locator: &locator, sink: &sink)
            }
        }
        engine.finishRecord(sink: &sink)
        XCTAssertEqual(sink.findings.map(\.kind), [.cnIDTruncated])
        XCTAssertEqual(truncated("430104201608218000", header: "身份证号").map(\.kind), [.cnID])   // all 18 digits stored
    }

    func testQuickFloatFormTest() {
        func maybe(_ s: String) -> Bool { Array(("ab" + s + "cd").utf8).withUnsafeBufferPointer { NumericCellText.mayBeFloatForm($0, 2..<2 + s.utf8.count) } }
        for text in ["4.10105200803121E+17", "4.1e+17", "1E+12", "1e+1x", "3.70102201001185E+017", "13812345678.0"] {
            XCTAssertTrue(maybe(text), text)
        }
        for text in ["13812345678", "1.3812345678E10", "E+17", "Street", "1e+5", "张伟", "", "E+017", "1E+117", "95.0", "1.5.0",
                     "138123x5678.0"] {
            XCTAssertFalse(maybe(text), text)
        }
    }

    func testOtherNumbersStayAsWritten() {
        XCTAssertNil(expand("13812345678"))          // no exponent: scanned as written
        XCTAssertNil(expand("39519.5"))
        XCTAssertNil(expand("39519.50"))
        XCTAssertNil(expand("1.5E-3"))               // not a whole number
        XCTAssertNil(expand("1.25E1"))               // 12.5
        XCTAssertNil(expand("1E25"))                 // longer than any value we look for
        XCTAssertNil(expand("1.2E"))
        XCTAssertNil(expand("E5"))
        XCTAssertNil(expand("1.2E5x"))
    }

    private func truncated(_ text: String, header: String? = nil, isNumber: Bool = true) -> [Finding] {
        findings(in: text, header: header, isNumber: isNumber, detectors: StandardDetectors.all())
    }

    func testTruncatedIDInNumberCell() {
        let found = truncated("410105200803121000", header: "身份证号")
        XCTAssertEqual(found.map(\.kind), [.cnIDTruncated])
        XCTAssertEqual(found.map(\.confidence), [.high])
        XCTAssertEqual(truncated("410105200803121000").map(\.confidence), [.medium])
    }

    func testTruncatedIDNeedsANumberCellARegionAndABirthDate() {
        XCTAssertEqual(truncated("410105200803121000", isNumber: false).map(\.kind), [])   // text: just a number
        XCTAssertEqual(truncated("990105200803121000").map(\.kind), [])                    // no such province
        XCTAssertEqual(truncated("410105200813121000").map(\.kind), [])                    // month 13
        XCTAssertEqual(truncated("410105210803121000").map(\.kind), [])                    // born in the future
        XCTAssertEqual(truncated("41010520080312100").map(\.kind), [])                     // 17 digits
        // Under a thing's code an asset register's number is the code (its XML or JSON writes
        // it whole); an ID's header keeps it an ID's.
        XCTAssertEqual(truncated("410105202301150037", header: "资产编号").map(\.kind), [])
        XCTAssertEqual(truncated("410105200803121000", header: "资产编号").map(\.kind), [])
        XCTAssertEqual(truncated("410105200803121000", header: "身份证号（资产登记人）").map(\.kind), [.cnIDTruncated])
    }

    func testTruncatedIDWrittenOutInATextCellUnderAnIDHeader() {
        // A CSV saved by Excel from a number column: the 15 digits it kept, then zeros.
        let cell = truncated("410105200803121000", header: "身份证号", isNumber: false)
        XCTAssertEqual(cell.map(\.kind), [.cnIDTruncated])
        XCTAssertEqual(cell.map(\.confidence), [.high])
        XCTAssertEqual(truncated("410105200803121230", header: "身份证号", isNumber: false).map(\.kind), [])  // not zeros
        XCTAssertEqual(truncated("410105200803121000", header: "学号", isNumber: false).map(\.kind), [])      // no ID header
        XCTAssertEqual(truncated("号码 410105200803121000", header: "身份证号", isNumber: false).map(\.kind), [])  // not alone
        // A whole ID that happens to end in 000 passes the checksum: an ID, not a truncated one.
        let id = (10...28).lazy.flatMap { day in (1...9).lazy.map { SyntheticID.make(region: "410105", birth: "200803\(day)", order: "\($0)00") } }
            .first { $0.hasSuffix("000") }!
        XCTAssertEqual(truncated(id, header: "身份证号", isNumber: false).map(\.kind), [.cnID])
    }

    func testFullIDInNumberCellIsAnID() {
        // Exporters write all 18 digits of a number cell; a valid check digit makes it an ID.
        let id = SyntheticID.find(region: "410105", birth: "20080312") { !$0.hasSuffix("X") }
        XCTAssertEqual(truncated(id, header: "身份证号").map(\.kind), [.cnID])
        // The same number with its last three digits lost to Excel's 15 significant digits.
        XCTAssertEqual(truncated(String(id.prefix(15)) + "000", header: "身份证号").map(\.kind), [.cnIDTruncated])
    }

    func testPhoneInNumberCell() {
        XCTAssertEqual(truncated("13812345678", header: "家长手机").map(\.kind), [.mobile])
    }

    func testSerialBirthDateUnderBirthHeader() {
        let detectors = [BirthDateDetector()]
        let found = findings(in: "39519", header: "出生日期", isNumber: true, detectors: detectors)
        XCTAssertEqual(found.map(\.value), ["39519"])
        XCTAssertEqual(found.map(\.kind), [.birthDate])
        XCTAssertEqual(findings(in: "39519.25", header: "出生日期", isNumber: true, detectors: detectors).map(\.value), ["39519.25"])
        // A text cell of the five digits alone too (a CSV saved from a sheet's General column).
        XCTAssertEqual(findings(in: "39519", header: "出生日期", isNumber: false, detectors: detectors).map(\.value), ["39519"])
        // Not a birth column, more than the serial in a text cell, or not a plausible birth date: nothing.
        XCTAssertEqual(findings(in: "39519", header: "入学日期", isNumber: true, detectors: detectors).count, 0)
        XCTAssertEqual(findings(in: "编号39519", header: "出生日期", isNumber: false, detectors: detectors).count, 0)
        XCTAssertEqual(findings(in: "99999", header: "出生日期", isNumber: true, detectors: detectors).count, 0)
        // A year under 出生年份 is no serial of 1905.
        XCTAssertEqual(findings(in: "1988", header: "出生年份", isNumber: true, detectors: detectors).count, 0)
    }

    func testUnixTimestampBirthDateUnderBirthHeader() {
        // 2008-03-12 and 1965-05-01 at midnight in China, in milliseconds (Jackson, JavaScript)
        // and in seconds.
        let detectors = [BirthDateDetector()]
        // 1972-01-17 and 1966-12-21 in milliseconds: eleven digits, a retiring teacher's birth.
        for stamp in ["1205251200000", "1205251200", "-147427200000", "-147427200", "1205251200000.0", "64512000000", "-95500800000"] {
            XCTAssertEqual(findings(in: stamp, header: "birthday", isNumber: true, detectors: detectors).map(\.value), [stamp])
        }
        // Not a birth column, not a number, in the future, or no timestamp's length: nothing.
        XCTAssertEqual(findings(in: "1205251200000", header: "createTime", isNumber: true, detectors: detectors).count, 0)
        XCTAssertEqual(findings(in: "1205251200000", header: "csrq", isNumber: false, detectors: detectors).count, 0)
        XCTAssertEqual(findings(in: "4102416000", header: "出生日期", isNumber: true, detectors: detectors).count, 0)
        XCTAssertEqual(findings(in: "120525120000000", header: "出生日期", isNumber: true, detectors: detectors).count, 0)
        XCTAssertEqual(findings(in: "-39519", header: "出生日期", isNumber: true, detectors: detectors).count, 0)
    }

    func testExcelSerialDates() {
        XCTAssertTrue(CalendarDate.fromExcelSerial(39519)! == (2008, 3, 12))
        XCTAssertTrue(CalendarDate.fromExcelSerial(61)! == (1900, 3, 1))
        XCTAssertTrue(CalendarDate.fromExcelSerial(36526)! == (2000, 1, 1))
        XCTAssertTrue(CalendarDate.fromExcelSerial(45658)! == (2025, 1, 1))
        XCTAssertNil(CalendarDate.fromExcelSerial(60))   // Excel's 1900-02-29, which never was
        XCTAssertNil(CalendarDate.fromExcelSerial(0))
    }

    func testDatesWrittenAsNumbersAreMaskedWhole() {
        // Excel's serial day shows the year it is, as other dates do; a timestamp nothing.
        XCTAssertEqual(Masker.mask("39519", kind: .birthDate), "2008-**-**")
        XCTAssertEqual(Masker.mask("1205251200000", kind: .birthDate), "*************")
        XCTAssertEqual(Masker.mask("-147427200", kind: .birthDate), "-*********")
        XCTAssertEqual(Masker.mask("2008-03-12", kind: .birthDate), "2008-**-**")
        XCTAssertEqual(Masker.mask("410105200803121000", kind: .cnIDTruncated), "410***************")
    }

    /// A one-sheet workbook of inline strings and number cells (`#28412`), by rows.
    private func workbook(_ rows: [[String]]) -> [UInt8] {
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let cells = rows.enumerated().map { r, row in
            "<row r=\"\(r + 1)\">" + row.enumerated().map { c, value in
                let ref = CellReference(column: c + 1, row: r + 1).name
                return value.hasPrefix("#") ? "<c r=\"\(ref)\"><v>\(value.dropFirst())</v></c>"
                    : "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
            }.joined() + "</row>"
        }.joined()
        return StoredZip.make([
            ("_rels/.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"r1\" Type=\"\(office)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns:r=\"\(office)\"><sheets><sheet name=\"预测\" sheetId=\"1\" r:id=\"s1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"s1\" Type=\"\(office)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", "<worksheet><sheetData>\(cells)</sheetData></worksheet>"),
        ])
    }

    func testAStatisticsSheetsPopulationsAndAmountsAreNoBirthDatesOrPhones() throws {
        // A bureau's forecast: births per district as number cells, which a birth date's column
        // reads as Excel's date serials, and amounts in 元 with a mobile's shape.
        func kinds(_ births: String) throws -> [Kind] {
            let rows = [["县（市、区）", births, "教育经费总投入（元）"], ["金水区", "#28412", "#13736752507"], ["二七区", "#19305", "#15812345678"]]
            return try ReadTestSupport.scanData(workbook(rows), name: "预测.xlsx").1.map(\.kind)
        }
        XCTAssertEqual(try kinds("2018年出生人口"), [])
        XCTAssertEqual(try kinds("出生日期"), [.birthDate, .birthDate])
    }

}
