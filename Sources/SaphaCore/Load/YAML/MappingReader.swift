import Foundation
import Yams
import SaphaSupport

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
