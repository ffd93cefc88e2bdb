/// Splits a Markdown file into its YAML front matter and its body.
///
/// ```
/// ---            line 1
/// key: value     YAML starts at line 2
/// ---
/// body…
/// ```
public struct FrontMatter: Sendable, Hashable {
    public var yaml: String
    /// The file line on which the YAML text starts (the line after the opening fence).
    public var yamlFirstLine: Int
    public var body: String
    /// The file line on which the body starts.
    public var bodyFirstLine: Int

    public static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
        let text = file.text
        guard text.hasPrefix("---\n") || text == "---" else {
            return .failure(.error(
                at: SourceLocation(file: file.path),
                Bilingual(en: "the file does not start with front matter (a line '---')",
                          th: "ไฟล์ไม่ได้ขึ้นต้นด้วยส่วนหัว (บรรทัด '---')"),
                fix: Bilingual(en: "put '---' on the first line, then the fields, then another '---' line before the text",
                               th: "ใส่ '---' ที่บรรทัดแรก ตามด้วยข้อมูล แล้วปิดด้วยบรรทัด '---' ก่อนเนื้อหา")))
        }
        // Walk lines without splitting the whole file: bodies can be large.
        var lineNumber = 1
        var index = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        let yamlStart = index
        while index < text.endIndex {
            lineNumber += 1
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd]
            if line == "---" || line == "..." || (line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(
                    yaml: String(text[yamlStart..<index]),
                    yamlFirstLine: 2,
                    body: String(text[bodyStart...]),
                    bodyFirstLine: lineNumber + 1))
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return .failure(.error(
            at: SourceLocation(file: file.path, line: 1, column: 1),
            Bilingual(en: "the front matter opened on line 1 is never closed",
                      th: "ส่วนหัวที่เปิดที่บรรทัด 1 ไม่มีบรรทัดปิด"),
            fix: Bilingual(en: "add a line '---' after the last field, before the text",
                           th: "เพิ่มบรรทัด '---' ต่อจากข้อมูลบรรทัดสุดท้าย ก่อนเนื้อหา")))
    }
}
