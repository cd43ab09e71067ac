/// A file's extension after its dot (`.jpg`, `.xlsx`, `.mp3`): one to five ASCII letters and
/// digits, a letter among them. A file's own name ends its stem there (`FileNameReader`), and a
/// name right before one in text is a file's (`张梓涵.jpg`, a listing's line).
enum FileExtension {
    /// Where the extension after the dot at `dot` ends (before `end`): at `end` or at a byte
    /// that is neither a letter nor a digit; nil when no extension follows the dot.
    static func end(after dot: Int, in w: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var i = dot + 1
        var letters = 0
        while i < end, isAlphanumeric(w[i]) {
            guard i - dot <= maximumLength else { return nil }
            if isASCIILetter(w[i]) { letters += 1 }
            i += 1
        }
        return i > dot + 1 && letters > 0 ? i : nil
    }

    private static let maximumLength = 5
}
