import SaphaSupport

/// The site's public address (`base_url` in `site.yaml`, or `--base-url`): the origin of
/// absolute links (canonical, feeds, sitemap) and the path every link starts with.
///
/// It is checked strictly, because it is written into every page: a base path that a browser
/// reads as another host (`//evil.example/`, or `/\evil.example/`, which browsers treat as
/// `//`) would load every stylesheet and script from there. Accepted: `http(s)://host[:port]`
/// followed by an optional path of plain segments, or such a path alone (`/councils/`).
/// Refused: user info, backslashes, empty, `.` or `..` segments, a query or a fragment,
/// white space, quotes and control characters.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// `https://example.org` (no trailing slash), or empty for a path-only base.
    public let origin: String
    /// `/` or `/sub/path/`.
    public let path: String

    public var description: String { origin + path }

    /// The root of the site, relative to the host: `/`.
    public static let root = BaseURL(origin: "", path: "/")

    /// The address of the portal's example `site.yaml`, which is nobody's: a build for it
    /// warns (`W-BASEURL-PLACEHOLDER`), since its feeds and canonical links lead nowhere.
    public static let placeholder = BaseURL(origin: "https://example.org", path: "/")

    private init(origin: String, path: String) {
        self.origin = origin
        self.path = path
    }

    /// The address, or why it cannot be used (a text of `BaseURLMessage`).
    public static func parse(_ text: String) -> Result<BaseURL, Bilingual> {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return .failure(BaseURLMessage.empty.message()) }
        var origin = ""
        var rest = bytes[...]
        if bytes.first != UInt8(ascii: "/") {
            let lower = String(decoding: bytes.prefix(8), as: UTF8.self).lowercased()
            let scheme: String
            if lower.hasPrefix("https://") {
                scheme = "https://"
            } else if lower.hasPrefix("http://") {
                scheme = "http://"
            } else {
                return .failure(BaseURLMessage.scheme.message())
            }
            rest = bytes.dropFirst(scheme.utf8.count)
            let authorityEnd = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            guard let host = host(rest[rest.startIndex..<authorityEnd]) else {
                return .failure(BaseURLMessage.host.message())
            }
            origin = scheme + host
            rest = rest[authorityEnd...]
        }
        guard let path = path(rest) else { return .failure(BaseURLMessage.path.message()) }
        return .success(BaseURL(origin: origin, path: path))
    }

    /// `host` or `host:port`, lowercased: ASCII letters, digits, dots and hyphens only (an
    /// internationalised domain is written in its `xn--` form), no empty label.
    static func host(_ bytes: ArraySlice<UInt8>) -> String? {
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard let name = parts.first, (1...2).contains(parts.count), !name.isEmpty, name.count <= 253 else {
            return nil
        }
        let labels = name.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for label in labels {
            guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-"),
                  label.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") }) else { return nil }
        }
        if parts.count == 2 {
            let port = parts[1]
            guard (1...5).contains(port.count), port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let value = Int(String(decoding: port,
                      as: UTF8.self)), (1...65535).contains(value) else { return nil }
        }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    /// A path of plain segments (letters, digits, `-._~`, percent escapes), with a slash at
    /// both ends; an empty path is `/`.
    static func path(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.isEmpty { return "/" }
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        var segments = bytes.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if segments.last?.isEmpty == true { segments.removeLast() }
        for segment in segments {
            guard !segment.isEmpty, segment.elementsEqual(".".utf8) == false, segment.elementsEqual("..".utf8) == false,
                  isPlainSegment(segment) else { return nil }
        }
        return segments.isEmpty ? "/" : "/" + segments.map { String(decoding: $0,
            as: UTF8.self) }.joined(separator: "/") + "/"
    }

    static func isPlainSegment(_ segment: ArraySlice<UInt8>) -> Bool {
        var i = segment.startIndex
        while i < segment.endIndex {
            let byte = segment[i]
            if byte == UInt8(ascii: "%") {
                guard i + 2 < segment.endIndex, isHex(segment[i + 1]), isHex(segment[i + 2]) else { return false }
                i += 3
                continue
            }
            guard isAlphanumeric(byte) || "-._~".utf8.contains(byte) else { return false }
            i += 1
        }
        return true
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
