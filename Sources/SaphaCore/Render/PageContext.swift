import Foundation
import SaphaSupport
import SaphaTemplates

/// Builds the values a template sees for one language. Plain fields are escaped by the
/// template engine; fields ending in `_html` are HTML built here from escaped text and
/// are written with `{{{…}}}`.
struct PageContext {
    let env: RenderEnvironment
    let language: Language
    /// Looked up once: pages read it for every label.
    let i18n: I18nTable
    /// The link values of one district's issues, meetings and reports in this language, made
    /// once for all its pages (an issue is linked from the district page, the lists, every
    /// meeting and report that mentions it…). Without it they are made when asked.
    let links: LinkValues?

    init(env: RenderEnvironment, language: Language, links: LinkValues? = nil) {
        self.env = env
        self.language = language
        i18n = env.theme.i18n[language]!
        self.links = links
    }

    var urls: SiteURLs { env.urls }
    var dates: DateFormat { env.dates }

    func label<V: Vocabulary>(_ value: V) -> String { i18n[value.i18nKey] }
    func day(_ day: Day?) -> String? { day.map { dates.day($0, language) } }
    func number(_ n: Int) -> String { dates.digits(n, language) }
    func percent(_ n: Int) -> String { dates.digits(n, language) + "%" }

    /// The i18n text `key` with its `{name}` placeholders filled, read once from left to right
    /// (a value is never searched for placeholders); an unknown name is left as written.
    func text(_ key: String, _ values: [String: String]) -> String { Self.fill(i18n[key], values) }

