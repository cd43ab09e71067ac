import XCTest
@testable import LeakScan

final class CalendarDateTests: XCTestCase {
    func testMonthLengthsAndLeapYears() {
        XCTAssertTrue(CalendarDate.isValid(year: 2023, month: 1, day: 31))
        XCTAssertFalse(CalendarDate.isValid(year: 2023, month: 4, day: 31))
        XCTAssertTrue(CalendarDate.isValid(year: 2024, month: 2, day: 29))
        XCTAssertFalse(CalendarDate.isValid(year: 2023, month: 2, day: 29))
        XCTAssertTrue(CalendarDate.isValid(year: 2000, month: 2, day: 29))
        XCTAssertFalse(CalendarDate.isValid(year: 1900, month: 2, day: 29))
        XCTAssertFalse(CalendarDate.isValid(year: 2024, month: 2, day: 30))
        XCTAssertFalse(CalendarDate.isValid(year: 2024, month: 0, day: 1))
        XCTAssertFalse(CalendarDate.isValid(year: 2024, month: 13, day: 1))
        XCTAssertFalse(CalendarDate.isValid(year: 2024, month: 1, day: 0))
    }

    func testPlausibleBirth() {
        XCTAssertTrue(CalendarDate.isPlausibleBirth(year: 1900, month: 1, day: 1))
        XCTAssertFalse(CalendarDate.isPlausibleBirth(year: 1899, month: 12, day: 31))
        XCTAssertTrue(CalendarDate.isPlausibleBirth(year: 2010, month: 6, day: 15))
        XCTAssertFalse(CalendarDate.isPlausibleBirth(year: 2010, month: 2, day: 30))
        let t = CalendarDate.today
        XCTAssertTrue(CalendarDate.isPlausibleBirth(year: t.year, month: t.month, day: t.day))
        XCTAssertFalse(CalendarDate.isPlausibleBirth(year: t.year + 1, month: 1, day: 1))
    }

    func testTodayIsASaneDate() {
        let t = CalendarDate.today
        XCTAssertTrue(CalendarDate.isValid(year: t.year, month: t.month, day: t.day))
        XCTAssertGreaterThanOrEqual(t.year, 2025)
    }
}
