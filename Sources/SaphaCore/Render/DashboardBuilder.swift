import SaphaSupport
import SaphaTemplates

/// The `page` values of the dashboards: a district's (the BMA order month by month, its issues,
/// its progress) and the citywide table of the 50 districts, in each of its orders. Every
/// figure comes from the districts' `DistrictRecord`, computed by the link stage against the
/// reference day, which the pages print.
extension PageBuilder {
    var today: Day { c.env.site.today }

    // MARK: A district

    func dashboard(_ d: LinkedDistrict) -> TemplateObject {
        let district = d.district
        let record = d.record
        var page: TemplateObject = values([
            "name": district.name.text(language),
            "district_href": urls.href(.district(language, district.slug)),
            "city_href": urls.href(.cityDashboard(language, .district)),
            "has_content": district.hasContent,
            "as_of": asOf(),
            "directive_intro": c.text("dashboard.directive-intro", ["minimum": c.number(Directive.minimumMembers)]),
        ])
        guard district.hasContent else { return page }
        page.merge(directive(d))
        page.merge(committeeNow(d))
        page.merge(issueFigures(d))
        page.merge(progress(d))
        page["has_records"] = record.lastMonth != nil
        return page
    }

    /// "Figures as of 1 December 2026: months are counted up to the end of November 2026."
    func asOf() -> String {
        let month = Month.shown(before: today).last
        return c.text("dashboard.as-of", ["date": c.day(today)!, "month": month.map { c.dates.month($0, language) }
            ?? ""])
    }

    private func directive(_ d: LinkedDistrict) -> TemplateObject {
        let record = d.record
        let shown = Array(record.shown)
        guard let first = shown.first, let last = shown.last else { return [:] }
        let window = DistrictRecord.tally(shown)
        let history = DistrictRecord.tally(record.history)
        let terms = ["count": c.number(shown.count), "from": c.dates.month(first.month, language),
                     "to": c.dates.month(last.month, language), "held": c.number(window.held),
                     "due": c.number(window.due), "reported": c.number(window.reported),
                     "first": c.dates.month(record.firstMonth, language)]
        let hasCommittee = d.district.committee != nil
        var summary = c.text("dashboard.chart-months", terms)
        var windowText = window.due > 0 ? c.text("dashboard.window", terms) : c.text("dashboard.window-none", terms)
        var rows = [(label: c.i18n["dashboard.row-meeting"], cells: shown.map { Self.meetingCell($0) }),
                    (label: c.i18n["dashboard.row-report"], cells: shown.map { Self.reportCell($0) })]
        // " The committee had at least 30 members from every group … at the end of 2 of the 11 months."
        let committeeText = { (tally: (due: Int, held: Int, reported: Int, committee: Int)) -> String in
            guard hasCommittee else { return "" }
            return " " + self.c.text("dashboard.committee-months", ["months": self.c.number(tally.committee),
                "due": self.c.number(tally.due), "minimum": self.c.number(Directive.minimumMembers)])
        }
        summary += committeeText(window)
        if window.due > 0 { windowText += committeeText(window) }
        if hasCommittee {
            rows.append((label: c.i18n["dashboard.row-committee"], cells: shown.map(committeeCell)))
        }
        let chart = SVGChart.strip(id: "chart-months", title: summary, rows: rows,
            columns: monthLabels(shown.map(\.month)))
        return values([
            "window_text": windowText,
            "has_committee_column": hasCommittee,
            "months_chart_html": chart,
            "months": shown.reversed().map { monthRow(d, $0) },
            "history_text": c.text("dashboard.history", ["first": terms["first"]!, "held": c.number(history.held),
                "due": c.number(history.due), "reported": c.number(history.reported)]) + committeeText(history),
            "history": record.history.reversed().map { monthRow(d, $0) },
            "has_history": history.due > 0,
        ])
    }

    private static func meetingCell(_ row: DistrictRecord.MonthRow) -> SVGChart.Cell {
        row.due ? SVGChart.Cell(kind: row.outcome.rawValue, mark: mark(row.outcome)) : notDue
    }

    private static func reportCell(_ row: DistrictRecord.MonthRow) -> SVGChart.Cell {
        guard row.due else { return notDue }
        return row.report == nil ? SVGChart.Cell(kind: "none", mark: "") : SVGChart.Cell(kind: "held", mark: "✓")
    }

    /// ✓ when the committee met the order at the month's end, else its size on a warning colour.
    private func committeeCell(_ row: DistrictRecord.MonthRow) -> SVGChart.Cell {
        guard row.due else { return Self.notDue }
        guard let committee = row.committee else { return SVGChart.Cell(kind: "none", mark: "") }
        return row.committeeComplete ? SVGChart.Cell(kind: "held", mark: "✓")
            : SVGChart.Cell(kind: "postponed", mark: c.number(committee.members))
    }

    private static let notDue = SVGChart.Cell(kind: "not-due", mark: "")

    /// The short text in a strip's meeting cell, so the chart is not read by colour alone.
    private static func mark(_ outcome: DistrictRecord.Outcome) -> String {
        switch outcome {
        case .held: "✓"
        case .postponed: "→"
        case .cancelled: "×"
        case .scheduled: "?"
        case .none: ""
        }
    }

    /// Short month names, with the year under the first column and under each January.
    func monthLabels(_ months: [Month]) -> [(String, String?)] {
        months.enumerated().map { index, month in
            (c.i18n["month-short.\(month.month)"], index == 0 || month.month == 1 ? c.dates.year(month.year,
                language) : nil)
        }
    }

    private func monthRow(_ d: LinkedDistrict, _ row: DistrictRecord.MonthRow) -> TemplateObject {
        var item: TemplateObject = values([
            "month": c.dates.month(row.month, language),
            "due": row.due,
            "outcome": row.due || row.meeting != nil ? row.outcome.rawValue : "not-due",
            "outcome_label": row.due || row.meeting != nil ? c.i18n["dashboard.outcome.\(row.outcome.rawValue)"]
                : c.i18n["dashboard.before-council"],
            "meeting": row.meeting.map { c.meetingLink(d, $0) },
            "report": row.report.map { c.reportLink(d, $0) },
            "has_report": row.report != nil,
            "no_report": c.i18n[row.due ? "dashboard.no-report" : "dashboard.before-council"],
        ])
        item.merge(committeeCells(row))
        return item
    }

    /// A month row's committee columns: nothing before the council's first month, which counts
    /// for nothing.
    private func committeeCells(_ row: DistrictRecord.MonthRow) -> TemplateObject {
        guard row.due, let committee = row.committee else {
            return ["members": "–", "groups": "–", "meets_minimum": true]
        }
        return values([
            "members": c.number(committee.members),
            "meets_minimum": committee.meetsMinimum,
            "groups": groupsFraction(committee),
            "missing_text": committee.missing.isEmpty ? nil : committee.missing.map { c.label($0) }
                .joined(separator: ", "),
        ])
    }

    /// "8 / 9": the named groups a committee has a member from, of all.
    func groupsFraction(_ committee: CommitteeStanding) -> String {
        "\(c.number(committee.groupsPresent)) / \(c.number(Directive.namedGroups.count))"
    }

    /// The committee on the reference day: its members who serve on it.
    private func committeeNow(_ d: LinkedDistrict) -> TemplateObject {
        guard let committee = d.record.committee else { return ["has_committee": false] }
        return [
            "has_committee": true,
            "meets_minimum": committee.meetsMinimum,
            "committee_text": c.text("dashboard.committee-size", ["count": c.number(committee.members),
                "minimum": c.number(Directive.minimumMembers)]),
            "groups_text": c.text("dashboard.groups", ["present": c.number(committee.groupsPresent),
                "total": c.number(Directive.namedGroups.count)]),
            "missing_groups": committee.missing.map { c.label($0) },
            "committee_href": urls.href(.committee(language, d.district.slug)),
        ]
    }

