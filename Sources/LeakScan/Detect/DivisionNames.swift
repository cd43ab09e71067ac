/// Names of administrative divisions and their short forms (河南省 and 河南, 金水区 and 金水), from
/// patterns/cn_regions.txt, the GB/T 2260 table whose codes the resident ID detector checks.
/// An address starts with one; a cell that is one is a place, not a person.
final class DivisionNames: @unchecked Sendable {
    static let shared = DivisionNames(file: .regionTable)

    /// Names by first scalar, longest first, and those first scalars for a quick no (a
    /// dictionary lookup hashes; most characters of a text start no division name).
    private let byFirst: [UInt32: [[UInt8]]]
    private let firsts: ScalarSet
    /// Names of at most four characters, as word keys.
    private let keys: WordSet

    /// Suffixes dropped for the short form, longest first: 广西壮族自治区 is written 广西.
    static let suffixes: [[UInt8]] = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
                                      "地区", "林区", "新区", "省", "市", "区", "县", "旗", "盟"].map { Array($0.utf8) }
    /// Table rows that name no place of their own (市辖区 groups a city's districts).
    static let generic: Set<[UInt8]> = Set(["市辖区", "县", "市区", "郊区", "城区", "矿区", "新区", "工农区"].map { Array($0.utf8) })
    private static let ethnic = Array("族".utf8)
    private static let autonomous = Array("自治".utf8)
    private static let direct = Array("直辖".utf8)

    /// Built from bytes, not Strings: the table has seven thousand rows and every run loads it.
    init(file: PatternFile) {
        var names = Set<[UInt8]>()
        for row in file.rows where row.count >= 2 {
            let name = Array(row[1].utf8)
            guard name.count >= 6, !Self.generic.contains(name), !Self.contains(Self.direct, in: name) else { continue }
            names.insert(name)
            if let short = Self.shortForm(name) { names.insert(short) }
            if let everyday = Self.everydayForm(name) { names.insert(everyday) }
        }
        var byFirst: [UInt32: [[UInt8]]] = [:]
        var keys: [UInt64] = []
        for name in names {
            let scalars: [UInt32] = name.withUnsafeBufferPointer { bytes in
                stride(from: 0, to: bytes.count, by: 3).compactMap { HanText.scalar(bytes, at: $0, end: bytes.count) }
            }
            guard let first = scalars.first else { continue }
            byFirst[first, default: []].append(name)
            if scalars.count <= 4, scalars.count * 3 == name.count { keys.append(HanText.key(scalars)) }
        }
        // Longest first; equal lengths in byte order, so that every run builds the same table.
        self.byFirst = byFirst.mapValues { $0.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) } }
        firsts = ScalarSet(byFirst.keys)
        self.keys = WordSet(keys)
    }

    /// The name without its division suffix, when at least two characters remain and no
    /// ethnic name (延边朝鲜族自治州 keeps its full form only).
    static func shortForm(_ name: [UInt8]) -> [UInt8]? {
        guard let suffix = suffixes.first(where: { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }) else { return nil }
        let short = Array(name.dropLast(suffix.count))
        guard short.count >= 6, !contains(ethnic, in: short), !contains(autonomous, in: short) else { return nil }
        return short
    }

    /// An ethnic district's, county's or banner's name as addresses write it, without its
    /// nationalities (管城回族区 is written 管城区, 孟村回族自治县 孟村县, 积石山保安族东乡族撒拉族自治县
    /// 积石山县): the place's name before the first nationality, and the last character.
    static func everydayForm(_ name: [UInt8]) -> [UInt8]? {
        guard name.count > 9, everydaySuffixes.contains(where: { name.suffix(3).elementsEqual($0) }),
              contains(ethnic, in: name) else { return nil }
        var place = 6
        while place + 6 <= name.count - 3 {
            let rest = name[place...]
            if nationalities.contains(where: { rest.starts(with: $0) }) {
                return Array(name.prefix(place) + name.suffix(3))
            }
            place += 3
        }
        return nil
    }

    private static let everydaySuffixes: [[UInt8]] = ["区", "县", "旗"].map { Array($0.utf8) }
    /// The 55 minority nationalities' names, with 族, as autonomous counties carry them after
    /// their place's name (the State Ethnic Affairs Commission's list).
    private static let nationalities: [[UInt8]] = [
        "壮", "满", "回", "苗", "维吾尔", "土家", "彝", "蒙古", "藏", "布依", "侗", "瑶", "朝鲜", "白", "哈尼", "哈萨克", "黎", "傣",
        "畲", "傈僳", "仡佬", "东乡", "高山", "拉祜", "水", "佤", "纳西", "羌", "土", "仫佬", "锡伯", "柯尔克孜", "达斡尔", "景颇",
        "毛南", "撒拉", "布朗", "塔吉克", "阿昌", "普米", "鄂温克", "怒", "京", "基诺", "德昂", "保安", "俄罗斯", "裕固", "乌孜别克",
        "门巴", "鄂伦春", "独龙", "塔塔尔", "赫哲", "珞巴",
    ].map { Array(($0 + "族").utf8) }

    private static func contains(_ part: [UInt8], in bytes: [UInt8]) -> Bool {
        guard bytes.count >= part.count else { return false }
        return (0...(bytes.count - part.count)).contains { i in part.indices.allSatisfy { bytes[i + $0] == part[$0] } }
    }

    /// Bytes of the longest division name starting at window offset `i`, 0 when none does.
    func length(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        guard let s = HanText.scalar(w, at: i, end: end), firsts.contains(s), let names = byFirst[s] else { return 0 }
        return names.first { HanText.has($0, in: w, at: i, end: end) }?.count ?? 0
    }

    /// The word (as a key) is a division name or short form.
    func isName(_ key: UInt64) -> Bool { keys.contains(key) }
}
