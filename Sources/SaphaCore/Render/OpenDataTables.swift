import Foundation
import SaphaSupport

/// The open data as spreadsheets: one table per kind of record and per language, one column per
/// field (`title`, not `title_th` and `title_en`), the text in the table's language (Thai where
/// the English was not written, as on the pages), every status and vocabulary value both as its
/// code and as its description (Open311's `status` and `status_description`). Per district
/// (`data/th/thung-khru/issues.csv`) and for the whole city (`data/th/issues.csv`, the
/// districts' rows under the same header, assembled from their files' bytes), the district's
/// slug first. UTF-8 with a byte order mark, CRLF, every cell
/// through `OpenData.cell` (quoted as RFC 4180 needs, formulas neutralised).
struct OpenDataTables {
    let env: RenderEnvironment

    enum Kind: String, CaseIterable, Sendable, Hashable {
        case meetings, issues, updates, reports, members
    }

    /// `data/th/thung-khru/issues.csv`, or `data/th/issues.csv` for the whole city.
    static func path(_ language: Language, _ slug: String?, _ kind: Kind) -> String {
        "data/\(language.rawValue)/" + (slug.map { "\($0)/" } ?? "") + "\(kind.rawValue).csv"
    }

    static func columns(_ kind: Kind) -> [String] {
        switch kind {
        case .meetings: ["district", "id", "number", "title", "date", "time", "end_time", "mode", "mode_description",
                         "status", "status_description", "location", "online_link", "reason", "new_date", "agenda",
                         "issues", "page"]
        case .issues: ["district", "id", "title", "category", "category_description", "status", "status_description",
                       "opened", "resolved", "days_to_resolve", "raised_at", "discussed_at", "latest_progress",
                       "last_news", "days_without_news", "location", "responsible", "referred_to", "traffy", "page"]
        case .updates: ["district", "report", "period", "date", "issue", "progress", "status", "status_description",
                        "note"]
        case .reports: ["district", "id", "period", "date", "progress", "status", "status_description", "obstacles",
                        "updates", "page"]
        case .members: ["district", "number", "name", "role", "role_description", "group", "group_description",
                        "organisation", "since", "until", "example"]
        }
    }

    /// The byte order mark and the header line of a table.
    static func header(_ kind: Kind) -> String { "\u{FEFF}" + columns(kind).joined(separator: ",") + "\r\n" }

    /// A district's table.
    func csv(_ kind: Kind, _ language: Language, _ d: LinkedDistrict) -> Data {
        var out = Array(Self.header(kind).utf8)
        let c = PageContext(env: env, language: language)
        for row in rows(kind, c, d) {
            for (n, value) in row.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                if let value { OpenData.appendCell(value, to: &out) }
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return Data(out)
    }

    /// The city's table: the header, then the rows of each district's table in district order.
    static func assemble(_ kind: Kind, _ parts: [Data]) -> Data {
        var out = Data(header(kind).utf8)
        let headerSize = header(kind).utf8.count
        for part in parts where part.count > headerSize { out.append(part.dropFirst(headerSize)) }
        return out
    }

    private func rows(_ kind: Kind, _ c: PageContext, _ d: LinkedDistrict) -> [[String?]] {
        let district = d.district
        let slug = district.slug
        let language = c.language
        func text(_ value: LocalizedText?) -> String? { value?.text(language) }
        func page(_ p: SiteURLs.Page) -> String { env.urls.absolute(p) }
        switch kind {
        case .meetings:
            return district.meetings.enumerated().map { m, meeting in
                [slug, meeting.id, meeting.number, text(meeting.title), meeting.date.iso, meeting.time?.description,
                 meeting.endTime?.description, meeting.mode.rawValue, c.label(meeting.mode), meeting.status.rawValue,
                 c.label(meeting.status), text(meeting.location), meeting.onlineLink, text(meeting.reason),
                 meeting.newDate?.iso, meeting.agenda.map { $0.text(language) }.joined(separator: "\n"),
                 d.meetingIssues[m].map { district.issues[$0].id }.joined(separator: " "),
                 page(.meeting(language, slug, meeting.id))]
            }
        case .issues:
            return district.issues.enumerated().map { i, issue in
                let days = issue.resolved.map { $0.ordinal - issue.opened.ordinal }
                let done = issue.status == .resolved || issue.status == .closed
                return [slug, issue.id, text(issue.title), issue.category.rawValue, c.label(issue.category),
                        issue.status.rawValue, c.label(issue.status), issue.opened.iso, issue.resolved?.iso,
                        done ? days.map(String.init) : nil,
                        issue.raisedAt.flatMap { d.meetingIndex[$0.id] }.map { district.meetings[$0].id },
                        d.issueMeetings[i].map { district.meetings[$0].id }.joined(separator: " "),
                        d.record.latestProgress[i].map(String.init), d.record.lastNews[i].iso,
                        issue.status.isOpen ? String(env.site.today.ordinal - d.record.lastNews[i].ordinal) : nil,
                        text(issue.location), text(issue.responsible),
                        text(issue.referredTo), issue.traffy, page(.issue(language, slug, issue.id))]
            }
        case .updates:
            return district.reports.flatMap { report in
                report.updates.map { update in
                    [slug, report.id, report.period.iso, report.date.iso, update.issue.id,
                     update.progress.map(String.init), update.status?.rawValue, update.status.map(c.label),
                     text(update.note.flatMap { $0.th.isEmpty && $0.en == nil ? nil : $0 })]
                }
            }
        case .reports:
            return district.reports.map { report in
                [slug, report.id, report.period.iso, report.date.iso, String(report.progress), report.status.rawValue,
                 c.label(report.status), text(report.obstacles), String(report.updates.count),
                 page(.report(language, slug, report.id))]
            }
        case .members:
            return (district.committee?.members ?? []).enumerated().map { n, member in
                [slug, String(n + 1), member.name.text(language), member.role.rawValue, c.label(member.role),
                 member.group.rawValue, c.label(member.group), text(member.organisation), member.since?.iso,
                 member.until?.iso, member.isExample ? "true" : "false"]
            }
        }
    }
}
