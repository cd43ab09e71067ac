/// The text of a worksheet's page header or footer (`<oddHeader>`, `<firstFooter>` …) without
/// Excel's codes: `&L`, `&C`, `&R` open the left, centre and right sections (a line each here),
/// `&"宋体,常规"` names a font, `&12` a size, `&K` and six hex digits a colour, `&P`, `&N`, `&D`,
/// `&T`, `&F`, `&A`, `&Z`, `&G` stand for fields, `&B`, `&I`, `&U`, `&E`, `&S`, `&X`, `&Y`, `&O`,
/// `&H` toggle styles, and `&&` is an ampersand (ECMA-376 Part 1, 18.3.1.36).
enum PageMarginText {
    static func plain(_ coded: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(coded.count)
        var i = 0
        while i < coded.count {
            let b = coded[i]
            guard b == UInt8(ascii: "&"), i + 1 < coded.count else {
                out.append(b)
                i += 1
                continue
            }
            let code = coded[i + 1]
            i += 2
            switch code {
            case UInt8(ascii: "&"):
                out.append(code)
            case UInt8(ascii: "L"), UInt8(ascii: "C"), UInt8(ascii: "R"):
                if !out.isEmpty, out.last != 0x0A { out.append(0x0A) }
            case UInt8(ascii: "\""):
                while i < coded.count, coded[i] != UInt8(ascii: "\"") { i += 1 }
                i += 1
            case UInt8(ascii: "K"):
                i = min(coded.count, i + 6)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while i < coded.count, isDigit(coded[i]) { i += 1 }
            default:
                out.append(0x20)  // a field or a style: a blank keeps the words apart
            }
        }
        return out
    }
}
