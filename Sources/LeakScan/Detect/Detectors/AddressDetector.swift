/// Home addresses (kind `address`):
/// - under an address header (家庭住址, 通讯地址, Address): any cell of at least two Han characters
///   that is not an empty-value word (无, 同上); under 学校地址 it is the organisation's, and under a
///   header that names no person (地址) it counts only beside other personal data of its row;
/// - in running text: a stretch that starts with a division name (河南省, 郑州, 金水区) or the
///   name of a street, village or estate (文化路, 张庄村, 阳光小区) and holds at least two address
///   markers, one of them after a number (路…号, 栋/单元/室, 村…组), or an estate's name followed by
///   building, unit and room (阳光花园26-3-604), or a county, a township and a village without a
///   number (新野县城关镇大柳树村); after a word introducing it (家住, 住址：), a division name and
///   a street, village or estate with no number (家住郑州市金水区宏光景园小区). The detector
///   wakes on the markers that follow numbers (号, 栋, 室, 组 …), on village markers (村), on
///   住 and 址 (the words introducing an address) and on numbers of three groups, and looks back
///   for the start.
/// An address after a school's name, or on a 地址： line under one (letterhead, footer), is the
/// organisation's own (`OrganisationContext`) and not reported by default.
final class AddressDetector: Detector, @unchecked Sendable {
    private let markers: AddressMarkers
    private let divisions: DivisionNames
    private let emptyValues: EmptyValues
    private let organisation: OrganisationContext
    private let keywords: HeaderKeywords
    /// Characters an address may reach back from its first number (the longest real prefix,
    /// 新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市 and a street, is about 30).
    static let reach = 40

    init(markers: AddressMarkers = .shared, divisions: DivisionNames = .shared, emptyValues: EmptyValues = .shared,
         organisation: OrganisationContext = OrganisationContext(), keywords: HeaderKeywords = .shared) {
        self.markers = markers
        self.keywords = keywords
        self.divisions = divisions
        self.emptyValues = emptyValues
        self.organisation = organisation
        super.init(trigger: [.cell, .han, .number], minimumDigits: 5, minimumGroups: 3)
    }

    override var hanTriggers: [Unicode.Scalar] { markers.triggers + [Self.zhu, Self.zhi] }

    /// 住 and 址, which the words introducing a home address hold: 住址, 住在, 住于 and 家住, 现住,
    /// 居住; X地址 when X says a home's (家庭地址, 家地址, 通讯地址, 联系地址, 户籍地址, 现地址: a
    /// plain 地址 may be an event's or a shop's, 活动地址：郑州市人民公园). Tested character by
    /// character: 住 and 址 are frequent in notices, and a word list's lookup costs more.
    private static let zhu: Unicode.Scalar = "住"
    private static let zhi: Unicode.Scalar = "址"
    private static let afterZhu = ScalarSet(["址", "在", "于"].map { Unicode.Scalar($0)!.value })
    private static let beforeZhu = ScalarSet(["家", "现", "居"].map { Unicode.Scalar($0)!.value })
    private static let homeBeforeDizhi = ScalarSet(["庭", "家", "讯", "系", "籍", "现"].map { Unicode.Scalar($0)!.value })

    override func wantsCells(under hints: ContextHints) -> Bool {
        hints.contains(.address) && !hints.contains(.email)
    }

    override func detect(cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        let hints = context.columnHints
        guard wantsCells(under: hints) else { return }
        let w = context.window
        var han = 0
        var i = cell.lowerBound
        while i < cell.upperBound, han < 2 {
            if HanText.han(w, at: i, end: cell.upperBound) != nil { han += 1; i += 3 } else { i += 1 }
        }
        // A cell ending with a colon is a question's label (问卷星's `6、意向实习企业：` in the header
        // row beside 家庭住址), not an answer.
        guard han >= 2, HanText.scalar(w, at: cell.upperBound - 3, end: cell.upperBound) != 0xFF1A, w[cell.upperBound - 1] != UInt8(ascii: ":"),
              !emptyValues.contains(w, cell), !Self.isDistance(cell, w), case let shape = shape(of: cell, w), shape.holdsPart, !shape.holdsPlaceholder
        else { return }
        // 家庭住址 is a person's; 学校地址 the school's; a plain 地址 is whoever the row is about:
        // a person's beside a name or phone, else a school's or office's (a list of schools). A
        // student dormitory is the school's, whatever the header, and so is a building an
        // organisation's name follows to the cell's end (an attendance clock's 打卡地址
        // …纬五路36号郑州市第四十七中学; its last two characters looked at first, as most cells
        // end in a room's number, 501室, or in no suffix).
        // A table of organisations with their staff named (供应商名称 | 联系人 | 地址) leaves them
        // the addresses (`.letterhead`, set by the header's settling).
        let organisational = (!hints.isDisjoint(with: [.organisation, .letterhead]) && !hints.contains(.person))
            || markers.dormitoryStarts(at: cell.lowerBound, in: w, end: cell.upperBound)
            || cell.count >= 6 && HanText.han(w, at: cell.upperBound - 6, end: cell.upperBound - 3) != nil
                && organisation.organisationNameEnds(at: cell.upperBound, in: w, lower: cell.lowerBound)
                && organisation.namesOrganisationAfterNumber(cell, w)
        matches.append(Match(kind: .address, confidence: .high, range: cell, organisational: organisational,
                             needsCompanion: !organisational && !hints.contains(.person)))
    }

