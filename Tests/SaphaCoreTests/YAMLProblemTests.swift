import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// libyaml's problems told in Thai and plain English (`YAMLProblems`, `YAMLProblemMessage`):
/// the table matches the problems libyaml can give, each entry has a fix, and the
/// mistakes the check catalogue does not show (`Fixtures/checks/yaml-*.case` shows the common
/// ones) are explained by the right entry at the right place.
@Suite("YAML problems: libyaml's texts explained")
struct YAMLProblemTests {
    /// The problem and context texts of libyaml's reader, scanner and parser (recorded from its
    /// sources in `Fixtures/libyaml-problems.txt`), and the problems of Sapha's own composer.
    static func libyamlProblems() throws -> (problems: Set<String>, contexts: Set<String>) {
        var problems = Set<String>(), contexts = Set<String>()
        let list = try String(contentsOf: Repo.fixtures.appendingPathComponent("libyaml-problems.txt"), encoding: .utf8)
        for line in list.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if parts[0] == "problem" { problems.insert(parts[1]) } else { contexts.insert(parts[1]) }
        }
        let composer = try String(contentsOf: Repo.root.appendingPathComponent(
            "Sources/SaphaCore/Load/YAML/YAMLComposer.swift"), encoding: .utf8)
        problems.formUnion(composer.matches(of: /problem: "([^"]*)"/).map { String($0.1) })
        return (problems, contexts)
    }

    /// The libyaml this process runs with is the one the texts were recorded from, and says each
    /// of them: a Debian update that changed a text fails here, not in front of staff.
    @Test func theLinkedLibyamlSaysEveryRecordedText() throws {
        // Read to the end: /proc files say they are empty, so a read by size would get nothing.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/maps"))
        let maps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        let path = try #require(maps.split(separator: "\n").compactMap { line in
            line.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init)
        }.first { $0.contains("/libyaml") })
        let library = try Data(contentsOf: URL(fileURLWithPath: path))
        func says(_ text: String) -> Bool { library.range(of: Data((text + "\0").utf8)) != nil }
        #expect(says("0.2.5"), "\(path) is not libyaml 0.2.5")
        let recorded = try Self.libyamlProblems()
        let composer: Set = ["but found another document", "found undefined alias"]
        for text in recorded.problems.subtracting(composer).union(recorded.contexts) {
            #expect(says(text), "\(path) never says '\(text)'")
        }
    }

    @Test func theTableHoldsExactlyTheProblemsLibyamlCanGive() throws {
        let vendored = try Self.libyamlProblems()
        #expect(vendored.problems.count > 50)
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
