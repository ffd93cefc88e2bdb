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
    /// The sizes of the data files, by path, for the data page: those made in this pass, then
    /// those `known` gives (a partial render's unchanged districts).
    var dataSizes: [String: Int] = [:]

    public init(site: LinkedSite, theme: Theme, baseURL: BaseURL) {
        let dates = DateFormat(thaiDigits: site.config.thaiDigits,
                               monthNames: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0,
                                   theme.i18n[$0]!.months) }))
        env = RenderEnvironment(site: site, theme: theme, urls: SiteURLs(baseURL: baseURL), dates: dates,
                                templateStrings: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0,
                                    theme.i18n[$0]!.templateValue()) }),
                                districtIndex: Dictionary(uniqueKeysWithValues: site.districts.enumerated()
                                    .map { ($1.district.slug, $0) }))
    }

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
    func render(reusing cache: PageCache?, districts: Set<String>?, include: (Job) -> Bool,
        known: (String) -> Data? = { _ in nil }) -> (files: [OutputFile], cache: PageCache) {
        Markdown.prepare()
        let partial = districts != nil
        let usable = cache?.theme == env.theme.fingerprint ? cache : nil
        let all = jobs(districts: districts).filter(include)
        // The city's data files are assembled from the districts' and the data page shows their
        // sizes: both after the parallel pass.
        let selected = all.filter { !$0.isDataPage && !$0.isAssembled }
        let assembled = all.filter(\.isAssembled)
        let deferred = all.filter(\.isDataPage)
        // Link tables only for the districts and languages that have pages to render (none when
        // the preview refreshes search indexes alone).
        var withPages = Set<String>()
        for job in selected { if let slug = job.district,
            let language = job.language { withPages.insert("\(slug) \(language.rawValue)") } }
        let pairs = env.site.districts.flatMap { d in Language.allCases.map { (d, $0) } }
            .filter { withPages.contains("\($0.0.district.slug) \($0.1.rawValue)") }
        let tables = ParallelMap.map(pairs) { d, language in LinkValues(PageContext(env: env, language: language), d) }
        var tablesByDistrict: [String: [Language: LinkValues]] = [:]
        for ((d, language), table) in zip(pairs, tables) { tablesByDistrict[d.district.slug,
            default: [:]][language] = table }
        let links = tablesByDistrict
        var results = ParallelMap.map(selected) { job -> (OutputFile, PageCache.Entry?) in
            // A file whose inputs hash as in the last build keeps the file that build wrote.
            func cached(_ path: String, _ inputs: UInt64, _ make: () -> Data) -> (OutputFile, PageCache.Entry?) {
                if let entry = usable?.entries[path], entry.values == inputs {
                    return (OutputFile(path: path, data: Data(), reuse: entry.content), entry)
                }
                let data = make()
                let hash = ContentHash.of(data)
                return (OutputFile(path: path, data: data, hash: hash), PageCache.Entry(values: inputs, content: hash))
            }
            if case .searchIndex(let language, let slug) = job {
                // Word segmentation is the costly part; the documents' text is cheap to hash.
                // The key is made from the Markdown sources, so an unchanged district needs
                // neither cmark nor ICU.
                let search = SearchIndex(env: env)
                let key = SearchIndex.hash(search.documents(language, district(slug), sourcesOnly: true))
                return cached(SearchIndex.path(language, slug), key) { SearchIndex.index(search.documents(language,
                    district(slug))) }
            }
            let table = job.district.flatMap { slug in job.language.flatMap { links[slug]?[$0] } }
            guard let (path, name, context) = templated(job, links: table) else { return (render(job), nil) }
            var hash = ContentHash()
            hash.add(Array(name.utf8))
            ValueHash.add(context, to: &hash, skipping: "t")
            return cached(path, hash.value) { Data(template(name, context)) }
        }
        var made: [String: Data] = [:]
        if !assembled.isEmpty || !deferred.isEmpty {
            for (file, _) in results where file.reuse == nil && (file.path.hasPrefix("data/")
                || file.path.hasSuffix("/calendar.ics")) {
                made[file.path] = file.data
            }
        }
        // What the assembled files are made of, from this pass or `known`; then all at once.
        var sources = made
        for job in assembled {
            for path in sourcePaths(job) where sources[path] == nil { sources[path] = known(path) }
        }
        let bytes = sources
        for file in ParallelMap.map(assembled, { job in assemble(job) { bytes[$0] } }) {
            made[file.path] = file.data
            results.append((file, nil))
        }
        if !deferred.isEmpty {
            var sized = self
            for job in jobs(districts: nil) where job.isDataFile {
                sized.dataSizes[job.path] = (made[job.path] ?? known(job.path))?.count
            }
            results += deferred.map { job in
                let (path, name, context) = sized.templated(job)!
                var hash = ContentHash()
                hash.add(Array(name.utf8))
                ValueHash.add(context, to: &hash, skipping: "t")
                if let entry = usable?.entries[path], entry.values == hash.value {
                    return (OutputFile(path: path, data: Data(), reuse: entry.content), entry)
                }
                let data = Data(template(name, context))
                let content = ContentHash.of(data)
                return (OutputFile(path: path, data: data, hash: content), PageCache.Entry(values: hash.value,
                    content: content))
            }
        }
        var next = PageCache(theme: env.theme.fingerprint)
        if partial, let usable { next.entries = usable.entries }
        for (file, entry) in results { if let entry { next.entries[file.path] = entry } }
        var files = results.map(\.0)
        if !partial { files += env.theme.staticFiles.map { OutputFile(path: "assets/\($0.path)", data: $0.data) } }
        return (files.sorted { $0.path < $1.path }, next)
    }

    /// The files an assembled file is made of.
    func sourcePaths(_ job: Job) -> [String] {
        let slugs = env.site.districts.map(\.district.slug)
        switch job {
        case .dataAll: return slugs.map(OpenData.jsonPath)
        case .dataTable(let language, nil, let kind): return slugs.map { OpenDataTables.path(language, $0, kind) }
        case .calendar(let language, nil): return slugs.map { MeetingCalendar.path(language, $0) }
        case .meetingCalendar(let language, let slug, _): return [MeetingCalendar.path(language, slug)]
        default: return []
        }
    }

    /// A file made of the districts' files, whose bytes `bytes` gives.
    func assemble(_ job: Job, bytes: (String) -> Data?) -> OutputFile {
        let slugs = env.site.districts.map(\.district.slug)
        switch job {
        case .dataAll:
            return OutputFile(path: job.path, data: OpenData.assembleAll(slugs.compactMap {
                bytes(OpenData.jsonPath($0)) }))
        case .dataTable(let language, nil, let kind):
            return OutputFile(path: job.path, data: OpenDataTables.assemble(kind, slugs.compactMap {
                bytes(OpenDataTables.path(language, $0, kind)) }))
        case .calendar(let language, nil):
            return OutputFile(path: job.path, data: MeetingCalendar(env: env).assembleCity(language, slugs.compactMap {
                bytes(MeetingCalendar.path(language, $0)) }))
        case .meetingCalendar(let language, let slug, let id):
            let d = district(slug)
            return OutputFile(path: job.path, data: MeetingCalendar(env: env).assembleMeeting(language, d,
                d.meetingIndex[id]!, district: bytes(MeetingCalendar.path(language, slug)) ?? Data()))
        default:
            preconditionFailure("\(job.path) is not assembled")
        }
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
        case .sitemap, .robots, .feed, .calendar, .meetingCalendar, .searchIndex, .dataJSON, .dataIndex,
             .dataTable, .dataAll, .popolo:
            return nil
        }
    }

    func render(_ job: Job) -> OutputFile {
        switch job {
        case .sitemap:
            return OutputFile(path: "sitemap.xml", data: Data(sitemap().utf8))
        case .robots:
            return OutputFile(path: "robots.txt", data: Data(robots().utf8))
        case .feed(let language, let slug):
            let feed = Feeds(env: env).feed(language, district: slug.map(district))
            return OutputFile(path: Feeds.path(language, slug), data: Data(feed.utf8))
        case .calendar(let language, let slug?):
            let ics = MeetingCalendar(env: env).calendar(language, district(slug))
            return OutputFile(path: MeetingCalendar.path(language, slug), data: Data(ics.utf8))
        case .calendar(_, nil), .meetingCalendar:
            preconditionFailure("the city's and the meetings' calendars are assembled by render(reusing:…)")
        case .dataJSON(let slug):
            return OutputFile(path: OpenData.jsonPath(slug), data: OpenData(env: env).json(district(slug)))
        case .dataTable(let language, let slug?, let kind):
            return OutputFile(path: OpenDataTables.path(language, slug, kind), data: OpenDataTables(env: env).csv(kind,
                language, district(slug)))
        case .dataTable(_, nil, _), .dataAll:
            preconditionFailure("the city's data files are assembled by render(reusing:…)")
        case .popolo(let slug):
            return OutputFile(path: Popolo.path(slug), data: Popolo(env: env).document(slug.map { [district($0)] }
                ?? env.site.districts))
        case .dataIndex:
            return OutputFile(path: OpenData.indexPath, data: OpenData(env: env).index())
        case .searchIndex:
            preconditionFailure("search indexes are rendered by render(reusing:…), with their own cache key")
        case .page, .root, .notFound:
            let (path, name, context) = templated(job)!
            return OutputFile(path: path, data: Data(template(name, context)))
        }
    }

    func template(_ name: String, _ context: TemplateObject) -> [UInt8] {
        env.theme.templates.render(name, context) ?? []
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
        var draft = false
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
        case .dashboard(_, let slug):
            (name, title, main, translated) = ("dashboard", titled("dashboard.title", district(slug)),
                builder.dashboard(district(slug)), true)
        case .data:
            (name, title, main, translated) = ("data", c.i18n["data.title"], builder.data(sizes: dataSizes), true)
        case .cityDashboard(_, let sort):
            (name, title, main, translated) = ("city-dashboard", c.i18n["dashboard.city-title"],
                builder.cityDashboard(sort), true)
        case .meeting(_, let slug, let id):
            let d = district(slug), m = d.meetingIndex[id]!
            name = "meeting"
            title = "\(c.meetingLabel(d.district.meetings[m])) — \(d.district.name.text(c.language))"
            (main, translated) = builder.meeting(d, m)
            draft = d.district.meetings[m].draft
        case .issue(_, let slug, let id):
            let d = district(slug), i = d.issueIndex[id]!
            name = "issue"
            title = "\(d.district.issues[i].title.text(c.language)) — \(d.district.name.text(c.language))"
            (main, translated) = builder.issue(d, i)
            draft = d.district.issues[i].draft
        case .report(_, let slug, let id):
            let d = district(slug), r = d.reportIndex[id]!
            name = "report"
            title = "\(c.i18n["report.title-prefix"]) "
                + "\(env.dates.month(d.district.reports[r].period, c.language)) — \(d.district.name.text(c.language))"
            (main, translated) = builder.report(d, r)
            draft = d.district.reports[r].draft
        }
        var context = layout(page, title: title, context: c)
        context["structured_data"] = structuredData(page, c)
        context["untranslated"] = !translated
        // Only drafts carry the key: the values of every other page stay as they were.
        if draft { context["draft"] = true }
        context["page"] = main
        let crumbs = breadcrumbs(page, c)
        context["breadcrumbs"] = crumbs
        context["has_breadcrumbs"] = !crumbs.isEmpty
        return (name, context)
    }

    /// The page's schema.org JSON-LD, for the layout's head: meetings and districts have one.
    func structuredData(_ page: SiteURLs.Page, _ c: PageContext) -> String? {
        switch page {
        case .district(_, let slug): StructuredData(c: c).district(district(slug))
        case .meeting(_, let slug, let id): district(slug).meetingIndex[id].map {
            StructuredData(c: c).meeting(district(slug), $0) }
        default: nil
        }
    }

    func district(_ slug: String) -> LinkedDistrict {
        env.site.districts[env.districtIndex[slug]!]
    }

}
