import SaphaSupport

/// The hand-off from the link stage to the render stage: the content with its
/// cross-references resolved into indices.

public struct LinkedSite: Sendable {
    public var config: SiteConfig
    /// All 50 districts in BMA code order.
    public var districts: [LinkedDistrict]
    /// The reference day the records were computed against (`Pipeline.Options.today`): the
    /// dashboards print it, and two builds with the same one are byte-identical.
    public var today: Day
}

public struct TimelineEntry: Sendable, Hashable {
    public enum Event: Sendable, Hashable {
        case opened
        case raised(meeting: Int)
        case discussed(meeting: Int)
        case update(report: Int, update: Int)
        case resolved(daysOpen: Int)
        case closed(daysOpen: Int)
        case referred
    }
    public var date: Day
    public var event: Event
}

public struct LinkedDistrict: Sendable {
    public var district: District
    public var meetingIndex: [String: Int] = [:]
    public var issueIndex: [String: Int] = [:]
    public var reportIndex: [String: Int] = [:]
    /// For each meeting: the issues it raised or discussed (front matter, then inline), no repeats;
    /// none for a meeting that was not held: cancelled, postponed or scheduled (`MeetingStatus.showsDiscussion`).
    public var meetingIssues: [[Int]] = []
    /// For each report: the issues it updates, then those its text mentions besides.
    public var reportIssues: [[Int]] = []
    /// For each report: how many of `reportIssues` come from its updates.
    public var reportUpdated: [Int] = []
    /// For each issue: the meetings that discussed it (other than where it was raised), by date.
    public var issueMeetings: [[Int]] = []
    /// For each issue: its computed timeline, oldest first.
    public var timelines: [[TimelineEntry]] = []
    /// The district against the BMA order and its issues' progress, on the reference day.
    public var record = DistrictRecord.empty
}
