/// JSON string literals, written by hand because reports can hold millions of them.
enum JSONText {
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func quotedOrNull(_ s: String?) -> String { s.map(quoted) ?? "null" }
    static func numberOrNull(_ n: Int?) -> String { n.map(String.init) ?? "null" }

    /// `{"cn_id":3,"mobile":5}` in the fixed order of `Kind.allCases`.
    static func counts(_ counts: [Kind: Int]) -> String {
        "{" + Kind.allCases.compactMap { kind in counts[kind].map { "\"\(kind.rawValue)\":\($0)" } }
            .joined(separator: ",") + "}"
    }
}
