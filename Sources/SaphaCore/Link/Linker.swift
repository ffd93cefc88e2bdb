import SaphaSupport

/// Stage 2 — validate & link: checks every reference between meetings, issues and reports,
/// and computes what pages show but nobody writes by hand: which meetings discussed an
/// issue, its updates in progress reports, its timeline and how long it stayed open.
public enum Linker {
    /// `today` is the day the plausibility and directive checks compare the calendar with.
    public static func link(_ content: Content, today: Day) -> (LinkedSite, Diagnostics) {
        let (site, perDistrict) = link(content, reusing: nil, today: today)
        var diagnostics = Diagnostics()
        for d in perDistrict { diagnostics.append(contentsOf: d) }
        return (site, diagnostics)
    }

    /// Links each district on its own (nothing refers across districts), reusing from
    /// `previous` the districts not in `changed`, with their diagnostics.
    static func link(_ content: Content, reusing previous: (site: LinkedSite, diagnostics: [Diagnostics],
        changed: Set<Int>)?, today: Day)
        -> (LinkedSite, [Diagnostics]) {
        let results = ParallelMap.map(Array(content.districts.enumerated())) { index, district -> (LinkedDistrict,
            Diagnostics) in
            if let previous, !previous.changed.contains(index) { return (previous.site.districts[index],
                previous.diagnostics[index]) }
            var diagnostics = Diagnostics()
            let linked = LinkedDistrict(district, today: today, diagnostics: &diagnostics)
            return (linked, diagnostics)
        }
        return (LinkedSite(config: content.config, districts: results.map(\.0), today: today), results.map(\.1))
    }
}

extension LinkedDistrict {
    init(_ district: District, today: Day, diagnostics: inout Diagnostics) {
        self.district = district
        // Ids are unique per district (the loader reports duplicates), so these are total.
        meetingIndex = Self.index(district.meetings.map(\.id))
        issueIndex = Self.index(district.issues.map(\.id))
        reportIndex = Self.index(district.reports.map(\.id))
        checkUnique(district.meetings.compactMap { m in m.number.map { ($0, m.numberLocation) } },
                    message: .duplicateMeetingNumber, diagnostics: &diagnostics)
        checkUnique(district.reports.map { ($0.period.iso, $0.periodLocation) },
                    message: .duplicateReportPeriod, diagnostics: &diagnostics)

        var raisedAt = [Int?](repeating: nil, count: district.issues.count)
        var discussed = [[Int]](repeating: [], count: district.issues.count)
        var updates = [[(report: Int, update: Int)]](repeating: [], count: district.issues.count)

        // Every inline reference anywhere must resolve, whatever page it is on.
        for issue in district.issues {
            for body in [issue.body] + (issue.bodyEN.map { [$0] } ?? []) {
                for reference in body.references { _ = resolve(reference, &diagnostics) }
            }
        }
        for (i, issue) in district.issues.enumerated() {
            if let reference = issue.raisedAt, let meeting = resolve(reference, &diagnostics) {
                raisedAt[i] = meeting
            }
        }
        for (m, meeting) in district.meetings.enumerated() {
            var mentioned = OrderedIndices()
            let inline = meeting.body.references + (meeting.bodyEN?.references ?? [])
            for reference in meeting.issues + inline {
                guard let target = resolve(reference, &diagnostics), reference.kind == .issue else { continue }
                mentioned.insert(target)
            }
            let mentionedIssues = meeting.status.showsDiscussion ? mentioned.values : []
            meetingIssues.append(mentionedIssues)
            for issue in mentionedIssues where raisedAt[issue] != m { discussed[issue].append(m) }
        }
        for (r, report) in district.reports.enumerated() {
            var mentioned = OrderedIndices()
            for (u, update) in report.updates.enumerated() {
                guard let target = resolve(update.issue, &diagnostics) else { continue }
                updates[target].append((r, u))
                mentioned.insert(target)
            }
            reportUpdated.append(mentioned.values.count)
            for reference in report.body.references + (report.bodyEN?.references ?? []) {
                guard let target = resolve(reference, &diagnostics), reference.kind == .issue else { continue }
                mentioned.insert(target)
            }
            reportIssues.append(mentioned.values)
        }
        // The newest update's status should agree with the issue file: a report saying
        // "resolved" about an issue still "open" usually means the issue file was forgotten.
        for (i, issueUpdates) in updates.enumerated() {
            guard let last = issueUpdates.last else { continue }
            let update = district.reports[last.report].updates[last.update]
            let issue = district.issues[i]
            guard let said = update.status, said != issue.status, said.isOpen != issue.status.isOpen else { continue }
            diagnostics.append(LinkMessage.statusDisagrees.at(update.issue.location, ["id": issue.id,
                "said": said.rawValue, "status": issue.status.rawValue, "file": issue.source.file]))
        }
        issueMeetings = discussed
        timelines = district.issues.indices.map { i in
            Self.timeline(district: district, issue: i, raisedAt: raisedAt[i], discussed: discussed[i],
                updates: updates[i])
        }
        Plausibility(linked: self, today: today).check(&diagnostics)
        withholdContradictions()
        record = Accountability(linked: self, today: today).record()
        Compliance(linked: self, today: today).check(&diagnostics)
    }

