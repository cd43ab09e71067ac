/// The file a link points to, read for what its name leaks: a page or a workbook that shows
/// `查看照片` and links to `照片\410105201203011234.jpg`, an `Index of /xjzp` page that cuts the
/// shown name at 23 characters (`张梓涵_G410105201203..>`) while its `href` holds it whole. The
/// name is the target's last path segment (either slash), without its query or fragment, its
/// `%XX` escapes decoded; a target that names no file worth reading (`detail.aspx?id=5`, a
/// site's `/news/`) gives nil: only a name with a Chinese character or seven digits in a row can
/// hold a person's name or number.
enum LinkTarget {
    /// Digits in a row a name needs, without a Chinese character: a landline's number.
    static let minimumDigitRun = 7

    static func fileName(_ target: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // An inline image's bytes (`data:image/png;base64,…`) name nothing, and an address's or
        // a phone's link shows what it links to (Excel links every address typed in a cell).
        guard !schemesNamingNoFile.contains(where: { ByteScanning.opens(target, withFolded: $0) }) else { return nil }
        var end = target.count
        if let cut = target.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { end = cut }
        var start = 0
        for i in 0..<end where target[i] == UInt8(ascii: "/") || target[i] == UInt8(ascii: "\\") || target[i] == UInt8(ascii: ":") {
            start = i + 1
        }
        let name = decoded(UnsafeBufferPointer(rebasing: target[start..<end]))
        // Escapes of another encoding than UTF-8 (a GBK server's `%D5%C5`) are not read.
        guard mayHoldValue(name), Array(String(decoding: name, as: UTF8.self).utf8) == name else { return nil }
        return name
    }

    private static let schemesNamingNoFile = ["data:", "mailto:", "tel:"].map { Array($0.utf8) }

    /// `%XX` escapes decoded (a browser's address of `张梓涵.jpg` is `%E5%BC%A0…`); other bytes kept.
    private static func decoded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), let byte = PercentEncodedRuns.escape(bytes, i) {
                out.append(byte)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func mayHoldValue(_ name: [UInt8]) -> Bool {
        var run = 0
        for b in name {
            if b >= 0x80 { return true }
            run = isDigit(b) ? run + 1 : 0
            if run >= minimumDigitRun { return true }
        }
        return false
    }
}
