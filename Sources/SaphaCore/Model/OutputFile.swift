import Foundation
import SaphaSupport

/// A file of the built site, relative to the output folder.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var data: Data
    /// Set instead of `data` when the page's inputs did not change since the last build: the
    /// content hash of the file the current output already has at `path`, to be kept.
    public var reuse: UInt64?
    /// The content hash of `data`, when the renderer already computed it for the page cache:
    /// the writer does not hash the same bytes a second time.
    var knownHash: UInt64?

    public init(path: String, data: Data, reuse: UInt64? = nil) {
        self.path = path
        self.data = data
        self.reuse = reuse
    }

    /// A new file whose content hash is already known.
    init(path: String, data: Data, hash: UInt64) {
        self.init(path: path, data: data)
        knownHash = hash
    }

    /// The content hash of the file's bytes (for a kept page, of the file being kept).
    var contentHash: UInt64 { reuse ?? knownHash ?? ContentHash.of(data) }

    // `knownHash` is a cache of `data`'s hash: two files are the same without it.
    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.data == b.data && a.reuse == b.reuse
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(data)
        hasher.combine(reuse)
    }
}
