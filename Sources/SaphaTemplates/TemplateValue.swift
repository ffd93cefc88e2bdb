import SaphaSupport

/// What a template sees: text, numbers, flags, lists and objects. Plain Sendable values, so
/// rendering and the page cache's hashing need no dynamic casts.
package enum TemplateValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
}

/// A template's page values, or any object in them. Written like a dictionary of anything
/// page builders use (`["title": title, "count": 3, "items": items]`); a nil value leaves the
/// field out, so `{{#field}}` sections are skipped and nothing prints "nil".
///
/// The fields are kept in the order they were first set, with a hash of each name: pages'
/// objects have 2–30 fields, which a scan comparing hashes finds faster than a dictionary,
/// and the page cache hashes them in that order without sorting. The order is the page
/// builder's code order, so it is the same in every build.
package struct TemplateObject: Sendable, Equatable, ExpressibleByDictionaryLiteral, TemplateRepresentable {
    package struct Field: Sendable {
        package let name: String
        package let hash: UInt64
        package var value: TemplateValue
    }

    package private(set) var fields: [Field] = []

    package init() {}

    package init(dictionaryLiteral elements: (String, (any TemplateRepresentable)?)...) {
        fields.reserveCapacity(elements.count)
        for (key, value) in elements {
            if let value { set(key, value.templateValue) }
        }
    }

    /// Sets a field from anything page builders use; read fields with `value(_:)`.
    package subscript(key: String) -> (any TemplateRepresentable)? {
        @available(*, unavailable, message: "read value(key), a TemplateValue")
        get { value(key) }
        set { set(key, newValue?.templateValue) }
    }

    /// The value of field `name`; nil when there is none.
    package func value(_ name: String) -> TemplateValue? {
        value(name, hash: Self.hash(name))
    }

    /// The value of field `name` whose `hash(_:)` is `hash` (computed once by the caller).
    package func value(_ name: String, hash: UInt64) -> TemplateValue? {
        for field in fields where field.hash == hash && field.name == name { return field.value }
        return nil
    }

    private func index(_ name: String, _ hash: UInt64) -> Int? {
        fields.firstIndex { $0.hash == hash && $0.name == name }
    }

    /// Sets field `name`, in place if it is there; nil removes it.
    package mutating func set(_ name: String, _ value: TemplateValue?) {
        let hash = Self.hash(name)
        if let i = index(name, hash) {
            if let value { fields[i].value = value } else { fields.remove(at: i) }
        } else if let value {
            fields.append(Field(name: name, hash: hash, value: value))
        }
    }

    /// The fields of `other` set here, replacing those of the same name.
    package mutating func merge(_ other: TemplateObject) {
        for field in other.fields {
            if let i = index(field.name, field.hash) { fields[i].value = field.value } else { fields.append(field) }
        }
    }

    /// The name's `ContentHash`: the same in every process (unlike `Hasher`).
    package static func hash(_ name: String) -> UInt64 {
        var hash = ContentHash()
        hash.add(name)
        return hash.value
    }

    /// The same fields and values, in any order.
    package static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.fields.count == b.fields.count && a.fields.allSatisfy { b.value($0.name, hash: $0.hash) == $0.value }
    }

    package var templateValue: TemplateValue { .object(self) }
}

/// Anything page builders put into template values.
package protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateRepresentable {
    package var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
    package var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateRepresentable {
    package var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateRepresentable {
    package var templateValue: TemplateValue { .bool(self) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    // A closure, not `map(\.templateValue)`: called through the protocol, this code is not
    // specialised, and an unspecialised key path is made anew at each call.
    package var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    package init(stringLiteral value: String) { self = .string(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
}

/// Types a dictionary literal as template values where Swift cannot infer it (in closures,
/// as an argument): `items.map { values(["title": $0.title]) }`.
package func values(_ object: TemplateObject) -> TemplateObject { object }
