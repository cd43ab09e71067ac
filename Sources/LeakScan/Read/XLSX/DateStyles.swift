/// Which cell styles of a workbook show a number as a date, read from `xl/styles.xml`: a date
/// typed into Excel is stored as its serial number (2019-07-05 is `43651`), and only the cell's
/// number format says it is one. A cell so styled is read as the date it shows, in ISO form
/// (`2019-07-05`), so that a birth date is found, masked and shown as a date, under its header
/// or beside a pupil's sex in a sheet with none.
///
/// A style shows a date when its number format is one of Excel's built-in dates (14–17, and the
/// East Asian 27–31, 36, 50–58) or a custom format with a year or a day in it (`yyyy/m/d;@`,
/// `yyyy"年"m"月"d"日"`), its quoted text and bracketed sections aside. Formats with a time of
/// day (`yyyy/m/d h:mm`) are left as numbers: a timestamp is no birth date.
struct DateStyles: Sendable {
    /// By `cellXfs` index (a cell's `s` attribute).
    private let isDateStyle: [Bool]
    /// The workbook counts days from 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac Excel).
    let date1904: Bool

    init(isDateStyle: [Bool] = [], date1904: Bool = false) {
        self.isDateStyle = isDateStyle
        self.date1904 = date1904
    }

    func isDate(style: Int) -> Bool {
        style >= 0 && style < isDateStyle.count && isDateStyle[style]
    }

    /// Built-in number formats that show a date and no time (ECMA-376 Part 1, 18.8.30, and the
    /// East Asian ids Excel assigns: 31 is `yyyy"年"m"月"d"日"` in a Chinese workbook).
    static let builtInDates: Set<Int> = [14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]

    /// A custom format code shows a date and no time: a year's or a day's letter outside quotes,
    /// brackets and escapes, and no hour's or second's.
    static func isDateFormat(_ code: [UInt8]) -> Bool {
        var hasDate = false
        var i = 0
        while i < code.count {
            let b = code[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                while i < code.count, code[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "["):
                while i < code.count, code[i] != UInt8(ascii: "]") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 1
            case UInt8(ascii: ";"):
                // The first section formats the positive numbers a date is.
                return hasDate
            default:
                switch b | 0x20 {
                case UInt8(ascii: "y"), UInt8(ascii: "d"): hasDate = true
                case UInt8(ascii: "h"), UInt8(ascii: "s"): return false
                default: break
                }
            }
            i += 1
        }
        return hasDate
    }

    /// The ISO date (`2019-07-05`) of a serial number written in `text` (its whole days; a time's
    /// fraction after them is dropped), nil when it is none: not a plain number, before the
    /// epoch, Excel's 1900-02-29 (a day that never was, kept for Lotus 1-2-3) or after 9999.
    func isoDate(serial text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var days = 0
        var i = 0
        while i < text.count, isDigit(text[i]) {
            days = days * 10 + Int(text[i] - UInt8(ascii: "0"))
            i += 1
            guard days <= Self.lastSerial else { return nil }
        }
        guard i > 0, i == text.count || text[i] == UInt8(ascii: ".") && text[(i + 1)...].allSatisfy(isDigit), days >= 1 else { return nil }
        let date: (year: Int, month: Int, day: Int)?
        if date1904 {
            date = CalendarDate.civil(daysSince1970: days + Self.daysTo1904)
        } else if days < 60 {
            // Before Excel's 1900-02-29 its days are the calendar's (1 is 1900-01-01).
            date = CalendarDate.civil(daysSince1970: days - 1 + Self.daysTo1900)
        } else {
            date = CalendarDate.fromExcelSerial(days)
        }
        guard let date else { return nil }
        return Array(CalendarDate.isoText(date).utf8)
    }

    /// 9999-12-31 in the 1900 system.
    private static let lastSerial = 2_958_465
    /// Days from 1970-01-01 back to 1900-01-01 and to 1904-01-01.
    private static let daysTo1900 = -25_567
    private static let daysTo1904 = -24_107
}

/// Reads `xl/styles.xml`: the custom number formats (`<numFmts>`), then the cell formats
/// (`<cellXfs>`, whose order a cell's `s` attribute counts in; `<cellStyleXfs>` are named
/// styles' bases, not counted).
final class StylesParser: XMLContentHandler {
    private var customDates: Set<Int> = []
    private var inCellFormats = false
    private(set) var isDateStyle: [Bool] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("numFmt") {
            if let id = attributes.value("numFmtId").flatMap(XMLAttributes.integer), let code = attributes.value("formatCode"),
               DateStyles.isDateFormat(Array(code)) {
                customDates.insert(id)
            }
        } else if name.is("cellXfs") {
            inCellFormats = true
        } else if inCellFormats, name.is("xf"), isDateStyle.count < Self.styleLimit {
            let id = attributes.value("numFmtId").flatMap(XMLAttributes.integer) ?? 0
            isDateStyle.append(DateStyles.builtInDates.contains(id) || customDates.contains(id))
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("cellXfs") { inCellFormats = false }
    }

    /// Excel allows 64,000 cell formats; a hostile file's are not all kept.
    private static let styleLimit = 65_536
}
