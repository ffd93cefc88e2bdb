import SaphaSupport
import SaphaTemplates

/// Every page's address. Paths have the same shape in both languages —
/// `/th/thung-khru/meetings/1-2566/` and `/en/thung-khru/meetings/1-2566/` — and are built
/// only from language codes, registry slugs and validated ids, so they can never leave
/// the output folder.
public struct SiteURLs: Sendable {
    /// `https://example.org` (no trailing slash), for absolute links (canonical, hreflang, sitemap).
    public let origin: String
    /// `/` or `/sub/path/`, prefixed to every link.
    public let basePath: String

    /// From a checked address (`BaseURL` refuses anything a browser could read as another host).
    public init(baseURL: BaseURL) {
        origin = baseURL.origin
        basePath = baseURL.path
    }

    /// A page's path inside the site, without the base path: `th/thung-khru/`.
    public enum Page: Sendable, Hashable {
        case home(Language)
        case district(Language, String)
        case committee(Language, String)
        case meetings(Language, String)
        case meeting(Language, String, String)
        case issues(Language, String)
        case issue(Language, String, String)
        case reports(Language, String)
        case report(Language, String, String)
        case search(Language, String)
        /// A district's accountability dashboard.
        case dashboard(Language, String)
        /// The citywide dashboard, its table in one of its orders.
        case cityDashboard(Language, DashboardSort)
        /// Every open-data download, with its size and licence.
        case data(Language)

        public var relative: String {
            switch self {
            case .home(let l): "\(l.rawValue)/"
            case .district(let l, let d): "\(l.rawValue)/\(d)/"
            case .committee(let l, let d): "\(l.rawValue)/\(d)/committee/"
            case .meetings(let l, let d): "\(l.rawValue)/\(d)/meetings/"
            case .meeting(let l, let d, let id): "\(l.rawValue)/\(d)/meetings/\(id)/"
            case .issues(let l, let d): "\(l.rawValue)/\(d)/issues/"
            case .issue(let l, let d, let id): "\(l.rawValue)/\(d)/issues/\(id)/"
            case .reports(let l, let d): "\(l.rawValue)/\(d)/reports/"
            case .report(let l, let d, let id): "\(l.rawValue)/\(d)/reports/\(id)/"
            case .search(let l, let d): "\(l.rawValue)/\(d)/search/"
            case .dashboard(let l, let d): "\(l.rawValue)/\(d)/dashboard/"
            case .cityDashboard(let l, let sort): "\(l.rawValue)/dashboard/" + (sort.folder.map { "\($0)/" } ?? "")
            case .data(let l): "\(l.rawValue)/data/"
            }
        }

        public var language: Language {
            switch self {
            case .home(let l), .district(let l, _), .committee(let l, _), .meetings(let l, _), .meeting(let l, _, _),
                 .issues(let l, _), .issue(let l, _, _), .reports(let l, _), .report(let l, _, _), .search(let l, _),
                 .dashboard(let l, _), .cityDashboard(let l, _), .data(let l): l
            }
        }

        /// The district a page belongs to; nil for the home page and the citywide dashboard.
        public var district: String? {
            switch self {
            case .home, .cityDashboard, .data: nil
            case .district(_, let d), .committee(_, let d), .meetings(_, let d), .meeting(_, let d, _), .issues(_,
                let d),
                 .issue(_, let d, _), .reports(_, let d), .report(_, let d, _), .search(_, let d),
                 .dashboard(_, let d): d
            }
        }

        /// The same page in another language.
        public func `in`(_ language: Language) -> Page {
            switch self {
            case .home: .home(language)
            case .district(_, let d): .district(language, d)
            case .committee(_, let d): .committee(language, d)
            case .meetings(_, let d): .meetings(language, d)
            case .meeting(_, let d, let id): .meeting(language, d, id)
            case .issues(_, let d): .issues(language, d)
            case .issue(_, let d, let id): .issue(language, d, id)
            case .reports(_, let d): .reports(language, d)
            case .report(_, let d, let id): .report(language, d, id)
            case .search(_, let d): .search(language, d)
            case .dashboard(_, let d): .dashboard(language, d)
            case .cityDashboard(_, let sort): .cityDashboard(language, sort)
            case .data: .data(language)
            }
        }

        /// The file written for the page.
        public var file: String { relative + "index.html" }
    }

    public func href(_ page: Page) -> String { basePath + page.relative }
    public func href(asset: String) -> String { basePath + asset }
    public func absolute(_ page: Page) -> String { origin + basePath + page.relative }
}
