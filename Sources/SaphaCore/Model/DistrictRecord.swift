/// How one district stands against the BMA order month by month and how its issues move, as
/// the dashboards show it: computed once by the link stage (`Link/Accountability.swift`)
/// against the reference day (`LinkedSite.today`), read by the dashboards, the issue pages'
/// "no update" banners and the staff notices alike.
public struct DistrictRecord: Sendable, Hashable {
    /// What became of the council's meeting in a month, the best of the month's meetings:
    /// held, else postponed, else cancelled, else scheduled (the date passed, the minutes were
    /// not published), else none.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case held, postponed, cancelled, scheduled, none
    }

    public struct MonthRow: Sendable, Hashable {
        public var month: Month
        /// False for the months before the council's first month: nothing was due yet.
        public var due: Bool
        public var outcome: Outcome
        /// The meeting that decided `outcome` (an index into the district's meetings).
        public var meeting: Int?
        /// The report for the month (an index into the district's reports).
        public var report: Int?
        /// The committee on the month's last day; nil when the district publishes none.
        public var committee: CommitteeStanding?

        /// Whether the committee met the order on the month's last day: at least
        /// `Directive.minimumMembers` members, every named group among them.
        public var committeeComplete: Bool { committee.map { $0.meetsMinimum && $0.missing.isEmpty } ?? false }
    }

    /// An open issue with no news for more than `Directive.daysWithoutNews` days.
    public struct Stale: Sendable, Hashable {
        public var issue: Int
        public var days: Int
        public var lastNews: Day
    }

    /// The first month a meeting and a report were due (`Accountability.firstMonth`).
    public var firstMonth: Month
    /// The last month that ended before the reference day.
    public var lastMonth: Month?
    /// Every month from the earlier of `firstMonth` and the start of the 12 shown through
    /// `lastMonth`, oldest first.
    public var months: [MonthRow]
    /// For each issue: the day of its newest news (raised, opened, discussed, updated, closed).
    public var lastNews: [Day]
    /// Open issues without news, longest silence first.
    public var stale: [Stale]
    /// Days from opened to resolved of every resolved or closed issue with a date, ascending.
    public var daysToResolve: [Int]
    /// For each issue: the newest progress figure its updates give, nil when none gives one.
    public var latestProgress: [Int?]
    /// How many issues have each status and each category (a value with none is absent), and
    /// how many meetings were held: counted once here, read by every page that shows them.
    public var issuesByStatus: [IssueStatus: Int] = [:]
    public var issuesByCategory: [IssueCategory: Int] = [:]
    public var meetingsHeld = 0
    /// The committee on the reference day; nil when the district publishes none.
    public var committee: CommitteeStanding?

    public init(firstMonth: Month, lastMonth: Month?, months: [MonthRow], lastNews: [Day], stale: [Stale],
                daysToResolve: [Int], latestProgress: [Int?]) {
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
        self.months = months
        self.lastNews = lastNews
        self.stale = stale
        self.daysToResolve = daysToResolve
        self.latestProgress = latestProgress
    }

    /// The issues with `status`.
    public func issues(_ status: IssueStatus) -> Int { issuesByStatus[status] ?? 0 }
    /// The issues still open (`IssueStatus.isOpen`).
    public var openIssues: Int { issuesByStatus.reduce(0) { $0 + ($1.key.isOpen ? $1.value : 0) } }
    /// The issues resolved or closed.
    public var finishedIssues: Int { issues(.resolved) + issues(.closed) }

    /// The last 12 months, oldest first (fewer only before year 2).
    public var shown: ArraySlice<MonthRow> { months.suffix(Directive.monthsShown) }
    /// Every month since the council's first, oldest first.
    public var history: [MonthRow] { months.filter(\.due) }

    /// Of `rows`: how many were due, had a meeting held, had a report, ended with a complete
    /// committee (`MonthRow.committeeComplete`).
    public static func tally<Rows: Sequence<MonthRow>>(_ rows: Rows)
        -> (due: Int, held: Int, reported: Int, committee: Int) {
        var tally = (due: 0, held: 0, reported: 0, committee: 0)
        for row in rows where row.due {
            tally.due += 1
            if row.outcome == .held { tally.held += 1 }
            if row.report != nil { tally.reported += 1 }
            if row.committeeComplete { tally.committee += 1 }
        }
        return tally
    }

    /// The median and the 90th percentile of the days to resolve, nearest-rank (the value at
    /// rank ⌈p·n⌉ of the n sorted values, so always a real issue's figure); nil below
    /// `Directive.minimumResolvedForFigures` resolved issues.
    public var resolutionFigures: (median: Int, p90: Int)? {
        guard daysToResolve.count >= Directive.minimumResolvedForFigures else { return nil }
        return (Self.nearestRank(daysToResolve, 50), Self.nearestRank(daysToResolve, 90))
    }

    /// The value at rank ⌈percent·n/100⌉ (1-based) of ascending `sorted`, which is not empty.
    public static func nearestRank(_ sorted: [Int], _ percent: Int) -> Int {
        let rank = (percent * sorted.count + 99) / 100
        return sorted[max(rank, 1) - 1]
    }

    /// A record with nothing in it, for a district that publishes nothing.
    public static let empty = DistrictRecord(firstMonth: Directive.firstMonthOfTheOrder, lastMonth: nil, months: [],
        lastNews: [], stale: [], daysToResolve: [], latestProgress: [])
}
