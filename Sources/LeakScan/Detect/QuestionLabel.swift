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
