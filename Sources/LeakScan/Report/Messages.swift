#if canImport(Glibc)
import Glibc
#endif

/// The language of messages for people: Chinese when the locale says so, English otherwise.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`, in the order POSIX gives them precedence.
    public static func fromEnvironment() -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let raw = getenv(name), let value = String(validatingCString: raw), !value.isEmpty else { continue }
            return value.hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}

/// Every sentence leakscan says to a person, in both languages.
public struct Messages: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func kindName(_ kind: Kind) -> String {
        switch (kind, language) {
        case (.cnID, .zh): return "身份证号"
        case (.cnID, .en): return "resident ID"
        case (.cnID15, .zh): return "15位身份证号"
        case (.cnID15, .en): return "15-digit resident ID"
        case (.cnIDTruncated, .zh): return "身份证号（被Excel存为数字）"
        case (.cnIDTruncated, .en): return "resident ID stored as a number"
        case (.mobile, .zh): return "手机号"
        case (.mobile, .en): return "mobile"
        case (.landline, .zh): return "固定电话"
        case (.landline, .en): return "landline"
        case (.email, .zh): return "电子邮箱"
        case (.email, .en): return "e-mail"
        case (.bankCard, .zh): return "银行卡号"
        case (.bankCard, .en): return "bank card"
        case (.birthDate, .zh): return "出生日期"
        case (.birthDate, .en): return "birth date"
        case (.name, .zh): return "姓名"
        case (.name, .en): return "name"
        case (.address, .zh): return "住址"
        case (.address, .en): return "address"
        case (.biometric, .zh): return "生物识别信息"
        case (.biometric, .en): return "biometric data"
        case (.record, .zh): return "个人记录"
        case (.record, .en): return "personal record"
        }
    }

    public func confidence(_ c: Confidence) -> String {
        switch (c, language) {
        case (.high, .zh): return "高"
        case (.high, .en): return "high"
        case (.medium, .zh): return "中"
        case (.medium, .en): return "medium"
        }
    }

    public var organisationalTag: String { language == .zh ? "单位联系方式" : "organisation's contact" }
    public var hiddenTag: String { language == .zh ? "隐藏" : "hidden" }

    public func location(_ l: Location) -> String {
        var parts: [String] = []
        // A member of an archive, or a file attached to a PDF: words that fit both.
        if let member = l.member { parts.append(language == .zh ? "内含文件 \(member)" : "in \(member)") }
        // In the file's name: where in it is plain to see.
        switch l.inName {
        case .file: return (parts + [language == .zh ? "文件名" : "file name"]).joined(separator: " ")
        case .folder: return (parts + [language == .zh ? "文件夹名" : "folder name"]).joined(separator: " ")
        case nil: break
        }
        if let page = l.page { parts.append(language == .zh ? "第\(page)页" : "page \(page)") }
        if let sheet = l.sheet { parts.append(language == .zh ? "工作表 \(sheet)" : "sheet \(sheet)") }
        if let cell = l.cell { parts.append(language == .zh ? "单元格 \(cell)" : "cell \(cell)") }
        if let line = l.line { parts.append(language == .zh ? "第\(line)行" : "line \(line)") }
        if let column = l.column {
            parts.append(language == .zh ? "第\(column)列" : "column \(column)")
        }
        if let field = l.field { parts.append("[\(field)]") }
        return parts.joined(separator: " ")
    }

    /// The error `message` of the file at `path`, its long runs of digits masked (`Masker.maskNumberRuns`).
    public func error(path: String, message unmasked: String) -> String {
        let message = Masker.maskNumberRuns(unmasked)
        guard language == .zh else { return "cannot scan \(path): \(message)" }
        guard let explanation = ErrorExplanations.chinese(for: message) else { return "无法扫描 \(path)：\(message)" }
        return "无法扫描 \(path)：\(explanation)（\(message)）"
    }

    /// `reason`: a `SkipReason` raw value or `binary`, said in words.
    public func skipped(path: String, reason: String) -> String {
        language == .zh ? "跳过 \(path)：\(skipReason(reason))" : "skipped \(path): \(skipReason(reason))"
    }

    private func skipReason(_ reason: String) -> String {
        switch (SkipReason(rawValue: reason), language) {
        case (.vcsFolder, .zh): return "版本库目录"
        case (.vcsFolder, .en): return "version-control folder"
        case (.ignored, .zh): return "按 .leakscanignore 忽略"
        case (.ignored, .en): return "ignored by .leakscanignore"
        case (.symlink, .zh): return "符号链接，未跟随"
        case (.symlink, .en): return "symbolic link, not followed"
        case (.special, .zh): return "不是普通文件"
        case (.special, .en): return "not a regular file"
        case (.symlinkLoop, .zh): return "符号链接形成循环，目录已扫描"
        case (.symlinkLoop, .en): return "symlink loop, folder already walked"
        case (nil, .zh) where reason == "binary": return "二进制文件"
        default: return reason
        }
    }

    public func verdict(_ v: FileDecision.Verdict) -> String {
        switch (v, language) {
        case (.block, .zh): return "含个人信息，不得上传或提交"
        case (.block, .en): return "holds personal data: do not upload or commit"
        case (.warn, .zh): return "仅含单位联系方式"
        case (.warn, .en): return "holds only organisations' contact details"
        case (.pass, .zh): return "未发现个人信息"
        case (.pass, .en): return "no personal data found"
        case (.unscanned, .zh): return "无法扫描，结果未知"
        case (.unscanned, .en): return "could not be scanned: result unknown"
        }
    }

    /// The first line of a file's check: may it be sent (or, `purpose` `.commit`, committed)?
    public func checkVerdict(_ v: FileDecision.Verdict, path: String, purpose: CheckPurpose = .upload) -> String {
        if purpose == .commit { return commitVerdict(v, path: path) }
        switch (v, language) {
        case (.block, .zh): return "✗ \(path)：不得上传或提交，文件含个人信息。"
        case (.block, .en): return "✗ \(path): must not be uploaded or committed: it holds personal data."
        case (.warn, .zh): return "✓ \(path)：可以上传，只含单位联系方式。"
        case (.warn, .en): return "✓ \(path): may be uploaded: it holds only organisations' contact details."
        case (.pass, .zh): return "✓ \(path)：可以上传，未发现个人信息。"
        case (.pass, .en): return "✓ \(path): may be uploaded: no personal data found."
        case (.unscanned, .zh): return "? \(path)：无法检查，检查通过前不要上传。"
        case (.unscanned, .en): return "? \(path): could not be checked: do not upload it until it can be."
        }
    }

    private func commitVerdict(_ v: FileDecision.Verdict, path: String) -> String {
        switch (v, language) {
        case (.block, .zh): return "✗ \(path)：不得提交，暂存的内容含个人信息。"
        case (.block, .en): return "✗ \(path): must not be committed: its staged content holds personal data."
        case (.warn, .zh): return "✓ \(path)：可以提交，只含单位联系方式。"
        case (.warn, .en): return "✓ \(path): may be committed: it holds only organisations' contact details."
        case (.pass, .zh): return "✓ \(path)：可以提交，未发现个人信息。"
        case (.pass, .en): return "✓ \(path): may be committed: no personal data found."
        case (.unscanned, .zh): return "? \(path)：无法检查，检查通过前不要提交。"
        case (.unscanned, .en): return "? \(path): could not be checked: do not commit it until it can be."
        }
    }

    /// The last line of a check of staged files: what to do when the commit is refused.
    public func commitConclusion(_ status: ExitStatus) -> String {
        switch (status, language) {
        case (.found, .zh):
            return "结论：拒绝提交，暂存区含个人信息。请删除或脱敏后重新暂存（git add），或取消暂存该文件（git restore --staged 文件）。"
        case (.found, .en):
            return "Result: commit refused: staged files hold personal data. Remove or mask it and stage the file again (git add), or unstage the file (git restore --staged FILE)."
        case (.incomplete, .zh):
            return "结论：拒绝提交，有暂存的文件无法检查。确认其中没有个人信息后，可用 git commit --no-verify 提交。"
        case (.incomplete, .en):
            return "Result: commit refused: some staged files could not be checked. Once you know they hold no personal data, git commit --no-verify commits them."
        default:
            return conclusion(status)
        }
    }

    /// The files found in folders that may be sent, counted (`CheckReporter`).
    public func checkQuietPasses(_ count: Int) -> String {
        language == .zh ? "✓ 所查文件夹中另有 \(count) 个文件可以上传，未发现个人信息。"
            : "✓ \(count) more files in the folders checked may be uploaded: no personal data found."
    }

    /// Files or folders a `.leakscanignore` left out of the check: not news for a folder's links,
    /// but an ignore file staged with a roster must not pass it unseen.
    public func checkIgnored(_ count: Int) -> String {
        language == .zh ? "注意：有 \(count) 个文件或文件夹按 .leakscanignore 未检查。"
            : "Note: \(count) files or folders were not checked: a .leakscanignore leaves them out."
    }

    /// A checked file whose personal data is all in its name (a photo named by an ID number), or
    /// a folder so named.
    public func checkInNameOnly(folder: Bool) -> String {
        switch (language, folder) {
        case (.zh, false): return "个人信息全在文件名中：请给文件改名。"
        case (.zh, true): return "个人信息在文件夹名中：请给文件夹改名。"
        case (.en, false): return "All of it is in the file's name: rename the file."
        case (.en, true): return "It is in the folder's name: rename the folder."
        }
    }

    /// What a checked file holds, by kind.
    public func checkHolds(_ counts: [(Kind, Int)]) -> String {
        (language == .zh ? "内容：" : "Holds: ") + countList(counts)
    }

    /// Counts by kind, `resident ID 40, mobile 40` (`身份证号 40 处，手机号 40 处`).
    public func countList(_ counts: [(Kind, Int)]) -> String {
        if language == .zh { return counts.map { "\(kindName($0.0)) \($0.1) 处" }.joined(separator: "，") }
        return counts.map { "\(kindName($0.0)) \($0.1)" }.joined(separator: ", ")
    }

    public var checkExamples: String { language == .zh ? "例如：" : "For example:" }

    public var checkBinary: String {
        language == .zh ? "不是文本、表格或文档文件，未检查其内容。" : "not a text, spreadsheet or document file: its content was not checked."
    }

    /// The findings a check leaves out, and how to see them.
    public func checkMore(_ count: Int, path: String, purpose: CheckPurpose) -> String {
        switch (purpose, language) {
        case (.upload, .zh): return "另有 \(count) 处；逐条查看：leakscan scan \(path)"
        case (.upload, .en): return "and \(count) more; to list them all: leakscan scan \(path)"
        // `scan` reads the working tree's copy, which may differ from the staged one.
        case (.commit, .zh): return "另有 \(count) 处；逐条查看工作区中的副本：leakscan scan \(path)"
        case (.commit, .en): return "and \(count) more; to list those of the working tree's copy: leakscan scan \(path)"
        }
    }

    /// A file an incremental scan did not read again, and what it held when it was read.
    public func unchanged(since: Int64, counts: [(Kind, Int)], path: String) -> String {
        let when = Self.localTime(since)
        if language == .zh {
            return "自 \(when) 扫描以来未改动，未重新读取：" + countList(counts) + "（逐条查看：leakscan scan \(path)）"
        }
        return "unchanged since it was read on \(when): " + countList(counts) + " (to list them: leakscan scan \(path))"
    }

    /// A file's line in the list of files (`scan --format files`): its verdict and what it holds.
    public func fileLine(_ outcome: FileOutcome) -> String {
        let counts = countList(outcome.decision.counts)
        let verdict = self.verdict(outcome.decision.verdict)
        var line = language == .zh ? "\(outcome.displayPath)：\(verdict)（\(counts)）" : "\(outcome.displayPath): \(verdict) (\(counts))"
        if let since = outcome.unchangedSince {
            let when = Self.localTime(since)
            line += language == .zh ? "，自 \(when) 扫描以来未改动" : ", unchanged since \(when)"
        }
        return line
    }

    /// `seconds` since 1970 as local time, `2026-12-03 02:00`.
    static func localTime(_ seconds: Int64) -> String {
        var t = time_t(seconds)
        var parts = tm()
        localtime_r(&t, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let n = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M", &parts)
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public func summary(_ s: ScanSummary) -> String {
        let counts = Kind.allCases.compactMap { kind in
            s.counts[kind].map { "\(kindName(kind)) \($0)" }
        }
        let found = counts.isEmpty ? "" : (language == .zh ? "；发现：" : "; found: ") +
            counts.joined(separator: language == .zh ? "，" : ", ")
        if language == .zh {
            let unchanged = s.filesUnchanged > 0 ? "（其中 \(s.filesUnchanged) 个自上次扫描以来未改动）" : ""
            let ignored = s.pathsIgnored > 0 ? "，\(s.pathsIgnored) 个文件或文件夹被 .leakscanignore 排除（--verbose 列出）" : ""
            let binary = s.unknownBinaryFiles > 0 ? "，\(s.unknownBinaryFiles) 个格式无法识别的二进制文件或压缩包成员未读取（--verbose 列出其中的文件）" : ""
            return "已扫描 \(s.filesScanned) 个文件\(unchanged)，\(s.filesBlocked) 个含个人信息，\(s.filesUnscanned) 个无法扫描\(ignored)\(binary)" + found
        }
        let unchanged = s.filesUnchanged > 0 ? " (\(s.filesUnchanged) of them unchanged since the last scan)" : ""
        let ignored = s.pathsIgnored > 0 ? ", \(s.pathsIgnored) files or folders left out by .leakscanignore (--verbose lists them)" : ""
        let binary = s.unknownBinaryFiles > 0 ? ", \(s.unknownBinaryFiles) binary files or members of a kind not read (--verbose names the files)" : ""
        return "scanned \(s.filesScanned) files\(unchanged), \(s.filesBlocked) with personal data, \(s.filesUnscanned) could not be scanned\(ignored)\(binary)" + found
    }

    /// The heading of the files that expose the most (`ExposureRanking`), `shown` of `blocked`.
    public func rankingTitle(shown: Int, blocked: Int) -> String {
        if language == .zh {
            return "最需处理的文件（共 \(blocked) 个含个人信息，按个人记录数、再按身份证号和银行卡号数排序，列出前 \(shown) 个）："
        }
        return "Files to act on first (\(blocked) hold personal data; by personal records, then ID and bank card numbers; the first \(shown)):"
    }

    /// The last line, which says what to do.
    public func conclusion(_ status: ExitStatus) -> String {
        switch (status, language) {
        case (.found, .zh): return "结论：发现个人信息，请删除或脱敏后再上传、提交。"
        case (.found, .en): return "Result: personal data found. Remove or mask it before uploading or committing."
        case (.incomplete, .zh): return "结论：未发现个人信息，但有文件无法扫描，不能视为安全。"
        case (.incomplete, .en): return "Result: no personal data found, but some files could not be scanned: not known to be clean."
        case (.clean, .zh): return "结论：未发现个人信息。"
        case (.clean, .en): return "Result: no personal data found."
        case (.usage, .zh): return "结论：扫描未能进行。"
        case (.usage, .en): return "Result: the scan could not run."
        }
    }
}
