import Foundation
import SaphaSupport

/// What the last build rendered, per page: the hash of the page's values and of the file it
/// became. Kept beside the write manifest in `.sapha-cache/` (`Write/CacheStore.swift`),
/// never inside `output/`.
public struct PageCache: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        var values: UInt64
        var content: UInt64
    }

    var theme: UInt64
    var entries: [String: Entry] = [:]

    init(theme: UInt64) { self.theme = theme }
}
