import Foundation
import SaphaSupport
import SaphaTemplates

/// Open data: everything a district published, as JSON (`data/<district>.json`, both
/// languages in one file), the whole city's (`data/all.json`, the 50 files in one array), and
/// `data/districts.json` listing all 50 districts. Language-neutral, so journalists and other
/// tools (Traffy Fondue, dashboards) can reuse the record without scraping pages; statuses are
/// a code and its description in both languages (Open311's `status`, `status_description`).
/// The spreadsheets are `OpenDataTables`, the committees in Popolo `Popolo`; docs/open-data.md
/// documents every file and field.
package struct OpenData {
    let env: RenderEnvironment
    /// Every vocabulary value's description in both languages, encoded once.
    private let descriptions: [String: PreEncoded<Text>]

    init(env: RenderEnvironment) {
        self.env = env
        var descriptions: [String: PreEncoded<Text>] = [:]
        func add<V: Vocabulary>(_ type: V.Type) {
            for value in V.allCases {
                descriptions[value.i18nKey] = PreEncoded(Text(LocalizedText(th: env.theme.i18n[.th]![value.i18nKey],
                    en: env.theme.i18n[.en]![value.i18nKey]))!)
            }
        }
        add(MeetingStatus.self); add(IssueStatus.self); add(ReportStatus.self)
        self.descriptions = descriptions
    }

    static func jsonPath(_ slug: String) -> String { "data/\(slug).json" }
    /// Every district's file in one array.
    static let allPath = "data/all.json"
    static let indexPath = "data/districts.json"

    struct Text: Encodable {
        var th: String
        var en: String?
        init?(_ text: LocalizedText?) {
            guard let text else { return nil }
            th = text.th
            en = text.en
        }
    }

    struct Pages: Encodable {
        var th: String
        var en: String
    }

    struct DistrictInfo: Encodable {
        var code: Int
        var slug: String
        var name: Text
        var page: Pages
    }

    struct IndexEntry: Encodable {
        var district: DistrictInfo
        var published: Bool
        var meetings: Int
        var issues: Int
        var openIssues: Int
        var reports: Int
        var json: String
        var popolo: String
        /// The district's tables, by language and kind: `csv.th.issues`.
        var csv: [String: [String: String]]

        enum CodingKeys: String, CodingKey {
            case district, published, meetings, issues, reports, json, popolo, csv
            case openIssues = "open_issues"
        }
    }

    func pages(_ page: (Language) -> SiteURLs.Page) -> Pages {
        Pages(th: env.urls.absolute(page(.th)), en: env.urls.absolute(page(.en)))
    }

    /// A status's description in both languages, from the theme's labels.
    func description<V: Vocabulary>(_ value: V) -> PreEncoded<Text> { descriptions[value.i18nKey]! }

    func info(_ d: LinkedDistrict) -> DistrictInfo {
        DistrictInfo(code: d.district.info.code, slug: d.district.slug, name: Text(d.district.name)!,
                     page: pages { .district($0, d.district.slug) })
    }

    /// A district's file: keys sorted at every level (see `JSONBuffer`); docs/open-data.md and
    /// docs/schemas/district.schema.json describe every field.
    func json(_ d: LinkedDistrict) -> Data {
        let district = d.district
        let slug = district.slug
        var json = JSONBuffer(capacity: 1 << 16)
        func pages(_ j: inout JSONBuffer, _ page: (Language) -> SiteURLs.Page) {
            j.object("page") { p in
                p.string("en", env.urls.absolute(page(.en)))
                p.string("th", env.urls.absolute(page(.th)))
            }
        }
        json.object { o in
            o.array("committee", district.committee?.members ?? []) { j, member in
                j.object { m in
                    m.bool("example", member.isExample)
                    m.string("group", member.group.rawValue)
                    m.text("name", member.name)
                    m.text("organisation", member.organisation)
                    m.string("role", member.role.rawValue)
                    m.string("since", member.since?.iso)
                    m.string("until", member.until?.iso)
                }
            }
            o.object("district") { i in
                i.number("code", district.info.code)
                i.text("name", district.name)
                pages(&i) { .district($0, slug) }
                i.string("slug", slug)
            }
            o.string("generator", "Sapha \(SaphaVersion.current)")
            o.array("issues", district.issues.indices) { j, n in
                let issue = district.issues[n]
                j.object { i in
                    i.string("category", issue.category.rawValue)
                    i.strings("discussed_at", d.issueMeetings[n].map { district.meetings[$0].id })
                    i.string("id", issue.id)
                    i.text("location", issue.location)
                    i.string("opened", issue.opened.iso)
                    pages(&i) { .issue($0, slug, issue.id) }
                    // As the link stage computed it (`DistrictRecord.latestProgress`).
                    i.number("progress", d.record.latestProgress[n])
                    i.string("raised_at", issue.raisedAt.flatMap { d.meetingIndex[$0.id] }
                        .map { district.meetings[$0].id })
                    i.text("referred_to", issue.referredTo)
                    i.string("resolved", issue.resolved?.iso)
                    i.text("responsible", issue.responsible)
                    i.string("status", issue.status.rawValue)
                    i.encoded("status_description", description(issue.status).json)
                    i.text("title", issue.title)
                    i.string("traffy", issue.traffy)
                }
            }
            o.array("meetings", district.meetings.indices) { j, n in
                let meeting = district.meetings[n]
                j.object { m in
                    m.array("agenda", meeting.agenda) { $0.text($1) }
                    m.string("date", meeting.date.iso)
                    m.string("end_time", meeting.endTime?.description)
                    m.string("id", meeting.id)
                    m.strings("issues", d.meetingIssues[n].map { district.issues[$0].id })
                    m.text("location", meeting.location)
                    m.string("mode", meeting.mode.rawValue)
                    m.string("new_date", meeting.newDate?.iso)
                    m.string("number", meeting.number)
                    pages(&m) { .meeting($0, slug, meeting.id) }
                    m.text("reason", meeting.reason)
                    m.string("status", meeting.status.rawValue)
                    m.encoded("status_description", description(meeting.status).json)
                    m.string("time", meeting.time?.description)
                    m.text("title", meeting.title)
                }
            }
            o.array("reports", district.reports) { j, report in
                j.object { r in
                    r.string("date", report.date.iso)
                    r.string("id", report.id)
                    r.text("obstacles", report.obstacles)
                    pages(&r) { .report($0, slug, report.id) }
                    r.string("period", report.period.iso)
                    r.number("progress", report.progress)
                    r.string("status", report.status.rawValue)
                    r.encoded("status_description", description(report.status).json)
                    r.array("updates", report.updates) { j, update in
                        j.object { u in
                            u.string("issue", update.issue.id)
                            u.text("note", update.note)
                            u.number("progress", update.progress)
                            u.string("status", update.status?.rawValue)
                            u.encoded("status_description", update.status.map { description($0).json })
                        }
                    }
                }
            }
        }
        var bytes = json.bytes
        bytes.append(0x0A)
        return Data(bytes)
    }

    func index() -> Data {
        Self.encode(env.site.districts.map { d in
            IndexEntry(district: info(d), published: d.district.hasContent, meetings: d.district.meetings.count,
                       issues: d.district.issues.count,
                       openIssues: d.record.openIssues,
                       reports: d.district.reports.count,
                       json: absolute(Self.jsonPath(d.district.slug)),
                       popolo: absolute(Popolo.path(d.district.slug)),
                       csv: Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
                           (language.rawValue, Dictionary(uniqueKeysWithValues: OpenDataTables.Kind.allCases
                               .map { ($0.rawValue, absolute(OpenDataTables.path(language, d.district.slug, $0))) }))
                       }))
        })
    }

    func absolute(_ path: String) -> String { env.urls.origin + env.urls.basePath + path }

    /// The whole city's data (`data/all.json`): the 50 district files in one array, in district
    /// order, assembled from their bytes after they are rendered (each file ends with a newline).
    static func assembleAll(_ parts: [Data]) -> Data {
        var out = Data("[".utf8)
        for (n, part) in parts.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out.append(part.last == 0x0A ? part.dropLast() : part[...])
        }
        out.append(contentsOf: Array("]\n".utf8))
        return out
    }

    /// Sorted keys, so the bytes never depend on dictionary order; snake_case names come from
    /// the records' `CodingKeys` (the encoder's `.convertToSnakeCase` took ~8 % of a rebuild).
    static func encode(_ value: some Encodable) -> Data {
        var bytes = JSONWriter.encode(value)
        bytes.append(0x0A)
        return Data(bytes)
    }

    // MARK: CSV

    /// A CSV cell. Quoted when it holds a comma, quote or line break; a cell a spreadsheet
    /// would read as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a leading `'`, so
    /// content can never run a formula on a staff member's computer (CSV injection).
    package static func cell(_ value: String) -> String {
        var out: [UInt8] = []
        appendCell(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `cell(value)`, appended to a table's bytes (tables are written as bytes, not as strings).
    static func appendCell(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            // = + - @ tab CR, and the full-width ＝ ＋ － ＠ (EF BC 9D, 8B, 8D, A0).
            let formula = "=+-@\t\r".utf8.contains(first) || (bytes.count >= 3 && first == 0xEF && bytes[1] == 0xBC
                && [0x9D, 0x8B, 0x8D, 0xA0].contains(bytes[2]))
            let quoted = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A
                || $0 == 0x0D }
            if quoted { out.append(UInt8(ascii: "\"")) }
            if formula { out.append(UInt8(ascii: "'")) }
            if quoted {
                for byte in bytes {
                    out.append(byte)
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}
