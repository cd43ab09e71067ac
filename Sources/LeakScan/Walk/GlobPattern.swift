/// A gitignore glob, compiled once and matched byte by byte against a `/`-separated path.
///
/// Follows git's wildmatch with WM_PATHNAME: `*`, `?` and `[...]` never match `/`; `**` crosses
/// folders only when it stands alone between slashes or at an end (`**/x`, `x/**`, `x/**/y`),
/// otherwise it is a plain `*`; `\` makes the next byte literal. Case-sensitive, like git on Linux.
struct GlobPattern: Sendable {
    private enum Token: Sendable {
        case byte(UInt8)
        /// `?`
        case any
        /// `*`, or `**` that is not a whole path component.
        case star
        /// `**` as a whole path component.
        case globstar
        /// `[...]`; never matches `/`.
        case set(ByteSet, negated: Bool)
    }

    /// git's wildmatch results: the two aborts stop the outer stars from retrying hopeless positions.
    private enum Outcome {
        case match, noMatch, abortAll, abortToGlobstar
    }

    private let tokens: [Token]

    init(_ pattern: [UInt8]) {
        var tokens: [Token] = []
        var i = 0
        while i < pattern.count {
            let c = pattern[i]
            switch c {
            case UInt8(ascii: "\\"):
                // A lone trailing backslash stands for itself.
                i += 1
                tokens.append(.byte(i < pattern.count ? pattern[i] : c))
            case UInt8(ascii: "?"):
                tokens.append(.any)
            case UInt8(ascii: "*"):
                let start = i
                while i + 1 < pattern.count, pattern[i + 1] == c { i += 1 }
                let wholeComponent = (start == 0 || pattern[start - 1] == slash)
                    && (i + 1 == pattern.count || pattern[i + 1] == slash)
                tokens.append(i > start && wholeComponent ? .globstar : .star)
            case UInt8(ascii: "["):
                if let (set, negated, end) = Self.bracket(pattern, at: i) {
                    tokens.append(.set(set, negated: negated))
                    i = end
                } else {
                    tokens.append(.byte(c))  // no closing `]`: a literal bracket
                }
            default:
                tokens.append(.byte(c))
            }
            i += 1
        }
        self.tokens = tokens
    }

    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        tokens.withUnsafeBufferPointer { Self.wild($0, 0, text, 0) == .match }
    }

    /// Parses `[...]` starting at `start`; returns the set, whether it is negated (`[!...]` or
    /// `[^...]`) and the index of the closing `]`. A `]` right after the opening is a member.
    private static func bracket(_ p: [UInt8], at start: Int) -> (ByteSet, Bool, Int)? {
        var j = start + 1
        var negated = false
        if j < p.count, p[j] == UInt8(ascii: "!") || p[j] == UInt8(ascii: "^") {
            negated = true
            j += 1
        }
        var set = ByteSet()
        var first = true
        while j < p.count {
            var low = p[j]
            if low == UInt8(ascii: "]"), !first { return (set, negated, j) }
            first = false
            if low == UInt8(ascii: "\\") {
                j += 1
                guard j < p.count else { return nil }
                low = p[j]
            }
            if j + 2 < p.count, p[j + 1] == UInt8(ascii: "-"), p[j + 2] != UInt8(ascii: "]") {
                j += 2
                var high = p[j]
                if high == UInt8(ascii: "\\") {
                    j += 1
                    guard j < p.count else { return nil }
                    high = p[j]
                }
                if low <= high { set.insert(low...high) }
            } else {
                set.insert(low...low)
            }
            j += 1
        }
        return nil
    }

    private static func wild(_ pat: UnsafeBufferPointer<Token>, _ p0: Int,
                             _ text: UnsafeBufferPointer<UInt8>, _ t0: Int) -> Outcome {
        var p = p0
        var t = t0
        while p < pat.count {
            let token = pat[p]
            if case .star = token { return star(pat, p, text, t, crossesSlash: false) }
            if case .globstar = token { return star(pat, p, text, t, crossesSlash: true) }
            guard t < text.count else { return .abortAll }
            let c = text[t]
            switch token {
            case .byte(let b):
                if c != b { return .noMatch }
            case .any:
                if c == slash { return .noMatch }
            case .set(let set, let negated):
                if c == slash || set.contains(c) == negated { return .noMatch }
            case .star, .globstar:
                break  // handled above
            }
            p += 1
            t += 1
        }
        return t == text.count ? .match : .noMatch
    }

    /// Matches the star at `pat[p]` and the rest of the pattern against `text[t0...]`.
    private static func star(_ pat: UnsafeBufferPointer<Token>, _ p: Int,
                             _ text: UnsafeBufferPointer<UInt8>, _ t0: Int, crossesSlash: Bool) -> Outcome {
        let next = p + 1
        if next == pat.count {
            // A trailing `*` stops at a slash; a trailing `**` takes everything.
            if crossesSlash { return .match }
            return text[t0...].contains(slash) ? .noMatch : .match
        }
        if case .byte(slash) = pat[next] {
            if crossesSlash {
                // `**/` may stand for no folder at all: `a/**/b` matches `a/b`.
                if wild(pat, next + 1, text, t0) == .match { return .match }
            } else {
                // `*/` takes exactly the rest of the current name.
                guard let s = text[t0...].firstIndex(of: slash) else { return .noMatch }
                return wild(pat, next + 1, text, s + 1)
            }
        }
        var t = t0
        while t < text.count {
            if case .byte(let b) = pat[next] {
                // Skip straight to the next byte that can start the rest of the pattern.
                while t < text.count, text[t] != b, crossesSlash || text[t] != slash { t += 1 }
                if t == text.count || text[t] != b { return .noMatch }
            }
            let outcome = wild(pat, next, text, t)
            if outcome != .noMatch {
                if !crossesSlash || outcome != .abortToGlobstar { return outcome }
            } else if !crossesSlash, text[t] == slash {
                return .abortToGlobstar
            }
            t += 1
        }
        return .abortAll
    }
}

private let slash = UInt8(ascii: "/")

/// A set of bytes, one bit each.
private struct ByteSet: Sendable {
    private var bits = SIMD4<UInt64>(repeating: 0)

    mutating func insert(_ range: ClosedRange<UInt8>) {
        for b in range { bits[Int(b >> 6)] |= 1 << UInt64(b & 63) }
    }

    func contains(_ b: UInt8) -> Bool {
        bits[Int(b >> 6)] & (1 << UInt64(b & 63)) != 0
    }
}
