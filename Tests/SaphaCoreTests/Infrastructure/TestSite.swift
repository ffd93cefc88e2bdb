import Foundation
import Testing
@testable import SaphaCore

/// Paths of the repository, found from this file.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let theme = root.appendingPathComponent("themes/default")
    static let content = root.appendingPathComponent("content")
    static let fixtures = root.appendingPathComponent("Tests/SaphaCoreTests/Fixtures")
    static let fixtureSite = fixtures.appendingPathComponent("site")
}

/// A copy of the fixture site in a temporary folder, to be changed by a test and built.
/// Diagnostics show its files as `content/…`, like a real checkout.
final class TestSite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("output") }

    init(copying source: URL = Repo.fixtureSite) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: content)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: content.appendingPathComponent(path)) }

    /// Replaces `old` with `new` in a file, failing the test if `old` is not there.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let url = content.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "fixture \(path) does not contain \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    var options: SiteBuilder.Options {
        SiteBuilder.Options(content: content.path, theme: Repo.theme.path, output: output.path,
            contentDisplay: "content")
    }

    func render() throws -> (files: [OutputFile], report: SiteBuilder.Report) {
        try SiteBuilder(options: options).render()
    }

    /// The diagnostics of a build that must fail, as printed.
    func errors() -> [String] {
        do {
            _ = try render()
            Issue.record("the build succeeded but was expected to fail")
            return []
        } catch let failed as BuildFailed {
            return failed.diagnostics.map(\.description)
        } catch {
            Issue.record("unexpected error \(error)")
            return []
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