    /// The cell opens with a label of a person's (a form's footer written across the column:
    /// `填表人：校医室` under 家庭住址): what follows is that person, not an address.
    private func opensWithPersonsLabel(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = OrganisationContext.colonAfterLabel(w, cell) else { return false }
        let hints = keywords.hints(in: w, range: cell.lowerBound..<colon)
        return !hints.isDisjoint(with: [.name, .person]) && !hints.contains(.address)
    }

    /// Whether the cell holds some part an address has (a number, a town: 乡, 镇, a street,
    /// village or estate: 路, 村, 小区, or a door's marker: 号, 栋, 室; a blank template's header
    /// beside an address header, 家庭住址 | 接送人, holds none, and a county's name alone,
    /// 河南省郑州市金水区, a statistics sheet's 户籍所在地, identifies no one), and whether a
    /// placeholder stands in it (a template's example or a masked value: `XX市XX区XX路XX号`,
    /// `××小区`, `某某村`, `郑州市金水区****`). One quick pass over its characters up to its first
    /// digit, which makes it an address; the Han characters are looked up only in a cell without
    /// digits.
    /// The cell is a distance or a time to travel, no address (a boarding form's `约32公里`
    /// beside its 家庭住址, under which a form's next field may be read): perhaps 约 or 大约, a
    /// number, a unit (公里, 千米, 里, 米, km, 分钟, 小时), perhaps 左右.
    private static func isDistance(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most cells end in none of the units' last bytes (里 8C, 米 and 右 B3, 钟 9F, 时 B6, m, M): one look.
        guard !cell.isEmpty, case let last = w[cell.upperBound - 1],
              last == 0x8C || last == 0xB3 || last == 0x9F || last == 0xB6 || last == UInt8(ascii: "m") || last == UInt8(ascii: "M")
        else { return false }
        var i = cell.lowerBound
        for word in aboutWords where HanText.has(word, in: w, at: i, end: cell.upperBound) {
            i += word.count
            break
        }
        let digits = i
        while i < cell.upperBound, isDigit(w[i]) || w[i] == UInt8(ascii: ".") { i += 1 }
        guard i > digits, let unit = distanceUnits.first(where: { HanText.has($0, in: w, at: i, end: cell.upperBound) }) else { return false }
        i += unit.count
        if HanText.has(roughly, in: w, at: i, end: cell.upperBound) { i += roughly.count }
        return i == cell.upperBound
    }

    private static let aboutWords = ["大约", "约"].map { Array($0.utf8) }
    private static let distanceUnits = ["公里", "千米", "里", "米", "km", "KM", "分钟", "小时"].map { Array($0.utf8) }
    private static let roughly = Array("左右".utf8)

    private func shape(of cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> (holdsPart: Bool, holdsPlaceholder: Bool) {
        let end = cell.upperBound
        var i = cell.lowerBound
        while i < end {
            let b = w[i]
            if b < 0x80 {
                // A number: an address (placeholders stand for names, and a cell of them has none),
                // unless it is a template's example (行政区划代码，如410105: an instruction row).
                if isDigit(b) { return (true, SampleValues.followsExampleWord(w, i, lower: cell.lowerBound)) }
                if Self.opensPlaceholder(w, at: i, end: end) { return (true, true) }
                i += 1
            } else if Self.opensPlaceholder(w, at: i, end: end) {
                return (true, true)
            } else {
                i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            }
        }
        // With no number, a form's instruction (详细到门牌号, 精确到村组) names an address's parts,
        // a blank form's levels, each a word alone, stand for them (省　　市　　区（县）　　街道（乡镇）),
        // and a person's label opens a form's footer written across the column (填表人：校医室).
        let text = UnsafeBufferPointer(rebasing: w[cell])
        if Self.instructionWords.contains(where: { ByteScanning.contains($0, in: text) }) || isLevelsOnly(cell, w)
            || opensWithPersonsLabel(cell, w) { return (true, true) }
        i = cell.lowerBound
        while i < end {
            // A division's name is read whole: 鼓楼区's 楼 is no building.
            if case let division = divisions.length(at: i, in: w, end: end), division > 0 {
                i += division
            } else if let s = HanText.han(w, at: i, end: end) {
                if Self.townCharacters.contains(s) || markers.place.length(at: i, in: w, end: end) > 0
                    || markers.numbered.length(at: i, in: w, end: end) > 0 && Self.followsNumeral(at: i, w, lower: cell.lowerBound) {
                    return (true, false)
                }
                i += 3
            } else {
                i += 1
            }
        }
        return (false, false)
    }

    /// A marker numbered without digits follows a Chinese numeral or a letter (三号楼, A座); after
    /// a word it is no door's (低保户, a household's category under 家庭住址).
    private static func followsNumeral(at i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        if i > lower, w[i - 1] < 0x80 { return isAlphanumeric(w[i - 1]) }
        return i - 3 >= lower && HanText.scalar(w, at: i - 3, end: i).map(ChineseNumerals.contains) == true
    }

    /// Every Han character of the cell names a level of an address and none a place: a blank
    /// form's printed levels, to be written in between.
    private func isLevelsOnly(_ cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = cell.lowerBound
        var levels = 0
        while i < cell.upperBound {
            if let s = HanText.han(w, at: i, end: cell.upperBound) {
                guard Self.levelCharacters.contains(s) else { return false }
                levels += 1
                i += 3
            } else {
                i += 1
            }
        }
        return levels >= 3
    }

    /// The characters of the levels a form prints for an address (省 市 区 县 街道 乡镇 村 组 路 号 …).
    private static let levelCharacters = ScalarSet("省市区县旗州盟乡镇街道村组社居委路号院楼栋幢单元室户".unicodeScalars.map(\.value))

    /// Words of a form's instruction about what to write, no part of an address (详细到门牌号).
    private static let instructionWords = ["门牌", "详细到", "精确到", "具体到"].map { Array($0.utf8) }

    /// A placeholder's or a mask's doubled character opens at `i`: XX, **, 某某, ＸＸ, ＊＊, ××.
    private static func opensPlaceholder(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        /// `character` (its UTF-8 bytes) stands twice at `i`.
        func twice(_ character: [UInt8]) -> Bool {
            let n = character.count
            guard i + 2 * n <= end else { return false }
            for k in 0..<n where w[i + k] != character[k] || w[i + n + k] != character[k] { return false }
            return true
        }
        switch w[i] {
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return i + 1 < end && w[i + 1] | 0x20 == UInt8(ascii: "x")
        case UInt8(ascii: "*"): return i + 1 < end && w[i + 1] == UInt8(ascii: "*")
        case 0xE6: return twice(mou)
        case 0xEF: return twice(fullwidthX) || twice(fullwidthStar)
        case 0xC3: return twice(times)
        default: return false
        }
    }

    /// Whether a placeholder stands in `range` (`opensPlaceholder`): a template's or a training
    /// text's example (小明家住在XX小区X号楼), no one's address.
    private static func holdsPlaceholder(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = w[i]
            // Character by character: most are Han (three bytes, opening E4–E9), and of those only
            // 某's lead byte opens a placeholder.
            if b < 0x80 || b == 0xE6 || b == 0xEF || b == 0xC3, opensPlaceholder(w, at: i, end: range.upperBound) { return true }
            i += ByteScanning.sequenceLength(lead: b)
        }
        return false
    }

