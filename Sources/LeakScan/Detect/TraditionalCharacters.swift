/// Traditional characters (繁体) and the simplified ones they stand for, from
/// patterns/traditional_characters.txt (OpenCC). Names and labels typed in traditional characters
/// (陳建國 under 姓名, 身份證號碼, from Hong Kong, Macau and Taiwan families or a Big5 system) are
/// read as their simplified forms: a `HanRun` holds simplified characters, so the surnames, stop
/// words and cues of patterns/ serve both; the word lists matched on bytes get their traditional
/// spellings added (`PatternFile.withTraditionalSpellings`).
enum TraditionalCharacters {
    /// For each BMP scalar, the simplified character it stands for, or 0 when it stands for
    /// itself. A fixed table read on every character of a `HanRun`: one load, no hashing.
    static let simplifiedForms: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        for (traditional, simplified, _) in pairs { table[Int(traditional)] = UInt16(simplified) }
        return UnsafePointer(table)
    }()

    /// The standard traditional form of each simplified character that has one (marked in the
    /// file: 長 for 长; 家 has none, 傢 is only a variant that stands for it).
    private static let standardForms: [UInt32: UInt32] = {
        var forms: [UInt32: UInt32] = [:]
        for (traditional, simplified, standard) in pairs where standard { forms[simplified] = traditional }
        return forms
    }()

    /// The file's rows: a traditional character, the simplified one it stands for, and whether
    /// it is that one's standard spelling.
    static let pairs: [(traditional: UInt32, simplified: UInt32, standard: Bool)] = PatternFile.embedded("traditional_characters.txt").rows.compactMap { row in
        guard row.count >= 2, let t = row[0].unicodeScalars.first?.value, let s = row[1].unicodeScalars.first?.value else { return nil }
        return (t, s, row.count >= 3 && row[2] == "standard")
    }

    /// The simplified character `s` stands for, itself unless it is a traditional form, by
    /// `forms` (`simplifiedForms`, read by the caller once for a run of characters: a static's
    /// every read checks that it is set up).
    @inline(__always)
    static func simplified(_ s: UInt32, in forms: UnsafePointer<UInt16>) -> UInt32 {
        guard s < 0x10000 else { return s }
        let form = forms[Int(s)]
        return form == 0 ? s : UInt32(form)
    }

    /// `text` with each simplified character written in its standard traditional form (身份证号码
    /// → 身份證號碼), or nil when no character of it has one.
    static func traditionalSpelling<S: StringProtocol>(of text: S) -> String? {
        var changed = false
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let form = standardForms[scalar.value], let traditional = Unicode.Scalar(form) {
                scalars.append(traditional)
                changed = true
            } else {
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : nil
    }
}

extension PatternFile {
    /// The file with, after each row whose field `column` holds simplified characters that have
    /// a traditional form, a copy of the row with that field in traditional spelling: a list of
    /// words matched on their bytes (header keywords, name cues) then finds both spellings.
    func withTraditionalSpellings(column: Int) -> PatternFile {
        var rows: [[Substring]] = []
        rows.reserveCapacity(self.rows.count * 2)
        for row in self.rows {
            rows.append(row)
            guard column < row.count, let traditional = TraditionalCharacters.traditionalSpelling(of: row[column]) else { continue }
            var copy = row
            copy[column] = Substring(traditional)
            rows.append(copy)
        }
        return PatternFile(name: name, rows: rows)
    }
}
