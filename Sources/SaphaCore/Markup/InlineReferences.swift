import Foundation
import SaphaSupport

/// Finds inline references in a Markdown body — `[[issue-id]]`, `[[meeting:1-2566]]`,
/// `[[report:2023-01]]` — wherever cmark-gfm shows them as text (not in code), records where
/// each one is, and replaces it with a placeholder that the renderer fills in. Every other
/// `[[` that would reach the page's text is an error at its line and column, and HTML the page
/// leaves out a warning (`ReferenceScan` finds, `ReferenceTree` and `RawHTML` read the tree).
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

    package static func prepare(_ body: String, firstLine: Int, context: some DiagnosticSink,
                                for output: Markdown.Output = .pages) -> MarkdownBody {
        // Nothing over a bound reaches cmark-gfm (MarkdownLimits): reported, not parsed.
        if let violation = MarkdownLimits.check(body) {
            context.report(MarkdownLimits.diagnostic(violation, in: body, firstLine: firstLine, file: context.path))
            return MarkdownBody(source: "", references: [])
        }
        // The placeholder and mark characters are reserved: content cannot forge a reference.
        var body = body
        // U+E000…U+E003 are EE 80 80…83 in UTF-8; look for their lead byte first.
        if body.containsByte(0xEE), body.unicodeScalars.contains(where: isReserved) {
            body = String(String.UnicodeScalarView(body.unicodeScalars.filter { !isReserved($0) }))
        }
        // Most bodies have no reference and no HTML: nothing to find in the tree.
        let scan = body.containsBytes(UInt8(ascii: "["), UInt8(ascii: "[")) ? ReferenceScan(body, firstLine: firstLine)
            : nil
        let hasHTML = body.containsByte(UInt8(ascii: "<"))
        guard scan.map({ !$0.isEmpty }) ?? false || hasHTML else {
            return reported(MarkdownBody(source: body, references: [], for: output), firstLine: firstLine,
                            context: context)
        }
        var source = body
        var references: [Reference] = []
        let (html, plain, changes) = Markdown.renderChecked(scan?.marked ?? body, for: output) { document in
            if let scan, !scan.isEmpty {
                (source, references) = resolve(scan, in: document, body: body, context: context)
            }
            if hasHTML { report(RawHTML.find(document, body: body), firstLine: firstLine, context: context) }
        }
        return reported(MarkdownBody(source: source, references: references, html: html, plain: plain, isEmpty: false,
                                     urlChanges: changes), firstLine: firstLine, context: context)
    }

    private static func isReserved(_ scalar: Unicode.Scalar) -> Bool { (0xE000...0xE003).contains(scalar.value) }

    /// The references of a body where cmark-gfm shows them as text, numbered in the order
    /// written, with the body's source as the renderer fills it in (each of them a
    /// placeholder); in the tree, every other `[[…]]` is put back as written. What is text but
    /// not a reference — an id that is not valid, a `[[` that is not closed — is reported.
    private static func resolve(_ scan: ReferenceScan, in document: OpaquePointer, body: String,
                                context: some DiagnosticSink) -> (source: String, references: [Reference]) {
        let tree = ReferenceTree(document, scan: scan)
        var references: [Reference] = []
        var final = [Int?](repeating: nil, count: scan.candidates.count)
        var nextStray = 0
        func reportStrays(before offset: Int) {
            while nextStray < scan.strays.count, scan.strays[nextStray].offset < offset {
                let stray = scan.strays[nextStray]
                if tree.survives[nextStray] {
                    context.report(MarkdownMessage.unresolvedReference.at(
                        SourceLocation(file: context.path, line: stray.line, column: stray.column)))
                }
                nextStray += 1
            }
        }
        for (index, candidate) in scan.candidates.enumerated() {
            reportStrays(before: candidate.range.lowerBound)
            // In code or raw HTML it is not a reference; in no place at all (an unused
            // definition), it is not on the page.
            guard tree.places[index] == .text || tree.places[index] == .link else { continue }
            let location = SourceLocation(file: context.path, line: candidate.line, column: candidate.column)
            if references.count >= maximumPerBody {
                if !context.referenceLimitReported {
                    context.referenceLimitReported = true
                    context.report(MarkdownMessage.tooManyReferences.at(location, ["limit": String(maximumPerBody)]))
                }
            } else if let reference = parse(candidate.inner.trimmed, at: location, context: context) {
                final[index] = references.count
                references.append(reference)
            }
        }
        reportStrays(before: Int.max)
        tree.rewrite { index in final[index].map(placeholder) ?? "[[\(scan.candidates[index].inner)]]" }
        // The source: the body with each reference's placeholder.
        var source = [UInt8]()
        var copied = 0
        let bytes = Array(body.utf8)
        source.reserveCapacity(bytes.count)
        for (index, candidate) in scan.candidates.enumerated() {
            guard let number = final[index] else { continue }
            source.append(contentsOf: bytes[copied..<candidate.range.lowerBound])
            source.append(contentsOf: placeholder(number).utf8)
            copied = candidate.range.upperBound
        }
        source.append(contentsOf: bytes[copied...])
        return (String(decoding: source, as: UTF8.self), references)
    }

    /// Warns where HTML was written that the page leaves out.
    private static func report(_ findings: [RawHTML.Finding], firstLine: Int, context: some DiagnosticSink) {
        for finding in findings {
            let location = SourceLocation(file: context.path, line: firstLine + finding.line - 1,
                                          column: finding.column)
            let message: MarkdownMessage = finding.isBlock ? .rawHTMLBlock : .rawHTML
            context.report(message.at(location, ["tag": finding.tag, "last": String(firstLine + finding.lastLine - 1)],
                                      fix: finding.fix))
        }
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

    /// The most inline references one body may hold. Each one shows the title of what it
    /// links to, so they bound what a body expands to: real minutes have tens.
    static let maximumPerBody = 1_000

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
