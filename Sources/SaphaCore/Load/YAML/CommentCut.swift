import Foundation
import SaphaSupport

/// A plain (unquoted) YAML value cut short by ` #`: YAML reads `#` after a space, and the
/// rest of the line, as a comment, so `title: ถนนชำรุด #2 ซอย 5` publishes `ถนนชำรุด` without a
/// word. Each such value gets a warning at its `#`. A comment after a quoted value
/// (`"…" # …`), after a key with no value (`agenda: # …`) or on a line of its own cuts
/// nothing and is not reported.
enum CommentCut {
    /// Warns at each plain value of `root` (composed from `yaml`) that a comment follows on
    /// its last line. Values repeated by aliases are reported once, where they are written.
    static func report(_ root: Node, in yaml: String, context: FileContext) {
        // No ` #` or tab-`#` anywhere: nothing was cut (most files).
        guard yaml.containsBytes(UInt8(ascii: " "), UInt8(ascii: "#"))
            || yaml.containsBytes(UInt8(ascii: "\t"), UInt8(ascii: "#")) else { return }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = Set<[Int]>()
        var stack = [root]
        while let node = stack.popLast() {
            switch node {
            case .scalar(let scalar):
                guard scalar.style == .plain, !scalar.string.isEmpty, let mark = scalar.mark,
                      seen.insert([mark.line, mark.column]).inserted,
                      let cut = cut(scalar.string, line: mark.line, column: mark.column, lines: lines) else { continue }
                let fix = scalar.string.contains("\"") || cut.comment.contains("\"") ? "single" : nil
                context.report(YAMLMessage.commentCut.at(
                    SourceLocation(file: context.path, line: cut.line + context.lineOffset, column: cut.column),
                    ["value": shown(scalar.string), "comment": shown(cut.comment)], fix: fix))
            case .mapping(let mapping):
                stack.append(contentsOf: mapping.map(\.value).reversed())
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            }
        }
    }

    /// Where the comment after a plain value starts (its `#`, line and column from 1, in
    /// Unicode scalars) and its text, if one follows the value on the value's last line.
    /// A plain value is written as is: on one line it is the text from its mark; over several
    /// lines, YAML joins the lines' trimmed text with spaces (an empty line is a line break).
    static func cut(_ value: String, line: Int, column: Int, lines: [Substring])
        -> (line: Int, column: Int, comment: String)? {
        guard line >= 1, line <= lines.count else { return nil }
        var lineNumber = line
        var text = Substring(lines[line - 1].unicodeScalars.dropFirst(column - 1))
        var start = column  // of `text` in its line
        // The mark of a value with an anchor or a tag (`&x ถนน`, `!!str ถนน`) is at the anchor.
        while let first = text.unicodeScalars.first, first == "&" || first == "!" {
            let token = text.unicodeScalars.prefix { $0 != " " && $0 != "\t" }.count
            let spaces = text.unicodeScalars.dropFirst(token).prefix { $0 == " " || $0 == "\t" }.count
            text = Substring(text.unicodeScalars.dropFirst(token + spaces))
            start += token + spaces
        }
        var joined = ""
        while true {
            let (content, comment) = split(text)
            if content.isEmpty {
                joined += "\n"
            } else {
                if !joined.isEmpty, !joined.hasSuffix("\n") { joined += " " }
                joined += content
            }
            let folded = joined.trimmingCharacters(in: .newlines)
            if folded == value || joined == value {
                guard let comment else { return nil }
                return (lineNumber, start + comment.offset, comment.text)
            }
            // A comment ends a plain value; past the value's length it cannot be this one.
            guard comment == nil, folded.unicodeScalars.count < value.unicodeScalars.count,
                  lineNumber < lines.count else { return nil }
            lineNumber += 1
            text = lines[lineNumber - 1]
            let indent = text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            text = Substring(text.unicodeScalars.dropFirst(indent))
            start = indent + 1
        }
    }

    /// A line's text before a comment (trimmed) and the comment: its offset in scalars from
    /// the start of `text` and its text from `#`, trimmed.
    private static func split(_ text: Substring) -> (content: String, comment: (offset: Int, text: String)?) {
        var previous: Unicode.Scalar = " "
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "#", previous == " " || previous == "\t", offset > 0 {
                let content = String(text.unicodeScalars.prefix(offset)).trimmingCharacters(in: .whitespaces)
                let comment = String(text.unicodeScalars.dropFirst(offset)).trimmingCharacters(in: .whitespaces)
                return (content, (offset, comment))
            }
            previous = scalar
        }
        return (text.trimmingCharacters(in: .whitespaces), nil)
    }

    /// At most 60 characters of a value, for a message.
    private static func shown(_ text: String) -> String {
        let visible = Identifier.visible(text)
        return visible.unicodeScalars.count <= 60 ? visible : String(visible.unicodeScalars.prefix(59)) + "…"
    }
}
