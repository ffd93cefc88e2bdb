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
        var table = Table(header: Self.header(kind))
        write(kind, PageContext(env: env, language: language), d, to: &table)
        return Data(table.out)
    }

    /// The city's table: the header, then the rows of each district's table in district order.
    static func assemble(_ kind: Kind, _ parts: [Data]) -> Data {
        var out = Data(header(kind).utf8)
        let headerSize = header(kind).utf8.count
        for part in parts where part.count > headerSize { out.append(part.dropFirst(headerSize)) }
        return out
    }

    /// The rows of a district's table, written cell by cell (no row is built as an array first).
    private func write(_ kind: Kind, _ c: PageContext, _ d: LinkedDistrict, to t: inout Table) {
        let district = d.district
        let slug = district.slug
        let language = c.language
        func text(_ value: LocalizedText?) -> String? { value?.text(language) }
        func page(_ p: SiteURLs.Page) -> String { env.urls.absolute(p) }
        switch kind {
        case .meetings:
            for (m, meeting) in district.meetings.enumerated() {
                t.cells(slug, meeting.id, meeting.number, text(meeting.title), meeting.date.iso)
                t.cells(meeting.time?.description, meeting.endTime?.description, meeting.mode.rawValue,
                        c.label(meeting.mode), meeting.status.rawValue, c.label(meeting.status))
                t.cells(text(meeting.location), meeting.onlineLink, text(meeting.reason), meeting.newDate?.iso,
                        meeting.agenda.map { $0.text(language) }.joined(separator: "\n"),
                        d.meetingIssues[m].map { district.issues[$0].id }.joined(separator: " "),
                        page(.meeting(language, slug, meeting.id)))
                t.endRow()
            }
        case .issues:
            for i in district.issues.indices {
                let issue = district.issues[i]
                let done = issue.status == .resolved || issue.status == .closed
                t.cells(slug, issue.id, text(issue.title), issue.category.rawValue, c.label(issue.category),
                        issue.status.rawValue, c.label(issue.status), issue.opened.iso, issue.resolved?.iso)
                t.number(done ? issue.resolved.map { $0.ordinal - issue.opened.ordinal } : nil)
                t.cells(issue.raisedAt.flatMap { d.meetingIndex[$0.id] }.map { district.meetings[$0].id },
                        d.issueMeetings[i].map { district.meetings[$0].id }.joined(separator: " "))
                t.number(d.record.latestProgress[i])
                t.cells(d.record.lastNews[i].iso)
                t.number(issue.status.isOpen ? env.site.today.ordinal - d.record.lastNews[i].ordinal : nil)
                t.cells(text(issue.location), text(issue.responsible), text(issue.referredTo), issue.traffy,
                        page(.issue(language, slug, issue.id)))
                t.endRow()
            }
        case .updates:
            for report in district.reports {
                for update in report.updates {
                    t.cells(slug, report.id, report.period.iso, report.date.iso, update.issue.id)
                    t.number(update.progress)
                    t.cells(update.status?.rawValue, update.status.map(c.label),
                            text(update.note.flatMap { $0.th.isEmpty && $0.en == nil ? nil : $0 }))
                    t.endRow()
                }
            }
        case .reports:
            for report in district.reports {
                t.cells(slug, report.id, report.period.iso, report.date.iso)
                t.number(report.progress)
                t.cells(report.status.rawValue, c.label(report.status), text(report.obstacles))
                t.number(report.updates.count)
                t.cells(page(.report(language, slug, report.id)))
                t.endRow()
            }
        case .members:
            for (n, member) in (district.committee?.members ?? []).enumerated() {
                t.cells(slug)
                t.number(n + 1)
                t.cells(member.name.text(language), member.role.rawValue, c.label(member.role), member.group.rawValue,
                        c.label(member.group), text(member.organisation), member.since?.iso, member.until?.iso,
                        member.isExample ? "true" : "false")
                t.endRow()
            }
        }
    }

    /// A table's bytes, written a cell at a time: a comma before every cell but a row's first.
    struct Table {
        private(set) var out: [UInt8]
        private var rowStarted = false

        init(header: String) {
            out = Array(header.utf8)
            out.reserveCapacity(1 << 14)
        }

        /// Cells, in order; nil is an empty cell. Every text goes through `OpenData.appendCell`.
        mutating func cells(_ values: String?...) {
            for value in values {
                separate()
                if let value { OpenData.appendCell(value, to: &out) }
            }
        }

        /// A number cell; nil is an empty cell. Digits need no quoting; a minus sign is
        /// neutralised as `appendCell` does.
        mutating func number(_ value: Int?) {
            separate()
            guard let value else { return }
            if value < 0 {
                OpenData.appendCell(String(value), to: &out)
            } else {
                out.append(contentsOf: String(value).utf8)
            }
        }

        mutating func endRow() {
            out.append(contentsOf: [0x0D, 0x0A])
            rowStarted = false
        }

        private mutating func separate() {
            if rowStarted { out.append(UInt8(ascii: ",")) }
            rowStarted = true
        }
    }
}
