import Foundation
import SaphaSupport

/// The build cache beside the output folder (`.sapha-cache/`, never inside `output/`): what
/// the last build rendered (`PageCache`) and what it wrote (`OutputManifest`). Both are
/// tab-separated text, one entry per line, replaced atomically (a temporary file renamed
/// over the old one), so a build killed while saving leaves the previous cache whole.
enum CacheStore {
    /// The lines of a cache file; nil if it cannot be read (a first build).
    static func lines(of url: URL) -> [Substring]? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return text.split(separator: "\n")
    }

    /// Replaces a cache file with `text`, creating its folder if needed.
    static func save(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.appendingPathExtension("tmp")
        guard OutputWriter.writeFile(temporary.path, Data(text.utf8)) == nil,
              rename(temporary.path, url.path) == 0 else {
            throw OutputWriter.WriteError.io(url.path, String(cString: strerror(errno)))
        }
    }
}

extension PageCache {
    /// Line 1 `theme <hash>`, then `<values hash>\t<content hash>\t<path>` per page.
    static func load(from url: URL) -> PageCache? {
        guard var lines = CacheStore.lines(of: url)?[...], let header = lines.popFirst(), header.hasPrefix("theme "),
              let theme = UInt64(header.dropFirst(6), radix: 16) else { return nil }
        var cache = PageCache(theme: theme)
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3, let values = UInt64(fields[0], radix: 16),
                  let content = UInt64(fields[1], radix: 16) else { return nil }
            cache.entries[String(fields[2])] = Entry(values: values, content: content)
        }
        return cache
    }

    func save(to url: URL) throws {
        var text = "theme \(String(theme, radix: 16))\n"
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            text += "\(String(entry.values, radix: 16))\t\(String(entry.content, radix: 16))\t\(path)\n"
        }
        try CacheStore.save(text, to: url)
    }
}

extension OutputManifest {
    /// `<content hash>\t<size>\t<modified ns>\t<path>` per file.
    static func load(from url: URL) -> OutputManifest? {
        guard let lines = CacheStore.lines(of: url) else { return nil }
        var manifest = OutputManifest()
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 3)
            guard fields.count == 4, let hash = UInt64(fields[0], radix: 16), let size = Int(fields[1]),
                  let modified = Int(fields[2]) else { return nil }
            manifest.entries[String(fields[3])] = Entry(hash: hash, size: size, modified: modified)
        }
        return manifest
    }

    func save(to url: URL) throws {
        var text = ""
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            text += "\(String(entry.hash, radix: 16))\t\(entry.size)\t\(entry.modified)\t\(path)\n"
        }
        try CacheStore.save(text, to: url)
    }
}
