/// Hands findings on with where their text came from, which the reader of that text does not
/// know: the archive member (`ArchiveReader`), the page of a PDF (`PDFReader`) or the slide of a
/// presentation (`PPTXReader`). Only what it is given is set, so that a PDF inside an archive
/// keeps both.
struct PlacedSink<S: FindingSink>: FindingSink {
    var base: S
    var member: String?
    var page: Int?

    init(base: S, member: String? = nil, page: Int? = nil) {
        self.base = base
        self.member = member
        self.page = page
    }

    var wantsDetails: Bool { base.wantsDetails }

    mutating func add(_ finding: Finding) {
        var finding = finding
        if let member { finding.location.member = member }
        if let page { finding.location.page = page }
        base.add(finding)
    }

    mutating func count(_ kind: Kind, organisational: Bool) {
        base.count(kind, organisational: organisational)
    }
}
