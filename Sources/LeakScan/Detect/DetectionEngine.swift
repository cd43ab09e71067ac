/// Finds candidates in one pass over a piece's bytes and hands them to the detectors.
///
/// Candidates are found in the byte classes' bit masks (`ByteClasses`), so bytes that cannot
/// start a value cost nothing; Chinese characters, when some detector looks at them, are
/// looked up one at a time in a table of the few it asked for (`Detector.hanTriggers`).
/// Digits, `@`, those characters and a key's colon before a capital letter wake detectors. A
/// table row comes whole (`scanRow`).
/// What is found goes through a `RecordCollector`, which hands it on when the record (table
/// row or line) ends. One engine per thread: it reuses its buffers between pieces.
public final class DetectionEngine {
    /// Detectors live in fixed buffers of unmanaged references (kept alive by `detectors`):
    /// loading a reference from an array retains and releases it per call, which cost more than
    /// the detection itself.
    private let numberDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    /// For each digit count (32 standing for more), a bit per number detector that wants tokens
    /// of that many digits: a short token (a score, a list number) wakes only the few that care.
    /// The first 33 entries are for running text, the next 33 for table cells.
    private let numberDetectorsByDigits: UnsafeMutableBufferPointer<UInt32>
    private let numberDetectorGroupMinimums: UnsafeMutableBufferPointer<Int>
    /// Number detectors that take a number opening a table cell only under a column with their
    /// cue (`Detector.cellOpeningNumberCue`): a bit per detector, and the cues.
    private let cueNumberDetectors: UInt32
    private let numberDetectorCues: UnsafeMutableBufferPointer<ContextHints>
    private let maskedNumberDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    private let atSignDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    private let cellDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    /// `cellDetectorMask` by the raw value of a header's hints (below `cellMaskCount`), filled as
    /// headers are met.
    private let cellMasks: UnsafeMutableBufferPointer<UInt8>
    private static let cellMaskCount = 4096
    private static let unknownCellMask: UInt8 = 0xFF
    private let hanDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    private let besideDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    private let keyedDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    private let afterBlankDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    private let lineStartDetectors: UnsafeMutableBufferPointer<Unmanaged<Detector>>
    /// The hints of the keys met in running text (`TextKeys`), by key; bounded.
    private var keyHints: [String: ContextHints] = [:]
    private static let maximumKeyHints = 1024
    /// The detector handed recurrences of the values it found earlier in the document (at most one).
    private let recurrenceDetector: Unmanaged<Detector>?
    private let recurringKind: Kind?
    private let recurring: RecurringValues
    /// Landlines and e-mail addresses found to be an organisation's earlier in the document.
    private var organisationalNumbers = OrganisationalNumbers()
    /// Chinese characters can wake a detector (see `ByteClasses.nextCandidate`).
    private let hanClasses: Bool
    /// For each BMP scalar, a bit per Han detector that wants it (at most 7 Han detectors), and
    /// `recurrenceBit` where a remembered value starts.
    private let hanTable = HanTriggerTable()
    private static let recurrenceBit: UInt8 = 0x80
    /// `exampleBit` where a template's example mark may start (示, 样, 范 of 示例, 样例, 范例).
    private static let exampleBit: UInt8 = 0x40
    /// `keyColonBit` on `：`, which may end an ASCII key before a value of letters (`Name：Li Xinyi`,
    /// typed with a Chinese input method), as `:` does.
    private static let keyColonBit: UInt8 = 0x20
    private static let fullwidthColon = 0xFF1A
    private let keywords: HeaderKeywords
    /// A cell holding a placeholder name alone (张三, 李四) marks its row as a template's example.
    private let emptyValues = EmptyValues.shared
    private let organisation = OrganisationContext.shared
    /// Digit groups of the current token; fixed storage, so tokens cost no allocation.
    private let groups: UnsafeMutablePointer<Range<Int>>
    private let matches = MatchList()
    /// Byte classes of pieces that come without (workbook cells, HTML text).
    private let scratchClasses = ByteClassMap()
    /// Text with fullwidth digits or dashes between digits, written in ASCII, and the cells of a row in it.
    private let folding = ASCIIFolding()
    private let foldedCells = ReusedStorage<RowCell>(capacity: 64)
    /// While folded text is scanned: the text it was folded from, where its findings are located.
    private var foldedFrom: UnsafeBufferPointer<UInt8>?
    private var accepted: [Match] = []
    private var collector = RecordCollector()
    /// Window offset where the last reported match of the current piece ends: a value found
    /// later beside another (a name before a phone) may not reach back over it.
    private var reportedEnd = 0
    /// Matches of the last batch that lie past digits not scanned yet (a list of names after its
    /// cue, 家长：魏红霞（187…），廖俊豪, found at once): reported with the next batch or at the
    /// piece's end, so that scanning reads the number between them first, and findings stay in order.
    private var deferred: [Match] = []
    /// The kinds a cell detector reported for the whole current cell: found again inside it,
    /// they are the same value (an address cell and the estate number in it).
    private var cellKinds: UInt32 = 0

    /// Digit groups one token may join; longer chains are cut (no value we report has more).
    static let maxGroups = 8

    /// The detectors as given, so that another thread can get an engine of its own (`sibling`).
    private let detectors: [Detector]

    public init(detectors: [Detector] = StandardDetectors.all(), keywords: HeaderKeywords = .shared) {
        self.detectors = detectors
        func references(_ trigger: Trigger) -> UnsafeMutableBufferPointer<Unmanaged<Detector>> {
            let chosen = detectors.filter { $0.trigger.contains(trigger) }
            let buffer = UnsafeMutableBufferPointer<Unmanaged<Detector>>.allocate(capacity: chosen.count)
            _ = buffer.initialize(from: chosen.map { Unmanaged.passUnretained($0) })
            return buffer
        }
        let number = detectors.filter { $0.trigger.contains(.number) }
        numberDetectors = references(.number)
        precondition(number.count <= 32, "one bit per number detector")
        numberDetectorsByDigits = .allocate(capacity: 66)
        _ = numberDetectorsByDigits.initialize(from: [false, true].flatMap { inTables in
            (0...32).map { digits in
                number.indices.reduce(UInt32(0)) { mask, k in
                    number[k].minimumDigits <= digits && (!inTables || number[k].wantsNumbersInTables) ? mask | 1 << k : mask
                }
            }
        })
        numberDetectorGroupMinimums = .allocate(capacity: number.count)
        _ = numberDetectorGroupMinimums.initialize(from: number.map(\.minimumGroups))
        cueNumberDetectors = number.indices.reduce(0) { mask, k in number[k].cellOpeningNumberCue == nil ? mask : mask | 1 << k }
        numberDetectorCues = .allocate(capacity: number.count)
        _ = numberDetectorCues.initialize(from: number.map { $0.cellOpeningNumberCue ?? [] })
        maskedNumberDetectors = references(.maskedNumber)
        atSignDetectors = references(.atSign)
        cellDetectors = references(.cell)
        precondition(cellDetectors.count < 8, "the cell masks have a bit per cell detector and one value for unknown")
        cellMasks = .allocate(capacity: Self.cellMaskCount)
        cellMasks.initialize(repeating: Self.unknownCellMask)
        hanDetectors = references(.han)
        besideDetectors = references(.besideValue)
        keyedDetectors = references(.keyedText)
        afterBlankDetectors = references(.afterBlank)
        lineStartDetectors = references(.lineStart)
        precondition(hanDetectors.count <= 5, "the Han trigger table has one bit per detector, and one each for recurrences, examples and keys' colons")
        let recurrence = detectors.filter { $0.trigger.contains(.recurrence) }
        precondition(recurrence.count <= 1 && recurrence.allSatisfy { $0.recurringKind != nil },
                     "one detector with a recurring kind is handed recurrences")
        recurrenceDetector = recurrence.first.map { Unmanaged.passUnretained($0) }
        recurringKind = recurrence.first?.recurringKind
        hanClasses = hanDetectors.count > 0 || recurrenceDetector != nil
        recurring = RecurringValues(triggers: hanTable, bit: Self.recurrenceBit)
        for (k, detector) in detectors.filter({ $0.trigger.contains(.han) }).enumerated() {
            for scalar in detector.hanTriggers where scalar.value >= 0x800 && scalar.value < 0x10000 {
                hanTable.set(1 << k, for: Int(scalar.value))
            }
        }
        if hanClasses {
            for scalar in SampleValues.exampleFirsts { hanTable.set(Self.exampleBit, for: Int(scalar)) }
        }
        if hanClasses, keyedDetectors.count > 0 { hanTable.set(Self.keyColonBit, for: Self.fullwidthColon) }
        self.keywords = keywords
        groups = .allocate(capacity: Self.maxGroups)
    }

