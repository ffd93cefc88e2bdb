import CCmarkGFM
import Foundation
import SaphaSupport

/// Markdown to HTML with cmark-gfm in safe mode: raw HTML becomes a comment and
/// `javascript:`/`vbscript:`/`file:`/`data:` links lose their URL. Thread-safe: each call has
/// its own parser; the extension registry is filled once.
public enum Markdown {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Call once before rendering concurrently.
    public static func prepare() { _ = registered }

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// What a body is rendered for. `pages`: the HTML pages show (headings moved one level
    /// down) and the plain text search indexes and feeds show. `diagnostics` (`sapha check`):
    /// only what the checks need — the HTML, for its size, and the link and image policy's
    /// changes; no plain text (cmark-gfm's plain-text renderer was 14 % of `sapha check`'s
    /// CPU on the 50-district sample) and headings as written.
    public enum Output: Sendable { case pages, diagnostics }

    public static func html(_ source: String) -> String { render(source).html }

    /// HTML and plain text from one parse, after the link and image policy (`MarkdownURLs`).
    public static func render(_ source: String) -> (html: String, plain: String) {
        let result = renderChecked(source)
        return (result.html, result.plain)
    }

    /// HTML, plain text and the changes the link and image policy made, from one parse;
    /// `inspect` reads the tree first and may change it (`InlineReferences`).
    static func renderChecked(_ source: String, for output: Output = .pages,
                              inspect: (OpaquePointer) -> Void = { _ in })
        -> (html: String, plain: String, changes: [MarkdownURLs.Change]) {
        var html = "", plain = ""
        var changes: [MarkdownURLs.Change] = []
        parse(source) { document, options, extensions in
            inspect(document!)
            // Links and images come only from `](` (inline), `]:` (a reference definition, which
            // `[x]`, `[x][]` and `[x][y]` need) and `<` (autolinks); the autolink extension makes
            // web and e-mail links, never images or data: links. Most minutes have none.
            if mayLinkOrEmbed(source) { changes = MarkdownURLs.enforce(document!) }
            html = string(cmark_render_html(document, options, extensions)) ?? ""
            // Demoting keeps the size: `<h2>` for `<h1>`.
            guard output == .pages else { return }
            html = demoteHeadings(html)
            plain = string(cmark_render_plaintext(document, options, 0)) ?? ""
        }
        return (html, plain, changes)
    }

    /// A string cmark allocated, freed.
    private static func string(_ output: UnsafeMutablePointer<CChar>?) -> String? {
        guard let output else { return nil }
        defer { free(output) }
        return String(cString: output)
    }

    private static func parse(_ source: String, _ body: (OpaquePointer?, Int32,
        UnsafeMutablePointer<cmark_llist>?) -> Void) {
        prepare()
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        guard let parser = cmark_parser_new(options) else { return }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var source = source
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(document) }
        body(document, options, cmark_parser_get_syntax_extensions(parser))
    }

    /// A body sits under the page's own `<h1>` and a section `<h2>`, so its headings move
    /// one level down (`## วาระที่ 1` becomes `<h3>`), keeping the outline valid for screen
    /// readers. cmark writes heading tags without attributes in safe mode.
    static func demoteHeadings(_ html: String) -> String {
        var bytes = Array(html.utf8)
        var changed = false
        var i = 0
        // `<hN>` and `</hN>` with N in 1…5: one pass over the bytes.
        while i + 3 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                let h = bytes[i + 1] == UInt8(ascii: "/") ? i + 2 : i + 1
                if h + 2 < bytes.count, bytes[h] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "5"))
                    .contains(bytes[h + 1]),
                   bytes[h + 2] == UInt8(ascii: ">") {
                    bytes[h + 1] += 1
                    changed = true
                    i = h + 3
                    continue
                }
            }
            i += 1
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : html
    }

    /// Renders a body and puts each resolved inline reference where its placeholder was:
    /// `link(index)` as HTML in text, `plain(index)` (already escaped, no markup) inside a tag,
    /// where a link would break the attribute (e.g. an image's alt text), and inside a link's text.
    public static func html(_ body: MarkdownBody, link: (Int) -> String, plain: (Int) -> String) -> String {
        let html = body.html
        guard !body.references.isEmpty else { return html }
        return InlineReferences.substitute(html, count: body.references.count) { index, plainOnly in
            plainOnly ? plain(index) : link(index)
        }
    }
}

extension Markdown {
    /// Whether the source can hold a link or an image the link and image policy looks at:
    /// those come only from `](` (inline), `]:` (a reference definition, which `[x]`, `[x][]`
    /// and `[x][y]` need) and `<` (autolinks); the autolink extension makes web and e-mail
    /// links, never images or data: links. Most minutes have none.
    static func mayLinkOrEmbed(_ source: String) -> Bool {
        let close = UInt8(ascii: "]")
        return source.containsBytes(close, UInt8(ascii: "(")) || source.containsBytes(close, UInt8(ascii: ":"))
            || source.containsByte(UInt8(ascii: "<"))
    }

    /// The largest body `sapha check` does not parse when nothing in it can be reported: with
    /// no link, image or reference definition, no HTML and no inline reference, what a body
    /// renders to is at most ~25 times its bytes (a table of empty aligned cells; quotes 32
    /// deep ~13), so 64 KiB stays under `MarkdownLimits.maximumRenderedBytes` (4 MiB)
    /// (HostileMarkdownTests measures the worst of each construct).
    static let unparsedCheckLimit = 65_536

    /// Whether checking `source` needs cmark-gfm at all (see `unparsedCheckLimit`).
    static func needsParseToCheck(_ source: String) -> Bool {
        source.utf8.count > unparsedCheckLimit || mayLinkOrEmbed(source)
            || source.containsBytes(UInt8(ascii: "["), UInt8(ascii: "["))
    }
}

extension MarkdownBody {
    /// A body parsed once, when its file is decoded (an empty one is not parsed).
    public init(source: String, references: [Reference] = []) {
        self.init(source: source, references: references, for: .pages)
    }

    init(source: String, references: [Reference] = [], for output: Markdown.Output) {
        let isEmpty = source.allSatisfy(\.isWhitespace)
        // Checking a body with nothing to report: nothing to parse (no page is made of it).
        let unparsed = isEmpty || output == .diagnostics && !Markdown.needsParseToCheck(source)
        let (html, plain, changes) = unparsed ? ("", "", []) : Markdown.renderChecked(source, for: output)
        self.init(source: source, references: references, html: html, plain: plain, isEmpty: isEmpty,
                  urlChanges: changes)
    }
}
