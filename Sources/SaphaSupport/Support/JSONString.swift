/// JSON string literals, for the search index and the open data (the one JSON escaper).
/// `<`, `>` and `&` are escaped too, so the text is inert even if someone embeds the file in a
/// page; so are U+2028 and U+2029, which end a line in JavaScript.
package enum JSONString {
    package static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A non-negative integer in decimal.
    package static func append(decimal value: Int, to out: inout [UInt8]) {
        precondition(value >= 0)
        if value >= 10 { append(decimal: value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    package static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text has nothing to escape: copied at once. (0xE2 leads U+2028 and U+2029.)
        if !text.containsByte(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
            || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == 0xE2 }) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        func escape(_ escaped: String, skipping count: Int) {
            out.append(contentsOf: bytes[start..<i])
            out.append(contentsOf: escaped.utf8)
            i += count
            start = i
        }
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
            case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
            case 0x0A: escape("\\n", skipping: 1)
            case 0x0D: escape("\\r", skipping: 1)
            case 0x09: escape("\\t", skipping: 1)
            case UInt8(ascii: "<"): escape("\\u003c", skipping: 1)
            case UInt8(ascii: ">"): escape("\\u003e", skipping: 1)
            case UInt8(ascii: "&"): escape("\\u0026", skipping: 1)
            case 0..<0x20:
                let hex = String(bytes[i], radix: 16)
                escape("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, skipping: 1)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8
                || bytes[i + 2] == 0xA9):
                escape(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", skipping: 3)
            default:
                i += 1
            }
        }
        out.append(contentsOf: bytes[start...])
        out.append(UInt8(ascii: "\""))
    }
}
