import SaphaSupport

/// A vocabulary value written as its Thai label (`status: แก้ไขแล้ว` for `resolved`), and the
/// value a Thai word that is not a label most likely means, for the fix of its error.
extension Vocabulary {
    /// A label as compared: without white space, so `อื่นๆ` and `อื่น ๆ` are one label.
    private static func labelKey(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The value whose Thai label is `text`.
    static func value(labelled text: String) -> Self? {
        let key = labelKey(text)
        return allCases.first { labelKey($0.thaiLabel) == key }
    }

    /// The value a Thai word that is no label most likely means: the label a letter or two
    /// away from it, or else the one label that holds it or that it holds (`หมู่บ้านจัดสรร`
    /// for `กลุ่มบ้านในรั้วหรือหมู่บ้านจัดสรร`, `ยกเลิกการประชุม` for `ยกเลิก`).
    static func closest(toLabel text: String) -> Self? {
        let key = labelKey(text)
        let labels = allCases.map { (key: labelKey($0.thaiLabel), value: $0) }
        if let near = Suggest.closest(to: key, in: labels.map(\.key)) {
            return labels.first { $0.key == near }?.value
        }
        let holding = labels.filter { $0.key.contains(key) || key.contains($0.key) }
        return holding.count == 1 ? holding[0].value : nil
    }

    /// Every value with its Thai label: `open (รับเรื่องแล้ว), in-progress (กำลังดำเนินการ), …`.
    static var labelledValues: String {
        allCases.map { "\($0.rawValue) (\($0.thaiLabel))" }.joined(separator: ", ")
    }
}
