import SaphaSupport
import SaphaTemplates

/// Atom feeds (RFC 4287): one per district and language with its meetings, progress reports
/// and issues, newest first, and one per language for the whole site. Built in Swift rather
/// than with a theme template, so that every string is escaped for XML whatever the theme.
struct Feeds {
    let env: RenderEnvironment
    /// Entries per feed, newest first (readers only look at the recent ones; the full
    /// record is on the site and in the data files).
    static let limit = 50

    static func path(_ language: Language, _ slug: String?) -> String {
        slug.map { "\(language.rawValue)/\($0)/feed.xml" } ?? "\(language.rawValue)/feed.xml"
    }

    struct Entry {
        var title: String
        var page: SiteURLs.Page
        var updated: Day
        var time: TimeOfDay?
        var summary: String
    }

    /// What decides an entry's place in a feed, without any of its text: the site-wide
    /// feed picks its 50 newest from every district's items before formatting them.
    struct Candidate {
        enum Item { case meeting(Int), report(Int), issue(Int) }
        var updated: Day
        var time: TimeOfDay?
        /// Ties on the same day and time: meetings, then reports, then issues; then by
        /// district and position, so the order never depends on sorting stability.
        var rank: Int
        var district: Int
        var position: Int
        var item: Item
    }

    func candidates(_ d: LinkedDistrict, district: Int) -> [Candidate] {
        var list: [Candidate] = []
        list.reserveCapacity(d.district.meetings.count + d.district.reports.count + d.district.issues.count)
        for (m, meeting) in d.district.meetings.enumerated() {
            list.append(Candidate(updated: meeting.date, time: meeting.time, rank: 0, district: district, position: m,
                item: .meeting(m)))
        }
        for (r, report) in d.district.reports.enumerated() {
            list.append(Candidate(updated: report.date, time: nil, rank: 1, district: district, position: r,
                item: .report(r)))
        }
        for (i, issue) in d.district.issues.enumerated() {
            // An issue's entry is as new as the last event of its timeline.
            let last = max(d.timelines[i].last?.date ?? issue.opened, issue.opened)
            list.append(Candidate(updated: last, time: nil, rank: 2, district: district, position: i, item: .issue(i)))
        }
        return list
    }

    static func newestFirst(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.updated != b.updated { return a.updated > b.updated }
        let (ta, tb) = (a.time.map { $0.hour * 60 + $0.minute } ?? -1, b.time.map { $0.hour * 60 + $0.minute } ?? -1)
        if ta != tb { return ta > tb }
        return (a.rank, a.district, a.position) < (b.rank, b.district, b.position)
    }

    func entry(_ candidate: Candidate, _ d: LinkedDistrict, _ c: PageContext) -> Entry {
        let slug = d.district.slug
        let language = c.language
        let districtName = d.district.name.text(language)
        switch candidate.item {
        case .meeting(let m):
            let meeting = d.district.meetings[m]
            var summary = [c.label(meeting.status), c.day(meeting.date)!]
            if let time = meeting.time { summary.append(c.dates.time(time, language)) }
            if let location = meeting.location { summary.append(location.text(language)) }
            if let newDate = meeting.newDate { summary.append("\(c.i18n["meeting.new-date"]) \(c.day(newDate)!)") }
            let count = d.meetingIssues[m].count
            if count > 0 { summary.append("\(c.i18n["feed.issues"]) \(c.number(count))") }
            return Entry(title: "\(c.meetingLabel(meeting)) — \(districtName)", page: .meeting(language, slug,
                meeting.id),
                         updated: candidate.updated, time: candidate.time, summary: summary.joined(separator: " · "))
        case .report(let r):
            let report = d.district.reports[r]
            var summary = [c.label(report.status), c.percent(report.progress)]
            if let obstacles = report.obstacles { summary.append(obstacles.text(language)) }
            return Entry(title: "\(c.i18n["report.title-prefix"]) "
                + "\(c.dates.month(report.period, language)) — \(districtName)",
                         page: .report(language, slug, report.id), updated: candidate.updated, time: nil,
                         summary: summary.joined(separator: " · "))
        case .issue(let i):
            let issue = d.district.issues[i]
            var summary = [c.label(issue.status), c.label(issue.category)]
            if let location = issue.location { summary.append(location.text(language)) }
            return Entry(title: "\(issue.title.text(language)) — \(districtName)", page: .issue(language, slug,
                issue.id),
                         updated: candidate.updated, time: nil, summary: summary.joined(separator: " · "))
        }
    }

