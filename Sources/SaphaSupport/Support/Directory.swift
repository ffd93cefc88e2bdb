#if canImport(Glibc)
import Glibc
#endif

/// Lists folders with plain system calls (`opendir`/`readdir` and `fstatat` relative to the
/// folder: Foundation's listing and path-based stat cost more on a 10,000-file tree).
/// Symbolic links are never followed, so nothing outside the listed folder is reached.
package enum Directory {
    package struct Entry: Sendable {
        /// The entry's name; nil when it is not valid UTF-8 (`rawName` then shows it).
        package var name: String?
        package var rawName: String
        /// `folder/name` as given to `list`, or relative to the root of `walk`.
        package var path: String
        package var stamp: FileStamp
        package var kind: FileStamp.Kind { stamp.kind }
    }

    /// The entries of `folder` sorted by name; hidden ones (a name starting with `.`) only if
    /// `hidden`. Empty if the folder cannot be opened.
    package static func list(_ folder: String, hidden: Bool = false) -> [Entry] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var found: [(bytes: [UInt8], name: String?)] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] || (!hidden && bytes.first == 0x2E) { continue }
            found.append((bytes, String(validating: bytes, as: UTF8.self)))
        }
        var entries: [Entry] = []
        for (bytes, name) in found.sorted(by: { $0.bytes.lexicographicallyPrecedes($1.bytes) }) {
            let rawName = String(decoding: bytes, as: UTF8.self)
            var info = stat()
            guard fstatat(descriptor, bytes.map { CChar(bitPattern: $0) } + [0], &info, AT_SYMLINK_NOFOLLOW) == 0
            else { continue }
            let path = folder + "/" + rawName
            entries.append(Entry(name: name, rawName: rawName, path: path, stamp: FileStamp(path: path, info)))
        }
        return entries
    }

    /// Every entry under `root`, folders included, with paths relative to `root`, sorted by
    /// path; hidden entries (and what is inside hidden folders) only if `hidden`.
    package static func walk(_ root: String, hidden: Bool = false) -> [Entry] {
        var all: [Entry] = []
        func visit(_ folder: String, _ prefix: String) {
            for var entry in list(folder, hidden: hidden) {
                let full = entry.path
                entry.path = prefix + entry.rawName
                all.append(entry)
                if entry.kind == .directory { visit(full, entry.path + "/") }
            }
        }
        visit(root, "")
        return all.sorted { $0.path < $1.path }
    }
}
