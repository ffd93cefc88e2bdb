import Foundation
import SaphaSupport

/// What `ContentLoader.load(reusing:)` decoded, by file, with the files' stat stamps.
public struct LoadCache: Sendable {
    struct Entry: Sendable {
        var stamps: [FileStamp]
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
