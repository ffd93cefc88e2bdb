import Foundation

/// Finds inline references in a Markdown body — `[[issue-id]]`, `[[meeting:1-2566]]`,
/// `[[report:2023-01]]` — outside code, records where each one is, and replaces it with a
/// placeholder that the Markdown parser passes through as plain text.
enum InlineReferences {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"

    static func placeholder(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }

    /// Replaces each placeholder in rendered text with `replacement(index, insideTag)`;
    /// `insideTag` tells whether it stands between `<` and `>` (an attribute). Works on the
    /// UTF-8 bytes (U+E000 is EE 80 80, U+E001 is EE 80 81): walking scalars cost more than
    /// the Markdown rendering itself. A placeholder with an unknown index is dropped.
    static func substitute(_ text: String, count: Int, _ replacement: (Int, Bool) -> String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + count * 120)
            var insideTag = false
            var start = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "<") { insideTag = true } else if byte == UInt8(ascii: ">") { insideTag = false }
                guard byte == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                var j = i + 3, index = 0, digits = 0
                while j < bytes.count, !(bytes[j] == 0xEE && j + 2 < bytes.count && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x81) {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]), digits < 9 {
                        index = index * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                        digits += 1
                    } else {
                        digits = 99
                    }
                    j += 1
                }
                if digits > 0, digits < 10, index < count { out.append(contentsOf: replacement(index, insideTag).utf8) }
                i = min(j + 3, bytes.count)
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func prepare(_ body: String, firstLine: Int, context: FileContext) -> MarkdownBody {
        // The placeholder characters are reserved: content cannot forge a reference.
        var body = body
        // U+E000 and U+E001 are EE 80 80 and EE 80 81 in UTF-8; look for their lead byte first.
        if body.containsByte(0xEE), body.unicodeScalars.contains(where: { $0 == open || $0 == close }) {
            body = String(String.UnicodeScalarView(body.unicodeScalars.filter { $0 != open && $0 != close }))
        }
        // Most bodies have no reference at all: nothing to rewrite.
        guard body.containsBytes(UInt8(ascii: "["), UInt8(ascii: "[")) else {
            return MarkdownBody(source: body, references: [])
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
                if indent < 4, run >= current.length, rest.dropFirst(run).allSatisfy({ $0 == space || $0 == tab }) { fence = nil }
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
        return MarkdownBody(source: output, references: references)
    }

    private static func containsDoubleBracket(_ bytes: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "["), previous == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }

    /// Reads a line that holds `[[` scalar by scalar (not as Characters: grapheme breaking
    /// of Thai text is slow, and columns are counted in scalars anyway).
    private static func scanLine(_ line: Substring, lineNumber: Int, references: inout [Reference], context: FileContext) -> String {
        let chars = Array(line.unicodeScalars)
        guard chars.count >= 4 else { return String(line) }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(chars[range])) }
        var result = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            let c = chars[i]
            // Inline code spans: copy through to the matching run of backticks.
            if c == "`" {
                var run = 0
                while i + run < chars.count, chars[i + run] == "`" { run += 1 }
                var j = i + run
                var closeAt: Int?
                while j < chars.count {
                    if chars[j] == "`" {
                        var closing = 0
                        while j + closing < chars.count, chars[j + closing] == "`" { closing += 1 }
                        if closing == run { closeAt = j + closing; break }
                        j += closing
                    } else { j += 1 }
                }
                let end = closeAt ?? (i + run)
                result.append(contentsOf: chars[i..<end])
                i = end
                continue
            }
            if c == "\\", i + 1 < chars.count {
                result.append(c); result.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "[", i + 1 < chars.count, chars[i + 1] == "[", let end = findClose(chars, from: i + 2) {
                let inner = text((i + 2)..<end).trimmed
                // Columns count Unicode scalars, like YAML marks.
                let location = SourceLocation(file: context.path, line: lineNumber, column: i + 1)
                if let reference = parse(inner, at: location, context: context) {
                    result.append(contentsOf: placeholder(references.count).unicodeScalars)
                    references.append(reference)
                } else {
                    result.append(contentsOf: chars[i..<(end + 2)])
                }
                i = end + 2
                continue
            }
            result.append(c)
            i += 1
        }
        return String(result)
    }

    private static func findClose(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        while j + 1 < chars.count, j - start <= 80 {
            if chars[j] == "[" { return nil }
            if chars[j] == "]" { return chars[j + 1] == "]" ? j : nil }
            j += 1
        }
        return nil
    }

    private static func parse(_ inner: String, at location: SourceLocation, context: FileContext) -> Reference? {
        var kind = Reference.Kind.issue
        var id = Substring(inner)
        if let colon = inner.firstIndex(of: ":") {
            let prefix = inner[..<colon].trimmed.lowercased()
            guard let parsed = Reference.Kind(rawValue: prefix) else {
                context.report(.error(at: location,
                    Bilingual(en: "unknown kind of reference '\(prefix)' in [[\(inner)]]", th: "ไม่รู้จักการอ้างอิงประเภท '\(prefix)' ใน [[\(inner)]]"),
                    fix: Bilingual(en: "write [[issue-id]], [[meeting:id]] or [[report:id]]", th: "เขียน [[รหัสเรื่อง]], [[meeting:รหัส]] หรือ [[report:รหัส]]")))
                return nil
            }
            kind = parsed
            id = inner[inner.index(after: colon)...]
        }
        let trimmedID = id.trimmed
        guard Identifier.isValid(trimmedID) else {
            context.report(.error(at: location,
                Bilingual(en: "'\(Identifier.visible(trimmedID))' in [[\(Identifier.visible(inner))]] is not a valid id", th: "'\(Identifier.visible(trimmedID))' ใน [[\(Identifier.visible(inner))]] ไม่ใช่รหัสที่ใช้ได้"),
                fix: Bilingual(en: Identifier.ruleEN + "; to show brackets literally write \\[[", th: Identifier.ruleTH + " หากต้องการแสดงวงเล็บตามตัวอักษรให้เขียน \\[[")))
            return nil
        }
        return Reference(kind, trimmedID, at: location)
    }
}