    /// An engine with the same detectors and keywords, for another thread (detectors are
    /// stateless and shared; the engine's buffers are not).
    public func sibling() -> DetectionEngine {
        DetectionEngine(detectors: detectors, keywords: keywords)
    }

    deinit {
        groups.deallocate()
        for buffer in [numberDetectors, maskedNumberDetectors, atSignDetectors, cellDetectors, hanDetectors, besideDetectors, keyedDetectors,
                       afterBlankDetectors, lineStartDetectors] {
            buffer.deinitialize()
            buffer.deallocate()
        }
        numberDetectorsByDigits.deallocate()
        numberDetectorGroupMinimums.deallocate()
        cellMasks.deallocate()
        numberDetectorCues.deallocate()
    }

    /// A new document starts (a file, a part of a workbook): values remembered from the last one
    /// are forgotten, so that what is found never depends on what was read before.
    public func beginDocument() {
        recurring.forget()
        organisationalNumbers.forget()
    }

    /// Ends the current table row: what was found in its cells goes to `sink`, with the row's
    /// `record` finding if it is one. Readers of tables call it after each row's last cell;
    /// a line of text ends by itself. Returns whether the row holds data: a finding, or a cell
    /// shaped like a name that stood alone (a row of a table, then, not its header).
    @discardableResult
    public func finishRecord<S: FindingSink>(sink: inout S) -> Bool {
        collector.flush(into: &sink, isTextLine: false) > 0 || collector.lastRecordHadLookalikeNames
    }

    /// Ends a source: a row its reader left open (a damaged file ends inside one) goes to `sink`
    /// without its columns, which the reader may have let go of already.
    public func finishSource<S: FindingSink>(sink: inout S) {
        collector.forgetColumns()
        collector.flush(into: &sink, isTextLine: false)
    }

    /// Whether a table cell's text names a column: a kind of value the detectors look for (姓名,
    /// 联系电话, 身份证号) or another field of a form (性别, 班级). Readers tell a header row from a
    /// row of data, and a form's labels from their values, by it.
    public func isColumnLabel(_ text: String) -> Bool {
        !keywords.hints(forHeader: text).isEmpty && !namesNotedPerson(text)
    }

