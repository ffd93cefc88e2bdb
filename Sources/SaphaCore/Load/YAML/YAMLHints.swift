import Foundation
import SaphaSupport

enum YAMLHints {
    static let maximumDepth = 100

    /// Where the YAML first nests deeper than `maximumDepth`: flow brackets (`[`, `{`)
    /// outside quotes and comments, or a line's indentation plus its leading `- `/`? `
    /// markers (each block level needs at least one of those). Conservative: may refuse a
    /// pathological file that is shallower, never lets a deeper one through.
    static func tooDeep(_ yaml: String) -> (line: Int, column: Int)? {
        // Over the contiguous UTF-8 buffer: iterating `yaml.utf8` is several times slower.
        var yaml = yaml
        return yaml.withUTF8 { certainlyShallow($0) ? nil : tooDeep($0) }
    }

    /// True when no reading of the bytes can nest too deep: no more `[` and `{` than the limit,
    /// and no line that opens with more spaces, `-` and `?` than `tooDeep` allows. Every file
    /// staff write is; the exact pass (a state machine over every byte, 2 % of `sapha check`'s
    /// CPU) is left for the others.
    private static func certainlyShallow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var brackets = 0
        for byte in bytes where byte == 0x5B || byte == 0x7B { brackets += 1 }
        guard brackets <= maximumDepth else { return false }
        var i = 0
        while i < bytes.count {
            var lead = 0
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x2D || bytes[i] == 0x3F { lead += 1; i += 1 }
            if lead > 2 * maximumDepth { return false }
            guard let newline = bytes.offset(of: 0x0A, from: i) else { break }
            i = newline + 1
        }
        return true
    }

    private static func tooDeep(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        var line = 1, column = 0
        var flow = 0
        var quote: UInt8? = nil
        var escaped = false
        var comment = false
        var atLineStart = true
        var lead = 0
        var previous: UInt8 = 0x0A
        for byte in bytes {
            if byte & 0xC0 != 0x80 { column += 1 }
            defer { previous = byte }
            if byte == 0x0A {
                line += 1; column = 0; comment = false; atLineStart = true; lead = 0
                if quote == 0x27 || quote == 0x22 { continue }  // quoted scalars may span lines
                continue
            }
            if comment { continue }
            if let q = quote {
                if escaped {
                    escaped = false
                } else if q == 0x22 && byte == 0x5C {
                    escaped = true
                } else if byte == q {
                    quote = nil
                }
                continue
            }
            if atLineStart {
                // Indentation and `- ` / `? ` markers before the first other character.
                if byte == 0x20 || byte == 0x2D || byte == 0x3F {
                    lead += 1
                    if lead > 2 * maximumDepth { return (line, column) }
                    continue
                }
                atLineStart = false
            }
            switch byte {
            case 0x23 where previous == 0x20 || previous == 0x0A || previous == 0x09: comment = true  // #
            case 0x22, 0x27: quote = byte
            case 0x5B, 0x7B:
                flow += 1
                if flow > maximumDepth { return (line, column) }
            case 0x5D, 0x7D: flow = max(0, flow - 1)
            default: break
            }
        }
        return nil
    }

    /// The first line (up to `limit`) whose value opens a quote that the line does not close.
    static func unclosedQuoteLine(in yaml: String, before limit: Int) -> (line: Int, column: Int)? {
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).prefix(limit).enumerated() {
            let trimmed = line.drop(while: { $0 == " " || $0 == "-" })
            // The value after `key:` (or the list item itself).
            var value = trimmed
            if let colon = trimmed.range(of: ": ") { value = trimmed[colon.upperBound...] }
            value = value.drop(while: { $0 == " " })
            guard let quote = value.first, quote == "\"" || quote == "'" else { continue }
            let rest = value.dropFirst()
            let closed = quote == "'"
                ? rest.contains("'")
                : rest.indices.contains {
                    rest[$0] == "\"" && (rest.startIndex == $0 || rest[rest.index(before: $0)] != "\\")
                }
            if !closed {
                return (offset + 1, line[..<value.startIndex].unicodeScalars.count + 1)
            }
        }
        return nil
    }

    /// The fix of `YAMLMessage.syntax` that fits what libyaml says: the name of one of its
    /// alternatives, or nil for the usual one.
    static func hint(for problem: String) -> String? {
        if problem.contains("cannot start any token") { return "tab" }
        if problem.contains("end of stream") || problem.contains("quoted scalar") { return "quote" }
        if problem.contains("mapping values are not allowed") { return "colon" }
        return nil
    }
}
