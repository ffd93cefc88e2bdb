import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

@Suite("Write: atomic swap, nothing outside output/")
struct WriteTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func file(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, data: Data(text.utf8)) }

    /// A build for the example address warns at `base_url`; a real address (or `--base-url`) does not.
    @Test func aBuildForThePlaceholderAddressWarns() throws {
        let site = try TestSite()
        try site.edit("site.yaml", replacing: "base_url: https://example.org/councils/",
                      with: "base_url: https://example.org/")
        let report = try SiteBuilder(options: site.options).build()
        #expect(report.diagnostics.map { "\($0.location) \($0.code)" }
            == ["content/site.yaml:3:11 W-BASE-URL-PLACEHOLDER"])
        var options = site.options
        options.pipeline.baseURL = "https://district.example.go.th/"
        #expect(try SiteBuilder(options: options).build().diagnostics.isEmpty)
    }

    @Test func unsafePathsAreRefused() throws {
        // A combining mark after `/` or `.` makes one Character of them, but the file system
        // splits bytes: "../\u{301}x" climbs out of the folder all the same.
        for bad in ["../x.html", "/etc/passwd", "a/../../b", "a//b", "./a", "a\\b", "", "../\u{301}x",
                    "a/..\u{301}/../../b", "a\u{0}b", "/\u{301}etc"] {
            #expect(!OutputWriter.isSafe(bad), "\(bad)")
        }
        #expect(OutputWriter.isSafe("th/thung-khru/index.html"))
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(output: root.appendingPathComponent("out"))
        #expect(throws: OutputWriter.WriteError.self) { try writer.write([file("../escape.html", "x")]) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.html").path))
    }

    @Test func replacesTheWholeSiteAndKeepsHiddenEntries() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let writer = OutputWriter(output: out)
        try writer.write([file("old.html", "old"), file("a/b.html", "1")])
        try Data().write(to: out.appendingPathComponent(".gitkeep"))
        try writer.write([file("a/b.html", "2")])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("old.html").path))
        #expect(try String(contentsOf: out.appendingPathComponent("a/b.html"), encoding: .utf8) == "2")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(".gitkeep").path))
        // No staging or retired folders are left behind; the manifest is beside, not inside.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".sapha-cache", "out"])
    }

    @Test func neverReplacesAFolderItDidNotWrite() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let precious = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: precious.appendingPathComponent("site.yaml"))
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter(output: precious).write([file("index.html",
            "x")]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: precious.path) == ["site.yaml"])
        // A folder holding only hidden entries (a fresh checkout's output/.gitkeep) is fine.
        let fresh = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        try Data().write(to: fresh.appendingPathComponent(".gitkeep"))
        try OutputWriter(output: fresh).write([file("index.html", "x")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh.path).sorted() == [".gitkeep",
            ".sapha-output", "index.html"])
    }

    @Test func leftoversOfAKilledBuildAreCleanedUp() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let stale = root.appendingPathComponent(".sapha-staging-out-99999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try OutputWriter(output: root.appendingPathComponent("out")).write([file("index.html", "x")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".sapha-cache", "out"])
    }

    func inode(_ url: URL) throws -> UInt64 {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64)
    }

    @Test func unchangedFilesAreReusedAndAnUnchangedSiteIsNotTouched() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let writer = OutputWriter(output: out)
        let first = try writer.write([file("a/index.html", "A"), file("b/index.html", "B"), file("c/index.html", "C")])
        #expect(first == OutputWriter.Summary(written: 3, reused: 0, removed: 0, unchanged: false))
        let a = try inode(out.appendingPathComponent("a/index.html"))

        // Same files: nothing is written, not even the swap.
        let again = try writer.write([file("a/index.html", "A"), file("b/index.html", "B"), file("c/index.html", "C")])
        #expect(again.unchanged)
        #expect(try inode(out.appendingPathComponent("a/index.html")) == a)

        // One changed, one removed: the unchanged file is the same inode (a hard link), the rest is exact.
        let next = try writer.write([file("a/index.html", "A"), file("b/index.html", "B2")])
        #expect(next == OutputWriter.Summary(written: 1, reused: 1, removed: 1, unchanged: false))
        #expect(try inode(out.appendingPathComponent("a/index.html")) == a)
        #expect(try String(contentsOf: out.appendingPathComponent("b/index.html"), encoding: .utf8) == "B2")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("c").path))
    }

    @Test func aFileEditedByHandInOutputIsRewritten() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let writer = OutputWriter(output: out)
        try writer.write([file("a/index.html", "AAAA")])
        try Data("hand".utf8).write(to: out.appendingPathComponent("a/index.html"))
        let summary = try writer.write([file("a/index.html", "AAAA")])
        #expect(summary.written == 1)
        #expect(try String(contentsOf: out.appendingPathComponent("a/index.html"), encoding: .utf8) == "AAAA")
    }

    @Test func theOutputMarkerDependsOnlyOnTheFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [file("a/index.html", "A"), file("b.html", "B")]
        try OutputWriter(output: root.appendingPathComponent("one")).write(files)
        try OutputWriter(output: root.appendingPathComponent("two")).write(files)
        let marker = { (name: String) in
            try Data(contentsOf: root.appendingPathComponent("\(name)/\(OutputWriter.marker)"))
        }
        #expect(try marker("one") == marker("two"))
    }

    /// Every file of a folder, relative path → bytes (hidden entries included).
    func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: root,
            includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey]))
            .isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count
                + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func anIncrementalBuildGivesTheBytesOfACleanBuild() throws {
        let site = try TestSite()
        let first = try SiteBuilder(options: site.options).build()
        #expect(first.rendered == first.pages)
        let again = try SiteBuilder(options: site.options).build()
        #expect(again.rendered == 0)
        #expect(again.written.unchanged)
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "## วาระที่ 1",
            with: "## วาระที่ 1 การจราจร")
        try site.edit("districts/thung-khru/issues/flood.md", replacing: "status: in-progress", with: "status: open")
        let incremental = try SiteBuilder(options: site.options).build()
        #expect(incremental.written.written > 0 && incremental.written.reused > 0)
        // Only the pages showing the edited meeting or issue are rendered again.
        #expect(incremental.rendered > 0 && incremental.rendered < incremental.pages / 4)

        var clean = site.options
        clean.output = site.root.appendingPathComponent("clean")
        _ = try SiteBuilder(options: clean).build()
        let a = try tree(site.output), b = try tree(clean.output)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a where b[path] != data { Issue.record("\(path) differs from a clean build") }
    }

    @Test func aPageDeletedFromOutputIsRenderedAgain() throws {
        let site = try TestSite()
        _ = try SiteBuilder(options: site.options).build()
        let page = site.output.appendingPathComponent("th/thung-khru/issues/road/index.html")
        let bytes = try Data(contentsOf: page)
        try FileManager.default.removeItem(at: page)
        let report = try SiteBuilder(options: site.options).build()
        #expect(report.rendered == report.pages)
        #expect(try Data(contentsOf: page) == bytes)
    }

    @Test func aChangedThemeRendersEveryPage() throws {
        let site = try TestSite()
        let theme = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Repo.theme, to: theme)
        var options = site.options
        options.pipeline.theme = theme
        _ = try SiteBuilder(options: options).build()
        let css = theme.appendingPathComponent("static/style.css")
        try (try Data(contentsOf: css) + Data("/* changed */\n".utf8)).write(to: css)
        let report = try SiteBuilder(options: options).build()
        #expect(report.rendered == report.pages)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let site = try TestSite()
        let report = try SiteBuilder(options: site.options).build()
        #expect(report.pages > 0)
        let page = site.output.appendingPathComponent("th/thung-khru/issues/road/index.html")
        let before = try Data(contentsOf: page)
        try site.edit("districts/thung-khru/issues/road.md", replacing: "status: resolved", with: "status: fixed")
        #expect(throws: BuildFailed.self) { try SiteBuilder(options: site.options).build() }
        #expect(try Data(contentsOf: page) == before)
    }
}
