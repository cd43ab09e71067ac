/// An OPC relationships part (`_rels/*.rels`): which part a relationship id points to.
struct Relationships {
    struct Relationship {
        var id: String
        /// The relationship type URI, e.g. `…/relationships/worksheet`.
        var type: String
        /// Resolved package path of the target part, without a leading slash.
        var target: String
        var isExternal: Bool
    }

    var all: [Relationship] = []

    func target(id: String) -> String? {
        all.first { $0.id == id && !$0.isExternal }?.target
    }

    /// The address of an external relationship (a hyperlink's), as written.
    func externalTarget(id: String) -> String? {
        all.first { $0.id == id && $0.isExternal }?.target
    }

    /// Targets whose type URI ends with `/suffix` (`worksheet`, `sharedStrings`, `comments` …).
    func targets(ofType suffix: String) -> [String] {
        all.filter { !$0.isExternal && $0.type.hasSuffix("/" + suffix) }.map(\.target)
    }

    /// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func partName(for part: String) -> String {
        let folder = PackagePath.folder(of: part)
        let file = part.dropFirst(folder.count)
        return folder + "_rels/" + file + ".rels"
    }
}

/// Collects the `<Relationship>` elements of a `.rels` part, resolving targets against the
/// folder of the part they belong to.
final class RelationshipsParser: XMLContentHandler {
    private(set) var relationships = Relationships()
    private let sourceFolder: String

    /// `sourcePart` is the part the relationships belong to ("" for the package root).
    init(sourcePart: String) { sourceFolder = PackagePath.folder(of: sourcePart) }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target") else { return }
        let external = attributes.string("TargetMode") == "External"
        relationships.all.append(.init(id: id, type: attributes.string("Type") ?? "",
                                       target: external ? target : PackagePath.resolve(target, in: sourceFolder),
                                       isExternal: external))
    }

}

/// Part names inside an OPC package (zip entry names).
enum PackagePath {
    /// "xl/worksheets/sheet1.xml" → "xl/worksheets/"; "workbook.xml" → "".
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// Resolves a relationship target: absolute ("/xl/…") from the package root, relative from
    /// `folder`, with "." and ".." segments applied.
    static func resolve(_ target: String, in folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { _ = segments.popLast(); continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }
}
