import SaphaSupport
import SaphaTemplates

/// What every page's layout shows around its main part: title, languages, addresses, feed,
/// and the breadcrumb trail.
extension SiteRenderer {
    func layout(_ page: SiteURLs.Page, title: String, context c: PageContext) -> TemplateObject {
        let urls = env.urls
        let other = c.language.other
        // The page's address in each language, made once: the layout names them seven times.
        let hrefs = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, urls.href(page.in($0))) })
        let href = { (l: Language) in hrefs[l]! }
        let absolute = { (l: Language) in urls.origin + href(l) }
        return values([
            "lang": c.language.rawValue,
            "t": env.templateStrings[c.language]!,
            "site_title": env.site.config.title.text(c.language),
            "site_tagline": env.site.config.tagline?.text(c.language),
            "title": title,
            "canonical": absolute(page.language),
            "alternates": Language.allCases.map { values(["hreflang": $0.rawValue, "href": absolute($0)]) }
                + [values(["hreflang": "x-default", "href": absolute(.th)])],
            "switch_href": href(other),
            "languages": Language.allCases.map { l -> TemplateObject in
                ["code": l.rawValue, "name": c.i18n[l.i18nKey], "href": href(l), "current": l == c.language]
            },
            "switch_lang": other.rawValue,
            "switch_label": c.i18n[other.i18nKey],
            "home_href": urls.href(.home(c.language)),
            "home_th": urls.href(.home(.th)),
            "home_en": urls.href(.home(.en)),
            "css_href": urls.href(asset: "assets/style.css"),
            "feed_href": urls.href(asset: Feeds.path(c.language, page.district)),
        ])
    }

    func breadcrumbs(_ page: SiteURLs.Page, _ c: PageContext) -> [TemplateObject] {
        let l = c.language
        var crumbs: [TemplateObject] = [["label": c.i18n["nav.home"], "href": env.urls.href(.home(l))]]
        switch page {
        case .home: return []
        case .district: break
        case .cityDashboard, .data: break
        case .committee(_, let d), .meetings(_, let d), .issues(_, let d), .reports(_, let d), .search(_, let d),
             .dashboard(_, let d):
            crumbs.append(["label": district(d).district.name.text(l), "href": env.urls.href(.district(l, d))])
        case .meeting(_, let d, _):
            crumbs.append(["label": district(d).district.name.text(l), "href": env.urls.href(.district(l, d))])
            crumbs.append(["label": c.i18n["meetings.title"], "href": env.urls.href(.meetings(l, d))])
        case .issue(_, let d, _):
            crumbs.append(["label": district(d).district.name.text(l), "href": env.urls.href(.district(l, d))])
            crumbs.append(["label": c.i18n["issues.title"], "href": env.urls.href(.issues(l, d))])
        case .report(_, let d, _):
            crumbs.append(["label": district(d).district.name.text(l), "href": env.urls.href(.district(l, d))])
            crumbs.append(["label": c.i18n["reports.title"], "href": env.urls.href(.reports(l, d))])
        }
        return crumbs
    }
}
