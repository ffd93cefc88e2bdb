import SaphaSupport

/// `sitemap.xml` and `robots.txt`.
extension SiteRenderer {
    /// `sitemap.xml`: every page, with its address in each language.
    func sitemap() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for case .page(let page) in jobs {
            xml += "<url><loc>\(HTMLEscape.escape(env.urls.absolute(page)))</loc>"
            for language in Language.allCases {
                let href = HTMLEscape.escape(env.urls.absolute(page.in(language)))
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(language.rawValue)\" href=\"\(href)\"/>"
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// `robots.txt`: everything may be indexed; where the sitemap is.
    func robots() -> String {
        "User-agent: *\nAllow: /\nSitemap: \(env.urls.origin)\(env.urls.basePath)sitemap.xml\n"
    }
}
