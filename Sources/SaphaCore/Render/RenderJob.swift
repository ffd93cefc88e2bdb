import SaphaSupport

extension SiteRenderer {
    /// One file of the site to make: a page or another format.
    enum Job: Sendable, Hashable {
        case page(SiteURLs.Page)
        case root, notFound, sitemap, robots
        /// Atom feed of a district, or of the whole site when the slug is nil.
        case feed(Language, String?)
        /// The meetings of a district, or of every district when the slug is nil.
        case calendar(Language, String?)
        /// One meeting: district, meeting id.
        case meetingCalendar(Language, String, String)
        case searchIndex(Language, String)
        case dataJSON(String), dataIndex
        /// A table of a district, or of the city when the slug is nil.
        case dataTable(Language, String?, OpenDataTables.Kind)
        /// Every district's JSON in one array (assembled).
        case dataAll
        /// The councils and committees in Popolo: a district's, or the city's when nil.
        case popolo(String?)

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
            case .meetingCalendar(let language, let slug, let id): MeetingCalendar.path(language, slug, meeting: id)
            case .searchIndex(let language, let slug): SearchIndex.path(language, slug)
            case .dataJSON(let slug): OpenData.jsonPath(slug)
            case .dataTable(let language, let slug, let kind): OpenDataTables.path(language, slug, kind)
            case .dataAll: OpenData.allPath
            case .popolo(let slug): Popolo.path(slug)
            case .dataIndex: OpenData.indexPath
            }
        }

        var isSearchIndex: Bool { if case .searchIndex = self { true } else { false } }

        /// An open-data file (listed on the data page with its size).
        var isDataFile: Bool {
            switch self {
            case .dataJSON, .dataIndex, .dataTable, .dataAll, .popolo: true
            default: false
            }
        }

        /// The files made of the districts' files' bytes (`data/all.json`, the city's tables and
        /// calendar, each meeting's calendar): assembled after the districts' are rendered.
        var isAssembled: Bool {
            switch self {
            case .dataAll, .dataTable(_, nil, _), .calendar(_, nil), .meetingCalendar: true
            default: false
            }
        }

        /// The data page, which shows the other data files' sizes: rendered after them.
        var isDataPage: Bool { if case .page(.data) = self { true } else { false } }

        /// The language of a page.
        var language: Language? { if case .page(let page) = self { page.language } else { nil } }

        /// The district whose content alone decides the file; nil for files that depend on
        /// every district (home pages, site feeds, sitemap) or on none.
        var district: String? {
            switch self {
            case .page(let page): page.district
            case .feed(_, let slug): slug
            case .calendar(_, let slug): slug
            case .meetingCalendar(_, let slug, _), .searchIndex(_, let slug), .dataJSON(let slug): slug
            case .dataTable(_, let slug, _), .popolo(let slug): slug
            case .dataAll: nil
            case .root, .notFound, .sitemap, .robots, .dataIndex: nil
            }
        }
    }

    var jobs: [Job] { jobs(districts: nil) }

    /// Every job, or only the site-wide ones and those of the given districts.
    func jobs(districts selected: Set<String>?) -> [Job] {
        let districts = selected.map { selected in env.site.districts.filter { selected.contains($0.district.slug) } }
            ?? env.site.districts
        var jobs: [Job] = [.root, .notFound, .sitemap, .robots, .dataIndex]
        jobs += [.dataAll, .popolo(nil)]
        for d in districts { jobs += [.dataJSON(d.district.slug), .popolo(d.district.slug)] }
        for language in Language.allCases {
            jobs += [.page(.home(language)), .feed(language, nil), .calendar(language, nil)]
            jobs += DashboardSort.allCases.map { .page(.cityDashboard(language, $0)) }
            jobs += OpenDataTables.Kind.allCases.map { .dataTable(language, nil, $0) } + [.page(.data(language))]
            for d in districts {
                let slug = d.district.slug
                jobs += [.district(language, slug), .committee(language, slug), .meetings(language, slug),
                         .issues(language, slug), .reports(language, slug), .search(language, slug),
                         .dashboard(language, slug)].map { .page($0) }
                jobs += [.feed(language, slug), .calendar(language, slug), .searchIndex(language, slug)]
                jobs += OpenDataTables.Kind.allCases.map { .dataTable(language, slug, $0) }
                jobs += d.district.meetings.flatMap { [.page(.meeting(language, slug, $0.id)),
                    .meetingCalendar(language, slug, $0.id)] }
                jobs += d.district.issues.map { .page(.issue(language, slug, $0.id)) }
                jobs += d.district.reports.map { .page(.report(language, slug, $0.id)) }
            }
        }
        return jobs
    }
}
