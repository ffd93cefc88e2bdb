import SaphaSupport

/// How a district stands against the BMA order of 6 December 2565 (กท ๐๔๐๖/๐ ๗๗๗, seed 001):
/// a committee of at least 30 members from the groups it names, a meeting every month, a
/// progress report every month — and, for the residents, news of every open issue. These are
/// notices (`N-DIRECTIVE-…`): facts that change with the calendar, not mistakes in a file, so
/// they never fail a check, and content that passes `sapha check --strict` keeps passing as
/// months go by. Only for districts that publish something (`District.hasContent`).
struct Compliance {
    static let minimumMembers = 30
    /// Days without news (an update in a report, a discussion at a meeting) before an open issue is noted.
    static let daysWithoutNews = 60
    /// Days after the end of its month before a report is noted as late (a report made late is
    /// better than none: `sapha new report` dates the next missing month's report today).
    static let daysToReport = 90
    /// The order asked districts to set their councils up by 29 December 2565: without a date of
    /// establishment or a meeting, months are counted from the first month after it.
    static let firstMonthOfTheOrder = Month(year: 2023, month: 1)!
    /// The groups the order names; `other` is its "and others", which no committee needs.
    static let namedGroups = MemberGroup.allCases.filter { $0 != .other }

    let linked: LinkedDistrict
    /// The day the calendar is compared with (`Pipeline.Options.today`).
    let today: Day

    private typealias Message = PlausibilityMessage
    private var district: District { linked.district }
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
        // Counted as the committee page counts: everyone in the file.
        if committee.members.count < Self.minimumMembers {
            diagnostics.append(Message.committeeSmall.at(committee.source, ["count": String(committee.members.count)],
                terms: name))
        }
        let present = Set(committee.members.map(\.group))
        let missing = Self.namedGroups.filter { !present.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(Message.committeeGroups.at(committee.source,
                ["groups": missing.map(\.rawValue).joined(separator: ", ")], terms: name))
        }
    }

    /// The first month a meeting and a report are due: the council's first whole month (the
    /// month it was established on its first day, else the next), else the month of its
    /// first meeting, else the first month after the order's deadline.
    var firstMonth: Month {
        if let established = district.council.established {
            let month = established.monthValue
            return established.day == 1 ? month : month.next ?? month
        }
        return district.meetings.first?.date.monthValue ?? Self.firstMonthOfTheOrder
    }

    /// The months, up to the month before today's, with no meeting held, and those with no report.
    private func checkMonths(_ diagnostics: inout Diagnostics) {
        guard let lastMonth = today.monthValue.previous else { return }
        let months = firstMonth.through(lastMonth)
        let held = Set(district.meetings.filter { $0.status == .held }.map(\.date.monthValue))
        let reported = Set(district.reports.map(\.period))
        let rules = [(held, Message.noMeetingHeld, "meetings"), (reported, .noReport, "reports")]
        for (covered, message, folder) in rules {
            let runs = CalendarTerms.runs(months.filter { !covered.contains($0) })
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
            guard days > Self.daysToReport else { continue }
            diagnostics.append(Message.reportLate.at(report.dateLocation, ["days": String(days)],
                terms: name.merging(["period": CalendarTerms.month(report.period),
                                     "date": CalendarTerms.day(report.date)]) { a, _ in a }))
        }
    }

    /// Each open issue with no news — raised, opened, discussed, updated — in the last 60 days.
    private func checkNews(_ diagnostics: inout Diagnostics) {
        for (i, issue) in district.issues.enumerated() where issue.status.isOpen {
            let last = linked.timelines[i].map(\.date).max() ?? issue.opened
            let days = today.ordinal - last.ordinal
            guard days > Self.daysWithoutNews else { continue }
            diagnostics.append(Message.issueWithoutNews.at(issue.statusLocation, ["id": issue.id,
                "status": issue.status.rawValue, "days": String(days)],
                terms: name.merging(["last": CalendarTerms.day(last)]) { a, _ in a }))
        }
    }
}
