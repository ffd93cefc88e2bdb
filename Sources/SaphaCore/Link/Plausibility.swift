import SaphaSupport

/// The facts of a district's files that contradict each other or the calendar (issue 13,
/// "Plausibility"). An error (`E-PLAUS-…`) when both cannot be true — an issue raised at a
/// meeting that was cancelled, a report on a month that had not begun, more members present
/// than the committee has; a warning (`W-PLAUS-…`) when they can, but one is most likely a
/// mistake — a meeting still "scheduled" weeks after its day, progress going down. Each is
/// located at the field that says it. What is found contradictory, the pages do not state
/// (`MeetingStatus.showsDiscussion`, `LinkedDistrict.withholdContradictions`).
struct Plausibility {
    /// Days after its date before a meeting still `scheduled` is reported: time to write the minutes.
    static let scheduledGraceDays = 14

    let linked: LinkedDistrict
    /// The day the calendar is compared with (`Pipeline.Options.today`).
    let today: Day

    private typealias Message = PlausibilityMessage
    private var district: District { linked.district }

    func check(_ diagnostics: inout Diagnostics) {
        for meeting in district.meetings { check(meeting, &diagnostics) }
        for issue in district.issues { check(issue, &diagnostics) }
        checkReports(&diagnostics)
    }

    // MARK: Meetings

    private func check(_ meeting: Meeting, _ diagnostics: inout Diagnostics) {
        let date = CalendarTerms.day(meeting.date)
        let isFuture = meeting.date > today
        if meeting.status == .held, isFuture {
            diagnostics.append(Message.heldInFuture.at(meeting.statusLocation,
                terms: ["date": date, "today": CalendarTerms.day(today)]))
        }
        let daysPast = today.ordinal - meeting.date.ordinal
        if meeting.status == .scheduled, daysPast > Self.scheduledGraceDays {
            diagnostics.append(Message.scheduledLongPast.at(meeting.statusLocation, ["days": String(daysPast)],
                terms: ["date": date]))
        }
        if let number = meeting.number, let (year, prefix) = Self.year(ofNumber: number) {
            let buddhist = meeting.date.year + CalendarTerms.buddhistEra
            // Districts number meetings by the calendar year or by the fiscal year (October to September).
            let fiscal = buddhist + (meeting.date.month >= 10 ? 1 : 0)
            if year != buddhist, year != fiscal {
                diagnostics.append(Message.numberYear.at(meeting.numberLocation, ["number": number,
                    "year": String(year), "expected": "\(prefix)/\(buddhist)"], terms: ["date": date]))
            }
        }
        // An empty committee.yaml (a placeholder) says nothing about how many members there are.
        if let attended = meeting.attendance?.members, let committee = district.committee,
           !committee.members.isEmpty, attended > committee.members.count {
            diagnostics.append(Message.attendanceOverCommittee.at(meeting.attendance!.membersLocation,
                ["attended": String(attended), "members": String(committee.members.count),
                 "file": committee.source.file]))
        }
        // The front matter's `issues` say "raised or discussed here"; the minutes may mention
        // any issue (a cancelled meeting's note saying when it will be taken up, say).
        for reference in meeting.issues where linked.issueIndex[reference.id] != nil {
            if meeting.status == .cancelled {
                diagnostics.append(Message.discussedAtCancelled.at(reference.location, ["id": reference.id]))
            } else if meeting.status == .postponed {
                diagnostics.append(Message.discussedAtPostponed.at(reference.location, ["id": reference.id],
                    terms: ["new_date": Self.newDate(of: meeting)]))
            } else if isFuture, meeting.status != .held {  // held in the future is reported above
                diagnostics.append(Message.discussedAtFuture.at(reference.location, ["id": reference.id],
                    terms: ["date": date]))
            }
        }
    }

    /// The day a postponed meeting moved to, as messages say it.
    static func newDate(of meeting: Meeting) -> Bilingual {
        guard let day = meeting.newDate else { return Message.newDateNotSet.message() }
        return Message.newDate.message(terms: ["date": CalendarTerms.day(day)])
    }

    /// The year a meeting number ends with (`1/2566`, `1/66`, `1/2023`, Thai digits too), in the
    /// Buddhist era, with what comes before the last `/`; nil when the number has no such year.
    static func year(ofNumber number: String) -> (year: Int, prefix: Substring)? {
        guard let slash = number.lastIndex(of: "/") else { return nil }
        var value = 0
        var digits = 0
        for scalar in number[number.index(after: slash)...].unicodeScalars where scalar != " " {
            switch scalar.value {
            case 0x30...0x39: value = value * 10 + Int(scalar.value - 0x30)
            case 0x0E50...0x0E59: value = value * 10 + Int(scalar.value - 0x0E50)
            default: return nil
            }
            digits += 1
            if digits > 4 { return nil }
        }
        let prefix = number[..<slash]
        switch digits {
        case 2: return (2500 + value, prefix)
        case 4: return (value >= 2400 ? value : value + CalendarTerms.buddhistEra, prefix)
        default: return nil
        }
    }

