/// A FoxPro memo file (`.fpt`, beside a `.dbf` table): the table's long texts (备注, 家庭情况,
/// 奖惩记录), which old school systems kept in FoxPro. A 512-byte header gives the block size
/// (big-endian, at offset 6); each memo starts on a block boundary with its type (1: text) and
/// its length, both big-endian, then its bytes, in the code page of the table (GBK on a Chinese
/// system). The texts are read one a line, as the lines of a text file `memos.txt` held in the
/// memo file; pictures and objects (types 0 and 2) are not read. The file is read whole, up to
/// `memoryLimit`. A dBase `.dbt` (other blocks, no types) is still refused.
enum FoxProMemoReader {
    static let memoryLimit = 64 << 20
    private static let headerSize = 512

    static func isFoxProMemo(_ head: [UInt8], path: String) -> Bool {
        FormatSniffer.fileExtension(path) == "fpt" && head.count >= headerSize && (1...32_768).contains(blockSize(head))
    }

    static func scan<S: FindingSink>(_ source: any ByteSource, engine: DetectionEngine, sink: inout S) throws {
        let bytes = try SourceBytes.whole(source, limit: memoryLimit,
                                          tooLarge: "FoxPro memo file larger than \(memoryLimit >> 20) MiB: save the table as .xlsx or CSV to scan it")
        let texts = memoTexts(bytes)
        guard !texts.isEmpty else { return }
        try ArchiveReader.scanMember(texts, named: "memos.txt", engine: engine, sink: &sink)
    }

    /// The text memos, each on a line of its own (a line break inside one becomes a blank).
    static func memoTexts(_ bytes: [UInt8]) -> [UInt8] {
        let block = blockSize(bytes)
        guard block > 0 else { return [] }
        var text: [UInt8] = []
        var at = (headerSize + block - 1) / block * block
        while at + 8 <= bytes.count {
            let type = bigEndian(bytes, at), length = bigEndian(bytes, at + 4)
            guard type <= 2, length > 0, at + 8 + length <= bytes.count else {
                at += block
                continue
            }
            if type == 1 {
                text += bytes[(at + 8)..<(at + 8 + length)].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
                text.append(0x0A)
            }
            at = (at + 8 + length + block - 1) / block * block
        }
        return text
    }

    private static func blockSize(_ b: [UInt8]) -> Int {
        b.count >= 8 ? Int(b[6]) << 8 | Int(b[7]) : 0
    }

    private static func bigEndian(_ b: [UInt8], _ at: Int) -> Int {
        (0..<4).reduce(0) { $0 << 8 | Int(b[at + $1]) }
    }
}