    /// A person with a note in brackets that holds a label's word (监护人 | 宋建平（父亲）,
    /// Guardian | Song Jianping (father)): a form's value, no label.
    private func namesNotedPerson(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            guard let person = Self.beforeNote(bytes) else { return false }
            // A role's noun before its note is a label (验收人（签字）): a Chinese name here opens
            // with a common surname.
            let surname = HanText.scalar(bytes, at: person.lowerBound, end: person.upperBound)
            return keywords.hints(in: bytes, range: person).isEmpty && surname.map(NameLexicon.shared.isCommonSurname) ?? true
                && Self.isPersonName(bytes, person)
        }
    }

    /// Whether a cell's text is an organisation's name (德育处办公室, 郑州市第八十九中学教务处), not
    /// a column of organisations' (学校).
    public func namesOrganisation(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(OrganisationContext.shared.isOrganisationName) && !keywords.holdsColumnKeyword(text)
    }

    /// Whether `text` may be a form's value beside `label`: beside a label of names, a name or an
    /// organisation's name (姓名 | 王小明, 经办 | 教务处), not a header's next word (姓名 | 回执);
    /// beside a phone's, an ID's or a card's label, a text with digits; beside other labels, any text.
    public func mayBeValue(of label: String, _ text: String) -> Bool {
        let hints = keywords.hints(forHeader: label)
        // A phone's, an ID's, a card's or a code's value holds digits (手机 | 微信号 and
        // 序号 | 排查部位 | 设备编号 | 隐患描述 are a header's pairs).
        if !hints.isDisjoint(with: [.phone, .idNumber, .bankCard, .identifier]) { return text.utf8.contains(where: isDigit) }
        guard hints.contains(.name) else { return true }
        // A name may carry its class in brackets (被欺凌学生 | 周雨桐（七年级5班）).
        return namesOrganisation(text) || Array(text.utf8).withUnsafeBufferPointer { bytes in
            Self.isPersonName(bytes, Self.beforeNote(bytes) ?? 0..<bytes.count)
        }
    }

    /// What stands before a note in brackets that closes `bytes` (周雨桐 of 周雨桐（七年级5班）,
    /// `Song Jianping` of `Song Jianping (father)`), blanks trimmed; nil when no note closes it.
    private static func beforeNote(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        NameSpans.bracketStart(endingAt: bytes.count, bytes, lower: 0).map { trimmedBlanks(bytes, 0..<$0) }
    }

    /// `bytes[range]` is a person's name, in Chinese, with middle dots or in pinyin.
    private static func isPersonName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let lexicon = NameLexicon.shared
        return lexicon.isHanName(bytes, range, evidence: .row) || lexicon.isDottedName(bytes, range) || lexicon.isPinyinName(bytes, range)
    }

    /// Whether a cell's bytes may name a column (`isColumnLabel`), asked before their text is made.
    func mayNameColumn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keywords.mayNameColumn(bytes, range: 0..<bytes.count)
    }

    /// Scans one piece. A table cell's findings wait for `finishRecord`; those of text are
    /// handed on line by line, and all of them by the end of the piece.
    public func scan<L: PieceLocator, S: FindingSink>(_ piece: Piece, locator: inout L, sink: inout S) {
        // Candidates are found through the byte classes: the reader's, or the engine's own for
        // the bytes to search. `delta` turns a window offset into a class offset.
        let classes = piece.classes ?? scratchClasses.classes(of: UnsafeBufferPointer(rebasing: piece.window[piece.scan]))
        let delta = classes.offset(of: piece.window)
        if ASCIIFolding.occurs(in: piece.window, piece.scan, classes: classes, delta: delta) {
            scanFolded(piece, locator: &locator, sink: &sink)
        } else {
            scanClassified(piece, classes, delta, locator: &locator, sink: &sink)
        }
    }

    /// Scans the cells of one table row, all in `window`, with the byte classes of the window's
    /// bytes: as `scan` does for each cell, without a call per cell, and with no work at all for
    /// a cell that holds no candidate when no detector looks at whole cells. The findings wait
    /// for `finishRecord`.
    public func scanRow<L: RowLocator, S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, cells: UnsafeBufferPointer<RowCell>,
                                                     classes: ByteClasses, locator: inout L, sink: inout S) {
        if let first = cells.first, let last = cells.last,
           ASCIIFolding.occurs(in: window, first.scan.lowerBound..<last.scan.upperBound, classes: classes,
                                   delta: classes.offset(of: window)) {
            scanFoldedRow(window, cells: cells, locator: &locator, sink: &sink)
        } else {
            scanCells(window, cells: cells, classes: classes, locator: &locator, sink: &sink)
        }
    }

    /// `scan` once the piece's classes are known and it holds nothing to fold (`ASCIIFolding`).
    @inline(__always)
    private func scanClassified<L: PieceLocator, S: FindingSink>(_ piece: Piece, _ classes: ByteClasses, _ delta: Int,
                                                                locator: inout L, sink: inout S) {
        let first = firstCandidate(piece.window, piece.scan, classes, delta)
        let isTableCell = piece.columnReference != nil
        // Nothing to look at (most cells of a roster hold no digit, `@` or Chinese): done,
        // unless the whole cell is for the cell detectors.
        if first < piece.scan.upperBound || (isTableCell && cellDetectors.count > 0) {
            scan(piece, from: first, classes, delta, locator: &locator, sink: &sink)
        }
        if !isTableCell { collector.flush(into: &sink, isTextLine: true) }
    }

    /// `scanRow` for a row that holds nothing to fold.
    @inline(__always)
    private func scanCells<L: RowLocator, S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, cells: UnsafeBufferPointer<RowCell>,
                                                         classes: ByteClasses, locator: inout L, sink: inout S) {
        // Only in a table without a header does a sex in one cell say what the next holds
        // (`ContextHints.followsSex`): such rows take a path of their own, so that the others
        // pay nothing.
        if cells.first?.column._withUnsafeGuaranteedRef({ $0.header == nil }) == true {
            scanHeaderlessCells(window, cells: cells, classes: classes, locator: &locator, sink: &sink)
            return
        }
        for k in cells.indices {
            scanCell(k, window, cells: cells, classes: classes, cellHints: [], locator: &locator, sink: &sink)
        }
    }

    /// `scanCells` for a row of a table without a header.
    @inline(never)
    private func scanHeaderlessCells<L: RowLocator, S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>,
                                                                   cells: UnsafeBufferPointer<RowCell>, classes: ByteClasses,
                                                                   locator: inout L, sink: inout S) {
        for k in cells.indices {
            // The row's first column has no header; this cell's must have none either (a header
            // row with a blank first cell names the others).
            let particular: ContextHints = k > 0 && Particulars.isSexAlone(window, cells[k - 1].scan)
                && cells[k].column._withUnsafeGuaranteedRef({ $0.header == nil }) ? .followsSex : []
            scanCell(k, window, cells: cells, classes: classes, cellHints: particular, locator: &locator, sink: &sink)
        }
    }

    /// Scans cell `k` of a row, with `cellHints` beside its column's.
    @inline(__always)
    private func scanCell<L: RowLocator, S: FindingSink>(_ k: Int, _ window: UnsafeBufferPointer<UInt8>, cells: UnsafeBufferPointer<RowCell>,
                                                        classes: ByteClasses, cellHints: ContextHints,
                                                        locator: inout L, sink: inout S) {
        let delta = classes.offset(of: window)
        let cell = cells[k]
        guard !cell.scan.isEmpty else { return }
        let first = firstCandidate(window, cell.scan, classes, delta)
        // Nothing to look at, unless the whole cell is for the cell detectors.
        guard first < cell.scan.upperBound || cellDetectors.count > 0 else { return }
        locator.enter(cell: k)
        scan(Piece(window: window, scan: cell.scan, columnReference: cell.column, classes: classes, hints: cellHints), from: first,
             classes, delta, locator: &locator, sink: &sink)
    }

    /// Scans `piece` with its fullwidth digits and dashes written in ASCII (`ASCIIFolding`); kept
    /// out of line, as the rare case it is. Folded text holds nothing to fold: it is not looked
    /// at again. Its findings are located in the original text (`report`), with the same
    /// locator: a locator type of its own would make the compiler keep a second copy of the
    /// scan, and share one slower body between the two.
    @inline(never)
    private func scanFolded<L: PieceLocator, S: FindingSink>(_ piece: Piece, locator: inout L, sink: inout S) {
        let folded = folding.fold(piece.window)
        let scan = folding.folded(piece.scan.lowerBound)..<folding.folded(piece.scan.upperBound)
        let classes = scratchClasses.classes(of: UnsafeBufferPointer(rebasing: folded[scan]))
        foldedFrom = piece.window
        defer { foldedFrom = nil }
        scanClassified(Piece(window: folded, scan: scan, columnReference: piece.columnReference, isNumber: piece.isNumber,
                             isApproximate: piece.isApproximate, hints: piece.hints),
                       classes, classes.offset(of: folded), locator: &locator, sink: &sink)
    }

    /// `scanRow` with the row's fullwidth digits and dashes written in ASCII.
    @inline(never)
    private func scanFoldedRow<L: RowLocator, S: FindingSink>(_ window: UnsafeBufferPointer<UInt8>, cells: UnsafeBufferPointer<RowCell>,
                                                             locator: inout L, sink: inout S) {
        let folded = folding.fold(window)
        foldedCells.replaceAll(count: cells.count) { k in
            RowCell(scan: folding.folded(cells[k].scan.lowerBound)..<folding.folded(cells[k].scan.upperBound), column: cells[k].column)
        }
        foldedFrom = window
        defer { foldedFrom = nil }
        scanCells(folded, cells: UnsafeBufferPointer(foldedCells.all), classes: scratchClasses.classes(of: folded),
                  locator: &locator, sink: &sink)
    }

    /// The first candidate of `scan` (a digit, `@`, or a Han lead byte or `:` when Han wakes anyone),
    /// or `scan.upperBound`. A stretch may start inside a digit run whose head lies before it
    /// (the context part of a text piece, a long field cut in two): that run is not a candidate.
    @inline(__always)
    private func firstCandidate(_ window: UnsafeBufferPointer<UInt8>, _ scan: Range<Int>, _ classes: ByteClasses,
                                _ delta: Int) -> Int {
        var i = scan.lowerBound
        let end = scan.upperBound
        if i > 0, i < end, isDigit(window[i - 1]) { i = classes.digitRunEnd(from: delta + i, to: delta + end) - delta }
        return classes.nextCandidate(from: delta + i, to: delta + end, han: hanClasses) - delta
    }

    /// Scans `piece` from its first candidate `first`: the cell detectors, then every candidate
    /// in turn. Text pieces are flushed by the caller.
    @inline(__always)
    private func scan<L: PieceLocator, S: FindingSink>(_ piece: Piece, from first: Int, _ classes: ByteClasses, _ delta: Int,
                                                      locator: inout L, sink: inout S) {
        let window = piece.window
        let end = piece.scan.upperBound
        let isTableCell = piece.columnReference != nil
        let han = hanClasses
        var i = first
        let (columnHints, tally) = piece.columnReference?._withUnsafeGuaranteedRef { (self.hints(of: $0), $0.tally) } ?? ([], ColumnTally())
        let hints = columnHints.union(piece.hints)
        let context = DetectionContext(window: window, scan: piece.scan, columnHints: hints,
                                       isTableCell: isTableCell, isNumericCell: piece.isNumber,
                                       isApproximateNumber: piece.isApproximate, column: tally)
        reportedEnd = piece.scan.lowerBound
        // Han characters inside a cell already taken whole (an address under 家庭住址) wake nobody.
        var hanFloor = piece.scan.lowerBound
        cellKinds = 0
        if isTableCell, cellDetectors.count > 0 {
            let cell = trimmedBlanks(window, piece.scan)
            if cell.count == 6 || cell.count >= 12 && (hints.contains(.name) || Self.mayOpenFilersField(window, cell)) {
                markRow(by: cell, window, hints)
            }
            if cell.count >= 9, cell.count <= 90, window[cell.lowerBound] >= 0xE0,
               piece.columnReference?._withUnsafeGuaranteedRef({ $0.number == 1 }) == true, namesOffice(window, cell) {
                collector.markOpensWithOrganisation()
            }
            // A template (base64, hex, a list of numbers) opens with a digit as often as not; so
            // does a file's name (20210311_杨博文.jpg: a class's photos renamed).
            if !cell.isEmpty, !isDigit(window[cell.lowerBound]) || Self.holdsLines(window, cell) || Self.opensWithNumberedWord(window, cell)
                || hints.contains(.birthDate) && Self.opensWithCellDate(window, cell) || hints.contains(.biometric) || hints.contains(.titledName) {
                let wanted = cellDetectorMask(hints)
                var wanting = wanted
                while wanting != 0 {
                    let k = wanting.trailingZeroBitCount
                    wanting &= wanting - 1
                    cellDetectors[k]._withUnsafeGuaranteedRef { $0.detect(cell: cell, context, into: matches) }
                }
                piece.columnReference?._withUnsafeGuaranteedRef { column in
                    if matches.contains(where: { $0.confidence == .high }) {
                        column.tally.confirmedCells += 1
                    } else if !matches.isEmpty {
                        column.tally.lookalikeCells += 1
                    } else if column.tally.lookalikeCells > 0 || column.tally.textCells + column.tally.titleCells < Self.titleCells,
                              headsValues(cell, context, detectors: wanted) {
                        // A section's title (一等奖 over names), in a column of lookalikes or among
                        // its first cells (获奖名单 / 一等奖 above the first name), is none of its text.
                        column.tally.titleCells += 1
                        return
                    }
                    column.tally.textCells += 1
                }
                if !matches.isEmpty {
                    var kinds: UInt32 = 0
                    for m in matches { kinds |= 1 << m.kind.ordinal }
                    hanFloor = emit(context, column: piece.columnReference, locator: &locator, sink: &sink)
                    cellKinds = kinds
                    reportedEnd = piece.scan.lowerBound
                    // A template's characters are random: the digits in it are no one's phone or ID.
                    if kinds & (1 << Kind.biometric.ordinal) != 0 { i = end }
                }
            }
        }
        let tableOffset = isTableCell ? 33 : 0
        while i < end {
            let byte = window[i]
            if isDigit(byte) {
                let mask = isTableCell && i == piece.scan.lowerBound ? cellOpeningNumberDetectors(hints) : ~0
                // A lone group too short for every detector (a score, a class or room number)
                // is passed over before it is made a token.
                let runEnd = classes.digitRunEnd(from: delta + i, to: delta + end) - delta
                if numberDetectorsByDigits[min(runEnd - i, 32) + tableOffset] & mask == 0, !joinsNextGroup(window, at: runEnd, end: end, inCell: isTableCell),
                   !isMasked(window, at: runEnd, end: end) {
                    i = classes.nextCandidate(from: delta + runEnd, to: delta + end, han: han) - delta
                    continue
                }
                let token = readToken(window, from: i, end: end, classes: classes, delta: delta, inCell: isTableCell)
                i = token.end + (token.trailingX ? 1 : 0)
                let digits = token.digitCount(0..<token.groups.count)
                // Digits in an e-mail's local part (13812345678@qq.com) belong to the address.
                let wanted = numberDetectorsByDigits[min(digits, 32) + tableOffset] & mask
                if wanted != 0, !isEmailLocalPart(window, from: i) { detectNumber(token, wanted: wanted, context) }
                if isMasked(window, at: token.end, end: end) { detectMasked(token, context) }
            } else if byte < 0x80 {
                // `@`, or a key's colon: the one place a value of letters wakes anyone (`Name:
                // Li Xinyi`). One look for both, so that Chinese text pays no more.
                if byte == UInt8(ascii: "@") {
                    for k in atSignDetectors.indices {
                        atSignDetectors[k]._withUnsafeGuaranteedRef { $0.detect(atSign: i, context, into: matches) }
                    }
                } else if i >= hanFloor, keyedDetectors.count > 0, let value = TextKeys.valueOfLetters(after: i, in: window, end: end) {
                    detectKeyed(at: value, context)
                }
                i += 1
            } else if i < hanFloor {
                // A Han lead byte (the classes hold those only when some detector wants Han).
                i = skipHan(window, from: i, end: min(hanFloor, end))
            } else {
                // Most words follow a Chinese character, whose last byte wakes none of these. A
                // file's own name may glue its person's name to a number (0815王一诺.docx).
                if i == 0 || Self.mayWakeWordDetectors(window[i - 1])
                    || isDigit(window[i - 1]) && !context.columnHints.isDisjoint(with: [.ownName, .titledName]) {
                    wakeWordDetectors(at: i, context, lower: isTableCell ? piece.scan.lowerBound : 0)
                }
                let (at, bits) = nextHanTrigger(window, from: i, end: end)
                i = at
                if bits != 0 {
                    detectHan(at: at, bits: bits, context)
                    i += 3
                }
            }
            if !matches.isEmpty {
                let resumeAt = emit(context, column: piece.columnReference, locator: &locator, sink: &sink, deferring: true, scanned: i)
                i = max(i, resumeAt)
            }
            i = classes.nextCandidate(from: delta + i, to: delta + end, han: han) - delta
        }
        if !deferred.isEmpty { _ = emit(context, column: piece.columnReference, locator: &locator, sink: &sink) }
    }

    /// Spaces, tabs or no-break spaces (at most `blankRun` bytes) stand right before `i`, and a
    /// non-ASCII byte (the end of a Chinese character) or a time's minutes right before them, all at or after
    /// `lower` (a cell's start; in running text, the window's, as detectors look back). Not
    /// `Blanks`: an ideographic space is no candidate's neighbour here, the Han walk steps over
    /// it, and the name detector asks for it as a Han trigger.
    @inline(__always)
    private func followsBlankAfterText(_ w: UnsafeBufferPointer<UInt8>, at i: Int, lower: Int) -> Bool {
        var j = i - 1
        while j >= lower, i - j <= Self.blankRun {
            if w[j] == 0x20 || w[j] == 0x09 {
                j -= 1
            } else if w[j] == 0xA0, j - 1 >= lower, w[j - 1] == 0xC2 {
                j -= 2
            } else {
                break
            }
        }
        // After text, or after a time of day (a chat export's `2025年1月15日 09:12  何建国`).
        return j < i - 1 && j >= lower && (w[j] >= 0x80 || j - 2 >= lower && isDigit(w[j]) && isDigit(w[j - 1]) && w[j - 2] == UInt8(ascii: ":"))
    }

    /// Text cells at the top of a column that may be titles before it has shown lookalikes.
    private static let titleCells = 3

    /// Whether one of the cell detectors in `detectors` (a bit each) takes `cell` for the title
    /// of the values under it (`Detector.headsValues`).
    @inline(never)
    private func headsValues(_ cell: Range<Int>, _ context: DetectionContext, detectors: UInt8) -> Bool {
        var wanting = detectors
        while wanting != 0 {
            let k = wanting.trailingZeroBitCount
            wanting &= wanting - 1
            if cellDetectors[k]._withUnsafeGuaranteedRef({ $0.headsValues(cell: cell, context) }) { return true }
        }
        return false
    }

    /// Hands the word at `i` to the detectors of what stands before words: after a key
    /// (`name=张三`), after blanks (张梓涵 李浩然), at a line's start (running text only, and
    /// any word of a file's own name).
    /// Apart from the scan's loop, which it would make longer for the few words it is for.
    @inline(never)
    private func wakeWordDetectors(at i: Int, _ context: DetectionContext, lower: Int) {
        let window = context.window
        if keyedDetectors.count > 0, i > Self.keyLower(context), TextKeys.mayEndKey(window[i - 1]) {
            detectKeyed(at: i, context)
        }
        if afterBlankDetectors.count > 0, followsBlankAfterText(window, at: i, lower: lower) {
            for k in afterBlankDetectors.indices {
                afterBlankDetectors[k]._withUnsafeGuaranteedRef { $0.detect(afterBlank: i, context, into: matches) }
            }
        }
        // A file's own name opens its words after any number (20220801_谭可欣.jpg), not only a
        // list's, and a document's may end with its person's (报名表_李梓涵.docx).
        if lineStartDetectors.count > 0, !context.isTableCell,
           LineHeads.startsWords(at: i, in: window, lower: 0) || !context.columnHints.isDisjoint(with: [.ownName, .titledName]) {
            for k in lineStartDetectors.indices {
                lineStartDetectors[k]._withUnsafeGuaranteedRef { $0.detect(lineStart: i, context, into: matches) }
            }
        }
    }

    /// Whether the byte before a word may wake the detectors of what stands before words: a
    /// key's separator (`TextKeys.mayEndKey`), a blank (`followsBlankAfterText`: space, tab, a
    /// no-break space's last byte), the end of a line's head (`LineHeads`: a line feed, a blank,
    /// `.`, `)`, `_` (a photo's `20250031_毛振华.jpg`), Markdown's bold `*` (`- **罗一诺**（…）`), the
    /// last byte of an ideographic space, `、`, `）`, `．`).
    /// One look for the three, since it is asked at every word.
    @inline(__always)
    private static func mayWakeWordDetectors(_ b: UInt8) -> Bool {
        switch b {
        case 0x3D, 0x3A, 0x22, 0x27, 0x20, 0x09, 0x0A, 0x2E, 0x29, 0x5F, 0x2A, 0xA0, 0x80, 0x81, 0x89, 0x8E: return true
        default: return false
        }
    }

    /// Blanks that may set words apart in running text (lists aligned with spaces or tabs).
    private static let blankRun = 16

    /// Walks three-byte characters from `start` until one that some detector asked for; returns
    /// its offset and the detectors' bits (0 when the run of such characters ended first).
    @inline(__always)
    private func nextHanTrigger(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (Int, UInt8) {
        var j = start
        while j + 2 < end, w[j] & 0xF0 == 0xE0 {
            let scalar = Int(w[j] & 0x0F) << 12 | Int(w[j + 1] & 0x3F) << 6 | Int(w[j + 2] & 0x3F)
            let bits = hanTable[scalar]
            if bits != 0 { return (j, bits) }
            j += 3
        }
        return (max(j, start + 1), 0)
    }

    /// Walks three-byte characters from `start` to at most `end` without looking them up.
    @inline(__always)
    private func skipHan(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var j = start
        while j + 2 < end, w[j] & 0xF0 == 0xE0 { j += 3 }
        return max(j, start + 1)
    }

    /// What a cell of six bytes, or one of twelve or more under a name header, says of its row: a
    /// placeholder name alone (张三, 李四, 王五, 赵六) makes it a template's example; an
    /// organisation's name where a person's stands (a map's `name`; not school_name, whose column
    /// names organisations already) makes it the organisation's.
    @inline(never)
    private func markRow(by cell: Range<Int>, _ w: UnsafeBufferPointer<UInt8>, _ hints: ContextHints) {
        if cell.count == 6 {
            if emptyValues.isPlaceholderName(w, at: cell.lowerBound) { collector.markExample() }
        } else if let filer = Self.filersField(w, cell) {
            // A report's filer is an office (填报单位：安全办公室, 填报人：教务处): the row of its
            // form's fields gives the office's phone (联系电话：0371-… in the next cell).
            if organisation.isOrganisationName(w, filer) { collector.markOrganisation() }
        } else if hints.contains(.name), !hints.contains(.organisation), organisation.isOrganisationName(w, cell) {
            collector.markOrganisation()
        }
    }

    /// A row's first cell is an organisation's name, or its name and 制 (总务处制: the maker of a
    /// table, signing its footer row).
    private func namesOffice(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        let end = HanText.scalar(w, at: cell.upperBound - 3, end: cell.upperBound) == 0x5236 ? cell.upperBound - 3 : cell.upperBound  // 制
        return organisation.isOrganisationName(w, cell.lowerBound..<end)
    }

    /// The value of a cell that is a report's filer's field (填报单位：…, 填表人：…, 制表单位：…,
    /// 报送单位：…): its label opens with 填报, 填表, 制表 or 报送 and ends at a colon within
    /// four characters; nil for any other cell.
    private static func filersField(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Range<Int>? {
        guard let opening = HanText.scalar(w, at: cell.lowerBound, end: cell.upperBound),
              let second = HanText.scalar(w, at: cell.lowerBound + 3, end: cell.upperBound),
              filerOpenings.contains(opening << 16 | second) else { return nil }
        var i = cell.lowerBound + 6
        while i < min(cell.upperBound, cell.lowerBound + 21) {
            if w[i] == UInt8(ascii: ":") { return trimmedBlanks(w, i + 1..<cell.upperBound) }
            if HanText.isColon(w, at: i, end: cell.upperBound) { return trimmedBlanks(w, i + 3..<cell.upperBound) }
            i += 1
        }
        return nil
    }

    /// The cell opens with 填, 制 or 报: it may be a filer's field (`filersField`).
    @inline(__always)
    private static func mayOpenFilersField(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        let s = HanText.scalar(w, at: cell.lowerBound, end: cell.upperBound)
        return s == 0x586B || s == 0x5236 || s == 0x62A5
    }

    /// 填报, 填表, 制表, 报送, as pairs of scalars.
    private static let filerOpenings: Set<UInt32> = [0x586B << 16 | 0x62A5, 0x586B << 16 | 0x8868, 0x5236 << 16 | 0x8868, 0x62A5 << 16 | 0x9001]

    private func detectHan(at: Int, bits: UInt8, _ context: DetectionContext) {
        let w = context.window
        let scalar = Unicode.Scalar(UInt32(w[at] & 0x0F) << 12 | UInt32(w[at + 1] & 0x3F) << 6 | UInt32(w[at + 2] & 0x3F))!
        for k in hanDetectors.indices where bits & (1 << k) != 0 {
            hanDetectors[k]._withUnsafeGuaranteedRef { $0.detect(han: scalar, at: at, context, into: matches) }
        }
        // A table's row marked as a template's example (a cell 示例, `…（示例）`): its values are made up.
        if bits & Self.exampleBit != 0, context.isTableCell, HanText.scalar(w, at: at + 3, end: context.scan.upperBound) == SampleValues.exampleSecond {
            collector.markExample()
        }
        if bits & Self.keyColonBit != 0, let value = TextKeys.valueOfLetters(after: at + 2, in: w, end: context.scan.upperBound) {
            detectKeyed(at: value, context)
        }
        if bits & Self.recurrenceBit != 0, let recurrenceDetector,
           let range = recurring.recurrence(in: w, at: at, end: context.scan.upperBound) {
            recurrenceDetector._withUnsafeGuaranteedRef { $0.detect(recurrence: range, context, into: matches) }
        }
    }

    /// Where a key before a value may start: a cell may hold keyed text too (a saved request's
    /// body in a JSON string, a log line in a CSV field), its keys within the cell.
    private static func keyLower(_ context: DetectionContext) -> Int {
        context.isTableCell ? context.scan.lowerBound : 0
    }

    /// The value at `at`, after an ASCII key that names a kind.
    private func detectKeyed(at: Int, _ context: DetectionContext) {
        guard let key = TextKeys.key(before: at, in: context.window, lower: Self.keyLower(context)) else { return }
        let name = String(decoding: UnsafeBufferPointer(rebasing: context.window[key]), as: UTF8.self)
        let hints: ContextHints
        if let known = keyHints[name] {
            hints = known
        } else {
            hints = detectorHints(forHeader: name)
            if keyHints.count < Self.maximumKeyHints { keyHints[name] = hints }
        }
        guard !hints.isEmpty else { return }
        for k in keyedDetectors.indices {
            keyedDetectors[k]._withUnsafeGuaranteedRef { $0.detect(keyed: at, key: hints, context, into: matches) }
        }
    }

    /// A mask character follows the digits that end at `i` (`MaskedValue`: `158214688**`), and
    /// some detector looks at masked values. Asked after every digit run: the byte is looked at
    /// first, and it is seldom one; then the whole character (full-width punctuation after a
    /// number, `，` `：` `）`, opens with the byte `＊` opens with).
    @inline(__always)
    private func isMasked(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        i < end && MaskedValue.mayStart(w[i]) && maskedNumberDetectors.count > 0 && MaskedValue.character(w, at: i, end: end) != nil
    }

    /// Out of line, so that the scan's loop stays small.
    @inline(never)
    private func detectMasked(_ token: NumberToken, _ context: DetectionContext) {
        // An X after 17 digits is an ID's check character (`NumberToken.isCheckCharacter`), no
        // mask: every eleventh ID of a roster ends so.
        guard !token.trailingX || token.groups[token.groups.count - 1].count != 17 else { return }
        for k in maskedNumberDetectors.indices {
            maskedNumberDetectors[k]._withUnsafeGuaranteedRef { $0.detect(masked: token, context, into: matches) }
        }
    }

    private func detectNumber(_ token: NumberToken, wanted: UInt32, _ context: DetectionContext) {
        let groups = token.groups.count
        var bits = wanted
        while bits != 0 {
            let k = bits.trailingZeroBitCount
            bits &= bits - 1
            if numberDetectorGroupMinimums[k] <= groups {
                let before = matches.count
                numberDetectors[k]._withUnsafeGuaranteedRef { $0.detect(token, context, into: matches) }
                // A value that spans the whole token (an ID, a mobile) overlaps whatever a later,
                // lower-priority detector could find in it: those would be dropped anyway.
                if matches.count > before, let last = matches.last,
                   last.range.lowerBound <= token.start, last.range.upperBound >= token.end { return }
            }
        }
    }

    /// Keys of one object or parent settled as a header at most, by the data readers that settle
    /// a header with each new key (`JSONStructure`, `KeyPaths`): a table's header has a few dozen
    /// (a hostile file's millions of keys are not settled again with each one).
    static let settledHeaderKeys = 128

    /// Works out what a table's header says of its columns, once a reader has named them all:
    /// in a table of organisations (a column headed 学校名称 or 单位名称) with no column about a
    /// person (names, IDs, birth dates, bank cards, a person's word such as 家长), the phone
    /// numbers, e-mails and addresses are the organisations' own, in their columns and in their
    /// remarks (备注, 说明): a bureau's list of its schools (学校名称 | 地址 | 联系电话 | 邮箱), a
    /// safety plan's hospitals (医院 | 电话 | 备注: 纬五路7号) are no personal data. A column of
    /// their staff (联系人, 负责人) leaves them the landlines, e-mails and addresses only. In a
    /// list of published works the authors' column says nothing (`PublishedWorks`).
    public func settleHeader(of columns: [Column]) {
        // A book or poem list's authors are published ones: their column holds no personal
        // value (`.field`: a column no detector looks in).
        for k in PublishedWorks.authorColumns(columns.map(\.header)) { columns[k].hints = .field }
        let columnHints = columns.map { hints(of: $0) }
        // An organisation's name or code is no person's (school name, school_id).
        let table = columnHints.reduce(ContextHints()) { $0.union($1.contains(.organisation) ? $1.subtracting([.name, .idNumber]) : $1) }
        if isStatistics(columns, table) {
            // Its birth dates are the groups counted (出生年月 | 人数: 2012年1月 | 4), no one's, a
            // count of people (学生总数) names no one, and a person's word that names no one's
            // column of names is a group's (户籍来源 | 人数: pupils by where they are registered).
            for (column, hints) in zip(columns, columnHints) {
                let counted = column.header.map(Self.namesCount) == true || !hints.contains(.name) ? hints.subtracting([.name, .person]) : hints
                column.hints = counted.subtracting(.birthDate).union(.letterhead)
            }
            return
        }
        // Organisations named by a column of their own (学校名称, 单位): an office's phone column
        // (办公电话) beside a staff directory's names and mobiles names none.
        let named = columnHints.contains { $0.contains(.organisation) && $0.isDisjoint(with: [.phone, .email, .address]) }
        guard named, table.isDisjoint(with: [.idNumber, .birthDate, .bankCard]) else { return }
        // A count of people (学生人数) names no one.
        let people = zip(columns, columnHints).filter { column, hints in
            !hints.contains(.organisation) && !hints.isDisjoint(with: [.name, .person]) && column.header.map(Self.namesCount) != true
        }
        guard people.allSatisfy({ column, _ in column.header.map(keywords.namesStaff) == true }) else { return }
        // With their staff named (联系人, 负责人), the landlines, e-mails and addresses are still
        // the organisations' (a school's staff give its office's), a mobile the person's own.
        let owned: ContextHints = people.isEmpty ? .organisation : .letterhead
        for (column, hints) in zip(columns, columnHints) {
            // The staff's own column of numbers (联系人电话, a JSON's `contact`) gives the
            // office's landline, as the letterhead's; a mobile there stays the person's.
            let staffs = !hints.isDisjoint(with: [.name, .person]) && column.header.map(keywords.namesStaff) == true
            guard staffs || !hints.isDisjoint(with: [.phone, .email, .address]) || column.header.map(Self.isRemarks) == true else { continue }
            column.hints = (staffs ? hints.subtracting(.person).union(.letterhead) : hints).union(owned)
        }
    }

    /// A table whose header names no personal value, and counts (a column of 人数, 合计, 比例 …:
    /// 年级 | 班级数 | 人数): a statistics sheet, which speaks for its organisation as a
    /// letterhead does; a landline, e-mail or address in its cells (its footer's 填报人：教务处
    /// 联系电话：0371-…) is the organisation's. Its columns may name people, as groups counted
    /// (留守儿童, 随迁子女) or a class's teacher (班主任): names are still names there. A column of
    /// birth dates with no person's column beside it is a distribution's (出生年月 | 人数).
    private func isStatistics(_ columns: [Column], _ table: ContextHints) -> Bool {
        table.isDisjoint(with: [.idNumber, .bankCard, .phone, .email, .address])
            && (!table.contains(.birthDate) || table.isDisjoint(with: [.name, .person]))
            && columns.contains { column in column.header.map(Self.namesCount) == true }
    }

    /// A header of a statistics table's counts (人数, 合计, 比例, 在校生数, 班级数, 出生人口, 入学率, a
    /// finance report's 本年累计 …).
    static func namesCount(_ header: String) -> Bool {
        countWords.contains { header.contains($0) }
    }

    private static let countWords = ["人数", "合计", "总计", "小计", "总数", "数量", "比例", "占比", "百分比", "平均",
                                     "生数", "工数", "班数", "级数", "校数", "人次", "累计",
                                     // A population's count and a rate (2018年出生人口, 入学率): no one's birth.
                                     "人口", "率"]

    /// A header of remarks (备注, 说明), a column that holds whatever its row's subject has.
    private static func isRemarks(_ header: String) -> Bool {
        header.contains("备注") || header.contains("说明")
    }

    /// What the column header says to the detectors, worked out once per column.
    @inline(__always)
    func hints(of column: Column) -> ContextHints {
        if let hints = column.hints { return hints }
        let hints = column.header.map { detectorHints(forHeader: $0) } ?? []
        column.hints = hints
        return hints
    }

    /// The hints of a header or key that detectors see: `.field` (性别, 班级) only tells readers
    /// a label from a value (`isColumnLabel`); to a detector such a column says nothing.
    private func detectorHints(forHeader header: String) -> ContextHints {
        var hints = keywords.hints(forHeader: header).subtracting(.field)
        // A column counting people, its unit in brackets (可容纳考生（人/天）, 参训教师（人）), names none.
        if Self.countsPeople(header) { hints.subtract([.person, .name]) }
        if Array(header.utf8).withUnsafeBufferPointer({ SampleValues.holdsExampleMark($0, 0..<$0.count) })
            || header.lowercased().contains("example") { hints.insert(.example) }
        // A bound of births (age_range.born_from, 出生日期（起）, 最早出生日期): a cohort's limit.
        if hints.contains(.birthDate), Self.namesBound(header) { hints.remove(.birthDate) }
        // A column headed by an organisation's name holds its details (部门 | 教务处 | 德育处, a
        // table laid out sideways).
        return hints.isEmpty && namesOrganisation(header) ? .organisation : hints
    }

    /// The header names a bound, not a value: an English word of one among its words
    /// (`born_from`, `birthDateTo`, `dob_min`), or 起, 止, 最早, 最晚 (出生日期（起）).
    static func namesBound(_ header: String) -> Bool {
        if boundCharacters.contains(where: header.contains) { return true }
        var words: [String] = []
        var word = ""
        var previousLower = false
        for c in header.unicodeScalars {
            let isLetter = c.isASCII && c.properties.isAlphabetic
            if !isLetter || previousLower && c.properties.isUppercase {
                if !word.isEmpty { words.append(word.lowercased()) }
                word = ""
            }
            if isLetter { word.unicodeScalars.append(c) }
            previousLower = isLetter && c.properties.isLowercase
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        return words.contains(where: boundWords.contains)
    }

    private static let boundCharacters = ["起", "止", "最早", "最晚"]
    private static let boundWords: Set<String> = ["from", "to", "after", "before", "min", "max", "start", "end", "earliest", "latest",
                                                  "since", "until"]

    /// A header whose brackets at its end hold a count's unit (可容纳考生（人/天）, 参训教师（人次）),
    /// not a label's words (xm（学生姓名）).
    static func countsPeople(_ header: String) -> Bool {
        guard let unit = HeaderRowFinder.bracketsAtEnd(header) else { return false }
        return !unit.isEmpty && unit.allSatisfy(Self.countUnits.contains)
    }

    private static let countUnits: Set<Unicode.Scalar> = ["人", "天", "次", "名", "位", "户", "个", "/", "／"]

    private func readToken(_ w: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, classes: ByteClasses,
                           delta: Int, inCell: Bool) -> NumberToken {
        var count = 0
        var i = start
        while true {
            let groupStart = i
            i = classes.digitRunEnd(from: delta + i, to: delta + end) - delta
            groups[count] = groupStart..<i
            count += 1
            let separator = joiningSeparator(w, at: i, end: end, inCell: inCell)
            guard count < Self.maxGroups, separator > 0 else { break }
            i += separator
        }
        var trailingX = false
        if i < end, w[i] | 0x20 == 0x78 {
            trailingX = NumberToken.isCheckCharacter(w, at: i, afterDigits: i - groups[count - 1].lowerBound)
        }
        return NumberToken(window: w, groups: UnsafeBufferPointer(start: groups, count: count), trailingX: trailingX)
    }

    /// The cell detectors that want the cells of a column with `hints` (`Detector.wantsCells`),
    /// a bit each; worked out once per kind of header.
    @inline(__always)
    private func cellDetectorMask(_ hints: ContextHints) -> UInt8 {
        let index = Int(hints.rawValue)
        guard index < Self.cellMaskCount else { return wantedCellDetectors(hints) }
        if cellMasks[index] == Self.unknownCellMask { cellMasks[index] = wantedCellDetectors(hints) }
        return cellMasks[index]
    }

    private func wantedCellDetectors(_ hints: ContextHints) -> UInt8 {
        var mask: UInt8 = 0
        for k in cellDetectors.indices where cellDetectors[k]._withUnsafeGuaranteedRef({ $0.wantsCells(under: hints) }) {
            mask |= 1 << k
        }
        return mask
    }

    /// The number detectors that may take a number opening a cell of a column with `hints`.
    @inline(__always)
    private func cellOpeningNumberDetectors(_ hints: ContextHints) -> UInt32 {
        var mask = ~cueNumberDetectors
        var cued = cueNumberDetectors
        while cued != 0 {
            let k = cued.trailingZeroBitCount
            cued &= cued - 1
            if !hints.isDisjoint(with: numberDetectorCues[k]) { mask |= 1 << k }
        }
        return mask
    }

    /// A single space or dash between digits joins groups into one token: 138 1234 5678, 410105-2008…
    @inline(__always)
    private func joinsNextGroup(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, inCell: Bool) -> Bool {
        joiningSeparator(w, at: i, end: end, inCell: inCell) > 0
    }

    /// Bytes of the separator at `i` that joins two digit groups (0 when none does): a space or a
    /// dash, a dash with a space on either side (138 - 1234 - 5678), a mobile's dots or double
    /// spaces, a blank of another width typed or carried between groups: the ideographic
    /// space (138　1234　5678, typed in fullwidth mode) or the no-break space (a web page's `&nbsp;`),
    /// or what the eye does not see between digits (`NumberToken.unseenJoinLength`): a zero-width
    /// character, and in a cell a line break.
    @inline(__always)
    private func joiningSeparator(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, inCell: Bool) -> Int {
        guard i + 1 < end else { return 0 }
        let b = w[i]
        if b == 0x20 || b == 0x2D {
            if isDigit(w[i + 1]) { return 1 }
            guard w[i + 1] == 0x20 || w[i + 1] == 0x2D else { return 0 }
            return b == 0x20 && w[i + 1] == 0x20 ? Self.separatorInSpacedMobile(w, at: i, end: end, length: 2)
                : Self.spacedDashBetweenDigits(w, at: i, end: end)
        }
        if b == 0x2E { return Self.separatorInSpacedMobile(w, at: i, end: end, length: 1) }
        if b == 0xC2 || b == 0xE3 { return Self.wideBlankBetweenDigits(w, at: i, end: end) }
        return b == 0xE2 || b == 0xEF || (inCell && (b == 0x0A || b == 0x0D)) ? Self.unseenBetweenDigits(w, at: i, end: end, inCell: inCell) : 0
    }

    /// `length` when the separator at `i` (a dot, or two spaces: `length` bytes) is one of the two
    /// in a mobile number written with them (`138.1234.5678`, a style of business cards and
    /// signatures; `138  1234  5678`, typed to line up), else 0: exactly 3, 4 and 4 digits, the
    /// first a 1, with no digit, and no such separator joined to a digit, on either side. These
    /// join no other digits: decimals, dotted dates, version numbers and the columns of a text
    /// table stay apart.
    @inline(never)
    private static func separatorInSpacedMobile(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, length: Int) -> Int {
        let separator = w[i]
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { isDigit(w[$0]) } }
        func isSeparator(at p: Int) -> Bool { p + length <= end && (p..<p + length).allSatisfy { w[$0] == separator } }
        let second = 3 + length + 4
        let total = second + length + 4
        for start in [i - 3, i - second] where start >= 0 && start + total <= end {
            guard w[start] == UInt8(ascii: "1"), isSeparator(at: start + 3), isSeparator(at: start + second),
                  digits(start..<start + 3), digits(start + 3 + length..<start + second), digits(start + second + length..<start + total)
            else { continue }
            if start > 0, isDigit(w[start - 1]) || start > length && isSeparator(at: start - length) && isDigit(w[start - length - 1]) { return 0 }
            if start + total < end, isDigit(w[start + total]) || isSeparator(at: start + total)
                && start + total + length < end && isDigit(w[start + total + length]) { return 0 }
            return length
        }
        return 0
    }

    /// Bytes of a no-break or ideographic space at `i` with a digit after it, else 0; out of line,
    /// as the rare case, so that the scanning loops stay small.
    @inline(never)
    private static func wideBlankBetweenDigits(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        if w[i] == 0xC2 { return i + 2 < end && w[i + 1] == 0xA0 && isDigit(w[i + 2]) ? 2 : 0 }
        return i + 3 < end && w[i + 1] == 0x80 && w[i + 2] == 0x80 && isDigit(w[i + 3]) ? 3 : 0
    }

    /// Bytes of an unseen join (`NumberToken.unseenJoinLength`) at `i` with a digit after it, else
    /// 0; out of line, as above.
    @inline(never)
    private static func unseenBetweenDigits(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, inCell: Bool) -> Int {
        let length = NumberToken.unseenJoinLength(w, at: i, end: end, lineBreaks: inCell)
        return length > 0 && i + length < end && isDigit(w[i + length]) ? length : 0
    }

    /// Bytes of ` - `, ` -` or `- ` at `i` with a digit after it, else 0; out of line, as above.
    @inline(never)
    private static func spacedDashBetweenDigits(_ w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let length = w[i] == 0x20 && w[i + 1] == 0x2D && i + 2 < end && w[i + 2] == 0x20 ? 3 : (w[i] != w[i + 1] ? 2 : 0)
        return length > 0 && i + length < end && isDigit(w[i + length]) ? length : 0
    }

    /// Keeps matches that do not overlap a match of an earlier (higher-priority) detector, adds
    /// what is found beside personal values in running text, turns them into findings, and
    /// returns the offset scanning may resume at. `deferring`: matches after digits not scanned
    /// yet (past `scanned`) wait for them.
    private func emit<L: PieceLocator, S: FindingSink>(_ context: DetectionContext, column: Unmanaged<Column>?,
                                                       locator: inout L, sink: inout S, deferring: Bool = false, scanned: Int = 0) -> Int {
        // A value reported already (a name found from the cue before it, then again from the
        // cue after it, or inside a cell taken whole) is not reported twice.
        if matches.contains(where: { $0.range.lowerBound < reportedEnd || cellKinds & (1 << $0.kind.ordinal) != 0 }) {
            matches.removeAll { $0.range.lowerBound < reportedEnd || cellKinds & (1 << $0.kind.ordinal) != 0 }
            if matches.isEmpty, deferred.isEmpty { return reportedEnd }
        }
        // One match (the usual case) needs no overlap resolution.
        if matches.count == 1, deferred.isEmpty, !wantsBeside(matches[0], context) {
            let m = matches[0]
            matches.removeAll()
            report(m, context, column: column, locator: &locator, sink: &sink)
            return m.range.upperBound
        }
        accepted.removeAll(keepingCapacity: true)
        for m in matches where !accepted.contains(where: { $0.range.overlaps(m.range) }) {
            accepted.append(m)
        }
        matches.removeAll()
        for m in accepted where wantsBeside(m, context) {
            for k in besideDetectors.indices {
                besideDetectors[k]._withUnsafeGuaranteedRef { $0.detect(beside: m, context, into: matches) }
            }
        }
        // Deferred matches were resolved with their batch; one found again is the same value.
        for m in deferred where !accepted.contains(where: { $0.range.overlaps(m.range) }) {
            accepted.append(m)
        }
        deferred.removeAll()
        for m in matches where m.range.lowerBound >= reportedEnd && cellKinds & (1 << m.kind.ordinal) == 0
            && !accepted.contains(where: { $0.range.overlaps(m.range) }) {
            accepted.append(m)
        }
        matches.removeAll()
        accepted.sort { $0.range.lowerBound < $1.range.lowerBound }
        var count = accepted.count
        // Digits not scanned yet before a match (the scan at `scanned`, or a match's end before
        // it): a number may stand there, its line's own, to be reported first (names opening the
        // lines under a label found at once, 张老师： ↵ 钟宇轩  家长电话：199… ↵ 贺磊 …).
        if deferring, let k = accepted.indices.first(where: { k in
            let from = k == 0 ? scanned : accepted[k - 1].range.upperBound
            return from < accepted[k].range.lowerBound && context.window[from..<accepted[k].range.lowerBound].contains(where: isDigit)
        }) {
            deferred.append(contentsOf: accepted[k...])
            count = k
        }
        var resume = 0
        for m in accepted[..<count] {
            resume = max(resume, m.range.upperBound)
            report(m, context, column: column, locator: &locator, sink: &sink)
        }
        return resume
    }

    /// A personal value in running text, or in a cell that holds more than the value (a cell
    /// `谢佳怡 410105…`, a text box): a name may stand beside it (an ID, a phone number, a birth
    /// date: 李娜，2011年11月生) or before its label (张伟，家庭住址：…). So may a mobile taken for
    /// an organisation's (after a school's name: 张子轩 文化路小学 138…), and then the record of
    /// its line makes it the person's; and an office's mailbox its sender's display name
    /// (`梁秀英 <xlzx@…>`: the counsellor who wrote).
    @inline(__always)
    private func wantsBeside(_ m: Match, _ context: DetectionContext) -> Bool {
        guard besideDetectors.count > 0, !m.organisational || m.kind == .mobile || m.kind == .email,
              !context.isTableCell || m.range != context.scan && trimmedBlanks(context.window, context.scan) != m.range
        else { return false }
        switch m.kind {
        case .cnID, .cnID15, .mobile, .landline, .address, .email, .bankCard: return true
        // Only right after a comma, blanks or an opening bracket, as particulars are listed
        // (李娜，2011年11月生; 余俊熙（2014年10月18日）生日快乐): most birth dates in text follow
        // their label (出生日期：), where no name stands, and the look cost 2% on running text.
        case .birthDate:
            let start = m.range.lowerBound
            return Particulars.separator(endingAt: start, context.window, lower: 0) > 0
                || start > 0 && context.window[start - 1] == UInt8(ascii: "(") || HanText.scalar(context.window, at: start - 3, end: start) == 0xFF08
        default: return false
        }
    }

    /// A cell opening with a digit is a number for the cell detectors, unless it is one of a
    /// few lines (a seat chart's 01号 / 谢佳怡 / 24060001): longer than a number, or opening with
    /// a seat's number of three digits at most (01 / 宋磊), with a line feed.
    private static func holdsLines(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        // The seat's number's line feed is among the cell's first four bytes: looked at there
        // only, as most cells opening with a digit are short numbers.
        let l = cell.lowerBound
        if cell.count > 3, w[l + 1] == 0x0A || w[l + 2] == 0x0A || w[l + 3] == 0x0A { return true }
        return cell.count > 20 && ByteScanning.firstIndex(of: 0x0A, in: w, cell) != nil
    }

    /// A cell that opens with a list's or a seat's number before a Chinese word (01 张子涵, 1.张子涵).
    private static func opensWithNumberedWord(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        // Most such cells are numbers (IDs, phones, dates) that open with four digits: a list's
        // number has three at most.
        let l = cell.lowerBound
        guard cell.count > 3, !(isDigit(w[l + 1]) && isDigit(w[l + 2]) && isDigit(w[l + 3])) else { return false }
        let words = LineHeads.wordsStart(ofLineAt: cell.lowerBound, in: w, end: cell.upperBound)
        return words > cell.lowerBound && words < cell.upperBound && w[words] >= 0xE0
    }

    /// A cell that opens with a day and then a word of letters (15 March 2011, 15-Mar-2011: a
    /// date with its month's English name), with a year of two digits and `.` or 年 (78.05,
    /// 78年5月), or with one of four and 年 (1983年农历三月十五, a lunar date): dates only a cell
    /// detector reads; asked under a birth-date header only.
    private static func opensWithCellDate(_ w: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        let l = cell.lowerBound
        guard cell.count > 3 else { return false }
        if w[l + 1] == 0x20 || w[l + 1] == UInt8(ascii: "-") { return isASCIILetter(w[l + 2]) }
        guard isDigit(w[l + 1]) else { return false }
        return (w[l + 2] == 0x20 || w[l + 2] == UInt8(ascii: "-")) && isASCIILetter(w[l + 3])
            || w[l + 2] == UInt8(ascii: ".") || w[l + 2] == 0xE5
            || cell.count > 7 && isDigit(w[l + 2]) && isDigit(w[l + 3]) && w[l + 4] == 0xE5 && !isDigit(w[l + 7])
    }

    /// Hands one accepted match to the record collector: a finding with its location, or just
    /// its kind when the sink only counts. In running text a line break since the last match
    /// ends the record.
    @inline(__always)
    private func report<L: PieceLocator, S: FindingSink>(_ found: Match, _ context: DetectionContext, column: Unmanaged<Column>?,
                                                         locator: inout L, sink: inout S) {
        let window = context.window
        var m = found
        if !context.isTableCell, m.kind == .landline || m.kind == .email { recogniseOrganisational(&m, window) }
        if !context.isTableCell, !collector.isEmpty,
           ByteScanning.lastIndex(of: 0x0A, in: window, reportedEnd..<max(reportedEnd, m.range.lowerBound)) != nil {
            collector.flush(into: &sink, isTextLine: true)
        } else if collector.isFull {
            collector.flush(into: &sink, isTextLine: !context.isTableCell)
        }
        reportedEnd = max(reportedEnd, m.range.upperBound)
        if context.isTableCell {
            if context.columnHints.contains(.example) { return }
        } else if collector.isEmpty, SampleValues.followsExampleMark(window, m.range.lowerBound, lower: 0) {
            // A line's record: looked at once, for its first value (a line of text is one record).
            collector.markExample()
        }
        if m.kind == recurringKind, !m.needsCompanion, !m.organisational { recurring.remember(window, m.range) }
        guard sink.wantsDetails else {
            collector.add(m, finding: nil, column: column)
            return
        }
        var (location, sourceRange) = foldedFrom.map { original in
            locator.locate(folding.original(m.range.lowerBound)..<folding.original(m.range.upperBound), in: original)
        } ?? locator.locate(m.range, in: window)
        if location.field == nil { location.field = column?.takeUnretainedValue().header }
        let value = String(decoding: UnsafeBufferPointer(rebasing: window[m.range]), as: UTF8.self)
        collector.add(m, finding: Finding(kind: m.kind, confidence: m.confidence, location: location,
                                          sourceRange: sourceRange, value: value, organisational: m.organisational),
                      column: column)
    }

    /// An organisation's landline or mailbox given again further on in running text, with no
    /// cue of its own (a table's cells have their columns to say whose they are). Out of line:
    /// most values are neither, and `report` stays small enough to be inlined.
    @inline(never)
    private func recogniseOrganisational(_ m: inout Match, _ window: UnsafeBufferPointer<UInt8>) {
        if m.organisational {
            organisationalNumbers.remember(window, m.range, kind: m.kind)
        } else if organisationalNumbers.isKnown(window, m.range, kind: m.kind) {
            m.organisational = true
        }
    }
}

/// The range without blanks (spaces, tabs, line breaks, ideographic spaces) at either end.
@inline(__always)
func trimmedBlanks(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    // Most cells have no blanks around them: one look at each end.
    if range.isEmpty || (w[range.lowerBound] > 0x20 && w[range.lowerBound] != 0xE3 && w[range.upperBound - 1] > 0x20
                         && (range.count < 3 || w[range.upperBound - 3] != 0xE3)) { return range }
    return trimmingBlanks(w, range)
}

/// The slow path of `trimmedBlanks`, for cells with a blank at an end.
private func trimmingBlanks(_ w: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
        if w[lower] == 0x20 || w[lower] == 0x09 || w[lower] == 0x0A || w[lower] == 0x0D { lower += 1; continue }
        if upper - lower >= 3, w[lower] == 0xE3, w[lower + 1] == 0x80, w[lower + 2] == 0x80 { lower += 3; continue }
        break
    }
    while upper > lower {
        let b = w[upper - 1]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { upper -= 1; continue }
        if upper - lower >= 3, w[upper - 3] == 0xE3, w[upper - 2] == 0x80, w[upper - 1] == 0x80 { upper -= 3; continue }
        break
    }
    return lower..<upper
}

/// The bytes from `offset` on are the rest of an e-mail's local part (`13812345678@qq.com`,
/// `13812345678.wang@163.com`): the number belongs to the address.
@inline(__always)
func isEmailLocalPart(_ window: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
    // Most numbers end their cell or are followed by punctuation or Chinese: one look.
    guard offset < window.count else { return false }
    let next = window[offset]
    guard EmailDetector.isLocalPartByte(next) else { return next == UInt8(ascii: "@") }
    return continuesToAtSign(window, from: offset)
}

/// The local part whose first byte (already looked at) stands at `offset` goes on to an `@`.
private func continuesToAtSign(_ window: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
    var i = offset + 1
    // A local part has at most 64 bytes (RFC 5321 4.5.3.1.1); looking further would make long
    // runs of letters and digits quadratic.
    let limit = min(window.count, offset + 64)
    while i < limit, EmailDetector.isLocalPartByte(window[i]) { i += 1 }
    return i < window.count && window[i] == UInt8(ascii: "@")
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

@inline(__always) func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }
