import SaphaSupport
import SaphaTemplates

/// The `page` value of each template. One method per page kind.
struct PageBuilder {
    let c: PageContext
    var language: Language { c.language }
    var urls: SiteURLs { c.urls }

    // MARK: Home

    func home() -> TemplateObject {
        let site = c.env.site
        var totals = (meetings: 0, open: 0, resolved: 0)
        let districts: [TemplateObject] = site.districts.map { d in
            let held = d.record.meetingsHeld
            let open = d.record.openIssues
            let resolved = d.record.finishedIssues
            totals.meetings += held; totals.open += open; totals.resolved += resolved
            var entry = c.districtLink(d)
            entry["has_content"] = d.district.hasContent
            entry["meetings_held"] = c.number(held)
            entry["open_issues"] = c.number(open)
            entry["resolved_issues"] = c.number(resolved)
            if let last = d.district.reports.indices.last { entry["latest_report"] = c.reportLink(d, last) }
            return entry
        }
        return values([
            "tagline": site.config.tagline?.text(language),
            "published": districts.filter { $0.value("has_content") == .bool(true) },
            "unpublished": districts.filter { $0.value("has_content") != .bool(true) },
            "district_count": c.number(site.districts.count),
            "with_content": c.number(site.districts.filter { $0.district.hasContent }.count),
            "total_meetings": c.number(totals.meetings),
            "total_open": c.number(totals.open),
            "total_resolved": c.number(totals.resolved),
            "channels": citywideChannels(),
            "dashboard_href": urls.href(.cityDashboard(language, .district)),
            "calendar_href": urls.href(asset: MeetingCalendar.path(language, nil)),
            "calendar_url": urls.origin + urls.href(asset: MeetingCalendar.path(language, nil)),
            "data_href": urls.href(.data(language)),
        ])
    }

    func citywideChannels() -> [TemplateObject] {
        c.env.site.config.channels.map { values(["name": $0.name.text(language), "href": $0.url,
            "description": $0.description?.text(language)]) }
    }

    // MARK: District

    func district(_ d: LinkedDistrict) -> TemplateObject {
        let district = d.district
        let slug = district.slug
        let meetings = district.meetings.indices
        let upcoming = meetings.filter { district.meetings[$0].status == .scheduled }.map { c.meetingLink(d, $0) }
        let past = meetings.reversed().filter { district.meetings[$0].status != .scheduled }.prefix(5)
            .map { c.meetingLink(d, $0) }
        let open = district.issues.indices.filter { district.issues[$0].status.isOpen }.map { c.issueLink(d, $0) }
        let reports = district.reports.indices.reversed().prefix(3).map { c.reportLink(d, $0) }
        // The committee on the reference day, as the dashboards count it.
        let members = (district.committee?.members ?? []).filter { $0.serves(on: today) }
        let memberCount = members.count
        let groups: [TemplateObject] = MemberGroup.allCases.map { group in
            let count = members.count { $0.group == group }
            return ["label": c.label(group), "count": c.number(count), "missing": count == 0]
        }
        return values([
            "name": district.name.text(language),
            "code": String(district.info.code),
            "has_content": district.hasContent,
            "established": c.day(district.council.established),
            "order_html": c.html(district.council.order),
            "description_html": c.html(district.council.description),
            "address_html": c.html(district.office?.address),
            "hours_html": c.html(district.office?.hours),
            "member_count": c.number(memberCount),
            "has_committee": district.committee != nil,
            "groups": groups,
            "meets_minimum": memberCount >= Directive.minimumMembers,
            "minimum": c.number(Directive.minimumMembers),
            "upcoming": upcoming,
            "past": Array(past),
            "open_issues": open,
            "reports": Array(reports),
            "meetings_href": urls.href(.meetings(language, slug)),
            "issues_href": urls.href(.issues(language, slug)),
            "reports_href": urls.href(.reports(language, slug)),
            "committee_href": urls.href(.committee(language, slug)),
            "search_href": urls.href(.search(language, slug)),
            "dashboard_href": urls.href(.dashboard(language, slug)),
            "feed_href": urls.href(asset: Feeds.path(language, slug)),
            "calendar_href": urls.href(asset: MeetingCalendar.path(language, slug)),
            // For a calendar app's "subscribe by address": the absolute address.
            "calendar_url": urls.origin + urls.href(asset: MeetingCalendar.path(language, slug)),
            "city_calendar_href": urls.href(asset: MeetingCalendar.path(language, nil)),
            "json_href": urls.href(asset: OpenData.jsonPath(slug)),
            "csv_href": urls.href(asset: OpenDataTables.path(language, slug, .issues)),
            "popolo_href": urls.href(asset: Popolo.path(slug)),
            "data_page_href": urls.href(.data(language)),
            "all_data_href": urls.href(asset: OpenData.indexPath),
            "meeting_count": c.number(district.meetings.count),
            "issue_count": c.number(district.issues.count),
            "report_count": c.number(district.reports.count),
            "channels": c.channels(of: district),
            "citywide_channels": citywideChannels(),
        ])
    }

