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

    struct MemberRecord: Encodable {
        var name: Text
        var role: String
        var group: String
        var organisation: Text?
        var since: String?
        var until: String?
        var example: Bool
    }

    struct MeetingRecord: Encodable {
        var id: String
        var number: String?
        var title: Text?
        var date: String
        var time: String?
        var endTime: String?
        var mode: String
        var status: String
        var statusDescription: PreEncoded<Text>
        var location: Text?
        var reason: Text?
        var newDate: String?
        var agenda: [Text]
        var issues: [String]
        var page: Pages

        enum CodingKeys: String, CodingKey {
            case id, number, title, date, time, mode, status, location, reason, agenda, issues, page
            case endTime = "end_time", newDate = "new_date", statusDescription = "status_description"
        }
    }

    struct IssueRecord: Encodable {
        var id: String
        var title: Text
        var category: String
        var status: String
        var statusDescription: PreEncoded<Text>
        var opened: String
        var resolved: String?
        var raisedAt: String?
        var discussedAt: [String]
        var progress: Int?
        var location: Text?
        var responsible: Text?
        var referredTo: Text?
        var traffy: String?
        var page: Pages

        enum CodingKeys: String, CodingKey {
            case id, title, category, status, opened, resolved, progress, location, responsible, traffy, page
            case raisedAt = "raised_at", discussedAt = "discussed_at", referredTo = "referred_to"
            case statusDescription = "status_description"
        }
    }

    struct UpdateRecord: Encodable {
        var issue: String
        var progress: Int?
        var status: String?
        var statusDescription: PreEncoded<Text>?
        var note: Text?
        enum CodingKeys: String, CodingKey {
            case issue, progress, status, note
            case statusDescription = "status_description"
        }
    }

    struct ReportRecord: Encodable {
        var id: String
        var period: String
        var date: String
        var progress: Int
        var status: String
        var statusDescription: PreEncoded<Text>
        var obstacles: Text?
        var updates: [UpdateRecord]
        var page: Pages
        enum CodingKeys: String, CodingKey {
            case id, period, date, progress, status, obstacles, updates, page
            case statusDescription = "status_description"
        }
    }

    struct DistrictData: Encodable {
        var district: DistrictInfo
        var generator: String
        var committee: [MemberRecord]
        var meetings: [MeetingRecord]
        var issues: [IssueRecord]
        var reports: [ReportRecord]
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

    func record(_ d: LinkedDistrict) -> DistrictData {
        DistrictData(district: info(d), generator: "Sapha \(SaphaVersion.current)", committee: members(d),
                     meetings: meetings(d), issues: issues(d), reports: reports(d))
    }

    func members(_ d: LinkedDistrict) -> [MemberRecord] {
        (d.district.committee?.members ?? []).map {
            MemberRecord(name: Text($0.name)!, role: $0.role.rawValue, group: $0.group.rawValue,
                organisation: Text($0.organisation), since: $0.since?.iso, until: $0.until?.iso, example: $0.isExample)
        }
    }

    func meetings(_ d: LinkedDistrict) -> [MeetingRecord] {
        let district = d.district
        return district.meetings.enumerated().map { m, meeting in
            MeetingRecord(id: meeting.id, number: meeting.number, title: Text(meeting.title), date: meeting.date.iso,
                          time: meeting.time?.description, endTime: meeting.endTime?.description,
                          mode: meeting.mode.rawValue, status: meeting.status.rawValue,
                          statusDescription: description(meeting.status), location: Text(meeting.location),
                          reason: Text(meeting.reason),
                          newDate: meeting.newDate?.iso, agenda: meeting.agenda.compactMap { Text($0) },
                          issues: d.meetingIssues[m].map { district.issues[$0].id },
                          page: pages { .meeting($0, district.slug, meeting.id) })
        }
    }

    func issues(_ d: LinkedDistrict) -> [IssueRecord] {
        let district = d.district
        return district.issues.enumerated().map { i, issue in
            IssueRecord(id: issue.id, title: Text(issue.title)!, category: issue.category.rawValue,
                status: issue.status.rawValue, statusDescription: description(issue.status),
                        opened: issue.opened.iso, resolved: issue.resolved?.iso,
                        raisedAt: issue.raisedAt.flatMap { d.meetingIndex[$0.id] }.map { district.meetings[$0].id },
                        discussedAt: d.issueMeetings[i].map { district.meetings[$0].id },
                        // As the link stage computed it (`DistrictRecord.latestProgress`).
                        progress: d.record.latestProgress[i], location: Text(issue.location),
                        responsible: Text(issue.responsible), referredTo: Text(issue.referredTo), traffy: issue.traffy,
                        page: pages { .issue($0, district.slug, issue.id) })
        }
    }

    func reports(_ d: LinkedDistrict) -> [ReportRecord] {
        d.district.reports.map { report in
            ReportRecord(id: report.id, period: report.period.iso, date: report.date.iso, progress: report.progress,
                         status: report.status.rawValue, statusDescription: description(report.status),
                         obstacles: Text(report.obstacles),
                         updates: updates(report),
                         page: pages { .report($0, d.district.slug, report.id) })
        }
    }

    func updates(_ report: Report) -> [UpdateRecord] {
        report.updates.map { UpdateRecord(issue: $0.issue.id, progress: $0.progress,
            status: $0.status?.rawValue, statusDescription: $0.status.map(description), note: Text($0.note)) }
    }

    func json(_ d: LinkedDistrict) -> Data { Self.encode(record(d)) }

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
