import Foundation
import SaphaSupport

/// A file of the built site, relative to the output folder.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var data: Data
    /// Set instead of `data` when the page's inputs did not change since the last build: the
    /// content hash of the file the current output already has at `path`, to be kept.
    public var reuse: UInt64?

    public init(path: String, data: Data, reuse: UInt64? = nil) {
        self.path = path
        self.data = data
        self.reuse = reuse
    }
}