    // MARK: Committee

    /// The members serving on the reference day by group, then those whose term begins later,
    /// then those whose term has ended.
    func committee(_ d: LinkedDistrict) -> TemplateObject {
        let members = d.district.committee?.members ?? []
        let current = members.filter { $0.serves(on: today) }
        let upcoming = members.filter { $0.since.map { today < $0 } ?? false }
        let former = members.filter { $0.until.map { $0 < today } ?? false }
        let standing = d.record.committee
        let groups: [TemplateObject] = MemberGroup.allCases.compactMap { group in
            let inGroup = current.filter { $0.group == group }
            guard !inGroup.isEmpty else { return nil }
            return ["label": c.label(group), "count": c.number(inGroup.count), "members": inGroup.map(member)]
        }
        return [
            "name": d.district.name.text(language),
            "district_href": urls.href(.district(language, d.district.slug)),
            "has_committee": d.district.committee != nil,
            "member_count": c.number(standing?.members ?? 0),
            "meets_minimum": standing?.meetsMinimum ?? false,
            "minimum": c.number(Directive.minimumMembers),
            "has_examples": members.contains { $0.isExample },
            "groups": groups,
            // Listed apart, not counted: whose term begins later, whose term has ended.
            "apart": [(upcoming, "committee.upcoming"), (former, "committee.former")].filter { !$0.0.isEmpty }
                .map { list, title in ["title": c.text(title, ["count": c.number(list.count)]),
                                       "members": list.map(member)] as TemplateObject },
            "groups_represented": c.number(standing?.groupsPresent ?? 0),
            "groups_total": c.number(Directive.namedGroups.count),
        ]
    }

    private func member(_ member: Member) -> TemplateObject {
        var term: String?
        if let start = member.since {
            term = c.day(start)! + " – " + (member.until.flatMap(c.day) ?? "")
        } else if let end = member.until {
            term = "– " + c.day(end)!
        }
        return values(["name_html": c.html(member.name)!, "role_label": c.label(member.role),
            "is_officer": member.role != .member, "organisation_html": c.html(member.organisation),
            "group_label": c.label(member.group), "term": term, "example": member.isExample])
    }

    // MARK: Lists

    func meetings(_ d: LinkedDistrict) -> TemplateObject {
        let all = d.district.meetings.indices.reversed().map { c.meetingLink(d, $0) }
        return ["name": d.district.name.text(language), "meetings": Array(all),
                "district_href": urls.href(.district(language, d.district.slug))]
    }

    func issues(_ d: LinkedDistrict) -> TemplateObject {
        let issues = d.district.issues
        let open = issues.indices.filter { issues[$0].status.isOpen }.map { c.issueLink(d, $0) }
        let done = issues.indices.filter { !issues[$0].status.isOpen }.map { c.issueLink(d, $0) }
        return ["name": d.district.name.text(language), "open": open, "done": done, "has_issues": !issues.isEmpty,
                "district_href": urls.href(.district(language, d.district.slug))]
    }

    func reports(_ d: LinkedDistrict) -> TemplateObject {
        ["name": d.district.name.text(language),
            "reports": Array(d.district.reports.indices.reversed().map { c.reportLink(d, $0) }),
         "district_href": urls.href(.district(language, d.district.slug))]
    }

    // MARK: Search

    func search(_ d: LinkedDistrict) -> TemplateObject {
        let slug = d.district.slug
        return ["name": d.district.name.text(language),
                "index_href": urls.href(asset: SearchIndex.path(language, slug)),
                "script_href": urls.href(asset: "assets/search.js"),
                "self_href": urls.href(.search(language, slug)),
                "meetings_href": urls.href(.meetings(language, slug)),
                "issues_href": urls.href(.issues(language, slug)),
                "reports_href": urls.href(.reports(language, slug))]
    }

