import Foundation
import SaphaSupport
#if canImport(Glibc)
import Glibc
#endif

/// Serialises builds into one output folder: two `sapha build` runs (a CI job and a staff
/// member's, or two terminals) would otherwise share the staging name space, the manifest and
/// the page cache. The lock is `flock` on `.sapha-cache/<output name>.lock` beside the output;
/// the kernel releases it when the process ends, however it ends, so a killed build never
/// leaves a stale lock. Builds into sibling folders (`out` and `out-preview`) take different
/// locks and do not wait for each other.
public final class OutputLock: @unchecked Sendable {
    private let descriptor: Int32

    /// Takes the lock of `output`, waiting while another build holds it; `waiting` is called
    /// once, before waiting, so the front end can say why nothing happens.
    public init(output: URL, waiting: () -> Void = {}) throws {
        let writer = OutputWriter(output: output)
        let url = writer.manifestURL.deletingLastPathComponent()
            .appendingPathComponent("\(writer.output.lastPathComponent).lock")
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputWriter.WriteError.io(url.path, String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(fd)
                    throw OutputWriter.WriteError.io(url.path, reason)
                }
            }
        }
        descriptor = fd
    }

    deinit { close(descriptor) }
}
