/// The files an Office document links to, gathered while a part streams past and scanned after
/// it, each at the place that links to it (`LinkTarget`): a worksheet's hyperlink (`<hyperlink
/// ref="C2" r:id="rId3"/>`, its target in the part's relationships) or `HYPERLINK("照片\4101….jpg",
/// "查看照片")` formula, whose cell shows only its second argument (a receipt of collected photos
/// whose 照片 column shows 查看照片 on every row, each linking to a photo named by the pupil's ID
/// number); a Word document's hyperlink, or a picture inserted from a file, which keeps the
/// file's name (`<pic:cNvPr name="410105….jpg"/>`) under a caption that may not show it.
struct LinkedFiles {
    /// A formula's text kept, at most: `HYPERLINK` opens it, its first argument follows.
    static let formulaLimit = 1024

    enum Target {
        case relationship(String)
        case address([UInt8])
    }

    private(set) var all: [(location: Location, target: Target)] = []

    mutating func add(relationship: UnsafeBufferPointer<UInt8>?, at location: Location) {
        guard let relationship, !relationship.isEmpty else { return }
        all.append((location, .relationship(String(decoding: relationship, as: UTF8.self))))
    }

    /// A picture's name, when it is a file's (with its extension: Word names others `图片 1`).
    mutating func add(pictureName name: UnsafeBufferPointer<UInt8>?, at location: Location) {
        guard let name, FileNameReader.stemLength(Array(name)) < name.count else { return }
        all.append((location, .address(Array(name))))
    }

    /// Keeps the formula's link when it is `HYPERLINK` with a text constant first
    /// (`HYPERLINK("…"&B2,…)` builds its name from cells scanned already).
    mutating func add(formula: [UInt8], at location: Location) {
        var i = Self.functionStart(formula)
        guard ByteScanning.opens(formula[i...], withFolded: Self.hyperlink) else { return }
        i += Self.hyperlink.count
        while i < formula.count, formula[i] == UInt8(ascii: " ") { i += 1 }
        guard i < formula.count, formula[i] == UInt8(ascii: "\""),
              let close = formula[(i + 1)...].firstIndex(of: UInt8(ascii: "\"")),
              close + 1 < formula.count, formula[close + 1] != UInt8(ascii: "&") else { return }
        all.append((location, .address(Array(formula[(i + 1)..<close]))))
    }

    private static let hyperlink = Array("hyperlink(".utf8)

    /// Where a formula's function name starts, past a leading `=` and blanks.
    private static func functionStart<C: Collection<UInt8>>(_ formula: C) -> Int where C.Index == Int {
        var i = formula.startIndex
        while i < formula.endIndex, formula[i] == UInt8(ascii: " ") || formula[i] == UInt8(ascii: "=") { i += 1 }
        return i
    }

    /// Whether a formula whose text opens with `start` may be a `HYPERLINK`: its function's name
    /// opens with an H, or has not come yet. Only those are gathered (`WorksheetParser`): a sheet
    /// of sums and averages copies no formula's text.
    static func mayBeHyperlink(_ start: UnsafeBufferPointer<UInt8>) -> Bool {
        let i = functionStart(start)
        return i == start.count || start[i] | 0x20 == UInt8(ascii: "h")
    }

    /// Scans each linked file's name as a file's own (`FileNameReader`); a relationship is
    /// looked up in `relationships` (the part's), only when some link needs them.
    func scan<S: FindingSink>(relationships: () throws -> Relationships, engine: DetectionEngine, sink: inout S) rethrows {
        guard !all.isEmpty else { return }
        var resolved: Relationships?
        for (location, target) in all {
            let address: [UInt8]
            switch target {
            case .relationship(let id):
                if resolved == nil { resolved = try relationships() }
                guard let external = resolved?.externalTarget(id: id) else { continue }
                address = Array(external.utf8)
            case .address(let written):
                address = written
            }
            guard let name = address.withUnsafeBufferPointer(LinkTarget.fileName) else { continue }
            var locator = FixedLocator(location: location)
            FileNameReader.scan(name: name, isFolder: false, locator: &locator, engine: engine, sink: &sink)
        }
    }
}
