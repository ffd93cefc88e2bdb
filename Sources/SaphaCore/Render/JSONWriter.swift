import SaphaSupport
import SaphaTemplates

/// Encodes `Encodable` values as compact JSON with sorted keys — the bytes Foundation's
/// `JSONEncoder` gives with `.sortedKeys` and `.withoutEscapingSlashes` — and with `<`, `>`
/// and `&` written as `\u` escapes, so the file stays inert even if someone pastes it into a
/// page. Foundation's encoder took ~4 % of a whole build for the open data alone; this one
/// writes straight into bytes. `FormatsTests` compares the two.
enum JSONWriter {
    static func encode(_ value: some Encodable) -> [UInt8] {
        let root = Slot()
        // Plain structs of strings, numbers and booleans: encoding cannot fail.
        try? value.encode(to: TreeEncoder(slot: root))
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(root, to: &out)
        return out
    }

    enum Scalar {
        case null, bool(Bool), number(String), string(String), encoded([UInt8])
    }

    /// One value of the tree; containers fill theirs in after they are handed out.
    final class Slot {
        enum Kind { case scalar, array, object }
        var kind = Kind.scalar
        var scalar = Scalar.null
        var items: [Slot] = []
        /// In the order encoded, each key once; written sorted by key.
        var members: [(key: String, value: Slot)] = []
    }

    static func write(_ slot: Slot, to out: inout [UInt8]) {
        switch slot.kind {
        case .scalar:
            switch slot.scalar {
            case .null: out.append(contentsOf: "null".utf8)
            case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .number(let digits): out.append(contentsOf: digits.utf8)
            case .string(let text): JSONString.append(text, to: &out)
            case .encoded(let bytes): out.append(contentsOf: bytes)
            }
        case .array:
            out.append(UInt8(ascii: "["))
            for (n, item) in slot.items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object:
            out.append(UInt8(ascii: "{"))
            for (n, (key, member)) in slot.members.sorted(by: { $0.key < $1.key }).enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                JSONString.append(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(member, to: &out)
            }
            out.append(UInt8(ascii: "}"))
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

    private static func value(of encodable: some Encodable, in slot: Slot) throws {
        switch encodable {
        case let text as String: slot.scalar = .string(text)
        case let number as Int: slot.scalar = .number(String(number))
        case let flag as Bool: slot.scalar = .bool(flag)
        case let encoded as any PreEncodedJSON: slot.scalar = .encoded(encoded.json)
        default: try encodable.encode(to: TreeEncoder(slot: slot))
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [CodingKey] { [] }

        func child(_ key: Key) -> Slot {
            let child = Slot()
            let name = key.stringValue
            // A key encoded again replaces its value, as in JSONEncoder.
            if let i = slot.members.firstIndex(where: { $0.key == name }) {
                slot.members[i].value = child
            } else {
                slot.members.append((name, child))
            }
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { child(key).scalar = .null }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws { try JSONWriter.value(of: value,
            in: child(key)) }
        // The types records are made of, without the generic path's dynamic casts.
        mutating func encode(_ value: String, forKey key: Key) throws { child(key).scalar = .string(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { child(key).scalar = .number(String(value)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).scalar = .bool(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { try encode(value,
            forKey: key) } }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { try encode(value,
            forKey: key) } }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { try encode(value,
            forKey: key) } }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: child(key)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            TreeEncoder(slot: child(key)).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { TreeEncoder(slot: slot) }
        mutating func superEncoder(forKey key: Key) -> Encoder { TreeEncoder(slot: child(key)) }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey] { [] }
        var count: Int { slot.items.count }

        func next() -> Slot {
            let child = Slot()
            slot.items.append(child)
            return child
        }

        mutating func encodeNil() throws { next().scalar = .null }
        mutating func encode(_ value: some Encodable) throws { try JSONWriter.value(of: value, in: next()) }
        mutating func encode(_ value: String) throws { next().scalar = .string(value) }
        mutating func encode(_ value: Int) throws { next().scalar = .number(String(value)) }
        mutating func encode(_ value: Bool) throws { next().scalar = .bool(value) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: next()).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { TreeEncoder(slot: next())
            .unkeyedContainer() }
        mutating func superEncoder() -> Encoder { TreeEncoder(slot: next()) }
    }

    private struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey] { [] }
        mutating func encodeNil() throws { slot.scalar = .null }
        mutating func encode(_ value: some Encodable) throws { try JSONWriter.value(of: value, in: slot) }
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
