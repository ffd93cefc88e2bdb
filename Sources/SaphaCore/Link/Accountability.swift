import SaphaSupport

/// Computes a district's `DistrictRecord` from its linked content and the reference day: the
/// month-by-month rows of the BMA order (a meeting held, a report published, the committee on
/// the month's last day), the committee on the reference day, each issue's newest news and
/// latest progress, the stale issues and the days issues took to resolve. Linear in the size
/// of the district's content times the months counted.
struct Accountability {
    let linked: LinkedDistrict
    let today: Day

    private var district: District { linked.district }

    /// The first month a meeting and a report are due: the council's first whole month (the
    /// month it was established on its first day, else the next), else the month of its
    /// first meeting, else the first month after the order's deadline.
    var firstMonth: Month {
        if let established = district.council.established {
            let month = established.monthValue
            return established.day == 1 ? month : month.next ?? month
        }
        return district.meetings.first?.date.monthValue ?? Directive.firstMonthOfTheOrder
    }

    func record() -> DistrictRecord {
        // A district with a committee has content (`District.hasContent`).
        guard district.hasContent else { return .empty }
        let first = firstMonth
        let shown = Month.shown(before: today)
        let last = shown.last
        var months: [DistrictRecord.MonthRow] = []
        if let start = shown.first, let last {
            let rows = min(first, start).through(last)
            let meetings = bestMeetings()
            var reports: [Month: Int] = [:]
            for (r, report) in district.reports.enumerated() where reports[report.period] == nil {
                reports[report.period] = r
            }
            months = rows.map { month in
                let meeting = meetings[month]
                return DistrictRecord.MonthRow(month: month, due: month >= first,
                    outcome: meeting.map { Self.outcome(district.meetings[$0].status) } ?? .none,
                    meeting: meeting, report: reports[month],
                    committee: district.committee?.standing(on: month.lastDay))
            }
        }
        let lastNews = district.issues.indices.map { i in linked.timelines[i].map(\.date).max()
            ?? district.issues[i].opened }
        var stale: [DistrictRecord.Stale] = []
        for (i, issue) in district.issues.enumerated() where issue.status.isOpen {
            let days = today.ordinal - lastNews[i].ordinal
            if days > Directive.daysWithoutNews { stale.append(.init(issue: i, days: days, lastNews: lastNews[i])) }
        }
        stale.sort { ($1.days, district.issues[$0.issue].id) < ($0.days, district.issues[$1.issue].id) }
        let daysToResolve = district.issues.compactMap { issue -> Int? in
            guard issue.status == .resolved || issue.status == .closed, let day = issue.resolved else { return nil }
            return day.ordinal - issue.opened.ordinal
        }.sorted()
        var record = DistrictRecord(firstMonth: first, lastMonth: last, months: months, lastNews: lastNews,
            stale: stale, daysToResolve: daysToResolve, latestProgress: latestProgress())
        for i in district.issues.indices {
            record.issuesByStatus[district.issues[i].status, default: 0] += 1
            record.issuesByCategory[district.issues[i].category, default: 0] += 1
        }
        for m in district.meetings.indices where district.meetings[m].status == .held { record.meetingsHeld += 1 }
        record.committee = district.committee?.standing(on: today)
        return record
    }

    /// For each month with a meeting: the one that decides the month, the best outcome first,
    /// the earliest of equals.
    private func bestMeetings() -> [Month: Int] {
        var best: [Month: Int] = [:]
        for (m, meeting) in district.meetings.enumerated() {
            let month = meeting.date.monthValue
            if let current = best[month],
               Self.rank(district.meetings[current].status) <= Self.rank(meeting.status) { continue }
            best[month] = m
        }
        return best
    }

    private static func outcome(_ status: MeetingStatus) -> DistrictRecord.Outcome {
        switch status {
        case .held: .held
        case .postponed: .postponed
        case .cancelled: .cancelled
        case .scheduled: .scheduled
        }
    }

    private static func rank(_ status: MeetingStatus) -> Int {
        DistrictRecord.Outcome.allCases.firstIndex(of: outcome(status))!
    }

    /// The progress of each issue's newest update that gives one, in timeline order.
    private func latestProgress() -> [Int?] {
        linked.timelines.map { timeline in
            for entry in timeline.reversed() {
                if case .update(let r, let u) = entry.event, let progress = district.reports[r].updates[u].progress {
                    return progress
                }
            }
            return nil
        }
    }
}
