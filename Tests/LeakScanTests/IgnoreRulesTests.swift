import XCTest
@testable import LeakScan

/// gitignore rules as git documents them (gitignore(5)) and as git's wildmatch tests (t3070) match them.
final class IgnoreRulesTests: XCTestCase {
    // MARK: Glob matching

    func testStarAndQuestionMarkStayWithinOneName() {
        XCTAssertTrue(glob("*", "foo"))
        XCTAssertTrue(glob("*", ""))
        XCTAssertFalse(glob("*", "foo/bar"))
        XCTAssertTrue(glob("f*", "foo"))
        XCTAssertFalse(glob("*f", "foo"))
        XCTAssertTrue(glob("*ob*a*r*", "foobar"))
        XCTAssertTrue(glob("*ab", "aaaaaaabababab"))
        XCTAssertTrue(glob("*/bar", "foo/bar"))
        XCTAssertFalse(glob("foo*bar", "foo/baz/bar"))
        XCTAssertTrue(glob("???", "foo"))
        XCTAssertFalse(glob("??", "foo"))
        XCTAssertFalse(glob("foo?bar", "foo/bar"))
    }

    func testBracketExpressions() {
        XCTAssertTrue(glob("t[a-g]n", "ten"))
        XCTAssertFalse(glob("t[!a-g]n", "ten"))
        XCTAssertTrue(glob("t[!a-g]n", "ton"))
        XCTAssertTrue(glob("t[^a-g]n", "ton"))
        XCTAssertTrue(glob("*[al]?", "ball"))
        XCTAssertFalse(glob("[ten]", "ten"))
        XCTAssertTrue(glob("**[!te]", "ten"))
        XCTAssertFalse(glob("**[!ten]", "ten"))
        XCTAssertTrue(glob("a[]]b", "a]b"))
        XCTAssertTrue(glob("a[]-]b", "a-b"))
        XCTAssertFalse(glob("a[]-]b", "aab"))
        XCTAssertTrue(glob("a[]a-]b", "aab"))
        XCTAssertTrue(glob("[\\]]", "]"))
        XCTAssertFalse(glob("foo[/]bar", "foo/bar"))
        XCTAssertFalse(glob("foo[!a]bar", "foo/bar"))
    }

    func testBackslashMakesTheNextByteLiteral() {
        XCTAssertTrue(glob("foo\\*", "foo*"))
        XCTAssertFalse(glob("foo\\*", "foobar"))
        XCTAssertTrue(glob("\\[ab]", "[ab]"))
        XCTAssertTrue(glob("f\\\\oo", "f\\oo"))
    }

    func testDoubleStar() {
        // Leading "**/": in all folders.
        XCTAssertTrue(glob("**/foo", "foo"))
        XCTAssertTrue(glob("**/foo", "XXX/foo"))
        XCTAssertTrue(glob("**/foo", "bar/baz/foo"))
        XCTAssertFalse(glob("*/foo", "bar/baz/foo"))
        XCTAssertTrue(glob("**/foo/bar", "x/y/foo/bar"))
        XCTAssertFalse(glob("**/bar*", "deep/foo/bar/baz"))
        XCTAssertTrue(glob("**/bar/*", "deep/foo/bar/baz"))
        // Trailing "/**": everything inside, not the folder itself.
        XCTAssertTrue(glob("abc/**", "abc/x"))
        XCTAssertTrue(glob("abc/**", "abc/x/y"))
        XCTAssertFalse(glob("abc/**", "abc"))
        // Middle "/**/": zero or more folders.
        XCTAssertTrue(glob("a/**/b", "a/b"))
        XCTAssertTrue(glob("a/**/b", "a/x/b"))
        XCTAssertTrue(glob("a/**/b", "a/x/y/b"))
        XCTAssertTrue(glob("foo/**/**/bar", "foo/bar"))
        XCTAssertFalse(glob("a/**/b", "a/xb"))
        // Any other "**" is a plain "*".
        XCTAssertTrue(glob("x**y", "xay"))
        XCTAssertFalse(glob("x**y", "xa/y"))
        XCTAssertFalse(glob("foo**bar", "foo/baz/bar"))
    }

