import Foundation
import Synchronization
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Hostile catalogue, round two: the user's data in `output/` (a `.git` of a publishing
/// branch) survives every failure and every kill; `output/` is never missing; builds into
/// sibling folders leave each other alone; two builds into one folder wait for each other.
@Suite("Hostile content: output replacement")
struct HostileOutputTests {
    let root: URL
    var out: URL { root.appendingPathComponent("out") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-hostile-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func file(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, data: Data(text.utf8)) }

    func entries(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// An output written by Sapha with a `.git` holding `history`.
    func publishedOutput(history: String) throws {
        try OutputWriter(output: out).write([file("index.html", "old")])
        try FileManager.default.createDirectory(at: out.appendingPathComponent(".git"),
            withIntermediateDirectories: true)
        try Data(history.utf8).write(to: out.appendingPathComponent(".git/HEAD"))
    }

    @Test func aBuildKilledAfterTheExchangeLosesNoHiddenEntry() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try publishedOutput(history: "ref: refs/heads/pages")
        // What a build killed between the exchange and the carry leaves: the new site in
        // place, the old one (with .git) under the staging name.
        let leftover = root.appendingPathComponent(".sapha-staging-out-4242")
        try FileManager.default.moveItem(at: out, to: leftover)
        try OutputWriter(output: root.appendingPathComponent("fresh")).write([file("index.html", "new")])
        try FileManager.default.moveItem(at: root.appendingPathComponent("fresh"), to: out)
        try OutputWriter(output: out).write([file("index.html", "newer")])
        #expect(try read(out.appendingPathComponent(".git/HEAD")) == "ref: refs/heads/pages")
        #expect(try read(out.appendingPathComponent("index.html")) == "newer")
        #expect(try entries(root) == [".sapha-cache", "out"])
    }

    @Test func aBuildKilledBetweenTwoRenamesLeavesNoMissingOutput() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try publishedOutput(history: "ref: refs/heads/pages")
        // Where renames cannot exchange (NFS): killed after the old output went aside.
        try FileManager.default.moveItem(at: out, to: root.appendingPathComponent(".sapha-retired-out-4242"))
        try OutputWriter(output: out).write([file("index.html", "new")])
        #expect(try read(out.appendingPathComponent(".git/HEAD")) == "ref: refs/heads/pages")
        #expect(try read(out.appendingPathComponent("index.html")) == "new")
        #expect(try entries(root) == [".sapha-cache", "out"])
    }

    @Test func aHiddenEntryIsNeverDeletedEvenWhenItCannotBeCarried() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try publishedOutput(history: "current")
        // A leftover whose .git clashes with the one in place: both are kept.
        let leftover = root.appendingPathComponent(".sapha-staging-out-4242")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent(".git"),
            withIntermediateDirectories: true)
        try Data("older".utf8).write(to: leftover.appendingPathComponent(".git/HEAD"))
        try OutputWriter(output: out).write([file("index.html", "new")])
        #expect(try read(out.appendingPathComponent(".git/HEAD")) == "current")
        #expect(try read(leftover.appendingPathComponent(".git/HEAD")) == "older")
    }

    @Test func hiddenEntriesFollowEveryBuildAndTheFolderKeepsItsMode() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data().write(to: out.appendingPathComponent(".nojekyll"))
        chmod(out.path, 0o700)
        let writer = OutputWriter(output: out)
        try writer.write([file("index.html", "1")])
        try writer.write([file("index.html", "2"), file("a/index.html", "3")])
        #expect(try entries(out) == [".nojekyll", ".sapha-output", "a", "index.html"])
        let mode = try #require(FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int)
        #expect(mode == 0o700)
    }

    @Test func aSiblingBuildsStagingFolderIsLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // `out-preview` is being built by another process right now.
        let sibling = root.appendingPathComponent(".sapha-staging-out-preview-4242")
        try FileManager.default.createDirectory(at: sibling, withIntermediateDirectories: true)
        try Data("in progress".utf8).write(to: sibling.appendingPathComponent("index.html"))
        try OutputWriter(output: out).write([file("index.html", "x")])
        #expect(try read(sibling.appendingPathComponent("index.html")) == "in progress")
    }

    @Test func aMountPointIsRefusedBeforeAnythingIsTouched() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // /proc is a mount point on every Linux system.
        let proc = OutputWriter(output: URL(fileURLWithPath: "/proc"))
        #expect(throws: OutputWriter.WriteError.self) { try proc.checkReplaceable() }
        do {
            try proc.checkReplaceable()
        } catch let error as OutputWriter.WriteError {
            guard case .mountPoint = error else { Issue.record("expected a mount-point refusal, got \(error)"); return }
        }
        try OutputWriter(output: out).checkReplaceable()
    }

    @Test func twoBuildsIntoOneFolderWaitForEachOther() async throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var first: OutputLock? = try OutputLock(output: out)
        #expect(first != nil)
        let waited = Mutex(false)
        let second = Task.detached { [out] in
            _ = try OutputLock(output: out, waiting: { waited.withLock { $0 = true } })
            return Date()
        }
        try await Task.sleep(nanoseconds: 300_000_000)
        let released = Date()
        first = nil  // the first build ends
        let acquired = try await second.value
        #expect(waited.withLock { $0 })
        #expect(acquired >= released)
        // Another folder's lock is independent.
        _ = try OutputLock(output: root.appendingPathComponent("out-preview"))
    }
}
