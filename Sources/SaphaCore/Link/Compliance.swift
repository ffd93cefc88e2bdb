import SaphaSupport

/// How a district stands against the BMA order of 6 December 2565 (กท ๐๔๐๖/๐ ๗๗๗, seed 001):
/// a committee of at least 30 members from the groups it names, a meeting every month, a
/// progress report every month — and, for the residents, news of every open issue. These are
/// notices (`N-DIRECTIVE-…`): facts that change with the calendar, not mistakes in a file, so
/// they never fail a check, and content that passes `sapha check --strict` keeps passing as
/// months go by. Only for districts that publish something (`District.hasContent`). The
/// months and the stale issues are the district's `DistrictRecord`, which the dashboards show.
struct Compliance {
    /// The linked district, its `record` computed (`Accountability`).
    let linked: LinkedDistrict
    /// The reference day the record was computed against.
    let today: Day

    private typealias Message = PlausibilityMessage
    private var district: District { linked.district }
    private var record: DistrictRecord { linked.record }
    private var name: [String: Bilingual] { ["district": district.info.name] }

    func check(_ diagnostics: inout Diagnostics) {
        guard district.hasContent else { return }
        checkCommittee(&diagnostics)
        checkLateReports(&diagnostics)
        // A meeting or report whose file has errors may be the one a month or an issue lacks:
        // its errors are reported, and these notices wait until it can be read.
        guard district.unreadable[.meeting, default: [:]].isEmpty,
              district.unreadable[.report, default: [:]].isEmpty else { return }
        checkMonths(&diagnostics)
        checkNews(&diagnostics)
    }

    private func checkCommittee(_ diagnostics: inout Diagnostics) {
        guard let committee = district.committee else {
            let file = "\(district.folder)/committee.yaml"
            diagnostics.append(Message.noCommittee.at(SourceLocation(file: file), ["file": file], terms: name))
            return
        }
        // Counted as the pages count: the members serving on the reference day (`Accountability`
        // gives every district with a committee its standing).
        guard let standing = record.committee else { return }
        let terms = ["district": district.info.name, "today": CalendarTerms.day(today)]
        if !standing.meetsMinimum {
            diagnostics.append(Message.committeeSmall.at(committee.source, ["count": String(standing.members)],
                terms: terms))
        }
        if !standing.missing.isEmpty {
            diagnostics.append(Message.committeeGroups.at(committee.source,
                ["groups": standing.missing.map(\.rawValue).joined(separator: ", ")], terms: terms))
        }
    }

    /// The months since the council's first, up to the month before today's, with no meeting
    /// held, and those with no report.
    private func checkMonths(_ diagnostics: inout Diagnostics) {
        let history = record.history
        let rules = [(history.filter { $0.outcome != .held }, Message.noMeetingHeld, "meetings"),
                     (history.filter { $0.report == nil }, .noReport, "reports")]
        for (uncovered, message, folder) in rules {
            let runs = CalendarTerms.runs(uncovered.map(\.month))
            guard !runs.isEmpty else { continue }
            // One notice per rule, its runs of months in order ("in 2023-04, from 2023-06 to 2023-09").
            let terms = runs.map { CalendarTerms.months($0.first, $0.last) }
            let list = Bilingual(en: terms.map(\.en).joined(separator: ", "),
                                 th: terms.map(\.th).joined(separator: ", "))
            let path = "\(district.folder)/\(folder)"
            diagnostics.append(message.at(SourceLocation(file: path), ["folder": path + "/"],
                terms: name.merging(["months": list]) { a, _ in a }))
        }
    }

    /// Each report made more than 90 days after the end of its month.
    private func checkLateReports(_ diagnostics: inout Diagnostics) {
        for report in district.reports {
            let days = report.date.ordinal - report.period.lastDay.ordinal
            guard days > Directive.daysToReport else { continue }
            diagnostics.append(Message.reportLate.at(report.dateLocation, ["days": String(days)],
                terms: name.merging(["period": CalendarTerms.month(report.period),
                                     "date": CalendarTerms.day(report.date)]) { a, _ in a }))
        }
    }

    /// Each open issue with no news — raised, opened, discussed, updated — in the last 60 days,
    /// in the order of the files.
    private func checkNews(_ diagnostics: inout Diagnostics) {
        for stale in record.stale.sorted(by: { $0.issue < $1.issue }) {
            let issue = district.issues[stale.issue]
            diagnostics.append(Message.issueWithoutNews.at(issue.statusLocation, ["id": issue.id,
                "status": issue.status.rawValue, "days": String(stale.days)],
                terms: name.merging(["last": CalendarTerms.day(stale.lastNews)]) { a, _ in a }))
        }
    }
}
