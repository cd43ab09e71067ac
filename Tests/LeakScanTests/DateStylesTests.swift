import XCTest
@testable import LeakScan

/// Which number formats show a date, and the date a serial number stands for.
final class DateStylesTests: XCTestCase {
    private func iso(_ serial: String, date1904: Bool = false) -> String? {
        Array(serial.utf8).withUnsafeBufferPointer { DateStyles(date1904: date1904).isoDate(serial: $0) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    func testCustomFormatsWithAYearOrADayAndNoTimeAreDates() {
        for code in ["yyyy/m/d;@", "yyyy\"年\"m\"月\"d\"日\"", "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", "m/d/yy", "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\""] {
            XCTAssertTrue(DateStyles.isDateFormat(Array(code.utf8)), code)
        }
        // Numbers, text, a time of day or a timestamp, and a letter inside quotes or brackets.
        for code in ["General", "0.00", "@", "#,##0", "h:mm", "yyyy/m/d h:mm", "mm:ss", "0\"天\"", "[Red]0.00", "\"day\"0", "0.00E+00"] {
            XCTAssertFalse(DateStyles.isDateFormat(Array(code.utf8)), code)
        }
    }

    func testSerialsAreDaysOfExcelsCalendar() {
        XCTAssertEqual(iso("43651"), "2019-07-05")
        XCTAssertEqual(iso("39519"), "2008-03-12")
        XCTAssertEqual(iso("39519.75"), "2008-03-12")
        XCTAssertEqual(iso("1"), "1900-01-01")
        XCTAssertEqual(iso("59"), "1900-02-28")
        XCTAssertEqual(iso("61"), "1900-03-01")
        XCTAssertEqual(iso("42189", date1904: true), "2019-07-05")
        // Excel's 1900-02-29, which never was; no number; beyond 9999; nothing.
        for junk in ["60", "0", "-5", "1.5E4", "abc", "", "2958466"] {
            XCTAssertNil(iso(junk), junk)
        }
    }

    func testBuiltInAndCustomStylesFromStylesXML() throws {
        let xml = """
            <styleSheet><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy/m/d;@"/><numFmt numFmtId="177" formatCode="0.00_ "/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
            <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="22"/></cellXfs></styleSheet>
            """
        let parser = StylesParser()
        let push = try XMLPushParser(handler: parser, partName: "xl/styles.xml")
        try Array(xml.utf8).withUnsafeBufferPointer { try push.feed($0) }
        try push.finish()
        XCTAssertEqual(parser.isDateStyle, [false, true, true, false, false])
    }
}
