import Foundation
import SaphaCore
import SaphaSupport

/// Paths of the repository, found from this file.
package enum Repo {
    /// Sources/SaphaTestSupport/TestSite.swift, three folders down.
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    package static let theme = root.appendingPathComponent("themes/default")
    package static let content = root.appendingPathComponent("content")
    package static let fixtures = root.appendingPathComponent("Tests/SaphaCoreTests/Fixtures")
    package static let fixtureSite = fixtures.appendingPathComponent("site")
}

/// A copy of the fixture site in a temporary folder, to be changed by a test and built.
/// Diagnostics show its files as `content/…`, like a real checkout.
package final class TestSite {
    package let root: URL
    package var content: URL { root.appendingPathComponent("content") }
    package var output: URL { root.appendingPathComponent("output") }

    package init(copying source: URL = Repo.fixtureSite) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: content)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    package func write(_ path: String, _ text: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    package func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(path))
    }

    /// A test's change to the fixture that cannot be made (the text to replace is not there).
    package struct FixtureMismatch: Error, CustomStringConvertible {
        package var description: String
    }

    /// Replaces `old` with `new` in a file; throws (failing the test) if `old` is not there.
    package func edit(_ path: String, replacing old: String, with new: String) throws {
        let url = content.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw FixtureMismatch(description: "fixture \(path) does not contain \(old)") }
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    /// The day the checks take as today: a month after the fixture's last report, so that
    /// what the checks say of the calendar does not change as the years go by.
    package static let today = Day(year: 2023, month: 6, day: 15)!

    package var options: SiteBuilder.Options {
        var options = SiteBuilder.Options(content: content.path, theme: Repo.theme.path, output: output.path,
            contentDisplay: "content")
        options.pipeline.today = Self.today
        return options
    }

    package func render() throws -> (files: [OutputFile], report: SiteBuilder.Report) {
        try SiteBuilder(options: options).render()
    }

    /// The errors and warnings of a build that must fail, as printed (notices, consequences of
    /// the errors such as a reference to a file that has some, are left out). A build that
    /// succeeds, or fails otherwise, gives one line saying so, which no test expects.
    package func errors() -> [String] {
        do {
            _ = try render()
            return ["the build succeeded but was expected to fail"]
        } catch let failed as BuildFailed {
            return failed.diagnostics.filter { $0.severity != .notice }.map(\.description)
        } catch {
            return ["unexpected error \(error)"]
        }
    }
}

/// Tests write base URLs as literals; an invalid one fails loudly.
extension BaseURL: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard case .success(let url) = BaseURL.parse(text) else { fatalError("invalid base URL in a test: \(text)") }
        self = url
    }
}