    /// `template` with its `{name}` placeholders filled (see `text`).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var template = template
        // Over the UTF-8 bytes: `{` and `}` are ASCII, and walking Thai by Characters is slow.
        return template.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var i = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "{"),
                      let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                    out.append(bytes[i])
                    i += 1
                    continue
                }
                if let value = values[String(decoding: bytes[(i + 1)..<close], as: UTF8.self)] {
                    out.append(contentsOf: value.utf8)
                } else {
                    out.append(contentsOf: bytes[i...close])
                }
                i = close + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Escaped text; Thai shown on an English page is marked `lang="th"` so that screen
    /// readers and fonts treat it as Thai.
    func html(_ text: LocalizedText?) -> String? {
        guard let text else { return nil }
        let escaped = HTMLEscape.escape(text.text(language))
        return text.isTranslated(language) ? escaped : "<span lang=\"th\">\(escaped)</span>"
    }

    /// `text` percent-encoded for a URL's path segment or query value: everything but
    /// RFC 3986's unreserved characters (letters, digits, `-._~`), as UTF-8.
    func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? ""
    }

    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        + "abcdefghijklmnopqrstuvwxyz0123456789-._~")

    // MARK: Shared pieces

    /// A district's own ways to reach it, each with `display` (what the reader sees) and `href`
    /// only when it is a link: on the district page and in every issue's and meeting's
    /// "how to respond".
    func channels(of district: District) -> [TemplateObject] {
        var channels: [TemplateObject] = []
        func channel(_ key: String, _ display: String, _ href: String?) {
            channels.append(values(["name": i18n["channel.\(key)"], "display": display, "href": href]))
        }
        let own = district.channels
        if let url = own.feedbackForm { channel("feedback-form", url, url) }
        if let email = own.email { channel("email", email,
            URLPolicy.isAllowed("mailto:\(email)") ? "mailto:\(email)" : nil) }
        if let line = own.line { channel("line", line, nil) }
        if let url = own.facebook { channel("facebook", url, url) }
        if let url = own.website { channel("website", url, url) }
        if let phone = district.office?.phone { channel("phone", phone, "tel:" + phone.filter { $0.isASCII
            && ($0.isNumber || $0 == "+") }) }
        return channels
    }

    func districtLink(_ d: LinkedDistrict) -> TemplateObject {
        ["name": d.district.name.text(language), "href": urls.href(.district(language, d.district.slug)),
         "code": String(d.district.info.code)]
    }

    func issueLink(_ d: LinkedDistrict, _ i: Int) -> TemplateObject {
        if let links, links.district == d.district.slug { return links.issues[i] }
        return makeIssueLink(d, i)
    }

    func meetingLink(_ d: LinkedDistrict, _ m: Int) -> TemplateObject {
        if let links, links.district == d.district.slug { return links.meetings[m] }
        return makeMeetingLink(d, m)
    }

    func reportLink(_ d: LinkedDistrict, _ r: Int) -> TemplateObject {
        if let links, links.district == d.district.slug { return links.reports[r] }
        return makeReportLink(d, r)
    }

    func makeIssueLink(_ d: LinkedDistrict, _ i: Int) -> TemplateObject {
        let issue = d.district.issues[i]
        return values(["href": urls.href(.issue(language, d.district.slug, issue.id)), "id": issue.id,
                "title_html": html(issue.title)!, "status": issue.status.rawValue, "status_label": label(issue.status),
                "category_label": label(issue.category), "opened": day(issue.opened)!,
                "location_html": html(issue.location)])
    }

    func makeMeetingLink(_ d: LinkedDistrict, _ m: Int) -> TemplateObject {
        let meeting = d.district.meetings[m]
        return values(["href": urls.href(.meeting(language, d.district.slug, meeting.id)), "id": meeting.id,
                "number": meeting.number.map { dates.digits($0, language) }, "label": meetingLabel(meeting),
                "title_html": html(meeting.title),
                "date": day(meeting.date)!, "status": meeting.status.rawValue, "status_label": label(meeting.status),
                "mode_label": label(meeting.mode), "issue_count": number(d.meetingIssues[m].count)])
    }

    func makeReportLink(_ d: LinkedDistrict, _ r: Int) -> TemplateObject {
        let report = d.district.reports[r]
        return ["href": urls.href(.report(language, d.district.slug, report.id)), "id": report.id,
                "period": dates.month(report.period, language), "date": day(report.date)!,
                "progress": report.progress, "progress_label": percent(report.progress),
                "status": report.status.rawValue, "status_label": label(report.status)]
    }

    /// "การประชุมครั้งที่ 1/2566" / "Meeting 1/2566", or by date when the district gave no number.
    func meetingLabel(_ meeting: Meeting) -> String {
        if let number = meeting.number { return "\(i18n["meeting.number-prefix"]) \(dates.digits(number, language))" }
        return "\(i18n["meeting.date-prefix"]) \(dates.day(meeting.date, language))"
    }

    /// A Markdown body with its inline references turned into links showing title and status.
    func body(_ d: LinkedDistrict, thai: MarkdownBody, english: MarkdownBody?) -> (html: String, translated: Bool) {
        let body = language == .en ? (english ?? thai) : thai
        let translated = language == .th || english != nil
        guard !body.isEmpty else { return ("", translated) }
        let html = Markdown.html(body, link: { index in
            referenceHTML(d, body.references[index])
        }, plain: { index in
            HTMLEscape.escape(referenceTitle(d, body.references[index]))
        })
        return (translated ? html : "<div lang=\"th\">\(html)</div>", translated)
    }

    func referenceTitle(_ d: LinkedDistrict, _ reference: Reference) -> String {
        switch reference.kind {
        case .issue: d.issueIndex[reference.id].map { d.district.issues[$0].title.text(language) } ?? reference.id
        case .meeting: d.meetingIndex[reference.id].map { meetingLabel(d.district.meetings[$0]) } ?? reference.id
        case .report: d.reportIndex[reference.id].map { "\(i18n["report.title-prefix"]) "
            + "\(dates.month(d.district.reports[$0].period, language))" } ?? reference.id
        }
    }

    func referenceHTML(_ d: LinkedDistrict, _ reference: Reference) -> String {
        let title = HTMLEscape.escape(referenceTitle(d, reference))
        switch reference.kind {
        case .issue:
            guard let i = d.issueIndex[reference.id] else { return title }
            // Read in place: a copy of the issue would retain each of its strings.
            let status = d.district.issues[i].status
            let href = urls.href(.issue(language, d.district.slug, reference.id))
            return "<a class=\"ref ref-issue\" href=\"\(HTMLEscape.escape(href))\">\(title) <span class=\"status "
                + "status-\(status.rawValue)\">\(HTMLEscape.escape(label(status)))</span></a>"
        case .meeting:
            guard let m = d.meetingIndex[reference.id] else { return title }
            let href = urls.href(.meeting(language, d.district.slug, d.district.meetings[m].id))
            return "<a class=\"ref ref-meeting\" href=\"\(HTMLEscape.escape(href))\">\(title)</a>"
        case .report:
            guard let r = d.reportIndex[reference.id] else { return title }
            let href = urls.href(.report(language, d.district.slug, d.district.reports[r].id))
            return "<a class=\"ref ref-report\" href=\"\(HTMLEscape.escape(href))\">\(title)</a>"
        }
    }
}

/// The link values of every issue, meeting and report of one district in one language.
struct LinkValues: Sendable {
    let district: String
    let issues: [TemplateObject]
    let meetings: [TemplateObject]
    let reports: [TemplateObject]
    /// The district's and the city's channels, on every issue and meeting page ("respond").
    let channels: [TemplateObject]
    let citywideChannels: [TemplateObject]

    init(_ c: PageContext, _ d: LinkedDistrict) {
        district = d.district.slug
        issues = d.district.issues.indices.map { c.makeIssueLink(d, $0) }
        meetings = d.district.meetings.indices.map { c.makeMeetingLink(d, $0) }
        reports = d.district.reports.indices.map { c.makeReportLink(d, $0) }
        channels = c.channels(of: d.district)
        citywideChannels = PageBuilder(c: c).citywideChannels()
    }
}
