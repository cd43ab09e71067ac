/// Reads one page's content (or a page template's) of an OFD document: the words of its text
/// objects, placed on the page (`OFDTextCode`), in the order they come. Also notes whether
/// the page draws images (a scanned page holds an image and no text) and which templates it
/// lays under or over itself.
final class OFDContentParser: XMLContentHandler {
    /// More text than this on one page (a dense A4 page holds some 15 KB), or more words, is
    /// damage or an attack: the rest is not read, and the page is reported (memory guard).
    static let textLimit = 1 << 20
    static let wordLimit = 50_000

    private(set) var words: [PDFWord] = []
    private(set) var drawsImages = false
    private(set) var templateIDs: [String] = []
    private(set) var overflowed = false

    private var object: OFDTextCode?
    /// The last code's `X` and `Y`: a code without them takes the previous one's (GB/T 33190, 11.3).
    private var lastX = 0.0, lastY = 0.0
    private var code: (x: Double, y: Double, deltaX: [Double])?
    private var text: [UInt8] = []
    private var textBytes = 0

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("TextCode"), object != nil {
            lastX = OFDNumbers.first(attributes.value("X")) ?? lastX
            lastY = OFDNumbers.first(attributes.value("Y")) ?? lastY
            code = (lastX, lastY, OFDTextCode.advances(attributes.value("DeltaX")))
            text.removeAll(keepingCapacity: true)
        } else if name.is("TextObject") {
            var object = OFDTextCode()
            let boundary = OFDNumbers.list(attributes.value("Boundary"))
            if boundary.count >= 2 { (object.originX, object.originY) = (boundary[0], boundary[1]) }
            // The standard spells it `Size`; some writers `size`.
            object.size = OFDNumbers.first(attributes.value("Size") ?? attributes.value("size")) ?? 0
            let ctm = OFDNumbers.list(attributes.value("CTM"))
            if ctm.count == 6 { object.ctm = (ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5]) }
            self.object = object
            (lastX, lastY) = (0, 0)
        } else if name.is("ImageObject") {
            drawsImages = true
        } else if name.is("Template"), let id = attributes.string("TemplateID") {
            templateIDs.append(id)
        }
    }

    override func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard code != nil, !overflowed else { return }
        textBytes += chunk.count
        guard textBytes <= Self.textLimit else {
            overflowed = true
            return
        }
        text.append(contentsOf: chunk)
    }

    override func endElement(_ name: XMLName) {
        if name.is("TextCode"), let code, let object {
            words += object.words(text, x: code.x, y: code.y, deltaX: code.deltaX, limit: Self.wordLimit - words.count + 1)
            if words.count > Self.wordLimit {
                words.removeLast(words.count - Self.wordLimit)
                overflowed = true
            }
            self.code = nil
        } else if name.is("TextObject") {
            object = nil
        }
    }
}