    // MARK: Lines of an ignore file

    func testBlankLinesAndCommentsAreNoRules() {
        XCTAssertTrue(rules("\n# a comment\n   \n\r\n").isEmpty)
        XCTAssertEqual(rules("#foo").verdict("#foo"), nil)
        XCTAssertEqual(rules("\\#foo").verdict("#foo"), true)
        XCTAssertEqual(rules("\\!important!.txt").verdict("!important!.txt"), true)
    }

    func testTrailingSpacesAreTrimmedUnlessEscaped() {
        XCTAssertEqual(rules("foo   ").verdict("foo"), true)
        XCTAssertEqual(rules("foo\\ ").verdict("foo "), true)
        XCTAssertEqual(rules("foo\\ ").verdict("foo"), nil)
        XCTAssertEqual(rules("foo\\  ").verdict("foo "), true)
    }

    func testWindowsLineEndsAndByteOrderMark() {
        let r = rules("\u{FEFF}a.csv\r\nb.csv\r\n")
        XCTAssertEqual(r.verdict("a.csv"), true)
        XCTAssertEqual(r.verdict("b.csv"), true)
    }

    func testNegationAndTheLastMatchingRuleWins() {
        let r = rules("*.csv\n!keep.csv")
        XCTAssertEqual(r.verdict("a.csv"), true)
        XCTAssertEqual(r.verdict("keep.csv"), false)
        XCTAssertEqual(r.verdict("sub/keep.csv"), false)
        XCTAssertEqual(r.verdict("a.txt"), nil)
        XCTAssertEqual(rules("!keep.csv\n*.csv").verdict("keep.csv"), true)
    }

    func testTrailingSlashMatchesFoldersOnly() {
        // "foo/" matches a folder foo, not a regular file or symlink foo.
        let r = rules("foo/")
        XCTAssertEqual(r.verdict("foo", isDirectory: true), true)
        XCTAssertEqual(r.verdict("a/foo", isDirectory: true), true)
        XCTAssertEqual(r.verdict("foo"), nil)
    }

    func testNameWithoutSlashMatchesAtAnyDepth() {
        // "hello.*" matches any file or folder whose name begins with "hello.".
        let r = rules("hello.*")
        XCTAssertEqual(r.verdict("hello.txt"), true)
        XCTAssertEqual(r.verdict("a/b/hello.c", isDirectory: true), true)
        XCTAssertEqual(r.verdict("hello"), nil)
        // "frotz/" matches frotz and a/frotz that are folders.
        XCTAssertEqual(rules("frotz/").verdict("a/frotz", isDirectory: true), true)
    }

    func testLeadingOrMiddleSlashAnchorsToTheIgnoreFilesFolder() {
        // "doc/frotz/" matches doc/frotz but not a/doc/frotz.
        let middle = rules("doc/frotz/")
        XCTAssertEqual(middle.verdict("doc/frotz", isDirectory: true), true)
        XCTAssertEqual(middle.verdict("a/doc/frotz", isDirectory: true), nil)
        // "doc/frotz" and "/doc/frotz" have the same effect.
        for pattern in ["doc/frotz", "/doc/frotz"] {
            XCTAssertEqual(rules(pattern).verdict("doc/frotz"), true, pattern)
            XCTAssertEqual(rules(pattern).verdict("a/doc/frotz"), nil, pattern)
        }
        // "/*.c" matches cat-file.c but not mozilla-sha1/sha1.c.
        XCTAssertEqual(rules("/*.c").verdict("cat-file.c"), true)
        XCTAssertEqual(rules("/*.c").verdict("mozilla-sha1/sha1.c"), nil)
        // "foo/*" matches foo/test.json and foo/bar (a folder) but not foo/bar/hello.c.
        let star = rules("foo/*")
        XCTAssertEqual(star.verdict("foo/test.json"), true)
        XCTAssertEqual(star.verdict("foo/bar", isDirectory: true), true)
        XCTAssertEqual(star.verdict("foo/bar/hello.c"), nil)
    }

