import Foundation
import SaphaSupport
#if canImport(Glibc)
import Glibc
#endif

/// What the last build wrote into an output folder: for each file its content hash and size,
/// and the size and modification time it had on disk right after the build. Kept outside
/// `output/` (in the build cache), it lets the next build reuse every unchanged file — by a
/// hard link into the staging folder, or not at all when nothing changed — while a file that
/// someone edited in `output/` by hand is noticed (its size or time differ) and rewritten.
struct OutputManifest: Equatable {
    struct Entry: Equatable {
        var hash: UInt64
        var size: Int
        var modified: Int  // nanoseconds since 1970, as lstat reports
    }

    var entries: [String: Entry] = [:]

    /// Identifies the output this manifest describes; also written into `output/.sapha-output`,
    /// so a manifest is only trusted for the output it was made with. Derived from the
    /// entries' hashes, so two builds of the same input write the same marker.
    var identity: String {
        var hash = ContentHash()
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            hash.add(path)
            withUnsafeBytes(of: entry.hash.littleEndian) { hash.add($0) }
        }
        return String(hash.value, radix: 16)
    }

    /// Size and modification time of a file on disk, nil if it is missing or not a file.
    static func stat(_ path: String) -> (size: Int, modified: Int)? {
        FileStamp.of(path).flatMap { $0.kind == .file ? ($0.size, $0.modified) : nil }
    }
}
