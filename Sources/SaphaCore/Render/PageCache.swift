import Foundation
import SaphaSupport
import SaphaTemplates

/// What the last build rendered, per page: the hash of the page's values and of the file it
/// became. Kept beside the write manifest in `.sapha-cache/`, never inside `output/`.
public struct PageCache: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        var values: UInt64
        var content: UInt64
    }

    var theme: UInt64
    var entries: [String: Entry] = [:]

    init(theme: UInt64) { self.theme = theme }

    static func load(from url: URL) -> PageCache? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n")[...]
        guard let header = lines.popFirst(), header.hasPrefix("theme "), let theme = UInt64(header.dropFirst(6), radix: 16) else { return nil }
        var cache = PageCache(theme: theme)
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3, let values = UInt64(fields[0], radix: 16), let content = UInt64(fields[1], radix: 16) else { return nil }
            cache.entries[String(fields[2])] = Entry(values: values, content: content)
        }
        return cache
    }

    func save(to url: URL) throws {
        var text = "theme \(String(theme, radix: 16))\n"
        for path in entries.keys.sorted() {
            text += "\(String(entries[path]!.values, radix: 16))\t\(String(entries[path]!.content, radix: 16))\t\(path)\n"
        }
        let temporary = url.appendingPathExtension("tmp")
        guard OutputWriter.writeFile(temporary.path, Data(text.utf8)) == nil, rename(temporary.path, url.path) == 0 else {
            throw OutputWriter.WriteError.io(url.path, String(cString: strerror(errno)))
        }
    }
}

/// Hashes a page's value tree (what templates see) in a stable order. Every list and object
/// is closed with its own marker, so moving a field in or out of a nested object changes the
/// hash.
enum ValueHash {
    static func add(_ value: TemplateValue, to hash: inout ContentHash) {
        switch value {
        case .string(let text):
            hash.add(byte: 1)
            hash.add(text)
        case .int(let number):
            hash.add(byte: 2)
            hash.add(word: UInt64(bitPattern: Int64(number)))
        case .bool(let flag):
            hash.add(byte: 3)
            hash.add(byte: flag ? 1 : 0)
        case .object(let object):
            add(object, to: &hash)
        case .list(let items):
            hash.add(byte: 5)
            for item in items { add(item, to: &hash) }
            hash.add(byte: 7)
        }
    }

    static func add(_ object: TemplateObject, to hash: inout ContentHash, skipping skipped: String? = nil) {
        hash.add(byte: 4)
        // In the order the fields were set, which the page builders' code fixes; a name by
        // its hash, computed when the field was set.
        for field in object.fields where field.name != skipped {
            hash.add(word: field.hash)
            add(field.value, to: &hash)
        }
        hash.add(byte: 6)
    }
}
