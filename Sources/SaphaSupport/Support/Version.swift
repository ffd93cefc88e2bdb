import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum SaphaVersion {
    public static let current = "0.1.0"

    /// The version and the identity of the running executable (its size and modification
    /// time). Part of every cache key: pages rendered by another build of Sapha — a new
    /// release, or a developer's rebuild with the same version number — are never reused.
    package static let build: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return current }
        return "\(current) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