    // MARK: Meeting

    func meeting(_ d: LinkedDistrict, _ m: Int) -> (TemplateObject, Bool) {
        let meeting = d.district.meetings[m]
        let body = c.body(d, thai: meeting.body, english: meeting.bodyEN)
        var time: String?
        if let start = meeting.time {
            time = c.dates.time(start, language) + (meeting.endTime.map { " – " + c.dates.time($0, language) } ?? "")
        }
        var value = c.meetingLink(d, m)
        let attendance = meeting.attendance
        value.merge(values([
            "district": c.districtLink(d),
            "time": time,
            "location_html": c.html(meeting.location),
            "online_link": meeting.onlineLink,
            "reason_html": c.html(meeting.reason),
            "new_date": c.day(meeting.newDate),
            "attendance_members": attendance?.members.map(c.number),
            "attendance_public": attendance?.publicCount.map(c.number),
            "attendance_online": attendance?.online.map(c.number),
            "has_attendance": attendance.map { $0.members != nil || $0.publicCount != nil
                || $0.online != nil } ?? false,
            "agenda": meeting.agenda.map { values(["text_html": c.html($0)!]) },
            "raised": d.meetingIssues[m].filter { d.district.issues[$0].raisedAt?.id == meeting.id }
                .map { c.issueLink(d, $0) },
            "discussed": d.meetingIssues[m].filter { d.district.issues[$0].raisedAt?.id != meeting.id }
                .map { c.issueLink(d, $0) },
            "body_html": body.html.isEmpty ? nil : body.html,
            "previous": m > 0 ? c.meetingLink(d, m - 1) : nil,
            "next": m + 1 < d.district.meetings.count ? c.meetingLink(d, m + 1) : nil,
            "has_pager": d.district.meetings.count > 1,
            // How to take part: join a meeting still to come online, propose an agenda item.
            "join_href": meeting.status == .scheduled && meeting.mode != .onSite ? meeting.onlineLink : nil,
            "event_href": urls.href(asset: MeetingCalendar.path(language, d.district.slug, meeting: meeting.id)),
            "propose_href": proposeHref(d.district, meeting),
            "channels": respondChannels(d).district,
            "citywide_channels": respondChannels(d).city,
        ]))
        let translated = body.translated && [meeting.title, meeting.location,
            meeting.reason].allSatisfy { $0?.isTranslated(language) ?? true }
        return (value, translated)
    }

    /// The district's and the city's channels, from the district's link table when there is one.
    func respondChannels(_ d: LinkedDistrict) -> (district: [TemplateObject], city: [TemplateObject]) {
        if let links = c.links, links.district == d.district.slug { return (links.channels, links.citywideChannels) }
        return (c.channels(of: d.district), citywideChannels())
    }

    /// "No update for N weeks" on an open issue without news for more than
    /// `Directive.daysWithoutNews` days before the reference day (`DistrictRecord.stale`).
    func staleBanner(_ d: LinkedDistrict, _ i: Int) -> String? {
        guard d.district.issues[i].status.isOpen, i < d.record.lastNews.count else { return nil }
        let last = d.record.lastNews[i]
        let days = c.env.site.today.ordinal - last.ordinal
        guard days > Directive.daysWithoutNews else { return nil }
        return c.text("dashboard.stale-banner", ["weeks": c.number(days / 7), "date": c.day(last)!])
    }

    /// Where a resident proposes an agenda item: an email to the district with the meeting in
    /// its subject, else the district's feedback form; nil when the district gave neither.
    func proposeHref(_ district: District, _ meeting: Meeting) -> String? {
        if let email = district.channels.email, URLPolicy.isAllowed("mailto:\(email)") {
            let subject = c.text("respond.propose-subject", ["meeting": c.meetingLabel(meeting),
                "district": district.name.text(language)])
            return "mailto:\(email)?subject=\(c.encoded(subject))"
        }
        return district.channels.feedbackForm
    }

    // MARK: Issue

