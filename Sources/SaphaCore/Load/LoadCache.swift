import Foundation
import SaphaSupport

/// What `ContentLoader.load(reusing:)` decoded, by file, with the files' stat stamps.
public struct LoadCache: Sendable {
    struct Stamp: Sendable, Equatable {
        var path: String
        var size: Int64
        var modified: Int64
        var inode: UInt64

        init(path: String, _ info: stat) {
            self.path = path
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    struct Entry: Sendable {
        var stamps: [Stamp]
        var decoded: [ContentLoader.Decoded]
        var diagnostics: Diagnostics
        /// nil for site.yaml, which every page depends on.
        var district: Int?
    }

    var entries: [String: Entry] = [:]
    /// Indices (in registry order) of the districts whose content differs from the previous
    /// load; nil when anything may differ.
    public internal(set) var changedDistricts: Set<Int>?

    public init() {}
}
