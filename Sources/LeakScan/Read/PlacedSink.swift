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
        // A file inside a member (a workbook embedded in a Word document in a zip) is named by
        // both paths: `通知.docx/word/embeddings/Microsoft_Excel_Worksheet.xlsx`.
        if let member { finding.location.member = finding.location.member.map { member + "/" + $0 } ?? member }
        if let page { finding.location.page = page }
        base.add(finding)
    }

    mutating func count(_ kind: Kind, organisational: Bool) {
        base.count(kind, organisational: organisational)
    }

    mutating func passedOverUnknownBinaryMember() {
        base.passedOverUnknownBinaryMember()
    }
}

extension PlacedSink {
    /// Runs `body` with a sink that places findings before they reach `sink`, which takes back
    /// what it gathered meanwhile (its counts) when `body` returns or throws.
    static func placing<R>(_ sink: inout S, member: String? = nil, page: Int? = nil,
                           _ body: (UnsafeMutablePointer<PlacedSink<S>>) throws -> R) rethrows -> R {
        var placed = PlacedSink(base: sink, member: member, page: page)
        defer { sink = placed.base }
        return try withUnsafeMutablePointer(to: &placed, body)
    }
}
