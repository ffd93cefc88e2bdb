import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Hostile catalogue, round two: a theme from a pull request cannot crash the build. Templates
/// that include themselves or nest thousands of sections are refused when the theme loads.
@Suite("Hostile content: themes")
struct HostileThemeTests {
    func load(_ templates: [String: String]) throws -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: Repo.theme, to: root)
        for (name, text) in templates {
            try Data(text.utf8).write(to: root.appendingPathComponent("templates/\(name).mustache"))
        }
        let (theme, diagnostics) = Theme.load(from: root, displayRoot: "themes/x")
        #expect(theme == nil)
        return diagnostics.sorted.map { String($0.description.split(separator: "\n")[0]) }
    }

    @Test func aPartialThatIncludesItselfIsRefused() throws {
        #expect(try load(["loop": "a\n{{> loop}}\n"]) == [
            "themes/x/templates/loop.mustache:2:5: error: the template includes itself: loop → loop; rendering would "
                + "never end",
        ])
    }

    @Test func partialsThatIncludeEachOtherAreRefusedOnce() throws {
        #expect(try load(["ping": "{{#x}}{{> pong}}{{/x}}", "pong": "{{> ping}}"]) == [
            "themes/x/templates/ping.mustache:1:11: error: the template includes itself: ping → pong → ping; "
                + "rendering would never end",
        ])
    }

    @Test func aParentThatExtendsItselfIsRefused() throws {
        #expect(try load(["layout2": "{{< layout2}}{{$main}}x{{/main}}{{/layout2}}"]) == [
            "themes/x/templates/layout2.mustache:1:5: error: the template includes itself: layout2 → layout2; "
                + "rendering would never end",
        ])
    }

    @Test func thousandsOfNestedSectionsAreRefused() throws {
        let deep = String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000)
        #expect(try load(["deep": deep]) == [
            "themes/x/templates/deep.mustache:1:601: error: template syntax error: sections, blocks and parents are "
                + "nested more than 100 levels deep here",
        ])
    }
}