    /// The feed of one district, or of the whole site when `district` is nil.
    func feed(_ language: Language, district: LinkedDistrict?) -> String {
        let c = PageContext(env: env, language: language)
        let sources: [(Int, LinkedDistrict)] = district.map { [(0, $0)] } ?? Array(env.site.districts.enumerated())
        var pool: [Candidate] = []
        for (index, d) in sources {
            // Only a district's own newest `limit` can make the feed's newest `limit`.
            pool += candidates(d, district: index).sorted(by: Self.newestFirst).prefix(Self.limit)
        }
        let entries = pool.sorted(by: Self.newestFirst).prefix(Self.limit)
            .map { candidate in entry(candidate, district ?? env.site.districts[candidate.district], c) }
        let urls = env.urls
        let title: String
        let alternate: SiteURLs.Page
        if let district {
            title = "\(env.site.config.title.text(language)) — \(district.district.name.text(language))"
            alternate = .district(language, district.district.slug)
        } else {
            title = env.site.config.title.text(language)
            alternate = .home(language)
        }
        let selfURL = urls.origin + urls.basePath + Self.path(language, district?.district.slug)
        // A feed with no entries still needs `updated`: the date of the BMA order that set up
        // the councils (6 December 2022), the earliest date anything here can have.
        let updated = entries.map { Self.timestamp($0.updated, $0.time) }.max() ?? "2022-12-06T00:00:00+07:00"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
            + "xml:lang=\"\(language.rawValue)\">\n"
        xml += "<title>\(x(title))</title>\n"
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(x(selfURL))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(x(urls.absolute(alternate)))\"/>\n"
        xml += "<id>\(x(selfURL))</id>\n<updated>\(updated)</updated>\n"
        xml += "<author><name>\(x(district?.district.name.text(language) ?? title))</name></author>\n"
        xml += "<generator version=\"\(SaphaVersion.current)\">Sapha</generator>\n"
        for entry in entries {
            let url = urls.absolute(entry.page)
            xml += "<entry>\n<title>\(x(entry.title))</title>\n<link rel=\"alternate\" type=\"text/html\" "
                + "href=\"\(x(url))\"/>\n"
            xml += "<id>\(x(url))</id>\n<updated>\(Self.timestamp(entry.updated, entry.time))</updated>\n"
            xml += "<summary>\(x(entry.summary))</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// RFC 3339 in Bangkok time (UTC+7 all year, no daylight saving).
    static func timestamp(_ day: Day, _ time: TimeOfDay?) -> String {
        "\(day.iso)T\(time.map { "\($0):00" } ?? "00:00:00")+07:00"
    }

    /// XML text and attribute values: HTML escaping covers `& < > " '`; characters XML 1.0
    /// forbids or discourages (C0 controls other than tab and line breaks, DEL, U+FFFE/FFFF) are dropped.
    func x(_ text: String) -> String { XMLText.escape(text) }
}

package enum XMLText {
    package static func escape(_ text: String) -> String {
        func forbidden(_ scalar: Unicode.Scalar) -> Bool { SourceFile.isControl(scalar) || scalar.value == 0xFFFE
            || scalar.value == 0xFFFF }
        guard text.unicodeScalars.contains(where: forbidden) else { return HTMLEscape.escape(text) }
        return HTMLEscape.escape(String(String.UnicodeScalarView(text.unicodeScalars.filter { !forbidden($0) })))
    }
}