    private func issueFigures(_ d: LinkedDistrict) -> TemplateObject {
        let issues = d.district.issues
        let record = d.record
        let statuses = IssueStatus.allCases.map { status in
            (status, record.issues(status)) }
        let parts = statuses.filter { $0.1 > 0 }.map { "\(c.label($0.0)) \(c.number($0.1))" }
        let summary = c.text("dashboard.chart-status", ["total": c.number(issues.count),
            "parts": parts.joined(separator: ", ")])
        let chart = SVGChart.bars(id: "chart-status", title: summary,
            rows: statuses.map { (c.label($0.0), $0.1, c.number($0.1), "status-" + $0.0.rawValue) },
            maximum: statuses.map(\.1).max() ?? 0)
        let categories = IssueCategory.allCases.map { category in
            (category, record.issuesByCategory[category] ?? 0) }.filter { $0.1 > 0 }
        let resolved = record.daysToResolve.count
        let resolveText = record.resolutionFigures.map { figures in
            c.text("dashboard.resolve-figures", ["median": c.number(figures.median), "p90": c.number(figures.p90),
                "count": c.number(resolved)])
        } ?? c.text("dashboard.resolve-too-few", ["count": c.number(resolved),
            "minimum": c.number(Directive.minimumResolvedForFigures)])
        let days = ["days": c.number(Directive.daysWithoutNews)]
        return values([
            "has_issues": !issues.isEmpty,
            "status_summary": summary,
            "status_chart_html": issues.isEmpty ? nil : chart,
            "statuses": statuses.map { values(["label": c.label($0.0), "status": $0.0.rawValue,
                "count": c.number($0.1)]) },
            "categories": categories.map { values(["label": c.label($0.0), "count": c.number($0.1)]) },
            "resolve_text": resolveText,
            "stale_intro": c.text("dashboard.stale-intro", days),
            "stale_none": c.text("dashboard.stale-none", days),
            "stale_more": record.stale.count > Directive.staleListed ? c.text("dashboard.stale-more",
                ["count": c.number(record.stale.count - Directive.staleListed)]) : nil,
            "stale_total": c.number(record.stale.count),
            "issues_href": urls.href(.issues(language, d.district.slug)),
            "stale": record.stale.prefix(Directive.staleListed).map { stale in
                var item = c.issueLink(d, stale.issue)
                item["weeks"] = c.text("dashboard.stale-weeks", ["weeks": c.number(stale.days / 7)])
                item["last_news"] = c.day(stale.lastNews)!
                return item
            },
        ])
    }

    private func progress(_ d: LinkedDistrict) -> TemplateObject {
        let reports = d.district.reports
        var page: TemplateObject = ["has_reports": !reports.isEmpty]
        if let first = reports.first, let last = reports.last {
            let summary = c.text("dashboard.chart-reports", ["first": c.dates.month(first.period, language),
                "last": c.dates.month(last.period, language), "first_value": c.percent(first.progress),
                "last_value": c.percent(last.progress)])
            page["reports_summary"] = summary
            page["reports_chart_html"] = SVGChart.columns(id: "chart-reports", title: summary,
                values: reports.map { ($0.progress, c.percent($0.progress)) },
                columns: monthLabels(reports.map(\.period)), maximum: 100)
            page["reports"] = reports.indices.reversed().map { c.reportLink(d, $0) }
        }
        // Only issues whose updates give a figure count: one without is not 0 per cent done.
        let open = d.district.issues.indices.filter { d.district.issues[$0].status.isOpen }
        let figures = open.compactMap { i in d.record.latestProgress[i].map { (i, $0) } }
        if figures.isEmpty {
            page["issue_progress_text"] = c.i18n["dashboard.issue-progress-none"]
        } else {
            let average = (figures.map(\.1).reduce(0, +) * 2 + figures.count) / (figures.count * 2)
            page["issue_progress_text"] = c.text("dashboard.issue-progress-summary", [
                "average": c.percent(average), "count": c.number(figures.count),
                "without": c.number(open.count - figures.count)])
        }
        page["issue_progress"] = figures.map { i, progress in
            var item = c.issueLink(d, i)
            item["latest"] = c.percent(progress)
            return item
        }
        return page
    }
}
