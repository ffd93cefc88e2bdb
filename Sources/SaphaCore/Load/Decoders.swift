import Foundation
import SaphaSupport

/// Turns one file (and its English translation, if any) into a model value.
/// Each decoder reports into the file's own `FileContext` and returns nil only when the
/// value cannot be built at all.
package enum Decoders {

    // MARK: Parsing helpers

    /// Front matter + YAML root mapping of a Markdown file.
    struct MarkdownSource {
        var context: FileContext
        var reader: MappingReader
        var frontMatter: FrontMatter
    }

    static func markdown(_ file: SourceFile, diagnostics: inout Diagnostics,
                         bodies: Markdown.Output = .pages) -> MarkdownSource? {
        let frontMatter: FrontMatter
        switch FrontMatter.split(file) {
        case .success(let value): frontMatter = value
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
        guard let (context, reader) = yaml(frontMatter.yaml, of: file, firstLine: frontMatter.yamlFirstLine,
                                           diagnostics: &diagnostics, bodies: bodies,
                                           what: YAMLMessage.frontMatter.message())
        else { return nil }
        return MarkdownSource(context: context, reader: reader, frontMatter: frontMatter)
    }

    /// The context of a YAML file (or of a Markdown file's front matter, from `firstLine`) and a
    /// reader of its root mapping; empty YAML is an empty mapping. Nil when there is no mapping
    /// to read, the file's diagnostics then in `diagnostics`.
    static func yaml(_ text: String, of file: SourceFile, firstLine: Int = 1, diagnostics: inout Diagnostics,
                     bodies: Markdown.Output = .pages,
                     what: @autoclosure () -> Bilingual) -> (FileContext, MappingReader)? {
        let context = FileContext(path: file.path, yamlFirstLine: firstLine, bodies: bodies)
        let root = context.compose(text) ?? (context.diagnostics.hasErrors ? nil : Node.mapping(Node.Mapping([])))
        guard let root, let reader = MappingReader(root, context: context, what: what()) else {
            diagnostics.append(contentsOf: context.diagnostics)
            return nil
        }
        return (context, reader)
    }

    static func body(_ source: MarkdownSource) -> MarkdownBody {
        InlineReferences.prepare(source.frontMatter.body, firstLine: source.frontMatter.bodyFirstLine,
            context: source.context, for: source.context.bodies)
    }

    /// Reads the English translation's fields; everything else in it is reported.
    static func translation(_ file: SourceFile?, thaiOnly: Set<String>, diagnostics: inout Diagnostics,
                            bodies: Markdown.Output, read: (inout MappingReader) -> Void) -> MarkdownBody? {
        guard let file else { return nil }
        guard var source = markdown(file, diagnostics: &diagnostics, bodies: bodies) else { return nil }
        source.reader.structuredOnlyKeys = thaiOnly
        read(&source.reader)
        source.reader.finish()
        let body = self.body(source)
        diagnostics.append(contentsOf: source.context.diagnostics)
        return body
    }

    static func merge(_ thai: LocalizedText?, english: String?) -> LocalizedText? {
        guard var thai else { return nil }
        if let english { thai.en = english }
        return thai
    }

    // MARK: site.yaml

    package static func site(_ file: SourceFile, diagnostics: inout Diagnostics) -> SiteConfig? {
        guard let (context, reader0) = yaml(file.text, of: file, diagnostics: &diagnostics,
                                            what: .same("site.yaml")) else { return nil }
        var reader = reader0
        defer { diagnostics.append(contentsOf: context.diagnostics) }
        let title = reader.localized("title")
        if title == nil { reader.missing("title", .siteTitle) }
        let tagline = reader.localized("tagline")
        let baseURLLocation = context.location(of: reader.node("base_url"))
        let baseURL = reader.baseURL("base_url") ?? .root
        let thaiDigits = reader.bool("thai_digits") ?? false
        let channels = reader.list("channels").compactMap { channel($0, context: context) }
        let traffyTicketURL = reader.url("traffy_ticket_url")
        let licence = reader.localized("licence")
        let licenceURL = reader.url("licence_url")
        reader.finish()
        guard let title else { return nil }
        return SiteConfig(title: title, tagline: tagline, baseURL: baseURL, thaiDigits: thaiDigits, channels: channels,
                          traffyTicketURL: traffyTicketURL, licence: licence, licenceURL: licenceURL,
                          baseURLLocation: baseURLLocation)
    }

    static func channel(_ node: Node, context: FileContext) -> Channel? {
        guard var reader = MappingReader(node, context: context, what: .aChannel) else { return nil }
        let name = reader.localized("name")
        if name == nil { reader.missing("name", .channelName) }
        let hadURL = reader.node("url") != nil
        let url = reader.url("url")
        if !hadURL { reader.missing("url", .channelURL) }
        let description = reader.localized("description")
        reader.finish()
        guard let name, let url else { return nil }
        return Channel(name: name, url: url, description: description)
    }

    // MARK: district.yaml

    package static func district(_ file: SourceFile, into district: inout District, diagnostics: inout Diagnostics) {
        guard let (context, reader0) = yaml(file.text, of: file, diagnostics: &diagnostics,
                                            what: .same("district.yaml")) else { return }
        var reader = reader0
        defer { diagnostics.append(contentsOf: context.diagnostics) }
        let info = district.info
        if let codeNode = reader.node("code") {
            if let code = reader.int("code", in: 1001...1050), code != info.code {
                context.report(ContentMessage.districtCode, at: codeNode,
                               ["code": String(code), "official": String(info.code)], terms: ["district": info.name])
            }
        }
        if let nameNode = reader.node("name"), let name = reader.localized("name") {
            if name.th != info.nameTH || (name.en != nil && name.en != info.nameEN) {
                context.report(ContentMessage.districtName, at: nameNode, ["nameTH": info.nameTH,
                    "nameEN": info.nameEN, "name": "{th: \(info.nameTH), en: \(info.nameEN)}"])
            }
        }
        if let officeNode = reader.node("office"),
           var office = MappingReader(officeNode, context: context, what: .same("'office'")) {
            district.office = Office(address: office.localized("address"), phone: office.string("phone"),
                hours: office.localized("hours"))
            office.finish()
        }
        if let channelsNode = reader.node("channels"),
           var channels = MappingReader(channelsNode, context: context, what: .same("'channels'")) {
            district.channels = DistrictChannels(
                feedbackForm: channels.url("feedback_form"),
                email: channels.string("email"),
                line: channels.string("line"),
                facebook: channels.url("facebook"),
                website: channels.url("website"))
            channels.finish()
        }
        if let councilNode = reader.node("council"),
           var council = MappingReader(councilNode, context: context, what: .same("'council'")) {
            district.council = Council(established: council.day("established"), order: council.localized("order"),
                                       description: council.localized("description"))
            council.finish()
        }
        reader.finish()
    }

    // MARK: committee.yaml

    package static func committee(_ file: SourceFile, diagnostics: inout Diagnostics) -> Committee? {
        guard let (context, reader0) = yaml(file.text, of: file, diagnostics: &diagnostics,
                                            what: .same("committee.yaml")) else { return nil }
        var reader = reader0
        defer { diagnostics.append(contentsOf: context.diagnostics) }
        let allExamples = reader.bool("example") ?? false
        var members: [Member] = []
        for node in reader.list("members") {
            guard var m = MappingReader(node, context: context, what: .aMember) else { continue }
            let name = m.localized("name")
            if name == nil { m.missing("name", .memberName) }
            let role = m.requiredVocabulary("role", MemberRole.self, .memberRole)
            let group = m.requiredVocabulary("group", MemberGroup.self, .memberGroup)
            let since = m.day("since")
            let until = m.day("until")
            let organisation = m.localized("organisation")
            let example = m.bool("example") ?? allExamples
            if let since, let until, until < since, let untilNode = m.node("until") {
                context.report(ContentMessage.untilBeforeSince, at: untilNode,
                               ["until": until.asWritten, "since": since.asWritten])
            }
            m.finish()
            if let name, let role, let group {
                members.append(Member(name: name, role: role, group: group, since: since, until: until,
                                      organisation: organisation, isExample: example))
            }
        }
        reader.finish()
        return Committee(members: members, source: SourceLocation(file: file.path))
    }

    // MARK: meetings

    package static func meeting(id: String, thai: SourceFile, english: SourceFile?,
        diagnostics: inout Diagnostics, bodies: Markdown.Output = .pages) -> Meeting? {
        guard let source = markdown(thai, diagnostics: &diagnostics, bodies: bodies) else { return nil }
        let context = source.context
        var r = source.reader
        let numberNode = r.node("number")
        let number = r.string("number")
        var title = r.title("title")
        let date = r.requiredDay("date", .meetingDate)
        let time = r.time("time")
        let endTime = r.time("end_time")
        let mode = r.requiredVocabulary("mode", MeetingMode.self, .meetingMode)
        var location = r.localized("location")
        let onlineLink = r.url("online_link")
        let status = r.requiredVocabulary("status", MeetingStatus.self, .meetingStatus)
        var reason = r.localized("reason")
        let newDate = r.day("new_date")
        var attendance: Attendance?
        if let node = r.node("attendance"), var a = MappingReader(node, context: context, what: .same("'attendance'")) {
            attendance = Attendance(members: a.int("members", in: 0...100_000), publicCount: a.int("public",
                in: 0...1_000_000),
                                    online: a.int("online", in: 0...1_000_000),
                                    membersLocation: context.location(of: a.node("members")))
            a.finish()
        }
        var agenda = r.list("agenda").compactMap { MappingReader.localized($0, key: "agenda", context: context) }
        let issues = r.references("issues", kind: .issue)
        let draft = r.bool("draft") ?? false
        if let status, status == .postponed || status == .cancelled, reason == nil {
            context.report(status == .postponed ? ContentMessage.postponedWithoutReason : .cancelledWithoutReason,
                           at: source.reader.node)
        }
        if let time, let endTime, endTime < time, let node = r.node("end_time") {
            context.report(ContentMessage.endBeforeStart, at: node, ["end": "\(endTime)", "start": "\(time)"])
        }
        r.finish()
        let body = self.body(source)
        diagnostics.append(contentsOf: context.diagnostics)

        let thaiAgendaCount = agenda.count
        let bodyEN = translation(english, thaiOnly: ["number", "date", "time", "end_time", "mode", "online_link",
            "status", "new_date", "attendance", "issues", "draft"],
                                 diagnostics: &diagnostics, bodies: bodies) { e in
            title = merge(title, english: e.englishTitle("title"))
            location = merge(location, english: e.string("location"))
            reason = merge(reason, english: e.string("reason"))
            let items = e.list("agenda")
            if !items.isEmpty {
                if items.count != thaiAgendaCount {
                    e.context.report(ContentMessage.agendaCount, at: e.node("agenda"),
                                     ["english": String(items.count), "thai": String(thaiAgendaCount)])
                } else {
                    for (index, item) in items.enumerated() { agenda[index].en = item.scalar?.string }
                }
            }
        }
        guard let date, let mode, let status else { return nil }
        return Meeting(id: id, source: SourceLocation(file: thai.path), number: number,
            numberLocation: context.location(of: numberNode),
                       title: title, date: date, time: time, endTime: endTime, mode: mode, location: location,
                       onlineLink: onlineLink, status: status, reason: reason, newDate: newDate, attendance: attendance,
                       agenda: agenda, issues: issues, body: body, bodyEN: bodyEN, draft: draft,
                       statusLocation: context.location(of: r.node("status")))
    }

    // MARK: issues

    package static func issue(id: String, thai: SourceFile, english: SourceFile?,
                              diagnostics: inout Diagnostics, bodies: Markdown.Output = .pages) -> Issue? {
        guard let source = markdown(thai, diagnostics: &diagnostics, bodies: bodies) else { return nil }
        let context = source.context
        var r = source.reader
        var title = r.title("title")
        if title == nil { r.missing("title", .issueTitle) }
        let opened = r.requiredDay("opened", .issueOpened)
        let raisedAt = r.reference("raised_at", kind: .meeting)
        let category = r.requiredVocabulary("category", IssueCategory.self, .issueCategory)
        var location = r.localized("location")
        let status = r.requiredVocabulary("status", IssueStatus.self, .issueStatus)
        let resolvedNode = r.node("resolved")
        let resolved = r.day("resolved")
        var responsible = r.localized("responsible")
        var referredTo = r.localized("referred_to")
        let traffy = r.string("traffy")
        let draft = r.bool("draft") ?? false
        if let status {
            if (status == .resolved || status == .closed) && resolvedNode == nil {
                context.report(ContentMessage.noResolvedDate, at: r.node, ["status": status.rawValue])
            }
            if status == .referred && referredTo == nil {
                context.report(ContentMessage.noReferredTo, at: r.node)
            }
        }
        if let opened, let resolved, resolved < opened {
            context.report(ContentMessage.resolvedBeforeOpened, at: resolvedNode,
                           ["resolved": resolved.asWritten, "opened": opened.asWritten])
        }
        r.finish()
        let body = self.body(source)
        diagnostics.append(contentsOf: context.diagnostics)
        let bodyEN = translation(english, thaiOnly: ["opened", "raised_at", "category", "status", "resolved",
            "traffy", "draft"], diagnostics: &diagnostics, bodies: bodies) { e in
            title = merge(title, english: e.englishTitle("title"))
            location = merge(location, english: e.string("location"))
            responsible = merge(responsible, english: e.string("responsible"))
            referredTo = merge(referredTo, english: e.string("referred_to"))
        }
        guard let title, let opened, let category, let status else { return nil }
        return Issue(id: id, source: SourceLocation(file: thai.path), title: title, opened: opened, raisedAt: raisedAt,
                     category: category, location: location, status: status, resolved: resolved,
                         responsible: responsible,
                     referredTo: referredTo, traffy: traffy, body: body, bodyEN: bodyEN, draft: draft,
                     openedLocation: context.location(of: r.node("opened")),
                     statusLocation: context.location(of: r.node("status")),
                     resolvedLocation: context.location(of: resolvedNode))
    }

    // MARK: reports

    package static func report(id: String, thai: SourceFile, english: SourceFile?,
                               diagnostics: inout Diagnostics, bodies: Markdown.Output = .pages) -> Report? {
        guard let source = markdown(thai, diagnostics: &diagnostics, bodies: bodies) else { return nil }
        let context = source.context
        var r = source.reader
        let periodNode = r.node("period")
        let period = r.month("period")
        if periodNode == nil { r.missing("period", .reportPeriod) }
        let date = r.requiredDay("date", .reportDate)
        let progressNode = r.node("progress")
        let progress = r.int("progress", in: 0...100)
        if progressNode == nil { r.missing("progress", .reportProgress) }
        let status = r.requiredVocabulary("status", ReportStatus.self, .reportStatus)
        let draft = r.bool("draft") ?? false
        var obstacles = r.localized("obstacles")
        var updates: [IssueUpdate] = []
        for node in r.list("updates") {
            guard var u = MappingReader(node, context: context, what: .anUpdate) else { continue }
            let issue = u.reference("issue", kind: .issue)
            if u.node("issue") == nil { u.missing("issue", .updateIssue) }
            let update = IssueUpdate(issue: issue ?? Reference(.issue, "", at: context.location(of: node)),
                                     progress: u.int("progress", in: 0...100), status: u.vocabulary("status",
                                         IssueStatus.self),
                                     note: u.localized("note"),
                                     progressLocation: context.location(of: u.node("progress") ?? node),
                                     statusLocation: context.location(of: u.node("status") ?? node))
            u.finish()
            if issue != nil { updates.append(update) }
        }
        r.finish()
        let body = self.body(source)
        diagnostics.append(contentsOf: context.diagnostics)
        var updateIndex: [String: Int] = [:]
        for (i, update) in updates.enumerated() where updateIndex[update.issue.id] == nil {
            updateIndex[update.issue.id] = i
        }
        let bodyEN = translation(english, thaiOnly: ["period", "date", "progress", "status", "draft"],
            diagnostics: &diagnostics, bodies: bodies) { e in
            obstacles = merge(obstacles, english: e.string("obstacles"))
            for node in e.list("updates") {
                guard var u = MappingReader(node, context: e.context, what: .anUpdate) else { continue }
                u.structuredOnlyKeys = ["progress", "status"]
                let issue = u.reference("issue", kind: .issue)
                let note = u.string("note")
                u.finish()
                guard let issue else { continue }
                guard let index = updateIndex[issue.id] else {
                    e.context.report(ContentMessage.updateNotInThai, at: node, ["id": issue.id])
                    continue
                }
                if updates[index].note == nil, note != nil { updates[index].note = LocalizedText(th: "") }
                updates[index].note = merge(updates[index].note, english: note)
            }
        }
        guard let period, let date, let progress, let status else { return nil }
        return Report(id: id, source: SourceLocation(file: thai.path), period: period,
            periodLocation: context.location(of: periodNode),
                      date: date, progress: progress, status: status, obstacles: obstacles, updates: updates,
                          body: body, bodyEN: bodyEN, draft: draft,
                          dateLocation: context.location(of: r.node("date")))
    }
}
