import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Hostile catalogue, round two: every file is published or reported — none is dropped
/// without a word, and none can hang the build.
@Suite("Hostile content: every file published or reported")
struct HostileFilesTests {
    static let issue = HostileContentTests.issueHeader + "---\n"

    func firstLines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { String($0.description.split(separator: "\n").first ?? "") }
    }

    @Test func aFileNineFoldersDeepIsReported() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/1/2/3/4/5/6/7/8/9/deep.md", Self.issue)
        try site.write("districts/thung-khru/issues/1/2/3/4/5/6/7/shallow.md", Self.issue)
        #expect(firstLines(try site.failure()) == [
            "content/districts/thung-khru/issues/1/2/3/4/5/6/7/8/9:1:1: error: this folder is nested more than 8 "
                + "levels deep; nothing in it is read",
        ])
    }

    @Test func aTranslationOfATranslationIsReported() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/x.md", Self.issue)
        try site.write("districts/thung-khru/issues/x.en.md", "---\ntitle: X\n---\n")
        try site.write("districts/thung-khru/issues/x.en.en.md", "---\ntitle: X\n---\n")
        #expect(firstLines(try site.failure()) == [
            "content/districts/thung-khru/issues/x.en.en.md:1:1: error: the file name 'x.en.en' is not a valid id",
        ])
    }

    @Test func aPipeOrADeviceNamedMarkdownDoesNotHangTheBuild() throws {
        let site = try TestSite()
        let fifo = site.content.appendingPathComponent("districts/thung-khru/issues/pipe.md").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let (files, report) = try site.render()
        #expect(firstLines(report.diagnostics) == [
            "content/districts/thung-khru/issues/pipe.md:1:1: warning: this is not a regular file (a pipe, a device "
                + "or a socket); it is not read or published",
        ])
        #expect(!files.contains { $0.path.contains("pipe") })
        // A pipe in place of site.yaml is not read (no wait for a writer): the site has none.
        try site.remove("site.yaml")
        #expect(mkfifo(site.content.appendingPathComponent("site.yaml").path, 0o644) == 0)
        #expect(firstLines(try site.failure()) == [
            "content/districts/thung-khru/issues/pipe.md:1:1: warning: this is not a regular file (a pipe, a device "
                + "or a socket); it is not read or published",
            "content/site.yaml:1:1: error: site.yaml is missing",
            "content/site.yaml:1:1: warning: this is not a regular file (a pipe, a device or a socket); it is not "
                + "read or published",
        ])
        // Read by path (a file replaced by a pipe after the folder was listed): refused at once.
        guard case .failure = SourceFile.read(path: site.content.appendingPathComponent("site.yaml").path,
                displayPath: "site.yaml")
        else { Issue.record("a pipe was read"); return }
    }
}

extension TestSite {
    /// The errors and warnings of a build that must fail (notices left out).
    func failure() throws -> [Diagnostic] {
        do {
            _ = try render()
        } catch let failed as BuildFailed {
            return failed.diagnostics.filter { $0.severity != .notice }
        }
        Issue.record("the build succeeded but was expected to fail")
        return []
    }
}
