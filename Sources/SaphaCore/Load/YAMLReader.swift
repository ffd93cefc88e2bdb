import Foundation
import Yams

/// Where diagnostics of one file go while it is being read. One per file, one thread.
final class FileContext {
    let path: String
    /// File line of YAML line 1.
    let lineOffset: Int
    private(set) var diagnostics = Diagnostics()
    /// Set once the body's reference limit was reported, so it is reported once.
    var referenceLimitReported = false

    init(path: String, yamlFirstLine: Int = 1) {
        self.path = path
        self.lineOffset = yamlFirstLine - 1
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: path, line: lineOffset + 1) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
    }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func error(_ node: Node?, en: String, th: String, fixEN: String? = nil, fixTH: String? = nil) {
        let fix = fixEN.map { Bilingual(en: $0, th: fixTH ?? $0) }
        report(.error(at: location(of: node), Bilingual(en: en, th: th), fix: fix))
    }

    /// Parses YAML text into a node tree; a syntax error is reported with its line and column.
    func compose(_ yaml: String) -> Node? {
        // Yams composes recursively: thousands of nested levels overflow the stack. Content
        // never needs more than a few, so deep nesting is refused before Yams sees it.
        if let deep = YAMLHints.tooDeep(yaml) {
            report(.error(
                at: SourceLocation(file: path, line: deep.line + lineOffset, column: deep.column),
                Bilingual(en: "the YAML is nested more than \(YAMLHints.maximumDepth) levels deep",
                          th: "YAML ซ้อนกันลึกเกิน \(YAMLHints.maximumDepth) ชั้น"),
                fix: Bilingual(en: "front matter fields need at most a few levels; remove the extra brackets or indentation",
                               th: "ข้อมูลส่วนหัวต้องการการซ้อนเพียงไม่กี่ชั้น ลบวงเล็บหรือการย่อหน้าที่เกินออก")))
            return nil
        }
        do {
            let root = try Yams.compose(yaml: yaml)
            if let root, !checkValues(root, sourceBytes: yaml.utf8.count) { return nil }
            return root
        } catch let error as YamlError {
            var line = 1, column = 1, problem = "\(error)"
            switch error {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
                line = mark.line
                column = mark.column
                problem = p
            case .reader(let p, _, _, _):
                problem = p
            default:
                break
            }
            // libyaml gives up where an unclosed quote finally breaks the structure, often
            // lines later; point at the line where the quote was opened instead.
            if let open = YAMLHints.unclosedQuoteLine(in: yaml, before: line) {
                report(.error(
                    at: SourceLocation(file: path, line: open.line + lineOffset, column: open.column),
                    Bilingual(en: "a quotation mark opened here is never closed",
                        th: "เครื่องหมายคำพูดที่เปิดตรงนี้ไม่มีการปิด"),
                    fix: Bilingual(en: "close the quotation mark at the end of the value, or remove it",
                        th: "ใส่เครื่องหมายคำพูดปิดท้ายค่า หรือลบเครื่องหมายคำพูดออก")))
                return nil
            }
            let hint = YAMLHints.hint(for: problem)
            report(.error(
                at: SourceLocation(file: path, line: line + lineOffset, column: column),
                Bilingual(en: "the YAML is not valid: \(problem)", th: "รูปแบบ YAML ไม่ถูกต้อง: \(problem)"),
                fix: hint))
            return nil
        } catch {
            report(.error(at: SourceLocation(file: path, line: lineOffset + 1),
                          Bilingual(en: "the YAML is not valid: \(error)", th: "รูปแบบ YAML ไม่ถูกต้อง: \(error)")))
            return nil
        }
    }
}

extension FileContext {
    /// The most values a file may have once aliases are expanded. Real files have hundreds;
    /// nine aliases of nine aliases… (the "billion laughs") would have billions.
    static let maximumValues = 100_000

    /// The most text aliases may repeat in one file, in bytes (64 KiB), beyond the text the
    /// file holds itself.
    static let maximumAliasBytes = 65_536

