import SaphaSupport

/// The content model: plain values loaded from `content/`, before cross-links are resolved.

/// Text with a Thai original and an optional English translation.
public struct LocalizedText: Sendable, Hashable {
    public var th: String
    public var en: String?

    public init(th: String, en: String? = nil) {
        self.th = th
        self.en = en
    }

    /// The text for a language; English falls back to Thai (the page then says so).
    public func text(_ language: Language) -> String {
        language == .en ? (en ?? th) : th
    }

    public func isTranslated(_ language: Language) -> Bool { language == .th || en != nil }
}

/// A reference by id written in a content file, with where it was written.
public struct Reference: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case issue, meeting, report
    }
    public var kind: Kind
    public var id: String
    public var location: SourceLocation

    public init(_ kind: Kind, _ id: String, at location: SourceLocation) {
        self.kind = kind
        self.id = id
        self.location = location
    }
}

/// A Markdown body prepared for rendering: inline references are cut out of the text and
/// replaced by numbered placeholders, so that the Markdown parser never sees them and the
/// renderer can put the resolved link in their place. Made by the markup layer
/// (`MarkdownBody.init(source:references:)` in `Markup/Markdown.swift`), which parses it once.
public struct MarkdownBody: Sendable, Hashable {
    /// A link or image the URL policy changed, where it was written (line and column in the body).
    struct URLChange: Sendable, Hashable {
        enum Kind: Sendable, Hashable { case dataLink, externalImage, imageRemoved }
        var kind: Kind
        var line: Int
        var column: Int
    }

    public let source: String
    public let references: [Reference]
    /// The source as HTML and as plain text, inline references still placeholders: cmark-gfm
    /// parses a body once, when its file is decoded, whichever pages and search indexes show
    /// it (a Thai body without translation is shown in both languages).
    public let html: String
    public let plain: String
    /// Only whitespace: no section on the page, nothing to parse.
    public let isEmpty: Bool
    /// Links and images the URL policy changed (`MarkdownURLs`), for the load stage to report.
    let urlChanges: [URLChange]

    init(source: String, references: [Reference], html: String, plain: String, isEmpty: Bool,
         urlChanges: [URLChange]) {
        self.source = source
        self.references = references
        self.html = html
        self.plain = plain
        self.isEmpty = isEmpty
        self.urlChanges = urlChanges
    }
}

public struct Channel: Sendable, Hashable {
    public var name: LocalizedText
    public var url: String
    public var description: LocalizedText?
}

public struct SiteConfig: Sendable, Hashable {
    public var title: LocalizedText
    public var tagline: LocalizedText?
    public var baseURL: BaseURL
    public var thaiDigits: Bool
    public var channels: [Channel]
    /// The address of a Traffy Fondue ticket without its id (`traffy_ticket_url`): an issue's
    /// `traffy` id, percent-encoded, is added at the end to link its ticket.
    public var traffyTicketURL: String?
    /// The licence of the open data (`licence`, `licence_url`), shown on the data page.
    public var licence: LocalizedText?
    public var licenceURL: String?
    /// Where `base_url` is written (the file's start when it is not).
    public var baseURLLocation: SourceLocation
}

public struct Office: Sendable, Hashable {
    public var address: LocalizedText?
    public var phone: String?
    public var hours: LocalizedText?
}

public struct DistrictChannels: Sendable, Hashable {
    public var feedbackForm: String?
    public var email: String?
    public var line: String?
    public var facebook: String?
    public var website: String?
}

public struct Council: Sendable, Hashable {
    public var established: Day?
    public var order: LocalizedText?
    public var description: LocalizedText?
}

public struct Member: Sendable, Hashable {
    public var name: LocalizedText
    public var role: MemberRole
    public var group: MemberGroup
    public var since: Day?
    public var until: Day?
    public var organisation: LocalizedText?
    public var isExample: Bool
}

public struct Committee: Sendable, Hashable {
    public var members: [Member]
    public var source: SourceLocation
}

public struct Attendance: Sendable, Hashable {
    public var members: Int?
    public var publicCount: Int?
    public var online: Int?
    /// Where `members` was written (the file's first line when it was not).
    public var membersLocation: SourceLocation
}

public struct Meeting: Sendable, Hashable {
    public var id: String
    public var source: SourceLocation
    /// As the district writes it (`1/2566`); optional, a page then names the meeting by its date.
    public var number: String?
    public var numberLocation: SourceLocation
    public var title: LocalizedText?
    public var date: Day
    public var time: TimeOfDay?
    public var endTime: TimeOfDay?
    public var mode: MeetingMode
    public var location: LocalizedText?
    public var onlineLink: String?
    public var status: MeetingStatus
    public var reason: LocalizedText?
    public var newDate: Day?
    public var attendance: Attendance?
    public var agenda: [LocalizedText]
    public var issues: [Reference]
    public var body: MarkdownBody
    public var bodyEN: MarkdownBody?
    /// `draft: true`: not published (minutes not yet approved), except by `build --drafts` and serve.
    public var draft = false
    /// Where `status` was written, for the checks that compare it with the calendar.
    public var statusLocation: SourceLocation
}

