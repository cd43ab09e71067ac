#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gregorian calendar checks for dates embedded in identifiers (birth dates in resident IDs, etc.).
enum CalendarDate {
    /// True for a real Gregorian date (leap years: divisible by 4, except centuries not divisible by 400).
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    /// A valid date from 1900 up to today (China time): a plausible birth date of a living person.
    static func isPlausibleBirth(year: Int, month: Int, day: Int) -> Bool {
        guard year >= 1900, isValid(year: year, month: month, day: day) else { return false }
        let t = today
        return (year, month, day) <= (t.year, t.month, t.day)
    }

    /// Today's date in China Standard Time (UTC+8, no daylight saving), read once from the system clock.
    static let today: (year: Int, month: Int, day: Int) = {
        var now = time(nil) + 8 * 3600
        var parts = tm()
        _ = gmtime_r(&now, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }()

    /// The date of an Excel serial day number (1900 date system: 1 is 1900-01-01, and Excel
    /// counts a 1900-02-29 that never was, serial 60). Nil outside 1900-03-01 … 9999-12-31.
    static func fromExcelSerial(_ serial: Int) -> (year: Int, month: Int, day: Int)? {
        guard serial >= 61, serial <= 2_958_465 else { return nil }
        return civil(daysSince1970: serial - 25_569)
    }

    /// `yyyy-mm-dd` of a date (`2008-03-12`).
    static func isoText(_ date: (year: Int, month: Int, day: Int)) -> String {
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)-\(twoDigits(date.month))-\(twoDigits(date.day))"
    }

    /// Proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's civil_from_days).
    static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
