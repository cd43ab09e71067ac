extension Messages {
    /// The part of a nightly report that says what changed since the last scan (`ScanChanges`):
    /// a heading, then for each change its files (the first `ScanChanges.shown`) with what
    /// they hold or held; one line when nothing changed; empty without an earlier scan.
    func changesText(_ changes: ScanChanges?) -> String {
        guard let changes else { return "" }
        let when = Self.localTime(changes.since)
        guard !changes.isEmpty else {
            return language == .zh ? "\n自上次扫描（\(when) 结束）以来，含个人信息的文件没有变化。\n"
                : "\nNo change in the files holding personal data since the last scan (ended \(when)).\n"
        }
        var text = language == .zh ? "\n自上次扫描（\(when) 结束）以来的变化：\n" : "\nChanges since the last scan (ended \(when)):\n"
        for change in ScanChanges.Change.allCases {
            guard let total = changes.totals[change] else { continue }
            text += "  " + changeHeading(change, total) + "\n"
            for file in changes.files where file.change == change {
                let counts = countList(file.counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
                text += language == .zh ? "    \(file.path)（\(counts)）\n" : "    \(file.path) (\(counts))\n"
            }
            if total > ScanChanges.shown {
                text += language == .zh ? "    …另有 \(total - ScanChanges.shown) 个\n" : "    … and \(total - ScanChanges.shown) more\n"
            }
        }
        return text
    }

    private func changeHeading(_ change: ScanChanges.Change, _ n: Int) -> String {
        let files = n == 1 ? "file" : "files"
        switch (change, language) {
        case (.appeared, .zh): return "新出现个人信息的文件 \(n) 个："
        case (.appeared, .en): return "\(n) \(files) now holding personal data:"
        case (.grew, .zh): return "所含个人信息比上次多的文件 \(n) 个（括号内为现在的内容）："
        case (.grew, .en): return "\(n) \(files) holding more personal data than when last read (in brackets, what they hold now):"
        case (.cleared, .zh): return "已不再含个人信息的文件 \(n) 个（括号内为上次的内容）："
        case (.cleared, .en): return "\(n) \(files) no longer holding personal data (in brackets, what they held):"
        case (.gone, .zh): return "已删除或移走的含个人信息文件 \(n) 个（括号内为上次的内容）："
        case (.gone, .en): return "\(n) \(files) that held personal data gone (deleted or moved; in brackets, what they held):"
        case (.leftOut, .zh): return "仍在原处、但本次未扫描的含个人信息文件 \(n) 个（被 .leakscanignore 排除、超过 --max-filesize 或已不是普通文件，仍需处理；括号内为上次的内容）："
        case (.leftOut, .en): return "\(n) \(files) that held personal data still there but not scanned now (left out by .leakscanignore or --max-filesize, or no longer a regular file: still to act on; in brackets, what they held):"
        case (.unreadable, .zh): return "本次无法读取、上次读取时含个人信息的文件 \(n) 个（仍需处理，原因见错误信息）："
        case (.unreadable, .en): return "\(n) \(files) that held personal data when last read could not be read now (still to act on; the errors say why):"
        }
    }
}
