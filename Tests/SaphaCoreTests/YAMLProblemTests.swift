import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// libyaml's problems told in Thai and plain English (`YAMLProblems`, `YAMLProblemMessage`):
/// the table matches the problems the vendored libyaml can give, each entry has a fix, and the
/// mistakes the check catalogue does not show (`Fixtures/checks/yaml-*.case` shows the common
/// ones) are explained by the right entry at the right place.
@Suite("YAML problems: libyaml's texts explained")
struct YAMLProblemTests {
    /// Yams' vendored libyaml and its own Swift sources, as the build checked them out.
    static let yams = Repo.root.appendingPathComponent(".build/checkouts/Yams/Sources")

    /// The problem texts of libyaml's reader, scanner and parser: the last string literal of
    /// each call that sets an error (the context, when there is one, comes before it), and the
    /// texts of Yams' composer.
    static func vendoredProblems() throws -> (problems: Set<String>, contexts: Set<String>) {
        var problems = Set<String>(), contexts = Set<String>()
        let call = /yaml_parser_set_(?:scanner|parser|reader)_error(?:_context)?\s*\(([^;]*?)\)\s*;/
        for file in ["scanner.c", "parser.c", "reader.c"] {
            let source = try String(contentsOf: yams.appendingPathComponent("CYaml/src/\(file)"), encoding: .utf8)
            for match in source.matches(of: call) {
                let literals = match.1.matches(of: /"((?:[^"\\]|\\.)*)"/).map { String($0.1) }
                guard let problem = literals.last else { continue }  // the function's own declaration
                problems.insert(problem)
                contexts.formUnion(literals.dropLast())
            }
        }
        let composer = try String(contentsOf: yams.appendingPathComponent("Yams/Parser.swift"), encoding: .utf8)
        problems.formUnion(composer.matches(of: /problem: "([^"]*)"/).map { String($0.1) })
        return (problems, contexts)
    }

    @Test func theTableHoldsExactlyTheProblemsLibyamlCanGive() throws {
        let vendored = try Self.vendoredProblems()
        #expect(vendored.problems.count > 50, "the vendored sources were not read: \(Self.yams.path)")
        let mapped = Set(YAMLProblems.explained.map(\.problem))
        #expect(mapped.subtracting(vendored.problems).sorted() == [], "mapped, but libyaml never says it")
        #expect(vendored.problems.subtracting(mapped).sorted() == [], "libyaml says it, but it is not mapped")
        let contexts = Set(YAMLProblems.explained.compactMap(\.context))
        #expect(contexts.subtracting(vendored.contexts).sorted() == [], "a context libyaml never gives")
    }

    @Test func everyExplanationHasAFixInBothLanguages() {
        for message in YAMLProblemMessage.allCases where message != .unknown {
            #expect(message.text.fixEN != nil && message.text.fixTH != nil, "\(message.code) has no fix")
        }
        // Every entry is used by the table or by a refinement of one of its entries.
        let refined: Set<YAMLProblemMessage> = [.noSpaceAfterColon, .notLinedUp, .textAfterQuote, .extraBracket,
                                                 .unclosedBracket, .dashWithoutSpace, .unknown]
        let used = Set(YAMLProblems.explained.map(\.message)).union(refined)
        #expect(Set(YAMLProblemMessage.allCases).subtracting(used).map(\.code).sorted() == [])
    }

    @Test func anUnknownProblemKeepsAThaiSentenceAndTheOriginal() {
        let found = YAMLProblems.explain("found something new", context: nil, at: (2, 3), in: "a: 1\nb: 2\n")
        #expect(found.message == .unknown)
        #expect((found.line, found.column) == (2, 3))
        let text = found.message.message(found.values)
        #expect(text.th == "ตัวอ่าน YAML อ่านข้อมูลตรงนี้ไม่ได้ (found something new)")
        #expect(text.en == "the YAML parser cannot read this (found something new)")
    }

    /// A YAML text, the entry that must explain its problem with its values, and where.
    struct Mistake: CustomTestStringConvertible, Sendable {
        var yaml: String
        var message: YAMLProblemMessage
        var values: [String: String] = [:]
        var line: Int
        var column: Int
        var testDescription: String { yaml.debugDescription }
    }

    static let mistakes: [Mistake] = [
        Mistake(yaml: "title: ]\n", message: .extraBracket, values: ["character": "]"], line: 1, column: 8),
        Mistake(yaml: "issues: [road]]\n", message: .extraBracket, values: ["character": "]"], line: 1, column: 15),
        Mistake(yaml: "issues: [road, , flood]\n", message: .missingValue, line: 1, column: 16),
        Mistake(yaml: "name: {th: ทุ่งครุ, en: Thung Khru\nstatus: open\n", message: .unclosedBracket,
                values: ["character": "{", "closing": "}"], line: 1, column: 7),
        Mistake(yaml: "issues: [road, \"flood\" x]\n", message: .bracketSeparator,
                values: ["character": "[", "closing": "]"], line: 1, column: 24),
        Mistake(yaml: "title: `ถนน`\n", message: .reservedStart,
                values: ["character": "`", "quoted": "title: \"`ถนน`\""], line: 1, column: 8),
        Mistake(yaml: "progress: %40\n", message: .reservedStart,
                values: ["character": "%", "quoted": "progress: \"%40\""], line: 1, column: 11),
        Mistake(yaml: "title: ? ถนน\n", message: .reservedStart,
                values: ["character": "?", "quoted": "title: \"? ถนน\""], line: 1, column: 8),
        Mistake(yaml: "title: - ถนน # ซอย 5\n", message: .reservedStart,
                values: ["character": "-", "quoted": "title: \"- ถนน\""], line: 1, column: 8),
        Mistake(yaml: "note: | ถนน\n", message: .blockText, values: ["quoted": "note: \"| ถนน\""],
                line: 1, column: 7),
        Mistake(yaml: "title: \"C:\\ถนน\"\n", message: .escape, line: 1, column: 11),
        Mistake(yaml: "%title: ถนน\n", message: .directive, line: 1, column: 1),
        Mistake(yaml: "title: ถนน\n---\nstatus: open\n", message: .secondDocument, line: 2, column: 1),
        Mistake(yaml: "note: !ด่วน ถนน\n", message: .tag, values: ["quoted": "note: \"!ด่วน ถนน\""],
                line: 1, column: 7),
        Mistake(yaml: "note: *x\n", message: .alias, values: ["character": "*", "quoted": "note: \"*x\""],
                line: 1, column: 7),
        Mistake(yaml: "title: ถนน\n  status: open\n", message: .notLinedUp, line: 2, column: 3),
        Mistake(yaml: "title:ถนน\nstatus: open\n", message: .noSpaceAfterColon, values: ["key": "title"],
                line: 1, column: 6),
        Mistake(yaml: "title: ถนน\nstatus:open\n", message: .noSpaceAfterColon, values: ["key": "status"],
                line: 2, column: 7),
        Mistake(yaml: "agenda:\n  - ถนน\n  น้ำท่วม\n", message: .noColon, line: 3, column: 3),
        Mistake(yaml: "agenda:\n  - ถนน\n  -น้ำท่วม\n", message: .dashWithoutSpace, values: ["quoted": "- น้ำท่วม"],
                line: 3, column: 3),
        Mistake(yaml: "title: 'ถนน' และ 'ซอย'\n", message: .textAfterQuote,
                values: ["quoted": "title: \"'ถนน' และ 'ซอย'\""], line: 1, column: 14),
        Mistake(yaml: "title: ถนน\n-\nstatus: open\n", message: .listHere, line: 2, column: 1),
        Mistake(yaml: "updates:\n  - issue: road\n  note: ซ่อมแล้ว\n", message: .listItemNotLinedUp,
                line: 3, column: 3),
        Mistake(yaml: "title: ถนนชำรุด: ซอย 5 # หมายเหตุ\n", message: .colon,
                values: ["quoted": "title: \"ถนนชำรุด: ซอย 5\""], line: 1, column: 16),
    ]

    @Test(arguments: mistakes) func eachMistakeIsExplainedWhereItWasTyped(_ mistake: Mistake) throws {
        let context = FileContext(path: "f.yaml")
        #expect(context.compose(mistake.yaml) == nil)
        let diagnostics = context.diagnostics.items
        try #require(diagnostics.count == 1)
        let diagnostic = diagnostics[0]
        #expect(diagnostic.code == YAMLMessage.syntax.code)
        #expect((diagnostic.location.line, diagnostic.location.column) == (mistake.line, mistake.column))
        let problem = mistake.message.message(mistake.values)
        #expect(diagnostic.message == YAMLMessage.syntax.message(terms: ["problem": problem]))
        #expect(diagnostic.fix == mistake.message.fix(mistake.values))
        // No English of libyaml's in the Thai text.
        #expect(!YAMLProblems.explained.contains { diagnostic.message.th.contains($0.problem) })
    }
}
