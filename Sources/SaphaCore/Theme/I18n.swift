import SaphaSupport
import SaphaTemplates

/// The theme's UI strings for one language, read from `i18n/<lang>.yaml`.
/// Nested YAML maps become dotted keys: `meeting-status: {held: …}` → `meeting-status.held`.
public struct I18nTable: Sendable {
    public let language: Language
    public private(set) var strings: [String: String] = [:]
    /// Month names, January first.
    public private(set) var months: [String] = []

    public subscript(key: String) -> String { strings[key] ?? key }

    /// Keys the engine itself looks up; a theme must define all of them.
    static var requiredKeys: [String] {
        var keys: [String] = []
        func add<V: Vocabulary>(_ type: V.Type) { keys += V.allCases.map(\.i18nKey) }
        add(MeetingMode.self); add(MeetingStatus.self); add(IssueCategory.self); add(IssueStatus.self)
        add(ReportStatus.self); add(MemberRole.self); add(MemberGroup.self); add(Language.self)
        return keys
    }

    static func load(_ file: SourceFile, language: Language, diagnostics: inout Diagnostics) -> I18nTable? {
        let context = FileContext(path: file.path)
        defer { diagnostics.append(contentsOf: context.diagnostics) }
        guard let root = context.compose(file.text) else { return nil }
        var table = I18nTable(language: language)
        func flatten(_ node: Node, prefix: String) {
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    guard let name = key.scalar?.string else { continue }
                    flatten(value, prefix: prefix.isEmpty ? name : "\(prefix).\(name)")
                }
            case .sequence(let sequence) where prefix == "months":
                table.months = sequence.compactMap { $0.scalar?.string }
            case .scalar(let scalar):
                table.strings[prefix] = scalar.string
            default:
                context.report(I18nMessage.notText, at: node, ["key": prefix])
            }
        }
        flatten(root, prefix: "")
        if table.months.count != 12 {
            context.report(I18nMessage.months, at: root)
            return nil
        }
        let missing = requiredKeys.filter { table.strings[$0] == nil }
        if !missing.isEmpty {
            context.report(I18nMessage.missingStrings, at: root,
                           ["keys": missing.joined(separator: ", "), "file": file.path])
            return nil
        }
        return table
    }

    /// The table as nested dictionaries, for templates: `{{t.nav.meetings}}`.
    func templateValue() -> TemplateObject {
        var root: TemplateObject = [:]
        func insert(_ path: ArraySlice<Substring>, _ value: String, into dictionary: inout TemplateObject) {
            let key = String(path.first!)
            if path.count == 1 {
                dictionary.set(key, .string(value))
            } else {
                var child: TemplateObject = [:]
                if case .object(let existing)? = dictionary.value(key) { child = existing }
                insert(path.dropFirst(), value, into: &child)
                dictionary.set(key, .object(child))
            }
        }
        for (key, value) in strings.sorted(by: { $0.key < $1.key }) {
            insert(key.split(separator: ".")[...], value, into: &root)
        }
        return root
    }
}
