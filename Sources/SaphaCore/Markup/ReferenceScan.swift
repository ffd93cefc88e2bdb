import SaphaSupport

/// Every `[[` of a body that is not escaped, found on the UTF-8 bytes in one linear pass,
/// with its line and column — but not whether it is code: cmark-gfm decides that (a line
/// indented four spaces is code at the top of a body and text inside a list item), and
/// `ReferenceTree` reads its answer in the tree. cmark-gfm's tree cannot find them by itself:
/// `\[[` (literal brackets) and `[[` are the same text there, and its columns are bytes,
/// counted from where a paragraph starts even on lazy lines. So the scan marks each find in
/// the text cmark-gfm parses, without changing what is code:
///
/// - a *candidate* `[[…]]` (closed on its line within 80 characters, with none of `[`, `` ` ``,
///   `<`, `>`, `|`, `"`, `'` inside) is replaced by `\u{E000}n\u{E001}`, n its index, the
///   form the renderer fills in (`InlineReferences.substitute`);
/// - any other `[[` (a *stray*: unclosed, holding one of those characters, or two brackets
///   or more before a candidate's, as in `[[[[road]]`) gets the mark `\u{E002}n\u{E003}`
///   between its first two brackets, and keeps them.
///
/// Only the characters inside a candidate disappear, and none of them can open or close a
/// code span, an HTML tag or a table cell; a mark is inert text between two `[`.
struct ReferenceScan {
    struct Candidate {
        /// Bytes of `[[…]]` in the body.
        var range: Range<Int>
        /// Between the brackets, untrimmed.
        var inner: String
        var line: Int
        var column: Int
    }

    struct Stray {
        /// Byte of the first `[` in the body.
        var offset: Int
        var line: Int
        var column: Int
    }

    static let strayOpen: Unicode.Scalar = "\u{E002}"
    static let strayClose: Unicode.Scalar = "\u{E003}"

    private(set) var candidates: [Candidate] = []
    private(set) var strays: [Stray] = []
    /// The body with candidates replaced and strays marked: what cmark-gfm parses.
    private(set) var marked = ""

    var isEmpty: Bool { candidates.isEmpty && strays.isEmpty }

    /// Scans `body` (its first line is `firstLine` of the file). Lines without `[[` are copied.
    init(_ body: String, firstLine: Int) {
        var body = body
        body.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var lineStart = 0, lineNumber = firstLine
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                scanLine(bytes, lineStart..<lineEnd, lineNumber: lineNumber, into: &out)
                if lineEnd < bytes.count { out.append(UInt8(ascii: "\n")) }
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            marked = String(decoding: out, as: UTF8.self)
        }
    }

    /// Columns are counted in Unicode scalars, like YAML marks.
    private mutating func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, lineNumber: Int,
                                   into out: inout [UInt8]) {
        let open = UInt8(ascii: "[")
        guard Self.containsDoubleBracket(bytes, line) else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line]))
            return
        }
        var i = line.lowerBound, copied = i
        var column = 1  // of bytes[i], in scalars
        func advance(to end: Int) {
            for byte in bytes[i..<end] where byte & 0xC0 != 0x80 { column += 1 }
            i = end
        }
        while i < line.upperBound {
            let c = bytes[i]
            // An escaped character (`\[` writes a bracket); inside code a backslash is itself,
            // but then so is what follows it, on the same side of the code's end.
            if c == UInt8(ascii: "\\"), i + 1 < line.upperBound {
                advance(to: bytes[i + 1] < 0x80 ? i + 2 : i + 1)
                continue
            }
            guard c == open, i + 1 < line.upperBound, bytes[i + 1] == open else {
                advance(to: i + 1)
                continue
            }
            // A run of brackets: a reference can only be its last two; two or more before them
            // are a stray `[[` (marked after its first bracket), one is a bracket of its own.
            var run = 2
            while i + run < line.upperBound, bytes[i + run] == open { run += 1 }
            let pair = i + run - 2
            let end = Self.candidateClose(bytes, from: pair + 2, before: line.upperBound)
            if end == nil || run >= 4 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...i]))
                out.append(contentsOf: Self.mark(strays.count).utf8)
                strays.append(Stray(offset: i, line: lineNumber, column: column))
                copied = i + 1
            }
            guard let end else {
                advance(to: i + run)
                continue
            }
            advance(to: pair)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<pair]))
            out.append(contentsOf: InlineReferences.placeholder(candidates.count).utf8)
            candidates.append(Candidate(range: pair..<(end + 2),
                inner: String(decoding: UnsafeBufferPointer(rebasing: bytes[(pair + 2)..<end]), as: UTF8.self),
                line: lineNumber, column: column))
            copied = end + 2
            advance(to: end + 2)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<line.upperBound]))
    }

    static func mark(_ index: Int) -> String { "\u{E002}\(index)\u{E003}" }

    private static func containsDoubleBracket(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes[range] {
            if byte == UInt8(ascii: "["), previous == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }

    /// The `]]` closing a candidate whose text starts at `start`: within 80 characters on the
    /// line, with none of `[`, `` ` ``, `<`, `>`, `|`, `"`, `'` before it (they could end a code span, an
    /// HTML tag or a table cell outside it once it is replaced).
    private static func candidateClose(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        var j = start, scalars = 0
        while j + 1 < end, scalars <= 80 {
            switch bytes[j] {
            case UInt8(ascii: "]"): return bytes[j + 1] == UInt8(ascii: "]") ? j : nil
            case UInt8(ascii: "["), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"):
                return nil
            default: break
            }
            if bytes[j] & 0xC0 != 0x80 { scalars += 1 }
            j += 1
        }
        return nil
    }
}
