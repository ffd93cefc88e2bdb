import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// The catalogue of bad inputs (`Fixtures/checks/*.case`, format in `CheckCase`): each case
/// changes the fixture site and asserts, to the byte, what `sapha check --lang th` prints —
/// code, file, line, column, the quoted line with its caret, and message and fix in Thai and
/// English. `SAPHA_UPDATE_GOLDEN=1` rewrites the expected output (review the diff).
@Suite("Check catalogue: every bad input, its exact diagnostics")
struct CheckCatalogueTests {
    static let folder = Repo.fixtures.appendingPathComponent("checks")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".case") }.sorted()
    }

    @Test(arguments: names) func checkPrintsExactly(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let item = try CheckCase(name: name, text: text)
        let (output, diagnostics) = try item.run()
        #expect(!diagnostics.isEmpty, "\(name): a bad input must give at least one diagnostic")
        if ProcessInfo.processInfo.environment["SAPHA_UPDATE_GOLDEN"] == "1", output != item.expected {
            let head = text.components(separatedBy: "\n=== expect\n")[0]
            try Data((head + "\n=== expect\n" + output).utf8).write(to: url)
            return
        }
        #expect(output == item.expected, "\(name): \(item.about)")
    }

    @Test func theCatalogueIsLarge() {
        #expect(Self.names.count >= 40, "the issue asks for at least 40 bad inputs; there are \(Self.names.count)")
    }
}