    // MARK: Issues

    private func check(_ issue: Issue, _ diagnostics: inout Diagnostics) {
        if let reference = issue.raisedAt, let m = linked.meetingIndex[reference.id] {
            let meeting = district.meetings[m]
            let date = CalendarTerms.day(meeting.date)
            if meeting.status == .cancelled {
                diagnostics.append(Message.raisedAtCancelled.at(reference.location, ["meeting": meeting.id]))
            } else if meeting.status == .postponed {
                diagnostics.append(Message.raisedAtPostponed.at(reference.location, ["meeting": meeting.id],
                    terms: ["new_date": Self.newDate(of: meeting)]))
            } else if meeting.date > today, meeting.status != .held {  // held in the future: reported there
                diagnostics.append(Message.raisedAtFuture.at(reference.location, ["meeting": meeting.id],
                    terms: ["date": date]))
            }
            if issue.opened > meeting.date {
                diagnostics.append(Message.openedAfterRaised.at(issue.openedLocation, ["meeting": meeting.id],
                    terms: ["opened": CalendarTerms.day(issue.opened), "date": date]))
            }
        }
        if issue.status.isOpen, let resolved = issue.resolved {
            diagnostics.append(Message.resolvedWhileOpen.at(issue.resolvedLocation, ["status": issue.status.rawValue],
                terms: ["resolved": CalendarTerms.day(resolved)]))
        }
    }

    // MARK: Reports

    private func checkReports(_ diagnostics: inout Diagnostics) {
        // Per issue: the last progress reported, and in which report (reports are in period order).
        var last: [Int: (progress: Int, report: Int)] = [:]
        for (r, report) in district.reports.enumerated() {
            let period = CalendarTerms.month(report.period)
            let date = CalendarTerms.day(report.date)
            if report.date < report.period.firstDay {
                diagnostics.append(Message.reportBeforePeriod.at(report.dateLocation,
                    terms: ["period": period, "date": date]))
            }
            var first: [String: IssueUpdate] = [:]
            for update in report.updates {
                guard let i = linked.issueIndex[update.issue.id] else { continue }
                if let earlier = first[update.issue.id] {
                    let message: Message = Self.differ(earlier, update) ? .updatedTwiceDiffering : .updatedTwice
                    diagnostics.append(message.at(update.issue.location, ["id": update.issue.id,
                        "line": String(earlier.issue.location.line)]))
                } else {
                    first[update.issue.id] = update
                }
                if let progress = update.progress {
                    if let before = last[i], before.report != r, progress < before.progress {
                        let earlier = district.reports[before.report]
                        diagnostics.append(Message.progressDown.at(update.progressLocation, ["id": update.issue.id,
                            "before": String(before.progress), "after": String(progress),
                            "file": earlier.source.file], terms: ["earlier": CalendarTerms.month(earlier.period)]))
                    }
                    last[i] = (progress, r)
                }
                checkAfterResolution(update, of: district.issues[i], in: report, &diagnostics)
            }
        }
    }

    /// An update dated after the issue was resolved or closed that says it is still open.
    private func checkAfterResolution(_ update: IssueUpdate, of issue: Issue, in report: Report,
                                      _ diagnostics: inout Diagnostics) {
        guard let said = update.status, said.isOpen, issue.status == .resolved || issue.status == .closed,
              let resolved = issue.resolved, report.date > resolved else { return }
        diagnostics.append(Message.updateAfterResolved.at(update.statusLocation, ["id": issue.id,
            "said": said.rawValue, "status": issue.status.rawValue, "file": issue.source.file],
            terms: ["date": CalendarTerms.day(report.date), "resolved": CalendarTerms.day(resolved)]))
    }

    /// Two updates of one issue that cannot both be true: a different progress or status.
    static func differ(_ a: IssueUpdate, _ b: IssueUpdate) -> Bool {
        if let p = a.progress, let q = b.progress, p != q { return true }
        if let s = a.status, let t = b.status, s != t { return true }
        return false
    }
}

extension MeetingStatus {
    /// Whether pages show the issues a meeting lists or mentions as raised or discussed there:
    /// only at a meeting that was held — not one cancelled, postponed (it did not take place on
    /// its date; the meeting on the new date has a file of its own) or not held yet.
    var showsDiscussion: Bool { self == .held }
}

extension LinkedDistrict {
    /// Takes out of the linked district the facts the checks found contradictory, so that no
    /// page, feed or open data states them: the resolved date of an issue that is still open.
    mutating func withholdContradictions() {
        for i in district.issues.indices where district.issues[i].status.isOpen {
            district.issues[i].resolved = nil
        }
    }
}
