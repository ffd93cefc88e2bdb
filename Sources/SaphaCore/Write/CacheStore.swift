import Foundation
import SaphaSupport

/// The build cache beside the output folder (`.sapha-cache/`, never inside `output/`): what
/// the last build rendered (`PageCache`) and what it wrote (`OutputManifest`). Both are
/// tab-separated text, one entry per line, replaced atomically (a temporary file renamed
/// over the old one), so a build killed while saving leaves the previous cache whole.
enum CacheStore {
    /// A cache file: its `header` line (if any), then one line per entry, `<fields>\t<path>`,
    /// sorted by path. Nil if the file cannot be read (a first build), its header is not
    /// `header`'s kind, or a line does not parse: a damaged cache is a missing one.
    static func load<Entry>(from url: URL, fields count: Int, header: ((Substring) -> Bool)? = nil,
                            parse: ([Substring]) -> Entry?) -> (header: Substring?, entries: [String: Entry])? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n")[...]
        var first: Substring?
        if let header {
            guard let line = lines.popFirst(), header(line) else { return nil }
            first = line
        }
        var entries: [String: Entry] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: count)
            guard fields.count == count + 1, let entry = parse(Array(fields.prefix(count))) else { return nil }
            entries[String(fields[count])] = entry
        }
        return (first, entries)
    }

    /// Replaces a cache file with `header` and a line per entry (see `load`), atomically,
    /// creating its folder if needed.
    static func save<Entry>(_ entries: [String: Entry], header: String? = nil, to url: URL,
                            fields: (Entry) -> String) throws {
        var text = header.map { $0 + "\n" } ?? ""
        for path in entries.keys.sorted() { text += fields(entries[path]!) + "\t" + path + "\n" }
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
        guard let (header, entries) = CacheStore.load(from: url, fields: 2, header: { $0.hasPrefix("theme ") },
                parse: { fields -> Entry? in
                    guard let values = UInt64(fields[0], radix: 16), let content = UInt64(fields[1], radix: 16)
                    else { return nil }
                    return Entry(values: values, content: content)
                }), let theme = header.flatMap({ UInt64($0.dropFirst(6), radix: 16) }) else { return nil }
        var cache = PageCache(theme: theme)
        cache.entries = entries
        return cache
    }

    func save(to url: URL) throws {
        try CacheStore.save(entries, header: "theme \(String(theme, radix: 16))", to: url) { entry in
            "\(String(entry.values, radix: 16))\t\(String(entry.content, radix: 16))"
        }
    }
}

extension OutputManifest {
    /// `<content hash>\t<size>\t<modified ns>\t<path>` per file.
    static func load(from url: URL) -> OutputManifest? {
        guard let (_, entries) = CacheStore.load(from: url, fields: 3, parse: { fields -> Entry? in
            guard let hash = UInt64(fields[0], radix: 16), let size = Int(fields[1]), let modified = Int(fields[2])
            else { return nil }
            return Entry(hash: hash, size: size, modified: modified)
        }) else { return nil }
        var manifest = OutputManifest()
        manifest.entries = entries
        return manifest
    }

    func save(to url: URL) throws {
        try CacheStore.save(entries, to: url) { entry in
            "\(String(entry.hash, radix: 16))\t\(entry.size)\t\(entry.modified)"
        }
    }
}
