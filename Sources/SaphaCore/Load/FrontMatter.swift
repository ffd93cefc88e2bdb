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
        var text = file.text
        guard text.hasPrefix("---\n") || text == "---" else {
            return .failure(LoadMessage.noFrontMatter.at(SourceLocation(file: file.path)))
        }
        // Walk lines over the contiguous UTF-8 buffer with `memchr`, without splitting the whole
        // file: bodies can be large, and the UTF-8 view's `firstIndex(of:)` goes byte by byte.
        let fence: (yamlEnd: Int, bodyStart: Int, bodyLine: Int)? = text.withUTF8 { bytes in
            var lineNumber = 1
            var start = min(4, bytes.count)
            while start < bytes.count {
                lineNumber += 1
                let end = bytes.offset(of: 0x0A, from: start) ?? bytes.count
                if isClosingFence(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    return (start, min(end + 1, bytes.count), lineNumber + 1)
                }
                start = end + 1
            }
            return nil
        }
        guard let fence else {
            return .failure(LoadMessage.frontMatterUnclosed.at(SourceLocation(file: file.path, line: 1, column: 1)))
        }
        let utf8 = text.utf8
        let yamlStart = utf8.index(utf8.startIndex, offsetBy: min(4, utf8.count))
        return .success(FrontMatter(
            yaml: String(text[yamlStart..<utf8.index(utf8.startIndex, offsetBy: fence.yamlEnd)]),
            yamlFirstLine: 2,
            body: String(text[utf8.index(utf8.startIndex, offsetBy: fence.bodyStart)...]),
            bodyFirstLine: fence.bodyLine))
    }

    /// `---` (optionally followed by spaces or tabs) or `...`.
    static func isClosingFence(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        if line.elementsEqual([dot, dot, dot]) { return true }
        return line.starts(with: [dash, dash, dash])
            && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
