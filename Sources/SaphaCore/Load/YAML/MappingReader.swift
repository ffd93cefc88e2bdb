import Foundation
import SaphaSupport

/// Reads the fields of one YAML mapping into typed values, reporting every problem at the
/// line and column of the offending key or value. Unknown and duplicate keys are errors.
struct MappingReader {
    let context: FileContext
    let node: Node
    /// The mapping's fields in the order written. A list, not a dictionary: a mapping has a
    /// handful of keys, and hashing each key was 2 % of `sapha check`'s CPU.
    private var fields: [Field] = []
    /// Every key asked for, present or not, in the order asked: the names a typo is compared with.
    private var requested: [String] = []
    /// Keys that belong to the Thai file only; used when reading an English translation.
    var structuredOnlyKeys: Set<String> = []

    private struct Field {
        let name: String
        let key: Node
        let value: Node
        var isRequested = false
    }

    /// Returns nil (after reporting) if the node is not a mapping, named in that message by
    /// `what`, a word of the catalogue (`.frontMatter`, `.aMember`).
    init?(_ node: Node, context: FileContext, what: YAMLMessage) {
        self.init(node, context: context, what: what.message())
    }

    /// Returns nil (after reporting) if the node is not a mapping, named in that message by
    /// `what`, a file or field name the same in both languages (`.same("'office'")`), only
    /// worked out when it is needed.
    init?(_ node: Node, context: FileContext, what: @autoclosure () -> Bilingual) {
        self.context = context
        self.node = node
        guard case .mapping(let mapping) = node else {
            context.report(YAMLMessage.notAMapping, at: node, terms: ["what": what()])
            return nil
        }
        fields.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                context.report(YAMLMessage.fieldNameNotText, at: keyNode)
                continue
            }
            let key = scalar.string
            if let first = field(key) {
                context.report(YAMLMessage.duplicateField, at: keyNode,
                               ["key": key, "line": String(context.location(of: fields[first].key).line)])
                continue
            }
            fields.append(Field(name: key, key: keyNode, value: value))
        }
    }

    private func field(_ key: String) -> Int? { fields.firstIndex { $0.name == key } }

    var location: SourceLocation { context.location(of: node) }

    /// The raw node of a field, nil when absent or null.
    mutating func node(_ key: String) -> Node? {
        if !requested.contains(key) { requested.append(key) }
        guard let index = field(key) else { return nil }
        fields[index].isRequested = true
        let value = fields[index].value
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

    /// Reports the required field `key` missing; `what` tells what it holds. A field written
    /// but left empty (`mode:`, as `sapha new` leaves them) is told so, at its line.
    func missing(_ key: String, _ what: ContentMessage, allowed: String? = nil) {
        var values = ["key": key]
        if let allowed { values["allowed"] = allowed }
        if let written = field(key).map({ fields[$0].key }) {
            context.report(YAMLMessage.emptyField, at: written, values, terms: ["what": what.message()],
                           fix: allowed == nil ? nil : "values")
        } else {
            context.report(YAMLMessage.missingField, at: node, values, terms: ["what": what.message()],
                           fix: allowed == nil ? nil : "values")
        }
    }

    // MARK: Scalars

    mutating func string(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            context.report(YAMLMessage.notText, at: value, ["key": key])
            return nil
        }
        let text = scalar.string.trimmed
        return text.isEmpty ? nil : text
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = node(key) else { return nil }
        // `90` as written almost always; `๙๐`, ` 90 ` and `90%` only after folding (Foundation's
        // `replacingOccurrences` was 3 % of `sapha check`'s CPU when every value went through it).
        guard case .scalar(let scalar) = value,
              let number = Int(scalar.string) ?? Int(ThaiScript.foldingDigits(scalar.string.trimmed)
                  .replacingOccurrences(of: "%", with: "")) else {
            context.report(YAMLMessage.notANumber, at: value, ["key": key])
            return nil
        }
        guard range.contains(number) else {
            context.report(YAMLMessage.outOfRange, at: value, ["key": key, "number": String(number),
                "lowest": String(range.lowerBound), "highest": String(range.upperBound)])
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
            context.report(YAMLMessage.notTrueOrFalse, at: value, ["key": key])
            return nil
        }
    }

    mutating func day(_ key: String) -> Day? {
        guard let value = node(key) else { return nil }
        return DateParsing.day(value, key: key, context: context)
    }

    mutating func requiredDay(_ key: String, _ what: ContentMessage) -> Day? {
        guard node(key) != nil else { missing(key, what); return nil }
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

    /// A keyword of `V`, or its Thai label (`ThaiLabels`). A Thai word that is not a label is
    /// answered with the keyword it most likely means, or with every keyword and its label.
    mutating func vocabulary<V: Vocabulary>(_ key: String, _ type: V.Type) -> V? {
        guard let value = node(key) else { return nil }
        let text = value.scalar?.string.trimmed ?? ""
        let raw = text.lowercased()
        if let parsed = V(rawValue: raw) ?? V.value(labelled: text) { return parsed }
        if ThaiScript.hasLetter(text) {
            var values = ["value": text, "key": key, "allowed": V.allowedValues]
            if let likely = V.closest(toLabel: text) {
                values["suggestion"] = likely.rawValue
                values["label"] = likely.thaiLabel
                context.report(YAMLMessage.unknownValue, at: value, values, fix: "label")
            } else {
                values["labelled"] = V.labelledValues
                context.report(YAMLMessage.unknownValue, at: value, values, fix: "labels")
            }
            return nil
        }
        let suggestion = Suggest.closest(to: raw, in: V.allCases.map(\.rawValue))
        context.report(YAMLMessage.unknownValue, at: value,
                       ["value": raw, "key": key, "allowed": V.allowedValues, "suggestion": suggestion ?? ""],
                       fix: suggestion == nil ? nil : "suggestion")
        return nil
    }

    mutating func requiredVocabulary<V: Vocabulary>(_ key: String, _ type: V.Type, _ what: ContentMessage) -> V? {
        guard node(key) != nil else {
            missing(key, what, allowed: V.allowedValues)
            return nil
        }
        return vocabulary(key, type)
    }

    /// A link. Only http, https, mailto and tel are published.
    mutating func url(_ key: String) -> String? {
        guard let value = node(key), let text = string(key) else { return nil }
        if URLPolicy.isAllowed(text) { return text }
        context.report(YAMLMessage.linkNotAllowed, at: value, ["key": key, "link": text])
        return nil
    }

    /// The site's address (`BaseURL`): refused with the reason when a browser could read it
    /// as another host, or when it has a query, a fragment or an unusual path.
    mutating func baseURL(_ key: String) -> BaseURL? {
        guard let value = node(key), let text = string(key) else { return nil }
        switch BaseURL.parse(text) {
        case .success(let url): return url
        case .failure(let reason):
            context.report(BaseURLMessage.invalid, at: value, ["key": key, "address": Identifier.visible(text)],
                           terms: ["reason": reason])
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
        context.report(ContentMessage.titleTooLong, at: value, ["length": String(length),
            "over": String(length - Self.maximumTitleLength), "limit": String(Self.maximumTitleLength)])
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
            guard var reader = MappingReader(value, context: context, what: .same("'\(key)'")) else { return nil }
            let th = reader.string("th")
            let en = reader.string("en")
            reader.finish()
            guard let th else {
                context.report(YAMLMessage.noThaiText, at: value, ["key": key])
                return nil
            }
            return LocalizedText(th: th, en: en)
        case .sequence:
            context.report(YAMLMessage.notLocalizedText, at: value, ["key": key])
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
                context.report(YAMLMessage.referenceNotAnID, at: item, ["key": key])
                return nil
            }
            let id = scalar.string.trimmed
            guard Identifier.isValid(id) else {
                if let meeting = Identifier.meetingID(number: id) {
                    context.report(LoadMessage.meetingNumberAsID, at: item,
                                   ["id": id, "written": meeting, "file": meeting])
                } else {
                    context.report(YAMLMessage.invalidID, at: item, ["id": Identifier.visible(id)])
                }
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
        for field in fields where !field.isRequested {
            let key = field.name, keyNode = field.key
            if structuredOnlyKeys.contains(key) {
                context.report(YAMLMessage.thaiOnlyField, at: keyNode, ["key": key])
                continue
            }
            let suggestion = Suggest.closest(to: key, in: requested)
            context.report(YAMLMessage.unknownField, at: keyNode, ["key": key, "suggestion": suggestion ?? ""],
                           fix: suggestion == nil ? nil : "suggestion")
        }
    }
}

extension Bilingual {
    /// A name that is the same in both languages: a file or a field (`site.yaml`, `'office'`).
    static func same(_ name: String) -> Bilingual { Bilingual(en: name, th: name) }
}