    /// Checks every value of a composed file: at most `maximumValues` of them (aliases
    /// repeat a value without copying it, so a small file can stand for billions — refused
    /// before anything iterates over them), and no control characters, which a quoted scalar
    /// can write as escapes (`"\0"`, `"\a"`) and which are invalid in HTML and XML.
    /// Returns false when the file must not be read further.
    func checkValues(_ root: Node, sourceBytes: Int) -> Bool {
        var stack = [root]
        var count = 0, bytes = 0
        while let node = stack.popLast() {
            count += 1
            if case .scalar(let scalar) = node { bytes += scalar.string.utf8.count }
            // Without aliases the values' text is at most the file's; what is above that was
            // repeated by aliases (one 90 KB value used 5,000 times would be 450 MB on a page).
            if bytes - sourceBytes > Self.maximumAliasBytes {
                error(root, en: LoadMessages.aliasExpansion(Self.maximumAliasBytes).en,
                      th: LoadMessages.aliasExpansion(Self.maximumAliasBytes).th,
                      fixEN: LoadMessages.aliasExpansionFix.en, fixTH: LoadMessages.aliasExpansionFix.th)
                return false
            }
            if count > Self.maximumValues {
                error(root, en: "the YAML expands to more than \(Self.maximumValues) values (anchors '&' and aliases '*' repeat them)",
                      th: "YAML ขยายเป็นค่ามากกว่า \(Self.maximumValues) ค่า (anchor '&' และ alias '*' ทำให้ค่าซ้ำ)",
                      fixEN: "write the values out instead of using aliases", fixTH: "เขียนค่าแต่ละค่าเองแทนการใช้ alias")
                return false
            }
            switch node {
            case .scalar(let scalar):
                // Control characters are single bytes in UTF-8: look at the bytes first.
                if scalar.string.containsByte(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }),
                   let control = scalar.string.unicodeScalars.first(where: SourceFile.isControl) {
                    error(node, en: "this text contains an invisible control character (\(SourceFile.controlName(control)))",
                          th: "ข้อความนี้มีอักขระควบคุมที่มองไม่เห็น (\(SourceFile.controlName(control)))",
                          fixEN: "remove the escape sequence that writes it", fixTH: "ลบลำดับหลีก (escape) ที่เขียนอักขระนี้ออก")
                }
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            }
        }
        return true
    }
}

enum YAMLHints {
    static let maximumDepth = 100

    /// Where the YAML first nests deeper than `maximumDepth`: flow brackets (`[`, `{`)
    /// outside quotes and comments, or a line's indentation plus its leading `- `/`? `
    /// markers (each block level needs at least one of those). Conservative: may refuse a
    /// pathological file that is shallower, never lets a deeper one through.
    static func tooDeep(_ yaml: String) -> (line: Int, column: Int)? {
        // Over the contiguous UTF-8 buffer: iterating `yaml.utf8` is several times slower.
        var yaml = yaml
        return yaml.withUTF8 { tooDeep($0) }
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
                if escaped { escaped = false } else if q == 0x22 && byte == 0x5C { escaped = true } else if byte == q { quote = nil }
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
                : rest.indices.contains { rest[$0] == "\"" && (rest.startIndex == $0 || rest[rest.index(before: $0)] != "\\") }
            if !closed {
                return (offset + 1, line[..<value.startIndex].unicodeScalars.count + 1)
            }
        }
        return nil
    }

    static func hint(for problem: String) -> Bilingual {
        if problem.contains("cannot start any token") {
            return Bilingual(en: "indent with spaces, not tabs, and quote values that start with @ or `",
                             th: "ย่อหน้าด้วยเว้นวรรค ห้ามใช้แท็บ และใส่เครื่องหมายคำพูดครอบค่าที่ขึ้นต้นด้วย @ หรือ `")
        }
        if problem.contains("end of stream") || problem.contains("quoted scalar") {
            return Bilingual(en: "close the quotation mark opened on this line",
                             th: "ปิดเครื่องหมายคำพูดที่เปิดไว้ในบรรทัดนี้")
        }
        if problem.contains("mapping values are not allowed") {
            return Bilingual(en: "a value containing ': ' must be put in quotes, e.g. title: \"Agenda: roads\"",
                             th: "ค่าที่มี ': ' ต้องใส่เครื่องหมายคำพูดครอบ เช่น title: \"วาระ: ถนน\"")
        }
        return Bilingual(en: "check the indentation and quoting on this line and the one above",
                         th: "ตรวจสอบการย่อหน้าและเครื่องหมายคำพูดในบรรทัดนี้และบรรทัดก่อนหน้า")
    }
}

