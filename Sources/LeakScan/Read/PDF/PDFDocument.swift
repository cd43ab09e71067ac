import Glibc
import PDFText

/// An open PDF document (poppler, through the PDFText C interface).
final class PDFDocument {
    private let handle: OpaquePointer

    enum Failure: Error { case unreadable, locked }

    /// Poppler's complaints about damaged files would go to stderr, in the middle of a report:
    /// the scan says itself what it could not read. Set once, before the first document opens.
    private static let silenced: Void = pdftext_silence_messages()

    /// Opens the file at `path`, which poppler reads on demand.
    static func open(path: String) -> Result<PDFDocument, Failure> {
        _ = silenced
        var status = PDFTextOpened
        return opened(pdftext_open_file(path, &status), status)
    }

    /// Opens the `size` bytes that `fill` writes (the whole document), read into memory once
    /// and handed to poppler as they are.
    static func open(size: Int, fill: (UnsafeMutableRawBufferPointer) throws -> Void) throws -> Result<PDFDocument, Failure> {
        _ = silenced
        guard size > 0, let data = malloc(size) else { return .failure(.unreadable) }
        do {
            try fill(UnsafeMutableRawBufferPointer(start: data, count: size))
        } catch {
            free(data)
            throw error
        }
        var status = PDFTextOpened
        // The document owns the bytes from here on, whether it opens or not.
        return opened(pdftext_open_data(data.assumingMemoryBound(to: CChar.self), Int32(size), &status), status)
    }

    private static func opened(_ handle: OpaquePointer?, _ status: PDFTextStatus) -> Result<PDFDocument, Failure> {
        guard let handle else { return .failure(status == PDFTextLocked ? .locked : .unreadable) }
        return .success(PDFDocument(handle))
    }

    private init(_ handle: OpaquePointer) { self.handle = handle }

    deinit { pdftext_close(handle) }

    var pageCount: Int { Int(pdftext_page_count(handle)) }

    /// The words of page `index` (0-based) in poppler's reading order; nil when the page cannot be read.
    func words(ofPage index: Int) -> [PDFWord]? {
        final class Collected { var words: [PDFWord] = [] }
        let collected = Collected()
        let count = withExtendedLifetime(collected) {
            pdftext_page_words(handle, Int32(index), Unmanaged.passUnretained(collected).toOpaque()) { context, word in
                let collected = Unmanaged<Collected>.fromOpaque(context!).takeUnretainedValue()
                let w = word.pointee
                let text = UnsafeRawBufferPointer(start: w.text, count: w.length)
                collected.words.append(PDFWord(text: Array(text), left: w.x0, top: w.y0, right: w.x1, bottom: w.y1,
                                               spaceAfter: w.space_after != 0))
            }
        }
        return count < 0 ? nil : collected.words
    }

    /// The annotations of page `index` (0-based) that hold text: comments, text boxes and
    /// filled form fields (`pdftext_page_annotations`); nil when they cannot be read.
    func annotations(ofPage index: Int) -> [PDFAnnotation]? {
        final class Collected { var annotations: [PDFAnnotation] = [] }
        let collected = Collected()
        let count = withExtendedLifetime(collected) {
            pdftext_page_annotations(handle, Int32(index), Unmanaged.passUnretained(collected).toOpaque()) { context, found in
                let collected = Unmanaged<Collected>.fromOpaque(context!).takeUnretainedValue()
                let a = found.pointee
                func string(_ text: UnsafePointer<CChar>, _ length: Int) -> String {
                    String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self)
                }
                let kind: PDFAnnotation.Kind
                switch a.kind {
                case PDFTextBox: kind = .textBox
                case PDFTextField: kind = .field(label: PDFAnnotation.fieldLabel(name: string(a.name, a.name_length),
                                                                               tooltip: string(a.tooltip, a.tooltip_length)))
                default: kind = .comment
                }
                collected.annotations.append(PDFAnnotation(kind: kind, text: Array(UnsafeRawBufferPointer(start: a.text, count: a.length)),
                                                           left: a.x0, top: a.y0, right: a.x1, bottom: a.y1))
            }
        }
        return count < 0 ? nil : collected.annotations
    }

    /// Whether page `index` shows anything (see `pdftext_page_is_inked`); a page that cannot be
    /// rendered counts as inked: it was not checked.
    func isInked(_ index: Int) -> Bool {
        pdftext_page_is_inked(handle, Int32(index)) != 0
    }

    /// The files attached to the document.
    var attachmentCount: Int { Int(pdftext_attachment_count(handle)) }

    enum Attachment {
        case file(name: String, bytes: [UInt8])
        case tooLarge(name: String)
        case unreadable(name: String)
    }

    /// Attachment `index`, its bytes read when it holds at most `limit`.
    func attachment(_ index: Int, limit: Int) -> Attachment {
        final class Taken { var name: [UInt8] = [], bytes: [UInt8]? }
        let taken = Taken()
        let status = withExtendedLifetime(taken) {
            pdftext_attachment(handle, Int32(index), limit, Unmanaged.passUnretained(taken).toOpaque()) { context, name, nameLength, bytes, length in
                let taken = Unmanaged<Taken>.fromOpaque(context!).takeUnretainedValue()
                taken.name = Array(UnsafeRawBufferPointer(start: name, count: nameLength))
                taken.bytes = bytes.map { Array(UnsafeRawBufferPointer(start: $0, count: length)) }
            }
        }
        let decoded = Self.fileName(taken.name)
        let name = decoded.isEmpty ? "attachment \(index + 1)" : decoded
        switch (status, taken.bytes) {
        case (0, let bytes?): return .file(name: name, bytes: bytes)
        case (1, _): return .tooLarge(name: name)
        default: return .unreadable(name: name)
        }
    }

    /// A PDF text string: UTF-16BE after a byte order mark, else UTF-8 when it reads as such
    /// (some writers store it so), else PDFDocEncoding, taken as Latin-1 (they differ in a few
    /// punctuation marks only).
    static func fileName(_ stored: [UInt8]) -> String {
        if stored.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: stored.count - 1, by: 2).map { UInt16(stored[$0]) << 8 | UInt16(stored[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if let utf8 = String(validatingUTF8: stored.map { CChar(bitPattern: $0) } + [0]) { return utf8 }
        return String(String.UnicodeScalarView(stored.map { Unicode.Scalar($0) }))
    }

    /// The document information entry `key` (Title, Author …), as UTF-8; nil when absent.
    func info(_ key: String) -> [UInt8]? {
        var length = 0
        guard let text = pdftext_info(handle, key, &length) else { return nil }
        defer { free(text) }
        return Array(UnsafeRawBufferPointer(start: text, count: length))
    }
}
