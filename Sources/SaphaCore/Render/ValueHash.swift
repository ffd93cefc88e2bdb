import SaphaSupport
import SaphaTemplates

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
