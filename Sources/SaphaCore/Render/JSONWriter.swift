import SaphaSupport
import SaphaTemplates

/// Encodes `Encodable` values as compact JSON with sorted keys — the bytes Foundation's
/// `JSONEncoder` gives with `.sortedKeys` and `.withoutEscapingSlashes` — and with `<`, `>`
/// and `&` written as `\u` escapes, so the file stays inert even if someone pastes it into a
/// page. Foundation's encoder took ~4 % of a whole build for the open data alone; this one
/// writes straight into bytes. `FormatsTests` compares the two.
enum JSONWriter {
    static func encode(_ value: some Encodable) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(item(value), to: &out)
        return out
    }

    enum Scalar {
        case null, bool(Bool), number(String), string(String), encoded([UInt8])
    }

    /// A value: a scalar is kept as it is; only arrays and objects are objects of their own,
    /// filled in after they are handed out. (A slot per scalar cost an allocation each.)
    enum Item {
        case scalar(Scalar)
        case container(Slot)
    }

    /// An array or an object.
    final class Slot {
        enum Kind { case none, array, object }
        /// None until a container is asked for: written `null`, as before a value is set.
        var kind = Kind.none
        var items: [Item] = []
        /// In the order encoded, each key once; written sorted by key.
        var members: [(key: String, value: Item)] = []
        /// Set by a single-value container (a type that encodes as a scalar).
        var single: Item?

        /// Sets `key`, replacing its value if it was encoded before (as JSONEncoder does).
        func set(_ key: String, _ value: Item) {
            if let i = members.firstIndex(where: { $0.key == key }) {
                members[i].value = value
            } else {
                members.append((key, value))
            }
        }
    }

    static func write(_ item: Item, to out: inout [UInt8]) {
        switch item {
        case .scalar(let scalar):
            switch scalar {
            case .null: out.append(contentsOf: "null".utf8)
            case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .number(let digits): out.append(contentsOf: digits.utf8)
            case .string(let text): JSONString.append(text, to: &out)
            case .encoded(let bytes): out.append(contentsOf: bytes)
            }
        case .container(let slot):
            if let single = slot.single {
                write(single, to: &out)
            } else if slot.kind == .none {
                out.append(contentsOf: "null".utf8)
            } else if slot.kind == .object {
                out.append(UInt8(ascii: "{"))
                for (n, (key, member)) in slot.members.sorted(by: { $0.key < $1.key }).enumerated() {
                    if n > 0 { out.append(UInt8(ascii: ",")) }
                    JSONString.append(key, to: &out)
                    out.append(UInt8(ascii: ":"))
                    write(member, to: &out)
                }
                out.append(UInt8(ascii: "}"))
            } else {
                out.append(UInt8(ascii: "["))
                for (n, item) in slot.items.enumerated() {
                    if n > 0 { out.append(UInt8(ascii: ",")) }
                    write(item, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
        }
    }

    // MARK: - Encoder

    private struct TreeEncoder: Encoder {
        let slot: Slot
        var codingPath: [CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            slot.kind = .object
            return KeyedEncodingContainer(Keyed<Key>(slot: slot))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            slot.kind = .array
            return Unkeyed(slot: slot)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { Single(slot: slot) }
    }

    /// The value of anything encodable: the scalars records are made of directly, told apart
    /// by their type (cheaper than a dynamic cast of the value); anything else encoded into a
    /// container of its own.
    private static func item<T: Encodable>(_ value: T) -> Item {
        if T.self == String.self { return .scalar(.string(value as! String)) }
        if T.self == Int.self { return .scalar(.number(String(value as! Int))) }
        if T.self == Bool.self { return .scalar(.bool(value as! Bool)) }
        if let encoded = value as? any PreEncodedJSON { return .scalar(.encoded(encoded.json)) }
        let slot = Slot()
        // Plain structs of strings, numbers and booleans: encoding cannot fail.
        try? value.encode(to: TreeEncoder(slot: slot))
        return .container(slot)
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [CodingKey] { [] }

        func container(_ key: Key) -> Slot {
            let child = Slot()
            slot.set(key.stringValue, .container(child))
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { slot.set(key.stringValue, .scalar(.null)) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            slot.set(key.stringValue, JSONWriter.item(value))
        }
        // The types records are made of, without the generic path.
        mutating func encode(_ value: String, forKey key: Key) throws {
            slot.set(key.stringValue, .scalar(.string(value)))
        }
        mutating func encode(_ value: Int, forKey key: Key) throws {
            slot.set(key.stringValue, .scalar(.number(String(value))))
        }
        mutating func encode(_ value: Bool, forKey key: Key) throws { slot.set(key.stringValue, .scalar(.bool(value))) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { try encode(value,
            forKey: key) } }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { try encode(value,
            forKey: key) } }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { try encode(value,
            forKey: key) } }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: container(key)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            TreeEncoder(slot: container(key)).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { TreeEncoder(slot: slot) }
        mutating func superEncoder(forKey key: Key) -> Encoder { TreeEncoder(slot: container(key)) }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey] { [] }
        var count: Int { slot.items.count }

        func container() -> Slot {
            let child = Slot()
            slot.items.append(.container(child))
            return child
        }

        mutating func encodeNil() throws { slot.items.append(.scalar(.null)) }
        mutating func encode(_ value: some Encodable) throws { slot.items.append(JSONWriter.item(value)) }
        mutating func encode(_ value: String) throws { slot.items.append(.scalar(.string(value))) }
        mutating func encode(_ value: Int) throws { slot.items.append(.scalar(.number(String(value)))) }
        mutating func encode(_ value: Bool) throws { slot.items.append(.scalar(.bool(value))) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: container()).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { TreeEncoder(slot: container())
            .unkeyedContainer() }
        mutating func superEncoder() -> Encoder { TreeEncoder(slot: container()) }
    }

    private struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey] { [] }
        mutating func encodeNil() throws { slot.single = .scalar(.null) }
        mutating func encode(_ value: some Encodable) throws { slot.single = JSONWriter.item(value) }
    }
}

/// A value written again and again (a status's description in both languages, on every record):
/// encoded once, its bytes copied into each document. Any other encoder encodes `value`.
protocol PreEncodedJSON {
    var json: [UInt8] { get }
}

struct PreEncoded<Value: Encodable>: Encodable, PreEncodedJSON {
    let value: Value
    let json: [UInt8]

    init(_ value: Value) {
        self.value = value
        json = JSONWriter.encode(value)
    }

    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
