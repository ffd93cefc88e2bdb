import Foundation
import SaphaSupport
import SaphaTemplates

/// What the renderer needs, built once per build and shared read-only by all threads.
struct RenderEnvironment: Sendable {
    let site: LinkedSite
    let theme: Theme
    let urls: SiteURLs
    let dates: DateFormat
    let templateStrings: [Language: TemplateObject]
    /// Position of each district in `site.districts`, by slug.
    let districtIndex: [String: Int]
}

/// Stage 3 — render: turns the linked site into files. Pure: the same site and theme give
/// the same bytes, on any number of threads.
public struct SiteRenderer: Sendable {
    let env: RenderEnvironment

    public init(site: LinkedSite, theme: Theme, baseURL: BaseURL) {
        let dates = DateFormat(thaiDigits: site.config.thaiDigits,
                               monthNames: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0,
                                   theme.i18n[$0]!.months) }))
        env = RenderEnvironment(site: site, theme: theme, urls: SiteURLs(baseURL: baseURL), dates: dates,
                                templateStrings: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0,
                                    theme.i18n[$0]!.templateValue()) }),
                                districtIndex: Dictionary(uniqueKeysWithValues: site.districts.enumerated().map { ($1.district.slug, $0) }))
    }

    enum Job: Sendable, Hashable {
        case page(SiteURLs.Page)
        case root, notFound, sitemap, robots
        /// Atom feed of a district, or of the whole site when the slug is nil.
        case feed(Language, String?)
        case calendar(Language, String)
        case searchIndex(Language, String)
        case dataJSON(String), dataCSV(String), dataIndex

        /// The file the job writes.
        var path: String {
            switch self {
            case .page(let page): page.file
            case .root: "index.html"
            case .notFound: "404.html"
            case .sitemap: "sitemap.xml"
            case .robots: "robots.txt"
            case .feed(let language, let slug): Feeds.path(language, slug)
            case .calendar(let language, let slug): MeetingCalendar.path(language, slug)
            case .searchIndex(let language, let slug): SearchIndex.path(language, slug)
            case .dataJSON(let slug): OpenData.jsonPath(slug)
            case .dataCSV(let slug): OpenData.csvPath(slug)
            case .dataIndex: OpenData.indexPath
            }
        }

        var isSearchIndex: Bool { if case .searchIndex = self { true } else { false } }

        /// The language of a page.
        var language: Language? { if case .page(let page) = self { page.language } else { nil } }

        /// The district whose content alone decides the file; nil for files that depend on
        /// every district (home pages, site feeds, sitemap) or on none.
        var district: String? {
            switch self {
            case .page(let page): page.district
            case .feed(_, let slug): slug
            case .calendar(_, let slug), .searchIndex(_, let slug), .dataJSON(let slug), .dataCSV(let slug): slug
            case .root, .notFound, .sitemap, .robots, .dataIndex: nil
            }
        }
    }

    var jobs: [Job] { jobs(districts: nil) }

    /// Every job, or only the site-wide ones and those of the given districts.
    func jobs(districts selected: Set<String>?) -> [Job] {
        let districts = selected.map { selected in env.site.districts.filter { selected.contains($0.district.slug) } } ?? env.site.districts
        var jobs: [Job] = [.root, .notFound, .sitemap, .robots, .dataIndex]
        for d in districts { jobs += [.dataJSON(d.district.slug), .dataCSV(d.district.slug)] }
        for language in Language.allCases {
            jobs += [.page(.home(language)), .feed(language, nil)]
            for d in districts {
                let slug = d.district.slug
                jobs += [.district(language, slug), .committee(language, slug), .meetings(language, slug),
                         .issues(language, slug), .reports(language, slug), .search(language, slug)].map { .page($0) }
                jobs += [.feed(language, slug), .calendar(language, slug), .searchIndex(language, slug)]
                jobs += d.district.meetings.map { .page(.meeting(language, slug, $0.id)) }
                jobs += d.district.issues.map { .page(.issue(language, slug, $0.id)) }
                jobs += d.district.reports.map { .page(.report(language, slug, $0.id)) }
            }
        }
        return jobs
    }

    /// Every file of the site, sorted by path.
    public func render() -> [OutputFile] { render(reusing: nil).files }

    /// Every file of the site, sorted by path. A page whose values hash the same as in `cache`
    /// (same theme, same Sapha) is not rendered: rendering is a pure function of the template
    /// and the values, so its file is the one the last build wrote. Returns the new cache.
    public func render(reusing cache: PageCache?) -> (files: [OutputFile], cache: PageCache) {
        render(reusing: cache, districts: nil) { _ in true }
    }

    /// Renders the site-wide jobs and those of `districts` (all when nil) that `include`
    /// selects. Only the given districts need rendering when only their content changed,
    /// since nothing refers across districts; the returned cache then keeps the entries of
    /// `cache` for the other jobs, and theme assets are left out.
    func render(reusing cache: PageCache?, districts: Set<String>?,
        include: (Job) -> Bool) -> (files: [OutputFile], cache: PageCache) {
        Markdown.prepare()
        let partial = districts != nil
        let usable = cache?.theme == env.theme.fingerprint ? cache : nil
        let selected = jobs(districts: districts).filter(include)
        // Link tables only for the districts and languages that have pages to render (none when
        // the preview refreshes search indexes alone).
        var withPages = Set<String>()
        for job in selected { if let slug = job.district, let language = job.language { withPages.insert("\(slug) \(language.rawValue)") } }
        let pairs = env.site.districts.flatMap { d in Language.allCases.map { (d, $0) } }
            .filter { withPages.contains("\($0.0.district.slug) \($0.1.rawValue)") }
        let tables = ParallelMap.map(pairs) { d, language in LinkValues(PageContext(env: env, language: language), d) }
        var tablesByDistrict: [String: [Language: LinkValues]] = [:]
        for ((d, language), table) in zip(pairs, tables) { tablesByDistrict[d.district.slug,
            default: [:]][language] = table }
        let links = tablesByDistrict
        let results = ParallelMap.map(selected) { job -> (OutputFile, PageCache.Entry?) in
            // A file whose inputs hash as in the last build keeps the file that build wrote.
            func cached(_ path: String, _ inputs: UInt64, _ make: () -> Data) -> (OutputFile, PageCache.Entry?) {
                if let entry = usable?.entries[path], entry.values == inputs {
                    return (OutputFile(path: path, data: Data(), reuse: entry.content), entry)
                }
                let data = make()
                return (OutputFile(path: path, data: data), PageCache.Entry(values: inputs,
                    content: ContentHash.of(data)))
            }
            if case .searchIndex(let language, let slug) = job {
                // Word segmentation is the costly part; the documents' text is cheap to hash.
                // The key is made from the Markdown sources, so an unchanged district needs
                // neither cmark nor ICU.
                let search = SearchIndex(env: env)
                let key = SearchIndex.hash(search.documents(language, district(slug), sourcesOnly: true))
                return cached(SearchIndex.path(language, slug), key) { search.index(search.documents(language,
                    district(slug))) }
            }
            let table = job.district.flatMap { slug in job.language.flatMap { links[slug]?[$0] } }
            guard let (path, name, context) = templated(job, links: table) else { return (render(job), nil) }
            var hash = ContentHash()
            hash.add(Array(name.utf8))
            ValueHash.add(context, to: &hash, skipping: "t")
            return cached(path, hash.value) { Data(template(name, context)) }
        }
        var next = PageCache(theme: env.theme.fingerprint)
        if partial, let usable { next.entries = usable.entries }
        for (file, entry) in results { if let entry { next.entries[file.path] = entry } }
        var files = results.map(\.0)
        if !partial { files += env.theme.staticFiles.map { OutputFile(path: "assets/\($0.path)", data: $0.data) } }
        return (files.sorted { $0.path < $1.path }, next)
    }

    /// The file, template and values of a job rendered with a template; nil for the others.
    func templated(_ job: Job, links: LinkValues? = nil) -> (path: String, template: String, values: TemplateObject)? {
        switch job {
        case .page(let page):
            let (name, context) = pageContext(page, links: links)
            return (page.file, name, context)
        case .root:
            return ("index.html", "root", layout(.home(.th), title: env.site.config.title.th,
                context: PageContext(env: env, language: .th)))
        case .notFound:
            // Served at any missing address: no canonical address, no language alternates.
            var values = layout(.home(.th), title: "404", context: PageContext(env: env, language: .th))
            values["canonical"] = nil
            values["alternates"] = nil
            return ("404.html", "not-found", values)
        case .sitemap, .robots, .feed, .calendar, .searchIndex, .dataJSON, .dataCSV, .dataIndex:
            return nil
        }
    }

    func render(_ job: Job) -> OutputFile {
        switch job {
        case .sitemap:
            return OutputFile(path: "sitemap.xml", data: Data(sitemap().utf8))
        case .robots:
            let text = "User-agent: *\nAllow: /\nSitemap: \(env.urls.origin)\(env.urls.basePath)sitemap.xml\n"
            return OutputFile(path: "robots.txt", data: Data(text.utf8))
        case .feed(let language, let slug):
            let feed = Feeds(env: env).feed(language, district: slug.map(district))
            return OutputFile(path: Feeds.path(language, slug), data: Data(feed.utf8))
        case .calendar(let language, let slug):
            let ics = MeetingCalendar(env: env).calendar(language, district(slug))
            return OutputFile(path: MeetingCalendar.path(language, slug), data: Data(ics.utf8))
        case .searchIndex(let language, let slug):
            let search = SearchIndex(env: env)
            return OutputFile(path: SearchIndex.path(language, slug), data: search.index(search.documents(language,
                district(slug))))
        case .dataJSON(let slug):
            return OutputFile(path: OpenData.jsonPath(slug), data: OpenData(env: env).json(district(slug)))
        case .dataCSV(let slug):
            return OutputFile(path: OpenData.csvPath(slug), data: OpenData(env: env).csv(district(slug)))
        case .dataIndex:
            return OutputFile(path: OpenData.indexPath, data: OpenData(env: env).index())
        case .page, .root, .notFound:
            let (path, name, context) = templated(job)!
            return OutputFile(path: path, data: Data(template(name, context)))
        }
    }

    func template(_ name: String, _ context: TemplateObject) -> [UInt8] {
        env.theme.templates.render(name, context) ?? []
    }

    func sitemap() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for case .page(let page) in jobs {
            xml += "<url><loc>\(HTMLEscape.escape(env.urls.absolute(page)))</loc>"
            for language in Language.allCases {
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(language.rawValue)\" href=\"\(HTMLEscape.escape(env.urls.absolute(page.in(language))))\"/>"
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    // MARK: Pages

    /// The template and the values of a page.
    func pageContext(_ page: SiteURLs.Page, links: LinkValues? = nil) -> (template: String, values: TemplateObject) {
        let c = PageContext(env: env, language: page.language, links: links)
        let builder = PageBuilder(c: c)
        // A district page's title: "<what> — <district>".
        func titled(_ key: String,
            _ d: LinkedDistrict) -> String { "\(c.i18n[key]) — \(d.district.name.text(c.language))" }
        let (name, title, main, translated): (String, String, TemplateObject, Bool)
        switch page {
        case .home:
            (name, title, main, translated) = ("home", env.site.config.title.text(c.language), builder.home(), true)
        case .district(_, let slug):
            let d = district(slug)
            (name, title, main, translated) = ("district",
                c.i18n["district.title-prefix"] + d.district.name.text(c.language), builder.district(d), true)
        case .committee(_, let slug):
            (name, title, main, translated) = ("committee", titled("committee.title", district(slug)),
                builder.committee(district(slug)), true)
        case .meetings(_, let slug):
            (name, title, main, translated) = ("meetings", titled("meetings.title", district(slug)),
                builder.meetings(district(slug)), true)
        case .issues(_, let slug):
            (name, title, main, translated) = ("issues", titled("issues.title", district(slug)),
                builder.issues(district(slug)), true)
        case .reports(_, let slug):
            (name, title, main, translated) = ("reports", titled("reports.title", district(slug)),
                builder.reports(district(slug)), true)
        case .search(_, let slug):
            (name, title, main, translated) = ("search", titled("search.title", district(slug)),
                builder.search(district(slug)), true)
        case .meeting(_, let slug, let id):
            let d = district(slug), m = d.meetingIndex[id]!
            name = "meeting"
            title = "\(c.meetingLabel(d.district.meetings[m])) — \(d.district.name.text(c.language))"
            (main, translated) = builder.meeting(d, m)
        case .issue(_, let slug, let id):
            let d = district(slug), i = d.issueIndex[id]!
            name = "issue"
            title = "\(d.district.issues[i].title.text(c.language)) — \(d.district.name.text(c.language))"
            (main, translated) = builder.issue(d, i)
        case .report(_, let slug, let id):
            let d = district(slug), r = d.reportIndex[id]!
            name = "report"
            title = "\(c.i18n["report.title-prefix"]) \(env.dates.month(d.district.reports[r].period, c.language)) — \(d.district.name.text(c.language))"
            (main, translated) = builder.report(d, r)
        }
        var context = layout(page, title: title, context: c)
        context["untranslated"] = !translated
        context["page"] = main
        let crumbs = breadcrumbs(page, c)
        context["breadcrumbs"] = crumbs
        context["has_breadcrumbs"] = !crumbs.isEmpty
        return (name, context)
    }

    func district(_ slug: String) -> LinkedDistrict {
        env.site.districts[env.districtIndex[slug]!]
    }

    func layout(_ page: SiteURLs.Page, title: String, context c: PageContext) -> TemplateObject {
        let urls = env.urls
        let other = c.language.other
        return values([
            "lang": c.language.rawValue,
            "t": env.templateStrings[c.language]!,
            "site_title": env.site.config.title.text(c.language),
            "site_tagline": env.site.config.tagline?.text(c.language),
            "title": title,
            "canonical": urls.absolute(page),
            "alternates": Language.allCases.map { values(["hreflang": $0.rawValue,
                "href": urls.absolute(page.in($0))]) }
                + [values(["hreflang": "x-default", "href": urls.absolute(page.in(.th))])],
            "switch_href": urls.href(page.in(other)),
            "languages": Language.allCases.map { l -> TemplateObject in
                ["code": l.rawValue, "name": c.i18n[l.i18nKey], "href": urls.href(page.in(l)),
                    "current": l == c.language]
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
        case .committee(_, let d), .meetings(_, let d), .issues(_, let d), .reports(_, let d), .search(_, let d):
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
