/// A questionnaire's question standing as a form's label: what 问卷星, 腾讯问卷, 金数据 and WPS
/// 表单 write beside each answer (`1、学生姓名 | 毛铭泽`, `Q5_家长手机号`, `第7题：家庭详细住址`,
/// `3. 请填写学生身份证号（18位）`). Its number and a bracketed note at its end hold digits that are
/// no value's: a text with a digit is otherwise a value (初一(3)班), never a label.
enum QuestionLabel {
    /// Bytes of the longest text taken for a label, a question's or a header's: a label is a few
    /// words (家庭住址（详细到门牌号） has 42 bytes); a longer text is data.
    static let labelLimit = 64

    /// The part of `text` between the question's number opening it and a bracketed note ending
    /// it; all of `text` when it has neither.
    static func core(of text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = questionStart(text)
        return start..<(noteStart(text, lower: start) ?? text.count)
    }

    /// `w[line]` (its blanks and CR at the end aside) is a numbered question alone: short as a
    /// label is, ending as one does (a word or a bracketed note: 9、银行卡号（学生本人）), no
    /// field's colon nor sentence's punctuation after its number (本周值周老师：胡桂兰老师, 谢谢，学生姓名).
    static func isQuestionLine(_ w: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, w[end - 1] == 0x20 || w[end - 1] == 0x09 || w[end - 1] == 0x0D { end -= 1 }
        guard end - line.lowerBound <= labelLimit else { return false }
        let words = line.lowerBound + questionStart(UnsafeBufferPointer(rebasing: w[line.lowerBound..<end]))
        guard words > line.lowerBound, words < end else { return false }
        let last = HanText.scalar(w, at: end - 3, end: end)
        guard last.map({ HanText.isHan($0) || $0 == 0xFF09 }) ?? (isASCIILetter(w[end - 1]) || w[end - 1] == UInt8(ascii: ")")) else { return false }
        return !(words..<end).contains { i in
            w[i] == UInt8(ascii: ":") || w[i] == UInt8(ascii: ",")
                || HanText.scalar(w, at: i, end: end).map { $0 == 0x3002 || $0 == 0xFF0C || $0 == 0xFF1B || $0 == 0xFF1A } ?? false
        }
    }

    /// Where the question's words start: after its number, its separator and blanks (`1、`
    /// `2.` `3．` `Q4` `Q5_` `(6)` `（7）` `第8题：`); 0 when the text opens with no number.
    static func questionStart(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var start = numberEnd(text)
        while start > 0, start < text.count, Blanks.length(at: start, in: text, end: text.count) > 0 {
            start += Blanks.length(at: start, in: text, end: text.count)
        }
        return start
    }

    /// Where a question's number ends, with its separator; 0 when the text opens with none.
    private static func numberEnd(_ t: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        let fullWidthBracket = HanText.scalar(t, at: 0, end: t.count) == 0xFF08
        let ordinal = HanText.scalar(t, at: 0, end: t.count) == 0x7B2C  // 第
        if t.first == UInt8(ascii: "(") { i = 1 } else if fullWidthBracket || ordinal { i = 3 }
        let letter = i == 0 && t.count > 1 && (t[0] | 0x20) == UInt8(ascii: "q")
        if letter { i = 1 }
        let digits = i
        while i < t.count, isDigit(t[i]), i - digits < 3 { i += 1 }
        guard i > digits, i < t.count, !isDigit(t[i]) else { return 0 }
        if ordinal {
            guard HanText.scalar(t, at: i, end: t.count) == 0x9898 else { return 0 }  // 题
            i += 3
        }
        // The question's number alone (a marking platform's header `第8题`) opens no label.
        guard i < t.count else { return 0 }
        switch HanText.scalar(t, at: i, end: t.count) ?? UInt32(t[i]) {
        case 0x3001, 0xFF0E, 0xFF1A, 0xFF09:  // 、 ． ： ）
            i += 3
        case UInt32(UInt8(ascii: ".")), UInt32(UInt8(ascii: "_")), UInt32(UInt8(ascii: ":")), UInt32(UInt8(ascii: ")")):
            i += 1
        default:
            // Only `Q5 家长手机号`, `Q5家长手机号` and `第8题 …` go on with no separator.
            guard letter || ordinal else { return 0 }
        }
        return i
    }

    /// Where a bracketed note ending the text opens (`（18位）`, `(必填)`), after `lower`.
    private static func noteStart(_ t: UnsafeBufferPointer<UInt8>, lower: Int) -> Int? {
        let closesFullWidth = t.count >= 3 && HanText.scalar(t, at: t.count - 3, end: t.count) == 0xFF09
        guard closesFullWidth || t.last == UInt8(ascii: ")") else { return nil }
        var i = t.count - (closesFullWidth ? 3 : 1)
        while i > lower {
            i -= 1
            if t[i] == UInt8(ascii: "(") || HanText.scalar(t, at: i, end: t.count) == 0xFF08 { return i > lower ? i : nil }
        }
        return nil
    }
}