    static func timeline(district: District, issue i: Int, raisedAt: Int?, discussed: [Int], updates: [(report: Int,
        update: Int)]) -> [TimelineEntry] {
        let issue = district.issues[i]
        // (date, rank) orders events of the same day: raised, discussed, updates, outcome.
        var entries: [(entry: TimelineEntry, rank: Int, sequence: Int)] = []
        func add(_ date: Day, _ event: TimelineEntry.Event, _ rank: Int) {
            entries.append((TimelineEntry(date: date, event: event), rank, entries.count))
        }
        if let raisedAt {
            add(district.meetings[raisedAt].date, .raised(meeting: raisedAt), 0)
        } else {
            add(issue.opened, .opened, 0)
        }
        for meeting in discussed { add(district.meetings[meeting].date, .discussed(meeting: meeting), 1) }
        for (report, update) in updates { add(district.reports[report].date, .update(report: report, update: update),
            2) }
        switch issue.status {
        case .resolved: if let day = issue.resolved { add(day, .resolved(daysOpen: day.ordinal - issue.opened.ordinal),
            3) }
        case .closed: if let day = issue.resolved { add(day, .closed(daysOpen: day.ordinal - issue.opened.ordinal), 3) }
        case .referred: add(issue.resolved ?? district.reports.last?.date ?? issue.opened, .referred, 3)
        case .open, .inProgress: break
        }
        return entries.sorted { ($0.entry.date, $0.rank, $0.sequence) < ($1.entry.date, $1.rank,
            $1.sequence) }.map(\.entry)
    }

    /// Resolves a reference inside this district; an unknown id is an error at the reference,
    /// with the fix that fits: the id of another kind (`[[1-2566]]` when 1-2566 is a
    /// meeting), a close id, or where the ids are. A reference to a file that had errors is
    /// only a notice: its errors are reported in that file.
    func resolve(_ reference: Reference, _ diagnostics: inout Diagnostics) -> Int? {
        if let found = index(of: reference.kind)[reference.id] { return found }
        if let file = district.drafts[reference.kind]?[reference.id] {
            diagnostics.append(LinkMessage.targetIsDraft.at(reference.location, ["id": reference.id, "file": file]))
            return nil
        }
        if let file = district.unreadable[reference.kind]?[reference.id] {
            diagnostics.append(LinkMessage.targetUnreadable.at(reference.location, ["id": reference.id, "file": file]))
            return nil
        }
        let (folder, message): (String, LinkMessage) = switch reference.kind {
        case .issue: ("issues", .unknownIssue)
        case .meeting: ("meetings", .unknownMeeting)
        case .report: ("reports", .unknownReport)
        }
        let path = "districts/\(district.slug)/\(folder)/"
        let others: [Reference.Kind] = [.meeting, .report, .issue].filter { $0 != reference.kind }
        if let other = others.first(where: { index(of: $0)[reference.id] != nil }) {
            let kind: LinkMessage = switch other {
            case .meeting: .kindMeeting
            case .issue: .kindIssue
            case .report: .kindReport
            }
            diagnostics.append(message.at(reference.location, ["id": reference.id, "path": path,
                "prefix": other.rawValue], terms: ["kind": kind.message()], fix: "otherKind"))
            return nil
        }
        let candidates = Array(index(of: reference.kind).keys)
            + Array((district.unreadable[reference.kind] ?? [:]).keys)
        let suggestion = Suggest.closest(to: reference.id, in: candidates)
        diagnostics.append(message.at(reference.location, ["id": reference.id, "path": path,
            "suggestion": suggestion ?? ""], fix: suggestion.map { _ in "suggestion" }))
        return nil
    }

    func index(of kind: Reference.Kind) -> [String: Int] {
        switch kind {
        case .issue: issueIndex
        case .meeting: meetingIndex
        case .report: reportIndex
        }
    }

    static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
    }

    func checkUnique(_ values: [(String, SourceLocation)], message: LinkMessage, diagnostics: inout Diagnostics) {
        var first: [String: SourceLocation] = [:]
        for (value, location) in values.sorted(by: { $0.1 < $1.1 }) {
            if let earlier = first[value] {
                diagnostics.append(message.at(location, ["value": value, "file": earlier.file]))
            } else {
                first[value] = location
            }
        }
    }
}

/// Indices in first-seen order without repeats, in linear time.
struct OrderedIndices {
    private(set) var values: [Int] = []
    private var seen: Set<Int> = []
    mutating func insert(_ value: Int) {
        if seen.insert(value).inserted { values.append(value) }
    }
}
