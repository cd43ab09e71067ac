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
