/// Lists of published works (a library's catalogue, a reading list, the poems of a term): their
/// 作者 column names published authors (余华, 曹文轩, 李白), who are no one's personal data in a
/// school's files, not pupils whose works a competition lists (作品名称 | 作者 | 班级).
enum PublishedWorks {
    /// Header words that only a list of published works has.
    /// (题名 and 索书号 are a library catalogue's: the title proper and the call number.)
    private static let workHeaders = ["书名", "出版社", "isbn", "篇目", "朝代", "诗名", "出版", "题名", "索书号"]
    /// Header words of the column naming their authors (责任者: a catalogue's statement of
    /// responsibility).
    private static let authorHeaders = ["作者", "编者", "译者", "著者", "主编", "责任者", "绘者"]
    /// Header words of a pupil's class or grade.
    private static let pupilHeaders = ["班级", "年级", "班别"]

    /// The columns of a table's header (`headers`, in order) that name a published work's
    /// authors: none unless another column names the works as such, nor when one gives the
    /// authors' class (a class anthology's contents: 篇目 | 作者 | 班级, its authors pupils).
    static func authorColumns(_ headers: [String?]) -> [Int] {
        let lowered = headers.map { $0?.lowercased() }
        guard lowered.contains(where: { header in header.map(namesWorks) ?? false }),
              !lowered.contains(where: { header in header.map { h in pupilHeaders.contains { h.contains($0) } } ?? false }) else { return [] }
        return lowered.indices.filter { k in lowered[k].map { h in authorHeaders.contains { h.contains($0) } } ?? false }
    }

    /// A (lowercased) header that only a list of published works has (书名, 出版社, ISBN).
    static func namesWorks(_ header: String) -> Bool {
        workHeaders.contains { header.contains($0) }
    }
}
