/// Chinese explanations of the per-file errors, for teachers who read no English. The readers
/// word their errors in English (the detail names parts and offsets); each family of error
/// starts with a fixed phrase, which picks the explanation. The English detail follows in
/// brackets, so nothing is lost.
enum ErrorExplanations {
    /// (phrase the English message contains, what it means in Chinese). First match wins.
    static let chinese: [(phrase: String, explanation: String)] = [
        // First: its detail names an attachment's own error, which would otherwise match.
        ("PDF attachments not scanned", "PDF 的附件有的未能扫描（过大、无法读取，或附件里又有附件）"),
        ("OFD attachments not scanned", "OFD 版式文件的附件有的未能扫描（过大、缺失、无法读取，或附件里又有附件）"),
        ("embedded objects not scanned", "文档中嵌入的对象（粘贴为对象的表格、以图标插入的文件等）有的未能扫描（损坏、过大或无法读取）；请打开文档人工核对这些对象"),
        ("archive members not scanned", "压缩包中有的文件未能扫描（加密、损坏、过大，或压缩包里又有压缩包）；请解压后人工核对这些文件"),
        ("SQLite tables not scanned", "数据库（SQLite）中有的表未能完整读取（损坏、过大，或用到本程序不支持的扩展）；请人工核对这些表"),
        ("nested in", "文件层层嵌套过深（压缩包、附件或嵌入对象一层套一层），为安全起见未打开"),
        ("OFD without text", "OFD 版式文件中有的页面没有文字，只有图片（扫描件？），不经文字识别（OCR）无法检查；请人工核对这些页"),
        ("OFD page", "OFD 版式文件中有的页面未能完整扫描（页面缺失、损坏或内容过大）；请人工核对这些页"),
        ("corrupt OFD file", "OFD 版式文件已损坏，无法读取"),
        ("encrypted workbook", "工作簿已加密（设置了打开密码），无法扫描；请去掉密码后再扫描"),
        ("encrypted zip entry", "压缩包内容已加密，无法扫描"),
        ("Excel 5.0/95 workbook", "Excel 5.0/95 工作簿（BIFF5），暂不支持；请另存为 .xlsx 后再扫描"),
        ("Excel binary workbook", "Excel 二进制工作簿（.xlsb），暂不支持；请另存为 .xlsx 后再扫描"),
        ("encrypted Word document", "Word 文档已加密（设置了打开密码），无法扫描；请去掉密码后再扫描"),
        ("Word 6.0/95 document", "Word 6.0/95 文档，暂不支持；请另存为 .docx 后再扫描"),
        ("encrypted PDF", "PDF 已加密（设置了打开密码），无法扫描；请去掉密码后再扫描"),
        ("PDF without text", "PDF 里没有文字（扫描件的页面是图片），不经文字识别（OCR）无法检查；请人工核对"),
        ("damaged PDF", "PDF 已损坏，无法读取"),
        ("without text, only images", "PDF 中有的页面没有文字，只有图片（扫描件？），不经文字识别（OCR）无法检查；请人工核对这些页"),
        ("PDF inside an archive larger", "压缩包内的 PDF 过大，请解压后再扫描"),
        // Before "OLE compound file": a broken one (a truncated Thumbs.db) is no format left out.
        ("corrupt or encrypted SQLite database", "SQLite 数据库已损坏或已加密，无法读取"),
        ("SQLite database", "SQLite 数据库无法读取（过大、过于复杂或不受支持）"),
        ("corrupt OLE", "Office 复合文档已损坏，无法读取"),
        ("OLE compound file", "Office 复合文档，暂不支持"),
        ("not a workbook", "文件名是表格，内容却不是表格（可能是改了扩展名的图片或其他文件）"),
        ("not a dBase table", "文件名是 dBase/FoxPro 数据表（.dbf），内容却不是（可能是改了扩展名的其他文件）"),
        ("dBase 7 table", "dBase 7 数据表，暂不支持；请另存为 .xlsx 或 CSV 后再扫描"),
        ("truncated dBase table", "dBase/FoxPro 数据表（.dbf）不完整（可能下载或复制时中断），文件中已有的记录已检查"),
        ("corrupt dBase table", "dBase/FoxPro 数据表（.dbf）已损坏：表头与字段或记录数不符（可能被改动过）"),
        ("binary members of a kind leakscan does not read", "压缩包或邮件中有无法识别格式的二进制文件，未能检查其内容；如是数据库或表格，请导出为 .xlsx 或 CSV 后再检查；如是图纸、录音等不含名单的文件，请人工确认后再上传"),
        ("binary file of a kind leakscan does not read", "无法识别的二进制文件，未能检查其内容；如是数据库或表格，请导出为 .xlsx 或 CSV 后再检查；如是图纸、录音等不含名单的文件，请人工确认后再上传"),
        ("SQLite log or journal", "SQLite 数据库的日志文件（-wal/-journal），可能含有数据库最新写入的记录，未读取；请用 SQLite 打开数据库使其合并后，扫描数据库文件"),
        ("memo file", "dBase/FoxPro 备注文件（.fpt/.dbt，数据表中的长文本），未读取；请把数据表另存为 .xlsx 或 CSV 后再扫描"),
        ("zip bomb guard", "压缩比异常（疑似压缩炸弹），为安全起见拒绝读取"),
        ("declares a DTD", "XML 中含实体声明（疑似实体炸弹攻击），为安全起见拒绝读取"),
        ("memory guard", "内容过大，为控制内存拒绝读取"),
        ("CRC-32 mismatch", "文件已损坏（校验和不符）"),
        ("truncated", "文件不完整（可能下载或复制时中断）"),
        ("corrupt", "文件已损坏，无法读取"),
        ("not supported", "暂不支持的文件格式"),
        ("larger than --max-filesize", "文件超过 --max-filesize 设定的大小，未读取"),
        // Before "cannot open": the system's reason when it says more than "no permission".
        ("File name too long", "路径过长（超过系统允许的长度），无法打开；请缩短目录层级或文件名"),
        ("cannot open", "无法打开（权限不足或文件不存在）"),
        ("cannot read", "读取失败"),
        ("invalid encoding", "文字编码无法识别"),
        ("symlink loop", "符号链接指向自身，无法解析"),
        ("dangling symlink", "符号链接指向不存在的文件"),
    ]

    /// The Chinese explanation of `message`, or nil when no phrase matches.
    static func chinese(for message: String) -> String? {
        chinese.first { message.contains($0.phrase) }?.explanation
    }
}