    func testDeeperFilesWinAndMatchRelativeToTheirFolder() {
        var stack = IgnoreStack()
        stack.push(rules("*.csv\n/top.txt"), base: 0)
        stack.push(rules("!*.csv\n/only-here.txt"), base: "sub/".utf8.count)
        XCTAssertTrue(stack.isIgnored("a.csv"))
        XCTAssertFalse(stack.isIgnored("sub/a.csv"))
        XCTAssertTrue(stack.isIgnored("top.txt"))
        XCTAssertFalse(stack.isIgnored("sub/top.txt"))
        XCTAssertTrue(stack.isIgnored("sub/only-here.txt"))
        XCTAssertFalse(stack.isIgnored("sub/deeper/only-here.txt"))
        stack.pop()
        XCTAssertTrue(stack.isIgnored("sub/a.csv"))
    }

    // MARK: Ignore files in a walk

    func testIgnoreFilesInAWalk() throws {
        let tree = try WalkTestTree()
        let top = "*.log\nbuild/\n", nested = "!keep.log\n/local.csv\n"
        tree.file(".leakscanignore", top)
        tree.file("a.log")
        tree.file("a.csv")
        tree.file("build/out.csv")
        tree.file("sub/.leakscanignore", nested)
        tree.file("sub/keep.log")
        tree.file("sub/other.log")
        tree.file("sub/local.csv")
        tree.file("sub/deeper/local.csv")
        tree.link("sub/link.log", to: "keep.log")
        XCTAssertEqual(tree.walk(), [
            walkedFile(".leakscanignore", top.utf8.count),
            walkedFile("a.csv"),
            .skipped(displayPath: "a.log", reason: .ignored),
            .skipped(displayPath: "build", reason: .ignored),
            walkedFile("sub/.leakscanignore", nested.utf8.count),
            walkedFile("sub/deeper/local.csv"),
            walkedFile("sub/keep.log"),
            .skipped(displayPath: "sub/link.log", reason: .ignored),
            .skipped(displayPath: "sub/local.csv", reason: .ignored),
            .skipped(displayPath: "sub/other.log", reason: .ignored),
        ])
        // A file named as a root is scanned whatever the rules say, as ripgrep does.
        XCTAssertEqual(tree.walk(["a.log"]), [walkedFile("a.log")])
    }

    func testFileInsideAnExcludedFolderCannotBeReincluded() throws {
        let tree = try WalkTestTree()
        let ignore = "build/\n!build/keep.csv\n"
        tree.file(".leakscanignore", ignore)
        tree.file("build/keep.csv")
        XCTAssertEqual(tree.walk(), [
            walkedFile(".leakscanignore", ignore.utf8.count),
            .skipped(displayPath: "build", reason: .ignored),
        ])
    }

    func testEverythingButFooBar() throws {
        // gitignore(5): exclude everything except directory foo/bar.
        let tree = try WalkTestTree()
        tree.file(".leakscanignore", "/*\n!/foo\n/foo/*\n!/foo/bar\n")
        tree.file("top.csv")
        tree.file("foo/other/a.csv")
        tree.file("foo/x.csv")
        tree.file("foo/bar/a.csv")
        XCTAssertEqual(tree.walk(), [
            .skipped(displayPath: ".leakscanignore", reason: .ignored),
            walkedFile("foo/bar/a.csv"),
            .skipped(displayPath: "foo/other", reason: .ignored),
            .skipped(displayPath: "foo/x.csv", reason: .ignored),
            .skipped(displayPath: "top.csv", reason: .ignored),
        ])
    }

    // MARK: Helpers

    private func glob(_ pattern: String, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { GlobPattern(Array(pattern.utf8)).matches($0) }
    }

    private func rules(_ text: String) -> IgnoreRules {
        IgnoreRules(parsing: Array(text.utf8))
    }
}

private extension IgnoreRules {
    func verdict(_ path: String, isDirectory: Bool = false) -> Bool? {
        var path = path
        return path.withUTF8 { verdict(for: $0, isDirectory: isDirectory) }
    }
}

private extension IgnoreStack {
    func isIgnored(_ path: String, isDirectory: Bool = false) -> Bool {
        var path = path
        return path.withUTF8 { isIgnored($0, isDirectory: isDirectory) }
    }
}
