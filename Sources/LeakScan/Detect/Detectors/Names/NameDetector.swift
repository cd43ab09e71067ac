/// Chinese personal names (kind `name`). Names have no checksum, so the detector asks for
/// context and gives up when in doubt:
/// - in a column headed by a name keyword (姓名, 监护人, Name): a cell that is a whole name, in
///   Han characters (a surname and one to three more), with middle dots (阿不都·热合曼) or in pinyin;
/// - in any other column: a cell that is a whole Han name, kept only if its row holds another
///   personal value (`needsCompanion`), or when the column holds mostly such cells (three at
///   least, three in four of its text cells: `ColumnTally.holdsLookalikesWithOneMore`);
/// - in running text: a surname-led name of two or three characters (four with a compound
///   surname) right after a cue (学生, 家长, 联系人：, 二班; or a name key in a log line,
///   `name=`, `"xm":"`) or right before one (同学, 老师, 之子; or 男 or 女 standing alone, as a
///   person's particulars are listed: 张伟，男，汉族), or right beside a personal ID or phone
///   number (张伟（13812345678）), or written apart with two more names (张梓涵 李浩然 王一诺), or
///   opening lines one after another (a list of winners, one a line: 张梓涵（实验小学）↵ 李浩然 …).
///   Ordinary words (高兴, 王国), place names and well-known figures (鲁迅先生) are never names;
/// - anywhere, a Han name found earlier in the same document, again: in a home-visit record the
///   student is named once after 学生：, then in sentences with no cue (为汤若彤答疑).
final class NameDetector: Detector, @unchecked Sendable {
    let lexicon: NameLexicon
    let spans: NameSpans
    let keywords: HeaderKeywords
    let organisation: OrganisationContext
    /// By cue index: the cue is a staff word (联系人), after which a name may be an office's contact.
    let staffCues: [Bool]
    /// 的, allowed between a name and a cue after it (张伟的家长).
    static let possessive: UInt32 = 0x7684

    init(lexicon: NameLexicon = .shared, keywords: HeaderKeywords = .shared) {
        self.lexicon = lexicon
        self.keywords = keywords
        organisation = OrganisationContext(keywords: keywords)
        staffCues = (0..<lexicon.cues.count).map { keywords.isStaffWord(lexicon.cues.cue(at: $0).bytes) }
        spans = NameSpans(lexicon: lexicon)
        super.init(trigger: [.cell, .han, .besideValue, .number, .recurrence, .keyedText, .afterBlank, .lineStart, .atSign])
    }

    /// The cues' first characters, and the ideographic space that sets names apart.
    override var hanTriggers: [Unicode.Scalar] {
        lexicon.cues.triggers + [Self.ideographicSpace, Self.headingBracket, Self.wideFullStop, Self.wideClosingBracket]
    }

    static let ideographicSpace: Unicode.Scalar = "\u{3000}"
    /// 【, opening a heading (【邱睿泽】 over a report card's comment).
    static let headingBracket: Unicode.Scalar = "\u{3010}"
    /// ． and ）, wide marks of a list's number (`1．郭琪超`, `（2）王建国`): asked for only so that
    /// the engine wakes the word after them, as it does after `、`, a cue already.
    static let wideFullStop: Unicode.Scalar = "\u{FF0E}"
    static let wideClosingBracket: Unicode.Scalar = "\u{FF09}"

    override var recurringKind: Kind? { .name }

    /// A name of three characters or more seldom stands inside other words. One of two may (张强
    /// in 扩张强度): it needs a name's edge on one side at least (与王敏电话沟通), and it is never
    /// also an ordinary word (高一 in a name column, then in 高一(6)班: only a cue vouches for it).
    override func detect(recurrence range: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        if range.count == 6 {
            let run = HanRun(context.window, from: range.lowerBound, end: range.upperBound, limit: 2)
            guard !lexicon.isStopWord(run, at: 0), spans.nameEdges(range, context) > 0 else { return }
        }
        matches.append(Match(kind: .name, confidence: .medium, range: range))
    }

    /// A name column, or a column that names nothing in particular (a header-less export).
    override func wantsCells(under hints: ContextHints) -> Bool {
        isNameColumn(hints) || isPayeeColumn(hints) || hints.contains(.titledName)
            || hints.isDisjoint(with: [.name, .address, .organisation, .thingCode])
    }

    /// A column of payees (收款人名称) names people and organisations alike: a bank's batch
    /// transfer pays teachers, a finance sheet suppliers.
    func isPayeeColumn(_ hints: ContextHints) -> Bool {
        hints.isSuperset(of: [.name, .organisation])
    }

    func isNameColumn(_ hints: ContextHints) -> Bool {
        hints.contains(.name) && !hints.contains(.organisation)
    }

    /// List numbers matter in running text only: a table has its own rows.
    override var wantsNumbersInTables: Bool { false }

    // The engine's calls, each worked out in its own file: NameDetector+Cells (a table's cells),
    // +Cues (Han characters a cue opens with), +Mentions (`@` and blanks), +Lines (a line's
    // start), +Numbers (a number beside a name), +Keys (a log's or a query's name key),
    // +BesideValues (a name beside another personal value).
    override func detect(cell: Range<Int>, _ context: DetectionContext, into matches: MatchList) {
        namesIn(cell: cell, context, into: matches)
    }
    override func headsValues(cell: Range<Int>, _ context: DetectionContext) -> Bool {
        headsNames(cell: cell, context)
    }
    override func detect(han scalar: Unicode.Scalar, at: Int, _ context: DetectionContext, into matches: MatchList) {
        namesAround(han: scalar, at: at, context, into: matches)
    }
    override func detect(atSign at: Int, _ context: DetectionContext, into matches: MatchList) {
        nameMentioned(atSign: at, context, into: matches)
    }
    override func detect(afterBlank at: Int, _ context: DetectionContext, into matches: MatchList) {
        nameAfter(blankAt: at, context, into: matches)
    }
    override func detect(lineStart at: Int, _ context: DetectionContext, into matches: MatchList) {
        namesOpening(lineAt: at, context, into: matches)
    }
    override func detect(_ token: NumberToken, _ context: DetectionContext, into matches: MatchList) {
        namesBeside(token, context, into: matches)
    }
    override func detect(keyed at: Int, key: ContextHints, _ context: DetectionContext, into matches: MatchList) {
        nameAfter(keyed: at, key: key, context, into: matches)
    }
    override func detect(beside value: Match, _ context: DetectionContext, into matches: MatchList) {
        namesBeside(value: value, context, into: matches)
    }
}
