/// The words that build an address, from patterns/address_markers.txt: markers after a number
/// (号, 栋, 单元, 室, 组 …), markers ending a street, village or estate name (路, 村, 小区 …), words
/// introducing an address (家住, 住址), characters that never begin a street name, and the markers
/// of townships and villages (镇, 乡, 村) that make up a rural address without a number, and the
/// words of a school's student dormitories (学生宿舍), which are no family's home.
struct AddressMarkers: Sendable {
    static let shared = AddressMarkers(file: .embedded("address_markers.txt"))

    let numbered: HanWordList
    let place: HanWordList
    let intro: HanWordList
    /// Characters that never begin a street or village name.
    let stop: ScalarSet
    /// Markers ending a township's name (镇, 乡, 街道).
    let town: HanWordList
    /// Markers ending a village's name (村, 屯).
    let village: HanWordList
    /// Characters that turn a village's name into an organisation's (村委会).
    let villageOrganisation: ScalarSet
    /// A school's student dormitory (学生宿舍, 女生公寓).
    let dormitory: HanWordList

    init(file: PatternFile) {
        // Longest first: the longest marker standing at a place is the one found.
        func words(_ role: Substring) -> HanWordList {
            HanWordList(file.rows.filter { $0.count >= 2 && $0[0] == role && !$0[1].isEmpty }.map { Array($0[1].utf8) }
                .sorted { $0.count > $1.count })
        }
        numbered = words("numbered")
        place = words("place")
        intro = words("intro")
        func characters(_ role: Substring) -> ScalarSet {
            ScalarSet(file.rows.filter { $0.count >= 2 && $0[0] == role }.compactMap { $0[1].unicodeScalars.first?.value })
        }
        stop = characters("stop")
        town = words("town")
        village = words("village")
        villageOrganisation = characters("village_org")
        dormitory = words("dormitory")
    }

    /// A dormitory word starts at `i` (学生宿舍|3号楼).
    func dormitoryStarts(at i: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        dormitory.length(at: i, in: w, end: end) > 0
    }

    /// A dormitory word ends at `i` (女生宿舍| 桃李苑3号楼).
    func dormitoryEnds(at i: Int, in w: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        dormitory.length(endingAt: i, in: w, lower: lower) > 0
    }

    /// The characters that start a numbered or a village marker: what wakes the address detector.
    var triggers: [Unicode.Scalar] {
        Array(Set((numbered.words + village.words).compactMap(HanText.firstScalar)))
    }
}
