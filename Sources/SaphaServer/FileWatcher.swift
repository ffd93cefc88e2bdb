import Foundation
import SaphaSupport
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and their subfolders with Linux inotify and calls `changed` once per
/// burst of events (an editor's save is often several: write a temporary file, rename it).
/// No polling of files: an idle preview costs nothing.
final class FileWatcher: Sendable {
    enum WatchError: Error, CustomStringConvertible {
        case unavailable(String)
        var description: String {
            switch self {
            case .unavailable(let reason):
                // The system's reason is in English: it follows the English text.
                let text = PreviewMessage.cannotWatch.message()
                return "\(text.en): \(reason) / \(text.th)"
            }
        }
    }

    let descriptor: Int32
    let folders: [String]
    let changed: @Sendable () -> Void
    /// Quiet time that ends a burst of events.
    static let settle: Int32 = 15

    static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                             | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)

    init(folders: [String], changed: @escaping @Sendable () -> Void) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
        self.folders = folders
        self.changed = changed
        addWatches()
    }

    /// Adds a watch on every folder below the roots (adding an existing one is harmless).
    func addWatches() {
        for root in folders {
            _ = inotify_add_watch(descriptor, root, Self.mask)
            for entry in Directory.walk(root, hidden: true) where entry.kind == .directory {
                _ = inotify_add_watch(descriptor, entry.stamp.path, Self.mask)
            }
        }
    }

    func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "sapha-watch"
        thread.start()
    }

    private func loop() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                if count < 0 && errno == EINTR { continue }
                return
            }
            var newFolder = Self.containsNewFolder(buffer, count)
            // Drain the rest of the burst.
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while poll(&poller, 1, Self.settle) > 0 {
                let more = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard more > 0 else { break }
                newFolder = newFolder || Self.containsNewFolder(buffer, more)
            }
            if newFolder { addWatches() }
            changed()
        }
    }

    /// Whether the events in `buffer[0..<count]` include a folder being created or moved in.
    static func containsNewFolder(_ buffer: [UInt8], _ count: Int) -> Bool {
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (mask, length) = buffer.withUnsafeBytes { raw in
                (raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            }
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return true }
            offset += header + Int(length)
        }
        return false
    }
}
