import SaphaSupport

/// The closed vocabularies of the content format. Raw values are what staff write in files;
/// every value has a label in the theme's i18n tables under `<vocabulary>.<value>`.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
    /// The i18n table prefix, e.g. `meeting-status`.
    static var vocabularyName: String { get }
}

extension Vocabulary {
    public var i18nKey: String { "\(Self.vocabularyName).\(rawValue)" }
    static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

public enum Language: String, Vocabulary {
    case th, en
    public static let vocabularyName = "language"
    public var other: Language { self == .th ? .en : .th }
}

public enum MeetingMode: String, Vocabulary {
    case onSite = "on-site", online, hybrid
    public static let vocabularyName = "meeting-mode"
}

public enum MeetingStatus: String, Vocabulary {
    case scheduled, held, postponed, cancelled
    public static let vocabularyName = "meeting-status"
}

public enum IssueCategory: String, Vocabulary {
    case traffic
    case roadsFootpaths = "roads-footpaths"
    case floodingDrainage = "flooding-drainage"
    case waste
    case streetLighting = "street-lighting"
    case safety, environment, other
    public static let vocabularyName = "issue-category"
}

public enum IssueStatus: String, Vocabulary {
    case open
    case inProgress = "in-progress"
    case resolved, closed, referred
    public static let vocabularyName = "issue-status"
    /// Open and in-progress issues are the district's current work.
    public var isOpen: Bool { self == .open || self == .inProgress }
}

public enum ReportStatus: String, Vocabulary {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case completed, delayed
    public static let vocabularyName = "report-status"
}

public enum MemberRole: String, Vocabulary {
    case chair
    case viceChair = "vice-chair"
    case secretary, member
    public static let vocabularyName = "member-role"
}

/// Committee groups named by the BMA directive of 6 December 2565 (กท ๐๔๐๖/๐ ๗๗๗).
public enum MemberGroup: String, Vocabulary {
    case districtExecutives = "district-executives"
    case citizenRepresentatives = "citizen-representatives"
    case agenciesEducation = "agencies-education"
    case business
    case housingEstates = "housing-estates"
    case condominiums, communities, academics
    case civilSociety = "civil-society"
    case other
    public static let vocabularyName = "member-group"
}