    /// 某, Ｘ, ＊ and ×, which placeholders and masks double.
    private static let mou: [UInt8] = [0xE6, 0x9F, 0x90]
    private static let fullwidthX: [UInt8] = [0xEF, 0xBC, 0xB8]
    private static let fullwidthStar: [UInt8] = [0xEF, 0xBC, 0x8A]
    private static let times: [UInt8] = [0xC3, 0x97]

    /// 省 市 区 县 旗 州 盟 乡 镇: the ends of divisions' names.
    private static let townCharacters = ScalarSet(["乡", "镇"].map { Unicode.Scalar($0)!.value })

    override func detect(han scalar: Unicode.Scalar, at marker: Int, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let end = context.scan.upperBound
        let lower = context.isTableCell ? context.scan.lowerBound : max(0, marker - 3 * Self.reach - 16)
        if scalar == Self.zhu || scalar == Self.zhi {
            if let introduced = addressWithoutNumber(introducedAt: marker, w, lower: lower, end: end) {
                address(introduced, context, lower: lower).map(matches.append)
            }
            return
        }
        let markerLength = markers.numbered.length(at: marker, in: w, end: end)
        guard markerLength > 0 else {
            if let rural = ruralAddress(villageMarker: marker, w, lower: lower, end: end) {
                address(rural, context, lower: lower).map(matches.append)
            }
            return
        }
        guard let number = numberStart(endingAt: marker, w, lower: lower) ?? spacedNumberStart(endingAt: marker, w, lower: lower)
        else { return }
        // A bus's or a metro's line (校车2号线, 地铁1号线), no door.
        if markerLength == 3, HanText.has(Self.hao, in: w, at: marker, end: end), HanText.scalar(w, at: marker + 3, end: end) == 0x7EBF { return }  // 线
        var stop = marker + markerLength
        var numbered = 1
        while let next = numberedGroup(at: stop, w, end: end) ?? numberedGroup(afterBlankAt: stop, w, end: end) {
            stop = next
            numbered += 1
        }
        // A floor's flat named by its side (3单元5楼东户, 2楼西户): older blocks number no rooms.
        if let side = HanText.han(w, at: stop, end: end), Self.isSide(side), HanText.scalar(w, at: stop + 3, end: end) == 0x6237 {  // 户
            stop += 6
        }
        // A lone 三号 in Chinese numerals before more of a name is a thing's name (三号桥,
        // 一号线), not a door number (doors are numbered in digits).
        if numbered == 1, HanText.has(Self.hao, in: w, at: marker, end: end), markerLength == 3, !isDigit(w[number]),
           let next = HanText.han(w, at: stop, end: end),
           !markers.stop.contains(next), markers.place.length(at: stop, in: w, end: end) == 0 { return }
        // A room written without 室 after the building (5号楼201, 16-3-2201).
        if let room = bareRoomNumber(at: stop, w, end: end) {
            stop = room
            numbered += 1
        }
        // Building, unit and room (5号楼1单元1404) are an address even after an estate's name
        // that carries no marker (建业森林半岛).
        let anchored = self.start(before: number, w, lower: lower)
            ?? (numbered >= 3 ? estateStart(before: number, w, lower: lower).map { ($0, 0) } : nil)
        guard let (start, places) = anchored, numbered + places >= 2 else { return }
        address(start..<stop, context, lower: lower).map(matches.append)
    }

