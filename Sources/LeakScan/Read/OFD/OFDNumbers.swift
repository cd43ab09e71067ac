import Glibc

/// Numbers in OFD attribute values (`Boundary="10 20 30 5"`, `CTM`, `DeltaX="g 3 1.5 2"`), read
/// straight from the value's bytes: a page of a roster holds thousands of them, and going
/// through `String` cost more than laying the page out.
enum OFDNumbers {
    /// Calls `body` with each token of `value` set apart by blanks, while it returns true.
    @inline(__always)
    static func forEachToken(_ value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        var i = 0
        while i < value.count {
            while i < value.count, isBlank(value[i]) { i += 1 }
            let start = i
            while i < value.count, !isBlank(value[i]) { i += 1 }
            if i > start, !body(UnsafeBufferPointer(rebasing: value[start..<i])) { return }
        }
    }

    /// The numbers of `value`, up to the first token that is none.
    static func list(_ value: UnsafeBufferPointer<UInt8>?) -> [Double] {
        guard let value else { return [] }
        var numbers: [Double] = []
        forEachToken(value) { token in
            guard let n = number(token) else { return false }
            numbers.append(n)
            return true
        }
        return numbers
    }

    /// The first number of `value` (`X="12.5"`), nil when it holds none.
    static func first(_ value: UnsafeBufferPointer<UInt8>?) -> Double? {
        guard let value else { return nil }
        var found: Double?
        forEachToken(value) { token in
            found = number(token)
            return false
        }
        return found
    }

    /// A decimal number (`-12.5`, `.5`, `3`; with an exponent through `strtod`), nil for anything else.
    static func number(_ token: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = token.first == UInt8(ascii: "-")
        if negative || token.first == UInt8(ascii: "+") { i = 1 }
        var whole = 0.0, digits = 0
        while i < token.count, isDigit(token[i]) {
            whole = whole * 10 + Double(token[i] &- 0x30)
            i += 1
            digits += 1
        }
        if i < token.count, token[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            while i < token.count, isDigit(token[i]) {
                whole += Double(token[i] &- 0x30) * scale
                scale /= 10
                i += 1
                digits += 1
            }
        }
        guard digits > 0 else { return nil }
        if i == token.count { return negative ? -whole : whole }
        guard token[i] | 0x20 == UInt8(ascii: "e"), token.count < 64 else { return nil }
        // An exponent: rare enough for the C library.
        var buffer = [CChar](repeating: 0, count: token.count + 1)
        for k in token.indices { buffer[k] = CChar(bitPattern: token[k]) }
        return buffer.withUnsafeMutableBufferPointer { c -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(c.baseAddress!, &end)
            return end == c.baseAddress! + token.count ? value : nil
        }
    }

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
