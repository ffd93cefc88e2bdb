/// HTML escaping over UTF-8 bytes: only `& < > " '` change, so Thai text is copied through
/// without walking grapheme clusters.
public enum HTMLEscape {
    public static func escape(_ text: String) -> String {
        guard text.containsByte(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22
            || $0 == 0x27 }) else { return text }
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `out`.
    package static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
