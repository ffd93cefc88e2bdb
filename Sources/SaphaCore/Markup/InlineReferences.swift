import Foundation
import SaphaSupport

/// Finds inline references in a Markdown body — `[[issue-id]]`, `[[meeting:1-2566]]`,
/// `[[report:2023-01]]` — outside code, records where each one is, and replaces it with a
/// placeholder that the Markdown parser passes through as plain text.
package enum InlineReferences {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"

    static func placeholder(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }

    /// Replaces each placeholder in rendered text with `replacement(index, plainOnly)`;
    /// `plainOnly` is true where a link would break the HTML: between `<` and `>` (an
    /// attribute) or inside a link's text (`[see [[road]]](https://…)`: no `<a>` in an `<a>`).
    /// A placeholder cmark percent-encoded into a URL (an autolink `https://x.org/[[road]]`)
    /// is removed. Works on the UTF-8 bytes (U+E000 is EE 80 80, U+E001 is EE 80 81): walking
    /// scalars cost more than the Markdown rendering itself. A placeholder with an unknown
    /// index is dropped.
    static func substitute(_ text: String, count: Int, _ replacement: (Int, Bool) -> String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + count * 120)
            var insideTag = false, insideLink = false
            var start = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "<") {
                    insideTag = true
                    // `<a ` or `<a>` opens a link, `</a>` closes it (cmark writes tags in lowercase).
                    if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "a"), bytes[i + 2] == 0x20 ||
                            bytes[i + 2] == UInt8(ascii: ">") {
                        insideLink = true
                    } else if i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "a"),
                              bytes[i + 3] == UInt8(ascii: ">") {
                        insideLink = false
                    }
                } else if byte == UInt8(ascii: ">") {
                    insideTag = false
                }
                if byte == UInt8(ascii: "%"), insideTag, let end = encodedPlaceholderEnd(bytes, at: i) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    i = end
                    start = i
                    continue
                }
                guard byte == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                var j = i + 3, index = 0, digits = 0
                while j < bytes.count,
                      !(bytes[j] == 0xEE && j + 2 < bytes.count && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x81) {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]), digits < 9 {
                        index = index * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                        digits += 1
                    } else {
                        digits = 99
                    }
                    j += 1
                }
                if digits > 0, digits < 10, index < count { out.append(contentsOf: replacement(index, insideTag ||
                        insideLink).utf8) }
                i = min(j + 3, bytes.count)
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The end of `%EE%80%80<digits>%EE%80%81` (a percent-encoded placeholder) at `i`, if one is there.
    private static func encodedPlaceholderEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        // `pattern` in upper case; the bytes in either case.
        func matches(_ pattern: String, at k: Int) -> Bool {
            let p = Array(pattern.utf8)
            guard k + p.count <= bytes.count else { return false }
            for n in 0..<p.count {
                let b = bytes[k + n]
                if (b >= 0x61 && b <= 0x7A ? b - 0x20 : b) != p[n] { return false }
            }
            return true
        }
        guard matches("%EE%80%80", at: i) else { return nil }
        var j = i + 9
        while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
        return matches("%EE%80%81", at: j) ? j + 9 : nil
    }

    package static func prepare(_ body: String, firstLine: Int, context: some DiagnosticSink) -> MarkdownBody {
        // Nothing over a bound reaches cmark-gfm (MarkdownLimits): reported, not parsed.
        if let violation = MarkdownLimits.check(body) {
            context.report(MarkdownLimits.diagnostic(violation, in: body, firstLine: firstLine, file: context.path))
            return MarkdownBody(source: "", references: [])
        }
        // The placeholder characters are reserved: content cannot forge a reference.
        var body = body
        // U+E000 and U+E001 are EE 80 80 and EE 80 81 in UTF-8; look for their lead byte first.
        if body.containsByte(0xEE), body.unicodeScalars.contains(where: { $0 == open || $0 == close }) {
            body = String(String.UnicodeScalarView(body.unicodeScalars.filter { $0 != open && $0 != close }))
        }
        // Most bodies have no reference at all: nothing to rewrite.
        guard body.containsBytes(UInt8(ascii: "["), UInt8(ascii: "[")) else {
            return reported(MarkdownBody(source: body, references: []), firstLine: firstLine, context: context)
        }
        var output = ""
        output.reserveCapacity(body.utf8.count)
        var references: [Reference] = []
        var fence: (marker: UInt8, length: Int)?
        var lineNumber = firstLine
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

        // Lines are classified on their UTF-8 bytes; only a line holding "[[" is read as text.
        // Split on the bytes: splitting a String on Characters walks grapheme clusters.
        for lineBytes in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(lineBytes)
            defer { lineNumber += 1 }
            if lineNumber > firstLine { output.append("\n") }
            let bytes = line.utf8
            let indent = bytes.prefix(while: { $0 == space }).count
            let rest = bytes.dropFirst(indent)
            if let current = fence {
                let run = rest.prefix(while: { $0 == current.marker }).count
                if indent < 4, run >= current.length, rest.dropFirst(run).allSatisfy({ $0 == space || $0 == tab }) {
                    fence = nil
                }
                output.append(contentsOf: line)
                continue
            }
            if indent < 4, let marker = rest.first, marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") {
                let run = rest.prefix(while: { $0 == marker }).count
                if run >= 3 {
                    fence = (marker, run)
                    output.append(contentsOf: line)
                    continue
                }
            }
            // Indented code (or a list continuation: no references there); lines without "[[".
            if indent >= 4 || bytes.first == tab || !containsDoubleBracket(rest) {
                output.append(contentsOf: line)
                continue
            }
            output.append(contentsOf: scanLine(line, lineNumber: lineNumber, references: &references, context: context))
        }
        return reported(MarkdownBody(source: output, references: references), firstLine: firstLine, context: context)
    }

    /// Tells staff where the link and image policy changed their text (a warning each).
    private static func reported(_ body: MarkdownBody, firstLine: Int, context: some DiagnosticSink) -> MarkdownBody {
        // What the body renders to: with MarkdownLimits at most ~24 MB (footnotes, reference
        // definitions); a page carries at most `MarkdownLimits.maximumRenderedBytes` of it.
        let rendered = body.html.utf8.count
        if rendered > MarkdownLimits.maximumRenderedBytes {
            let limit = MarkdownLimits.maximumRenderedBytes
            context.report(MarkdownMessage.renderedTooLarge.at(SourceLocation(file: context.path, line: firstLine),
                ["kib": MarkdownLimits.kib(rendered), "over": MarkdownLimits.kib(rendered - limit),
                 "limit": MarkdownLimits.kib(limit)]))
            return MarkdownBody(source: "", references: [])
        }
        for change in body.urlChanges {
            let location = SourceLocation(file: context.path, line: firstLine + change.line - 1, column: change.column)
            let message: MarkdownMessage = switch change.kind {
            case .dataLink: .dataLink
            case .externalImage: .externalImage
            case .imageRemoved: .imageRemoved
            }
            context.report(message.at(location))
        }
        return body
    }

    private static func containsDoubleBracket(_ bytes: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "["), previous == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }

    /// The most inline references one body may hold. Each one shows the title of what it
    /// links to, so they bound what a body expands to: real minutes have tens.
    static let maximumPerBody = 1_000

    /// Reads a line that holds `[[` on its UTF-8 bytes, in time linear in its length (a line
    /// of a million references used to be rebuilt scalar by scalar, quadratically). Columns
    /// are counted in Unicode scalars, like YAML marks.
    private static func scanLine(_ line: Substring, lineNumber: Int, references: inout [Reference],
                                 context: some DiagnosticSink) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count >= 4 else { return String(line) }
        let backtick = UInt8(ascii: "`"), open = UInt8(ascii: "[")
        // Where each run of backticks starts, by its length: a code span opened by a run ends
        // at the next run of the same length (found by binary search, not by scanning on).
        var runs: [Int: [Int]] = [:]
        var k = 0
        while k < bytes.count {
            guard bytes[k] == backtick else { k += 1; continue }
            var run = 0
            while k + run < bytes.count, bytes[k + run] == backtick { run += 1 }
            runs[run, default: []].append(k)
            k += run
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0, copied = 0
        var column = 1  // of bytes[i], in scalars
        func advance(to end: Int) {
            for byte in bytes[i..<end] where byte & 0xC0 != 0x80 { column += 1 }
            i = end
        }
        while i < bytes.count {
            let c = bytes[i]
            if c == backtick {
                var run = 0
                while i + run < bytes.count, bytes[i + run] == backtick { run += 1 }
                let starts = runs[run] ?? []
                // The first run of this length after this one.
                var low = 0, high = starts.count
                while low < high {
                    let middle = (low + high) / 2
                    if starts[middle] > i { high = middle } else { low = middle + 1 }
                }
                advance(to: low < starts.count ? starts[low] + run : i + run)
                continue
            }
            if c == UInt8(ascii: "\\"), i + 1 < bytes.count {
                advance(to: bytes[i + 1] < 0x80 ? i + 2 : i + 1)
                continue
            }
            if c == open, i + 1 < bytes.count, bytes[i + 1] == open, let end = findClose(bytes, from: i + 2) {
                let inner = String(decoding: bytes[(i + 2)..<end], as: UTF8.self).trimmed
                let location = SourceLocation(file: context.path, line: lineNumber, column: column)
                if references.count >= maximumPerBody {
                    if !context.referenceLimitReported {
                        context.referenceLimitReported = true
                        context.report(MarkdownMessage.tooManyReferences.at(location,
                                                                            ["limit": String(maximumPerBody)]))
                    }
                } else if let reference = parse(inner, at: location, context: context) {
                    result.append(contentsOf: bytes[copied..<i])
                    result.append(contentsOf: placeholder(references.count).utf8)
                    references.append(reference)
                    copied = end + 2
                }
                advance(to: end + 2)
                continue
            }
            advance(to: i + 1)
        }
        result.append(contentsOf: bytes[copied...])
        return String(decoding: result, as: UTF8.self)
    }

    /// The `]]` closing a reference that starts at `start`: within 80 characters, with no `[` before it.
    private static func findClose(_ bytes: [UInt8], from start: Int) -> Int? {
        var j = start, scalars = 0
        while j + 1 < bytes.count, scalars <= 80 {
            if bytes[j] == UInt8(ascii: "[") { return nil }
            if bytes[j] == UInt8(ascii: "]") { return bytes[j + 1] == UInt8(ascii: "]") ? j : nil }
            if bytes[j] & 0xC0 != 0x80 { scalars += 1 }
            j += 1
        }
        return nil
    }

    private static func parse(_ inner: String, at location: SourceLocation,
                              context: some DiagnosticSink) -> Reference? {
        var kind = Reference.Kind.issue
        var id = Substring(inner)
        if let colon = inner.firstIndex(of: ":") {
            let prefix = inner[..<colon].trimmed.lowercased()
            guard let parsed = Reference.Kind(rawValue: prefix) else {
                context.report(MarkdownMessage.unknownReferenceKind.at(location,
                                                                       ["kind": prefix, "reference": inner]))
                return nil
            }
            kind = parsed
            id = inner[inner.index(after: colon)...]
        }
        let trimmedID = id.trimmed
        if kind != .report, !Identifier.isValid(trimmedID), let meeting = Identifier.meetingID(number: trimmedID) {
            context.report(LoadMessage.meetingNumberAsID.at(location,
                ["id": trimmedID, "written": "[[meeting:\(meeting)]]", "file": meeting]))
            return nil
        }
        guard Identifier.isValid(trimmedID) else {
            context.report(MarkdownMessage.invalidReferenceID.at(location,
                ["id": Identifier.visible(trimmedID), "reference": Identifier.visible(inner)]))
            return nil
        }
        return Reference(kind, trimmedID, at: location)
    }
}