    /// A rural address without a number: a county (or any division) name, a township and a village
    /// (新野县城关镇大柳树村, 河南省镇平县桥头镇前屯村), each name of one to four characters. Three
    /// levels of the hierarchy make an address where villages have no house numbers. Not when a
    /// number and a marker follow (大柳树村3组: the numbered markers take it whole), nor when an
    /// organisation's name goes on (大柳树村委会, 前屯村小学).
    private func ruralAddress(villageMarker v: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int, end: Int) -> Range<Int>? {
        let length = markers.village.length(at: v, in: w, end: end)
        guard length > 0 else { return nil }
        let after = v + length
        // 前屯村: the last marker ends the village's name.
        if numberedGroup(at: after, w, end: end) != nil || markers.village.length(at: after, in: w, end: end) > 0 {
            return nil
        }
        if let next = HanText.han(w, at: after, end: end), markers.villageOrganisation.contains(next) { return nil }
        if organisation.namesOrganisation(at: after, in: w, end: end) { return nil }
        // The village's name, back to the township's marker right before it.
        for villageName in 1...4 {
            let townEnd = v - 3 * villageName
            guard townEnd - 3 >= lower, let first = HanText.han(w, at: townEnd, end: v), !markers.stop.contains(first)
            else { return nil }
            let townMarker = markers.town.length(endingAt: townEnd, in: w, lower: lower)
            guard townMarker > 0 else { continue }
            // The township's name, back to the end of a division name.
            for townName in 1...4 {
                let divisionEnd = townEnd - townMarker - 3 * townName
                guard divisionEnd - 6 >= lower, let first = HanText.han(w, at: divisionEnd, end: townEnd),
                      !markers.stop.contains(first) else { break }
                if let start = divisionStart(endingAt: divisionEnd, w, lower: lower) { return start..<after }
            }
        }
        return nil
    }

    /// An address without a number after the word introducing it, whose 住 or 址 is at `i`
    /// (家住郑州市金水区宏光景园小区, 住址：郑州市金水区丰庆路宏光景园小区): a division name, then
    /// Han characters up to the last street, village or estate marker before punctuation. One
    /// with a number or a marker that follows numbers is the numbered markers' (郑州市金水区文化路
    /// 12号, …朱洼村五组), as is one that goes on after a blank (…桐柏路街道 伏牛路社区 12号楼).
    private func addressWithoutNumber(introducedAt i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int, end: Int) -> Range<Int>? {
        func scalar(_ at: Int) -> UInt32? { at >= lower ? HanText.scalar(w, at: at, end: end) : nil }
        let introEnd: Int
        // A label (住址, 家庭地址, 家住, 现住) rather than a sentence's verb (住在, 居住): what
        // follows it is an address even with no division's name first.
        let isLabel: Bool
        if scalar(i) == Self.zhi.value {
            guard scalar(i - 3) == 0x5730, let home = scalar(i - 6), Self.homeBeforeDizhi.contains(home) else { return nil }  // 地
            introEnd = i + 3
            isLabel = true
        } else if let next = scalar(i + 3), Self.afterZhu.contains(next) {
            introEnd = i + 6
            isLabel = next == Self.zhi.value
        } else if let previous = scalar(i - 3), Self.beforeZhu.contains(previous) {
            introEnd = i + 3
            isLabel = previous != 0x5C45  // 居
        } else {
            return nil
        }
        var start = introEnd
        if start < end, w[start] == UInt8(ascii: ":") || w[start] == 0x20 { start += 1 }
        if HanText.scalar(w, at: start, end: end) == 0xFF1A { start += 3 }  // ：
        // The run of Han characters first: most addresses in text go on with a number.
        var stop = start
        while stop < end, stop - start < 3 * Self.reach, HanText.han(w, at: stop, end: end) != nil { stop += 3 }
        let division = divisions.length(at: start, in: w, end: stop)
        guard stop > start, stop >= end || !isAlphanumeric(w[stop]) && !goesOnAfterBlank(stop, w, end: end),
              division > 0 || isLabel else { return nil }
        var i = start
        var lastPlaceEnd = start
        while i < stop {
            guard markers.numbered.length(at: i, in: w, end: stop) == 0 else { return nil }
            let place = markers.place.length(at: i, in: w, end: stop)
            i += max(place, 3)
            if place > 0 { lastPlaceEnd = i }
        }
        // With no division's name first, the place is the label's whole value: no words go on
        // after it (住址属于经三路小学服务范围, a catchment letter's sentence). A division's name
        // and a marker alone is a town, no home (我家住在柳林镇: 柳林 a county's name too). A
        // 的 makes it a sentence's description, whatever comes first (我家住在城南的一条老巷子里).
        guard lastPlaceEnd > start, divisions.length(at: start, in: w, end: lastPlaceEnd) < lastPlaceEnd - start - 3,
              !Self.holdsPossessive(start..<lastPlaceEnd, w),
              // With no division's name, a named place (省建一公司家属院, 韩寺镇马家村; not 农村, 本村): four
              // characters or more.
              division > 0 || lastPlaceEnd - start >= 12 && lastPlaceEnd == stop else { return nil }
        return start..<lastPlaceEnd
    }

