import CFileSystem
import Foundation
import SaphaSupport
#if canImport(Glibc)
import Glibc
#endif

/// Stage 4 — write: puts the site in place without ever leaving a half-written, emptied or
/// missing output folder. Files go to a staging folder next to `output/`; only when all of
/// them are written is the staging folder exchanged with `output/` in one atomic
/// `renameat2(RENAME_EXCHANGE)`, so `output/` exists at every moment. Top-level hidden
/// entries of the old output (`.git`, `.gitkeep`, `.nojekyll`) are then moved into the new
/// one, so `output/` can be a git worktree of a publishing branch; they are never deleted: a
/// build killed before it moved them leaves them in its leftover folder, and the next build
/// moves them back before anything else. The old site is removed last.
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
        /// `output/` is a mount point: a rename cannot replace it.
        case mountPoint(String)
        /// A hidden entry of the old output could not be moved into the new one; it is kept.
        case hiddenEntryKept(String, String)
        /// The message, as an English line and a Thai line.
        public var description: String {
            let text = message
            return text.en + "\n" + text.th
        }

        /// The message of the catalogue (`WriteMessage`), filled.
        package var message: Bilingual {
            switch self {
            case .unsafePath(let path): WriteMessage.unsafePath.message(["path": path])
            case .notSaphaOutput(let path): WriteMessage.notSaphaOutput.message(["path": path])
            case .io(let path, let reason): WriteMessage.cannotWrite.message(["path": path, "reason": reason])
            case .reuseUnavailable(let path): WriteMessage.reuseUnavailable.message(["path": path])
            case .mountPoint(let path): WriteMessage.mountPoint.message(["path": path])
            case .hiddenEntryKept(let entry, let kept):
                WriteMessage.hiddenEntryKept.message(["entry": entry, "kept": kept])
            }
        }
    }

    /// Throws when `write` could not replace the folder: one Sapha did not write, or a mount
    /// point. Checked before anything is rendered or touched.
    public func checkReplaceable() throws {
        if sapha_is_mount_root(output.path) == 1 { throw WriteError.mountPoint(output.path) }
        guard mayReplace() else { throw WriteError.notSaphaOutput(output.path) }
    }

    /// True when `write` may replace the folder.
    public func mayReplace() -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return true }
        guard isDirectory.boolValue, let entries = try? manager.contentsOfDirectory(atPath: output.path) else {
            return false
        }
        return entries.contains(Self.marker) || entries.allSatisfy { $0.hasPrefix(".") }
    }

    /// A relative path is safe when it has no empty, `.` or `..` segment and no backslash.
    public static func isSafe(_ path: String) -> Bool {
        // Over the bytes (`/`, `.`, `\\` and NUL are ASCII): Foundation's `contains` of a String
        // took 0.5 % of a build, on one core, for the 15,000 paths of a large site.
        var path = path
        return path.withUTF8 { bytes in
            guard !bytes.isEmpty, !bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) else { return false }
            return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { segment in
                !segment.isEmpty && !segment.elementsEqual([UInt8(ascii: ".")])
                    && !segment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")])
            }
        }
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
        Data(("This folder is written by `sapha build` and replaced as a whole on every build.\n"
            + "build \(identity)\n").utf8)
    }

    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Summary {
        for file in files where !Self.isSafe(file.path) { throw WriteError.unsafePath(file.path) }
        try checkReplaceable()
        // First of all, what a killed build left: a missing output/ or hidden entries aside.
        try recoverLeftovers()
        let hashes = ParallelMap.map(files) { $0.contentHash }
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
        let staging = parent.appendingPathComponent(Self.stagingPrefix(name) + "\(pid)")
        let stagingBase = staging.path + "/"
        var summary = Summary()
        var onDisk: [Written] = []
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            // The new output keeps the old one's permissions (a private 0700 folder stays private).
            var info = stat()
            if stat(output.path, &info) == 0 { chmod(staging.path, info.st_mode & 0o7777) }
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
            let levels = Dictionary(grouping: folders.map(String.init)) { folder in
                folder.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
            }
            for depth in levels.keys.sorted() {
                let made = ParallelMap.map(levels[depth]!.sorted()) { folder -> String? in
                    let path = stagingBase + folder
                    guard mkdir(path, 0o755) != 0, errno != EEXIST else { return nil }
                    return "\(path): \(String(cString: strerror(errno)))"
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
        if let failure = Self.writeFile(staging.appendingPathComponent(Self.marker).path,
                Self.markerText(manifest.identity)) {
            Self.removeTree(staging)
            throw WriteError.io(staging.path, failure)
        }
        let old = try swapIn(staging)
        // The site is in place. Hidden entries of the old output follow it; one that cannot be
        // moved stays in the old folder, which is then kept for the next build to finish.
        if let old {
            if let stuck = Self.carryHiddenEntries(from: old, to: output) {
                throw WriteError.hiddenEntryKept(stuck, old.path)
            }
        }
        // The manifest goes last: if saving it fails, the next build just rewrites everything.
        try? manifest.save(to: manifestURL)
        if let old { Self.removeTree(old) }
        return summary
    }

    static func stagingPrefix(_ name: String) -> String { ".sapha-staging-\(name)-" }
    static func retiredPrefix(_ name: String) -> String { ".sapha-retired-\(name)-" }

    /// Puts `staging` in place of `output/` and returns where the old output went (nil when
    /// there was none). Where the file system can exchange two names atomically (ext4, xfs,
    /// btrfs, tmpfs…) there is no moment without `output/`; elsewhere (NFS) the old output is
    /// renamed aside first, and a build killed between the two renames is repaired by the next
    /// (`recoverLeftovers`). On failure nothing has moved.
    func swapIn(_ staging: URL) throws -> URL? {
        func failed(_ at: URL) -> WriteError {
            let reason = String(cString: strerror(errno))
            Self.removeTree(staging)
            return WriteError.io(at.path, reason)
        }
        guard FileManager.default.fileExists(atPath: output.path) else {
            if sapha_rename_noreplace(staging.path, output.path) == 0 { return nil }
            guard errno == EINVAL || errno == ENOSYS, rename(staging.path,
                    output.path) == 0 else { throw failed(output) }
            return nil
        }
        if sapha_rename_exchange(staging.path, output.path) == 0 { return staging }
        guard errno == EINVAL || errno == ENOSYS else { throw failed(output) }
        let retired = output.deletingLastPathComponent()
            .appendingPathComponent(Self.retiredPrefix(output.lastPathComponent)
                                    + "\(ProcessInfo.processInfo.processIdentifier)")
        guard rename(output.path, retired.path) == 0 else { throw failed(output) }
        guard rename(staging.path, output.path) == 0 else {
            let error = failed(output)
            rename(retired.path, output.path)
            throw error
        }
        return retired
    }

    /// Moves the top-level hidden entries of `from` (other than Sapha's marker) into `to`,
    /// where `to` has no entry of that name. Returns the first one that stays in `from`.
    static func carryHiddenEntries(from: URL, to: URL) -> String? {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: from.path)) ?? []).sorted()
        var stuck: String?
        for entry in entries where entry.hasPrefix(".") && entry != marker {
            let target = to.appendingPathComponent(entry).path
            if sapha_rename_noreplace(from.appendingPathComponent(entry).path, target) == 0 { continue }
            if errno == EINVAL || errno == ENOSYS, !FileManager.default.fileExists(atPath: target),
               rename(from.appendingPathComponent(entry).path, target) == 0 { continue }
            stuck = stuck ?? entry
        }
        return stuck
    }

    /// Repairs what a killed build left beside `output/`: a retired old output when `output/`
    /// is missing is put back; hidden entries in a leftover are moved back into `output/`; a
    /// leftover is removed only when it holds no hidden entry any more. Only this output's own
    /// leftovers are touched (`.sapha-staging-out-123`, not `.sapha-staging-out-preview-123`),
    /// and only while this build holds the output's lock (`OutputLock`).
    func recoverLeftovers() throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let leftovers = ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted().filter { entry in
            [Self.stagingPrefix(name), Self.retiredPrefix(name)].contains { prefix in
                entry.hasPrefix(prefix) && !entry.dropFirst(prefix.count).isEmpty
                    && entry.dropFirst(prefix.count).allSatisfy { $0.isASCII && $0.isNumber }
            }
        }
        for entry in leftovers {
            let leftover = parent.appendingPathComponent(entry)
            if entry.hasPrefix(Self.retiredPrefix(name)), !manager.fileExists(atPath: output.path) {
                if rename(leftover.path, output.path) == 0 { continue }
            }
            if manager.fileExists(atPath: output.path), Self.carryHiddenEntries(from: leftover,
                    to: output) != nil { continue }
            if !manager.fileExists(atPath: output.path),
               ((try? manager.contentsOfDirectory(atPath: leftover.path)) ?? [])
                   .contains(where: { $0.hasPrefix(".") && $0 != Self.marker }) {
                continue
            }
            Self.removeTree(leftover)
        }
    }

    /// Removes a folder, its second-level subtrees on all cores (`th/<district>`…): on a
    /// large site, removing the previous output one file at a time costs seconds.
    static func removeTree(_ root: URL) {
        let manager = FileManager.default
        var subtrees: [String] = []
        for top in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] {
            let url = root.appendingPathComponent(top)
            for child in (try? manager.contentsOfDirectory(atPath: url.path)) ?? [] {
                subtrees.append(url.appendingPathComponent(child).path)
            }
        }
        _ = ParallelMap.map(subtrees) { path in (try? FileManager.default.removeItem(atPath: path)) != nil }
        try? manager.removeItem(at: root)
    }
}
