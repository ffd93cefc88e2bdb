import CCmarkGFM
import Foundation
import SaphaSupport

/// HTML typed in a body, which cmark-gfm's safe mode leaves out of the page: found in its
/// tree, so that staff are told where it was written (a tag in a sentence loses only itself; a
/// block — a line that starts with a tag such as `<div align="right">` — loses every line
/// down to the next blank one, text included). Comments (`<!-- … -->`) are meant to be left
/// out, and a closing tag alone loses nothing: neither is reported.
enum RawHTML {
    struct Finding: Equatable {
        /// A block (every line down to `lastLine`) or a tag inside text.
        var isBlock: Bool
        /// `<name>`, as shown in the message.
        var tag: String
        /// Which fix the catalogue gives (`MarkdownMessage.rawHTML`'s alternatives), nil for the usual one.
        var fix: String?
        /// In the body: line from 1, column in Unicode scalars from 1.
        var line: Int
        var column: Int
        var lastLine: Int
    }

    /// The HTML of the tree of `body`, in the order written.
    static func find(_ document: OpaquePointer, body: String) -> [Finding] {
        let nodes = MarkdownTree.nodes(in: document) { $0 == CMARK_NODE_HTML_BLOCK || $0 == CMARK_NODE_HTML_INLINE }
        guard !nodes.isEmpty else { return [] }
        let lines = Lines(body)
        var cursor: (line: Int, offset: Int) = (0, 0)
        var findings: [Finding] = []
        for node in nodes {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            let line = Int(cmark_node_get_start_line(node))
            // Where the node's first line is written: searched in the source line, from the
            // previous tag's end (cmark-gfm counts columns in bytes, and from where a
            // paragraph's first line starts even on its lazy lines).
            let first = literal.prefix { $0 != "\n" }.drop { $0 == " " || $0 == "\t" }
            if cursor.line != line { cursor = (line, 0) }
            let found = lines.find(Array(first.utf8), line: line, from: cursor.offset)
            if let found { cursor.offset = found + first.utf8.count }
            guard isReported(literal, isBlock: isBlock) else { continue }
            let byteColumn = found ?? max(0, Int(cmark_node_get_start_column(node)) - 1)
            let (tag, fix) = describe(first)
            findings.append(Finding(isBlock: isBlock, tag: tag, fix: fix, line: line,
                                    column: lines.column(line: line, byte: byteColumn),
                                    lastLine: max(line, Int(cmark_node_get_end_line(node)))))
        }
        return findings
    }

    /// Whether leaving the HTML out loses something: not for a comment or a closing tag,
    /// unless a block holds text besides them.
    static func isReported(_ literal: String, isBlock: Bool) -> Bool {
        let trimmed = literal.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard trimmed.hasPrefix("<!--") || trimmed.hasPrefix("</") else { return true }
        guard isBlock else { return false }
        // Text outside comments and tags.
        var rest = Substring(literal)
        while let open = rest.range(of: "<!--") {
            guard let close = rest[open.upperBound...].range(of: "-->") else { rest = rest[..<open.lowerBound]; break }
            rest = rest[..<open.lowerBound] + rest[close.upperBound...]
        }
        var inTag = false
        for character in rest {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag,
                !character.isWhitespace { return true }
        }
        return false
    }

    /// `<name>` and the fix for it.
    static func describe(_ first: Substring) -> (tag: String, fix: String?) {
        let name = first.dropFirst().drop { $0 == "/" }.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            .lowercased()
        guard !name.isEmpty else { return (String(first.prefix(12)), nil) }
        let fix: String? = switch name {
        case "br", "wbr": "break"
        case "b", "strong", "i", "em", "u", "ins", "mark", "s", "strike", "del": "emphasis"
        case "center", "div", "p", "span", "font", "section", "article", "small", "big", "sup", "sub", "blockquote",
             "pre", "hr", "nobr", "right", "left": "layout"
        case "a": "link"
        case "img", "picture", "figure": "image"
        case "table", "thead", "tbody", "tr", "td", "th", "caption", "colgroup", "col": "table"
        case "h1", "h2", "h3", "h4", "h5", "h6": "heading"
        case "ul", "ol", "li", "dl", "dt", "dd": "list"
        case "script", "noscript", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
             "input", "button", "select", "textarea", "svg", "math", "link", "meta", "base", "audio", "video",
             "canvas", "template": "active"
        default: nil
        }
        return ("<\(name)>", fix)
    }

    /// The lines of a body, by their UTF-8 bytes.
    struct Lines {
        let bytes: [UInt8]
        /// Byte where each line starts; line n (from 1) is `starts[n - 1]`.
        let starts: [Int]

        init(_ body: String) {
            bytes = Array(body.utf8)
            var starts = [0]
            for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
            self.starts = starts
        }

        func range(_ line: Int) -> Range<Int>? {
            guard line >= 1, line <= starts.count else { return nil }
            let start = starts[line - 1]
            let end = line < starts.count ? starts[line] - 1 : bytes.count
            return start..<max(start, end)
        }

        /// The byte offset in `line` of the first `needle` at or after `from`.
        func find(_ needle: [UInt8], line: Int, from: Int) -> Int? {
            guard let range = range(line), !needle.isEmpty, needle.count <= range.count else { return nil }
            var i = range.lowerBound + from
            while i + needle.count <= range.upperBound {
                if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) {
                    return i - range.lowerBound
                }
                i += 1
            }
            return nil
        }

        /// The column, in Unicode scalars from 1, of the byte at offset `byte` in `line`.
        func column(line: Int, byte: Int) -> Int {
            guard let range = range(line) else { return 1 }
            let end = min(range.upperBound, range.lowerBound + byte)
            return 1 + bytes[range.lowerBound..<end].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        }
    }
}
