/// Chinese numerals as written in class and house numbers (三年级二班, 三组).
enum ChineseNumerals {
    static let scalars = ScalarSet("〇零一二三四五六七八九十百两".unicodeScalars.map(\.value))

    @inline(__always) static func contains(_ s: UInt32) -> Bool { scalars.contains(s) }
}