    /// A 的 stands in the Han characters of `range`.
    private static func holdsPossessive(_ range: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        stride(from: range.lowerBound, to: range.upperBound, by: 3).contains { HanText.scalar(w, at: $0, end: range.upperBound) == 0x7684 }
    }

    /// Blanks at `i`, then more of an address: a number, or a street's, village's or estate's
    /// name within a few characters.
    private func goesOnAfterBlank(_ i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let blank = Self.blankLength(at: i, w, end: end)
        guard blank > 0, i + blank < end else { return false }
        var j = i + blank
        if isDigit(w[j]) { return true }
        while j < end, j - i - blank < 24, HanText.han(w, at: j, end: end) != nil {
            if markers.place.length(at: j, in: w, end: end) > 0 || markers.numbered.length(at: j, in: w, end: end) > 0 { return true }
            j += 3
        }
        return false
    }

    /// The start of the chain of division names (河南省南阳市新野县) that ends at `end`, nil when
    /// no division name ends there.
    private func divisionStart(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var start: Int?
        var e = end
        search: while true {
            // Division names have two to eleven characters (内蒙古自治区, 巴音郭楞蒙古自治州).
            for characters in 2...11 {
                let s = e - 3 * characters
                guard s >= lower else { break }
                if divisions.length(at: s, in: w, end: e) == e - s {
                    start = s
                    e = s
                    continue search
                }
            }
            return start
        }
    }

