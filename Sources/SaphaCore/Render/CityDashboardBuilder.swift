import SaphaSupport
import SaphaTemplates

/// The `page` values of the citywide dashboard: the 50 districts against the BMA order in the
/// last 12 months, one row each, published once per `DashboardSort` so that the table can be
/// sorted without JavaScript.
extension PageBuilder {
    /// One district's figures, for sorting and for its row.
    private struct Row {
        var d: LinkedDistrict
        var held: Int, due: Int, reported: Int
        /// The committee on the reference day.
        var committee: CommitteeStanding?
        var open: Int, stale: Int
        var median: Int?
    }

    func cityDashboard(_ sort: DashboardSort) -> TemplateObject {
        let site = c.env.site
        let months = Month.shown(before: today)
        let rows = site.districts.map { d -> Row in
            let tally = DistrictRecord.tally(d.record.shown)
            return Row(d: d, held: tally.held, due: tally.due, reported: tally.reported, committee: d.record.committee,
                open: d.record.openIssues, stale: d.record.stale.count,
                median: d.record.resolutionFigures?.median)
        }
        let published = rows.filter(\.d.district.hasContent)
        let every = published.filter { $0.due > 0 && $0.held == $0.due }.count
        let committees = published.filter { $0.committee?.meetsMinimum ?? false }.count
        var terms = ["count": c.number(months.count), "published": c.number(published.count),
                     "districts": c.number(rows.count), "every": c.number(every),
                     "committees": c.number(committees), "minimum": c.number(Directive.minimumMembers)]
        if let first = months.first, let last = months.last {
            terms["from"] = c.dates.month(first, language)
            terms["to"] = c.dates.month(last, language)
        }
        // For each month shown: how many publishing districts held a meeting in it.
        let heldByMonth = months.map { month in published.filter { row in
            row.d.record.months.contains { $0.month == month && $0.outcome == .held } }.count }
        let chartTitle = c.text("dashboard.chart-city", ["count": c.number(published.count)])
        return values([
            "as_of": asOf(),
            "intro": c.text("dashboard.city-intro", terms),
            "summary": c.text("dashboard.city-summary", terms),
            "chart_title": chartTitle,
            "chart_html": months.isEmpty || published.isEmpty ? nil : SVGChart.columns(id: "chart-city",
                title: chartTitle, values: heldByMonth.map { ($0, c.number($0)) }, columns: monthLabels(months),
                maximum: published.count),
            "by_month": zip(months, heldByMonth).map { month, held in
                values(["month": c.dates.month(month, language), "held": c.number(held)]) },
            "sorted_by": c.text("dashboard.sorted-by", ["column": c.i18n["dashboard.column.\(sort.rawValue)"]]),
            "columns": DashboardSort.allCases.map { column in
                values(["label": c.i18n["dashboard.column.\(column.rawValue)"],
                        "href": urls.href(.cityDashboard(language, column)), "current": column == sort])
            },
            "rows": Self.sorted(rows, by: sort).map(row),
        ])
    }

    private func row(_ row: Row) -> TemplateObject {
        let d = row.d
        var item = c.districtLink(d)
        item["dashboard_href"] = urls.href(.dashboard(language, d.district.slug))
        item["has_content"] = d.district.hasContent
        guard d.district.hasContent else { return item }
        item["meetings"] = "\(c.number(row.held)) / \(c.number(row.due))"
        item["reports"] = "\(c.number(row.reported)) / \(c.number(row.due))"
        item["every_month"] = row.due > 0 && row.held == row.due
        item["committee"] = row.committee.map { c.number($0.members) } ?? "–"
        item["meets_minimum"] = row.committee?.meetsMinimum ?? false
        item["groups"] = row.committee.map(groupsFraction) ?? "–"
        item["open"] = c.number(row.open)
        item["stale"] = c.number(row.stale)
        item["median"] = row.median.map(c.number) ?? c.i18n["dashboard.not-enough"]
        return item
    }

    /// Districts that publish before those that do not; within each, the column's order (most
    /// first), then the BMA code order.
    private static func sorted(_ rows: [Row], by sort: DashboardSort) -> [Row] {
        func key(_ row: Row) -> Int {
            switch sort {
            case .district: 0
            case .meetings: row.held
            case .reports: row.reported
            case .committee: row.committee?.members ?? -1
            case .stale: row.stale
            }
        }
        return rows.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.d.district.hasContent != y.d.district.hasContent { return x.d.district.hasContent }
            if key(x) != key(y) { return key(x) > key(y) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
