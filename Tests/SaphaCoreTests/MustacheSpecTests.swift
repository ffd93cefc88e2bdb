import Foundation
import Mustache
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// The official Mustache spec (github.com/mustache/spec; the files and their commit are in
/// `Fixtures/mustache-spec/`): every case of comments, delimiters, interpolation, inverted,
/// partials, sections and ~inheritance is rendered with Sapha's compiler and with swift-mustache,
/// and each is checked against the spec's `expected`. Where an engine knowingly differs from
/// the spec, the case is listed in `saphaDeviations` or `referenceDeviations` with the reason,
/// and the test checks that it still differs: a listed case that starts to pass fails until it
/// is taken off the list. No case is skipped.
///
/// Not run: ~lambdas (its data are functions, given in the spec as source code of other
/// languages; Sapha's values are plain data and its templates have no lambdas) and
/// ~dynamic-names (`{{>*name}}`, which Sapha refuses when a theme loads:
/// `TemplateEngineTests.pragmaAndDynamicPartial`).
///
/// Escaping: the spec escapes `&` `"` `<` `>` as `&amp;` `&quot;` `&lt;` `&gt;`, and so do both
/// engines (`HTMLEscape`, swift-mustache's HTML content type, its default). Both also escape
/// `'` as `&#39;`, which the spec leaves to the implementation; no spec value contains one.
@Suite("Mustache spec")
struct MustacheSpecTests {
    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections",
                        "~inheritance"]
    static let folder = Repo.fixtures.appendingPathComponent("mustache-spec")

    static let float = "no floating-point values: a template value is text, an Int, a Bool, a list or an object"
    static let notAnObject = "the root value is not an object: TemplateSet.render takes a TemplateObject"
    static let blockIndent = "a child's block is not reindented to the indentation of the parent's block tag"
        + " (as in swift-mustache)"

    /// Spec cases Sapha renders differently, each with why.
    static let saphaDeviations: [String: String] = [
        "interpolation: Basic Decimal Interpolation": float,
        "interpolation: Triple Mustache Decimal Interpolation": float,
        "interpolation: Ampersand Decimal Interpolation": float,
        "sections: Implicit Iterator - Decimal": float,
        "interpolation: Implicit Iterators - Basic Interpolation": notAnObject,
        "interpolation: Implicit Iterators - HTML Escaping": notAnObject,
        "interpolation: Implicit Iterators - Triple Mustache": notAnObject,
        "interpolation: Implicit Iterators - Ampersand": notAnObject,
        "interpolation: Implicit Iterators - Basic Integer Interpolation": notAnObject,
        "sections: Implicit Iterator - Root-level": notAnObject,
        "partials: Failed Lookup": "a partial that does not exist is a located error when the theme loads",
        "partials: Recursion": "a partial that includes itself is refused when the theme loads (HostileThemeTests)",
        "~inheritance: Recursion": "parents that lead back to themselves are refused when the theme loads",
        "~inheritance: Intrinsic indentation": blockIndent,
        "~inheritance: Nested block reindentation": blockIndent,
    ]

    /// Spec cases swift-mustache (the reference, pinned to 2.1.x in Package.swift) renders
    /// differently, each with why. (Its own spec tests skip these two.)
    static let referenceDeviations: [String: String] = [
        "~inheritance: Intrinsic indentation": "a child's block is not reindented to the parent's block tag",
        "~inheritance: Nested block reindentation": "a child's block is not reindented to the parent's block tag",
    ]

    // MARK: - The spec's files

    /// A value of a case's `data`: any JSON.
    indirect enum JSON: Sendable, Decodable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case list([JSON])
        case object([String: JSON])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                self = .int(number)
            } else if let number = try? container.decode(Double.self) {
                self = .double(number)
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else if let items = try? container.decode([JSON].self) {
                self = .list(items)
            } else {
                self = .object(try container.decode([String: JSON].self))
            }
        }
    }

    /// One case of a spec file.
    struct Case: Sendable, Decodable, CustomTestStringConvertible {
        /// The spec file, without `.json`.
        var file = ""
        /// 2 for the second case of a file with the same name (~inheritance has two
        /// "Text inside parent").
        var occurrence = 1
        let name: String
        let data: JSON
        let template: String
        let partials: [String: String]?
        let expected: String

        private enum CodingKeys: String, CodingKey { case name, data, template, partials, expected }

        /// `file: name`, unique (some names, e.g. "Null is falsey", are in two files), with
        /// ` #2` for a name's second case in one file.
        var id: String { "\(file): \(name)" + (occurrence > 1 ? " #\(occurrence)" : "") }
        var testDescription: String { id }

        /// The template under test and its partials, in a fixed order.
        var templates: [(name: String, text: String)] {
            [(MustacheSpecTests.mainName, template)]
                + (partials ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    /// The name the case's own template is registered under; no spec partial has it.
    static let mainName = "spec-template"

    static func cases() throws -> [Case] {
        struct File: Decodable { let tests: [Case] }
        return try files.flatMap { file in
            let data = try Data(contentsOf: folder.appendingPathComponent("\(file).json"))
            var seen: [String: Int] = [:]
            return try JSONDecoder().decode(File.self, from: data).tests.map { test in
                var test = test
                test.file = file
                seen[test.name, default: 0] += 1
                test.occurrence = seen[test.name]!
                return test
            }
        }
    }

    // MARK: - The two engines

    /// What an engine made of a case: the text it rendered, or why it did not render.
    enum Outcome: CustomStringConvertible {
        case rendered(String)
        case refused(String)

        var output: String? {
            if case .rendered(let text) = self { text } else { nil }
        }

        var description: String {
            switch self {
            case .rendered(let text): text.debugDescription
            case .refused(let reason): "not rendered: \(reason)"
            }
        }
    }

    struct Unrepresentable: Error, CustomStringConvertible {
        let description: String
    }

    /// The spec's data as Sapha's template values, which are text, integers, booleans, lists
    /// and objects. A null field is left out, as page builders' nil values are (TemplateObject);
    /// a floating-point number, or a null in a list, has no template value.
    static func templateValue(_ json: JSON) throws -> TemplateValue? {
        switch json {
        case .null:
            return nil
        case .bool(let flag):
            return .bool(flag)
        case .int(let number):
            return .int(number)
        case .double(let number):
            throw Unrepresentable(description: "Sapha has no floating-point values (\(number))")
        case .string(let text):
            return .string(text)
        case .list(let items):
            return .list(try items.map { item in
                guard let value = try templateValue(item) else {
                    throw Unrepresentable(description: "Sapha has no null in a list")
                }
                return value
            })
        case .object(let fields):
            var object = TemplateObject()
            for name in fields.keys.sorted() { object.set(name, try templateValue(fields[name]!)) }
            return .object(object)
        }
    }

    /// Sapha's compiler with the checks `Theme.load` makes: every template compiles, every
    /// partial and parent named exists, and none leads back to itself.
    static func sapha(_ test: Case) -> Outcome {
        let root: TemplateValue?
        do { root = try templateValue(test.data) } catch { return .refused("\(error)") }
        guard case .object(let values)? = root else {
            return .refused("the data is not an object, and Sapha renders a template with an object")
        }
        var set = TemplateSet()
        var edges: [(from: String, to: String, file: String, line: Int, column: Int)] = []
        for (name, text) in test.templates {
            switch TemplateParser.parse(text) {
            case .success(let compiled):
                set.templates[name] = compiled.nodes
                edges += compiled.references.map { (name, $0.name, name, $0.line, $0.column) }
            case .failure(let failure):
                return .refused("\(name):\(failure.line):\(failure.column): \(failure.message.en)")
            }
        }
        if let missing = edges.first(where: { set.templates[$0.to] == nil }) {
            return .refused("\(missing.from) names the template '\(missing.to)', which does not exist")
        }
        if let cycle = TemplateCycles.find(edges).first {
            return .refused("templates that lead back to themselves: \(cycle.path.joined(separator: " → "))")
        }
        guard let bytes = set.render(mainName, values) else { return .refused("no template \(mainName)") }
        return .rendered(String(decoding: bytes, as: UTF8.self))
    }

    /// The spec's data as swift-mustache takes it (null as NSNull, as its own spec tests do).
    static func reference(_ json: JSON) -> Any {
        switch json {
        case .null: NSNull()
        case .bool(let flag): flag
        case .int(let number): number
        case .double(let number): number
        case .string(let text): text
        case .list(let items): items.map(reference)
        case .object(let fields): fields.mapValues(reference)
        }
    }

    /// swift-mustache as it comes: HTML content type, no pragma added.
    static func reference(_ test: Case) -> Outcome {
        do {
            var library = MustacheLibrary()
            for (name, text) in test.templates {
                library.register(try MustacheTemplate(string: text), named: name)
            }
            guard let output = library.render(reference(test.data), withTemplate: mainName) else {
                return .refused("no template \(mainName)")
            }
            return .rendered(output)
        } catch {
            return .refused("\(error)")
        }
    }

    // MARK: - Tests

    static func check(_ outcome: Outcome, engine: String, deviation: String?, _ test: Case) {
        if let deviation {
            #expect(outcome.output != test.expected, """
                \(engine) now passes "\(test.id)", listed as a deviation (\(deviation)): take it off the list
                """)
        } else {
            #expect(outcome.output == test.expected, """
                \(engine) differs from the spec on "\(test.id)"
                template: \(test.template.debugDescription)
                partials: \(test.partials ?? [:])
                got:      \(outcome)
                expected: \(test.expected.debugDescription)
                """)
        }
    }

    @Test(arguments: try cases())
    func specCase(_ test: Case) {
        Self.check(Self.sapha(test), engine: "Sapha", deviation: Self.saphaDeviations[test.id], test)
        Self.check(Self.reference(test), engine: "swift-mustache", deviation: Self.referenceDeviations[test.id], test)
    }

    /// Every file is read, every case has its own name, and the deviation tables name only
    /// cases that exist, each with a reason.
    @Test func theTablesNameRealCases() throws {
        let cases = try Self.cases()
        #expect(cases.count == 163)
        #expect(Set(cases.map(\.file)) == Set(Self.files))
        let ids = Set(cases.map(\.id))
        #expect(ids.count == cases.count)
        for (id, reason) in Self.saphaDeviations.merging(Self.referenceDeviations, uniquingKeysWith: { $0 + $1 }) {
            #expect(ids.contains(id), "no spec case \"\(id)\"")
            #expect(!reason.isEmpty, "\"\(id)\" has no reason")
        }
    }
}
