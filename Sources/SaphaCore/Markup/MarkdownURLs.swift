import CCmarkGFM
import SaphaSupport

/// What a body's links and images may load, enforced on cmark-gfm's tree before rendering.
/// cmark-gfm's safe mode keeps `data:image/png|gif|jpeg|webp` URLs, and an image from any
/// host makes every reader's browser request it (a tracking pixel on a portal that promises
/// no third-party requests). So: a link to a `data:` URL (any case) loses its address; an
/// image from another host becomes a link to it (nothing loads until the reader clicks); an
/// image with a `data:` or other non-web URL becomes its alt text. Each change is noted with
/// its line and column so the load stage can tell staff.
enum MarkdownURLs {
    typealias Change = MarkdownBody.URLChange

    static func enforce(_ document: OpaquePointer) -> [Change] {
        // Collected first: the changes below must not happen under the walk.
        let nodes = MarkdownTree.nodes(in: document) { $0 == CMARK_NODE_LINK || $0 == CMARK_NODE_IMAGE }
        var changes: [Change] = []
        for node in nodes {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let place = (line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
            if cmark_node_get_type(node) == CMARK_NODE_LINK {
                if isData(url) {
                    cmark_node_set_url(node, "")
                    changes.append(Change(kind: .dataLink, line: place.line, column: place.column))
                }
                continue
            }
            if isWeb(url) {
                // The image becomes a link to it, with the image's description as its text.
                guard let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
                cmark_node_set_url(link, url)
                moveChildren(of: node, into: link)
                cmark_node_replace(node, link)
                cmark_node_free(node)
                changes.append(Change(kind: .externalImage, line: place.line, column: place.column))
            } else if isData(url) || hasScheme(url) {
                while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
                cmark_node_free(node)
                changes.append(Change(kind: .imageRemoved, line: place.line, column: place.column))
            }
        }
        return changes
    }

    static func moveChildren(of from: OpaquePointer, into to: OpaquePointer) {
        while let child = cmark_node_first_child(from) { cmark_node_append_child(to, child) }
    }

    /// The URL as a browser reads its scheme: control characters and spaces removed, lowercased.
    static func normalised(_ url: String) -> String {
        String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
    }

    static func isData(_ url: String) -> Bool { normalised(url).hasPrefix("data:") }

    /// An address on another host: `http(s)://…` or protocol-relative `//…`.
    static func isWeb(_ url: String) -> Bool {
        let url = normalised(url)
        return url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("//") || url.hasPrefix("/\\")
    }

    /// `scheme:` at the start (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`).
    static func hasScheme(_ url: String) -> Bool {
        let url = normalised(url)
        guard let colon = url.firstIndex(of: ":"), let first = url.first, first.isASCII, first.isLetter else {
            return false
        }
        return url[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
