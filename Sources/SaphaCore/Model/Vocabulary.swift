import SaphaSupport

/// The closed vocabularies of the content format. Raw values are what staff write in files;
/// every value has a label in the theme's i18n tables under `<vocabulary>.<value>`.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
    /// The i18n table prefix, e.g. `meeting-status`.
    static var vocabularyName: String { get }
    /// The Thai word for the value, which staff may write instead of the keyword
    /// (`status: แก้ไขแล้ว` is `resolved`). The one list of them: the default theme's Thai
    /// labels (`themes/default/i18n/th.yaml`) and the content guide's tables are checked
    /// against it by `ThaiLabelTests`.
    var thaiLabel: String { get }
}

extension Vocabulary {
    public var i18nKey: String { "\(Self.vocabularyName).\(rawValue)" }
    static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

public enum Language: String, Vocabulary {
    case th, en
    public static let vocabularyName = "language"
    public var other: Language { self == .th ? .en : .th }
    public var thaiLabel: String {
        switch self {
        case .th: "ไทย"
        case .en: "English"
        }
    }
}

public enum MeetingMode: String, Vocabulary {
    case onSite = "on-site", online, hybrid
    public static let vocabularyName = "meeting-mode"
    public var thaiLabel: String {
        switch self {
        case .onSite: "ประชุมในสถานที่"
        case .online: "ประชุมออนไลน์"
        case .hybrid: "ประชุมในสถานที่และออนไลน์"
        }
    }
}

public enum MeetingStatus: String, Vocabulary {
    case scheduled, held, postponed, cancelled
    public static let vocabularyName = "meeting-status"
    public var thaiLabel: String {
        switch self {
        case .scheduled: "กำหนดการ"
        case .held: "ประชุมแล้ว"
        case .postponed: "เลื่อนการประชุม"
        case .cancelled: "ยกเลิก"
        }
    }
}

public enum IssueCategory: String, Vocabulary {
    case traffic
    case roadsFootpaths = "roads-footpaths"
    case floodingDrainage = "flooding-drainage"
    case waste
    case streetLighting = "street-lighting"
    case safety, environment, other
    public static let vocabularyName = "issue-category"
    public var thaiLabel: String {
        switch self {
        case .traffic: "การจราจร"
        case .roadsFootpaths: "ถนนและทางเท้า"
        case .floodingDrainage: "น้ำท่วมและการระบายน้ำ"
        case .waste: "ขยะ"
        case .streetLighting: "ไฟฟ้าส่องสว่าง"
        case .safety: "ความปลอดภัย"
        case .environment: "สิ่งแวดล้อม"
        case .other: "อื่น ๆ"
        }
    }
}

public enum IssueStatus: String, Vocabulary {
    case open
    case inProgress = "in-progress"
    case resolved, closed, referred
    public static let vocabularyName = "issue-status"
    public var thaiLabel: String {
        switch self {
        case .open: "รับเรื่องแล้ว"
        case .inProgress: "กำลังดำเนินการ"
        case .resolved: "แก้ไขแล้ว"
        case .closed: "ปิดเรื่อง"
        case .referred: "ส่งต่อหน่วยงานอื่น"
        }
    }
    /// Open and in-progress issues are the district's current work.
    public var isOpen: Bool { self == .open || self == .inProgress }
}

public enum ReportStatus: String, Vocabulary {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case completed, delayed
    public static let vocabularyName = "report-status"
    public var thaiLabel: String {
        switch self {
        case .notStarted: "ยังไม่เริ่ม"
        case .inProgress: "กำลังดำเนินการ"
        case .completed: "เสร็จสิ้น"
        case .delayed: "ล่าช้า"
        }
    }
}

public enum MemberRole: String, Vocabulary {
    case chair
    case viceChair = "vice-chair"
    case secretary, member
    public static let vocabularyName = "member-role"
    public var thaiLabel: String {
        switch self {
        case .chair: "ประธาน"
        case .viceChair: "รองประธาน"
        case .secretary: "เลขานุการ"
        case .member: "กรรมการ"
        }
    }
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
    public var thaiLabel: String {
        switch self {
        case .districtExecutives: "ผู้บริหารเขต"
        case .citizenRepresentatives: "ผู้แทนภาคประชาชน"
        case .agenciesEducation: "หัวหน้าหน่วยงานหรือส่วนราชการอื่น หรือผู้บริหารสถาบันการศึกษา"
        case .business: "ผู้แทนภาคธุรกิจหรือองค์กรเอกชน"
        case .housingEstates: "กลุ่มบ้านในรั้วหรือหมู่บ้านจัดสรร"
        case .condominiums: "อาคารชุด"
        case .communities: "ผู้แทนชุมชน"
        case .academics: "นักวิชาการหรือปราชญ์ชาวบ้าน"
        case .civilSociety: "กลุ่มประชาสังคม"
        case .other: "อื่น ๆ"
        }
    }
}
