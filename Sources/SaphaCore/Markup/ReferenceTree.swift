import CCmarkGFM
import Foundation
import SaphaSupport

/// What cmark-gfm made of the `[[` a `ReferenceScan` found: for each candidate, whether it is
/// in text (a paragraph, a list item at any depth, a quote, a table cell, a heading, a link's
/// text), in a link's address, in code (a code span, a fenced or indented code block) or in
/// raw HTML, or nowhere (an unused definition); for each stray `[[`, whether both brackets
/// are still side by side in text. Then the tree is made ready to render: `rewrite` puts a
/// reference's final placeholder where it is linked and the text as written everywhere else,
/// and takes the strays' marks out.
struct ReferenceTree {
    enum Place: Int, Comparable {
        case nowhere, link, text, code
        static func < (a: Place, b: Place) -> Bool { a.rawValue < b.rawValue }
    }

    /// By candidate index: where it is (code wins over text, text over a link's address).
    private(set) var places: [Place]
    /// By stray index: `[[` left in text, to be shown as written.
    private(set) var survives: [Bool]
    /// The strings of the tree that hold a placeholder or a mark.
    private var fields: [(node: OpaquePointer, field: Field)] = []

    enum Field { case literal, fenceInfo, url, title }

    /// Reads the tree of the body `scan` marked.
    init(_ document: OpaquePointer, scan: ReferenceScan) {
        places = Array(repeating: .nowhere, count: scan.candidates.count)
        survives = Array(repeating: false, count: scan.strays.count)
        MarkdownTree.forEachNode(in: document) { node, type in
            switch type {
            case CMARK_NODE_TEXT:
                note(node, .literal, .text)
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
                note(node, .literal, .code)
            case CMARK_NODE_CODE_BLOCK:
                note(node, .literal, .code)
                note(node, .fenceInfo, .code)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                note(node, .url, .link)
                note(node, .title, .link)
            default:
                break
            }
        }
    }

    private static func get(_ node: OpaquePointer, _ field: Field) -> UnsafePointer<CChar>? {
        switch field {
        case .literal: cmark_node_get_literal(node)
        case .fenceInfo: cmark_node_get_fence_info(node)
        case .url: cmark_node_get_url(node)
        case .title: cmark_node_get_title(node)
        }
    }

    private static func set(_ node: OpaquePointer, _ field: Field, _ value: String) {
        switch field {
        case .literal: cmark_node_set_literal(node, value)
        case .fenceInfo: cmark_node_set_fence_info(node, value)
        case .url: cmark_node_set_url(node, value)
        case .title: cmark_node_set_title(node, value)
        }
    }

    /// A placeholder (U+E000, EE 80 80) or a mark (U+E002, EE 80 82) starts at `i`: its kind,
    /// index and the end of its closing character, or nil.
    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (mark: Bool, index: Int, end: Int)? {
        guard bytes[i] == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80,
              bytes[i + 2] == 0x80 || bytes[i + 2] == 0x82 else { return nil }
        let mark = bytes[i + 2] == 0x82
        var j = i + 3, index = 0
        while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, j - i < 12 {
            index = index * 10 + Int(bytes[j] - 0x30)
            j += 1
        }
        guard j + 2 < bytes.count, bytes[j] == 0xEE, bytes[j + 1] == 0x80,
              bytes[j + 2] == (mark ? 0x83 : 0x81) else { return nil }
        return (mark, index, j + 3)
    }

    private static func bytes(_ string: UnsafePointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(string).assumingMemoryBound(to: UInt8.self), count: strlen(string))
    }

    private mutating func note(_ node: OpaquePointer, _ field: Field, _ place: Place) {
        guard let string = Self.get(node, field) else { return }
        let bytes = Self.bytes(string)
        var found = false
        var i = 0
        while i < bytes.count {
            guard let token = Self.token(bytes, at: i) else { i += 1; continue }
            found = true
            if token.mark {
                if place == .text, token.index < survives.count, Self.bracketPrecedes(bytes, i, node),
                   Self.bracketFollows(bytes, token.end, node) {
                    survives[token.index] = true
                }
            } else if token.index < places.count {
                places[token.index] = max(places[token.index], place)
            }
            i = token.end
        }
        if found { fields.append((node, field)) }
    }

    /// Whether the text has `[` just before `start` (in this literal, or the previous text
    /// node): not when the bracket opened a link (`[[x](url)` is a link whose text is `[x`).
    private static func bracketPrecedes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int,
                                        _ node: OpaquePointer) -> Bool {
        if start > 0 { return bytes[start - 1] == UInt8(ascii: "[") }
        guard let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(previous) else { return false }
        return Self.bytes(literal).last == UInt8(ascii: "[")
    }

    /// Whether the text goes on with `[` after `end` (in this literal, or the next text node).
    private static func bracketFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ node: OpaquePointer) -> Bool {
        if end < bytes.count { return bytes[end] == UInt8(ascii: "[") }
        guard let next = cmark_node_next(node), cmark_node_get_type(next) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(next) else { return false }
        return literal.pointee == CChar(UInt8(ascii: "["))
    }

    /// Puts `replacement(candidate)` where each candidate's placeholder is (its final
    /// placeholder, or its text as written) and takes the marks out.
    func rewrite(_ replacement: (Int) -> String) {
        for (node, field) in fields {
            guard let string = Self.get(node, field) else { continue }
            let bytes = Self.bytes(string)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0, copied = 0
            while i < bytes.count {
                guard let token = Self.token(bytes, at: i) else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                if !token.mark, token.index < places.count { out.append(contentsOf: replacement(token.index).utf8) }
                i = token.end
                copied = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            Self.set(node, field, String(decoding: out, as: UTF8.self))
        }
    }
}
