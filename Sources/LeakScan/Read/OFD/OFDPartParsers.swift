import Foundation

/// Reads the small index parts of an OFD package (GB/T 33190-2016, 7.4–7.5): the entry file
/// `OFD.xml` (each document's root part and its information) and a document's root part
/// (its pages, page templates and attachments list, in that order).

/// `OFD.xml`: the documents' root parts (`DocBody/DocRoot`), and the document information the
/// standard defines that people write (`DocInfo`: title, author, subject, abstract, keywords,
/// creator, custom data), each with the field a finding names. Elements a writer adds of its
/// own are not read: easyofd signs every file with its author's e-mail address, which is not
/// the document's.
final class OFDEntryParser: XMLContentHandler {
    private(set) var documentRoots: [String] = []
    private(set) var information: [(field: String, text: [UInt8])] = []

    /// Fields named as the PDF reader names them.
    private static let fields: [(element: StaticString, field: String)] = [
        ("DocRoot", ""), ("Title", "title"), ("Author", "author"), ("Subject", "subject"), ("Abstract", "abstract"),
        ("Keyword", "keywords"), ("Creator", "creator"), ("CustomData", "custom data"),
    ]
    private var field: String?
    private var text: [UInt8] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        field = Self.fields.first { name.is($0.element) }?.field
        text.removeAll(keepingCapacity: true)
    }

    override func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
        // Index entries are short: a longer one is not kept whole (memory guard).
        if field != nil, text.count < 1 << 20 { text.append(contentsOf: chunk) }
    }

    override func endElement(_ name: XMLName) {
        guard let field else { return }
        if field.isEmpty {
            documentRoots.append(String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        } else if text.contains(where: { $0 > 0x20 }) {
            information.append((field, text))
        }
        self.field = nil
    }
}

/// A document's root part (`Document.xml`): its pages' content parts in order, its page
/// templates by ID, and its attachments list part, as written (relative to the root part).
final class OFDDocumentParser: XMLContentHandler {
    private(set) var pages: [String] = []
    private(set) var templates: [String: String] = [:]
    private(set) var attachmentsList: String?

    private var attachments = LocationText()

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("Page"), let location = attributes.string("BaseLoc") {
            pages.append(location)
        } else if name.is("TemplatePage"), let id = attributes.string("ID"), let location = attributes.string("BaseLoc") {
            templates[id] = location
        } else if name.is("Attachments") {
            attachments.open()
        }
    }

    override func characters(_ chunk: UnsafeBufferPointer<UInt8>) { attachments.append(chunk) }

    override func endElement(_ name: XMLName) {
        if attachments.isOpen, name.is("Attachments") { attachmentsList = attachments.close() }
    }
}

/// An attachments list part (`Attachments.xml`): each attached file's name and where it lies
/// (`FileLoc`, relative to the list part).
final class OFDAttachmentsParser: XMLContentHandler {
    private(set) var files: [(name: String, location: String)] = []

    private var name: String?
    private var location = LocationText()

    override func startElement(_ element: XMLName, _ attributes: XMLAttributes) {
        if element.is("Attachment") {
            name = attributes.string("Name")
        } else if element.is("FileLoc") {
            location.open()
        }
    }

    override func characters(_ chunk: UnsafeBufferPointer<UInt8>) { location.append(chunk) }

    override func endElement(_ element: XMLName) {
        guard location.isOpen, element.is("FileLoc") else { return }
        let path = location.close()
        files.append((name ?? path, path))
    }
}

/// The text of an element that holds a part's location, gathered while it is open (a few KiB
/// at most: a longer one is damage).
private struct LocationText {
    private(set) var isOpen = false
    private var text: [UInt8] = []

    mutating func open() {
        isOpen = true
        text.removeAll(keepingCapacity: true)
    }

    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        if isOpen, text.count < 4096 { text.append(contentsOf: chunk) }
    }

    mutating func close() -> String {
        isOpen = false
        return String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