/// Reads the fields of one YAML mapping into typed values, reporting every problem at the
/// line and column of the offending key or value. Unknown and duplicate keys are errors.
struct MappingReader {
    let context: FileContext
    let node: Node
    private var values: [String: (key: Node, value: Node)] = [:]
    private var order: [String] = []
    private var requested: Set<String> = []
    /// Keys that belong to the Thai file only; used when reading an English translation.
    var structuredOnlyKeys: Set<String> = []

    /// Returns nil (after reporting) if the node is not a mapping.
    init?(_ node: Node, context: FileContext, what: Bilingual) {
        self.context = context
        self.node = node
        guard case .mapping(let mapping) = node else {
            context.error(node, en: "\(what.en) must be a list of 'key: value' fields",
                          th: "\(what.th) ต้องเป็นรายการข้อมูลแบบ 'ชื่อ: ค่า'")
            return nil
        }
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                context.error(keyNode, en: "a field name must be plain text", th: "ชื่อข้อมูลต้องเป็นข้อความธรรมดา")
                continue
            }
            let key = scalar.string
            if let first = values[key] {
                context.error(keyNode,
                    en: "the field '\(key)' is written twice (first on line \(context.location(of: first.key).line))",
                              th: "ข้อมูล '\(key)' ถูกเขียนซ้ำ (ครั้งแรกที่บรรทัด \(context.location(of: first.key).line))",
                              fixEN: "keep one '\(key)' line and delete the other",
                              fixTH: "เก็บบรรทัด '\(key)' ไว้บรรทัดเดียว แล้วลบอีกบรรทัด")
                continue
            }
            values[key] = (keyNode, value)
            order.append(key)
        }
    }

    var location: SourceLocation { context.location(of: node) }

    /// The raw node of a field, nil when absent or null.
    mutating func node(_ key: String) -> Node? {
        requested.insert(key)
        guard let value = values[key]?.value else { return nil }
        if case .scalar(let scalar) = value, MappingReader.isNull(scalar) { return nil }
        return value
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        // The length first: comparing a Thai value with "null" goes through Unicode-aware
        // string comparison.
        guard scalar.style == .plain, scalar.string.utf8.count <= 4 else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    func missing(_ key: String, en: String, th: String) {
        context.error(node, en: "the required field '\(key)' is missing (\(en))",
                      th: "ไม่มีข้อมูล '\(key)' ซึ่งต้องระบุ (\(th))",
                      fixEN: "add a line '\(key): …'", fixTH: "เพิ่มบรรทัด '\(key): …'")
    }

    // MARK: Scalars

    mutating func string(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            context.error(value, en: "'\(key)' must be a single text value", th: "'\(key)' ต้องเป็นข้อความเดียว")
            return nil
        }
        let text = scalar.string.trimmed
        return text.isEmpty ? nil : text
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string.trimmed.replacingOccurrences(of: "%", with: "")) else {
            context.error(value, en: "'\(key)' must be a whole number", th: "'\(key)' ต้องเป็นจำนวนเต็ม")
            return nil
        }
        guard range.contains(number) else {
            context.error(value, en: "'\(key)' is \(number), but must be between \(range.lowerBound) and \(range.upperBound)",
                          th: "'\(key)' มีค่า \(number) แต่ต้องอยู่ระหว่าง \(range.lowerBound) ถึง \(range.upperBound)")
            return nil
        }
        return number
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            context.error(value, en: "'\(key)' must be true or false", th: "'\(key)' ต้องเป็น true หรือ false")
            return nil
        }
    }

    mutating func day(_ key: String) -> Day? {
        guard let value = node(key) else { return nil }
        return DateParsing.day(value, key: key, context: context)
    }

    mutating func requiredDay(_ key: String, en: String, th: String) -> Day? {
        guard node(key) != nil else { missing(key, en: en, th: th); return nil }
        return day(key)
    }

    mutating func month(_ key: String) -> Month? {
        guard let value = node(key) else { return nil }
        return DateParsing.month(value, key: key, context: context)
    }

    mutating func time(_ key: String) -> TimeOfDay? {
        guard let value = node(key) else { return nil }
        return DateParsing.time(value, key: key, context: context)
    }

    mutating func vocabulary<V: Vocabulary>(_ key: String, _ type: V.Type) -> V? {
        guard let value = node(key) else { return nil }
        let raw = value.scalar?.string.trimmed.lowercased() ?? ""
        if let parsed = V(rawValue: raw) { return parsed }
        let suggestion = Suggest.closest(to: raw, in: V.allCases.map(\.rawValue))
        context.error(value, en: "'\(raw)' is not a valid \(key)", th: "'\(raw)' ไม่ใช่ค่า \(key) ที่ใช้ได้",
                      fixEN: "use one of: \(V.allowedValues)" + (suggestion.map { " — did you mean '\($0)'?" } ?? ""),
                      fixTH: "ใช้ค่าใดค่าหนึ่ง: \(V.allowedValues)" + (suggestion.map { " — หรือหมายถึง '\($0)'" } ?? ""))
        return nil
    }

    mutating func requiredVocabulary<V: Vocabulary>(_ key: String, _ type: V.Type, en: String, th: String) -> V? {
        guard node(key) != nil else {
            context.error(node, en: "the required field '\(key)' is missing (\(en))",
                          th: "ไม่มีข้อมูล '\(key)' ซึ่งต้องระบุ (\(th))",
                          fixEN: "add a line '\(key): …' with one of: \(V.allowedValues)",
                          fixTH: "เพิ่มบรรทัด '\(key): …' โดยใช้ค่าใดค่าหนึ่ง: \(V.allowedValues)")
            return nil
        }
        return vocabulary(key, type)
    }

    /// A link. Only http, https, mailto and tel are published.
    mutating func url(_ key: String) -> String? {
        guard let value = node(key), let text = string(key) else { return nil }
        if URLPolicy.isAllowed(text) { return text }
        context.error(value, en: "'\(key)' is not an allowed link: \(text)",
            th: "'\(key)' ไม่ใช่ลิงก์ที่อนุญาต: \(text)",
                      fixEN: "write a full address starting with https://, http://, mailto: or tel:",
                      fixTH: "เขียนที่อยู่เต็มที่ขึ้นต้นด้วย https://, http://, mailto: หรือ tel:")
        return nil
    }

    /// The site's address (`BaseURL`): refused with the reason when a browser could read it
    /// as another host, or when it has a query, a fragment or an unusual path.
    mutating func baseURL(_ key: String) -> BaseURL? {
        guard let value = node(key), let text = string(key) else { return nil }
        switch BaseURL.parse(text) {
        case .success(let url): return url
        case .failure(let reason):
            context.error(value, en: "'\(key)': \(reason.en): \(Identifier.visible(text))",
                          th: "'\(key)': \(reason.th): \(Identifier.visible(text))",
                          fixEN: BaseURLMessages.fix.en, fixTH: BaseURLMessages.fix.th)
            return nil
        }
    }

    /// The longest title, in characters, in each language: a title is shown wherever the
    /// issue or meeting is linked (up to `InlineReferences.maximumPerBody` times in a body),
    /// so it bounds what a page expands to. Real titles are under 100 characters.
    static let maximumTitleLength = 300

    /// A title: localized text of at most `maximumTitleLength` characters in each language.
    mutating func title(_ key: String) -> LocalizedText? {
        guard let value = node(key), let text = localized(key) else { return nil }
        // Too long is reported, but the title is kept: it is there, not missing.
        for part in [text.th, text.en].compactMap({ $0 }) { _ = isShortTitle(part, value) }
        return text
    }

    /// The title of a translation file (`.en.md`): one text, as short as `title`.
    mutating func englishTitle(_ key: String) -> String? {
        guard let value = node(key), let text = string(key) else { return nil }
        _ = isShortTitle(text, value)
        return text
    }

    /// Reports a title over the limit at its value.
    private func isShortTitle(_ text: String, _ value: Node) -> Bool {
        let length = text.unicodeScalars.count
        guard length > Self.maximumTitleLength else { return true }
        let message = LoadMessages.titleTooLong(length, limit: Self.maximumTitleLength)
        context.error(value, en: message.en, th: message.th, fixEN: LoadMessages.titleTooLongFix.en,
                      fixTH: LoadMessages.titleTooLongFix.th)
        return false
    }

    /// Text that may be given as a plain (Thai) string or as a map `{th: …, en: …}`.
    mutating func localized(_ key: String) -> LocalizedText? {
        guard let value = node(key) else { return nil }
        return MappingReader.localized(value, key: key, context: context)
    }

    static func localized(_ value: Node, key: String, context: FileContext) -> LocalizedText? {
        switch value {
        case .scalar(let scalar):
            let text = scalar.string.trimmed
            return text.isEmpty ? nil : LocalizedText(th: text)
        case .mapping:
            guard var reader = MappingReader(value, context: context, what: Bilingual(en: "'\(key)'",
                th: "'\(key)'")) else { return nil }
            let th = reader.string("th")
            let en = reader.string("en")
            reader.finish()
            guard let th else {
                context.error(value, en: "'\(key)' needs a Thai text under 'th'",
                    th: "'\(key)' ต้องมีข้อความภาษาไทยใน 'th'",
                              fixEN: "add 'th: …' under '\(key)'", fixTH: "เพิ่ม 'th: …' ใต้ '\(key)'")
                return nil
            }
            return LocalizedText(th: th, en: en)
        case .sequence:
            context.error(value, en: "'\(key)' must be a text, or a 'th:'/'en:' pair",
                th: "'\(key)' ต้องเป็นข้อความ หรือคู่ 'th:'/'en:'")
            return nil
        }
    }

    /// A list field; a single value is accepted as a list of one.
    mutating func list(_ key: String) -> [Node] {
        guard let value = node(key) else { return [] }
        if case .sequence(let sequence) = value { return Array(sequence) }
        return [value]
    }

    /// Ids of other content, as a list (`[a, b]` or one per line) or a single id.
    mutating func references(_ key: String, kind: Reference.Kind) -> [Reference] {
        list(key).compactMap { item in
            guard case .scalar(let scalar) = item else {
                context.error(item, en: "each entry of '\(key)' must be an id",
                    th: "แต่ละรายการใน '\(key)' ต้องเป็นรหัส")
                return nil
            }
            let id = scalar.string.trimmed
            guard Identifier.isValid(id) else {
                context.error(item, en: "'\(Identifier.visible(id))' is not a valid id",
                    th: "'\(Identifier.visible(id))' ไม่ใช่รหัสที่ใช้ได้",
                              fixEN: Identifier.ruleEN, fixTH: Identifier.ruleTH)
                return nil
            }
            return Reference(kind, id, at: context.location(of: item))
        }
    }

    mutating func reference(_ key: String, kind: Reference.Kind) -> Reference? {
        guard node(key) != nil else { return nil }
        return references(key, kind: kind).first
    }

    /// Reports the keys nobody asked for: typos, or structured fields in a translation.
    func finish() {
        for key in order where !requested.contains(key) {
            let keyNode = values[key]!.key
            if structuredOnlyKeys.contains(key) {
                context.error(keyNode, en: "'\(key)' is not translated: write it only in the Thai file",
                              th: "'\(key)' ไม่ต้องแปล: เขียนไว้ในไฟล์ภาษาไทยเท่านั้น",
                              fixEN: "delete this line from the English file; the English page takes it from the Thai file",
                              fixTH: "ลบบรรทัดนี้ออกจากไฟล์ภาษาอังกฤษ หน้าภาษาอังกฤษจะใช้ค่าจากไฟล์ภาษาไทย")
                continue
            }
            let suggestion = Suggest.closest(to: key, in: Array(requested))
            context.error(keyNode, en: "unknown field '\(key)'", th: "ไม่รู้จักข้อมูล '\(key)'",
                          fixEN: suggestion.map { "did you mean '\($0)'?" } ?? "remove it, or see docs/content-guide.md for the fields of this file",
                          fixTH: suggestion.map { "หมายถึง '\($0)' หรือไม่" } ?? "ลบออก หรือดูรายการข้อมูลที่ใช้ได้ใน docs/content-guide.md")
        }
    }
}

/// Closest match for "did you mean" hints.
enum Suggest {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let word = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = levenshtein(word, Array(candidate.unicodeScalars))
            if distance <= max(1, candidate.unicodeScalars.count / 3), distance < (best?.1 ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// Edit distance where swapping two neighbouring letters ("raod") counts as one edit.
    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
