/// What a template sees: text, numbers, flags, lists and objects. Plain Sendable values, so
/// rendering and the page cache's hashing need no dynamic casts.
enum TemplateValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
}

/// A template's page values, or any object in them. Written like a dictionary of anything
/// page builders use (`["title": title, "count": 3, "items": items]`); a nil value leaves the
/// field out, so `{{#field}}` sections are skipped and nothing prints "nil".
struct TemplateObject: Sendable, Equatable, ExpressibleByDictionaryLiteral, TemplateRepresentable {
    var fields: [String: TemplateValue]

    init(_ fields: [String: TemplateValue] = [:]) { self.fields = fields }

    init(dictionaryLiteral elements: (String, (any TemplateRepresentable)?)...) {
        fields = Dictionary(minimumCapacity: elements.count)
        for (key, value) in elements {
            if let value { fields[key] = value.templateValue }
        }
    }

    /// Sets a field from anything page builders use; read fields with `fields[key]`.
    subscript(key: String) -> (any TemplateRepresentable)? {
        @available(*, unavailable, message: "read fields[key], a TemplateValue")
        get { fields[key] }
        set { fields[key] = newValue?.templateValue }
    }

    /// The fields of `other` added, replacing those of the same name.
    mutating func merge(_ other: TemplateObject) {
        fields.merge(other.fields) { _, new in new }
    }

    var templateValue: TemplateValue { .object(self) }
}

/// Anything page builders put into template values.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateRepresentable {
    var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
    var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateRepresentable {
    var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateRepresentable {
    var templateValue: TemplateValue { .bool(self) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    // A closure, not `map(\.templateValue)`: called through the protocol, this code is not
    // specialised, and an unspecialised key path is made anew at each call.
    var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}

extension Dictionary: TemplateRepresentable where Key == String, Value: TemplateRepresentable {
    var templateValue: TemplateValue { .object(TemplateObject(mapValues { $0.templateValue })) }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }
}

/// Types a dictionary literal as template values where Swift cannot infer it (in closures,
/// as an argument): `items.map { values(["title": $0.title]) }`.
func values(_ object: TemplateObject) -> TemplateObject { object }