public struct Issue: Sendable, Hashable {
    public var id: String
    public var source: SourceLocation
    public var title: LocalizedText
    public var opened: Day
    public var raisedAt: Reference?
    public var category: IssueCategory
    public var location: LocalizedText?
    public var status: IssueStatus
    public var resolved: Day?
    public var responsible: LocalizedText?
    public var referredTo: LocalizedText?
    public var traffy: String?
    public var body: MarkdownBody
    public var bodyEN: MarkdownBody?
    /// `draft: true`: not published (minutes not yet approved), except by `build --drafts` and serve.
    public var draft = false
    /// Where `opened`, `status` and `resolved` were written (the file's first line when not).
    public var openedLocation: SourceLocation
    public var statusLocation: SourceLocation
    public var resolvedLocation: SourceLocation
}

public struct IssueUpdate: Sendable, Hashable {
    public var issue: Reference
    public var progress: Int?
    public var status: IssueStatus?
    public var note: LocalizedText?
    /// Where `progress` and `status` were written (the update's first line when not).
    public var progressLocation: SourceLocation
    public var statusLocation: SourceLocation
}

public struct Report: Sendable, Hashable {
    public var id: String
    public var source: SourceLocation
    public var period: Month
    public var periodLocation: SourceLocation
    public var date: Day
    public var progress: Int
    public var status: ReportStatus
    public var obstacles: LocalizedText?
    public var updates: [IssueUpdate]
    public var body: MarkdownBody
    public var bodyEN: MarkdownBody?
    /// `draft: true`: not published (minutes not yet approved), except by `build --drafts` and serve.
    public var draft = false
    /// Where `date` was written.
    public var dateLocation: SourceLocation
}

public struct District: Sendable, Hashable {
    public var info: DistrictRegistry.Entry
    public var office: Office?
    public var channels: DistrictChannels
    public var council: Council
    public var committee: Committee?
    /// Sorted by date, then id.
    public var meetings: [Meeting]
    /// Sorted by date opened, then id.
    public var issues: [Issue]
    /// Sorted by period, then id.
    public var reports: [Report]
    /// Meetings, issues and reports whose file had errors and could not be decoded, by kind
    /// and id, with the file: a reference to one is told so, not that the id is unknown.
    public var unreadable: [Reference.Kind: [String: String]] = [:]
    /// Drafts left out of a build, by kind and id, with the file: a published page must not link to one.
    public var drafts: [Reference.Kind: [String: String]] = [:]
    /// The district's folder as diagnostics name it (`content/districts/thung-khru`), whether
    /// or not it exists: where notices about the district as a whole are located.
    public var folder: String

    public var slug: String { info.slug }
    public var name: LocalizedText { LocalizedText(th: info.nameTH, en: info.nameEN) }
    public var hasContent: Bool { committee != nil || !meetings.isEmpty || !issues.isEmpty || !reports.isEmpty }

    public init(info: DistrictRegistry.Entry, folder: String = "") {
        self.info = info
        self.folder = folder
        self.channels = DistrictChannels()
        self.council = Council()
        self.meetings = []
        self.issues = []
        self.reports = []
    }
}

/// Everything loaded from `content/`: the site settings and all 50 districts, in code order.
public struct Content: Sendable, Hashable {
    public var config: SiteConfig
    public var districts: [District]
}

extension Content {
    /// The files of every draft, sorted.
    public var draftFiles: [String] {
        districts.flatMap { d in
            d.meetings.filter(\.draft).map(\.source.file) + d.issues.filter(\.draft).map(\.source.file)
                + d.reports.filter(\.draft).map(\.source.file)
        }.sorted()
    }

    /// The content as published: every draft left out, and noted in its district's `drafts`.
    public func withoutDrafts() -> Content {
        var copy = self
        for index in copy.districts.indices {
            var d = copy.districts[index]
            guard d.meetings.contains(where: \.draft) || d.issues.contains(where: \.draft)
                || d.reports.contains(where: \.draft) else { continue }
            for m in d.meetings where m.draft { d.drafts[.meeting, default: [:]][m.id] = m.source.file }
            for i in d.issues where i.draft { d.drafts[.issue, default: [:]][i.id] = i.source.file }
            for r in d.reports where r.draft { d.drafts[.report, default: [:]][r.id] = r.source.file }
            d.meetings.removeAll(where: \.draft)
            d.issues.removeAll(where: \.draft)
            d.reports.removeAll(where: \.draft)
            copy.districts[index] = d
        }
        return copy
    }
}

extension SiteConfig {
    /// Stands in for a `site.yaml` that is missing or has errors, so that the districts are
    /// still linked and checked; a site with it is never rendered (the load had errors).
    static let unreadable = SiteConfig(title: LocalizedText(th: ""), tagline: nil,
        baseURL: BaseURL.placeholder, thaiDigits: false, channels: [], traffyTicketURL: nil, licence: nil,
        licenceURL: nil,
        baseURLLocation: SourceLocation(file: ""))
}
