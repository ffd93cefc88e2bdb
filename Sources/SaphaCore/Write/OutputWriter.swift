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
        /// A page was to be kept from the current output, but that file is gone or changed.
        case reuseUnavailable(String)
        public var description: String {
            switch self {
            case .unsafePath(let path):
                "refusing to write outside the output folder: \(path)\nจะไม่เขียนไฟล์นอกโฟลเดอร์ผลลัพธ์: \(path)"
            case .notSaphaOutput(let path):
                "\(path) exists and was not written by Sapha; it would be replaced by the site, so nothing was written. Choose an empty or new folder with --output\n"
                    + "โฟลเดอร์ \(path) มีอยู่แล้วและไม่ได้สร้างโดย Sapha จึงไม่เขียนทับ ให้ระบุโฟลเดอร์ว่างหรือโฟลเดอร์ใหม่ด้วย --output"
            case .io(let path, let message):
                "cannot write \(path): \(message)\nเขียนไฟล์ \(path) ไม่ได้: \(message)"
            case .reuseUnavailable(let path):
                "\(path) was to be kept from the previous build but has changed\nไฟล์ \(path) ของครั้งก่อนมีการเปลี่ยนแปลง"
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
        if case .failed(let failure) = writeFileStat(path, data) { return failure }
        return nil
    }

    enum Written {
        /// The file's modification time as written (what `OutputManifest.stat` reads).
        case written(modified: Int)
        case failed(String)
    }

    /// Writes one file and reads its time from the open descriptor: no second walk of the
    /// path to record it in the manifest.
    static func writeFileStat(_ path: String, _ data: Data) -> Written {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failed("\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let failure = data.withUnsafeBytes { buffer -> String? in
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
        if let failure { return .failed(failure) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed("\(path): \(String(cString: strerror(errno)))") }
        return .written(modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec)
    }

    /// What `write` did, for the build report.
    public struct Summary: Sendable, Equatable {
        public var written = 0
        public var reused = 0
        public var removed = 0
        /// True when the output already held exactly these files and nothing was touched.
        public var unchanged = false
    }

    /// Where the manifest of this output lives: the build cache beside it,
    /// `.sapha-cache/<output folder name>.manifest`, never inside `output/`.
    public var manifestURL: URL {
        output.deletingLastPathComponent().appendingPathComponent(".sapha-cache/\(output.lastPathComponent).manifest")
    }

    /// Where the page cache of this output lives, beside the manifest.
    public var pageCacheURL: URL {
        output.deletingLastPathComponent().appendingPathComponent(".sapha-cache/\(output.lastPathComponent).pages")
    }

    /// The manifest of the current output, if it is the output that manifest was made for.
    func currentManifest() -> OutputManifest? {
        guard let manifest = OutputManifest.load(from: manifestURL),
              let marker = try? String(contentsOf: output.appendingPathComponent(Self.marker), encoding: .utf8),
              marker.hasSuffix("build \(manifest.identity)\n") else { return nil }
        return manifest
    }

    static func markerText(_ identity: String) -> Data {
        Data("This folder is written by `sapha build` and replaced as a whole on every build.\nbuild \(identity)\n".utf8)
    }

    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Summary {
        for file in files where !Self.isSafe(file.path) { throw WriteError.unsafePath(file.path) }
        guard mayReplace() else { throw WriteError.notSaphaOutput(output.path) }
        let hashes = ParallelMap.map(files) { $0.reuse ?? ContentHash.of($0.data) }
        let previous = currentManifest()
        // A page kept without rendering has no bytes here: its size is the one on record.
        let sizes = files.map { $0.reuse == nil ? $0.data.count : previous?.entries[$0.path]?.size ?? -1 }

        // A file can be reused when the last build wrote the same bytes there and the file on
        // disk is still the one it wrote (same size and modification time).
        let outputBase = output.path + "/"
        let reusable: [Bool] = ParallelMap.map(Array(files.indices)) { i in
            guard let entry = previous?.entries[files[i].path], entry.hash == hashes[i], entry.size == sizes[i],
                  let onDisk = OutputManifest.stat(outputBase + files[i].path) else { return false }
            return onDisk.size == entry.size && onDisk.modified == entry.modified
        }
        if let i = files.indices.first(where: { files[$0].reuse != nil && !reusable[$0] }) {
            throw WriteError.reuseUnavailable(files[i].path)
        }
        if let previous, previous.entries.count == files.count, !reusable.contains(false) {
            return Summary(reused: files.count, unchanged: true)
        }

        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".sapha-staging-\(name)-\(pid)")
        let retired = parent.appendingPathComponent(".sapha-retired-\(name)-\(pid)")
        let stagingBase = staging.path + "/"
        // Leftovers of a build that was killed: never in place, safe to remove.
        for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
        where entry.hasPrefix(".sapha-staging-\(name)-") || entry.hasPrefix(".sapha-retired-\(name)-") {
            Self.removeTree(parent.appendingPathComponent(entry))
        }
        var summary = Summary()
        var onDisk: [Written] = []
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            // Folders first, parents before children; then the files on all cores with plain
            // POSIX calls (Foundation's Data.write fsyncs every file: 12,500 flushes on a large
            // site). An unchanged file is a hard link to the current output's file: no new
            // inode, no data written. The swap below protects against failed and killed builds.
            var folders = Set<Substring>()
            for file in files {
                var path = Substring(file.path)
                while let slash = path.lastIndex(of: "/") {
                    path = path[..<slash]
                    guard folders.insert(path).inserted else { break }
                }
            }
            // Level by level (parents first), each level on all cores.
            let levels = Dictionary(grouping: folders.map(String.init)) { $0.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
            for depth in levels.keys.sorted() {
                let made = ParallelMap.map(levels[depth]!.sorted()) { folder -> String? in
                    let path = stagingBase + folder
                    return mkdir(path, 0o755) != 0 && errno != EEXIST ? "\(path): \(String(cString: strerror(errno)))" : nil
                }
                if let failure = made.compactMap({ $0 }).first { throw WriteError.io(staging.path, failure) }
            }
            // What each file is on disk now, for the manifest. A hard link is the inode the
            // reuse check just read (linking changes neither its size nor its time).
            let written = ParallelMap.map(Array(files.indices)) { i -> Written in
                if reusable[i], link(outputBase + files[i].path, stagingBase + files[i].path) == 0,
                   let entry = previous?.entries[files[i].path] {
                    return .written(modified: entry.modified)
                }
                if files[i].reuse != nil { return .failed("\(files[i].path): \(String(cString: strerror(errno)))") }
                return Self.writeFileStat(stagingBase + files[i].path, files[i].data)
            }
            for case .failed(let failure) in written { throw WriteError.io(staging.path, failure) }
            onDisk = written
            summary.reused = reusable.filter { $0 }.count
            summary.written = files.count - summary.reused
            let paths = Set(files.map(\.path))
            summary.removed = previous?.entries.keys.filter { !paths.contains($0) }.count ?? 0
        } catch {
            Self.removeTree(staging)
            throw error
        }

        // Record what is now on disk, then mark the output with the manifest's identity.
        var manifest = OutputManifest()
        for (i, file) in files.enumerated() {
            guard case .written(let modified) = onDisk[i] else { continue }
            manifest.entries[file.path] = OutputManifest.Entry(hash: hashes[i], size: sizes[i], modified: modified)
        }
        do {
            if let failure = Self.writeFile(staging.appendingPathComponent(Self.marker).path, Self.markerText(manifest.identity)) {
                throw WriteError.io(staging.path, failure)
            }
            // Carry over hidden top-level entries of the previous output.
            if let old = try? manager.contentsOfDirectory(atPath: output.path) {
                for entry in old.sorted() where entry.hasPrefix(".") && entry != Self.marker {
                    try manager.moveItem(at: output.appendingPathComponent(entry), to: staging.appendingPathComponent(entry))
                }
            }
        } catch {
            Self.removeTree(staging)
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
        // The manifest goes last: if saving it fails, the next build just rewrites everything.
        try? manifest.save(to: manifestURL)
        Self.removeTree(retired)
        return summary
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
