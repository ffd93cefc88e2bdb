import SaphaSupport

/// Compact JSON written straight into bytes, for the records written thousands of times (a
/// district's `data/<district>.json`): the generic `Encodable` path (`JSONWriter`) spent about
/// 25 ns a byte there. The bytes are `JSONWriter`'s: members sorted by key — here in the order
/// the caller writes them, which must be sorted (checked in debug builds, so every test run
/// checks every file) — a nil value leaves its member out, as `encodeIfPresent` does, and text
/// goes through `JSONString`, the one escaper.
struct JSONBuffer {
    private(set) var bytes: [UInt8] = []
    /// Whether the innermost array or object has nothing in it yet.
    private var empty = true
    /// The innermost object's last key, which only debug builds compare (a `StaticString`:
    /// nothing is made of it in a release build).
    private var lastKey: StaticString = ""

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    // MARK: Values

    mutating func object(_ body: (inout JSONBuffer) -> Void) {
        let (outerEmpty, outerKey) = (empty, lastKey)
        (empty, lastKey) = (true, "")
        bytes.append(UInt8(ascii: "{"))
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        (empty, lastKey) = (outerEmpty, outerKey)
    }

    mutating func array<S: Sequence>(_ items: S, _ element: (inout JSONBuffer, S.Element) -> Void) {
        let (outerEmpty, outerKey) = (empty, lastKey)
        empty = true
        bytes.append(UInt8(ascii: "["))
        for item in items {
            if !empty { bytes.append(UInt8(ascii: ",")) }
            empty = false
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
        (empty, lastKey) = (outerEmpty, outerKey)
    }

    mutating func string(_ text: String) { JSONString.append(text, to: &bytes) }

    mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// Bytes that are already JSON (`PreEncoded`).
    mutating func encoded(_ json: [UInt8]) { bytes.append(contentsOf: json) }

    /// Text in both languages: `{"en":…,"th":…}`, without `en` when it was not written.
    mutating func text(_ text: LocalizedText) {
        object { o in
            o.string("en", text.en)
            o.string("th", text.th)
        }
    }

    // MARK: Members of an object

    /// Starts the member `key`; its value is written next.
    mutating func key(_ key: StaticString) {
        assert(empty || lastKey.description < key.description, "JSON keys out of order: \(lastKey) before \(key)")
        assert(!key.description.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        lastKey = key
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    mutating func string(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    mutating func number(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        number(value)
    }

    mutating func bool(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func encoded(_ key: StaticString, _ json: [UInt8]?) {
        guard let json else { return }
        self.key(key)
        encoded(json)
    }

    mutating func text(_ key: StaticString, _ value: LocalizedText?) {
        guard let value else { return }
        self.key(key)
        text(value)
    }

    mutating func object(_ key: StaticString, _ body: (inout JSONBuffer) -> Void) {
        self.key(key)
        object(body)
    }

    mutating func array<S: Sequence>(_ key: StaticString, _ items: S,
                                     _ element: (inout JSONBuffer, S.Element) -> Void) {
        self.key(key)
        array(items, element)
    }

    mutating func strings(_ key: StaticString, _ values: [String]) {
        array(key, values) { $0.string($1) }
    }
}
