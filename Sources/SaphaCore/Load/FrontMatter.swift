import SaphaSupport

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
            return .failure(LoadMessage.noFrontMatter.at(SourceLocation(file: file.path)))
        }
        // Walk lines on the UTF-8 bytes without splitting the whole file: bodies can be large,
        // and walking Thai text as Characters costs grapheme breaking.
        let utf8 = text.utf8
        var lineNumber = 1
        var index = utf8.index(utf8.startIndex, offsetBy: 4, limitedBy: utf8.endIndex) ?? utf8.endIndex
        let yamlStart = index
        while index < utf8.endIndex {
            lineNumber += 1
            let lineEnd = utf8[index...].firstIndex(of: 0x0A) ?? utf8.endIndex
            if isClosingFence(utf8[index..<lineEnd]) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(
                    yaml: String(text[yamlStart..<index]),
                    yamlFirstLine: 2,
                    body: String(text[bodyStart...]),
                    bodyFirstLine: lineNumber + 1))
            }
            index = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        return .failure(LoadMessage.frontMatterUnclosed.at(SourceLocation(file: file.path, line: 1, column: 1)))
    }

    /// `---` (optionally followed by spaces or tabs) or `...`.
    static func isClosingFence(_ line: Substring.UTF8View) -> Bool {
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        if line.elementsEqual([dot, dot, dot]) { return true }
        return line.starts(with: [dash, dash, dash])
            && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