    /// Building, unit and room written as three numbers right after an estate's name
    /// (阳光花园26-3-604, 枫丹山庄7-4-2404), the way most home addresses are written in a city.
    override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        let w = context.window
        let start = token.start
        // Right after a Han character (an estate's name), not after a field separator (a date).
        guard token.groups.count == 3, !token.trailingX, HanText.han(w, at: start - 3, end: start) != nil,
              token.groups[0].count <= 2, token.groups[1].count <= 2, (3...4).contains(token.groups[2].count),
              w[token.groups[1].lowerBound - 1] == UInt8(ascii: "-"),
              w[token.groups[2].lowerBound - 1] == UInt8(ascii: "-") else { return }
        let lower = context.isTableCell ? context.scan.lowerBound : max(0, start - 3 * Self.reach - 16)
        // After an estate, marked (阳光花园) or not (新城国际).
        guard let (begin, _) = self.start(before: start, w, lower: lower)
                ?? estateStart(before: start, w, lower: lower).map({ ($0, 0) }) else { return }
        address(begin..<token.end, context, lower: lower).map(matches.append)
    }

    /// The match for an address found in running text: high confidence after a word that
    /// introduces it (家住, 住址：) or in a column with a header, and the organisation's own when
    /// its place says so or it is a student dormitory; none when a placeholder stands in it.
    private func address(_ found: Range<Int>, _ context: DetectionContext, lower: Int) -> Match? {
        let w = context.window
        var range = found
        // A move between two places (由新乡市迁入郑州市金水区…): the address is where it led.
        if let moved = movedTo(from: found, w) { range = moved..<found.upperBound }
        guard !Self.holdsPlaceholder(w, range) else { return nil }
        let introEnd = skipColon(backFrom: range.lowerBound, w, lower: lower)
        let intro = markers.intro.length(endingAt: introEnd, in: w, lower: lower)
        // A dwelling's word right before it (李老师家住…, 该同志系我校退休教师，家住…) says whose
        // it is, whatever school or staff member the line named before.
        let dwelling = stride(from: introEnd - intro, to: introEnd, by: 3).contains { i in
            HanText.scalar(w, at: i, end: introEnd).map(Self.dwellingCharacters.contains) == true
        }
        let organisational = isDormitory(range, w, lower: lower) || isVenueFloor(range, w)
            || Self.opensNumberRange(after: range.upperBound, w, end: context.scan.upperBound)
            || !dwelling && organisation.isOrganisationalAddress(range, context)
        // With nothing to say whose it is, a compound (天明路北段2号院, a catchment's list) is a
        // household's only beside a person's value or word.
        let bare = intro == 0 && context.columnHints.isEmpty && !organisational && Self.endsAtCompound(w, range)
            && keywords.nearestHint(before: range.lowerBound, in: w, distance: range.lowerBound - lower, among: .person) == nil
        return Match(kind: .address, confidence: intro > 0 || !context.columnHints.isEmpty ? .high : .medium, range: range,
                     organisational: organisational, needsCompanion: bare)
    }

    /// The address ends at a floor (二楼, 3楼: a number and 楼, no 号) of an organisation's or a
    /// park's building (幼儿园二楼多功能厅, 本园3楼, 公园二楼茶室, …12号区教育局二楼): an event's venue or
    /// an office, no one's home.
    private func isVenueFloor(_ range: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count >= 9, HanText.scalar(w, at: range.upperBound - 3, end: range.upperBound) == 0x697C else { return false }  // 楼
        var i = range.upperBound - 3
        while i > range.lowerBound, isDigit(w[i - 1]) { i -= 1 }
        while i - 3 >= range.lowerBound, let s = HanText.han(w, at: i - 3, end: range.upperBound), ChineseNumerals.contains(s) { i -= 3 }
        guard i < range.upperBound - 3, i - 6 >= range.lowerBound else { return false }
        return organisation.organisationNameEnds(at: i, in: w, lower: range.lowerBound)
            || Self.venueWords.contains { HanText.has($0, in: w, at: i - 6, end: i) }
    }

    /// A park's and a kindergarten's own word for itself before a floor (本园 is 幼儿园's).
    private static let venueWords = ["公园", "本园", "校园", "本校"].map { Array($0.utf8) }

    /// The address ends at a numbered compound (…2号院), no building or flat in it.
    private static func endsAtCompound(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count > 6 && HanText.scalar(w, at: range.upperBound - 3, end: range.upperBound) == 0x9662   // 院
            && HanText.scalar(w, at: range.upperBound - 6, end: range.upperBound) == 0x53F7                // 号
    }

    /// 家, 住, 居 and 籍: the words introducing a home address hold one (家住, 现住, 现居, 住址,
    /// 居住在, 家庭地址, 户籍地址); an office's address labels do not (通讯地址, 联系地址).
    private static let dwellingCharacters = ScalarSet(["家", "住", "居", "籍"].map { Unicode.Scalar($0)!.value })

    /// A range or a list of house numbers goes on after the address (花园路1号至99号, 文化路1-115号
    /// written 1号到115号, 经二路12号院、18号院): a catchment's or a roadwork's street, no one's home.
    private static func opensNumberRange(after end: Int, _ w: UnsafeBufferPointer<UInt8>, end limit: Int) -> Bool {
        guard let s = HanText.scalar(w, at: end, end: limit), s == 0x81F3 || s == 0x5230 || s == 0x3001 else { return false }   // 至, 到, 、
        guard end + 3 < limit, isDigit(w[end + 3]) else { return false }
        guard s == 0x3001 else { return true }
        // After 、 a list of house numbers (经二路12号院、18号院、26号院), not a phone given next.
        var i = end + 3
        while i < limit, isDigit(w[i]) { i += 1 }
        guard let marker = HanText.scalar(w, at: i, end: limit) else { return false }
        return marker == 0x53F7 || marker == 0x9662   // 号, 院
    }

    /// The address at `range` is in a school's student dormitory: it starts with a dormitory
    /// (学生宿舍3号楼201, 女生公寓B栋) or follows one, perhaps after blanks (女生宿舍 桃李苑3号楼).
    private func isDormitory(_ range: Range<Int>, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        var before = range.lowerBound
        while before > lower, w[before - 1] == 0x20 { before -= 1 }
        return markers.dormitoryStarts(at: range.lowerBound, in: w, end: range.upperBound)
            || markers.dormitoryEnds(at: before, in: w, lower: lower)
    }

    /// The end of a bare room number at `i` (201, 1604, 16-3-2201: three or four digits last),
    /// when nothing but a blank, punctuation or the end follows it; nil otherwise.
    private func bareRoomNumber(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var j = i
        var lastRun = 0
        while j < end, j - i < 12 {
            if isDigit(w[j]) {
                lastRun += 1
            } else if w[j] == UInt8(ascii: "-"), lastRun > 0, j + 1 < end, isDigit(w[j + 1]) {
                lastRun = 0
            } else {
                break
            }
            j += 1
        }
        guard (3...4).contains(lastRun), j == end || (!isAlphanumeric(w[j]) && HanText.han(w, at: j, end: end) == nil) else { return nil }
        return j
    }

    /// Where the number before window offset `end` starts (86, 1503, 三, 3-2-501, A), nil when
    /// no number ends there.
    private func numberStart(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var i = end
        while i > lower {
            let b = w[i - 1]
            if isDigit(b) || (b == UInt8(ascii: "-") && i - 1 > lower && isDigit(w[i - 2]) && i < end) {
                i -= 1
            } else if let s = HanText.scalar(w, at: i - 3, end: i), ChineseNumerals.contains(s) || (0xFF10...0xFF19).contains(s) {
                i -= 3
            } else {
                break
            }
        }
        // A building letter (A座, B栋).
        if i == end, i > lower, w[i - 1] &- 0x41 < 26 { i -= 1 }
        return i < end ? i : nil
    }

    /// Where the digits before one blank before window offset `end` start: OCR sets a number
    /// apart from its marker (纬五路 21 号院 6 号楼), nil otherwise.
    private func spacedNumberStart(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        guard end - 2 >= lower, w[end - 1] == 0x20, isDigit(w[end - 2]) else { return nil }
        return numberStart(endingAt: end - 1, w, lower: lower)
    }

    /// The end of a number and a numbered marker starting at `i` (3号楼, 2单元, 501室), perhaps
    /// after the name of an estate or building (东方名苑14栋), else nil.
    private func numberedGroup(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var named = i
        // A stop character may open the estate's marker (家 of 锦绣家园, 教育局家属院); an
        // ordinal may stand in its name (顺驰第一城5号楼).
        while named - i < 3 * Self.estateNameLength, let s = HanText.han(w, at: named, end: end) {
            // Inside the name only: a numbered group opens with its ordinal (第七村民组).
            if s == 0x7B2C, named > i, let next = HanText.han(w, at: named + 3, end: end), ChineseNumerals.contains(next) {  // 第
                named += 6
                continue
            }
            // A unit named by its side (2号楼东单元501): the side stands for its number.
            if named == i, Self.isSide(s), markers.numbered.length(at: named + 3, in: w, end: end) == 6 {
                return named + 9
            }
            // A numeral opens a number unless a word goes on after it (绿城百合公寓6号楼: 百合).
            guard !ChineseNumerals.contains(s) || opensWord(after: named, w, end: end),
                  !markers.stop.contains(s) || markers.place.length(at: named, in: w, end: end) > 0 else { break }
            named += 3
        }
        return numberedGroup(numberAt: named, w, end: end) ?? (named > i ? numberedGroup(numberAt: i, w, end: end) : nil)
    }

    /// A character that never begins a street's or a village's name (到, 和, 在) stands in `range`.
    private func holdsStop(_ range: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if let s = HanText.han(w, at: i, end: range.upperBound), markers.stop.contains(s) { return true }
            i += w[i] < 0x80 ? 1 : 3
        }
        return false
    }

    /// 东, 西, 南, 北 or 中: a side, which names a building's unit (东单元).
    private static func isSide(_ s: UInt32) -> Bool {
        s == 0x4E1C || s == 0x897F || s == 0x5357 || s == 0x5317 || s == 0x4E2D
    }

    /// The Han character after the numeral at `i` is neither a numeral nor a numbered part's
    /// marker: the numeral is a word's (百合, 一期), not a number's.
    private func opensWord(after i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let next = HanText.han(w, at: i + 3, end: end) else { return false }
        return !ChineseNumerals.contains(next) && markers.numbered.length(at: i + 3, in: w, end: end) == 0
    }

    /// A numbered part after one blank (88号 院3号楼): addresses are written with their parts
    /// set apart, too.
    private func numberedGroup(afterBlankAt i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let blank = Self.blankLength(at: i, w, end: end)
        return blank > 0 ? numberedGroup(at: i + blank, w, end: end) : nil
    }

    /// Bytes of the one blank (a space or an ideographic space) at `i`, 0 when none.
    private static func blankLength(at i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        if i < end, w[i] == 0x20 { return 1 }
        return HanText.scalar(w, at: i, end: end) == 0x3000 ? 3 : 0
    }

    /// Bytes of the one blank ending at `end` after an address character (a Han character, a
    /// digit or a letter: not a run of blanks, which sets fields apart), 0 when none.
    private static func blankLength(endingAt end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        let length = end > lower && w[end - 1] == 0x20 ? 1 : (HanText.scalar(w, at: end - 3, end: end) == 0x3000 ? 3 : 0)
        guard length > 0, end - length > lower else { return 0 }
        let before = w[end - length - 1]
        return before >= 0x80 ? (HanText.han(w, at: end - length - 3, end: end - length) != nil ? length : 0)
                              : (isAlphanumeric(before) ? length : 0)
    }

    /// Characters an estate or building name may have between two numbered parts.
    static let estateNameLength = 8
    private static let hao = Array("号".utf8)

    /// The start of an estate's name ending at `end`: up to `estateNameLength` Han characters
    /// back, stopping at a character that never begins a name (搬到|建业森林半岛); at least two.
    private func estateStart(before end: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var i = end
        while end - i < 3 * Self.estateNameLength, i - 3 >= lower, let s = HanText.han(w, at: i - 3, end: i),
              !markers.stop.contains(s), !ChineseNumerals.contains(s) {
            i -= 3
        }
        return end - i >= 6 ? i : nil
    }

    private func numberedGroup(numberAt i: Int, _ w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var j = i
        while j < end {
            if isDigit(w[j]) || w[j] &- 0x41 < 26 || (w[j] == UInt8(ascii: "-") && j > i) {
                j += 1
            } else if let s = HanText.scalar(w, at: j, end: end), ChineseNumerals.contains(s) || (0xFF10...0xFF19).contains(s) {
                j += 3
            } else {
                break
            }
        }
        guard j > i else { return nil }
        // OCR's blank between digits and their marker (6 号楼).
        if j + 1 < end, w[j] == 0x20, isDigit(w[j - 1]) {
            let spaced = markers.numbered.length(at: j + 1, in: w, end: end)
            if spaced > 0 { return j + 1 + spaced }
        }
        let length = markers.numbered.length(at: j, in: w, end: end)
        return length > 0 ? j + length : nil
    }

    /// The start of the address whose first number starts at `number`, and how many street,
    /// village or estate markers lie between; nil when nothing anchors it (a division name or a
    /// named street, village or estate).
    private func start(before number: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> (Int, Int)? {
        // The stretch of address characters before the number, cut after a word introducing it.
        var s = number
        var characters = 0
        while characters < Self.reach, s > lower {
            if markers.intro.length(endingAt: s, in: w, lower: lower) > 0 { break }
            let b = w[s - 1]
            if isDigit(b) || b &- 0x41 < 26 || b == UInt8(ascii: "-") || b == UInt8(ascii: "#") {
                s -= 1
            } else if HanText.han(w, at: s - 3, end: s) != nil {
                s -= 3
            } else if case let blank = Self.blankLength(endingAt: s, w, lower: lower), blank > 0 {
                // Parts set apart (桐柏路街道 伏牛路社区 12号楼); not an organisation's name and
                // the address after it (a letterhead's 文化路第三中学　郑州市…86号).
                if organisation.organisationNameEnds(at: s - blank, in: w, lower: lower) { break }
                s -= blank
            } else {
                break
            }
            characters += 1
        }
        var anchor: Int?
        var i = s
        while i < number {
            if divisions.length(at: i, in: w, end: number) > 0 { anchor = i; break }
            i += w[i] < 0x80 ? 1 : 3
        }
        // A street, village or estate with its name (at most four characters, not starting
        // with a word like 在 or 住).
        var places = 0
        var firstPlace: Int?
        i = s
        while i < number {
            let length = w[i] < 0x80 ? 0 : markers.place.length(at: i, in: w, end: number)
            if length > 0 {
                places += 1
                if firstPlace == nil, i > s { firstPlace = nameStart(before: i, w, lower: s) }
                i += length
            } else {
                i += w[i] < 0x80 ? 1 : 3
            }
        }
        // A place before the division's name is the address's only when no word that begins none
        // stands between (包村干部和班主任…到昭觉县碗厂乡…村2组: 包村 is a cadre's word).
        if let place = firstPlace, anchor.map({ place < $0 && !holdsStop(place..<$0, w) }) ?? true { anchor = place }
        // After a home's label the address starts there, whatever its first words (家庭住址：
        // 锦艺城一期5号楼2单元, an estate's name with no marker).
        guard let start = anchor ?? (followsHomeLabel(s, w, lower: lower) ? s : nil) else { return nil }
        if start > s {
            // Place markers before the anchor are not part of the address.
            places = countPlaces(start..<number, w)
        }
        return (start, places)
    }

    /// Where the place a move led to starts: the range opens with division names (新乡市, 河南省新乡市),
    /// then a move's verb (迁入, 搬到, 转入, 落户 …) and another division's name; nil when not.
    private func movedTo(from range: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Int? {
        // The verb first, within the first eleven characters: its first characters (迁, 搬, 转,
        // 落) have the UTF-8 leads E8 and E6, and most addresses hold none of them there.
        let limit = min(range.upperBound, range.lowerBound + Self.moveReach)
        var verb = range.lowerBound
        var move = 0
        while verb < limit {
            let b = w[verb]
            if b == 0xE8 || b == 0xE6, Self.moves.mayStart(at: verb, in: w, end: range.upperBound) {
                move = Self.moves.length(at: verb, in: w, end: range.upperBound)
                if move > 0 { break }
            }
            verb += ByteScanning.sequenceLength(lead: b)
        }
        guard move > 0, verb > range.lowerBound, divisions.length(at: verb + move, in: w, end: range.upperBound) > 0 else { return nil }
        // Division names, and nothing else, before it.
        var i = range.lowerBound
        while i < verb, case let length = divisions.length(at: i, in: w, end: verb), length > 0 { i += length }
        return i == verb ? verb + move : nil
    }

    /// Bytes of an address's start looked through for a move's verb (eleven characters).
    private static let moveReach = 33

    private static let moves = HanWordList(["迁入", "迁至", "迁到", "迁往", "搬到", "搬至", "搬往", "转入", "转至", "落户到", "落户"].map { Array($0.utf8) })

    /// A word introducing a home's address ends at `i`, perhaps before a colon or a blank: 住址,
    /// 家住, 现住, 现居, 住在, 居住在, and 地址 after 家庭, 通讯, 联系, 户籍 or 现 (`homeBeforeDizhi`);
    /// not a bare 地址 (an event's, a shop's) nor 位于 (a school's).
    private func followsHomeLabel(_ i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        let end = skipColon(backFrom: i, w, lower: lower)
        let length = markers.intro.length(endingAt: end, in: w, lower: lower)
        guard length == 6, let first = HanText.scalar(w, at: end - 6, end: end) else { return length > 6 }
        switch first {
        case 0x5730:  // 地址
            return end - 9 >= lower && HanText.scalar(w, at: end - 9, end: end).map { Self.homeBeforeDizhi.contains($0) } == true
        case 0x4F4D:  // 位于
            return false
        default:
            return true
        }
    }

    private func countPlaces(_ range: Range<Int>, _ w: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let length = w[i] < 0x80 ? 0 : markers.place.length(at: i, in: w, end: range.upperBound)
            if length > 0 { count += 1; i += length } else { i += w[i] < 0x80 ? 1 : 3 }
        }
        return count
    }

    /// The start of the name of a street or village whose marker starts at `marker`: up to four
    /// Han characters back, stopping at a character that never begins one; nil when none is left.
    private func nameStart(before marker: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        var i = marker
        while marker - i < 12, i - 3 >= lower, let s = HanText.han(w, at: i - 3, end: i), !markers.stop.contains(s) {
            i -= 3
        }
        return i < marker ? i : nil
    }

    /// Steps back over a colon (住址：) before `i`.
    private func skipColon(backFrom i: Int, _ w: UnsafeBufferPointer<UInt8>, lower: Int) -> Int {
        if i > lower, w[i - 1] == UInt8(ascii: ":") || w[i - 1] == 0x20 { return i - 1 }
        if i - 3 >= lower, HanText.scalar(w, at: i - 3, end: i) == 0xFF1A { return i - 3 }
        return i
    }
}
