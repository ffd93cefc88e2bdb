import Mustache

/// HTML escaping over UTF-8 bytes: only `& < > " '` change, so Thai text is copied through
/// without walking grapheme clusters (the engine's own escaper walks Characters and
/// dominates rendering time on Thai pages — see shared/notes/toolchain-facts.md).
public enum HTMLEscape {
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                switch byte {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// The content type every theme template renders with: `{{name}}` is HTML-escaped with
/// `HTMLEscape`; `{{{name}}}` is reserved for HTML that Sapha itself produced.
struct SaphaHTMLContentType: MustacheContentType {
    static let name = "SAPHA_HTML"
    func escapeText(_ text: String) -> String { HTMLEscape.escape(text) }
}