    func issue(_ d: LinkedDistrict, _ i: Int) -> (TemplateObject, Bool) {
        let issue = d.district.issues[i]
        let body = c.body(d, thai: issue.body, english: issue.bodyEN)
        let raised = issue.raisedAt.flatMap { d.meetingIndex[$0.id] }
        let timeline: [TemplateObject] = d.timelines[i].map { entry in
            var item: TemplateObject = ["date": c.day(entry.date)!, "iso": entry.date.iso]
            switch entry.event {
            case .opened:
                item["kind"] = "opened"; item["label"] = c.i18n["timeline.opened"]
            case .raised(let m):
                item["kind"] = "raised"; item["label"] = c.i18n["timeline.raised"]; item["meeting"] = c.meetingLink(d,
                    m)
            case .discussed(let m):
                item["kind"] = "discussed"
                item["label"] = c.i18n["timeline.discussed"]
                item["meeting"] = c.meetingLink(d, m)
            case .update(let r, let u):
                let update = d.district.reports[r].updates[u]
                item["kind"] = "update"; item["label"] = c.i18n["timeline.update"]; item["report"] = c.reportLink(d, r)
                item["progress"] = update.progress
                item["progress_label"] = update.progress.map(c.percent)
                item["status_label"] = update.status.map(c.label)
                item["status"] = update.status?.rawValue
                item["note_html"] = c.html(update.note.flatMap { $0.th.isEmpty && $0.en == nil ? nil : $0 })
            case .resolved(let days), .closed(let days):
                let resolved: Bool = if case .resolved = entry.event { true } else { false }
                item["kind"] = resolved ? "resolved" : "closed"
                item["label"] = c.i18n[resolved ? "timeline.resolved" : "timeline.closed"]
                item["days_open"] = c.text("timeline.days-open", ["days": c.number(days)])
            case .referred:
                item["kind"] = "referred"; item["label"] = c.i18n["timeline.referred"]
                item["note_html"] = c.html(issue.referredTo)
            }
            return item
        }
        var value = c.issueLink(d, i)
        value.merge(values([
            "district": c.districtLink(d),
            "raised_at": raised.map { c.meetingLink(d, $0) },
            "resolved": c.day(issue.resolved),
            "responsible_html": c.html(issue.responsible),
            "referred_to_html": c.html(issue.referredTo),
            "traffy": issue.traffy,
            "traffy_href": issue.traffy.flatMap { id in c.env.site.config.traffyTicketURL.map { $0 + c.encoded(id) } },
            "channels": respondChannels(d).district,
            "citywide_channels": respondChannels(d).city,
            "body_html": body.html.isEmpty ? nil : body.html,
            "timeline": timeline,
            "discussed_count": c.number(d.issueMeetings[i].count),
            // Against the reference day, as the district's dashboard lists it.
            "stale_banner": staleBanner(d, i),
            "dashboard_href": urls.href(.dashboard(language, d.district.slug)),
        ]))
        let translated = body.translated && [issue.title, issue.location, issue.responsible,
            issue.referredTo].allSatisfy { $0?.isTranslated(language) ?? true }
        return (value, translated)
    }

    // MARK: Report

    func report(_ d: LinkedDistrict, _ r: Int) -> (TemplateObject, Bool) {
        let report = d.district.reports[r]
        let body = c.body(d, thai: report.body, english: report.bodyEN)
        let updates: [TemplateObject] = report.updates.compactMap { update in
            guard let i = d.issueIndex[update.issue.id] else { return nil }
            return values(["issue": c.issueLink(d, i), "progress": update.progress,
                    "progress_label": update.progress.map(c.percent),
                    "status_label": update.status.map(c.label), "status": update.status?.rawValue,
                    "note_html": c.html(update.note.flatMap { $0.th.isEmpty && $0.en == nil ? nil : $0 })])
        }
        var value = c.reportLink(d, r)
        value.merge(values([
            "district": c.districtLink(d),
            "obstacles_html": c.html(report.obstacles),
            "updates": updates,
            // Issues the text mentions besides those with an update row.
            "mentioned": d.reportIssues[r].dropFirst(d.reportUpdated[r]).map { c.issueLink(d, $0) },
            "body_html": body.html.isEmpty ? nil : body.html,
            "previous": r > 0 ? c.reportLink(d, r - 1) : nil,
            "next": r + 1 < d.district.reports.count ? c.reportLink(d, r + 1) : nil,
            "has_pager": d.district.reports.count > 1,
        ]))
        let translated = body.translated && (report.obstacles?.isTranslated(language) ?? true)
            && report.updates.allSatisfy { $0.note?.isTranslated(language) ?? true }
        return (value, translated)
    }
}
