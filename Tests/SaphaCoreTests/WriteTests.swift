import Foundation
import Testing
@testable import SaphaCore

@Suite("Write: atomic swap, nothing outside output/")
struct WriteTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func file(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, data: Data(text.utf8)) }

    @Test func unsafePathsAreRefused() throws {
        for bad in ["../x.html", "/etc/passwd", "a/../../b", "a//b", "./a", "a\\b", ""] {
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
        // No staging or retired folders are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
    }

    @Test func neverReplacesAFolderItDidNotWrite() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let precious = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: precious.appendingPathComponent("site.yaml"))
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter(output: precious).write([file("index.html", "x")]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: precious.path) == ["site.yaml"])
        // A folder holding only hidden entries (a fresh checkout's output/.gitkeep) is fine.
        let fresh = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        try Data().write(to: fresh.appendingPathComponent(".gitkeep"))
        try OutputWriter(output: fresh).write([file("index.html", "x")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh.path).sorted() == [".gitkeep", ".sapha-output", "index.html"])
    }

    @Test func leftoversOfAKilledBuildAreCleanedUp() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let stale = root.appendingPathComponent(".sapha-staging-out-99999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try OutputWriter(output: root.appendingPathComponent("out")).write([file("index.html", "x")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
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
