/// The rules of the BMA order of 6 December 2565 (กท ๐๔๐๖/๐ ๗๗๗, seed 001) and the thresholds
/// the portal measures districts with: one list, read by the link stage's notices
/// (`Compliance`), the dashboards' figures (`DistrictRecord`) and the pages that state them.
public enum Directive {
    /// A council's committee has at least this many members.
    public static let minimumMembers = 30
    /// The groups the order names; `other` is its "and others", which no committee needs.
    public static let namedGroups = MemberGroup.allCases.filter { $0 != .other }
    /// The order asked districts to set their councils up by 29 December 2565: without a date of
    /// establishment or a meeting, months are counted from the first month after it.
    public static let firstMonthOfTheOrder = Month(year: 2023, month: 1)!
    /// Days without news (an update in a report, a discussion at a meeting) before an open
    /// issue is stale: a notice to staff, a list on the dashboard, a banner on its page.
    public static let daysWithoutNews = 60
    /// Days after the end of its month before a report is noted as late.
    public static let daysToReport = 90
    /// The stale issues a dashboard lists, the longest waiting first; it gives the number of the others.
    public static let staleListed = 20
    /// The months the dashboards show one by one, the last complete ones before the reference day.
    public static let monthsShown = 12
    /// Resolved issues a district needs before its median and 90th-percentile days to resolve
    /// are shown: with fewer, one quick or slow fix would decide the figure (FixMyStreet's
    /// "most responsive councils" was led by a council with one report).
    public static let minimumResolvedForFigures = 5
}
