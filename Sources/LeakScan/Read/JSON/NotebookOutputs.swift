/// The outputs of a Jupyter notebook (`.ipynb`, nbformat 4) as `JSONTokens` meets them. An
/// output's `text/html` (a DataFrame's table; all a styled frame has) is HTML written as a JSON
/// string or a list of strings: it is gathered here, to be read by the HTML reader as a file of
/// its own (`cell 3/output 1.html`), so that its table's header names the columns (姓名 over
/// names), where read as a JSON string it named nothing.
///
/// The `text/plain` of an output that has its HTML (a DataFrame's repr: the same values again)
/// is passed over, so that its values are not counted twice. nbformat writes an output's keys
/// sorted, the HTML first; a `text/plain` written before its HTML is read as any JSON string.
///
/// Only the path `cells[…].outputs[…].data` is followed, from the top object: containers
/// elsewhere are only counted, so any JSON may go through.
struct NotebookOutputs {
    enum Role {
        case top, cells, cell, outputs, output, data
        /// An output's HTML: a string, or a list of strings.
        case html
        /// An output's text beside its HTML.
        case plainText
        case other
    }

    /// The containers open along the followed path (seven at most), then how deep below it.
    private var path: [Role] = []
    private var depthBelow = 0
    /// The role of the innermost object's next value, given by its key.
    private var nextValue = Role.other
    private var cell = 0
    private var output = 0
    private var outputHasHTML = false
    private var html: [UInt8] = []
    private var htmlTooLarge = false

    /// The role of a value that starts here.
    var valueRole: Role {
        guard depthBelow == 0 else { return .other }
        switch path.last {
        case nil: return .top
        case .cells: return .cell
        case .outputs: return .output
        case .html: return .html
        case .plainText: return .plainText
        case .top, .cell, .output, .data: return nextValue
        case .other: return .other
        }
    }

    /// Whether a value that starts here is an output's text, not to be scanned as JSON.
    var valueIsOutputText: Bool {
        let role = valueRole
        return role == .html || role == .plainText
    }

    /// `{` or `[`.
    mutating func open(object: Bool) {
        let role = valueRole
        nextValue = .other
        let fits: Bool
        switch role {
        case .top, .cell, .output, .data: fits = object
        case .cells, .outputs, .html, .plainText: fits = !object
        case .other: fits = false
        }
        guard depthBelow == 0, fits else {
            depthBelow += 1
            return
        }
        path.append(role)
        if role == .cell {
            cell += 1
            output = 0
        } else if role == .output {
            output += 1
            outputHasHTML = false
        }
    }

    /// `}` or `]`. Returns whether an output's HTML, a list of strings, ends here.
    mutating func close() -> Bool {
        if depthBelow > 0 {
            depthBelow -= 1
            return false
        }
        nextValue = .other
        return path.popLast() == .html
    }

    /// A key of the innermost object.
    mutating func keyRead(_ key: UnsafeBufferPointer<UInt8>) {
        nextValue = .other
        guard depthBelow == 0, let object = path.last else { return }
        switch object {
        case .top where key.elementsEqual("cells".utf8): nextValue = .cells
        case .cell where key.elementsEqual("outputs".utf8): nextValue = .outputs
        case .output where key.elementsEqual("data".utf8): nextValue = .data
        case .data where key.elementsEqual("text/html".utf8):
            nextValue = .html
            outputHasHTML = true
        case .data where outputHasHTML && key.elementsEqual("text/plain".utf8): nextValue = .plainText
        default: break
        }
    }

    /// A string or bare word was read. Returns whether it was an output's HTML, whole.
    @discardableResult
    mutating func valueRead() -> Bool {
        defer { nextValue = .other }
        return depthBelow == 0 && path.last == .data && nextValue == .html
    }

    /// Text of the output's HTML; past `ArchiveReader.memberLimit`, the HTML is dropped.
    mutating func gather(_ text: UnsafeBufferPointer<UInt8>) {
        guard !htmlTooLarge else { return }
        guard html.count + text.count <= ArchiveReader.memberLimit else {
            htmlTooLarge = true
            html = []
            return
        }
        html.append(contentsOf: text)
    }

    /// Some HTML was gathered and not taken yet.
    var holdsHTML: Bool { !html.isEmpty || htmlTooLarge }

    /// The output's HTML, named as a file in the notebook, or nil when it was too large; the
    /// next output's starts empty.
    mutating func takeHTML() -> (name: String, html: [UInt8]?) {
        defer {
            html = []
            htmlTooLarge = false
        }
        return ("cell \(cell)/output \(output).html", htmlTooLarge ? nil : html)
    }
}
