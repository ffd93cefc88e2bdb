#if canImport(Glibc)
import Glibc
#endif

/// What tells whether a file changed between two runs without reading it: its size,
/// modification time and inode, from one `lstat` (links are not followed). Used by the
/// incremental load, the preview's theme check and the write manifest.
package struct FileStamp: Sendable, Hashable {
    package enum Kind: Sendable, Hashable { case file, directory, symbolicLink, other }

    package var path: String
    package var kind: Kind
    package var size: Int
    /// Nanoseconds since 1970.
    package var modified: Int
    package var inode: UInt64

    package init(path: String, _ info: stat) {
        self.path = path
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int(info.st_size)
        modified = info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
        inode = UInt64(info.st_ino)
    }

    /// The stamp of `path`; nil when it does not exist.
    package static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStamp(path: path, info)
    }

    /// The stamps of every entry under `root` (hidden ones included), sorted by path: one
    /// comparable value for "did anything in this folder change".
    package static func all(under root: String) -> [FileStamp] {
        Directory.walk(root, hidden: true).map(\.stamp)
    }
}
