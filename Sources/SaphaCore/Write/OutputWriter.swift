import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Stage 4 — write: puts the site in place without ever leaving a half-written or emptied
/// output folder. Files go to a staging folder next to `output/`; only when all of them are
/// written is the staging folder swapped in with one rename. The old site is removed last.
/// Top-level hidden entries of the old output (`.git`, `.gitkeep`, `.nojekyll`) are carried
/// over, so `output/` can be a git worktree of a publishing branch.
public struct OutputWriter: Sendable {
    public let output: URL

    public init(output: URL) { self.output = output.standardizedFileURL }

    /// Sapha marks the folders it writes; it replaces only a folder that has this mark,
    /// is empty, or holds nothing but hidden entries (such as a fresh checkout's `output/.gitkeep`).
    public static let marker = ".sapha-output"

    public enum WriteError: Error, CustomStringConvertible {
        case unsafePath(String)
        case notSaphaOutput(String)
        case io(String, String)
        public var description: String {
            switch self {
            case .unsafePath(let path):
                "refusing to write outside the output folder: \(path)\nจะไม่เขียนไฟล์นอกโฟลเดอร์ผลลัพธ์: \(path)"
            case .notSaphaOutput(let path):
                "\(path) exists and was not written by Sapha; it would be replaced by the site, so nothing was written. Choose an empty or new folder with --output\n"
                    + "โฟลเดอร์ \(path) มีอยู่แล้วและไม่ได้สร้างโดย Sapha จึงไม่เขียนทับ ให้ระบุโฟลเดอร์ว่างหรือโฟลเดอร์ใหม่ด้วย --output"
            case .io(let path, let message):
                "cannot write \(path): \(message)\nเขียนไฟล์ \(path) ไม่ได้: \(message)"
            }
        }
    }

    /// True when `write` may replace the folder.
    public func mayReplace() -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return true }
        guard isDirectory.boolValue, let entries = try? manager.contentsOfDirectory(atPath: output.path) else { return false }
        return entries.contains(Self.marker) || entries.allSatisfy { $0.hasPrefix(".") }
    }

    /// A relative path is safe when it has no empty, `.` or `..` segment and no backslash.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Writes one file; returns an error text instead of throwing (it runs on any thread).
    static func writeFile(_ path: String, _ data: Data) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return "\(path): \(String(cString: strerror(errno)))" }
        defer { close(fd) }
        return data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return "\(path): \(String(cString: strerror(errno)))"
                }
                offset += written
            }
            return nil
        }
    }

    public func write(_ files: [OutputFile]) throws {
        for file in files where !Self.isSafe(file.path) { throw WriteError.unsafePath(file.path) }
        guard mayReplace() else { throw WriteError.notSaphaOutput(output.path) }
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".sapha-staging-\(name)-\(pid)")
        let retired = parent.appendingPathComponent(".sapha-retired-\(name)-\(pid)")
        // Leftovers of a build that was killed: never in place, safe to remove.
        for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
        where entry.hasPrefix(".sapha-staging-\(name)-") || entry.hasPrefix(".sapha-retired-\(name)-") {
            try? manager.removeItem(at: parent.appendingPathComponent(entry))
        }
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            // Folders first, parents before children; then the files on all cores with plain
            // POSIX calls (Foundation's Data.write fsyncs every file: 12,500 flushes on a large
            // site). The swap below protects against failed and killed builds.
            var folders = Set<Substring>()
            for file in files {
                var path = Substring(file.path)
                while let slash = path.lastIndex(of: "/") {
                    path = path[..<slash]
                    guard folders.insert(path).inserted else { break }
                }
            }
            for folder in folders.sorted() {
                let path = staging.path + "/" + folder
                if mkdir(path, 0o755) != 0 && errno != EEXIST { throw WriteError.io(path, String(cString: strerror(errno))) }
            }
            let base = staging.path + "/"
            let failures = ParallelMap.map(files) { file in Self.writeFile(base + file.path, file.data) }
            if let failure = failures.compactMap({ $0 }).first { throw WriteError.io(staging.path, failure) }
            try Data("This folder is written by `sapha build` and replaced as a whole on every build.\n".utf8)
                .write(to: staging.appendingPathComponent(Self.marker))
            // Carry over hidden top-level entries of the previous output.
            if let old = try? manager.contentsOfDirectory(atPath: output.path) {
                for entry in old.sorted() where entry.hasPrefix(".") && entry != Self.marker {
                    try manager.moveItem(at: output.appendingPathComponent(entry), to: staging.appendingPathComponent(entry))
                }
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw WriteError.io(staging.path, "\(error)")
        }
        // Swap: old output aside, staging in. Between the two renames the old site still
        // exists under its retired name; if the second rename failed we put it back.
        let hadOutput = manager.fileExists(atPath: output.path)
        do {
            if hadOutput { try manager.moveItem(at: output, to: retired) }
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput, !manager.fileExists(atPath: output.path) { try? manager.moveItem(at: retired, to: output) }
            throw WriteError.io(output.path, "\(error)")
        }
        Self.removeTree(retired)
    }

    /// Removes a folder, its second-level subtrees on all cores (`th/<district>`…): on a
    /// large site, removing the previous output one file at a time costs seconds.
    static func removeTree(_ root: URL) {
        let manager = FileManager.default
        var subtrees: [String] = []
        for top in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] {
            let url = root.appendingPathComponent(top)
            for child in (try? manager.contentsOfDirectory(atPath: url.path)) ?? [] { subtrees.append(url.appendingPathComponent(child).path) }
        }
        _ = ParallelMap.map(subtrees) { path in (try? FileManager.default.removeItem(atPath: path)) != nil }
        try? manager.removeItem(at: root)
    }
}
